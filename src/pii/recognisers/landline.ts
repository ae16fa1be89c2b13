/**
 * Fixed-line numbers with an area code: 010 and 020–029 (three digits) or 0[3-9]xx (four digits),
 * then a 7- or 8-digit local number that does not start with 0 or 1, optionally an extension.
 * Forms: 010-12345678, (010)12345678, （0755）1234567, 0755 12345678, +86-10-12345678.
 */

/** Is this a valid area-code shape (with its leading 0)? */
export function isAreaCode(code: string): boolean {
  if (code.length === 3) return code === '010' || (code[0] === '0' && code[1] === '2');
  if (code.length === 4) return code[0] === '0' && code[1]! >= '3' && code[1]! <= '9';
  return false;
}

export function isLocalNumber(local: string): boolean {
  return (local.length === 7 || local.length === 8) && /^[2-9]\d+$/.test(local);
}

/** Split an unseparated number (01012345678, 075512345678) into area and local parts. */
export function splitLandline(digits: string): { area: string; local: string } | undefined {
  if (digits[0] !== '0') return undefined;
  for (const n of [3, 4]) {
    const area = digits.slice(0, n);
    const local = digits.slice(n);
    if (isAreaCode(area) && isLocalNumber(local)) return { area, local };
  }
  return undefined;
}

/** Normalise a whole value to `area-local`, or undefined. */
export function parseLandline(value: string): string | undefined {
  let v = value.trim().replace(/[（(]/g, '').replace(/[）)]/g, '-');
  v = v.replace(/^(?:\+86|0086)[\s-]*/, '0');
  const parts = v.split(/[\s-]+/).filter((p) => p !== '');
  if (!parts.every((p) => /^\d+$/.test(p))) return undefined;
  if (parts.length === 1) {
    const s = splitLandline(parts[0]!);
    return s && `${s.area}-${s.local}`;
  }
  if (parts.length > 3) return undefined;
  const [area, local, ext] = parts as [string, string, string | undefined];
  if (!isAreaCode(area) || !isLocalNumber(local)) return undefined;
  if (ext !== undefined && ext.length > 5) return undefined;
  return `${area}-${local}`;
}
