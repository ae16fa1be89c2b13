/**
 * Parsers for the JSON (and YAML) proxy configurations: Shadowsocks (libev and rust), V2Ray/Xray,
 * Trojan and trojan-go, Hysteria 1/2, NaiveProxy (client file and Caddy JSON), gost. Pure:
 * text + path → one configuration with file:line on every listener, or nothing, or a syntax error.
 */
import { int, items, member, parseJsonc, str, type JsonNode } from './parse-jsonc.ts';
import { parseYamlLite } from './parse-yaml-lite.ts';
import {
  at,
  emptyConfig,
  finish,
  isLoopbackAddress,
  isWildcardAddress,
  normaliseAddress,
  validPort,
  type ParseResult,
  type ParsedConfig,
} from './parsed.ts';
import { gostNode, splitHostPort } from './programs.ts';
import type { ProxyAccess, ProxyKind, ProxyListener, ProxyMode, ProxyRole } from './proxies.types.ts';

/** Parse JSON (with comments) or, for .yaml/.yml paths, YAML. */
export function parseTree(
  text: string,
  path: string,
): { ok: true; value: JsonNode } | { ok: false; line: number; error: string } {
  if (/\.ya?ml$/i.test(path)) return { ok: true, value: parseYamlLite(text) };
  return parseJsonc(text);
}

function listener(
  path: string,
  line: number,
  fields: Omit<ProxyListener, 'where' | 'accessWhere'> & { accessLine?: number },
): ProxyListener {
  const { accessLine, ...rest } = fields;
  return { ...rest, where: at(path, line), accessWhere: at(path, accessLine ?? line) };
}

// ------------------------------------------------------------------------------------- Shadowsocks

function ssTransport(mode: string | undefined): ProxyListener['transport'] {
  if (mode === 'tcp_and_udp') return 'tcp+udp';
  if (mode === 'udp_only') return 'udp';
  return 'tcp';
}

/** Method "none"/"plain" (shadowsocks-rust) carries no key: anyone who connects can relay. */
function ssAccess(method: string | undefined): ProxyAccess {
  return method !== undefined && /^(?:none|plain)$/i.test(method) ? 'open' : 'credentials';
}

function ssAddresses(node: JsonNode | undefined): (string | null)[] {
  if (node === undefined) return [null];
  if (node.kind === 'array') return node.items.map((i) => normaliseAddress(str(i)));
  return [normaliseAddress(str(node))];
}

/**
 * Shadowsocks JSON (ss-server, ss-local, ss-manager, ssserver, sslocal). Role: a `local_port` or `locals`
 * with a remote `server` makes a client (its local SOCKS port has no authentication); otherwise a server.
 * A process that runs the file (ss-local vs ss-server) decides when the collector knows it (`roleHint`).
 */
