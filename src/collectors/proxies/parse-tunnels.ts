/**
 * Parsers for tunnel relays and their clients: frp (frps/frpc, legacy .ini and the .toml/.yaml/.json of
 * frp ≥ 0.52) and nps/npc. A tunnel client publishes services from inside this host on a remote server;
 * a tunnel server (frps, nps) lets clients publish ports through this host. Pure.
 */
import { int, items, member, str, type JsonNode } from './parse-jsonc.ts';
import { parseTree } from './parse-json-proxies.ts';
import { iniGet, parseIni, parseTomlLite, type IniSection } from './parse-toml-lite.ts';
import {
  at,
  emptyConfig,
  finish,
  normaliseAddress,
  validPort,
  type ParseResult,
  type ParsedConfig,
} from './parsed.ts';
import { splitHostPort } from './programs.ts';
import type { ProxyForward, ProxyListener, ProxyRole } from './proxies.types.ts';

function frpsListener(
  path: string,
  address: string | null,
  port: number,
  portLine: number,
  token: { line: number } | undefined,
  transport: ProxyListener['transport'] = 'tcp',
): ProxyListener {
  return {
    address: address ?? '0.0.0.0',
    port,
    transport,
    protocol: 'frp',
    mode: 'tunnel',
    // Without a token (or OIDC) any frpc may register tunnels through this server.
    access: token ? 'credentials' : 'open',
    accessWhere: at(path, token?.line ?? portLine),
    where: at(path, portLine),
  };
}

function roleFor(path: string, serverHint: boolean, clientHint: boolean): ProxyRole {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base.startsWith('frps')) return 'server';
  if (base.startsWith('frpc')) return 'client';
  return serverHint && !clientHint ? 'server' : 'client';
}

function frpIni(text: string, path: string): ParseResult {
  const sections = parseIni(text);
  const common = sections.find((s) => s.name === 'common');
  const proxies = sections.filter((s) => s.name !== 'common' && s.name !== '');
  if (!common && proxies.length === 0) return {};
  const role = roleFor(
    path,
    iniGet(common, 'bind_port') !== undefined,
    iniGet(common, 'server_addr') !== undefined,
  );
  const config = emptyConfig('frp', role, path);
  if (role === 'server') {
    const address = normaliseAddress(iniGet(common, 'bind_addr')?.value);
    const token = iniGet(common, 'token');
    const method = iniGet(common, 'authentication_method');
    const auth = token && token.value !== '' ? token : method && method.value === 'oidc' ? method : undefined;
    const bind = iniGet(common, 'bind_port');
    const port = bind ? Number(bind.value) : 7000;
    if (validPort(port))
      config.listeners.push(frpsListener(path, address, port, bind?.line ?? common?.line ?? 1, auth));
    for (const key of ['kcp_bind_port', 'quic_bind_port']) {
      const e = iniGet(common, key);
      if (e && validPort(Number(e.value)))
        config.listeners.push(frpsListener(path, address, Number(e.value), e.line, auth, 'udp'));
    }
    return finish(config);
  }
  const addr = iniGet(common, 'server_addr');
  const sport = iniGet(common, 'server_port');
  config.upstream = {
    host: addr?.value ?? '0.0.0.0',
    port: sport && /^\d{1,5}$/.test(sport.value) ? Number(sport.value) : 7000,
    where: at(path, addr?.line ?? common?.line ?? 1),
  };
  config.forwards = proxies.map((p) => frpIniForward(p, path));
  return finish(config);
}

function frpIniForward(p: IniSection, path: string): ProxyForward {
  const ip = iniGet(p, 'local_ip')?.value ?? '127.0.0.1';
  const lport = iniGet(p, 'local_port')?.value;
  const rport = iniGet(p, 'remote_port')?.value;
  return {
    name: p.name,
    type: iniGet(p, 'type')?.value ?? 'tcp',
    local: lport ? `${ip}:${lport}` : null,
    remotePort: rport && /^\d{1,5}$/.test(rport) ? Number(rport) : null,
    where: at(path, p.line),
  };
}

