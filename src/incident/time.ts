/**
 * Times for incidents: strict ISO 8601 parsing (a time without an offset is read in the given zone)
 * and formatting an instant as ISO 8601 with the offset a zone has at that instant (DST-aware, via Intl).
 */
import { isKnownZone, zoneOffsetMinutes } from '../collectors/authlog/time.ts';
import { HeguiError } from '../core/errors.ts';

export const DEFAULT_TZ = 'Asia/Shanghai';

/** Throws HEGUI_E_USAGE when tz is not an IANA zone name this runtime knows. */
export function checkZone(tz: string): void {
  if (!isKnownZone(tz))
    throw new HeguiError(
      'HEGUI_E_USAGE',
      `unknown time zone "${tz}" (use an IANA name such as Asia/Shanghai)`,
    );
}

/** The zone's offset from UTC at that instant, in minutes (east positive). */
function offsetAt(ms: number, tz: string): number {
  checkZone(tz);
  return zoneOffsetMinutes(tz, ms);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** ISO 8601 with the zone's offset at that instant, to the second: 2026-11-23T18:00:00+08:00. */
export function formatInZone(instant: Date, tz: string = DEFAULT_TZ): string {
  const offset = offsetAt(instant.getTime(), tz);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset * 60_000);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    offsetText(offset)
  );
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Parse an ISO 8601 date and time. With an offset (Z, +08:00, +0800, +08) it is exact; without one
 * it is read as wall-clock time in `tz`. Anything else, or an impossible date, is HEGUI_E_TIME_INVALID.
 */
export function parseIsoTime(text: string, tz: string = DEFAULT_TZ, what = 'time'): Date {
  const m = ISO.exec(text.trim());
  const invalid = (why: string) =>
    new HeguiError('HEGUI_E_TIME_INVALID', `${what} "${text}" is not a valid ISO 8601 time: ${why}`);
  if (m === null) throw invalid('expected YYYY-MM-DDTHH:MM[:SS][offset]');
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12) throw invalid('month out of range');
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw invalid('day out of range');
  if (hour > 23 || minute > 59 || second > 59) throw invalid('time out of range');
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const zone = m[8];
  if (zone !== undefined) {
    if (zone === 'Z' || zone === 'z') return new Date(wall);
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 23 || om > 59) throw invalid('offset out of range');
    const offset = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    return new Date(wall - offset * 60_000);
  }
  // Wall-clock time in tz: two passes settle the offset (in a DST gap the later offset wins).
  let guess = wall - offsetAt(wall, tz) * 60_000;
  guess = wall - offsetAt(guess, tz) * 60_000;
  return new Date(guess);
}
