/**
 * The proxy, VPN and tunnel programs by name, and what their command lines say (pure). Used by the
 * collector (to find configuration files named on a running process's command line) and by the
 * proxy checks (to join processes, sockets and services with configurations).
 */
import type { ProxyAccess, ProxyKind, ProxyMode, ProxyRole } from './proxies.types.ts';

export interface ProgramInfo {
  kind: ProxyKind;
  /** null: the role depends on the configuration or a sub-command. */
  role: ProxyRole | null;
}

/** Program names (argv[0] basename or comm; comm is cut to 15 characters by the kernel). */
const PROGRAMS: Readonly<Record<string, ProgramInfo>> = {
  'ss-server': { kind: 'shadowsocks-libev', role: 'server' },
  'ss-manager': { kind: 'shadowsocks-libev', role: 'server' },
  'ss-local': { kind: 'shadowsocks-libev', role: 'client' },
  'ss-redir': { kind: 'shadowsocks-libev', role: 'client' },
  'ss-tunnel': { kind: 'shadowsocks-libev', role: 'client' },
  ssserver: { kind: 'shadowsocks-rust', role: 'server' },
  ssmanager: { kind: 'shadowsocks-rust', role: 'server' },
  sslocal: { kind: 'shadowsocks-rust', role: 'client' },
  ssservice: { kind: 'shadowsocks-rust', role: null },
  v2ray: { kind: 'v2ray', role: null },
  xray: { kind: 'xray', role: null },
  trojan: { kind: 'trojan', role: null },
  'trojan-go': { kind: 'trojan-go', role: null },
  hysteria: { kind: 'hysteria', role: null },
  hysteria2: { kind: 'hysteria', role: null },
  naive: { kind: 'naiveproxy', role: 'client' },
  // caddy is a web server first: it counts as NaiveProxy only with a forward_proxy configuration.
  caddy: { kind: 'naiveproxy', role: null },
  openvpn: { kind: 'openvpn', role: null },
  squid: { kind: 'squid', role: 'server' },
  '3proxy': { kind: '3proxy', role: 'server' },
  sockd: { kind: 'dante', role: 'server' },
  danted: { kind: 'dante', role: 'server' },
  tinyproxy: { kind: 'tinyproxy', role: 'server' },
  frps: { kind: 'frp', role: 'server' },
  frpc: { kind: 'frp', role: 'client' },
  nps: { kind: 'nps', role: 'server' },
  npc: { kind: 'nps', role: 'client' },
  gost: { kind: 'gost', role: null },
  brook: { kind: 'brook', role: null },
  'wg-quick': { kind: 'wireguard', role: null },
};

export const PROGRAM_NAMES: readonly string[] = Object.keys(PROGRAMS).sort();

