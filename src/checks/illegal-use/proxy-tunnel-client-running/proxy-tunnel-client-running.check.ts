import { defineCheck, type Hit } from '../../../core/check.ts';
import type { Where } from '../../../core/evidence.ts';
import { processWhere } from '../../processes/process-facts.ts';
import { forwardsText, tunnelClients, unitName, upstreamText } from '../proxy-facts.ts';

type Message = 'tunnelRunning' | 'tunnelRunningUnlisted' | 'tunnelEnabled';

export default defineCheck({
  id: 'proxy-tunnel-client-running',
  category: 'proxy-service',
  severity: 'medium',
  needs: ['proxies', 'processes', 'services'],
  tolerates: [
    'processes.exe',
    'processes.cwd',
    // VPN configurations (often readable by root only) never decide this check.
    'proxies.wireguard',
    'proxies.openvpn',
  ],
  // A tunnel client publishes services from inside this host (SSH, RDP, databases, admin pages) on a
  // server elsewhere, past this host's firewall and access controls: the anti-intrusion technical
  // measures of csl-23 clause 2 no longer cover them. Not a cross-border or licensing question by itself.
  legal: [{ provision: 'csl-23', clause: '2' }],
  title: {
    zh: '内网穿透客户端(frpc/npc)把本机服务转发到外部服务器',
    en: 'A tunnel client (frpc/npc) publishes this host’s services on an outside server',
  },
  description: {
    zh: '读取 frpc(.ini/.toml/.yaml/.json)和 npc 的配置(服务器地址、各隧道的本地地址和远端端口),结合进程和开机启动单元,找出正在运行或开机启动的内网穿透客户端。它把本机或内网的服务(如 SSH 22、远程桌面 3389、数据库)经外部服务器暴露出去,绕过了主机防火墙和网络边界的访问控制;入侵者也常用它维持对内网的访问。',
    en: 'Reads the configurations of frpc (.ini/.toml/.yaml/.json) and npc (server address, and each tunnel’s local address and remote port), and joins them with the processes and boot-time units, to find tunnel clients that run now or at boot. Such a client exposes services of this host or its internal network (SSH 22, remote desktop 3389, databases) through a server elsewhere, bypassing the host firewall and the network perimeter; intruders also use them to keep access to internal networks.',
  },
  messages: {
    tunnelRunning: {
      zh: '{program}({source})正在运行,把以下服务经服务器 {server} 暴露出去:{forwards}。能访问该服务器的任何人都能访问这些服务,不受本机防火墙限制。',
      en: '{program} ({source}) is running and publishes these services through the server {server}: {forwards}. Anyone who can reach that server can reach them, whatever this host’s firewall says.',
    },
    tunnelRunningUnlisted: {
      zh: '{program}({source})正在运行,连接服务器 {server};其转发的服务在服务器端配置或无法从本机读出。能访问该服务器的任何人都可能经它访问本机或内网服务。',
      en: '{program} ({source}) is running and connects to the server {server}; the services it forwards are configured on the server side or could not be read here. Anyone who can reach that server may reach services of this host or its network through it.',
    },
    tunnelEnabled: {
      zh: '{program}({source})已设为开机启动({unit}),当前未运行;启动后会把以下服务经服务器 {server} 暴露出去:{forwards}。',
      en: '{program} ({source}) is enabled at boot ({unit}) but not running now; once it starts it publishes these services through the server {server}: {forwards}.',
    },
  },
  remediation: {
    zh: '确认该隧道是否经过授权。若未授权,按入侵处置:先保全证据(hegui capture),再执行 `{stop}` 停止并取消开机启动,删除 {leftover},并检查登录日志。若确需远程访问,改用 VPN 或堡垒机,只对固定来源开放,并为隧道中的每个服务启用认证。',
    en: 'Confirm whether this tunnel is authorised. If it is not, treat it as an intrusion: preserve evidence (hegui capture), then run `{stop}` to stop it and keep it from starting at boot, delete {leftover}, and review login logs. If remote access is needed, use a VPN or a bastion host open to fixed sources only, with authentication on every service behind it.',
  },
  evaluate: (evidence) =>
    tunnelClients(evidence).map((t): Hit<Message> => {
      const program = t.kind === 'frp' ? 'frpc' : 'npc';
      const source = t.config ? t.config.path : t.process ? `pid ${t.process.pid}` : '?';
      const unit = unitName({ kind: t.kind, config: t.config, unit: t.unit, role: 'client' });
      const stop = t.config || t.unit ? `systemctl disable --now ${unit}` : `kill ${t.process?.pid ?? 0}`;
      const where: Where[] = [];
      if (t.config?.upstream) where.push(t.config.upstream.where);
      for (const f of t.forwards) where.push(f.where);
      if (t.config && where.length === 0) where.push({ path: t.config.path });
      if (t.process) where.push(processWhere(t.process));
      if (t.unit && t.state === 'enabled') where.push({ path: t.unit.path });
      const data = {
        program,
        source,
        server: upstreamText(t.upstream),
        forwards: forwardsText(t.forwards),
        unit,
        stop,
        leftover:
          [...(t.config?.files ?? []), ...(t.process?.exe ? [t.process.exe] : [])].join(', ') || source,
      };
      const messageId: Message =
        t.state === 'enabled'
          ? 'tunnelEnabled'
          : t.forwards.length > 0
            ? 'tunnelRunning'
            : 'tunnelRunningUnlisted';
      return { messageId, data, where };
    }),
});
