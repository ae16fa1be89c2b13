import { defineCheck, type Hit } from '../../../core/check.ts';
import {
  endpointsText,
  familiesText,
  groupEndpoints,
  groupWhere,
  hardeningLines,
  PROGRAM_LABEL,
  protocolsText,
  proxyEndpoints,
  sourceText,
  leftoverText,
  stopCommand,
  unitName,
  type ProxyEndpoint,
} from '../proxy-facts.ts';

type Message = 'listening' | 'listeningAuthUnknown' | 'enabled' | 'enabledAuthUnknown';

/**
 * Proxies and relays that need credentials, or whose access we cannot tell. Open ones (no credentials)
 * are proxy-open-proxy-exposed's; source-restricted ones (squid `allow localnet`) are not offered to the
 * world; reverse proxies and transparent interception are not proxy services for others; VPN servers are
 * proxy-vpn-server-running's.
 */
function counts(e: ProxyEndpoint): boolean {
  return (
    (e.mode === 'forward' || e.mode === 'tunnel') &&
    (e.access === 'credentials' || e.access === 'unknown') &&
    e.families.length > 0
  );
}

export default defineCheck({
  id: 'proxy-service-running',
  category: 'proxy-service',
  severity: 'high',
  needs: ['proxies', 'processes', 'sockets', 'firewall', 'services'],
  // Programs are matched by port and by name or argv[0], so unknown socket owners, exe links and
  // working directories leave the verdict intact (a relative config path then stays unresolved).
  tolerates: [
    'sockets.owner',
    'processes.exe',
    'processes.cwd',
    // VPN configurations (often readable by root only) never decide this check.
    'proxies.wireguard',
    'proxies.openvpn',
  ],
  // Catalogue §9 row 5. intlreg-6: a proxy others reach from abroad is a self-built international channel;
  // telecom-7: relaying traffic for others as a business is a telecom service that needs a licence.
  // csl-26: a proxy that others can reach is a network-access service, and access providers must take
  // users' real identities; the finding is raised only when others can reach it, and the messages say
  // the duty applies to the people it serves. cl-287-2 (knowingly assisting crime) and cl-225 (its use
  // against VPN resellers is UNVERIFIED in the catalogue) are left out: a host scan cannot show the
  // knowledge 287-2 needs, and the report would print them as the operator's criminal liability.
  legal: [{ provision: 'intlreg-6' }, { provision: 'telecom-7' }, { provision: 'csl-26' }],
  title: {
    zh: '服务器运行着可被他人访问的代理或隧道服务',
    en: 'A proxy or tunnel service runs that other hosts can reach',
  },
  description: {
    zh: '读取 Shadowsocks、V2Ray/Xray、Trojan、Hysteria、NaiveProxy、Squid、3proxy、Dante、tinyproxy、frps、nps、gost、Brook 等程序在标准位置和进程命令行中指明的配置文件,结合 /proc 中的进程、/proc/net 中的监听套接字、systemd 开机启动单元和主机防火墙规则,找出正在运行(或已设为开机启动)、监听在回环以外地址、且没有防火墙规则拦截的代理或隧道服务。需要凭据的服务仍向持有凭据的任何人提供跨境或转发通道:自建国际联网信道、未经许可经营电信业务、为用户提供接入而不核验真实身份,均可能违反相关规定。无需凭据的开放代理由 proxy-open-proxy-exposed 报告。',
    en: 'Reads the configuration files of Shadowsocks, V2Ray/Xray, Trojan, Hysteria, NaiveProxy, Squid, 3proxy, Dante, tinyproxy, frps, nps, gost and Brook at their standard locations and wherever a running program names one, and joins them with the processes in /proc, the listening sockets in /proc/net, the systemd units enabled at boot and the host firewall, to find proxy or tunnel services that run (or start at boot), listen on an address other than loopback, and that no firewall rule drops. A service that asks for credentials still gives everyone who holds them a relay or cross-border channel: building your own international channel, running a telecom business without a licence, and giving users network access without checking their real identity can each breach PRC rules. Open proxies that need no credentials are reported by proxy-open-proxy-exposed.',
  },
  messages: {
    listening: {
      zh: '{program}({protocols};{source})正在运行,监听 {endpoints};其他主机可经 {families} 访问,且没有防火墙规则拦截。使用它需要凭据(密码、UUID 或密钥),因此持有凭据的任何人都能借此服务器转发流量。若向他人提供该服务,须取得电信业务经营许可并核验用户真实身份。',
      en: '{program} ({protocols}; {source}) is running and listens on {endpoints}; other hosts can reach it over {families} and no firewall rule drops it. It requires credentials (a password, UUID or key), so anyone who holds them can relay traffic through this server. If it is offered to other people as a service, that needs a telecom business licence and checks of its users’ real identities.',
    },
    listeningAuthUnknown: {
      zh: '{program}({protocols};{source})正在运行,监听 {endpoints};其他主机可经 {families} 访问,且没有防火墙规则拦截。无法从证据确定使用它是否需要凭据。若向他人提供该服务,须取得电信业务经营许可并核验用户真实身份。',
      en: '{program} ({protocols}; {source}) is running and listens on {endpoints}; other hosts can reach it over {families} and no firewall rule drops it. Whether it requires credentials could not be determined from the evidence. If it is offered to other people as a service, that needs a telecom business licence and checks of its users’ real identities.',
    },
    enabled: {
      zh: '{program}({protocols};{source})已设为开机启动({unit}),当前未运行,配置为监听 {endpoints};这些端口没有防火墙规则拦截,一旦启动,其他主机即可经 {families} 访问。使用它需要凭据,持有凭据的任何人都能借此服务器转发流量。',
      en: '{program} ({protocols}; {source}) is enabled at boot ({unit}) but not running now, and is set to listen on {endpoints}; no firewall rule drops these ports, so once it starts other hosts can reach it over {families}. It requires credentials, so anyone who holds them can relay traffic through this server.',
    },
    enabledAuthUnknown: {
      zh: '{program}({protocols};{source})已设为开机启动({unit}),当前未运行,配置为监听 {endpoints};这些端口没有防火墙规则拦截,一旦启动,其他主机即可经 {families} 访问。无法从配置确定使用它是否需要凭据。',
      en: '{program} ({protocols}; {source}) is enabled at boot ({unit}) but not running now, and is set to listen on {endpoints}; no firewall rule drops these ports, so once it starts other hosts can reach it over {families}. Whether it requires credentials could not be determined from the configuration.',
    },
  },
  remediation: {
    zh: '若该服务不应供他人使用:执行 `{stop}` 停止并取消开机启动,删除 {leftover},并清除启动它的其他位置(计划任务、rc 脚本)。若只供本机使用:在配置中改为只监听回环地址——{bind}——并要求凭据——{auth}——然后重启该服务。若确需向他人提供,须先取得相应的电信业务经营许可,经国家公用电信网的国际出入口信道联网,并核验用户真实身份。',
    en: 'If nobody else should use it: run `{stop}` to stop it and keep it from starting at boot, delete {leftover}, and remove anything else that starts it (cron jobs, rc scripts). If it is for this host only: make it listen on loopback — {bind} — and require credentials — {auth} — then restart it. If it really must serve others, first obtain the telecom business licence, connect only through the national gateway channels, and check users’ real identities.',
  },
  evaluate: (evidence) =>
    groupEndpoints(proxyEndpoints(evidence).filter(counts)).map((g): Hit<Message> => {
      const unknown = g.endpoints.some((e) => e.access === 'unknown');
      const lines = hardeningLines(g.kind, g.endpoints[0]?.role);
      const data = {
        program: PROGRAM_LABEL[g.kind],
        protocols: protocolsText(g.endpoints),
        source: sourceText(g),
        endpoints: endpointsText(g.endpoints),
        families: familiesText(g.endpoints),
        unit: unitName(g),
        stop: stopCommand(g),
        leftover: leftoverText(g),
        bind: lines.bind,
        auth: lines.auth,
      };
      const messageId: Message =
        g.state === 'listening'
          ? unknown
            ? 'listeningAuthUnknown'
            : 'listening'
          : unknown
            ? 'enabledAuthUnknown'
            : 'enabled';
      return { messageId, data, where: groupWhere(g) };
    }),
});
