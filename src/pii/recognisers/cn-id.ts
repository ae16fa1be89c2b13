/**
 * 居民身份证号 (GB 11643-1999): six-digit region code (GB/T 2260), birth date YYYYMMDD, three-digit
 * sequence (odd for men), and an ISO 7064 MOD 11-2 check character (0–9 or X). The legacy 15-digit
 * form has a YYMMDD birth date in the 1900s and no check character.
 */
import { regionLevel, type RegionLevel } from './region.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function cnIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** "Today" as YYYY-MM-DD (UTC), the form birth dates are compared in. */
export function isoDay(now: Date): string {
  // Called once per text searched: the last answer is kept (toISOString was 4 % of an inventory scan).
  const t = now.getTime();
  if (t !== lastTime) {
    lastTime = t;
    lastDay = now.toISOString().slice(0, 10);
  }
  return lastDay;
}
let lastTime = Number.NaN;
let lastDay = '';

/** A real calendar date, not after `today` (YYYY-MM-DD), not before 1880. Returns YYYY-MM-DD. */
export function validBirthDate(y: number, m: number, d: number, today: string): string | undefined {
  if (y < 1880 || m < 1 || m > 12 || d < 1) return undefined;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > MONTH_DAYS[m - 1]! + (leap ? 1 : 0)) return undefined;
  const iso = `${String(y)}-${m < 10 ? '0' : ''}${String(m)}-${d < 10 ? '0' : ''}${String(d)}`;
  return iso <= today ? iso : undefined;
}

export interface CnIdInfo {
  /** The normalised 18-character number (a 15-digit number is upgraded), the person key. */
  id18: string;
  birthDate: string;
  region: RegionLevel;
  legacy: boolean;
}

/** Parse and validate an 18- or 15-character ID number; undefined unless every part is valid. `now` may be a YYYY-MM-DD day. */
export function parseCnId(value: string, now: Date | string = new Date()): CnIdInfo | undefined {
  const today = typeof now === 'string' ? now : isoDay(now);
  if (value.length === 18) {
    const body = value.slice(0, 17);
    if (!isDigits(body)) return undefined;
    const last = value.charCodeAt(17);
    const check = last === 120 ? 'X' : value[17]!;
    if (check !== 'X' && (last < 48 || last > 57)) return undefined;
    if (cnIdCheckChar(body) !== check) return undefined;
    const region = regionLevel(value.slice(0, 6));
    if (region === undefined) return undefined;
    const birthDate = validBirthDate(+value.slice(6, 10), +value.slice(10, 12), +value.slice(12, 14), today);
    if (birthDate === undefined) return undefined;
    return { id18: body + check, birthDate, region, legacy: false };
  }
  if (value.length === 15) {
    if (!isDigits(value)) return undefined;
    const region = regionLevel(value.slice(0, 6));
    // Without a check character the legacy form needs a known prefecture to be believed.
    if (region === undefined || region === 'province') return undefined;
    const birthDate = validBirthDate(
      1900 + +value.slice(6, 8),
      +value.slice(8, 10),
      +value.slice(10, 12),
      today,
    );
    if (birthDate === undefined) return undefined;
    const body = `${value.slice(0, 6)}19${value.slice(6)}`;
    return { id18: body + cnIdCheckChar(body), birthDate, region, legacy: true };
  }
  return undefined;
}

/** Base confidence of a validated number before context words. */
export function cnIdConfidence(info: CnIdInfo): number {
  if (info.legacy) return 0.6;
  return info.region === 'county' ? 0.9 : info.region === 'prefecture' ? 0.85 : 0.7;
}
