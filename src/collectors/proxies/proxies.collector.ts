/**
 * Proxies: the configurations of proxy, VPN and tunnelling programs, read at their standard locations and
 * wherever a running proxy program's command line names one (`xray run -c /root/x.json`). Parsing is in
 * the pure parse-*.ts modules; joining configurations with processes, sockets, services and the firewall
 * is the checks' work (src/checks/illegal-use/proxy-facts.ts). Also lists the network interfaces, so a
 * WireGuard configuration can be seen to be up.
 */
import path from 'node:path/posix';
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { mapLimit, pidsOf } from '../processes/map-limit.ts';
import {
  parseCaddyJson,
  parseGost,
  parseHysteria,
  parseNaiveClient,
  parseShadowsocks,
  parseTrojan,
  parseV2ray,
} from './parse-json-proxies.ts';
import {
  parse3proxy,
  parseCaddyfile,
  parseDante,
  parseSquid,
  parseTinyproxy,
  squidDirectives,
  type SquidDirective,
} from './parse-forward-proxies.ts';
import { parseFrp, parseNps } from './parse-tunnels.ts';
import { parseOpenvpn, parseWireguard } from './parse-vpn.ts';
import type { ParseResult } from './parsed.ts';
import { configArgs, programByName, roleFromArgs } from './programs.ts';
import type { ProxiesSection, ProxyConfig, ProxyKind, ProxyRole } from './proxies.types.ts';

/** Proxy configurations are small; anything larger is not one (and is recorded as a gap by the context). */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const CONCURRENCY = 16;
const MAX_INCLUDE_DEPTH = 8;

interface Location {
  kind: ProxyKind;
  /** A directory whose matching files are read, or one file. */
  dir?: string;
  file?: string;
  match?: RegExp;
  /** Configuration sub-directories (v2ray/xray -confdir layouts). */
  subdirs?: string[];
}

const JSON_FILE = /\.json$/i;
const TREE_FILE = /\.(?:json|ya?ml)$/i;
const CONFDIRS = ['conf', 'conf.d', 'confs'];

export const LOCATIONS: readonly Location[] = [
  { kind: 'shadowsocks-libev', dir: '/etc/shadowsocks-libev', match: JSON_FILE },
  { kind: 'shadowsocks-rust', dir: '/etc/shadowsocks-rust', match: JSON_FILE },
  { kind: 'v2ray', dir: '/etc/v2ray', match: JSON_FILE, subdirs: CONFDIRS },
  { kind: 'v2ray', dir: '/usr/local/etc/v2ray', match: JSON_FILE, subdirs: CONFDIRS },
  { kind: 'xray', dir: '/etc/xray', match: JSON_FILE, subdirs: CONFDIRS },
  { kind: 'xray', dir: '/usr/local/etc/xray', match: JSON_FILE, subdirs: CONFDIRS },
  { kind: 'trojan', dir: '/etc/trojan', match: JSON_FILE },
  { kind: 'trojan', dir: '/usr/local/etc/trojan', match: JSON_FILE },
  { kind: 'trojan-go', dir: '/etc/trojan-go', match: TREE_FILE },
  { kind: 'hysteria', dir: '/etc/hysteria', match: TREE_FILE },
  { kind: 'naiveproxy', file: '/etc/caddy/Caddyfile' },
  { kind: 'naiveproxy', dir: '/etc/caddy', match: JSON_FILE },
  { kind: 'naiveproxy', dir: '/etc/naive', match: JSON_FILE },
  { kind: 'naiveproxy', dir: '/usr/local/etc/naive', match: JSON_FILE },
  { kind: 'wireguard', dir: '/etc/wireguard', match: /\.conf$/ },
  { kind: 'openvpn', dir: '/etc/openvpn', match: /\.conf$/ },
  { kind: 'openvpn', dir: '/etc/openvpn/server', match: /\.conf$/ },
  { kind: 'squid', file: '/etc/squid/squid.conf' },
  { kind: 'squid', file: '/etc/squid3/squid.conf' },
  { kind: '3proxy', file: '/etc/3proxy.cfg' },
  { kind: '3proxy', file: '/etc/3proxy/3proxy.cfg' },
  { kind: '3proxy', file: '/usr/local/etc/3proxy/3proxy.cfg' },
  { kind: '3proxy', file: '/usr/local/3proxy/conf/3proxy.cfg' },
  { kind: 'dante', file: '/etc/danted.conf' },
  { kind: 'dante', file: '/etc/sockd.conf' },
  { kind: 'tinyproxy', file: '/etc/tinyproxy/tinyproxy.conf' },
  { kind: 'tinyproxy', file: '/etc/tinyproxy.conf' },
  { kind: 'frp', dir: '/etc/frp', match: /^frp[sc][\w.-]*\.(?:ini|toml|ya?ml|json)$/i },
  { kind: 'frp', dir: '/usr/local/frp', match: /^frp[sc][\w.-]*\.(?:ini|toml|ya?ml|json)$/i },
  { kind: 'frp', dir: '/opt/frp', match: /^frp[sc][\w.-]*\.(?:ini|toml|ya?ml|json)$/i },
  { kind: 'nps', file: '/etc/nps/conf/nps.conf' },
  { kind: 'nps', file: '/etc/nps/conf/npc.conf' },
  { kind: 'gost', dir: '/etc/gost', match: TREE_FILE },
];

