import { defineCheck } from '../../../core/check.ts';
import { poolConnections } from './pool-connections.ts';

export default defineCheck({
  id: 'mining-pool-connection-found',
  category: 'mining',
  severity: 'high',
  needs: ['sockets'],
  // Unknown socket owners only hide weak-port connections of miner programs; pool ports are judged anyway.
  tolerates: ['sockets.owner'],
  legal: [
    { provision: 'mining2021' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '服务器与矿池端口保持着连接', en: 'The server holds a connection to a mining-pool port' },
  description: {
    zh: '读取 /proc/net/tcp 与 tcp6 中已建立(ESTABLISHED)的连接,找出连往矿池常用端口的外连:3333、5555、7777、14444 等矿池专用端口直接计入(与 Falco 的 miner_ports 名单相比我们区分了强弱端口);25、8080、9999 这类也被普通服务使用的端口,只有在持有连接的进程是已知挖矿程序时才计入。本机监听端口上的入站连接与回环连接不计。连接由挖矿程序持有时为严重。无权读取的进程所持有的连接无法判断是否为挖矿程序,此时只按矿池专用端口判断。',
    en: 'Reads the established connections in /proc/net/tcp and tcp6 and finds outbound ones to mining-pool ports: ports that only pools use (3333, 5555, 7777, 14444, …) count on their own; ports that ordinary services also use (25, 8080, 9999, … — Falco’s miner_ports list mixes both kinds) count only when the process holding the connection is a known miner program. Inbound connections to ports this host listens on, and loopback connections, do not count. It is critical when a miner program holds the connection. When the owner of a socket cannot be read, only the pool-only ports are judged.',
  },
  messages: {
    connection: {
      zh: '进程 {process}(PID {pid})连接着 {remote}(矿池常用端口 {port})。',
      en: 'Process {process} (pid {pid}) is connected to {remote} (a mining-pool port, {port}).',
    },
    minerConnection: {
      zh: '挖矿程序 {process}(PID {pid})连接着 {remote}(矿池端口 {port})。',
      en: 'Miner program {process} (pid {pid}) is connected to {remote} (mining-pool port {port}).',
    },
  },
  remediation: {
    zh: '查看连接与进程:`ss -tnp | grep ":{port}"`、`ls -l /proc/{pid}/exe`、`cat /proc/{pid}/cmdline | tr "\\0" " "`。若是挖矿:先保全证据(hegui capture),`kill -STOP {pid}` 后 `kill -9 {pid}`,删除程序并清除启动项;在防火墙拦截外连(`iptables -A OUTPUT -p tcp --dport {port} -j REJECT`)。若是本单位部署,按发改运行〔2021〕1283号停止挖矿;若无人知情,按入侵事件处置并上报。若是正常业务连接,记录其用途。',
    en: 'Look at the connection and the process: `ss -tnp | grep ":{port}"`, `ls -l /proc/{pid}/exe`, `cat /proc/{pid}/cmdline | tr "\\0" " "`. If it is mining: preserve evidence (hegui capture), `kill -STOP {pid}` then `kill -9 {pid}`, delete the program and its start-up entries, and block the outbound port in the firewall (`iptables -A OUTPUT -p tcp --dport {port} -j REJECT`). If your organisation mines on purpose, stop under the NDRC notice 发改运行〔2021〕1283号; if nobody knows about it, handle and report it as an intrusion. If it is a legitimate business connection, record what it is for.',
  },
  evaluate: ({ sockets }) =>
    poolConnections(sockets.sockets).map(({ socket: s, minerProcess }) => {
      const remote =
        s.proto === 'tcp6'
          ? `[${s.remoteAddress}]:${String(s.remotePort)}`
          : `${s.remoteAddress}:${String(s.remotePort)}`;
      return {
        messageId: minerProcess ? 'minerConnection' : 'connection',
        severity: minerProcess ? 'critical' : 'high',
        data: {
          process: s.process ?? '?',
          pid: s.pid ?? '?',
          remote,
          port: s.remotePort,
        },
        where: [
          {
            socket: `${s.proto} ${s.localAddress}:${String(s.localPort)} -> ${remote}`,
            ...(s.pid === null ? {} : { pid: s.pid }),
          },
        ],
      };
    }),
});
