/**
 * Shared logic of the database-exposed checks: which listening sockets other hosts can reach, and
 * whether the host firewall drops them. Each check names its engine (ports and program names); this
 * module does the rest, so the seven checks cannot drift apart.
 *
 * "Exposed" = a LISTEN (TCP) or UNCONN (UDP) socket on an address other than loopback, reachable over at
 * least one address family whose traffic to that port no active firewall ruleset drops.
 */
import type { FirewallSection } from '../../collectors/firewall/firewall.types.ts';
import { isFilteredFromWorld } from '../../collectors/firewall/reachability.ts';
import type { SocketInfo, SocketsSection } from '../../collectors/sockets/sockets.types.ts';
import type { Hit } from '../../core/check.ts';
import type { Where } from '../../core/evidence.ts';
import type { Text } from '../../legal/types.ts';

export type Transport = 'tcp' | 'udp';
export type Family = 'ipv4' | 'ipv6';

export interface Engine {
  tcpPorts: readonly number[];
  udpPorts: readonly number[];
  /** comm names of the server program; a socket held by one of them counts on any port. */
  processNames: readonly string[];
}

export function transportOf(s: SocketInfo): Transport {
  return s.proto === 'tcp' || s.proto === 'tcp6' ? 'tcp' : 'udp';
}

/** Accepting connections (TCP LISTEN) or datagrams from anyone (UDP bound, unconnected). */
export function isListening(s: SocketInfo): boolean {
  return transportOf(s) === 'tcp' ? s.state === 'LISTEN' : s.state === 'UNCONN';
}

export function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/**
 * The address families over which other hosts can reach a socket. A socket on `::` also takes IPv4
 * unless the program set IPV6_V6ONLY, which /proc does not show: we assume it does (the Linux
 * default). When the host has no IPv6 at all, `::` is reachable over IPv4 only.
 */
export function reachableFamilies(s: SocketInfo, hostIpv6: boolean | null): Family[] {
  if (isLoopback(s.localAddress)) return [];
  if (s.proto === 'tcp' || s.proto === 'udp') return ['ipv4'];
  if (s.localAddress.startsWith('::ffff:')) return ['ipv4'];
  if (s.localAddress === '::') return hostIpv6 === false ? ['ipv4'] : ['ipv4', 'ipv6'];
  return hostIpv6 === false ? [] : ['ipv6'];
}

/** "0.0.0.0:3306", "[::]:3306". */
export function endpoint(s: SocketInfo): string {
  return s.localAddress.includes(':')
    ? `[${s.localAddress}]:${s.localPort}`
    : `${s.localAddress}:${s.localPort}`;
}

export function socketWhere(s: SocketInfo): Where {
  const socket = `${s.proto} ${endpoint(s)}`;
  return s.pid === null ? { socket } : { socket, pid: s.pid };
}

function matchesEngine(s: SocketInfo, engine: Engine): boolean {
  const ports = transportOf(s) === 'tcp' ? engine.tcpPorts : engine.udpPorts;
  return ports.includes(s.localPort) || (s.process !== null && engine.processNames.includes(s.process));
}

export interface Exposure {
  transport: Transport;
  port: number;
  /** The sockets on this port that other hosts can reach, sorted as in the section. */
  sockets: SocketInfo[];
  /** Families over which the port is reachable and not filtered. */
  families: Family[];
  pid: number | null;
  process: string | null;
}

/**
 * The engine's ports reachable from other hosts, one entry per transport and port. Nothing is reported
 * when the firewall state is not fully known: partial evidence never proves an absence of protection
 * (the firewall section carries the gap, so the check is not assessed).
 */
export function findExposures(
  sockets: SocketsSection,
  firewall: FirewallSection,
  engine: Engine,
): Exposure[] {
  if (!firewall.stateKnown) return [];
  const byPort = new Map<string, Exposure>();
  for (const s of sockets.sockets) {
    if (!isListening(s) || !matchesEngine(s, engine)) continue;
    const transport = transportOf(s);
    const open = reachableFamilies(s, firewall.ipv6).filter(
      (f) => !isFilteredFromWorld(firewall, f, transport, s.localPort),
    );
    if (open.length === 0) continue;
    const key = `${transport} ${String(s.localPort).padStart(5, '0')}`;
    const entry = byPort.get(key) ?? {
      transport,
      port: s.localPort,
      sockets: [],
      families: [],
      pid: null,
      process: null,
    };
    entry.sockets.push(s);
    for (const f of open) if (!entry.families.includes(f)) entry.families.push(f);
    if (entry.pid === null && s.pid !== null) {
      entry.pid = s.pid;
      entry.process = s.process;
    }
    byPort.set(key, entry);
  }
  return [...byPort.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => ({ ...e, families: e.families.sort() }));
}

export type ExposureMessage = 'exposed' | 'exposedUnknownProcess';

/** The two messages every database-exposed check uses, with its engine's name written in. */
export function exposureMessages(engine: Text): Record<ExposureMessage, Text> {
  return {
    exposed: {
      zh: `${engine.zh}端口 {port}/{transport} 对其他主机开放:{process}(PID {pid})监听在 {endpoints},可经 {families} 访问,且没有防火墙规则拦截。`,
      en: `${engine.en} port {port}/{transport} is open to other hosts: {process} (pid {pid}) listens on {endpoints}, reachable over {families}, and no firewall rule drops it.`,
    },
    exposedUnknownProcess: {
      zh: `${engine.zh}端口 {port}/{transport} 对其他主机开放:有进程监听在 {endpoints}(无法确定是哪个进程),可经 {families} 访问,且没有防火墙规则拦截。`,
      en: `${engine.en} port {port}/{transport} is open to other hosts: a process that could not be identified listens on {endpoints}, reachable over {families}, and no firewall rule drops it.`,
    },
  };
}

const FAMILY_LABEL: Record<Family, string> = { ipv4: 'IPv4', ipv6: 'IPv6' };

/** The whole evaluate() of a database-exposed check. */
export function exposureHits(
  evidence: { sockets: SocketsSection; firewall: FirewallSection },
  engine: Engine,
): Hit<ExposureMessage>[] {
  return findExposures(evidence.sockets, evidence.firewall, engine).map((e) => {
    const data = {
      port: e.port,
      transport: e.transport,
      endpoints: e.sockets.map(endpoint).join(', '),
      families: e.families.map((f) => FAMILY_LABEL[f]).join(' + '),
    };
    const where = e.sockets.map(socketWhere);
    return e.pid === null
      ? { messageId: 'exposedUnknownProcess', data, where }
      : { messageId: 'exposed', data: { ...data, pid: e.pid, process: e.process ?? '?' }, where };
  });
}
