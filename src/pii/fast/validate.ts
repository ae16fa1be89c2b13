/**
 * Cell values judged on their UTF-8 bytes (the byte engine, see types.ts): what `valueHit` in
 * src/pii/sources/table.ts decides for a column of known kind — a placeholder, a valid value of the kind
 * (with its person key's hash and birth date), possibly protected, a plausible name or address — without
 * building strings. Every answer equals the string path's on the same text, or is -1 (undecided: the
 * caller takes the string path).
 *
 * "The text" is the bytes decoded as TextDecoder decodes them (ill-formed bytes become U+FFFD, a leading
 * BOM is dropped: a cell starting with one is undecided where that could matter). Trimming is
 * JavaScript's trim (all Unicode white space), done exactly on bytes (trimStartBytes / trimEndBytes).
 *
 * The rules themselves stay in the recognisers: the tables below (region codes, card ranges, mobile
 * prefixes, credit-code types, e-mail characters, file extensions that are no TLD) are filled by asking
 * the recognisers, once per entry (region codes, card prefixes and TLDs lazily, on first sight). Only
 * checksum weights, the placeholder words and the shapes of names, addresses and birth dates are
 * restated here; the differential tests (validate.test.ts) hold them to the string path.
 */
import { cardNetwork } from '../recognisers/bank-card.ts';
import { isoDay } from '../recognisers/cn-id.ts';
import { isEmail } from '../recognisers/email.ts';
import { isMobile11 } from '../recognisers/mobile.ts';
import { regionCodes } from '../recognisers/region.ts';
import { parseUscc, USCC_ALPHABET, usccCheckChar } from '../recognisers/uscc.ts';
import type { PiiKind } from '../types.ts';

// --- white space -------------------------------------------------------------------------------------

/**
 * Byte length of the white-space character (String.prototype.trim's and \s's set) starting at `p`, or 0.
 * The multi-byte ones: U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
 */
export function wsAt(buf: Uint8Array, p: number, e: number): number {
  const c = buf[p]!;
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) ? 1 : 0;
  if (c === 0xc2) return p + 1 < e && buf[p + 1] === 0xa0 ? 2 : 0;
  if (p + 2 >= e) return 0;
  const c1 = buf[p + 1]!;
  const c2 = buf[p + 2]!;
  if (c === 0xe2) {
    if (c1 === 0x80) return (c2 >= 0x80 && c2 <= 0x8a) || c2 === 0xa8 || c2 === 0xa9 || c2 === 0xaf ? 3 : 0;
    return c1 === 0x81 && c2 === 0x9f ? 3 : 0;
  }
  if (c === 0xe3) return c1 === 0x80 && c2 === 0x80 ? 3 : 0;
  if (c === 0xe1) return c1 === 0x9a && c2 === 0x80 ? 3 : 0;
  if (c === 0xef) return c1 === 0xbb && c2 === 0xbf ? 3 : 0;
  return 0;
}

/** Byte length of the white-space character ending at `e` (not before `s`), or 0. */
function wsBefore(buf: Uint8Array, s: number, e: number): number {
  const c = buf[e - 1]!;
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) ? 1 : 0;
  if (e - s >= 2 && c === 0xa0 && buf[e - 2] === 0xc2) return 2;
  return e - s >= 3 && wsAt(buf, e - 3, e) === 3 ? 3 : 0;
}

/** Where the text of buf[s, e) starts once trimmed (JavaScript's trim: Unicode white space). */
export function trimStartBytes(buf: Uint8Array, s: number, e: number): number {
  while (s < e) {
    const n = wsAt(buf, s, e);
    if (n === 0) break;
    s += n;
  }
  return s;
}

/** Where the text of buf[s, e) ends once trimmed. */
export function trimEndBytes(buf: Uint8Array, s: number, e: number): number {
  while (e > s) {
    const n = wsBefore(buf, s, e);
    if (n === 0) break;
    e -= n;
  }
  return e;
}

function startsWithBom(buf: Uint8Array, s: number, e: number): boolean {
  return e - s >= 3 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf;
}

function inRange(buf: Uint8Array, p: number, e: number, lo: number, hi: number): boolean {
  const b = p < e ? buf[p]! : 0;
  return b >= lo && b <= hi;
}