export function parseShadowsocks(
  text: string,
  path: string,
  kind: ProxyKind,
  roleHint?: ProxyRole,
): ParseResult {
  const tree = parseTree(text, path);
  if (!tree.ok) return { error: { line: tree.line, detail: tree.error } };
  const root = tree.value;
  if (root.kind !== 'object') return {};
  const server = member(root, 'server');
  const localPort = member(root, 'local_port');
  const locals = member(root, 'locals');
  const servers = member(root, 'servers');
  const serverAddrs = ssAddresses(server?.value);
  const remoteServer = server !== undefined && !serverAddrs.every((a) => isWildcardAddress(a));
  const looksClient =
    (localPort !== undefined || locals !== undefined) && (remoteServer || servers !== undefined);
  const role: ProxyRole = roleHint ?? (looksClient ? 'client' : 'server');
  const config = emptyConfig(kind, role, path);
  const mode = str(member(root, 'mode')?.value);
  const method = member(root, 'method');

  if (role === 'server') {
    const add = (
      addrs: (string | null)[],
      port: number | undefined,
      portLine: number,
      m: string | undefined,
      mMode: string | undefined,
      methodLine: number,
    ) => {
      if (!validPort(port)) return;
      for (const address of addrs)
        config.listeners.push(
          listener(path, portLine, {
            address,
            port,
            transport: ssTransport(mMode),
            protocol: 'shadowsocks',
            mode: 'forward',
            access: ssAccess(m),
            accessLine: methodLine,
          }),
        );
    };
    const sp = member(root, 'server_port');
    if (sp) add(serverAddrs, int(sp.value), sp.line, str(method?.value), mode, method?.line ?? sp.line);
    const pp = member(root, 'port_password');
    if (pp?.value.kind === 'object')
      for (const e of pp.value.entries)
        add(
          serverAddrs,
          /^\d{1,5}$/.test(e.key) ? Number(e.key) : undefined,
          e.line,
          str(method?.value),
          mode,
          e.line,
        );
    for (const s of items(servers?.value)) {
      const port = member(s, 'server_port') ?? member(s, 'port');
      const m = member(s, 'method') ?? method;
      const addr = member(s, 'server') ?? member(s, 'address');
      if (port)
        add(
          addr ? ssAddresses(addr.value) : serverAddrs,
          int(port.value),
          port.line,
          str(m?.value),
          str(member(s, 'mode')?.value) ?? mode,
          m?.line ?? port.line,
        );
    }
    return finish(config);
  }

  // Client: the upstream server and the local ports it opens (SOCKS by default, no authentication).
  const sp = member(root, 'server_port');
  const firstServer = items(servers?.value)[0];
  const upHost = remoteServer
    ? serverAddrs[0]
    : normaliseAddress(str(member(firstServer, 'server')?.value ?? member(firstServer, 'address')?.value));
  const upPort =
    int(sp?.value) ?? int(member(firstServer, 'server_port')?.value ?? member(firstServer, 'port')?.value);
  if (upHost)
    config.upstream = {
      host: upHost,
      port: upPort ?? null,
      where: at(path, server?.line ?? firstServer?.line ?? 1),
    };
  const addLocal = (
    addrNode: JsonNode | undefined,
    portEntry: { line: number; value: JsonNode } | undefined,
    protocol: string | undefined,
  ) => {
    const port = int(portEntry?.value);
    if (!portEntry || !validPort(port)) return;
    const p = protocol ?? 'socks';
    const lmode: ProxyMode =
      p === 'tunnel' ? 'tunnel' : p === 'redir' || p === 'tproxy' ? 'transparent' : 'forward';
    config.listeners.push(
      listener(path, portEntry.line, {
        address: normaliseAddress(str(addrNode)) ?? '127.0.0.1',
        port,
        transport: 'tcp',
        protocol: p,
        mode: lmode,
        access: lmode === 'forward' ? 'open' : 'unknown',
      }),
    );
  };
  addLocal(member(root, 'local_address')?.value, localPort, undefined);
  for (const l of items(locals?.value))
    addLocal(member(l, 'local_address')?.value, member(l, 'local_port'), str(member(l, 'protocol')?.value));
  return finish(config);
}

// ------------------------------------------------------------------------------------ V2Ray / Xray

const CREDENTIAL_PROTOCOLS = new Set([
  'vmess',
  'vless',
  'trojan',
  'shadowsocks',
  'mtproto',
  'hysteria',
  'hysteria2',
  'wireguard',
  'tuic',
]);
const UDP_NETWORKS = new Set(['kcp', 'mkcp', 'quic']);

/** "443", "10000-10010", "80,443,1000-1010" → ranges; env:/unset ports → none. */
export function v2rayPorts(node: JsonNode | undefined): { port: number; portEnd?: number }[] {
  if (node === undefined) return [];
  if (node.kind === 'number') return validPort(node.value) ? [{ port: node.value }] : [];
  if (node.kind !== 'string') return [];
  const out: { port: number; portEnd?: number }[] = [];
  for (const part of node.value.split(',')) {
    const m = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*$/.exec(part);
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (!validPort(a) || !validPort(b) || b < a) continue;
    out.push(b === a ? { port: a } : { port: a, portEnd: b });
  }
  return out;
}

