/**
 * One pass over a text: ASCII word tokens (letters, digits, '_') are found with a byte-class table,
 * digit tokens joined by single spaces or hyphens are tried as grouped numbers (138 1234 5678,
 * 6222 0212 3456 7890, 010-12345678), and each token is dispatched on its length and first character
 * to the validators. E-mail addresses come from an indexOf('@') loop, IP addresses from their labels.
 * No regular expression runs over the whole text except the IP label search.
 */
import type { PiiKind, PiiMatch } from '../types.ts';
import { isBankCard, cardNetwork } from './bank-card.ts';
import { cnIdConfidence, isoDay, parseCnId } from './cn-id.ts';
import { adjust, contextBefore, raiseBefore } from './context.ts';
import { documentShape } from './documents.ts';
import { findEmails } from './email.ts';
import { findLabelledIps, ipLabelBefore, ipv4At, isIp } from './ip.ts';
import { isAreaCode, isLocalNumber, splitLandline } from './landline.ts';
import { isMobile11 } from './mobile.ts';
import { isPlateSuffixChar, isPlateTail, isProvinceChar } from './plate.ts';
import { parseUscc } from './uscc.ts';

export interface ScanOptions {
  /** "Today" for birth dates (an ID number may not be born in the future). */
  now?: Date;
  /** Matches below this confidence are dropped (default 0.5; 0 keeps look-alike-context matches). */
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * 0: not a word character, 1: digit, 2: letter, 3: underscore. Sized for every UTF-16 code unit so that
 * a lookup is never out of bounds (an out-of-bounds typed-array read sends V8 down a slow path).
 */
const CLASS = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = 2;
CLASS[95] = 3;

/** Base confidences of validated values before context words. */
export const BASE = {
  mobile: 0.85,
  landline: 0.8,
  landlineBare: 0.45,
  bankCard: 0.8,
  /** 17- and 18-digit numbers outside UnionPay ranges are mostly order numbers that pass Luhn by chance. */
  bankCardOddLength: 0.4,
  email: 0.95,
  /** Travel documents need a label: these values are lifted to 0.9 by one, and dropped without. */
  document: 0.3,
  documentDigitsOnly: 0.2,
  plate: 0.8,
  ip: 0.9,
  usccOrgOk: 0.9,
  /** The organisation code's own check fails: an all-digit value then needs a label; one with letters not. */
  usccOrgBad: 0.4,
  usccOrgBadLetters: 0.7,
} as const;

/** The grouped form of a credit code (authority and type, region, organisation code + check). */
const SPACED_USCC = /([0-9A-Y]{2})[ -](\d{6})[ -]([0-9A-Z]{10})(?![0-9A-Za-z_])/y;

/** Strongly validated kinds lose less to a look-alike label (a valid check character by chance is rare). */
const LOWER_PENALTY: Partial<Record<PiiKind, number>> = { 'cn-id': 0.25, email: 0.25 };

export function scanText(text: string, options: ScanOptions = {}): PiiMatch[] {
  const today = isoDay(options.now ?? new Date());
  const min = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const out: PiiMatch[] = [];
  const n = text.length;

  function emit(
    kind: PiiKind,
    start: number,
    end: number,
    base: number,
    personKey?: string,
    birthDate?: string,
  ): void {
    // A value that needs a label: look for a raising word first (most such tokens have none).
    if (base < min && !raiseBefore(text, start, kind)) return;
    const confidence = adjust(base, contextBefore(text, start, kind), LOWER_PENALTY[kind] ?? 0.5);
    if (confidence < min) return;
    const m: PiiMatch = { kind, value: text.slice(start, end), start, end, confidence };
    if (personKey !== undefined) m.personKey = personKey;
    if (birthDate !== undefined) m.birthDate = birthDate;
    out.push(m);
  }

  function cnId(start: number, end: number, value: string): boolean {
    const info = parseCnId(value, today);
    if (info === undefined) return false;
    emit('cn-id', start, end, cnIdConfidence(info), info.id18, info.birthDate);
    return true;
  }

  function mobile(start: number, end: number, digits11: string): void {
    emit('mobile', start, end, BASE.mobile, digits11);
  }

  function bank(start: number, end: number, digits: string): boolean {
    if (!isBankCard(digits)) return false;
    const network = cardNetwork(digits);
    const base =
      network === 'unionpay'
        ? BASE.bankCard + 0.05
        : digits.length === 17 || digits.length === 18
          ? BASE.bankCardOddLength
          : BASE.bankCard;
    emit('bank-card', start, end, base);
    return true;
  }

  /** A single digit token (no grouping). */
  function digitToken(s: number, e: number): void {
    const len = e - s;
    if (len < 8 || len > 19) return;
    const v = text.slice(s, e);
    switch (len) {
      case 8:
        emit('taiwan-permit', s, e, BASE.documentDigitsOnly);
        return;
      case 10:
        if (v[0] === '0' && splitLandline(v)) emit('landline', s, e, BASE.landlineBare);
        else emit('taiwan-permit', s, e, BASE.documentDigitsOnly);
        return;
      case 11:
        if (isMobile11(v)) mobile(s, e, v);
        else if (v[0] === '0' && splitLandline(v)) emit('landline', s, e, BASE.landlineBare);
        return;
      case 12:
        if (v[0] === '0' && splitLandline(v)) emit('landline', s, e, BASE.landlineBare);
        return;
      case 13:
        if (v.startsWith('86') && isMobile11(v.slice(2))) mobile(s, e, v.slice(2));
        return;
      case 15:
        if (v.startsWith('0086') && isMobile11(v.slice(4))) mobile(s, e, v.slice(4));
        else cnId(s, e, v);
        return;
      case 18:
        if (cnId(s, e, v)) return;
        if (usccToken(s, e, v)) return;
        bank(s, e, v);
        return;
      default:
        if (len >= 16) bank(s, e, v);
    }
  }

  /** `v` is the compact code; [s, e) its span in the text (which may include separators). */
  function usccToken(s: number, e: number, v: string): boolean {
    const info = parseUscc(v);
    if (info === undefined) return false;
    // Issued codes pass the organisation-code check; an all-digit value that fails it is more likely an
    // order or ID-like number that met the final check by chance (1 in 31), so it needs a label.
    const base = info.orgCheckOk
      ? BASE.usccOrgOk
      : /[A-Z]/.test(v)
        ? BASE.usccOrgBadLetters
        : BASE.usccOrgBad;
    emit('uscc', s, e, base);
    return true;
  }

  /** A token with letters (and digits): IDs ending in X, credit codes, documents, plates. */
  function mixedToken(s: number, e: number): void {
    const len = e - s;
    const v = text.slice(s, e);
    if (len === 18) {
      const last = v.charCodeAt(17);
      if ((last === 88 || last === 120) && cnId(s, e, v)) return;
      usccToken(s, e, v);
      return;
    }
    if (s > 0 && len >= 5 && len <= 7 && isProvinceChar(text.charCodeAt(s - 1))) {
      // 浙C1234学: a special-use character ends the plate.
      const end = len === 5 && e < n && isPlateSuffixChar(text.charCodeAt(e)) ? e + 1 : e;
      if (isPlateTail(v[0]!, text.slice(s + 1, end))) emit('licence-plate', s - 1, end, BASE.plate);
      return;
    }
    if (len === 9 || len === 11) {
      const kind = documentShape(v);
      if (kind !== undefined) emit(kind, s, e, BASE.document);
    }
  }

  /**
   * A cheap test on the first two group lengths before any string is built: mobile 3-4 / 3-8, landline
   * 0xx(x)-7/8, ID 6-8, card 4-4 / 6-10..13, country codes +86 / 0086. Dates (2025-05-01) fail here.
   */
  function plausibleGroups(s: number, e: number): boolean {
    let q = e + 1;
    while (q < n && CLASS[text.charCodeAt(q)] === 1) q++;
    const len1 = e - s;
    const len2 = q - e - 1;
    const zero = text.charCodeAt(s) === 48;
    switch (len1) {
      case 2:
        return (
          s > 0 && text.charCodeAt(s - 1) === 43 && text.charCodeAt(s) === 56 && text.charCodeAt(s + 1) === 54
        );
      case 3:
        return len2 === 4 || len2 === 8 || (zero && len2 === 7);
      case 4:
        if (zero)
          return (
            len2 === 7 ||
            len2 === 8 ||
            (text.startsWith('0086', s) && (len2 === 2 || len2 === 3 || len2 === 11))
          );
        return len2 === 4;
      case 6:
        return len2 === 8 || (len2 >= 10 && len2 <= 13);
      default:
        return false;
    }
  }

  /** Digit groups joined by one space or hyphen, starting at token [s, e). Returns the end consumed or -1. */
  function grouped(s: number, e: number): number {
    if (!plausibleGroups(s, e)) return -1;
    const starts = [s];
    const ends = [e];
    let p = e;
    while (starts.length < 7 && p + 1 < n && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 45)) {
      let q = p + 1;
      while (q < n && CLASS[text.charCodeAt(q)] === 1) q++;
      // An ID number's last group may end in X.
      if (q < n && (text[q] === 'X' || text[q] === 'x') && q - (p + 1) === 3) q++;
      if (q === p + 1 || (q < n && CLASS[text.charCodeAt(q)] !== 0)) break;
      starts.push(p + 1);
      ends.push(q);
      p = q;
    }
    if (starts.length < 2) return -1;
    const lens = starts.map((st, k) => ends[k]! - st);
    const parts = starts.map((st, k) => text.slice(st, ends[k]));
    // Country code +86 / 0086 / 86 in front.
    let k0 = 0;
    let from = s;
    if ((parts[0] === '86' && s > 0 && text[s - 1] === '+') || parts[0] === '0086') {
      k0 = 1;
      if (parts[0] === '86') from = s - 1;
    }
    for (let last = lens.length - 1; last >= 1; last--) {
      const ps = parts.slice(k0, last + 1);
      const ls = lens.slice(k0, last + 1);
      const joined = ps.join('');
      const end = ends[last]!;
      const shape = ls.join(',');
      if ((shape === '3,4,4' || shape === '3,8' || shape === '11') && isMobile11(joined)) {
        mobile(from, end, joined);
        return end;
      }
      if (k0 === 1 && (ls.length === 2 || ls.length === 3)) {
        if (isAreaCode(`0${ps[0]!}`) && isLocalNumber(ps[1]!) && (ls.length === 2 || ls[2]! <= 5)) {
          emit('landline', from, end, BASE.landline);
          return end;
        }
      }
      if (k0 === 0) {
        if ((ls.length === 2 || ls.length === 3) && isAreaCode(ps[0]!) && isLocalNumber(ps[1]!)) {
          if (ls.length === 2 || ls[2]! <= 5) {
            emit('landline', s, end, BASE.landline);
            return end;
          }
        }
        if (shape === '6,8,4' && cnId(s, end, joined)) return end;
        if (joined.length >= 16 && joined.length <= 19 && /^\d+$/.test(joined)) {
          const mid = ls.slice(1, -1);
          const cardShape =
            (ls[0] === 4 && mid.every((l) => l === 4) && ls.length >= 4 && ls[ls.length - 1]! <= 4) ||
            (ls[0] === 6 && ls.length === 2);
          if (cardShape && bank(s, end, joined)) return end;
        }
      }
    }
    return -1;
  }

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (CLASS[c] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    let digits = CLASS[c] === 1 ? 1 : 0;
    while (j < n) {
      const k = CLASS[text.charCodeAt(j)]!;
      if (k === 0) break;
      if (k === 1) digits++;
      j++;
    }
    const len = j - i;
    // Digits of a decimal or a dotted version (0.13812345678, 13812345678.5) are not identifiers.
    const dotted =
      (i >= 2 && text.charCodeAt(i - 1) === 46 && CLASS[text.charCodeAt(i - 2)] === 1) ||
      (j + 1 < n && text.charCodeAt(j) === 46 && CLASS[text.charCodeAt(j + 1)] === 1);
    if (dotted && digits === len) {
      // An IPv4 address after a personal label (用户IP: 203.0.113.5); other dotted numbers are skipped.
      if (len <= 3 && !(i > 0 && (text.charCodeAt(i - 1) === 46 || CLASS[text.charCodeAt(i - 1)] === 1))) {
        const end = ipv4At(text, i);
        if (end > 0) {
          if (ipLabelBefore(text, i) && isIp(text.slice(i, end))) emit('ip-address', i, end, BASE.ip);
          i = end;
          continue;
        }
      }
      i = j;
      continue;
    }
    // A credit code written in its groups: 91 110000 600037341L.
    if (len === 2 && j + 1 < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45)) {
      SPACED_USCC.lastIndex = i;
      const m = SPACED_USCC.exec(text);
      if (m !== null && usccToken(i, i + m[0].length, m[1]! + m[2]! + m[3]!)) {
        i += m[0].length;
        continue;
      }
    }
    if (digits === len) {
      if (
        j + 1 < n &&
        (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45) &&
        CLASS[text.charCodeAt(j + 1)] === 1 &&
        len <= 6
      ) {
        const end = grouped(i, j);
        if (end >= 0) {
          i = end;
          continue;
        }
      } else if ((len === 3 || len === 4) && i > 0 && (text[i - 1] === '(' || text[i - 1] === '（')) {
        // (010)12345678
        const close = text[j];
        if (close === ')' || close === '）') {
          let q = j + 1;
          while (q < n && text[q] === ' ') q++;
          let r = q;
          while (r < n && CLASS[text.charCodeAt(r)] === 1) r++;
          if (isAreaCode(text.slice(i, j)) && isLocalNumber(text.slice(q, r))) {
            emit('landline', i - 1, r, BASE.landline);
            i = r;
            continue;
          }
        }
      }
      digitToken(i, j);
    } else if (digits > 0) {
      mixedToken(i, j);
    } else if (
      len === 1 &&
      i > 0 &&
      isProvinceChar(text.charCodeAt(i - 1)) &&
      (text[j] === '·' || text[j] === ' ' || text[j] === '-')
    ) {
      let r = j + 1;
      while (r < n && r - j <= 7 && CLASS[text.charCodeAt(r)] !== 0) r++;
      if (r - j === 5 && r < n && isPlateSuffixChar(text.charCodeAt(r))) r++;
      if (isPlateTail(text[i]!, text.slice(j + 1, r))) {
        emit('licence-plate', i - 1, r, BASE.plate);
        i = r;
        continue;
      }
    }
    i = j;
  }

  for (const span of findEmails(text)) emit('email', span.start, span.end, BASE.email);
  if (text.includes('::'))
    for (const span of findLabelledIps(text, true)) emit('ip-address', span.start, span.end, BASE.ip);
  return out;
}

/** Overlaps resolved: the longest match wins, then the more confident; the result is sorted by start. */
export function resolveOverlaps(matches: PiiMatch[]): PiiMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiMatch[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || m.start >= last.end) {
      out.push(m);
      continue;
    }
    const better =
      m.end - m.start > last.end - last.start ||
      (m.end - m.start === last.end - last.start && m.confidence > last.confidence);
    if (better) out[out.length - 1] = m;
  }
  return out;
}
