/**
 * Joining the evidence about proxy, VPN and tunnel services (pure): configurations (proxies section),
 * running programs (processes), listening sockets (sockets), boot-time units (services) and the host
 * firewall. The proxy checks share it, so they cannot disagree about what is running and who can
 * reach it.
 *
 * An endpoint is "reachable by others" when it listens (or, enabled but not running, is configured to
 * listen) on an address other than loopback over an address family whose traffic to that port no active
 * firewall ruleset drops — the same rule as the database-exposed checks (src/checks/network/exposure.ts).
 */
import type { FirewallSection } from '../../collectors/firewall/firewall.types.ts';
import { isFilteredFromWorld } from '../../collectors/firewall/reachability.ts';
import type { ProcessInfo, ProcessesSection } from '../../collectors/processes/processes.types.ts';
import { isLoopbackAddress, isWildcardAddress } from '../../collectors/proxies/parsed.ts';
import {
  commandListeners,
  commandUpstream,
  configArgs,
  programByName,
  roleFromArgs,
  type ProgramInfo,
} from '../../collectors/proxies/programs.ts';
import type {
  ProxiesSection,
  ProxyAccess,
  ProxyConfig,
  ProxyForward,
  ProxyKind,
  ProxyListener,
  ProxyMode,
  ProxyRole,
} from '../../collectors/proxies/proxies.types.ts';
import type { ServiceUnit, ServicesSection } from '../../collectors/services/services.types.ts';
import type { SocketInfo, SocketsSection } from '../../collectors/sockets/sockets.types.ts';
import type { Where } from '../../core/evidence.ts';
import {
  endpoint,
  isListening,
  reachableFamilies,
  socketWhere,
  transportOf,
  type Family,
} from '../network/exposure.ts';
import { isUserSpace, processWhere } from '../processes/process-facts.ts';

export interface ProxyEvidence {
  proxies: ProxiesSection;
  processes: ProcessesSection;
  sockets: SocketsSection;
  firewall: FirewallSection;
  services: ServicesSection;
}

export interface RunningProgram {
  process: ProcessInfo;
  info: ProgramInfo & { program: string };
  args: string[];
}

export interface ProxyEndpoint {
  kind: ProxyKind;
  role: ProxyRole;
  /** The configuration it comes from; null for a program found running without one. */
  config: ProxyConfig | null;
  /** The configured listener (null when known from a socket only). */
  listener: ProxyListener | null;
  protocol: string;
  mode: ProxyMode;
  access: ProxyAccess;
  transport: 'tcp' | 'udp';
  port: number;
  /** listening: sockets are open now; enabled: not running, but a boot-time unit starts it. */
  state: 'listening' | 'enabled';
  /** The sockets other hosts can reach (state listening). */
  sockets: SocketInfo[];
  /** The configured address (state enabled), for the report. */
  address: string | null;
  /** Families over which other hosts can reach it; empty = not reachable. */
  families: Family[];
  process: ProcessInfo | null;
  unit: ServiceUnit | null;
}

const FAMILY: Record<ProxyKind, string> = {
  'shadowsocks-libev': 'shadowsocks',
  'shadowsocks-rust': 'shadowsocks',
  v2ray: 'v2ray',
  xray: 'v2ray',
  trojan: 'trojan',
  'trojan-go': 'trojan',
  hysteria: 'hysteria',
  naiveproxy: 'naiveproxy',
  wireguard: 'wireguard',
  openvpn: 'openvpn',
  squid: 'squid',
  '3proxy': '3proxy',
  dante: 'dante',
  tinyproxy: 'tinyproxy',
  frp: 'frp',
  nps: 'nps',
  gost: 'gost',
  brook: 'brook',
};

/** Kinds that run each other's files (Xray runs V2Ray configurations, ssserver reads ss-libev JSON). */
export function sameFamily(a: ProxyKind, b: ProxyKind): boolean {
  return FAMILY[a] === FAMILY[b];
}