/**
 * WireGuard and OpenVPN keep private keys beside their configurations, so their directories are usually
 * readable by root only. A failed read there is a gap of that field alone ("proxies.wireguard"): checks
 * that never look at VPN configurations (open proxies, proxy services, tunnels) tolerate it, so a scan
 * without root still assesses them.
 */
export function gapField(kind: ProxyKind): string | undefined {
  return kind === 'wireguard' || kind === 'openvpn' ? kind : undefined;
}

interface Candidate {
  kind: ProxyKind;
  role?: ProxyRole;
  foundBy: ProxyConfig['foundBy'];
}

/** Parse one file as its kind (squid is handled apart: it follows includes). */
export function parseAs(kind: ProxyKind, text: string, hostPath: string, role?: ProxyRole): ParseResult {
  switch (kind) {
    case 'shadowsocks-libev':
    case 'shadowsocks-rust':
      return parseShadowsocks(text, hostPath, kind, role);
    case 'v2ray':
    case 'xray':
      return parseV2ray(text, hostPath, kind);
    case 'trojan':
    case 'trojan-go':
      return parseTrojan(text, hostPath, kind);
    case 'hysteria':
      return parseHysteria(text, hostPath);
    case 'naiveproxy': {
      if (!JSON_FILE.test(hostPath)) return parseCaddyfile(text, hostPath);
      const caddy = parseCaddyJson(text, hostPath);
      return caddy.config || caddy.error ? caddy : parseNaiveClient(text, hostPath);
    }
    case 'wireguard':
      return parseWireguard(text, hostPath);
    case 'openvpn':
      return parseOpenvpn(text, hostPath);
    case 'squid':
      return parseSquid(squidDirectives(text, hostPath), hostPath);
    case '3proxy':
      return parse3proxy(text, hostPath);
    case 'dante':
      return parseDante(text, hostPath);
    case 'tinyproxy':
      return parseTinyproxy(text, hostPath);
    case 'frp':
      return parseFrp(text, hostPath);
    case 'nps':
      return parseNps(text, hostPath);
    case 'gost':
      return parseGost(text, hostPath);
    case 'brook':
      return {};
  }
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** Squid's directives with `include` files expanded in place (globs in the last component, bounded depth). */
async function squidWithIncludes(
  ctx: CollectContext,
  file: string,
  files: Set<string>,
  depth = 0,
): Promise<SquidDirective[] | undefined> {
  const text = await ctx.readText(file, { maxBytes: MAX_CONFIG_BYTES });
  if (text === undefined) return undefined;
  files.add(file);
  const out: SquidDirective[] = [];
  for (const d of squidDirectives(text, file)) {
    if (d.name !== 'include') {
      out.push(d);
      continue;
    }
    for (const arg of d.args) {
      const target = path.resolve(path.dirname(file), arg);
      if (depth >= MAX_INCLUDE_DEPTH) {
        ctx.gap(target, 'include-cycle', `squid include deeper than ${MAX_INCLUDE_DEPTH} levels`);
        continue;
      }
      const base = path.basename(target);
      const targets = /[*?]/.test(base)
        ? ((await ctx.list(path.dirname(target))) ?? [])
            .filter((e) => (e.type === 'file' || e.type === 'symlink') && globToRegExp(base).test(e.name))
            .map((e) => path.join(path.dirname(target), e.name))
        : [target];
      for (const t of targets) {
        if (files.has(t)) {
          ctx.gap(t, 'include-cycle', `included again from ${file}`);
          continue;
        }
        out.push(...((await squidWithIncludes(ctx, t, files, depth + 1)) ?? []));
      }
    }
  }
  return out;
}

async function standardCandidates(ctx: CollectContext, found: Map<string, Candidate>): Promise<void> {
  const add = (p: string, kind: ProxyKind) => {
    if (!found.has(p)) found.set(p, { kind, foundBy: 'standard-path' });
  };
  for (const loc of LOCATIONS) {
    const field = gapField(loc.kind);
    if (loc.file) {
      const st = await ctx.root.stat(loc.file);
      if (st.ok && st.type !== 'dir') add(loc.file, loc.kind);
      else if (!st.ok) ctx.noteFailure(loc.file, st, field);
      continue;
    }
    const dirs = [loc.dir!, ...(loc.subdirs ?? []).map((s) => `${loc.dir!}/${s}`)];
    for (const dir of dirs) {
      const listing = await ctx.root.list(dir);
      if (!listing.ok) ctx.noteFailure(dir, listing, field);
      for (const e of listing.ok ? listing.entries : []) {
        if ((e.type === 'file' || e.type === 'symlink') && loc.match!.test(e.name))
          add(`${dir}/${e.name}`, loc.kind);
      }
    }
  }
}

/** Configuration files named on the command lines of running proxy programs. */
async function commandLineCandidates(ctx: CollectContext, found: Map<string, Candidate>): Promise<void> {
  const listing = await ctx.root.list('/proc');
  if (!listing.ok) return;
  const perPid = await mapLimit(pidsOf(listing.entries), CONCURRENCY, async (pid) => {
    const raw = await ctx.root.readText(`/proc/${pid}/cmdline`, { allowBinary: true, maxBytes: 256 * 1024 });
    if (!raw.ok) return [];
    const argv = raw.text.split('\0').filter((a, i, all) => a !== '' || i < all.length - 1);
    const program = argv[0] === undefined ? undefined : programByName(argv[0]);
    if (!program) return [];
    const args = argv.slice(1);
    const { files, dirs } = configArgs(program.kind, args);
    if (files.length === 0 && dirs.length === 0) return [];
    let cwd: string | undefined;
    if ([...files, ...dirs].some((f) => !f.startsWith('/'))) {
      const link = await ctx.root.readLink(`/proc/${pid}/cwd`);
      cwd = link.ok ? link.target : undefined;
    }
    const resolve = (f: string) =>
      f.startsWith('/') ? path.normalize(f) : cwd ? path.resolve(cwd, f) : undefined;
    const out: { path: string; kind: ProxyKind; role: ProxyRole | null }[] = [];
    const role = roleFromArgs(program, args);
    for (const f of files) {
      const p = resolve(f);
      if (p) out.push({ path: p, kind: program.kind, role });
    }
    for (const d of dirs) {
      const p = resolve(d);
      if (!p) continue;
      for (const e of (await ctx.list(p)) ?? [])
        if ((e.type === 'file' || e.type === 'symlink') && JSON_FILE.test(e.name))
          out.push({ path: `${p}/${e.name}`, kind: program.kind, role });
    }
    return out;
  });
  for (const ref of perPid.flat()) {
    const known = found.get(ref.path);
    if (known) {
      if (ref.role && !known.role) known.role = ref.role;
      continue;
    }
    found.set(ref.path, { kind: ref.kind, foundBy: 'command-line', ...(ref.role ? { role: ref.role } : {}) });
  }
}

/** Interface names from /proc/net/dev ("  wg0: 1234 …"). */
export function parseNetDev(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/).slice(2)) {
    const m = /^\s*([^:\s]+):/.exec(line);
    if (m) names.push(m[1]!);
  }
  return [...new Set(names)].sort();
}

