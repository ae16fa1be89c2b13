/**
 * Ports: ranges, service names, and the rule for listing them (pure).
 */
import type { FileLine } from '../../core/evidence.ts';
import type { FirewallFamily, OpenPort } from './firewall.types.ts';

export type Proto = 'tcp' | 'udp';

/** An inclusive destination-port range. */
export interface PortRange {
  from: number;
  to: number;
}

export const ALL_PORTS: PortRange = { from: 1, to: 65535 };

/**
 * Ranges of up to this many ports are listed port by port (`tcp dport 8000-8010` → eleven entries), so a
 * reader and a consumer see each port; larger ranges stay one entry with `portEnd`, so that
 * `tcp dport 1024-65535` or an accept of a whole protocol cannot blow up the evidence.
 */
export const PORT_RANGE_EXPAND_MAX = 32;

/** Service names accepted by iptables and nft in place of numbers, when the host's /etc/services is absent. */
const BUILTIN_SERVICES: Record<string, number> = {
  ftp: 21,
  ssh: 22,
  telnet: 23,
  smtp: 25,
  domain: 53,
  bootps: 67,
  bootpc: 68,
  http: 80,
  www: 80,
  pop3: 110,
  ntp: 123,
  imap: 143,
  imap2: 143,
  snmp: 161,
  ldap: 389,
  https: 443,
  submissions: 465,
  smtps: 465,
  'dhcpv6-client': 546,
  'dhcpv6-server': 547,
  submission: 587,
  ldaps: 636,
  imaps: 993,
  pop3s: 995,
  'ms-sql-s': 1433,
  mysql: 3306,
  'ms-wbt-server': 3389,
  postgresql: 5432,
  redis: 6379,
  'http-alt': 8080,
  webcache: 8080,
  mongodb: 27017,
};

/** Service name → port, keyed by `name` and `name/proto`. */
export type ServiceMap = ReadonlyMap<string, number>;

/** Parse /etc/services: `name port/proto [aliases…]`. */
export function parseServices(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [name, spec, ...aliases] = line.split(/\s+/);
    const m = /^(\d{1,5})\/(tcp|udp)$/.exec(spec ?? '');
    if (!name || !m) continue;
    const port = Number(m[1]);
    if (port < 1 || port > 65535) continue;
    for (const n of [name, ...aliases]) {
      if (!map.has(`${n}/${m[2]}`)) map.set(`${n}/${m[2]}`, port);
      if (!map.has(n)) map.set(n, port);
    }
  }
  return map;
}

/** A port number or service name → number, or undefined when unknown. */
export function resolvePort(
  token: string,
  services: ServiceMap | undefined,
  proto?: Proto,
): number | undefined {
  if (/^\d{1,5}$/.test(token)) {
    const n = Number(token);
    return n >= 0 && n <= 65535 ? n : undefined;
  }
  if (/^0x[0-9a-f]{1,4}$/i.test(token)) return Number.parseInt(token.slice(2), 16);
  const name = token.toLowerCase();
  return (
    (proto ? services?.get(`${name}/${proto}`) : undefined) ?? services?.get(name) ?? BUILTIN_SERVICES[name]
  );
}

/**
 * One port or range: `22`, `ssh`, `1000-2000` (nft) or `1000:2000`, `1000:`, `:1023` (iptables).
 * Returns undefined when it cannot be read (an unknown name): the caller then treats the port as any.
 */
export function parsePortRange(
  spec: string,
  separator: '-' | ':',
  services?: ServiceMap,
  proto?: Proto,
): PortRange | undefined {
  const at = spec.indexOf(separator);
  if (at < 0) {
    const p = resolvePort(spec, services, proto);
    return p === undefined ? undefined : { from: p, to: p };
  }
  const left = spec.slice(0, at);
  const right = spec.slice(at + 1);
  const from = left === '' ? 0 : resolvePort(left, services, proto);
  const to = right === '' ? 65535 : resolvePort(right, services, proto);
  if (from === undefined || to === undefined) return undefined;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** Intersection of two range lists (each may be unsorted); empty when they do not overlap. Linear after sorting. */
export function intersectRanges(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  const x = mergeRanges(a);
  const y = mergeRanges(b);
  const out: PortRange[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const from = Math.max(x[i]!.from, y[j]!.from);
    const to = Math.min(x[i]!.to, y[j]!.to);
    if (from <= to) out.push({ from, to });
    if (x[i]!.to < y[j]!.to) i++;
    else j++;
  }
  return out;
}

export function mergeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((x, y) => x.from - y.from || x.to - y.to);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** Turn accepted ranges into OpenPort entries following PORT_RANGE_EXPAND_MAX. */
export function openPortsFor(
  protos: readonly Proto[],
  ranges: readonly PortRange[],
  family: FirewallFamily,
  where: FileLine,
  iface?: string,
): OpenPort[] {
  const out: OpenPort[] = [];
  for (const proto of protos)
    for (const r of mergeRanges(ranges)) {
      const rest = iface === undefined ? { family, where } : { family, iface, where };
      if (r.to - r.from + 1 <= PORT_RANGE_EXPAND_MAX) {
        for (let p = r.from; p <= r.to; p++) out.push({ proto, port: p, ...rest });
      } else out.push({ proto, port: r.from, portEnd: r.to, ...rest });
    }
  return out;
}

function openPortKey(p: OpenPort): string {
  return `${p.proto}|${p.port}|${p.portEnd ?? ''}|${p.family}|${p.iface ?? ''}`;
}

/**
 * Sort and de-duplicate open ports (the first location of each is kept). A port open on one interface
 * is dropped when the same port is open on every interface.
 */
export function normaliseOpenPorts(ports: readonly OpenPort[]): OpenPort[] {
  const seen = new Map<string, OpenPort>();
  for (const p of ports) if (!seen.has(openPortKey(p))) seen.set(openPortKey(p), p);
  const everywhere = (p: OpenPort) =>
    p.iface !== undefined && seen.has(openPortKey({ ...p, iface: undefined }));
  return [...seen.values()]
    .filter((p) => !everywhere(p))
    .sort(
      (a, b) =>
        a.proto.localeCompare(b.proto) ||
        a.port - b.port ||
        (a.portEnd ?? a.port) - (b.portEnd ?? b.port) ||
        a.family.localeCompare(b.family) ||
        (a.iface ?? '').localeCompare(b.iface ?? '') ||
        a.where.path.localeCompare(b.where.path) ||
        (a.where.line ?? 0) - (b.where.line ?? 0),
    );
}