export const PROGRAM_LABEL: Record<ProxyKind, string> = {
  'shadowsocks-libev': 'Shadowsocks-libev',
  'shadowsocks-rust': 'shadowsocks-rust',
  v2ray: 'V2Ray',
  xray: 'Xray',
  trojan: 'Trojan',
  'trojan-go': 'trojan-go',
  hysteria: 'Hysteria',
  naiveproxy: 'NaiveProxy',
  wireguard: 'WireGuard',
  openvpn: 'OpenVPN',
  squid: 'Squid',
  '3proxy': '3proxy',
  dante: 'Dante',
  tinyproxy: 'tinyproxy',
  frp: 'frp',
  nps: 'nps',
  gost: 'gost',
  brook: 'Brook',
};

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function resolvePath(base: string | null, p: string): string | null {
  if (p.startsWith('/')) return p.replace(/\/+$/, '') || '/';
  if (base === null) return null;
  const parts: string[] = [];
  for (const part of `${base}/${p}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** A process of a known proxy program, by its exe, its argv[0] or its kernel name (in that order). */
export function runningProgram(p: ProcessInfo): RunningProgram | undefined {
  if (!isUserSpace(p)) return undefined;
  const argv0 = (p.cmdline[0] ?? '').trim().split(/\s+/)[0] ?? '';
  for (const name of [p.exe, argv0, p.name]) {
    if (!name) continue;
    const info = programByName(name);
    if (info) return { process: p, info, args: p.cmdline.slice(1) };
  }
  return undefined;
}

export function runningPrograms(processes: ProcessesSection): RunningProgram[] {
  return processes.processes.map(runningProgram).filter((r): r is RunningProgram => r !== undefined);
}

/** Config files and directories a process names, resolved against its working directory. */
function namedConfigs(r: RunningProgram): { files: string[]; dirs: string[] } {
  const { files, dirs } = configArgs(r.info.kind, r.args);
  const res = (list: string[]) =>
    list.map((f) => resolvePath(r.process.cwd, f)).filter((f): f is string => f !== null);
  return { files: res(files), dirs: res(dirs) };
}

/**
 * Does this process run this configuration? Same program family; a role the command line states must
 * match; and the command line names one of its files (or its directory), or names none at all while the
 * file is at the program's standard path (where it reads by default).
 */
export function runsConfig(r: RunningProgram, config: ProxyConfig): boolean {
  if (!sameFamily(r.info.kind, config.kind)) return false;
  const role = roleFromArgs(r.info, r.args);
  if (role !== null && role !== config.role) return false;
  const named = namedConfigs(r);
  const raw = configArgs(r.info.kind, r.args);
  if (raw.files.length === 0 && raw.dirs.length === 0) return config.foundBy === 'standard-path';
  return (
    config.files.some((f) => named.files.includes(f)) ||
    named.dirs.some((d) => config.path.startsWith(`${d}/`))
  );
}

/** Does this enabled unit start this configuration? Its ExecStart program is of the family, and it names the file, its directory, a %i instance, or no file (standard path). */
export function unitRuns(unit: ServiceUnit, config: ProxyConfig): boolean {
  if (!unit.enabled || unit.masked) return false;
  return unit.execStart.some(({ command }) => {
    const words = command.trim().split(/\s+/);
    const info = programByName(words[0] ?? '');
    if (!info || !sameFamily(info.kind, config.kind)) return false;
    if (info.program === 'wg-quick')
      return (
        unit.name.startsWith('wg-quick@') || command.includes(basename(config.path).replace(/\.conf$/, ''))
      );
    const role = roleFromArgs(info, words.slice(1));
    if (role !== null && role !== config.role) return false;
    const { files, dirs } = configArgs(info.kind, words.slice(1));
    if (files.length === 0 && dirs.length === 0) return config.foundBy === 'standard-path';
    if (files.some((f) => /%[iI]/.test(f))) return true;
    const cwd = dirname(config.path);
    return (
      files.some((f) => config.files.includes(resolvePath(f.startsWith('/') ? null : cwd, f) ?? '')) ||
      dirs.some((d) => config.path.startsWith(`${d.replace(/\/+$/, '')}/`))
    );
  });
}

/** The families a configured (not yet listening) address would be reachable over. */
export function addressFamilies(address: string | null, hostIpv6: boolean | null): Family[] {
  if (isLoopbackAddress(address)) return [];
  if (address === null || address === '0.0.0.0') return ['ipv4'];
  if (isWildcardAddress(address)) return hostIpv6 === false ? ['ipv4'] : ['ipv4', 'ipv6'];
  if (address.includes(':')) return hostIpv6 === false ? [] : ['ipv6'];
  return ['ipv4']; // an IPv4 address, a host name or an interface name (dante `internal: eth0`)
}

/** Linux's default ip_local_port_range starts here. */
const EPHEMERAL_PORTS_FROM = 32768;

function transportsOf(t: ProxyListener['transport']): ('tcp' | 'udp')[] {
  return t === 'tcp+udp' ? ['tcp', 'udp'] : [t];
}

function openFamilies(
  fw: FirewallSection,
  families: Family[],
  transport: 'tcp' | 'udp',
  port: number,
): Family[] {
  return families.filter((f) => !isFilteredFromWorld(fw, f, transport, port));
}

/** Default listener data for a socket a proxy program holds without a configuration we could read. */
function socketDefaults(r: RunningProgram): { protocol: string; mode: ProxyMode; access: ProxyAccess } {
  const role = roleFromArgs(r.info, r.args);
  switch (r.info.kind) {
    case 'shadowsocks-libev':
    case 'shadowsocks-rust':
      return role === 'client'
        ? { protocol: 'socks', mode: 'forward', access: 'open' }
        : { protocol: 'shadowsocks', mode: 'forward', access: 'credentials' };
    case 'naiveproxy':
      return { protocol: 'socks', mode: 'forward', access: 'open' };
    case 'openvpn':
      return { protocol: 'openvpn', mode: 'vpn', access: 'credentials' };
    case 'frp':
    case 'nps':
      return { protocol: r.info.kind, mode: 'tunnel', access: 'unknown' };
    default:
      return { protocol: r.info.program, mode: 'forward', access: 'unknown' };
  }
}

/**
 * Every endpoint of a proxy, VPN or tunnel service that listens now or will listen at boot, with the
 * families over which others can reach it. Nothing when the firewall state is not fully known (the
 * firewall section then carries a gap and the checks are not assessed).
 */
export function proxyEndpoints(ev: ProxyEvidence): ProxyEndpoint[] {
  const fw = ev.firewall;
  if (!fw.stateKnown) return [];
  const programs = runningPrograms(ev.processes);
  const byPid = new Map(ev.processes.processes.map((p) => [p.pid, p]));
  const liveTable = ev.processes.processes.length > 0;
  const claimed = new Set<SocketInfo>();
  const out: ProxyEndpoint[] = [];

  for (const config of ev.proxies.configs) {
    if (config.kind === 'naiveproxy' && config.role === 'server' && config.listeners.length === 0) continue;
    const related = programs.filter((r) => runsConfig(r, config));
    const unit = ev.services.units.find((u) => unitRuns(u, config)) ?? null;
    const iface = config.kind === 'wireguard' ? basename(config.path).replace(/\.conf$/, '') : null;
    const running = related.length > 0 || (iface !== null && (ev.proxies.interfaces ?? []).includes(iface));
    const ownerOk = (s: SocketInfo) => {
      if (s.pid === null) return true;
      if (related.some((r) => r.process.pid === s.pid)) return true;
      const p = byPid.get(s.pid);
      const r = p ? runningProgram(p) : undefined;
      return r !== undefined && sameFamily(r.info.kind, config.kind);
    };
    for (const l of config.listeners) {
      for (const transport of transportsOf(l.transport)) {
        const last = l.portEnd ?? l.port;
        const socks = ev.sockets.sockets.filter(
          (s) =>
            isListening(s) &&
            transportOf(s) === transport &&
            s.localPort >= l.port &&
            s.localPort <= last &&
            ownerOk(s),
        );
        const base = {
          kind: config.kind,
          role: config.role,
          config,
          listener: l,
          protocol: l.protocol,
          mode: l.mode,
          access: l.access,
          transport,
          port: l.port,
          unit,
        };
        if (socks.length > 0) {
          for (const s of socks) claimed.add(s);
          const reachable = socks.filter(
            (s) => openFamilies(fw, reachableFamilies(s, fw.ipv6), transport, s.localPort).length > 0,
          );
          const families = [
            ...new Set(
              reachable.flatMap((s) =>
                openFamilies(fw, reachableFamilies(s, fw.ipv6), transport, s.localPort),
              ),
            ),
          ].sort();
          const owner = socks.find((s) => s.pid !== null)?.pid ?? null;
          out.push({
            ...base,
            state: 'listening',
            sockets: reachable,
            address: l.address,
            families,
            process: (owner !== null ? byPid.get(owner) : undefined) ?? related[0]?.process ?? null,
          });
        } else if (unit !== null && !(liveTable && running)) {
          // Not running (or no process table, as in an image): it listens once its unit starts it.
          out.push({
            ...base,
            state: 'enabled',
            sockets: [],
            address: l.address,
            families: openFamilies(fw, addressFamilies(l.address, fw.ipv6), transport, l.port),
            process: null,
          });
        }
      }
    }
  }

  // Proxy programs holding listening sockets that no configuration explains.
  for (const r of programs) {
    if (r.info.program === 'caddy' || r.info.program === 'wg-quick') continue;
    const role = roleFromArgs(r.info, r.args);
    if ((r.info.kind === 'frp' || r.info.kind === 'nps') && role === 'client') continue; // admin ports of tunnel clients
    if (r.info.kind === 'openvpn' && role !== 'server') continue; // a client's bound UDP socket is not a server
    const fromArgs = commandListeners(r.info.kind, r.info.program, r.args);
    for (const s of ev.sockets.sockets) {
      if (s.pid !== r.process.pid || !isListening(s) || claimed.has(s)) continue;
      const transport = transportOf(s);
      const declared = fromArgs.find((l) => l.port === s.localPort);
      // An unconnected UDP socket on an ephemeral port is how a client sends datagrams, not a listener.
      if (transport === 'udp' && !declared && s.localPort >= EPHEMERAL_PORTS_FROM) continue;
      claimed.add(s);
      const d = declared ?? socketDefaults(r);
      const families = openFamilies(fw, reachableFamilies(s, fw.ipv6), transport, s.localPort);
      out.push({
        kind: r.info.kind,
        role: role ?? r.info.role ?? 'server',
        config: null,
        listener: null,
        protocol: d.protocol,
        mode: d.mode,
        access: d.access,
        transport,
        port: s.localPort,
        state: 'listening',
        sockets: families.length > 0 ? [s] : [],
        address: s.localAddress,
        families,
        process: r.process,
        unit: null,
      });
    }
  }
  return out;
}

// --------------------------------------------------------------------------------- grouping for hits

export interface EndpointGroup {
  kind: ProxyKind;
  config: ProxyConfig | null;
  process: ProcessInfo | null;
  unit: ServiceUnit | null;
  state: 'listening' | 'enabled';
  endpoints: ProxyEndpoint[];
}

/** Reachable endpoints grouped per configuration (or per process when there is none) and state, in a stable order. */
export function groupEndpoints(endpoints: readonly ProxyEndpoint[]): EndpointGroup[] {
  const groups = new Map<string, EndpointGroup>();
  for (const e of endpoints) {
    if (e.families.length === 0) continue;
    const key = `${e.config ? `c:${e.config.path}` : `p:${String(e.process?.pid ?? 0).padStart(10, '0')}`} ${e.state}`;
    const g = groups.get(key) ?? {
      kind: e.kind,
      config: e.config,
      process: e.process,
      unit: e.unit,
      state: e.state,
      endpoints: [],
    };
    g.process ??= e.process;
    g.endpoints.push(e);
    groups.set(key, g);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

const FAMILY_LABEL: Record<Family, string> = { ipv4: 'IPv4', ipv6: 'IPv6' };

function configuredEndpoint(e: ProxyEndpoint): string {
  const a = isWildcardAddress(e.address) ? (e.address?.includes(':') ? '::' : '0.0.0.0') : e.address!;
  const port = e.listener?.portEnd ? `${e.port}-${e.listener.portEnd}` : String(e.port);
  return a.includes(':') ? `${e.transport} [${a}]:${port}` : `${e.transport} ${a}:${port}`;
}

/** "tcp 0.0.0.0:443, udp [::]:443" — the live sockets, or the configured addresses when not running. */
export function endpointsText(endpoints: readonly ProxyEndpoint[]): string {
  const items = endpoints.flatMap((e) =>
    e.state === 'listening'
      ? e.sockets.map((s) => `${transportOf(s)} ${endpoint(s)}`)
      : [configuredEndpoint(e)],
  );
  return [...new Set(items)].join(', ');
}

export function familiesText(endpoints: readonly ProxyEndpoint[]): string {
  const all = [...new Set(endpoints.flatMap((e) => e.families))].sort();
  return all.map((f) => FAMILY_LABEL[f]).join(' + ');
}

export function protocolsText(endpoints: readonly ProxyEndpoint[]): string {
  return [...new Set(endpoints.map((e) => e.protocol))].sort().join(', ');
}

/** The configuration file, or the process when there is none: "/etc/xray/config.json", "pid 4321". */
export function sourceText(g: { config: ProxyConfig | null; process: ProcessInfo | null }): string {
  if (g.config) return g.config.path;
  return g.process ? `pid ${g.process.pid}` : '?';
}

/** Where a group points: the listener lines (and access lines), the live sockets, the process, the unit. */
export function groupWhere(g: EndpointGroup, withAccess = false): Where[] {
  const where: Where[] = [];
  const seen = new Set<string>();
  const push = (w: Where) => {
    const key = JSON.stringify(w);
    if (seen.has(key)) return;
    seen.add(key);
    where.push(w);
  };
  const files = g.endpoints.flatMap((e) =>
    e.listener ? [e.listener.where, ...(withAccess ? [e.listener.accessWhere] : [])] : [],
  );
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  for (const w of files) push(w);
  for (const e of g.endpoints) for (const s of e.sockets) push(socketWhere(s));
  if (g.process) push(processWhere(g.process));
  if (g.unit && g.state === 'enabled') push({ path: g.unit.path });
  return where;
}

/** The unit that runs it, for the remediation: the unit found, or the usual name for the program. */
export function unitName(g: {
  kind: ProxyKind;
  config: ProxyConfig | null;
  unit: ServiceUnit | null;
  role?: ProxyRole;
}): string {
  const instance = g.config ? basename(g.config.path).replace(/\.[^.]+$/, '') : '';
  if (g.unit)
    return g.unit.name.endsWith('@.service')
      ? g.unit.name.replace('@.service', `@${instance}.service`)
      : g.unit.name;
  switch (g.kind) {
    case 'wireguard':
      return `wg-quick@${instance || 'wg0'}.service`;
    case 'openvpn':
      return g.config?.path.startsWith('/etc/openvpn/server/')
        ? `openvpn-server@${instance}.service`
        : `openvpn@${instance || 'server'}.service`;
    case 'hysteria':
      return 'hysteria-server.service';
    case 'naiveproxy':
      return 'caddy.service';
    case 'dante':
      return 'danted.service';
    case 'frp':
      return g.role === 'client' || g.config?.role === 'client' ? 'frpc.service' : 'frps.service';
    case 'nps':
      return g.role === 'client' || g.config?.role === 'client' ? 'Npc.service' : 'Nps.service';
    default:
      return `${g.kind}.service`;
  }
}

/** What to delete once it is stopped: the configuration files, or the program a bare process runs. */
export function leftoverText(g: { config: ProxyConfig | null; process: ProcessInfo | null }): string {
  if (g.config) return g.config.files.join(', ');
  return g.process?.exe ?? (g.process?.cmdline[0] || '?');
}

/** The command that stops it now and at boot. */
export function stopCommand(g: EndpointGroup): string {
  if (!g.config && !g.unit && g.process) return `kill ${g.process.pid}`;
  return `systemctl disable --now ${unitName(g)}`;
}

/**
 * The exact configuration change that binds the service to loopback and requires credentials, per
 * program (language-neutral: configuration lines and commands).
 */
export function hardeningLines(kind: ProxyKind, role: ProxyRole = 'server'): { bind: string; auth: string } {
  if (role === 'client') {
    // A client's local SOCKS/HTTP port has no password of its own: loopback is the fix.
    const local: Partial<Record<ProxyKind, string>> = {
      'shadowsocks-libev': '"local_address": "127.0.0.1" (command line: -b 127.0.0.1)',
      'shadowsocks-rust': '"local_address": "127.0.0.1" (command line: -b 127.0.0.1:1080)',
      trojan: '"local_addr": "127.0.0.1"',
      'trojan-go': '"local_addr": "127.0.0.1"',
      hysteria: 'socks5: {listen: 127.0.0.1:1080}',
      naiveproxy: '"listen": "socks://127.0.0.1:1080"',
      v2ray: '"listen": "127.0.0.1" in the inbound',
      xray: '"listen": "127.0.0.1" in the inbound',
    };
    const bind = local[kind];
    if (bind) return { bind, auth: 'keep the local port on loopback only (it has no password of its own)' };
  }
  switch (kind) {
    case 'shadowsocks-libev':
    case 'shadowsocks-rust':
      return {
        bind: '"server": "127.0.0.1" (client: "local_address": "127.0.0.1")',
        auth: '"password": "<long random secret>" with an AEAD "method", e.g. "chacha20-ietf-poly1305"',
      };
    case 'v2ray':
    case 'xray':
      return {
        bind: '"listen": "127.0.0.1" in the inbound',
        auth: 'vmess/vless/trojan: a new random "id"/"password" per user in "clients"; socks: "auth": "password" with "accounts": [{"user": "…", "pass": "…"}]; http: "accounts": [{"user": "…", "pass": "…"}]',
      };
    case 'trojan':
    case 'trojan-go':
      return { bind: '"local_addr": "127.0.0.1"', auth: '"password": ["<long random secret>"]' };
    case 'hysteria':
      return {
        bind: 'listen: 127.0.0.1:443',
        auth: 'auth: {type: password, password: <long random secret>}',
      };
    case 'naiveproxy':
      return {
        bind: 'bind 127.0.0.1 in the site block',
        auth: 'basic_auth <user> <long random secret> inside forward_proxy { }',
      };
    case 'wireguard':
      return {
        bind: 'remove ListenPort = … from [Interface] (the host then only dials out)',
        auth: 'remove the [Peer] sections of devices that are not yours',
      };
    case 'openvpn':
      return {
        bind: 'local 127.0.0.1',
        auth: 'revoke certificates of clients that are not yours (easyrsa revoke <name>; crl-verify crl.pem)',
      };
    case 'squid':
      return {
        bind: 'http_port 127.0.0.1:3128',
        auth: 'acl localnet src <your networks> / http_access allow localnet / http_access deny all (last line); or auth_param basic … + acl users proxy_auth REQUIRED + http_access allow users',
      };
    case '3proxy':
      return {
        bind: 'proxy -p3128 -i127.0.0.1 (socks -p1080 -i127.0.0.1)',
        auth: 'users <user>:CL:<secret> + auth strong + allow <user>, before the proxy/socks lines',
      };
    case 'dante':
      return {
        bind: 'internal: 127.0.0.1 port = 1080',
        auth: 'socksmethod: username, and client pass { from: <your network> to: 0.0.0.0/0 }',
      };
    case 'tinyproxy':
      return {
        bind: 'Listen 127.0.0.1',
        auth: 'Allow 127.0.0.1 (plus your own networks), or BasicAuth <user> <secret>',
      };
    case 'frp':
      return {
        bind: 'bindAddr = "127.0.0.1" (legacy: bind_addr = 127.0.0.1)',
        auth: 'auth.token = "<long random secret>" (legacy: token = …)',
      };
    case 'nps':
      return { bind: 'bridge_ip=127.0.0.1', auth: 'a unique vkey per client, and public_vkey= left empty' };
    case 'gost':
      return {
        bind: '-L socks5://<user>:<secret>@127.0.0.1:1080',
        auth: 'user:password in every -L URL (or handler.auth in gost.yml)',
      };
    case 'brook':
      return {
        bind: '--socks5 127.0.0.1:1080 / -l 127.0.0.1:9999',
        auth: '--username <user> --password <secret>',
      };
  }
}

// ---------------------------------------------------------------------------------- tunnel clients

export interface TunnelClient {
  kind: 'frp' | 'nps';
  config: ProxyConfig | null;
  process: ProcessInfo | null;
  unit: ServiceUnit | null;
  state: 'running' | 'enabled';
  upstream: { host: string; port: number | null } | null;
  forwards: ProxyForward[];
}

/** frpc/npc: configurations that run now or at boot, and tunnel-client processes without a readable one. */
export function tunnelClients(ev: Pick<ProxyEvidence, 'proxies' | 'processes' | 'services'>): TunnelClient[] {
  const programs = runningPrograms(ev.processes).filter(
    (r) => (r.info.kind === 'frp' || r.info.kind === 'nps') && roleFromArgs(r.info, r.args) === 'client',
  );
  const out: TunnelClient[] = [];
  const explained = new Set<number>();
  for (const config of ev.proxies.configs) {
    if ((config.kind !== 'frp' && config.kind !== 'nps') || config.role !== 'client') continue;
    const related = programs.filter((r) => runsConfig(r, config));
    for (const r of related) explained.add(r.process.pid);
    const unit = ev.services.units.find((u) => unitRuns(u, config)) ?? null;
    if (related.length === 0 && unit === null) continue;
    out.push({
      kind: config.kind,
      config,
      process: related[0]?.process ?? null,
      unit,
      state: related.length > 0 ? 'running' : 'enabled',
      upstream: config.upstream ? { host: config.upstream.host, port: config.upstream.port } : null,
      forwards: config.forwards,
    });
  }
  for (const r of programs) {
    if (explained.has(r.process.pid)) continue;
    out.push({
      kind: r.info.kind as 'frp' | 'nps',
      config: null,
      process: r.process,
      unit: null,
      state: 'running',
      upstream: commandUpstream(r.info.kind, r.args) ?? null,
      forwards: [],
    });
  }
  return out;
}

export function forwardsText(forwards: readonly ProxyForward[]): string {
  if (forwards.length === 0) return '?';
  return forwards
    .map(
      (f) =>
        `${f.name} (${f.type}) ${f.local ?? '?'} → ${f.remotePort === null ? 'remote' : `:${f.remotePort}`}`,
    )
    .join('; ');
}

export function upstreamText(u: TunnelClient['upstream']): string {
  if (!u) return '?';
  if (u.port === null) return u.host;
  return u.host.includes(':') ? `[${u.host}]:${u.port}` : `${u.host}:${u.port}`;
}
