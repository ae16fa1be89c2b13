import { defineCheck } from '../../../core/check.ts';
import { exposureHits, exposureMessages, type Engine } from '../exposure.ts';

const ENGINE: Engine = {
  tcpPorts: [11211],
  udpPorts: [11211],
  processNames: ['memcached'],
};

export default defineCheck({
  id: 'database-memcached-exposed',
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
    zh: 'Memcached 对外开放且未受防火墙保护',
    en: 'Memcached listens on a public address and no firewall drops it',
  },
  description: {
    zh: '读取 /proc/net/tcp、tcp6、udp、udp6 中处于监听状态的套接字及其所属进程,以及主机防火墙规则,找出 Memcached(TCP 与 UDP 端口 11211,或 memcached 进程的任何端口)监听在回环以外地址、且没有任何生效的防火墙规则拦截的情况。Memcached 没有认证,缓存内容任人读取;其 UDP 端口还会被用作放大倍数极高的 DDoS 反射源。网络运营者应采取防范攻击和入侵的技术措施,并实施访问控制。',
    en: 'Reads the listening sockets in /proc/net/tcp, tcp6, udp and udp6 with the processes that hold them, and the host firewall rules, for Memcached (TCP and UDP port 11211, or any port held by memcached) listening on an address other than loopback with no active firewall rule dropping it. Memcached has no authentication, so anyone can read the cache; its UDP port is also abused as a DDoS reflector with a huge amplification factor. Operators must take technical measures against attack and intrusion and control access.',
  },
  messages: exposureMessages({ zh: 'Memcached 缓存', en: 'Memcached' }),
  remediation: {
    zh: '在 /etc/memcached.conf 中写入 `-l 127.0.0.1`,并写入 `-U 0` 关闭 UDP,然后 `systemctl restart memcached`。若必须供其他服务器访问,只对这些来源放行,并用防火墙拦截其余来源,例如 `nft add rule inet filter input {transport} dport {port} drop`(放在允许来源的规则之后)。',
    en: 'In /etc/memcached.conf set `-l 127.0.0.1`, and `-U 0` to turn UDP off, then `systemctl restart memcached`. If other servers must reach it, allow only those sources and drop the rest with the firewall, e.g. `nft add rule inet filter input {transport} dport {port} drop` (after the rules that accept the allowed sources).',
  },
  evaluate: (evidence) => exposureHits(evidence, ENGINE),
});