/** Program names of a kind (for matching services' ExecStart lines and socket owners). */
export function programsOf(kind: ProxyKind): string[] {
  return PROGRAM_NAMES.filter((n) => PROGRAMS[n]!.kind === kind);
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Identify a program by a name: an exe path, argv[0], or comm. Version suffixes are allowed ("xray-linux-64", "frps_0.58"). */
export function programByName(name: string): (ProgramInfo & { program: string }) | undefined {
  const base = basename(name.trim());
  const exact = PROGRAMS[base];
  if (exact) return { ...exact, program: base };
  const m = /^([a-z0-9-]+?)(?:[-_.](?:v?\d[\w.]*|linux[\w-]*|amd64|arm64|x86_64))+$/.exec(base);
  const stem = m ? PROGRAMS[m[1]!] : undefined;
  return stem && m ? { ...stem, program: m[1]! } : undefined;
}

/** The role a command line gives, for programs whose role is set by a sub-command or a flag. */
export function roleFromArgs(info: ProgramInfo, args: readonly string[]): ProxyRole | null {
  if (info.role !== null) return info.role;
  const words = args.filter((a) => !a.startsWith('-'));
  switch (info.kind) {
    case 'shadowsocks-rust':
    case 'hysteria':
      if (words.includes('server')) return 'server';
      if (words.includes('client') || words.includes('local')) return 'client';
      return null;
    case 'brook':
      if (words.some((w) => /^(?:server|wsserver|wssserver|quicserver|socks5|relay|dnsserver)$/.test(w)))
        return 'server';
      if (words.some((w) => /^(?:client|wsclient|wssclient|quicclient|connect|tproxy)$/.test(w)))
        return 'client';
      return null;
    case 'openvpn':
      if (args.includes('--server') || args.some((a, i) => a === '--mode' && args[i + 1] === 'server'))
        return 'server';
      if (args.includes('--client')) return 'client';
      return null;
    default:
      return null;
  }
}

const CONFIG_FLAGS = new Set(['-c', '--config', '-config', '--conf', '-conf', '-C', '--config-path']);
const CONFDIR_FLAGS = new Set(['-confdir', '--confdir', '-d']);

export interface CommandConfigs {
  /** Configuration files named on the command line, as written (may be relative). */
  files: string[];
  /** Configuration directories (v2ray/xray -confdir). */
  dirs: string[];
}

/**
 * Configuration files and directories named on a proxy program's command line: `-c FILE`, `--config=FILE`,
 * `-f FILE` (squid, dante),
 * `-config FILE` (v2ray/xray, also repeated or comma-separated), `-confdir DIR`, `--config FILE` for openvpn,
 * and the bare `.json`/`.yaml`/`.conf` argument naive, trojan and openvpn take.
 */
export function configArgs(kind: ProxyKind, args: readonly string[]): CommandConfigs {
  const files: string[] = [];
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = /^(--?[A-Za-z-]+)=(.*)$/.exec(a);
    const flag = eq ? eq[1]! : a;
    const value = eq ? eq[2] : args[i + 1];
    const fileFlag = CONFIG_FLAGS.has(flag) || (flag === '-f' && (kind === 'squid' || kind === 'dante'));
    if (fileFlag && value !== undefined) {
      if (kind === 'gost' && flag === '-C') files.push(value);
      else if (flag !== '-C') files.push(...value.split(',').filter((v) => v !== ''));
      if (!eq) i++;
    } else if (CONFDIR_FLAGS.has(flag) && value !== undefined && (kind === 'v2ray' || kind === 'xray')) {
      dirs.push(value);
      if (!eq) i++;
    } else if (!a.startsWith('-') && i > 0 && /\.(?:json|ya?ml|toml|ini|conf|cfg)$/i.test(a)) {
      const previous = args[i - 1]!;
      if (!previous.startsWith('-') || previous.includes('=')) files.push(a);
    }
  }
  return { files: [...new Set(files)], dirs: [...new Set(dirs)] };
}

export interface CommandListener {
  address: string | null;
  port: number;
  protocol: string;
  mode: ProxyMode;
  access: ProxyAccess;
}

/** "host:port", "[::]:port", ":port" → address (null when empty or 0.0.0.0 is implied) and port. */
export function splitHostPort(text: string): { host: string | null; port: number } | undefined {
  const m = /^(?:\[([^\]]*)\]|([^:[\]]*)):(\d{1,5})$/.exec(text.trim());
  if (!m) return undefined;
  const port = Number(m[3]);
  if (port < 1 || port > 65535) return undefined;
  const host = m[1] ?? m[2] ?? '';
  return { host: host === '' ? null : host, port };
}

const FORWARD_SCHEMES = new Set([
  '',
  'auto',
  'http',
  'http2',
  'socks',
  'socks4',
  'socks4a',
  'socks5',
  'ss',
  'ss2',
  'relay',
  'sni',
  'forward',
]);
const TUNNEL_SCHEMES = new Set(['tcp', 'udp', 'redirect', 'redu', 'tun', 'tap']);

/**
 * A gost `-L` node URL ("socks5://user:pass@:1080", ":8080", "ss://aes-128-gcm:pw@:8338", "relay+tls://:443",
 * "tcp://:2222/10.0.0.5:22"); undefined for reverse forwarding (rtcp/rudp: the listener is on the remote side).
 */
export function gostNode(url: string): CommandListener | undefined {
  const m = /^(?:([a-z0-9+]*):\/\/)?(?:([^@/]*)@)?([^/?]*)(?:[/?].*)?$/i.exec(url.trim());
  if (!m) return undefined;
  const scheme = (m[1] ?? '').toLowerCase();
  const protocol = scheme.split('+')[0]!;
  if (protocol === 'rtcp' || protocol === 'rudp') return undefined;
  const hp = splitHostPort(m[3]!);
  if (!hp) return undefined;
  const mode: ProxyMode = TUNNEL_SCHEMES.has(protocol)
    ? 'tunnel'
    : FORWARD_SCHEMES.has(protocol)
      ? 'forward'
      : 'forward';
  const access: ProxyAccess =
    mode === 'tunnel' ? 'unknown' : m[2] !== undefined && m[2] !== '' ? 'credentials' : 'open';
  return { address: hp.host, port: hp.port, protocol: protocol === '' ? 'auto' : protocol, mode, access };
}

