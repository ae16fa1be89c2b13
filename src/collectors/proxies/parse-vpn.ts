/** Parsers for VPN servers: WireGuard (wg-quick .conf) and OpenVPN. Pure. */
import { iniGet, parseIni } from './parse-toml-lite.ts';
import { at, emptyConfig, finish, normaliseAddress, validPort, type ParseResult } from './parsed.ts';
import { splitHostPort } from './programs.ts';
import type { ProxyListener } from './proxies.types.ts';

/**
 * WireGuard: `[Interface] ListenPort` makes the host accept peers (a server role); without it the host
 * only dials out (a client, its first peer's Endpoint the upstream). `peers` counts [Peer] sections.
 * Keys are required to connect: access is credentials.
 */
export function parseWireguard(text: string, path: string): ParseResult {
  const sections = parseIni(text);
  const iface = sections.find((s) => s.name.toLowerCase() === 'interface');
  const peers = sections.filter((s) => s.name.toLowerCase() === 'peer');
  if (!iface && peers.length === 0) return {};
  const listenPort = iniGet(iface, 'ListenPort');
  const port = listenPort && /^\d{1,5}$/.test(listenPort.value) ? Number(listenPort.value) : undefined;
  const config = emptyConfig('wireguard', validPort(port) ? 'server' : 'client', path);
  config.peers = peers.length;
  if (validPort(port) && listenPort)
    config.listeners.push({
      address: null,
      port,
      transport: 'udp',
      protocol: 'wireguard',
      mode: 'vpn',
      access: 'credentials',
      accessWhere: at(path, iface!.line),
      where: at(path, listenPort.line),
    });
  const endpoint = peers.map((p) => iniGet(p, 'Endpoint')).find((e) => e !== undefined);
  if (!validPort(port) && endpoint) {
    const hp = splitHostPort(endpoint.value);
    config.upstream = {
      host: hp?.host ?? endpoint.value,
      port: hp?.port ?? null,
      where: at(path, endpoint.line),
    };
  }
  return finish(config);
}

/**
 * OpenVPN: `server`, `server-ipv6`, `server-bridge` or `mode server` make a multi-client server; `client`
 * or a `remote` without them a client. The server listens on `local` (every address by default), `port`
 * or `lport` (1194), over `proto` (udp by default). Certificates or keys are required: credentials.
 */
export function parseOpenvpn(text: string, path: string): ParseResult {
  let server: number | undefined;
  let client = false;
  let port = 1194;
  let portLine: number | undefined;
  let proto = 'udp';
  let local: string | null = null;
  let remote: { host: string; port: number | null; line: number } | undefined;
  let inline: string | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const body = lines[n]!.trim();
    if (inline) {
      if (body.toLowerCase() === `</${inline}>`) inline = null;
      continue;
    }
    const tag = /^<([a-z-]+)>$/i.exec(body);
    if (tag) {
      inline = tag[1]!.toLowerCase();
      continue;
    }
    const w = body
      .replace(/(^|\s)[#;].*$/, '')
      .trim()
      .split(/\s+/);
    const key = w[0]?.replace(/^--/, '').toLowerCase();
    if (!key) continue;
    if (
      key === 'server' ||
      key === 'server-ipv6' ||
      key === 'server-bridge' ||
      (key === 'mode' && w[1] === 'server')
    )
      server ??= n + 1;
    else if (key === 'client' || key === 'tls-client') client = true;
    else if ((key === 'port' || key === 'lport') && w[1] && /^\d{1,5}$/.test(w[1])) {
      port = Number(w[1]);
      portLine = n + 1;
    } else if (key === 'proto' && w[1]) proto = w[1].toLowerCase();
    else if (key === 'local' && w[1]) local = normaliseAddress(w[1]);
    else if (key === 'remote' && w[1] && !remote)
      remote = { host: w[1], port: w[2] && /^\d{1,5}$/.test(w[2]) ? Number(w[2]) : null, line: n + 1 };
  }
  const isServer = server !== undefined && !client;
  if (!isServer && !client && !remote) return {};
  const config = emptyConfig('openvpn', isServer ? 'server' : 'client', path);
  if (isServer && validPort(port)) {
    const transport: ProxyListener['transport'] = proto.startsWith('tcp') ? 'tcp' : 'udp';
    config.listeners.push({
      address: local,
      port,
      transport,
      protocol: 'openvpn',
      mode: 'vpn',
      access: 'credentials',
      accessWhere: at(path, server),
      where: at(path, portLine ?? server),
    });
  }
  if (!isServer && remote)
    config.upstream = { host: remote.host, port: remote.port ?? 1194, where: at(path, remote.line) };
  return finish(config);
}
