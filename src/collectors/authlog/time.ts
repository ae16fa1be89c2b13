/**
 * Log time stamps. Syslog's RFC 3164 stamp ("Mar  4 13:34:59") has no year and no zone: the year comes
 * from the file's mtime (a month later than the mtime's month belongs to the year before, which handles a
 * log that spans New Year), the zone from the host (/etc/localtime). RFC 3339 stamps, as rsyslog writes
 * them on newer Debian, carry both. Pure; the zone arithmetic uses the runtime's IANA data (Intl).
 */

export const MONTHS: Readonly<Record<string, number>> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

/** A wall-clock stamp as written in a log line. */
export interface Stamp {
  /** Null when the line has none (RFC 3164). */
  year: number | null;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC when the stamp carries an offset. */
  offsetMinutes: number | null;
}

/** The year and month of the file's mtime: the reference for stamps without a year. */
export interface YearRef {
  year: number;
  month: number;
}

/**
 * A host time zone: an IANA name ("Asia/Shanghai") or a fixed offset in minutes east of UTC (from a TZif
 * footer such as "CST-8"). Null: unknown, wall clock read as UTC.
 */
export type Zone = { iana: string } | { fixedMinutes: number } | null;

export function inferYear(month: number, ref: YearRef): number {
  return month > ref.month ? ref.year - 1 : ref.year;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

/** True when the runtime knows this IANA zone name. */
export function isKnownZone(zone: string): boolean {
  return formatter(zone) !== null;
}

const offsetCache = new Map<string, number>();

/** Minutes east of UTC in an IANA zone at an instant (cached per zone and hour). */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const hour = Math.floor(utcMs / 3_600_000);
  const key = `${zone}@${hour}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const f = formatter(zone);
  let offset = 0;
  if (f) {
    const at = hour * 3_600_000;
    const parts: Record<string, number> = {};
    for (const p of f.formatToParts(new Date(at))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second);
    offset = Math.round((wall - at) / 60_000);
  }
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** The instant (ms since epoch) of a stamp, given the year to use when it has none. */
export function stampToMs(stamp: Stamp, ref: YearRef, zone: Zone): { ms: number; utc: boolean } {
  const year = stamp.year ?? inferYear(stamp.month, ref);
  const wall = Date.UTC(year, stamp.month - 1, stamp.day, stamp.hour, stamp.minute, stamp.second, stamp.ms);
  if (stamp.offsetMinutes !== null) return { ms: wall - stamp.offsetMinutes * 60_000, utc: true };
  if (zone === null) return { ms: wall, utc: false };
  if ('fixedMinutes' in zone) return { ms: wall - zone.fixedMinutes * 60_000, utc: true };
  // Two rounds settle the offset around a DST change.
  const first = wall - zoneOffsetMinutes(zone.iana, wall) * 60_000;
  return { ms: wall - zoneOffsetMinutes(zone.iana, first) * 60_000, utc: true };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "YYYY-MM-DDTHH:MM:SS" of a second since the epoch (days to civil date: H. Hinnant's algorithm). */
function secondText(second: number): string {
  const days = Math.floor(second / 86400);
  const rest = second - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(second * 1000).toISOString().slice(0, 19);
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(h)}:${pad2(m)}:${pad2(rest % 60)}`;
}

/** ISO 8601: "…Z" for an instant, no offset for a wall-clock time of unknown zone. */
export function isoOf(ms: number, utc: boolean): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  const second = Math.floor(ms / 1000);
  const frac = String(ms - second * 1000).padStart(3, '0');
  return `${secondText(second)}.${frac}${utc ? 'Z' : ''}`;
}

/**
 * The zone named by /etc/localtime's link target ("../usr/share/zoneinfo/Asia/Shanghai") or by
 * /etc/timezone's text; null when neither names a zone the runtime knows.
 */
export function zoneFromName(linkTargetOrText: string | undefined): Zone {
  if (linkTargetOrText === undefined) return null;
  const text = linkTargetOrText.trim();
  const i = text.indexOf('zoneinfo/');
  let name = i >= 0 ? text.slice(i + 'zoneinfo/'.length) : (text.split(/\s/)[0] ?? '');
  name = name.replace(/^(posix|right)\//, '');
  if (name === '' || !/^[A-Za-z0-9_+\-/]+$/.test(name)) return null;
  return isKnownZone(name) ? { iana: name } : null;
}

/**
 * A fixed zone from a TZif file's footer (its last line, a POSIX TZ string such as "CST-8"); null when the
 * footer is missing or the zone has daylight saving rules (a copied zone file, as in many containers).
 */
export function zoneFromTzif(bytes: Buffer): Zone {
  if (bytes.length < 8 || bytes.subarray(0, 4).toString('latin1') !== 'TZif') return null;
  const end = bytes[bytes.length - 1] === 0x0a ? bytes.length - 1 : -1;
  if (end < 0) return null;
  const start = bytes.lastIndexOf(0x0a, end - 1);
  if (start < 0) return null;
  const footer = bytes.subarray(start + 1, end).toString('latin1');
  const m = /^(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]+>)([+-]?)(\d{1,2})(?::(\d{2}))?$/.exec(footer);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  // POSIX offsets are west of UTC: "CST-8" is UTC+8.
  return { fixedMinutes: m[1] === '-' ? minutes : -minutes };
}

export function zoneLabel(zone: Zone): string | null {
  if (zone === null) return null;
  if ('iana' in zone) return zone.iana;
  const m = Math.abs(zone.fixedMinutes);
  const sign = zone.fixedMinutes < 0 ? '-' : '+';
  return `UTC${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
