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
  stopCommand,
  unitName,
  type EndpointGroup,
  type ProxyEndpoint,
} from '../proxy-facts.ts';

type Message = 'openProxy' | 'openProxyEnabled';

/** Forward proxies (and tunnel relays such as frps without a token) that let anyone in, reachable by others. */
function counts(e: ProxyEndpoint): boolean {
  return (e.mode === 'forward' || e.mode === 'tunnel') && e.access === 'open' && e.families.length > 0;
}

/** "/etc/squid/conf.d/open.conf:2" — the line that lets everyone in — or the command line of the process. */
function decidedBy(g: EndpointGroup): string {
  const at = g.endpoints.map((e) => e.listener?.accessWhere).find((w) => w !== undefined);
  if (at) return at.line === undefined ? at.path : `${at.path}:${at.line}`;
  return g.process ? `pid ${g.process.pid}` : '?';
}

export default defineCheck({
  id: 'proxy-open-proxy-exposed',
  category: 'proxy-service',
  severity: 'critical',
  needs: ['proxies', 'processes', 'sockets', 'firewall', 'services'],
  // Matched by port and program name; see proxy-service-running.
  tolerates: [
    'sockets.owner',
    'processes.exe',
    'processes.cwd',
    // VPN configurations (often readable by root only) never decide this check.
    'proxies.wireguard',
    'proxies.openvpn',
  ],
  // Catalogue §9 row 5 (and row 14 for the missing protection). An open proxy is a relay for anyone:
  // csl-23 clause 2 — the operator lacks the technical measures against abuse of the network (open proxies
  // are scanned for and used to hide attacks, spam and fraud); csl-26 — network access handed to anyone
  // with no identity at all; intlreg-6 — a channel others can use to reach international networks.
  // Criminal provisions are left out: a host scan cannot show knowledge of what users do (see
  // proxy-service-running).
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'csl-26' }, { provision: 'intlreg-6' }],
  title: {
    zh: '服务器上有无需认证、任何人都可使用的开放代理',
    en: 'An open proxy that needs no credentials is reachable by anyone',
  },
  description: {
    zh: '读取 Squid(http_access)、tinyproxy(Allow、BasicAuth)、Dante(socksmethod、client/socks pass 规则)、3proxy(auth、allow)、V2Ray/Xray 的 SOCKS/HTTP 入站(auth、accounts)、gost/Brook 命令行、Caddy forward_proxy(basic_auth)、Shadowsocks 客户端本地端口、无 token 的 frps 等配置,结合监听套接字、进程、开机启动单元和防火墙规则,找出任何人无需凭据、不受来源限制即可使用、且其他主机可以访问的代理。开放代理会被扫描器迅速发现,用于隐藏攻击、发送垃圾信息和实施诈骗,来源都会指向这台服务器。',
    en: 'Reads the access rules of Squid (http_access), tinyproxy (Allow, BasicAuth), Dante (socksmethod, client/socks pass rules), 3proxy (auth, allow), V2Ray/Xray SOCKS/HTTP inbounds (auth, accounts), gost and Brook command lines, Caddy forward_proxy (basic_auth), Shadowsocks clients’ local ports and frps without a token, and joins them with the listening sockets, processes, boot-time units and firewall rules, to find proxies that anyone may use without credentials or source restriction and that other hosts can reach. Open proxies are found by scanners within hours and used to hide attacks, send spam and run fraud, all of it traced back to this server.',
  },
  messages: {
    openProxy: {
      zh: '{program}({source})在 {endpoints} 上接受 {protocols} 代理连接,无需任何凭据,也不限制来源(由 {decidedBy} 决定);其他主机可经 {families} 访问,且没有防火墙规则拦截。互联网上的任何人都能借这台服务器转发流量。',
      en: '{program} ({source}) accepts {protocols} proxy connections on {endpoints} with no credentials and no source restriction (decided by {decidedBy}); other hosts can reach it over {families} and no firewall rule drops it. Anyone on the internet can relay traffic through this server.',
    },
    openProxyEnabled: {
      zh: '{program}({source})已设为开机启动({unit}),当前未运行,配置为在 {endpoints} 上接受 {protocols} 代理连接,无需任何凭据,也不限制来源(由 {decidedBy} 决定);这些端口没有防火墙规则拦截,一旦启动,任何人都能经 {families} 借这台服务器转发流量。',
      en: '{program} ({source}) is enabled at boot ({unit}) but not running now, and is set to accept {protocols} proxy connections on {endpoints} with no credentials and no source restriction (decided by {decidedBy}); no firewall rule drops these ports, so once it starts anyone can relay traffic through this server over {families}.',
    },
  },
  remediation: {
    zh: '立即关闭:执行 `{stop}`。若确需保留,只监听回环地址——{bind}——并要求认证或限制来源——{auth}(修改 {decidedBy} 处的规则)——然后重启;再用 `nft add rule inet filter input {transport} dport {port} drop` 之类的规则拦截其他来源。开放期间可能已被他人滥用,请检查代理日志中的来源和目标。',
    en: 'Shut it now: run `{stop}`. If it must stay, listen on loopback only — {bind} — and require authentication or limit the sources — {auth} (change the rule at {decidedBy}) — then restart it, and drop other sources in the firewall, e.g. `nft add rule inet filter input {transport} dport {port} drop`. While it was open others may have abused it: review the proxy’s logs for sources and destinations.',
  },
  evaluate: (evidence) =>
    groupEndpoints(proxyEndpoints(evidence).filter(counts)).map((g): Hit<Message> => {
      const lines = hardeningLines(g.kind, g.endpoints[0]?.role);
      const first = g.endpoints[0]!;
      return {
        messageId: g.state === 'listening' ? 'openProxy' : 'openProxyEnabled',
        data: {
          program: PROGRAM_LABEL[g.kind],
          protocols: protocolsText(g.endpoints),
          source: sourceText(g),
          endpoints: endpointsText(g.endpoints),
          families: familiesText(g.endpoints),
          decidedBy: decidedBy(g),
          unit: unitName(g),
          stop: stopCommand(g),
          bind: lines.bind,
          auth: lines.auth,
          transport: first.transport,
          port: first.port,
        },
        where: groupWhere(g, true),
      };
    }),
});