function v2rayInbound(inbound: JsonNode, path: string): ProxyListener[] {
  const protocolEntry = member(inbound, 'protocol');
  const protocol = (str(protocolEntry?.value) ?? '').toLowerCase();
  if (protocol === '') return [];
  const listenEntry = member(inbound, 'listen');
  const listen = str(listenEntry?.value);
  // A Unix socket ("/dev/shm/x.sock", "@abstract") is not reachable over the network.
  if (listen !== undefined && (listen.startsWith('/') || listen.startsWith('@'))) return [];
  const address = normaliseAddress(listen) ?? '0.0.0.0';
  const portEntry = member(inbound, 'port');
  const settings = member(inbound, 'settings')?.value;
  const stream = member(inbound, 'streamSettings')?.value;
  const network = (str(member(stream, 'network')?.value) ?? 'tcp').toLowerCase();

  let mode: ProxyMode = 'forward';
  let access: ProxyAccess = 'unknown';
  let accessLine = protocolEntry?.line ?? 1;
  let transport: ProxyListener['transport'] = UDP_NETWORKS.has(network) ? 'udp' : 'tcp';
  if (CREDENTIAL_PROTOCOLS.has(protocol)) {
    access = 'credentials';
    if (protocol === 'shadowsocks') {
      const method = member(settings, 'method');
      const clients = items(member(settings, 'clients')?.value);
      if (clients.length === 0 && method && /^(?:none|plain)$/i.test(str(method.value) ?? '')) {
        access = 'open';
        accessLine = method.line;
      }
      const net = str(member(settings, 'network')?.value);
      if (net !== undefined)
        transport = net.includes('udp') ? (net.includes('tcp') ? 'tcp+udp' : 'udp') : 'tcp';
    }
    if (
      protocol === 'hysteria' ||
      protocol === 'hysteria2' ||
      protocol === 'wireguard' ||
      protocol === 'tuic'
    )
      transport = 'udp';
  } else if (protocol === 'socks') {
    const auth = member(settings, 'auth');
    access = str(auth?.value) === 'password' ? 'credentials' : 'open';
    accessLine = auth?.line ?? protocolEntry?.line ?? 1;
    const udp = member(settings, 'udp')?.value;
    if (udp?.kind === 'boolean' && udp.value) transport = 'tcp+udp';
  } else if (protocol === 'http' || protocol === 'mixed') {
    const accounts = member(settings, 'accounts');
    access = items(accounts?.value).length > 0 ? 'credentials' : 'open';
    accessLine = accounts?.line ?? protocolEntry?.line ?? 1;
  } else if (protocol === 'dokodemo-door' || protocol === 'tunnel') {
    const follow = member(settings, 'followRedirect')?.value;
    mode = follow?.kind === 'boolean' && follow.value ? 'transparent' : 'tunnel';
    const net = str(member(settings, 'network')?.value);
    if (net !== undefined)
      transport = net.includes('udp') ? (net.includes('tcp') ? 'tcp+udp' : 'udp') : 'tcp';
  } else {
    return [];
  }
  return v2rayPorts(portEntry?.value).map((p) =>
    listener(path, portEntry?.line ?? 1, { address, ...p, transport, protocol, mode, access, accessLine }),
  );
}

function v2rayUpstream(root: JsonNode, path: string): ParsedConfig['upstream'] {
  const outbounds = [
    ...items(member(root, 'outbounds')?.value),
    ...(member(root, 'outbound') ? [member(root, 'outbound')!.value] : []),
  ];
  for (const o of outbounds) {
    const protocol = str(member(o, 'protocol')?.value) ?? '';
    if (!/^(?:vmess|vless|trojan|shadowsocks|socks|http|hysteria2?)$/.test(protocol)) continue;
    const settings = member(o, 'settings')?.value;
    const first =
      items(member(settings, 'vnext')?.value)[0] ?? items(member(settings, 'servers')?.value)[0] ?? settings;
    const address = member(first, 'address');
    const host = normaliseAddress(str(address?.value));
    if (host)
      return { host, port: int(member(first, 'port')?.value) ?? null, where: at(path, address!.line) };
  }
  return null;
}

/**
 * V2Ray/Xray JSON: every inbound (`inbounds`, and v4's `inbound`/`inboundDetour`) on a network address.
 * A file serves others (server) when it has an inbound of a proxy protocol (vmess, vless, trojan,
 * shadowsocks, …) or a SOCKS/HTTP inbound off loopback; a file with loopback SOCKS/HTTP inbounds and a
 * proxy outbound is a client.
 */
