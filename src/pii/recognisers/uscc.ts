/**
 * 统一社会信用代码 (GB 32100-2015): registration-authority code, organisation-type code, six-digit
 * region code, nine-character organisation code (GB 11714, with its own check character) and a
 * check character over the 31-character alphabet (no I, O, Z, S, V).
 */

import { isRegistrationRegion } from './region.ts';

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_ALPHABET.length; i++) VALUE[USCC_ALPHABET.charCodeAt(i)] = i;

/** Registration-authority codes and the organisation-type codes each allows (GB 32100 and its amendment). */
const TYPES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 群众团体, 其他
  '2': '19', // 外交
  '3': '1234559', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业: 农村集体经济组织
  Y: '1', // 其他
};

/** The final check character of the first 17 characters (which must be in the alphabet). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += VALUE[first17.charCodeAt(i)]! * WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character of an eight-character organisation code body (digits and capitals). */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * ORG_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

export interface UsccInfo {
  /** The organisation code's own check character agrees (true of nearly every issued code). */
  orgCheckOk: boolean;
  /** 个体工商户 (type 92): a natural person's business, so the code is personal information. */
  individual: boolean;
}

/** Validate an 18-character code (already compact, capitals); undefined when invalid. */
export function parseUscc(value: string): UsccInfo | undefined {
  if (value.length !== 18) return undefined;
  for (let i = 0; i < 18; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || VALUE[c]! < 0) return undefined;
  }
  const allowed = TYPES[value[0]!];
  if (allowed === undefined || !allowed.includes(value[1]!)) return undefined;
  for (let i = 2; i < 8; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  // Characters 3–8 are the registering authority's region code (GB/T 2260): an 18-digit number whose
  // check character happens to fit (1 in 31) is no credit code when its province does not exist.
  if (!isRegistrationRegion(value.slice(2, 8))) return undefined;

  if (usccCheckChar(value) !== value[17]) return undefined;
  return {
    orgCheckOk: orgCodeCheckChar(value.slice(8, 16)) === value[16],
    individual: value.startsWith('92'),
  };
}

/** Remove the spaces and hyphens people put in codes and upper-case them. */
export function compactUscc(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase();
}