/** Byte length of the well-formed UTF-8 character at `p` (1–4), or 0 when the bytes are ill-formed. */
function charLen(buf: Uint8Array, p: number, e: number): number {
  const c = buf[p]!;
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return inRange(buf, p + 1, e, 0x80, 0xbf) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const ok = inRange(buf, p + 1, e, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf);
    return ok && inRange(buf, p + 2, e, 0x80, 0xbf) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const ok = inRange(buf, p + 1, e, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf);
    return ok && inRange(buf, p + 2, e, 0x80, 0xbf) && inRange(buf, p + 3, e, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

/** The code point of a CJK character U+3400–U+9FFF (three bytes) starting at `p`, or 0. */
function cjkAt(buf: Uint8Array, p: number, e: number): number {
  if (p + 2 >= e) return 0;
  const c = buf[p]!;
  if (c < 0xe3 || c > 0xe9) return 0;
  const c1 = buf[p + 1]!;
  const c2 = buf[p + 2]!;
  if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return 0;
  const cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
  return cp >= 0x3400 ? cp : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** personHash (src/pii/inventory.ts) of the ASCII key a[off, off + n). */
function hashBytes(a: Uint8Array, off: number, n: number): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = off; i < off + n; i++) {
    const c = a[i]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

// --- tables from the recognisers ---------------------------------------------------------------------

/** GB 11643 (ISO 7064 MOD 11-2) weights and check characters, as in recognisers/cn-id.ts. */
const CN_WEIGHTS = Int32Array.of(7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2);
const CN_CHECK = Uint8Array.from('10X98765432', (c) => c.charCodeAt(0));
/** GB 32100 weights, as in recognisers/uscc.ts. */
const USCC_WEIGHTS = Int32Array.of(1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28);
const MONTH_DAYS = Int32Array.of(31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
/** Luhn: a doubled digit's contribution. */
const DOUBLED = Int32Array.of(0, 2, 4, 6, 8, 1, 3, 5, 7, 9);

/** By six-digit region code: bit 7 known, bits 0–1 regionLevel (0 none, 1 province, 2 prefecture, 3 county), bit 2 isRegistrationRegion. */
const REGION = new Uint8Array(1_000_000);
/** By two-digit province code and four-digit prefecture code: 1 when it exists (region.ts's sets). */
const PROVINCE2 = new Uint8Array(100);
const PREFECTURE4 = new Uint8Array(10_000);
/** By four-digit card prefix: 0 not asked yet, 1 no card network, 2 a network. */
const CARD = new Uint8Array(10_000);
/** By second and third digit of a mobile number (1XY…): 1 when the prefix is allocated. */
const MOBILE3 = new Uint8Array(100);
/** Credit-code character values (-1 outside the alphabet), by ASCII code (upper case). */
const USCC_VALUE = new Int8Array(128).fill(-1);
/** By the values of the first two characters: 1 when the registration authority allows the type. */
const USCC_TYPE = new Uint8Array(31 * 31);
/** E-mail local-part and domain characters (ASCII). */
const EMAIL_LOCAL = new Uint8Array(128);
const EMAIL_DOMAIN = new Uint8Array(128);
/** TLDs seen, by a 30-bit hash of their lower-case letters: the verdict (1 a TLD, 0 a file extension), then the letters. */
const TLD = new Map<number, Uint8Array>();
/** Past this many distinct TLDs (a column of junk), verdicts are no longer remembered. */
const MAX_TLDS = 4096;
let tablesReady = false;

function fillTables(): void {
  if (tablesReady) return;
  const regions = regionCodes();
  for (const c of regions.provinces) PROVINCE2[Number(c)] = 1;
  for (const c of regions.prefectures) PREFECTURE4[Number(c)] = 1;
  // Counties (and permit regions) are known up front; every other code is worked out on first sight.
  for (const c of regions.counties) REGION[Number(c)] = 0x80 | 3 | registration(Number(c));
  for (let i = 0; i < 100; i++) MOBILE3[i] = isMobile11(`1${String(i).padStart(2, '0')}00000000`) ? 1 : 0;
  for (let i = 0; i < USCC_ALPHABET.length; i++) USCC_VALUE[USCC_ALPHABET.charCodeAt(i)] = i;
  for (let i = 0; i < 31; i++) {
    for (let j = 0; j < 31; j++) {
      // Region 100000 (the central authorities) and any organisation code: only the type decides.
      const first17 = `${USCC_ALPHABET[i]!}${USCC_ALPHABET[j]!}100000000000000`;
      USCC_TYPE[i * 31 + j] = parseUscc(first17 + usccCheckChar(first17)) ? 1 : 0;
    }
  }
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    EMAIL_LOCAL[c] = isEmail(`a${ch}a@b.cn`) ? 1 : 0;
    EMAIL_DOMAIN[c] = isEmail(`a@b${ch}b.cn`) ? 1 : 0;
  }
  tablesReady = true;
}

/** Bit 2 of REGION: isRegistrationRegion (100000, or any code of an existing province). */
function registration(code: number): number {
  return code === 100000 || PROVINCE2[(code / 10000) | 0] === 1 ? 4 : 0;
}

/** REGION's entry for a six-digit code (0–999999): regionLevel and isRegistrationRegion of region.ts on numbers. */
export function regionOf(code: number): number {
  let r = REGION[code]!;
  if (r === 0) {
    // Not a county (those are filled): 'prefecture' when the first four digits are one, 'province' when
    // only the province exists and the prefecture digits are not 00, else none.
    const level =
      PROVINCE2[(code / 10000) | 0] === 0
        ? 0
        : PREFECTURE4[(code / 100) | 0] === 1
          ? 2
          : ((code / 100) | 0) % 100 === 0
            ? 0
            : 1;
    r = 0x80 | level | registration(code);
    REGION[code] = r;
  }
  return r;
}

function hasCardNetwork(prefix4: number): boolean {
  let r = CARD[prefix4]!;
  if (r === 0) {
    r = cardNetwork(`${String(prefix4).padStart(4, '0')}000000000000`) === undefined ? 1 : 2;
    CARD[prefix4] = r;
  }
  return r === 2;
}

// --- the kinds ---------------------------------------------------------------------------------------

/**
 * Kinds as small numbers, for dispatch per column and per cell: the five kinds check() decides (1–5),
 * the two whose plausibility plausibleBytes decides (6–7), every other kind (8).
 */
export const K_CN_ID = 1;
export const K_MOBILE = 2;
export const K_BANK_CARD = 3;
export const K_USCC = 4;
export const K_EMAIL = 5;
export const K_NAME = 6;
export const K_ADDRESS = 7;
export const K_OTHER = 8;
/** The highest code check() decides. */
export const K_CHECKED = K_EMAIL;

export function kindCode(kind: PiiKind): number {
  switch (kind) {
    case 'cn-id':
      return K_CN_ID;
    case 'mobile':
      return K_MOBILE;
    case 'bank-card':
      return K_BANK_CARD;
    case 'uscc':
      return K_USCC;
    case 'email':
      return K_EMAIL;
    case 'name':
      return K_NAME;
    case 'address':
      return K_ADDRESS;
    default:
      return K_OTHER;
  }
}

/**
 * Whole-value validation on bytes, `recognition.check` of src/pii/sources/recognition.ts. One per
 * scanning thread: `keyHash` and `birth` describe the last value checked.
 */
export class ByteValidator {
  /** After a 1 for cn-id or mobile: personHash of the person key (the 18-character ID, the 11 digits). */
  keyHash = 0;
  /** After a 1 for cn-id: the birth date as yyyymmdd. */
  birth = 0;
  /** "Today" as yyyymmdd (-1 when the ISO day is not YYYY-MM-DD: every birth date is then after it). */
  private readonly today: number;
  /** The normalised key being validated. */
  private readonly key = new Uint8Array(20);

  constructor(now: Date) {
    // makeRecognition compares YYYY-MM-DD strings; for four-digit years yyyymmdd numbers order alike.
    const day = isoDay(now);
    this.today = /^\d{4}-\d\d-\d\d$/.test(day)
      ? +day.slice(0, 4) * 10000 + +day.slice(5, 7) * 100 + +day.slice(8, 10)
      : -1;
    fillTables();
  }

  /** recognition.check(kind, text): 1 valid, 0 not valid, -1 undecided (kinds not handled here). */
  check(kind: PiiKind, buf: Uint8Array, s: number, e: number): number {
    return this.checkCode(kindCode(kind), buf, s, e);
  }

  /** check() by kind code (kindCode): a column's code is worked out once, not per cell. */
  checkCode(code: number, buf: Uint8Array, s: number, e: number): number {
    this.keyHash = 0;
    this.birth = 0;
    switch (code) {
      case K_CN_ID:
        return this.cnId(buf, s, e);
      case K_MOBILE:
        return this.mobile(buf, s, e);
      case K_BANK_CARD:
        return bankCard(buf, s, e);
      case K_USCC:
        return uscc(buf, s, e);
      case K_EMAIL:
        return email(buf, s, e);
      default:
        return -1;
    }
  }

  /** validBirthDate of cn-id.ts as yyyymmdd, 0 when not a date or after today. */
  private birthDate(y: number, m: number, d: number): number {
    if (y < 1880 || m < 1 || m > 12 || d < 1) return 0;
    const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (d > MONTH_DAYS[m - 1]! + (leap ? 1 : 0)) return 0;
    const ymd = y * 10000 + m * 100 + d;
    return ymd <= this.today ? ymd : 0;
  }

  /** parseCnId(text.trim().toUpperCase()). No non-ASCII character upper-cases to digits or X. */
  private cnId(buf: Uint8Array, s: number, e: number): number {
    const a = trimStartBytes(buf, s, e);
    const n = trimEndBytes(buf, a, e) - a;
    if (n !== 18 && n !== 15) return 0;
    const key = this.key;
    let sum = 0;
    if (n === 18) {
      for (let i = 0; i < 17; i++) {
        const c = buf[a + i]!;
        if (!isDigit(c)) return 0;
        sum += (c - 48) * CN_WEIGHTS[i]!;
        key[i] = c;
      }
      let last = buf[a + 17]!;
      if (last === 120) last = 88; // x → X
      if (CN_CHECK[sum % 11] !== last) return 0;
      key[17] = last;
      if ((regionOf(sixDigits(key, 0)) & 3) === 0) return 0;
      const birth = this.birthDate(fourDigits(key, 6), twoDigits(key, 10), twoDigits(key, 12));
      if (birth === 0) return 0;
      this.birth = birth;
    } else {
      // The legacy form: YYMMDD in the 1900s, no check character, a known prefecture.
      for (let i = 0; i < 15; i++) {
        const c = buf[a + i]!;
        if (!isDigit(c)) return 0;
        key[i < 6 ? i : i + 2] = c;
      }
      key[6] = 49;
      key[7] = 57;
      if ((regionOf(sixDigits(key, 0)) & 3) < 2) return 0;
      const birth = this.birthDate(fourDigits(key, 6), twoDigits(key, 10), twoDigits(key, 12));
      if (birth === 0) return 0;
      for (let i = 0; i < 17; i++) sum += (key[i]! - 48) * CN_WEIGHTS[i]!;
      key[17] = CN_CHECK[sum % 11]!;
      this.birth = birth;
    }
    this.keyHash = hashBytes(key, 0, 18);
    return 1;
  }

  /** parseMobile: trim, one leading +, digits with white space or hyphens between, +86 / 0086 / 86. */
  private mobile(buf: Uint8Array, s: number, e: number): number {
    let a = trimStartBytes(buf, s, e);
    const b = trimEndBytes(buf, a, e);
    if (a < b && buf[a] === 43) a++;
    if (a === b) return 0;
    const key = this.key;
    let n = 0;
    for (let p = a; p < b;) {
      const c = buf[p]!;
      if (isDigit(c)) {
        if (n === 15) return 0;
        key[n++] = c;
        p++;
      } else if (c === 45) p++;
      else {
        const w = wsAt(buf, p, b);
        if (w === 0) return 0;
        p += w;
      }
    }
    let off = 0;
    if (n === 15 && key[0] === 48 && key[1] === 48 && key[2] === 56 && key[3] === 54) off = 4;
    else if (n === 13 && key[0] === 56 && key[1] === 54) off = 2;
    if (n - off !== 11 || key[off] !== 49) return 0;
    if (MOBILE3[(key[off + 1]! - 48) * 10 + key[off + 2]! - 48] === 0) return 0;
    this.keyHash = hashBytes(key, off, 11);
    return 1;
  }
}

function twoDigits(a: Uint8Array, i: number): number {
  return (a[i]! - 48) * 10 + a[i + 1]! - 48;
}
function fourDigits(a: Uint8Array, i: number): number {
  return twoDigits(a, i) * 100 + twoDigits(a, i + 2);
}
function sixDigits(a: Uint8Array, i: number): number {
  return fourDigits(a, i) * 100 + twoDigits(a, i + 4);
}

/** parseBankCard: trim, digits with spaces or hyphens between, 16–19 digits, a card range, Luhn. */
function bankCard(buf: Uint8Array, s: number, e: number): number {
  const a = trimStartBytes(buf, s, e);
  const b = trimEndBytes(buf, a, e);
  if (b - a < 16 || !isDigit(buf[a]!) || !isDigit(buf[b - 1]!)) return 0;
  let n = 0;
  let head = 0;
  // Luhn sums doubling the even-indexed digits (counted from the left) and the odd-indexed ones; which
  // applies depends on the count, known at the end.
  let sumEven = 0;
  let sumOdd = 0;
  for (let p = a; p < b; p++) {
    const c = buf[p]!;
    if (isDigit(c)) {
      const d = c - 48;
      if (n < 4) head = head * 10 + d;
      if ((n & 1) === 0) {
        sumEven += DOUBLED[d]!;
        sumOdd += d;
      } else {
        sumEven += d;
        sumOdd += DOUBLED[d]!;
      }
      if (++n > 19) return 0;
    } else if (c !== 32 && c !== 45) return 0;
  }
  if (n < 16) return 0;
  if (((n & 1) === 0 ? sumEven : sumOdd) % 10 !== 0) return 0;
  return hasCardNetwork(head) ? 1 : 0;
}

/** parseUscc(compactUscc(text)): white space and hyphens anywhere dropped, upper-cased, 18 characters. */
function uscc(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  let sum = 0;
  let type = 0;
  let region = 0;
  let last = 0;
  for (let p = s; p < e;) {
    const c = buf[p]!;
    if (c >= 0x80) {
      const w = wsAt(buf, p, e);
      if (w > 0) {
        p += w;
        continue;
      }
      // The ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ (U+FB00–FB06) upper-case to letters; every other character stays outside the alphabet.
      if (c === 0xef && p + 2 < e && buf[p + 1] === 0xac && buf[p + 2]! >= 0x80 && buf[p + 2]! <= 0x86)
        return -1;
      return 0;
    }
    if (c === 45 || c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    const upper = c >= 97 && c <= 122 ? c - 32 : c;
    const v = USCC_VALUE[upper]!;
    if (v < 0 || n === 18) return 0;
    if (n < 2) type = type * 31 + v;
    else if (n < 8) {
      if (v > 9) return 0;
      region = region * 10 + v;
    }
    if (n < 17) sum += v * USCC_WEIGHTS[n]!;
    else last = v;
    n++;
    p++;
  }
  if (n !== 18 || USCC_TYPE[type] === 0 || (regionOf(region) & 4) === 0) return 0;
  return (31 - (sum % 31)) % 31 === last ? 1 : 0;
}

/** isEmail: trim, one @, the local part and the domain as emailAt reads them, spanning the whole value. */
function email(buf: Uint8Array, s: number, e: number): number {
  const a = trimStartBytes(buf, s, e);
  const b = trimEndBytes(buf, a, e);
  let at = -1;
  for (let p = a; p < b; p++) {
    const c = buf[p]!;
    if (c === 64) {
      if (at >= 0) return 0;
      at = p;
    } else if (c >= 0x80) return 0; // address characters are ASCII
  }
  const local = at - a;
  if (at < 0 || local < 1 || local > 64 || buf[a] === 46) return 0;
  for (let p = a; p < at; p++) if (EMAIL_LOCAL[buf[p]!] === 0) return 0;
  const domain = b - at - 1;
  if (domain < 1 || domain > 254 || buf[b - 1] === 46 || buf[b - 1] === 45) return 0;
  let label = 0;
  let labels = 1;
  let tld = at + 1;
  for (let p = at + 1; p < b; p++) {
    const c = buf[p]!;
    if (EMAIL_DOMAIN[c] === 0) return 0;
    if (c === 46) {
      if (label === 0) return 0;
      labels++;
      label = 0;
      tld = p + 1;
    } else if (++label > 63) return 0;
  }
  if (labels < 2) return 0;
  return tldVerdict(buf, tld, b);
}

/** 2–24 letters and not a file extension (asked of isEmail once per TLD). */
function tldVerdict(buf: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n < 2 || n > 24) return 0;
  let h = 0x811c9dc5 | 0;
  for (let p = s; p < e; p++) {
    const c = buf[p]!;
    if (!isLetter(c)) return 0;
    h = Math.imul(h ^ (c | 32), 0x01000193);
  }
  const key = h & 0x3fffffff;
  const seen = TLD.get(key);
  if (seen !== undefined && seen.length === n + 1) {
    let i = 0;
    while (i < n && seen[i + 1] === (buf[s + i]! | 32)) i++;
    if (i === n) return seen[0]!;
  }
  const entry = new Uint8Array(n + 1);
  let tld = '';
  for (let i = 0; i < n; i++) {
    entry[i + 1] = buf[s + i]! | 32;
    tld += String.fromCharCode(entry[i + 1]!);
  }
  entry[0] = isEmail(`a@b.${tld}`) ? 1 : 0;
  if (TLD.size < MAX_TLDS) TLD.set(key, entry);
  return entry[0];
}

// --- placeholders, protection, shapes ----------------------------------------------------------------

/** PLACEHOLDERS of table.ts, as UTF-8. */
const PLACEHOLDERS = ['', 'null', 'none', 'nil', 'n/a', 'na', '-', '--', '无', '空', '未知', 'undefined'].map(
  (w) => new TextEncoder().encode(w),
);

/**
 * isPlaceholder(text) of table.ts: at most 12 UTF-16 units, and once trimmed and lower-cased one of the
 * placeholder words. 1 yes, 0 no, -1 undecided (a leading BOM, or ill-formed bytes in a cell of 13–39 bytes).
 * Lower-casing: only A–Z matter; no other character lower-cases to a placeholder word or a part of one.
 */
export function placeholderBytes(buf: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n > 39) return 0; // at most three bytes a UTF-16 unit: over 12 units
  if (startsWithBom(buf, s, e)) return -1;
  if (n > 12) {
    // An ASCII byte is one UTF-16 unit; other bytes give at least one unit in three (a BOM aside).
    let ascii = 0;
    for (let p = s; p < e; p++) if (buf[p]! < 0x80 && ++ascii > 12) return 0;
    if (ascii + Math.ceil((n - ascii) / 3) > 12) return 0;
    let units = 0;
    for (let p = s; p < e;) {
      const len = charLen(buf, p, e);
      if (len === 0) return -1;
      units += len === 4 ? 2 : 1;
      p += len;
    }
    if (units > 12) return 0;
  }
  const a = trimStartBytes(buf, s, e);
  const m = trimEndBytes(buf, a, e) - a;
  for (const w of PLACEHOLDERS) {
    if (w.length !== m) continue;
    let i = 0;
    while (i < m) {
      const c = buf[a + i]!;
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== w[i]) break;
      i++;
    }
    if (i === m) return 1;
  }
  return 0;
}

/**
 * False only when valueProtection(text) (src/pii/protected.ts) is certainly undefined: fewer than four
 * characters, or no mask run (** ＊＊ •• ●● xxx ###), no crypt prefix ($ { pbkdf2 sha), not a hex digest's
 * length of hex digits, not 24 or more base64 / base64url characters.
 */
export function mayBeProtected(buf: Uint8Array, s: number, e: number): boolean {
  const a = trimStartBytes(buf, s, e);
  const b = trimEndBytes(buf, a, e);
  const n = b - a;
  if (n < 4) return false;
  const c0 = buf[a]!;
  if (c0 === 36 || c0 === 123) return true;
  if (
    c0 === 112 &&
    n >= 6 &&
    buf[a + 1] === 98 &&
    buf[a + 2] === 107 &&
    buf[a + 3] === 100 &&
    buf[a + 4] === 102 &&
    buf[a + 5] === 50
  )
    return true; // pbkdf2
  if ((c0 | 32) === 115 && (buf[a + 1]! | 32) === 104 && (buf[a + 2]! | 32) === 97) return true; // sha
  let hex = true;
  let b64 = true;
  let stars = 0;
  let crosses = 0;
  for (let p = a; p < b; p++) {
    const c = buf[p]!;
    if (c >= 0x80) {
      hex = false;
      b64 = false;
      crosses = 0;
      // ＊ U+FF0A, • U+2022, ● U+25CF
      const c1 = p + 2 < b ? buf[p + 1]! : 0;
      const c2 = p + 2 < b ? buf[p + 2]! : 0;
      if (
        (c === 0xef && c1 === 0xbc && c2 === 0x8a) ||
        (c === 0xe2 && ((c1 === 0x80 && c2 === 0xa2) || (c1 === 0x97 && c2 === 0x8f)))
      ) {
        if (++stars >= 2) return true;
        p += 2;
      } else stars = 0;
      continue;
    }
    if (c === 42) {
      if (++stars >= 2) return true;
      crosses = 0;
    } else if (c === 120 || c === 88 || c === 35) {
      if (++crosses >= 3) return true;
      stars = 0;
    } else {
      stars = 0;
      crosses = 0;
    }
    if (hex && !(isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102))) hex = false;
    if (b64 && !(isDigit(c) || isLetter(c) || c === 43 || c === 47 || c === 61 || c === 95 || c === 45))
      b64 = false;
  }
  if (hex && (n === 32 || n === 40 || n === 56 || n === 64 || n === 96 || n === 128)) return true;
  return b64 && n >= 24;
}