export function parseV2ray(text: string, path: string, kind: ProxyKind): ParseResult {
  const tree = parseTree(text, path);
  if (!tree.ok) return { error: { line: tree.line, detail: tree.error } };
  const root = tree.value;
  if (root.kind !== 'object') return {};
  const inbounds = [
    ...items(member(root, 'inbounds')?.value),
    ...(member(root, 'inbound') ? [member(root, 'inbound')!.value] : []),
    ...items(member(root, 'inboundDetour')?.value),
  ];
  const listeners = inbounds.flatMap((i) => v2rayInbound(i, path));
  const serves = listeners.some(
    (l) => CREDENTIAL_PROTOCOLS.has(l.protocol) || (l.mode === 'forward' && !isLoopbackAddress(l.address)),
  );
  const config = emptyConfig(kind, serves ? 'server' : 'client', path);
  config.listeners = listeners;
  if (!serves) config.upstream = v2rayUpstream(root, path);
  return finish(config);
}

// ------------------------------------------------------------------------------ Trojan / trojan-go

/** Trojan and trojan-go: run_type server (password-protected), client (local SOCKS), forward, nat. */
export function parseTrojan(text: string, path: string, kind: ProxyKind): ParseResult {
  const tree = parseTree(text, path);
  if (!tree.ok) return { error: { line: tree.line, detail: tree.error } };
  const root = tree.value;
  if (root.kind !== 'object') return {};
  const runType = member(root, 'run_type');
  const type = (str(runType?.value) ?? 'client').toLowerCase();
  const addr = member(root, 'local_addr');
  const portEntry = member(root, 'local_port');
  const port = int(portEntry?.value);
  const line = portEntry?.line ?? runType?.line ?? 1;
  const config = emptyConfig(kind, type === 'server' ? 'server' : 'client', path);
  if (type === 'server') {
    const password = member(root, 'password');
    if (validPort(port))
      config.listeners.push(
        listener(path, line, {
          address: normaliseAddress(str(addr?.value)) ?? '0.0.0.0',
          port,
          transport: 'tcp',
          protocol: 'trojan',
          mode: 'forward',
          access: 'credentials',
          accessLine: password?.line ?? line,
        }),
      );
    return finish(config);
  }
  const remote = member(root, 'remote_addr');
  const host = normaliseAddress(str(remote?.value));
  if (host)
    config.upstream = {
      host,
      port: int(member(root, 'remote_port')?.value) ?? null,
      where: at(path, remote!.line),
    };
  if (validPort(port)) {
    const mode: ProxyMode = type === 'forward' ? 'tunnel' : type === 'nat' ? 'transparent' : 'forward';
    config.listeners.push(
      listener(path, line, {
        address: normaliseAddress(str(addr?.value)) ?? '127.0.0.1',
        port,
        transport: 'tcp',
        protocol: type === 'client' ? 'socks' : type,
        mode,
        access: mode === 'forward' ? 'open' : 'unknown',
      }),
    );
  }
  return finish(config);
}

// ---------------------------------------------------------------------------------------- Hysteria

