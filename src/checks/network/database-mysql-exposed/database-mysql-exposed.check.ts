import { defineCheck } from '../../../core/check.ts';
import { exposureHits, exposureMessages, type Engine } from '../exposure.ts';

const ENGINE: Engine = {
  tcpPorts: [3306, 33060],
  udpPorts: [],
  processNames: ['mysqld', 'mariadbd'],
};

export default defineCheck({
  id: 'database-mysql-exposed',
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
    zh: 'MySQL/MariaDB 数据库对外开放且未受防火墙保护',
    en: 'MySQL/MariaDB listens on a public address and no firewall drops it',
  },
  description: {
    zh: '读取 /proc/net/tcp、tcp6、udp、udp6 中处于监听状态的套接字及其所属进程,以及主机防火墙规则,找出 MySQL/MariaDB(端口 3306 与 X 协议端口 33060,或 mysqld/mariadbd 进程的任何端口)监听在回环以外地址、且没有任何生效的防火墙规则拦截的情况。对外开放的数据库会遭受口令爆破和漏洞利用,库中数据随之泄露或被勒索删除。网络运营者应采取防范攻击和入侵的技术措施,并实施访问控制。',
    en: 'Reads the listening sockets in /proc/net/tcp, tcp6, udp and udp6 with the processes that hold them, and the host firewall rules, for MySQL/MariaDB (port 3306 and X Protocol port 33060, or any port held by mysqld/mariadbd) listening on an address other than loopback with no active firewall rule dropping it. A database open to the network is brute-forced and exploited, and its data leaked or held to ransom. Operators must take technical measures against attack and intrusion and control access.',
  },
  messages: exposureMessages({ zh: 'MySQL/MariaDB 数据库', en: 'MySQL/MariaDB' }),
  remediation: {
    zh: '在 /etc/mysql/mariadb.conf.d/50-server.cnf(或 /etc/mysql/my.cnf、/etc/my.cnf)的 [mysqld] 段写入 `bind-address = 127.0.0.1`(MySQL 8 的 X 协议另写 `mysqlx-bind-address = 127.0.0.1`),然后 `systemctl restart mariadb`(或 `systemctl restart mysql`)。若必须供其他服务器访问,只对这些来源放行,并用防火墙拦截其余来源,例如 `nft add rule inet filter input {transport} dport {port} drop`(放在允许来源的规则之后)。',
    en: 'In the [mysqld] section of /etc/mysql/mariadb.conf.d/50-server.cnf (or /etc/mysql/my.cnf, /etc/my.cnf) set `bind-address = 127.0.0.1` (for the MySQL 8 X Protocol also `mysqlx-bind-address = 127.0.0.1`), then `systemctl restart mariadb` (or `systemctl restart mysql`). If other servers must reach it, allow only those sources and drop the rest with the firewall, e.g. `nft add rule inet filter input {transport} dport {port} drop` (after the rules that accept the allowed sources).',
  },
  evaluate: (evidence) => exposureHits(evidence, ENGINE),
});
