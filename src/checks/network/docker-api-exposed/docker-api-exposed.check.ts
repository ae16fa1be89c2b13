import { defineCheck } from '../../../core/check.ts';
import { exposureHits, exposureMessages, type Engine } from '../exposure.ts';

const ENGINE: Engine = {
  tcpPorts: [2375, 2376],
  udpPorts: [],
  processNames: [],
};

export default defineCheck({
  id: 'docker-api-exposed',
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
    zh: 'Docker API 对外开放且未受防火墙保护',
    en: 'The Docker API listens on a public address and no firewall drops it',
  },
  description: {
    zh: '读取 /proc/net/tcp、tcp6、udp、udp6 中处于监听状态的套接字及其所属进程,以及主机防火墙规则,找出 Docker 守护进程的远程 API(端口 2375,启用 TLS 时为 2376;dockerd 的其他端口如 Swarm 2377 不算)监听在回环以外地址、且没有任何生效的防火墙规则拦截的情况。能访问 Docker API 就等于拥有服务器 root 权限:入侵者可启动挂载宿主机根目录的特权容器,这是挖矿木马批量入侵的常见方式。网络运营者应采取防范攻击和入侵的技术措施,并实施访问控制。',
    en: 'Reads the listening sockets in /proc/net/tcp, tcp6, udp and udp6 with the processes that hold them, and the host firewall rules, for the Docker daemon’s remote API (port 2375, or 2376 with TLS; other dockerd ports such as Swarm’s 2377 do not count) listening on an address other than loopback with no active firewall rule dropping it. Access to the Docker API is root on the server: an intruder starts a privileged container with the host’s root file system mounted — a routine way miners spread. Operators must take technical measures against attack and intrusion and control access.',
  },
  messages: exposureMessages({ zh: 'Docker API', en: 'Docker API' }),
  remediation: {
    zh: '从 dockerd 的启动参数中删除 `-H tcp://0.0.0.0:2375`(`systemctl edit docker.service` 覆盖 ExecStart,或删除 /etc/docker/daemon.json 中 "hosts" 里的 tcp 地址),然后 `systemctl daemon-reload && systemctl restart docker`;远程管理改用 SSH(`DOCKER_HOST=ssh://user@host`),确需 TCP 时只用 2376 并启用 `--tlsverify` 双向证书认证。若必须供其他服务器访问,只对这些来源放行,并用防火墙拦截其余来源,例如 `nft add rule inet filter input {transport} dport {port} drop`(放在允许来源的规则之后)。',
    en: 'Remove `-H tcp://0.0.0.0:2375` from dockerd’s options (`systemctl edit docker.service` to override ExecStart, or drop the tcp address from "hosts" in /etc/docker/daemon.json), then `systemctl daemon-reload && systemctl restart docker`; manage it remotely over SSH (`DOCKER_HOST=ssh://user@host`), and if TCP is truly needed use only 2376 with `--tlsverify` client certificates. If other servers must reach it, allow only those sources and drop the rest with the firewall, e.g. `nft add rule inet filter input {transport} dport {port} drop` (after the rules that accept the allowed sources).',
  },
  evaluate: (evidence) => exposureHits(evidence, ENGINE),
});
