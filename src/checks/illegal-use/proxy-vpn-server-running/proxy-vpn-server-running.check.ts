import { defineCheck, type Hit } from '../../../core/check.ts';
import {
  endpointsText,
  familiesText,
  groupEndpoints,
  groupWhere,
  proxyEndpoints,
  sourceText,
  stopCommand,
  unitName,
  type ProxyEndpoint,
} from '../proxy-facts.ts';

type Message = 'wireguardListening' | 'wireguardEnabled' | 'openvpnListening' | 'openvpnEnabled';

/**
 * WireGuard counts as a server for others with two peers or more. One peer is a point-to-point link —
 * two sites of one owner, or one person's own device — and is left alone: the check is about serving
 * other people, and we cannot tell whose devices peers are. Two peers may still be one person's laptop
 * and phone: the message says how many peers there are, so the owner can judge.
 */
export const WIREGUARD_HUB_PEERS = 2;

function counts(e: ProxyEndpoint): boolean {
  if (e.mode !== 'vpn' || e.role !== 'server' || e.families.length === 0) return false;
  if (e.kind === 'wireguard') return (e.config?.peers ?? 0) >= WIREGUARD_HUB_PEERS;
  return e.kind === 'openvpn';
}

export default defineCheck({
  id: 'proxy-vpn-server-running',
  category: 'proxy-service',
  severity: 'medium',
  needs: ['proxies', 'processes', 'sockets', 'firewall', 'services'],
  // Matched by port (WireGuard sockets belong to the kernel and have no owner) and by program name.
  tolerates: ['sockets.owner', 'processes.exe', 'processes.cwd'],
  // Catalogue §9 row 5. A VPN that lets others in is a channel to whatever network the server reaches
  // (intlreg-6 when it leads abroad) and, offered as a service, a telecom business (telecom-7; the
  // catalogue lists domestic IP-VPN as its own licence category, V-2ND). A company VPN for its own staff
  // is neither; the message asks the owner to confirm whom it serves, and the severity is medium.
  legal: [{ provision: 'intlreg-6' }, { provision: 'telecom-7' }],
  title: {
    zh: '服务器运行着可被他人连接的 VPN 服务端',
    en: 'A VPN server runs that other hosts can connect to',
  },
  description: {
    zh: '读取 /etc/wireguard/*.conf(ListenPort 与 [Peer] 数量)和 OpenVPN 服务端配置(server / mode server、port、proto、local),结合网卡列表、监听套接字、进程、开机启动单元和防火墙规则,找出其他主机可以连接的 VPN 服务端:有两个及以上对端的 WireGuard 接口,或 OpenVPN 多客户端服务端。只有一个对端的 WireGuard 视为点对点链路,不报告。VPN 若向他人提供,可能构成自建国际联网信道或未经许可经营电信业务;仅供本单位员工使用的内部 VPN 不在此列。',
    en: 'Reads /etc/wireguard/*.conf (ListenPort and the number of [Peer] sections) and OpenVPN server configurations (server / mode server, port, proto, local), and joins them with the network interfaces, listening sockets, processes, boot-time units and firewall rules, to find VPN servers other hosts can connect to: a WireGuard interface with two or more peers, or an OpenVPN multi-client server. A WireGuard interface with a single peer is a point-to-point link and is not reported. A VPN offered to other people may be a self-built international channel or an unlicensed telecom business; an internal VPN for an organisation’s own staff is neither.',
  },
  messages: {
    wireguardListening: {
      zh: 'WireGuard 接口({source})在 {endpoints} 接受连接,配置了 {peers} 个对端;其他主机可经 {families} 访问,且没有防火墙规则拦截。请确认这些对端都是你自己或本单位的设备。',
      en: 'The WireGuard interface ({source}) accepts connections on {endpoints} and has {peers} peers configured; other hosts can reach it over {families} and no firewall rule drops it. Confirm that every peer is a device of yours or of your organisation.',
    },
    wireguardEnabled: {
      zh: 'WireGuard 接口({source})已设为开机启动({unit}),当前未启用,配置为在 {endpoints} 接受连接,有 {peers} 个对端;这些端口没有防火墙规则拦截,启用后其他主机即可经 {families} 连接。请确认这些对端都是你自己或本单位的设备。',
      en: 'The WireGuard interface ({source}) is enabled at boot ({unit}) but not up now, and is set to accept connections on {endpoints} with {peers} peers; no firewall rule drops these ports, so once up other hosts can connect over {families}. Confirm that every peer is a device of yours or of your organisation.',
    },
    openvpnListening: {
      zh: 'OpenVPN 服务端({source})正在运行,监听 {endpoints};其他主机可经 {families} 连接,且没有防火墙规则拦截。请确认只有你自己或本单位员工持有客户端证书。',
      en: 'The OpenVPN server ({source}) is running and listens on {endpoints}; other hosts can connect over {families} and no firewall rule drops it. Confirm that only you or your organisation’s staff hold client certificates.',
    },
    openvpnEnabled: {
      zh: 'OpenVPN 服务端({source})已设为开机启动({unit}),当前未运行,配置为监听 {endpoints};这些端口没有防火墙规则拦截,一旦启动,其他主机即可经 {families} 连接。请确认只有你自己或本单位员工持有客户端证书。',
      en: 'The OpenVPN server ({source}) is enabled at boot ({unit}) but not running now, and is set to listen on {endpoints}; no firewall rule drops these ports, so once it starts other hosts can connect over {families}. Confirm that only you or your organisation’s staff hold client certificates.',
    },
  },
  remediation: {
    zh: '若这不是你自己或本单位的内部 VPN:执行 `{stop}` 停止并取消开机启动,删除 {source};WireGuard 也可只删除不属于你的 [Peer] 段后执行 `wg syncconf {iface} <(wg-quick strip {iface})`,OpenVPN 用 `easyrsa revoke <客户端名>` 吊销证书并在配置中加入 `crl-verify crl.pem`。只供固定地点使用时,用防火墙只放行这些来源,例如 `nft add rule inet filter input ip saddr <你的地址> {transport} dport {port} accept` 之后加 `nft add rule inet filter input {transport} dport {port} drop`。',
    en: 'If this is not your own or your organisation’s internal VPN: run `{stop}` to stop it and keep it from starting at boot, and remove {source}. For WireGuard you may instead delete the [Peer] sections that are not yours and run `wg syncconf {iface} <(wg-quick strip {iface})`; for OpenVPN revoke client certificates with `easyrsa revoke <client>` and add `crl-verify crl.pem`. When only fixed places connect, let only them through the firewall, e.g. `nft add rule inet filter input ip saddr <your address> {transport} dport {port} accept` followed by `nft add rule inet filter input {transport} dport {port} drop`.',
  },
  evaluate: (evidence) =>
    groupEndpoints(proxyEndpoints(evidence).filter(counts)).map((g): Hit<Message> => {
      const first = g.endpoints[0]!;
      const wg = g.kind === 'wireguard';
      const listening = g.state === 'listening';
      const messageId: Message = wg
        ? listening
          ? 'wireguardListening'
          : 'wireguardEnabled'
        : listening
          ? 'openvpnListening'
          : 'openvpnEnabled';
      const source = sourceText(g);
      return {
        messageId,
        data: {
          source,
          endpoints: endpointsText(g.endpoints),
          families: familiesText(g.endpoints),
          peers: g.config?.peers ?? 0,
          unit: unitName(g),
          stop: stopCommand(g),
          iface: source.slice(source.lastIndexOf('/') + 1).replace(/\.conf$/, ''),
          transport: first.transport,
          port: first.port,
        },
        where: groupWhere(g),
      };
    }),
});