/** Hysteria 1 (JSON: listen, auth.mode / auth_str / obfs) and Hysteria 2 (YAML: listen, auth.type). */
export function parseHysteria(text: string, path: string): ParseResult {
  const tree = parseTree(text, path);
  if (!tree.ok) return { error: { line: tree.line, detail: tree.error } };
  const root = tree.value;
  if (root.kind !== 'object') return {};
  const server = member(root, 'server');
  if (server !== undefined) {
    const config = emptyConfig('hysteria', 'client', path);
    const hp = splitHostPort(str(server.value)?.split(',')[0] ?? '');
    const host = hp?.host ?? str(server.value);
    if (host) config.upstream = { host, port: hp?.port ?? null, where: at(path, server.line) };
    for (const key of ['socks5', 'http']) {
      const block = member(root, key);
      const listen = member(block?.value, 'listen');
      const lhp = splitHostPort(str(listen?.value) ?? '');
      if (!listen || !lhp) continue;
      const auth = member(block?.value, 'username') ?? member(block?.value, 'user');
      config.listeners.push(
        listener(path, listen.line, {
          address: lhp.host ?? '0.0.0.0',
          port: lhp.port,
          transport: 'tcp',
          protocol: key === 'socks5' ? 'socks' : 'http',
          mode: 'forward',
          access: auth ? 'credentials' : 'open',
        }),
      );
    }
    return finish(config);
  }
  const config = emptyConfig('hysteria', 'server', path);
  const listen = member(root, 'listen');
  const hp = listen ? splitHostPort(str(listen.value) ?? '') : { host: null, port: 443 };
  const auth = member(root, 'auth');
  const authStr = member(root, 'auth_str') ?? member(root, 'obfs');
  let access: ProxyAccess = 'unknown';
  let accessLine = listen?.line ?? 1;
  if (auth) {
    accessLine = auth.line;
    const mode = (
      str(member(auth.value, 'mode')?.value) ??
      str(member(auth.value, 'type')?.value) ??
      ''
    ).toLowerCase();
    access = mode === 'none' || mode === 'disable' ? 'open' : 'credentials';
  } else if (authStr) {
    access = 'credentials';
    accessLine = authStr.line;
  }
  if (hp)
    config.listeners.push(
      listener(path, listen?.line ?? 1, {
        address: hp.host ?? '0.0.0.0',
        port: hp.port,
        transport: 'udp',
        protocol: 'hysteria',
        mode: 'forward',
        access,
        accessLine,
      }),
    );
  return finish(config);
}

// ------------------------------------------------------------------------------------- NaiveProxy

/** "socks://127.0.0.1:1080", "http://:8080" → scheme, host, port, whether it carries user:pass. */
function listenUrl(
  url: string,
): { scheme: string; host: string | null; port: number; auth: boolean } | undefined {
  const m = /^([a-z0-9+]+):\/\/(?:([^@/]*)@)?([^/]*)\/?$/i.exec(url.trim());
  if (!m) return undefined;
  const hp = splitHostPort(m[3]!);
  if (!hp) return undefined;
  return { scheme: m[1]!.toLowerCase(), host: hp.host, port: hp.port, auth: (m[2] ?? '') !== '' };
}

/** The naive client's config.json: `listen` (SOCKS/HTTP, no authentication unless user:pass) and `proxy`. */
export function parseNaiveClient(text: string, path: string): ParseResult {
  const tree = parseTree(text, path);
  if (!tree.ok) return { error: { line: tree.line, detail: tree.error } };
  const root = tree.value;
  const proxy = member(root, 'proxy');
  if (root.kind !== 'object' || proxy === undefined) return {};
  const config = emptyConfig('naiveproxy', 'client', path);
  const up = /^[a-z0-9+]+:\/\/(?:[^@/]*@)?([^/:]+|\[[^\]]+\])(?::(\d+))?/i.exec(str(proxy.value) ?? '');
  if (up)
    config.upstream = {
      host: normaliseAddress(up[1]) ?? up[1]!,
      port: up[2] ? Number(up[2]) : 443,
      where: at(path, proxy.line),
    };
  const listen = member(root, 'listen');
  const urls = listen ? (listen.value.kind === 'array' ? listen.value.items : [listen.value]) : [];
  for (const u of urls) {
    const l = listenUrl(str(u) ?? '');
    if (!l) continue;
    config.listeners.push(
      listener(path, u.line, {
        address: l.host ?? '0.0.0.0',
        port: l.port,
        transport: 'tcp',
        protocol: l.scheme === 'socks' ? 'socks' : l.scheme,
        mode: l.scheme === 'redir' ? 'transparent' : 'forward',
        access: l.auth ? 'credentials' : l.scheme === 'redir' ? 'unknown' : 'open',
      }),
    );
  }
  return finish(config);
}

function findHandlers(node: JsonNode, name: string, depth = 0): JsonNode[] {
  if (depth > 32) return [];
  if (node.kind === 'object') {
    const here = str(member(node, 'handler')?.value) === name ? [node] : [];
    return [...here, ...node.entries.flatMap((e) => findHandlers(e.value, name, depth + 1))];
  }
  if (node.kind === 'array') return node.items.flatMap((i) => findHandlers(i, name, depth + 1));
  return [];
}

