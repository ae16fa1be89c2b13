/**
 * Pure parser for /proc/net/{tcp,tcp6,udp,udp6} (proc(5)). Addresses are hex in the kernel's byte order:
 * each 32-bit word is little-endian on the machines we scan (x86-64, arm64), an IPv6 address is four
 * such words; ports are big-endian hex.
 */
import type { SocketInfo } from './sockets.types.ts';

export type Proto = SocketInfo['proto'];
export const PROTOS: readonly Proto[] = ['tcp', 'tcp6', 'udp', 'udp6'];

/** include/net/tcp_states.h */
const TCP_STATES: Record<number, string> = {
  0x01: 'ESTABLISHED',
  0x02: 'SYN_SENT',
  0x03: 'SYN_RECV',
  0x04: 'FIN_WAIT1',
  0x05: 'FIN_WAIT2',
  0x06: 'TIME_WAIT',
  0x07: 'CLOSE',
  0x08: 'CLOSE_WAIT',
  0x09: 'LAST_ACK',
  0x0a: 'LISTEN',
  0x0b: 'CLOSING',
  0x0c: 'NEW_SYN_RECV',
};

/** A socket as read from the table, before the owning process is known. */
export type RawSocket = Omit<SocketInfo, 'pid' | 'process'>;

export interface NetProblem {
  line: number;
  reason: 'truncated' | 'read-error';
  detail: string;
}

/** Four little-endian bytes of one 32-bit word, as written by the kernel with %08X. */
function wordBytes(hex8: string): number[] {
  const v = Number.parseInt(hex8, 16);
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

export function hexToIPv4(hex: string): string | undefined {
  if (!/^[0-9A-Fa-f]{8}$/.test(hex)) return undefined;
  return wordBytes(hex).join('.');
}

/** RFC 5952 text form; an IPv4-mapped address is written ::ffff:a.b.c.d. */
export function formatIPv6(bytes: readonly number[]): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  // Longest run (≥ 2) of zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

export function hexToIPv6(hex: string): string | undefined {
  if (!/^[0-9A-Fa-f]{32}$/.test(hex)) return undefined;
  const bytes: number[] = [];
  for (let w = 0; w < 4; w++) bytes.push(...wordBytes(hex.slice(w * 8, w * 8 + 8)));
  return formatIPv6(bytes);
}

function parseEndpoint(text: string, v6: boolean): { address: string; port: number } | undefined {
  const m = /^([0-9A-Fa-f]+):([0-9A-Fa-f]{4})$/.exec(text);
  if (!m) return undefined;
  const address = v6 ? hexToIPv6(m[1]!) : hexToIPv4(m[1]!);
  if (address === undefined) return undefined;
  return { address, port: Number.parseInt(m[2]!, 16) };
}

function stateName(proto: Proto, code: number, remoteAddress: string, remotePort: number): string {
  const unspecified = remotePort === 0 && (remoteAddress === '0.0.0.0' || remoteAddress === '::');
  if ((proto === 'udp' || proto === 'udp6') && code === 0x07 && unspecified) return 'UNCONN';
  return TCP_STATES[code] ?? `UNKNOWN_${code.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Parse one data line; undefined when a field is missing or malformed. */
function parseLine(proto: Proto, text: string): RawSocket | undefined {
  const f = text.trim().split(/\s+/);
  if (f.length < 10 || !/^\d+:$/.test(f[0]!)) return undefined;
  const v6 = proto === 'tcp6' || proto === 'udp6';
  const local = parseEndpoint(f[1]!, v6);
  const remote = parseEndpoint(f[2]!, v6);
  if (!local || !remote || !/^[0-9A-Fa-f]{2}$/.test(f[3]!)) return undefined;
  if (!/^\d+$/.test(f[7]!) || !/^\d+$/.test(f[9]!)) return undefined;
  return {
    proto,
    localAddress: local.address,
    localPort: local.port,
    remoteAddress: remote.address,
    remotePort: remote.port,
    state: stateName(proto, Number.parseInt(f[3]!, 16), remote.address, remote.port),
    uid: Number(f[7]),
    inode: Number(f[9]),
  };
}

/**
 * Parse a whole table. Every complete line yields a socket. The kernel always writes fields after the
 * inode, so a last line without its newline that stops at or before the inode was cut off: it is reported
 * as 'truncated'. A malformed line elsewhere is reported as 'read-error'.
 */
export function parseProcNet(proto: Proto, text: string): { sockets: RawSocket[]; problems: NetProblem[] } {
  const sockets: RawSocket[] = [];
  const problems: NetProblem[] = [];
  const lines = text.split('\n');
  const endsWithNewline = text.endsWith('\n');
  lines.forEach((line, index) => {
    const number = index + 1;
    const isLast = index === lines.length - 1;
    if (line.trim() === '') return;
    if (/^\s*sl\s/.test(line)) return; // header
    const fieldCount = line.trim().split(/\s+/).length;
    const parsed = parseLine(proto, line);
    const cut = isLast && !endsWithNewline && (parsed === undefined || fieldCount <= 10);
    if (cut) {
      problems.push({ line: number, reason: 'truncated', detail: `line ${number} ends mid-entry` });
      return;
    }
    if (parsed === undefined) {
      problems.push({ line: number, reason: 'read-error', detail: `line ${number} is not a socket entry` });
      return;
    }
    sockets.push(parsed);
  });
  return { sockets, problems };
}

/** "socket:[12345]" → 12345; any other fd target → undefined. */
export function socketInode(linkTarget: string): number | undefined {
  const m = /^socket:\[(\d+)\]$/.exec(linkTarget);
  return m ? Number(m[1]) : undefined;
}

const PROTO_ORDER: Record<Proto, number> = { tcp: 0, tcp6: 1, udp: 2, udp6: 3 };

export function compareSockets(a: RawSocket, b: RawSocket): number {
  return (
    PROTO_ORDER[a.proto] - PROTO_ORDER[b.proto] ||
    a.localPort - b.localPort ||
    (a.localAddress < b.localAddress ? -1 : a.localAddress > b.localAddress ? 1 : 0) ||
    (a.remoteAddress < b.remoteAddress ? -1 : a.remoteAddress > b.remoteAddress ? 1 : 0) ||
    a.remotePort - b.remotePort ||
    a.inode - b.inode ||
    (a.state < b.state ? -1 : a.state > b.state ? 1 : 0)
  );
}