/** Single characters that end an address (省 市 区 县 镇 乡 村 路 街 道 巷 号 弄 栋 室; 小区 ends in 区), by code point − 0x3400. */
const PLACE_WORDS = new Uint8Array(0xa000 - 0x3400);
for (const ch of '省市区县镇乡村路街道巷号弄栋室') PLACE_WORDS[ch.codePointAt(0)! - 0x3400] = 1;
const DA = 0x5927; // 大
const SHA = 0x53a6; // 厦

/**
 * plausible(kind, text) of table.ts for name, address and birth-date: 1, 0, or -1 (other kinds, a
 * leading BOM). Callers pass the trimmed value, as valueHit does.
 */
export function plausibleBytes(kind: PiiKind, buf: Uint8Array, s: number, e: number): number {
  if (kind !== 'name' && kind !== 'address' && kind !== 'birth-date') return -1;
  if (startsWithBom(buf, s, e)) return -1;
  if (kind === 'birth-date') return birthDateShape(buf, s, e) ? 1 : 0;
  if (notPlaceOrPerson(buf, s, e)) return 0;
  if (kind === 'name') return nameCjk(buf, s, e) || nameLatin(buf, s, e) ? 1 : 0;
  return addressCjk(buf, s, e) || addressLatin(buf, s, e) ? 1 : 0;
}