/** Caddy JSON with a forward_proxy handler (NaiveProxy server); nothing for a plain web server. */
export function parseCaddyJson(text: string, path: string): ParseResult {
  const tree = parseJsonc(text);
  if (!tree.ok) return { error: { line: tree.line, detail: tree.error } };
  const servers = member(member(member(tree.value, 'apps')?.value, 'http')?.value, 'servers')?.value;
  if (servers?.kind !== 'object') return {};
  const config = emptyConfig('naiveproxy', 'server', path);
  for (const s of servers.entries) {
    const handlers = findHandlers(s.value, 'forward_proxy');
    if (handlers.length === 0) continue;
    const authed = handlers.every((h) =>
      ['auth_credentials', 'auth_user_deprecated', 'auth_user'].some((k) => {
        const v = member(h, k)?.value;
        return (
          v !== undefined &&
          !(v.kind === 'array' && v.items.length === 0) &&
          !(v.kind === 'string' && v.value === '')
        );
      }),
    );
    const listens = member(s.value, 'listen');
    for (const l of listens ? items(listens.value) : []) {
      const hp = splitHostPort((str(l) ?? '').replace(/^tcp\//, ''));
      if (!hp) continue;
      config.listeners.push(
        listener(path, l.line, {
          address: hp.host ?? '0.0.0.0',
          port: hp.port,
          transport: 'tcp',
          protocol: 'naive',
          mode: 'forward',
          access: authed ? 'credentials' : 'open',
          accessLine: handlers[0]!.line,
        }),
      );
    }
  }
  return config.listeners.length > 0 ? finish(config) : {};
}

// ------------------------------------------------------------------------------------------- gost

/** gost v2 JSON (`ServeNodes`, `Routes[].ServeNodes`) and gost v3 YAML/JSON (`services[]`). */
export function parseGost(text: string, path: string): ParseResult {
  const tree = parseTree(text, path);
  if (!tree.ok) return { error: { line: tree.line, detail: tree.error } };
  const root = tree.value;
  if (root.kind !== 'object') return {};
  const listeners: ProxyListener[] = [];
  const serveNodes = [
    ...items(member(root, 'ServeNodes')?.value),
    ...items(member(root, 'Routes')?.value).flatMap((r) => items(member(r, 'ServeNodes')?.value)),
  ];
  for (const n of serveNodes) {
    const node = gostNode(str(n) ?? '');
    if (node)
      listeners.push(
        listener(path, n.line, { ...node, address: node.address ?? '0.0.0.0', transport: 'tcp' }),
      );
  }
  for (const s of items(member(root, 'services')?.value)) {
    const addr = member(s, 'addr');
    const hp = splitHostPort(str(addr?.value) ?? '');
    if (!addr || !hp) continue;
    const handler = member(s, 'handler')?.value;
    const type = (str(member(handler, 'type')?.value) ?? 'auto').toLowerCase();
    const listenerType = (str(member(member(s, 'listener')?.value, 'type')?.value) ?? 'tcp').toLowerCase();
    const authEntry = member(handler, 'auth') ?? member(handler, 'auther') ?? member(handler, 'authers');
    const tunnel =
      /^(?:tcp|udp|rtcp|rudp|forward|tun|tap|redirect|redu)$/.test(type) ||
      member(s, 'forwarder') !== undefined;
    if (type === 'rtcp' || type === 'rudp') continue;
    listeners.push(
      listener(path, addr.line, {
        address: hp.host ?? '0.0.0.0',
        port: hp.port,
        transport: /^(?:udp|kcp|quic|h3|wt|dtls|rudp)$/.test(listenerType) ? 'udp' : 'tcp',
        protocol: type,
        mode: tunnel ? 'tunnel' : 'forward',
        access: tunnel ? 'unknown' : authEntry ? 'credentials' : 'open',
        accessLine: authEntry?.line ?? addr.line,
      }),
    );
  }
  const role: ProxyRole = listeners.some((l) => !isLoopbackAddress(l.address)) ? 'server' : 'client';
  const config = emptyConfig('gost', role, path);
  config.listeners = listeners;
  return finish(config);
}
