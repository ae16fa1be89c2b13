/**
 * 机动车号牌 (GA 36): a province abbreviation, the issuing authority's letter, then five characters
 * (letters without I and O, digits; the last may be 挂 学 警 港 澳 领 试 超), or six for new-energy
 * vehicles (D or F first for small cars, last for large ones). A '·' or space may follow the letter.
 */

export const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PROVINCE_SET = new Set(Array.from({ length: PROVINCES.length }, (_, i) => PROVINCES.charCodeAt(i)));

export function isProvinceChar(code: number): boolean {
  return PROVINCE_SET.has(code);
}

const SUFFIXES = '挂学警港澳领试超';

/** A special-use character that may end an ordinary plate (trailer, driving school, police, …). */
export function isPlateSuffixChar(code: number): boolean {
  return SUFFIXES.includes(String.fromCharCode(code));
}

const ORDINARY = /^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳领试超]$/;
const NEW_ENERGY_SMALL = /^[DF][A-HJ-NP-Z0-9]\d{4}$/;
const NEW_ENERGY_LARGE = /^\d{5}[DF]$/;

/** Validate the part after the province character: authority letter + 5 or 6 characters. */
export function isPlateTail(letter: string, rest: string): boolean {
  if (!/^[A-HJ-NP-Z]$/.test(letter)) return false;
  if (rest.length === 5) return ORDINARY.test(letter + rest) && /\d/.test(rest);
  if (rest.length === 6) return NEW_ENERGY_SMALL.test(rest) || NEW_ENERGY_LARGE.test(rest);
  return false;
}

export function parsePlate(value: string): string | undefined {
  const v = value
    .trim()
    .toUpperCase()
    .replace(/[·\s-]/g, '');
  if (!isProvinceChar(v.charCodeAt(0))) return undefined;
  return isPlateTail(v.slice(1, 2), v.slice(2)) ? v : undefined;
}