/** NOT_A_PLACE_OR_PERSON: scheme://, x@y without white space, or only hex digits, dots, colons and brackets. */
function notPlaceOrPerson(buf: Uint8Array, s: number, e: number): boolean {
  if (s === e) return false;
  if (isLetter(buf[s]!)) {
    let p = s + 1;
    for (; p < e; p++) {
      const c = buf[p]!;
      if (!(isLetter(c) || isDigit(c) || c === 43 || c === 46 || c === 45)) break;
    }
    if (p + 2 < e && buf[p] === 58 && buf[p + 1] === 47 && buf[p + 2] === 47) return true;
  }
  let ats = 0;
  let atPos = -1;
  let white = false;
  let hexish = true;
  for (let p = s; p < e; p++) {
    const c = buf[p]!;
    if (c === 64) {
      ats++;
      atPos = p;
    } else if (!white && wsAt(buf, p, e) > 0) white = true;
    if (
      hexish &&
      !(isDigit(c) || c === 46 || c === 58 || c === 91 || c === 93 || ((c | 32) >= 97 && (c | 32) <= 102))
    )
      hexish = false;
  }
  if (ats === 1 && !white && atPos > s && atPos < e - 1) return true;
  return hexish;
}

/** A CJK character, then 1–9 CJK characters or · •. */
function nameCjk(buf: Uint8Array, s: number, e: number): boolean {
  if (cjkAt(buf, s, e) === 0) return false;
  let n = 1;
  for (let p = s + 3; p < e;) {
    if (
      cjkAt(buf, p, e) !== 0 ||
      (buf[p] === 0xe2 && p + 2 < e && buf[p + 1] === 0x80 && buf[p + 2] === 0xa2)
    )
      p += 3;
    else if (buf[p] === 0xc2 && p + 1 < e && buf[p + 1] === 0xb7) p += 2;
    else return false;
    if (++n > 10) return false;
  }
  return n >= 2;
}

