/**
 * Travel documents, recognised by shape and believed only with a label nearby (their shapes are shared
 * by invoice and ticket numbers):
 * - 护照 (PRC passport): E or G + 8 digits, or E + a letter (not I or O) + 7 digits (since 2017);
 * - 港澳 permits: H or M + 8 digits, or + 10 digits on older cards (港澳居民来往内地通行证), and for
 *   mainland residents C + 8 digits or C + letter + 7 digits (往来港澳通行证);
 * - 台湾 permits: 8 digits (台湾居民来往大陆通行证 since 2015), the older 10 digits with an optional
 *   bracketed letter, and for mainland residents L + 8 digits (大陆居民往来台湾通行证).
 */
import type { PiiKind } from '../types.ts';

export type DocumentKind = Extract<PiiKind, 'passport' | 'hk-macau-permit' | 'taiwan-permit'>;

const DIGITS = /^\d+$/;

/** The document kind a token's shape fits, if any. `digitsOnly` shapes need a label to be believed. */
export function documentShape(v: string): DocumentKind | undefined {
  const first = v[0];
  const rest = v.slice(1);
  if (v.length === 9) {
    if ((first === 'E' || first === 'G') && DIGITS.test(rest)) return 'passport';
    if (first === 'E' && /^[A-HJ-NP-Z]\d{7}$/.test(rest)) return 'passport';
    if ((first === 'H' || first === 'M' || first === 'C') && DIGITS.test(rest)) return 'hk-macau-permit';
    if (first === 'C' && /^[A-HJ-NP-Z]\d{7}$/.test(rest)) return 'hk-macau-permit';
    if (first === 'L' && DIGITS.test(rest)) return 'taiwan-permit';
    return undefined;
  }
  if (v.length === 11 && (first === 'H' || first === 'M') && DIGITS.test(rest)) return 'hk-macau-permit';
  if ((v.length === 8 || v.length === 10) && DIGITS.test(v)) return 'taiwan-permit';
  return undefined;
}

/** Whole-value validation for a cell already labelled as this kind. */
export function isDocument(kind: DocumentKind, value: string): boolean {
  const v = value
    .trim()
    .toUpperCase()
    .replace(/\([A-Z]\)$/, '');
  return documentShape(v) === kind;
}