function frpTree(root: JsonNode, path: string): ParseResult {
  if (root.kind !== 'object') return {};
  const bindPort = member(root, 'bindPort');
  const serverAddr = member(root, 'serverAddr');
  const proxies = items(member(root, 'proxies')?.value);
  if (!bindPort && !serverAddr && proxies.length === 0 && !member(root, 'auth')) return {};
  const role = roleFor(path, bindPort !== undefined, serverAddr !== undefined || proxies.length > 0);
  const config: ParsedConfig = emptyConfig('frp', role, path);
  const auth = member(root, 'auth')?.value;
  if (role === 'server') {
    const address = normaliseAddress(str(member(root, 'bindAddr')?.value));
    const token = member(auth, 'token') ?? member(root, 'auth.token');
    const method = member(auth, 'method');
    const authed =
      token && str(token.value) !== '' ? token : str(method?.value) === 'oidc' ? method : undefined;
    const port = bindPort ? int(bindPort.value) : 7000;
    if (validPort(port))
      config.listeners.push(frpsListener(path, address, port, bindPort?.line ?? 1, authed));
    for (const key of ['kcpBindPort', 'quicBindPort']) {
      const e = member(root, key);
      const p = int(e?.value);
      if (e && validPort(p)) config.listeners.push(frpsListener(path, address, p, e.line, authed, 'udp'));
    }
    return finish(config);
  }
  const sport = member(root, 'serverPort');
  config.upstream = {
    host: str(serverAddr?.value) ?? '0.0.0.0',
    port: int(sport?.value) ?? 7000,
    where: at(path, serverAddr?.line ?? 1),
  };
  config.forwards = proxies.map((p) => {
    const ip = str(member(p, 'localIP')?.value) ?? '127.0.0.1';
    const lport = int(member(p, 'localPort')?.value);
    return {
      name: str(member(p, 'name')?.value) ?? '',
      type: str(member(p, 'type')?.value) ?? 'tcp',
      local: lport === undefined ? null : `${ip}:${lport}`,
      remotePort: int(member(p, 'remotePort')?.value) ?? null,
      where: at(path, p.line),
    };
  });
  return finish(config);
}

/** frps/frpc in any of frp's formats, chosen by extension (.ini is the legacy format). */
export function parseFrp(text: string, path: string): ParseResult {
  if (/\.ini$/i.test(path)) return frpIni(text, path);
  if (/\.toml$/i.test(path)) return frpTree(parseTomlLite(text), path);
  const tree = parseTree(text, path);
  if (!tree.ok) return { error: { line: tree.line, detail: tree.error } };
  return frpTree(tree.value, path);
}

/**
 * nps.conf (the server: `bridge_ip`/`bridge_port` 8024 where npc clients connect, each with its vkey) and
 * npc.conf (`[common] server_addr=host:port`, tunnel sections with `target_addr` and `server_port`).
 */
export function parseNps(text: string, path: string): ParseResult {
  const sections = parseIni(text);
  const all = sections.flatMap((s) => s.entries.map((e) => ({ ...e, section: s.name })));
  const get = (key: string) =>
    all.find((e) => e.key.toLowerCase() === key && (e.section === '' || e.section === 'common'));
  const bridge = get('bridge_port');
  const serverAddr = get('server_addr');
  if (bridge || (!serverAddr && /nps\.conf$/i.test(path))) {
    const config = emptyConfig('nps', 'server', path);
    const port = bridge ? Number(bridge.value) : 8024;
    const ip = get('bridge_ip');
    const transport = (get('bridge_type')?.value ?? 'tcp').toLowerCase() === 'kcp' ? 'udp' : 'tcp';
    if (validPort(port))
      config.listeners.push({
        address: normaliseAddress(ip?.value) ?? '0.0.0.0',
        port,
        transport,
        protocol: 'nps',
        mode: 'tunnel',
        access: 'credentials',
        accessWhere: at(path, bridge?.line ?? 1),
        where: at(path, bridge?.line ?? 1),
      });
    return finish(config);
  }
  if (!serverAddr) return {};
  const config = emptyConfig('nps', 'client', path);
  const hp = splitHostPort(serverAddr.value);
  config.upstream = {
    host: hp?.host ?? serverAddr.value,
    port: hp?.port ?? null,
    where: at(path, serverAddr.line),
  };
  config.forwards = sections
    .filter((s) => s.name !== '' && s.name !== 'common')
    .map((s) => {
      const rport = iniGet(s, 'server_port')?.value;
      return {
        name: s.name,
        type: iniGet(s, 'mode')?.value ?? 'tcp',
        local: iniGet(s, 'target_addr')?.value ?? null,
        remotePort: rport && /^\d{1,5}$/.test(rport) ? Number(rport) : null,
        where: at(path, s.line),
      };
    });
  return finish(config);
}