/** Byte length of a name-word character [A-Za-z'’.-] at `p`, or 0. */
function wordChar(buf: Uint8Array, p: number, e: number): number {
  const c = buf[p]!;
  if (isLetter(c) || c === 39 || c === 46 || c === 45) return 1;
  return c === 0xe2 && p + 2 < e && buf[p + 1] === 0x80 && buf[p + 2] === 0x99 ? 3 : 0;
}

/**
 * Up to four words of [A-Za-z'’.-] between runs of spaces or commas: the first a capital and 1–24 more
 * characters, the others a letter and 0–24 more (the separators are no word characters, so the words are
 * where the regex's groups must fall).
 */
function nameLatin(buf: Uint8Array, s: number, e: number): boolean {
  let words = 0;
  let p = s;
  while (p < e) {
    const c = buf[p]!;
    if (words === 0 ? !(c >= 65 && c <= 90) : !isLetter(c)) return false;
    let len = 0;
    for (let w = wordChar(buf, p, e); w > 0; w = p < e ? wordChar(buf, p, e) : 0) {
      p += w;
      len++;
    }
    if (len > 25 || (words === 0 && len < 2) || ++words > 4) return false;
    if (p === e) return true;
    const sep = p;
    while (p < e && (buf[p] === 32 || buf[p] === 44)) p++;
    if (p === sep || p === e) return false;
  }
  return false;
}

