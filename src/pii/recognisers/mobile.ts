/**
 * Mainland mobile numbers: 11 digits, 1 then a current network prefix (MIIT numbering plan: 13x,
 * 145–149, 15x except 154, 162/165/166/167, 170–178, 18x, 19x except 194), optionally after +86, 0086
 * or 86, with spaces or hyphens between the 3-4-4 groups.
 */

/** Allowed third digits for each second digit (index = second digit). */
const THIRD: readonly (string | undefined)[] = [
  undefined,
  undefined,
  undefined,
  '0123456789', // 13x
  '56789', // 145–149 (140–144 are 13-digit IoT numbers)
  '012356789', // 15x, no 154
  '2567', // 162, 165, 166, 167
  '012345678', // 170–178
  '0123456789', // 18x
  '012356789', // 19x, no 194
];

/** Is an 11-digit string a mobile number with a current prefix? */
export function isMobile11(d: string): boolean {
  if (d.length !== 11 || d.charCodeAt(0) !== 49) return false;
  for (let i = 1; i < 11; i++) {
    const c = d.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const third = THIRD[d.charCodeAt(1) - 48];
  return third !== undefined && third.includes(d[2]!);
}

/** Normalise a whole value (+86 138-1234-5678, 0086 13812345678, 8613812345678) to 11 digits. */
export function parseMobile(value: string): string | undefined {
  let d = value.trim().replace(/^\+/, '');
  if (!/^[\d\s-]+$/.test(d)) return undefined;
  d = d.replace(/[\s-]/g, '');
  if (d.length === 15 && d.startsWith('0086')) d = d.slice(4);
  else if (d.length === 13 && d.startsWith('86')) d = d.slice(2);
  return isMobile11(d) ? d : undefined;
}