export const proxiesCollector = defineCollector({
  section: 'proxies',
  version: 1,
  async collect(ctx): Promise<ProxiesSection> {
    const found = new Map<string, Candidate>();
    await standardCandidates(ctx, found);
    await commandLineCandidates(ctx, found);
    const configs: ProxyConfig[] = [];
    for (const [file, c] of [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      let result: ParseResult;
      const files = new Set<string>();
      if (c.kind === 'squid') {
        const directives = await squidWithIncludes(ctx, file, files);
        if (directives === undefined) continue;
        result = parseSquid(directives, file);
      } else {
        const field = gapField(c.kind);
        const text = await ctx.readText(file, { maxBytes: MAX_CONFIG_BYTES, ...(field ? { field } : {}) });
        if (text === undefined) continue;
        files.add(file);
        result = parseAs(c.kind, text, file, c.role);
      }
      if (result.error) {
        ctx.gap(
          file,
          'read-error',
          `cannot parse as ${c.kind}: line ${result.error.line}: ${result.error.detail}`,
          gapField(c.kind),
        );
        continue;
      }
      if (!result.config) continue;
      configs.push({ ...result.config, files: [...files].sort(), foundBy: c.foundBy });
    }
    configs.sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0,
    );
    const netDev = await ctx.readText('/proc/net/dev');
    return { configs, interfaces: netDev === undefined ? null : parseNetDev(netDev) };
  },
});