/** Two CJK characters, then on the same line (any characters between) a place word. */
export function addressCjk(buf: Uint8Array, s: number, e: number): boolean {
  let pair = false;
  for (let p = s; p < e;) {
    const c = buf[p]!;
    if (c === 10 || c === 13) {
      pair = false;
      p++;
      continue;
    }
    if (c === 0xe2 && p + 2 < e && buf[p + 1] === 0x80 && (buf[p + 2] === 0xa8 || buf[p + 2] === 0xa9)) {
      pair = false; // U+2028, U+2029 end a line for `.`
      p += 3;
      continue;
    }
    const cp = cjkAt(buf, p, e);
    if (cp === 0) {
      p++;
      continue;
    }
    if (pair) {
      if (PLACE_WORDS[cp - 0x3400] === 1 || (cp === DA && cjkAt(buf, p + 3, e) === SHA)) return true;
    } else if (cjkAt(buf, p + 3, e) !== 0) {
      pair = true;
      p += 6;
      continue;
    }
    p += 3;
  }
  return false;
}

/** Eight or more of [A-Za-z0-9_ .,'#-] with a digit and a run of three letters. */
function addressLatin(buf: Uint8Array, s: number, e: number): boolean {
  if (e - s < 8) return false;
  let digit = false;
  let run = 0;
  let word = false;
  for (let p = s; p < e; p++) {
    const c = buf[p]!;
    if (isLetter(c)) {
      if (++run >= 3) word = true;
      continue;
    }
    run = 0;
    if (isDigit(c)) digit = true;
    else if (c !== 95 && c !== 32 && c !== 46 && c !== 44 && c !== 39 && c !== 35 && c !== 45) return false;
  }
  return digit && word;
}

