import { defineCheck } from '../../../core/check.ts';
import { exposureHits, exposureMessages, type Engine } from '../exposure.ts';

const ENGINE: Engine = {
  tcpPorts: [6379],
  udpPorts: [],
  processNames: ['redis-server', 'redis-sentinel', 'keydb-server', 'valkey-server'],
};

export default defineCheck({
  id: 'database-redis-exposed',
  category: 'database-exposed',
  severity: 'critical',
  needs: ['sockets', 'firewall'],
  // Engines are matched by port too, so a socket whose owner is unknown is still judged.
  tolerates: ['sockets.owner'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'intlsec-10', clause: '2' },
    { provision: 'ndsr-9' },
  ],
  title: {
    zh: 'Redis 对外开放且未受防火墙保护',
    en: 'Redis listens on a public address and no firewall drops it',
  },
  description: {
    zh: '读取 /proc/net/tcp、tcp6、udp、udp6 中处于监听状态的套接字及其所属进程,以及主机防火墙规则,找出 Redis(端口 6379,或 redis-server、KeyDB、Valkey 进程的任何端口)监听在回环以外地址、且没有任何生效的防火墙规则拦截的情况。对外开放的 Redis 常无口令,入侵者借它写入 crontab 或 authorized_keys 取得服务器控制权,是挖矿木马最常见的入口之一。网络运营者应采取防范攻击和入侵的技术措施,并实施访问控制。',
    en: 'Reads the listening sockets in /proc/net/tcp, tcp6, udp and udp6 with the processes that hold them, and the host firewall rules, for Redis (port 6379, or any port held by redis-server, KeyDB or Valkey) listening on an address other than loopback with no active firewall rule dropping it. An exposed Redis often has no password; intruders use it to write a crontab or authorized_keys and take over the server — one of the most common ways miners get in. Operators must take technical measures against attack and intrusion and control access.',
  },
  messages: exposureMessages({ zh: 'Redis', en: 'Redis' }),
  remediation: {
    zh: '在 /etc/redis/redis.conf 中写入 `bind 127.0.0.1 -::1` 和 `protected-mode yes`,并用 `requirepass` 设置强口令,然后 `systemctl restart redis-server`。若必须供其他服务器访问,只对这些来源放行,并用防火墙拦截其余来源,例如 `nft add rule inet filter input {transport} dport {port} drop`(放在允许来源的规则之后)。',
    en: 'In /etc/redis/redis.conf set `bind 127.0.0.1 -::1` and `protected-mode yes`, and a strong password with `requirepass`, then `systemctl restart redis-server`. If other servers must reach it, allow only those sources and drop the rest with the firewall, e.g. `nft add rule inet filter input {transport} dport {port} drop` (after the rules that accept the allowed sources).',
  },
  evaluate: (evidence) => exposureHits(evidence, ENGINE),
});