function flagValue(args: readonly string[], names: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    for (const n of names) {
      if (a === n) return args[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

/**
 * Listeners a command line declares on its own, for programs usually run without a file: gost `-L`,
 * brook `-l`/`--socks5`, ss-server/ssserver `-s`/`-p`, ss-local/sslocal `-b`/`-l`.
 */
export function commandListeners(
  kind: ProxyKind,
  program: string,
  args: readonly string[],
): CommandListener[] {
  const out: CommandListener[] = [];
  if (kind === 'gost') {
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const value = a === '-L' ? args[++i] : a.startsWith('-L=') ? a.slice(3) : undefined;
      const node = value === undefined ? undefined : gostNode(value);
      if (node) out.push(node);
    }
  } else if (kind === 'brook') {
    const words = args.filter((a) => !a.startsWith('-'));
    const listen = flagValue(args, ['-l', '--listen']);
    const socks = flagValue(args, ['--socks5']);
    const hasPassword = flagValue(args, ['-p', '--password']) !== undefined;
    const hasUser = flagValue(args, ['--username']) !== undefined;
    const hp = listen === undefined ? undefined : splitHostPort(listen);
    if (hp && words.some((w) => /server$/.test(w)))
      out.push({
        address: hp.host,
        port: hp.port,
        protocol: 'brook',
        mode: 'forward',
        access: hasPassword ? 'credentials' : 'unknown',
      });
    if (hp && words.includes('relay'))
      out.push({ address: hp.host, port: hp.port, protocol: 'relay', mode: 'tunnel', access: 'unknown' });
    const sp = socks === undefined ? undefined : splitHostPort(socks);
    if (sp)
      out.push({
        address: sp.host,
        port: sp.port,
        protocol: 'socks',
        mode: 'forward',
        access: hasUser ? 'credentials' : 'open',
      });
  } else if (kind === 'shadowsocks-libev' || kind === 'shadowsocks-rust') {
    const serverSide =
      program === 'ss-server' ||
      program === 'ssserver' ||
      (program === 'ssservice' && args.includes('server'));
    if (serverSide) {
      const s = flagValue(args, ['-s', '--server-addr']);
      const p = flagValue(args, ['-p', '--server-port']);
      const hp = s === undefined ? undefined : splitHostPort(s);
      if (hp)
        out.push({
          address: hp.host,
          port: hp.port,
          protocol: 'shadowsocks',
          mode: 'forward',
          access: 'credentials',
        });
      else if (p !== undefined && /^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535)
        out.push({
          address: s ?? null,
          port: Number(p),
          protocol: 'shadowsocks',
          mode: 'forward',
          access: 'credentials',
        });
    } else {
      const b = flagValue(args, ['-b', '--local-addr']);
      const l = flagValue(args, ['-l', '--local-port']);
      const hp = b === undefined ? undefined : splitHostPort(b);
      if (hp)
        out.push({ address: hp.host, port: hp.port, protocol: 'socks', mode: 'forward', access: 'open' });
      else if (l !== undefined && /^\d{1,5}$/.test(l) && Number(l) >= 1 && Number(l) <= 65535)
        out.push({
          address: b ?? '127.0.0.1',
          port: Number(l),
          protocol: 'socks',
          mode: 'forward',
          access: 'open',
        });
    }
  }
  return out;
}

/** A tunnel client's server from its command line: npc `-server=host:port`, frpc has none (file only). */
export function commandUpstream(
  kind: ProxyKind,
  args: readonly string[],
): { host: string; port: number | null } | undefined {
  if (kind !== 'nps') return undefined;
  const v = flagValue(args, ['-server', '--server']);
  if (v === undefined) return undefined;
  const hp = splitHostPort(v);
  if (hp) return { host: hp.host ?? v, port: hp.port };
  return { host: v, port: null };
}