/** (19|20)YY, optional - / . 年, month 0?[1-9]|1[0-2], optional - / . 月, day 0?[1-9]|[12]\d|3[01], optional 日. */
function birthDateShape(buf: Uint8Array, s: number, e: number): boolean {
  if (e - s < 6) return false;
  const y0 = buf[s]!;
  const y1 = buf[s + 1]!;
  if (
    !((y0 === 49 && y1 === 57) || (y0 === 50 && y1 === 48)) ||
    !isDigit(buf[s + 2]!) ||
    !isDigit(buf[s + 3]!)
  )
    return false;
  // A separator present is taken: the month or day after it cannot start with one.
  const p = afterSeparator(buf, s + 4, e, NIAN);
  const c0 = p < e ? buf[p]! : -1;
  const c1 = p + 1 < e ? buf[p + 1]! : -1;
  return (
    (c0 >= 49 && c0 <= 57 && dayShape(buf, afterSeparator(buf, p + 1, e, YUE), e)) ||
    (c0 === 48 && c1 >= 49 && c1 <= 57 && dayShape(buf, afterSeparator(buf, p + 2, e, YUE), e)) ||
    (c0 === 49 && c1 >= 48 && c1 <= 50 && dayShape(buf, afterSeparator(buf, p + 2, e, YUE), e))
  );
}

