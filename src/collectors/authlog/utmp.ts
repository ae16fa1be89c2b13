/**
 * Login records: wtmp/btmp (struct utmp, 384 bytes on x86_64 glibc) and lastlog (struct lastlog, 292
 * bytes, indexed by uid). Pure: bytes → records with their record number. A file whose length is not a
 * whole number of records has a truncated last record, which is reported, never read.
 *
 * struct utmp (x86_64 glibc): ut_type int16 (+2 padding) @0, ut_pid int32 @4, ut_line[32] @8,
 * ut_id[4] @40, ut_user[32] @44, ut_host[256] @76, ut_exit {int16,int16} @332, ut_session int32 @336,
 * ut_tv {int32 sec, int32 usec} @340, ut_addr_v6 int32[4] @348, reserved[20] @364.
 * struct lastlog: ll_time int32 @0, ll_line[32] @4, ll_host[256] @36.
 */
import type { FileLine } from '../../core/evidence.ts';
import { decodeText } from '../../host/root.ts';
import type { LoginRecord } from './authlog.types.ts';

export const UTMP_SIZE = 384;
export const LASTLOG_SIZE = 292;

const TYPES: Record<number, LoginRecord['type']> = { 2: 'boot', 6: 'login', 7: 'user', 8: 'dead' };

function cString(bytes: Buffer, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const nul = field.indexOf(0);
  const raw = nul < 0 ? field : field.subarray(0, nul);
  if (raw.length === 0) return '';
  return decodeText(raw).text.replace(/[\u0000-\u001f\u007f]/g, '');
}

/** ut_addr_v6 as text: IPv4 when only the first word is set, else IPv6; "" when zero. */
export function addressOf(addr: Buffer): string {
  if (addr.every((b) => b === 0)) return '';
  if (addr.subarray(4).every((b) => b === 0)) return [...addr.subarray(0, 4)].join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(addr.readUInt16BE(i).toString(16));
  // Compress the longest run of two or more zero groups (RFC 5952).
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLength).join(':')}`;
}

export interface UtmpParse {
  records: LoginRecord[];
  /** Bytes left over after the last whole record. */
  truncatedBytes: number;
}

function iso(sec: number): string {
  const d = new Date(sec * 1000);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** Parse wtmp/btmp bytes. Empty slots (type 0, no user, no time) are skipped. */
export function parseUtmp(bytes: Buffer, path: string): UtmpParse {
  const records: LoginRecord[] = [];
  const whole = Math.floor(bytes.length / UTMP_SIZE);
  for (let i = 0; i < whole; i++) {
    const r = bytes.subarray(i * UTMP_SIZE, (i + 1) * UTMP_SIZE);
    const rawType = r.readInt16LE(0);
    const sec = r.readInt32LE(340);
    const user = cString(r, 44, 32);
    if (rawType === 0 && user === '' && sec === 0) continue;
    const host = cString(r, 76, 256) || addressOf(r.subarray(348, 364));
    const where: FileLine = { path, line: i + 1 };
    records.push({
      type: TYPES[rawType] ?? 'other',
      user,
      tty: cString(r, 8, 32),
      host,
      pid: r.readInt32LE(4),
      time: iso(sec),
      epoch: sec,
      where,
    });
  }
  return { records, truncatedBytes: bytes.length - whole * UTMP_SIZE };
}

export interface LastlogEntry {
  uid: number;
  tty: string;
  host: string;
  time: string;
  epoch: number;
  where: FileLine;
}

/** Parse lastlog bytes: one entry per uid that has logged in (ll_time ≠ 0). */
export function parseLastlog(
  bytes: Buffer,
  path: string,
): { entries: LastlogEntry[]; truncatedBytes: number } {
  const entries: LastlogEntry[] = [];
  const whole = Math.floor(bytes.length / LASTLOG_SIZE);
  for (let uid = 0; uid < whole; uid++) {
    const offset = uid * LASTLOG_SIZE;
    const sec = bytes.readUInt32LE(offset);
    if (sec === 0) continue;
    entries.push({
      uid,
      tty: cString(bytes, offset + 4, 32),
      host: cString(bytes, offset + 36, 256),
      time: iso(sec),
      epoch: sec,
      where: { path, line: uid + 1 },
    });
  }
  return { entries, truncatedBytes: bytes.length - whole * LASTLOG_SIZE };
}

/** Build one utmp record (tests and fixture builders). */
export function utmpRecord(r: {
  type: number;
  pid?: number;
  tty?: string;
  id?: string;
  user?: string;
  host?: string;
  sec: number;
  usec?: number;
  ipv4?: string;
}): Buffer {
  const b = Buffer.alloc(UTMP_SIZE);
  b.writeInt16LE(r.type, 0);
  b.writeInt32LE(r.pid ?? 0, 4);
  b.write(r.tty ?? '', 8, 32, 'utf8');
  b.write(r.id ?? '', 40, 4, 'utf8');
  b.write(r.user ?? '', 44, 32, 'utf8');
  b.write(r.host ?? '', 76, 256, 'utf8');
  b.writeInt32LE(r.sec, 340);
  b.writeInt32LE(r.usec ?? 0, 344);
  if (r.ipv4) r.ipv4.split('.').forEach((o, i) => b.writeUInt8(Number(o), 348 + i));
  return b;
}

/** Build one lastlog record (tests and fixture builders). */
export function lastlogRecord(r: { sec: number; tty?: string; host?: string }): Buffer {
  const b = Buffer.alloc(LASTLOG_SIZE);
  b.writeUInt32LE(r.sec, 0);
  b.write(r.tty ?? '', 4, 32, 'utf8');
  b.write(r.host ?? '', 36, 256, 'utf8');
  return b;
}
