import { defineCheck } from '../../../core/check.ts';
import { exposureHits, exposureMessages, type Engine } from '../exposure.ts';

const ENGINE: Engine = {
  tcpPorts: [5432],
  udpPorts: [],
  processNames: ['postgres', 'postmaster'],
};

export default defineCheck({
  id: 'database-postgresql-exposed',
  category: 'database-exposed',
  severity: 'high',
  needs: ['sockets', 'firewall'],
  // Engines are matched by port too, so a socket whose owner is unknown is still judged.
  tolerates: ['sockets.owner'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'intlsec-10', clause: '2' },
    { provision: 'ndsr-9' },
  ],
  title: {
    zh: 'PostgreSQL 数据库对外开放且未受防火墙保护',
    en: 'PostgreSQL listens on a public address and no firewall drops it',
  },
  description: {
    zh: '读取 /proc/net/tcp、tcp6、udp、udp6 中处于监听状态的套接字及其所属进程,以及主机防火墙规则,找出 PostgreSQL(端口 5432,或 postgres 进程的任何端口)监听在回环以外地址、且没有任何生效的防火墙规则拦截的情况。对外开放的数据库会遭受口令爆破和漏洞利用,库中数据随之泄露或被勒索删除。网络运营者应采取防范攻击和入侵的技术措施,并实施访问控制。',
    en: 'Reads the listening sockets in /proc/net/tcp, tcp6, udp and udp6 with the processes that hold them, and the host firewall rules, for PostgreSQL (port 5432, or any port held by postgres) listening on an address other than loopback with no active firewall rule dropping it. A database open to the network is brute-forced and exploited, and its data leaked or held to ransom. Operators must take technical measures against attack and intrusion and control access.',
  },
  messages: exposureMessages({ zh: 'PostgreSQL 数据库', en: 'PostgreSQL' }),
  remediation: {
    zh: "在 postgresql.conf(Debian 为 /etc/postgresql/<版本>/main/postgresql.conf,RHEL 为 /var/lib/pgsql/data/postgresql.conf)中设置 `listen_addresses = 'localhost'`,然后 `systemctl restart postgresql`;需要远程访问时,只在 pg_hba.conf 中为特定来源地址开放并使用 scram-sha-256 认证。若必须供其他服务器访问,只对这些来源放行,并用防火墙拦截其余来源,例如 `nft add rule inet filter input {transport} dport {port} drop`(放在允许来源的规则之后)。",
    en: "In postgresql.conf (/etc/postgresql/<version>/main/postgresql.conf on Debian, /var/lib/pgsql/data/postgresql.conf on RHEL) set `listen_addresses = 'localhost'`, then `systemctl restart postgresql`; if remote access is needed, allow only specific source addresses in pg_hba.conf, with scram-sha-256 authentication. If other servers must reach it, allow only those sources and drop the rest with the firewall, e.g. `nft add rule inet filter input {transport} dport {port} drop` (after the rules that accept the allowed sources).",
  },
  evaluate: (evidence) => exposureHits(evidence, ENGINE),
});
