import { defineCheck } from '../../../core/check.ts';
import { exposureHits, exposureMessages, type Engine } from '../exposure.ts';

const ENGINE: Engine = {
  tcpPorts: [27017],
  udpPorts: [],
  processNames: ['mongod', 'mongos'],
};

export default defineCheck({
  id: 'database-mongodb-exposed',
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
    zh: 'MongoDB 数据库对外开放且未受防火墙保护',
    en: 'MongoDB listens on a public address and no firewall drops it',
  },
  description: {
    zh: '读取 /proc/net/tcp、tcp6、udp、udp6 中处于监听状态的套接字及其所属进程,以及主机防火墙规则,找出 MongoDB(端口 27017,或 mongod/mongos 进程的任何端口)监听在回环以外地址、且没有任何生效的防火墙规则拦截的情况。对外开放且未启用认证的 MongoDB 曾被成批清空并勒索,库中个人信息随之泄露。网络运营者应采取防范攻击和入侵的技术措施,并实施访问控制。',
    en: 'Reads the listening sockets in /proc/net/tcp, tcp6, udp and udp6 with the processes that hold them, and the host firewall rules, for MongoDB (port 27017, or any port held by mongod/mongos) listening on an address other than loopback with no active firewall rule dropping it. Exposed MongoDB instances without authentication have been wiped and ransomed in bulk, leaking the personal data they held. Operators must take technical measures against attack and intrusion and control access.',
  },
  messages: exposureMessages({ zh: 'MongoDB 数据库', en: 'MongoDB' }),
  remediation: {
    zh: '在 /etc/mongod.conf 中设置 `net.bindIp: 127.0.0.1`(即 net: 下的 `bindIp: 127.0.0.1`)并启用 `security.authorization: enabled`,然后 `systemctl restart mongod`。若必须供其他服务器访问,只对这些来源放行,并用防火墙拦截其余来源,例如 `nft add rule inet filter input {transport} dport {port} drop`(放在允许来源的规则之后)。',
    en: 'In /etc/mongod.conf set `net.bindIp: 127.0.0.1` (`bindIp: 127.0.0.1` under net:) and enable `security.authorization: enabled`, then `systemctl restart mongod`. If other servers must reach it, allow only those sources and drop the rest with the firewall, e.g. `nft add rule inet filter input {transport} dport {port} drop` (after the rules that accept the allowed sources).',
  },
  evaluate: (evidence) => exposureHits(evidence, ENGINE),
});