const NIAN = 0xe5b9b4; // 年
const YUE = 0xe69c88; // 月

/** Past an optional - / . or the CJK character `utf8` (three bytes) at `p`. */
function afterSeparator(buf: Uint8Array, p: number, e: number, utf8: number): number {
  if (p >= e) return p;
  const c = buf[p]!;
  if (c === 45 || c === 47 || c === 46) return p + 1;
  if (p + 2 < e && ((c << 16) | (buf[p + 1]! << 8) | buf[p + 2]!) === utf8) return p + 3;
  return p;
}

function dayShape(buf: Uint8Array, p: number, e: number): boolean {
  const c0 = p < e ? buf[p]! : -1;
  const c1 = p + 1 < e ? buf[p + 1]! : -1;
  if (c0 >= 49 && c0 <= 57 && dayEnd(buf, p + 1, e)) return true;
  if (!isDigit(c1)) return false;
  const two = (c0 === 48 && c1 !== 48) || c0 === 49 || c0 === 50 || (c0 === 51 && c1 <= 49);
  return two && dayEnd(buf, p + 2, e);
}

/** The end, or 日 (E6 97 A5) and the end. */
function dayEnd(buf: Uint8Array, p: number, e: number): boolean {
  return p === e || (p + 3 === e && buf[p] === 0xe6 && buf[p + 1] === 0x97 && buf[p + 2] === 0xa5);
}
