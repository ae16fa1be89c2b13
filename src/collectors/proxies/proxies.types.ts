import type { FileLine } from '../../core/evidence.ts';

/** The proxy, VPN and tunnelling programs whose configurations the collector reads. */
export type ProxyKind =
  | 'shadowsocks-libev'
  | 'shadowsocks-rust'
  | 'v2ray'
  | 'xray'
  | 'trojan'
  | 'trojan-go'
  | 'hysteria'
  | 'naiveproxy'
  | 'wireguard'
  | 'openvpn'
  | 'squid'
  | '3proxy'
  | 'dante'
  | 'tinyproxy'
  | 'frp'
  | 'nps'
  | 'gost'
  | 'brook';

/**
 * server: accepts connections from others and relays them (ss-server, a vmess inbound, frps, squid);
 * client: connects out to a server (ss-local, an xray client, frpc, npc). A client may still listen
 * locally (a SOCKS port for the browser): those listeners are in `listeners` too.
 */
export type ProxyRole = 'server' | 'client';

/**
 * Who may use a listener once connected:
 * - open: anyone; no credentials and no source restriction (squid `http_access allow all`, a SOCKS
 *   inbound with `auth: noauth`, tinyproxy without Allow lines, dante `socksmethod: none` from 0.0.0.0/0);
 * - credentials: a password, key, UUID or certificate is required;
 * - restricted: no credentials, but only listed source addresses are let in (`allowedSources`);
 * - unknown: the configuration does not say (or we do not model it).
 */
export type ProxyAccess = 'open' | 'credentials' | 'restricted' | 'unknown';

/**
 * forward: relays traffic to destinations the user picks (the thing that makes a proxy a proxy);
 * reverse: a web accelerator in front of fixed back ends (squid `accel`, tinyproxy ReverseOnly) — not a
 * proxy service for others; transparent: interception of routed traffic (squid `intercept`, v2ray
 * dokodemo-door); vpn: a network tunnel (WireGuard, OpenVPN); tunnel: a relay that publishes ports
 * (frps, nps, gost tcp forwarding).
 */
export type ProxyMode = 'forward' | 'reverse' | 'transparent' | 'vpn' | 'tunnel';

export interface ProxyListener {
  /**
   * The listen address as configured ("0.0.0.0", "::", "127.0.0.1", "[::1]" is stored as "::1"), or an
   * interface name (dante `internal: eth0`); null when none is configured and the program listens on
   * every address by default.
   */
  address: string | null;
  port: number;
  /** Last port of a range (v2ray `"port": "10000-10010"`); absent for a single port. */
  portEnd?: number;
  transport: 'tcp' | 'udp' | 'tcp+udp';
  /** What is offered: vmess, vless, trojan, shadowsocks, socks, http, hysteria, naive, wireguard, openvpn, frp, nps, … */
  protocol: string;
  mode: ProxyMode;
  access: ProxyAccess;
  /** The line that decides `access` (`http_access allow all`, `socksmethod: none`), or the file when an absence decides it. */
  accessWhere: FileLine;
  /** For `restricted`: the source addresses or networks let in. */
  allowedSources?: string[];
  where: FileLine;
}

/** A tunnel client's published service: a local address forwarded to a port on the remote server. */
export interface ProxyForward {
  name: string;
  /** frp proxy type (tcp, udp, http, https, stcp, xtcp) or nps mode. */
  type: string;
  /** "127.0.0.1:22"; null when not configured. */
  local: string | null;
  /** The port opened on the remote server, when configured. */
  remotePort: number | null;
  where: FileLine;
}

export interface ProxyConfig {
  kind: ProxyKind;
  role: ProxyRole;
  /** The configuration file (the first file read for a configuration directory). */
  path: string;
  /** Every file this configuration was read from (includes, confdir parts), sorted; holds `path`. */
  files: string[];
  /** Sorted by port, transport, address. */
  listeners: ProxyListener[];
  /** Clients and tunnel clients: the server they connect to. */
  upstream: { host: string; port: number | null; where: FileLine } | null;
  /** Tunnel clients (frpc, npc): the local services they publish. */
  forwards: ProxyForward[];
  /** WireGuard: the number of [Peer] sections; null for other kinds. */
  peers: number | null;
  /** How the file was found: at a standard location, or named on a running process's command line. */
  foundBy: 'standard-path' | 'command-line';
}

export interface ProxiesSection {
  /** Sorted by path then kind. */
  configs: ProxyConfig[];
  /**
   * Network interfaces from /proc/net/dev (a WireGuard interface "wg0" shows its config is up);
   * null when /proc/net/dev is absent (an image or snapshot scan).
   */
  interfaces: string[] | null;
}
