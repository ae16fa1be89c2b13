/**
 * Free text (logs and other text files) over UTF-8 bytes, for the byte engine (types.ts): a byte
 * pre-filter finds the lines on which scanText (src/pii/recognisers/scan.ts) could emit a match, and the
 * string recognition runs only on those. Most log lines hold no personal data but many hold long digit
 * runs (trace ids, timestamps, uids): the filter runs the cheap exact checks on their bytes (mobile
 * prefixes, card BIN and Luhn, the ID number's check character, a raising label on the line for the
 * kinds that need one) and keeps a line only when something on it could survive them.
 *
 * The filter mirrors scanText's walk over one line — its tokens, which of them are consumed together
 * (an IPv4 address moves the walk to its end, even into a word), and each branch's conditions — and
 * answers "keep" wherever a branch could emit. It stops only at the bytes that can start something
 * (STOP), four bytes at a time over the buffer's aligned words, and passes a log line's date and time in
 * one step. It is conservative, never exact: a line is dropped only if scanText could emit nothing on it
 * whatever the lines around it. Results equal findAll over the whole decoded text because no match spans
 * a line and a line's matches depend only on that line, except for these, handled here:
 * - a personal IP label may stand on an earlier line (ipLabelBefore's 40-character window,
 *   findLabelledIps' separator skip and the `\s*` of 用户\s*ip cross newlines): a kept line whose first
 *   content is an address (or "ip") after a possible label end on the lines before takes those lines
 *   along as context (they emit nothing themselves, or they would have been kept);
 * - IPv6 addresses are searched only when the text holds a '::' somewhere: decided once for the whole
 *   buffer, and a batch is prefixed with a '::' line when the buffer has one.
 * Kept lines (with their context) are copied into one batch separated by "\n\0\n" (a NUL stops every
 * cross-line look-back above: it is neither a separator nor whitespace), decoded once and passed to
 * recognition.findAll. Lines holding invalid UTF-8 are always kept (decoded with U+FFFD, as the string
 * path does). A BOM at `s` is dropped, as TextDecoder does at the start of a decode; elsewhere it stays.
 *
 * The direct path: a line whose only possible matches are whole digit tokens of a mobile number, a 16- or
 * 19-digit card or an ID number valid today (the common case in logs) does not go to findAll; scanText's
 * emit() is replayed for each token (contextBefore on the 40 characters before it, adjust, the minimum
 * confidence), which is all scanText does for such a line (no other token on it can emit, the tokens
 * do not overlap). This assumes recognition.findAll is makeRecognition's (scanText, resolveOverlaps,
 * MIN_CONFIDENCE); an ID's "valid today" is asked of recognition.check only until the latest birth date
 * known to be valid and the earliest known not to be meet (validity is "born by today" once the rest holds).
 * contextBefore's verdicts (for the direct path, and for the labels that label-needing kinds must have) are
 * remembered by window, see WindowVerdicts.
 *
 * Matches' `start`/`end` are not offsets the caller can use (batch text or buffer bytes): the inventory
 * reads only kind, value, personKey, birthDate and confidence.
 */
import { isUtf8 } from 'node:buffer';
import { cardNetwork } from '../recognisers/bank-card.ts';
import { cnIdConfidence } from '../recognisers/cn-id.ts';
import { adjust, CONTEXT_WINDOW, contextBefore, type ContextVerdict } from '../recognisers/context.ts';
import { documentShape, type DocumentKind } from '../recognisers/documents.ts';
import { emailAt } from '../recognisers/email.ts';
import { ipv4At } from '../recognisers/ip.ts';
import { isMobile11 } from '../recognisers/mobile.ts';
import { PROVINCES } from '../recognisers/plate.ts';
import { regionLevel } from '../recognisers/region.ts';
import { BASE, DEFAULT_MIN_CONFIDENCE } from '../recognisers/scan.ts';
import { parseUscc, USCC_ALPHABET } from '../recognisers/uscc.ts';
import { MIN_CONFIDENCE, type Recognition } from '../sources/recognition.ts';
import type { PiiKind, PiiMatch } from '../types.ts';

/**
 * Counters of the last scan: lines seen, lines given to findAll on their own merit, lines whose matches were
 * computed directly, bytes decoded for findAll.
 */
export interface TextLineStats {
  lines: number;
  kept: number;
  direct: number;
  decodedBytes: number;
}

// --- byte classes -------------------------------------------------------------------------------------

/** scanText's CLASS over bytes: 1 digit, 2 letter or underscore; every non-ASCII byte is 0. */
const CLS = new Uint8Array(256);
for (let c = 48; c <= 57; c++) CLS[c] = 1;
for (let c = 65; c <= 90; c++) CLS[c] = CLS[c + 32] = 2;
CLS[95] = 2;
/** ASCII members of the IP label separators `[\s:=：'"[\]{},]`. */
const SEP = new Uint8Array(256);
for (const c of '\t\n\v\f\r :=\'"[]{},') SEP[c.charCodeAt(0)] = 1;
/** ASCII members of `\s`. */
const WS = new Uint8Array(256);
for (const c of '\t\n\v\f\r ') WS[c.charCodeAt(0)] = 1;
/** Last letters of every personal IP label (ip, addr, address, x-forwarded-for), either case. */
const LABEL_END = new Uint8Array(256);
for (const c of 'pPrRsS') LABEL_END[c.charCodeAt(0)] = 1;
/** Characters of an IPv6 value as findLabelledIps reads it: [0-9A-Fa-f.:]. */
const HEX_VALUE = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF.:') HEX_VALUE[c.charCodeAt(0)] = 1;

const NL = 10;
const DOT = 46;
const COLON = 58;

/** isMobile11 by second and third digit (the other eight are digits in a digit token). */
const MOBILE = new Uint8Array(100);
for (let k = 0; k < 100; k++) MOBILE[k] = isMobile11(`1${String(k).padStart(2, '0')}00000000`) ? 1 : 0;

/** cardNetwork by the first four digits: 0 none, 1 UnionPay, 2 another network. */
const NETWORK = new Uint8Array(10000);
for (let k = 0; k < 10000; k++) {
  const net = cardNetwork(`${String(k).padStart(4, '0')}000000000000`);
  NETWORK[k] = net === undefined ? 0 : net === 'unionpay' ? 1 : 2;
}

/** Province characters as their three UTF-8 bytes (b0 << 16 | b1 << 8 | b2). */
const PROVINCE_BYTES = new Set<number>();
for (const ch of PROVINCES) {
  const b = Buffer.from(ch, 'utf8');
  PROVINCE_BYTES.add((b[0]! << 16) | (b[1]! << 8) | b[2]!);
}

/**
 * The bytes the pre-filter's walk stops at: digits (every token that can match holds one, but for the two
 * cases below), newline, '@', ':' (the IPv6 search, when the buffer holds '::') and non-ASCII bytes (a
 * plate's authority letter follows a province character); also the controls below newline, passed over
 * like ':' without '::' (a wider set is cheaper to test four bytes at a time, see stopMask). A
 * letters-only token matters only after a province character or as the two characters before a spaced
 * credit code's digits, both looked at from a byte the walk stops at.
 */
const STOP = new Uint8Array(256);
for (let c = 48; c <= 58; c++) STOP[c] = 1;
for (let c = 0; c <= 10; c++) STOP[c] = 1;
for (let c = 128; c < 256; c++) STOP[c] = 1;
STOP[64] = 1;

/**
 * STOP over the four bytes of a word at once: bit 7 of each byte that is non-ASCII, at most 10 (newline and
 * a few controls), '@', or from '0' to the byte before `past`'s (DIGIT_PAST: the digits; COLON_PAST: and
 * ':'). Each byte's sums stay below 0x100 (no carry reaches the next byte).
 */
function stopMask(x: number, past: number): number {
  const x7 = x & 0x7f7f7f7f;
  const low = ~(x7 + 0x75757575);
  const range = (x7 + 0x50505050) & ~(x7 + past);
  const at = ~((x7 ^ 0x40404040) + 0x7f7f7f7f);
  return (x | low | range | at) & 0x80808080;
}
/** Added to a byte below 0x80, these set its bit 7 from ':' on, or from ';' on. */
const DIGIT_PAST = 0x46464646;
const COLON_PAST = 0x45454545;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const NO_WORDS = new Int32Array(0);

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The ID check character (as a byte) by the weighted sum mod 11: '10X98765432'. */
const CN_CHECK = Array.from('10X98765432', (c) => c.charCodeAt(0));
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
/** By six-digit region code: 0 not asked yet, else 4 | regionLevel (0 none, 1 province, 2 prefecture, 3 county). */
const REGION = new Uint8Array(1_000_000);
/** cnIdConfidence of an 18-character ID number by its region level (1–3). */
const ID_CONFIDENCE = [
  0,
  ...(['province', 'prefecture', 'county'] as const).map((region) =>
    cnIdConfidence({ id18: '', birthDate: '', region, legacy: false }),
  ),
];

/** Credit-code character values by byte (-1 outside the alphabet: parseUscc takes capitals only). */
const USCC_VALUE = new Int8Array(256).fill(-1);
for (let k = 0; k < USCC_ALPHABET.length; k++) USCC_VALUE[USCC_ALPHABET.charCodeAt(k)] = k;
/** GB 32100 weights, as in recognisers/uscc.ts. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** How far before a possible label end context lines are taken (a label, the separators after it). */
const LABEL_REACH = 160;
/** Ranges up to this many bytes are checked in one JavaScript pass (no native call, no view): a cell. */
const SMALL = 512;
/** Batches are decoded and scanned once this many bytes are in them. */
const BATCH_BYTES = 1 << 20;

/** lineMayMatch's answers: nothing can match, findAll must run on the line, its matches are computed here. */
const DROP = 0;
const KEEP = 1;
const DIRECT = 2;
/** digitToken's answers beyond DROP and KEEP: a token whose match the direct path computes. */
const T_MOBILE = 2;
const T_UNIONPAY = 3;
const T_CARD = 4;
const T_ID = 5;
/** scanText's LOWER_PENALTY for the kinds of the direct path (bank-card and mobile take the default). */
const ID_PENALTY = 0.25;
const MIN = Math.max(DEFAULT_MIN_CONFIDENCE, MIN_CONFIDENCE);

const BARRIER = [NL, 0, NL];
const COLONS_LINE = [COLON, COLON, 0, NL];

// --- context verdicts by window ------------------------------------------------------------------------

/** The kinds whose context verdict is asked for, by index (the C_ constants). */
const CONTEXT_KINDS = [
  'mobile',
  'cn-id',
  'bank-card',
  'taiwan-permit',
  'landline',
  'uscc',
  'passport',
  'hk-macau-permit',
] as const satisfies readonly PiiKind[];
const C_MOBILE = 0;
const C_CN_ID = 1;
const C_CARD = 2;
const C_TAIWAN = 3;
const C_LANDLINE = 4;
const C_USCC = 5;
const C_PASSPORT = 6;
const C_HK_MACAU = 7;
const DOCUMENT_INDEX: Readonly<Record<DocumentKind, number>> = {
  passport: C_PASSPORT,
  'hk-macau-permit': C_HK_MACAU,
  'taiwan-permit': C_TAIWAN,
};
/** Verdicts by code (0: not asked yet). */
const VERDICTS = [undefined, 'none', 'raise', 'lower'] as const;
const V_RAISE = 2;

function verdictCode(v: ContextVerdict): number {
  return v === 'raise' ? 2 : v === 'lower' ? 3 : 1;
}

/** Bytes of contextBefore's window (CONTEXT_WINDOW UTF-16 units, at most 3 bytes each). */
const WINDOW_BYTES = 3 * CONTEXT_WINDOW;
/** Windows remembered (then the cache starts over), and the open-addressing slots that find them. */
const WINDOWS = 4096;
const SLOTS = 2 * WINDOWS;

/**
 * contextBefore's verdicts by window, the bytes of the exact window contextBefore reads. A window is
 * remembered in a canonical form: every digit that does not follow an ASCII letter becomes '0', which
 * changes no verdict (no context word starts with a digit, and to the look-arounds any digit is a
 * non-letter; the words with digits, md5 and sha1/sha256/sha512, have their first digit after a letter,
 * and a later digit of sha256/sha512 changes only where the match ends inside the digits — sha alone
 * matches then, a digit following it — and the scan goes on from a digit, which starts no word). So the
 * timestamps, thread numbers and values of a log line do not make its windows differ.
 */
class WindowVerdicts {
  private readonly slots = new Int32Array(SLOTS);
  private readonly hashes = new Int32Array(WINDOWS);
  private readonly lengths = new Int32Array(WINDOWS);
  private readonly verdicts = new Uint8Array(WINDOWS * CONTEXT_KINDS.length);
  /** Canonical windows, WINDOW_BYTES apart and zero-padded to whole words (compared four bytes at a time). */
  private readonly pool = new Int32Array((WINDOWS * WINDOW_BYTES) / 4);
  private readonly keyWords = new Int32Array(WINDOW_BYTES / 4);
  private readonly key = new Uint8Array(this.keyWords.buffer);
  private count = 0;

  /** The verdict code for CONTEXT_KINDS[kind] of the window buf[a, i) (view: the same bytes). */
  get(view: Buffer, buf: Uint8Array, a: number, i: number, kind: number): number {
    const n = i - a;
    const key = this.key;
    let letter = false;
    for (let p = 0; p < n; p++) {
      let c = buf[a + p]!;
      const cls = CLS[c]!;
      if (cls === 1 && !letter) c = 48;
      letter = cls === 2 && c !== 95;
      key[p] = c;
    }
    const words = (n + 3) >> 2;
    for (let p = n; p < words << 2; p++) key[p] = 0;
    const keyWords = this.keyWords;
    let h = n;
    for (let w = 0; w < words; w++) h = Math.imul(h ^ keyWords[w]!, 0x01000193) ^ (h >>> 15);
    const kinds = CONTEXT_KINDS.length;
    let slot = h & (SLOTS - 1);
    for (;;) {
      const w = this.slots[slot]! - 1;
      if (w < 0) break;
      if (this.hashes[w] === h && this.lengths[w] === n && this.same(w, words)) {
        let v = this.verdicts[w * kinds + kind]!;
        if (v === 0) {
          v = ask(view, a, i, kind);
          this.verdicts[w * kinds + kind] = v;
        }
        return v;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    const v = ask(view, a, i, kind);
    if (this.count === WINDOWS) {
      this.slots.fill(0);
      this.count = 0;
      slot = h & (SLOTS - 1);
    }
    const w = this.count++;
    this.slots[slot] = w + 1;
    this.hashes[w] = h;
    this.lengths[w] = n;
    const pool = this.pool;
    const at = w * (WINDOW_BYTES / 4);
    for (let k = 0; k < words; k++) pool[at + k] = keyWords[k]!;
    this.verdicts.fill(0, w * kinds, w * kinds + kinds);
    this.verdicts[w * kinds + kind] = v;
    return v;
  }

  private same(w: number, words: number): boolean {
    const pool = this.pool;
    const keyWords = this.keyWords;
    const at = w * (WINDOW_BYTES / 4);
    for (let k = 0; k < words; k++) if (pool[at + k] !== keyWords[k]) return false;
    return true;
  }
}

/** contextBefore over the decoded window buf[a, i) (no more than its CONTEXT_WINDOW units are read). */
function ask(view: Buffer, a: number, i: number, kind: number): number {
  const window = view.toString('utf8', a, i);
  return verdictCode(contextBefore(window, window.length, CONTEXT_KINDS[kind]!));
}

const WINDOW_VERDICTS = new WindowVerdicts();

// --- value checks on bytes -----------------------------------------------------------------------------

/** The number written by the `n` digits at p. */
function digitsAt(buf: Uint8Array, p: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) v = v * 10 + buf[p + k]! - 48;
  return v;
}

/** regionLevel of the six digits at p: 0 none, 1 province, 2 prefecture, 3 county. */
function regionAt(buf: Uint8Array, p: number): number {
  const code = digitsAt(buf, p, 6);
  let r = REGION[code]!;
  if (r === 0) {
    const level = regionLevel(String(code).padStart(6, '0'));
    r = 4 | (level === 'county' ? 3 : level === 'prefecture' ? 2 : level === 'province' ? 1 : 0);
    REGION[code] = r;
  }
  return r & 3;
}

/** validBirthDate with the far future for today: yyyymmdd, or 0 when not a date from 1880 on. */
function calendarDate(y: number, m: number, d: number): number {
  if (y < 1880 || m < 1 || m > 12 || d < 1) return 0;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > MONTH_DAYS[m - 1]! + (leap ? 1 : 0)) return 0;
  return y * 10000 + m * 100 + d;
}

/** A yyyymmdd date as validBirthDate writes it (YYYY-MM-DD). */
function isoDate(ymd: number): string {
  const y = Math.floor(ymd / 10000);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  return `${String(y)}-${m < 10 ? '0' : ''}${String(m)}-${d < 10 ? '0' : ''}${String(d)}`;
}

/**
 * isUtf8 of buf[s, e) in JavaScript, for short ranges (no view to allocate, no native call): well-formed
 * UTF-8, no overlong forms, no surrogates, nothing above U+10FFFF.
 */
function validUtf8(buf: Uint8Array, s: number, e: number): boolean {
  let p = s;
  while (p < e) {
    const c = buf[p]!;
    if (c < 0x80) {
      p++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return false;
    if (p + n >= e) return false;
    const c1 = buf[p + 1]!;
    if (c1 < lo || c1 > hi) return false;
    for (let k = 2; k <= n; k++) if ((buf[p + k]! & 0xc0) !== 0x80) return false;
    p += n + 1;
  }
  return true;
}

// --- the scanner ----------------------------------------------------------------------------------------

/**
 * Reusable state (a batch buffer, the run list, decoders). One scan at a time: `onHit` must not call
 * scan() on the same instance.
 */
export class TextLineScanner {
  /** The buffer of the last scan and its views (kept while the same buffer comes back, cell after cell). */
  private given: Uint8Array | undefined;
  private buf: Uint8Array = new Uint8Array(0);
  private view: Buffer = Buffer.alloc(0);
  /**
   * The buffer's aligned 32-bit words on little-endian machines, the first at buf[wordBase] (NO_WORDS until a
   * range longer than SMALL is scanned: cells do without).
   */
  private words: Int32Array = NO_WORDS;
  private wordBase = 0;
  private wordsOf: Uint8Array | undefined;
  /** Start of the text (a BOM there is not part of it). */
  private s = 0;
  /** The buffer holds a '::' (scanText's condition for the IPv6 search). */
  private colons = false;
  private runFrom = new Int32Array(256);
  private runTo = new Int32Array(256);
  /** For a line of the direct path, the first of its matches in `hits` (else -1). */
  private runHits = new Int32Array(256);
  private runs = 0;
  /**
   * Matches computed on the direct path, in line order: the first nHits (the array is not shortened: that
   * would give it a new backing store for every cell).
   */
  private readonly hits: PiiMatch[] = [];
  private nHits = 0;
  /** The current line's tokens for the direct path (kind code, start, end, cnIdAt's answer for an ID). */
  private trigKind = new Int32Array(16);
  private trigStart = new Int32Array(16);
  private trigEnd = new Int32Array(16);
  private trigId = new Int32Array(16);
  private trigs = 0;
  /** cnIdAt's answer for the ID number digitToken found (for trigger()). */
  private idFound = 0;
  /**
   * Birth dates (yyyymmdd) recognition.check has accepted up to, and rejected from: "born by today", all
   * it adds to cnIdAt's answer, holds up to one date.
   */
  private bornUpTo = 0;
  private bornAfter = Number.MAX_SAFE_INTEGER;
  /** Where lineMayMatch found the end of the line (when it walked the whole line). */
  private lineEnd = 0;
  private batch = new Uint8Array(BATCH_BYTES + 4096);
  private batchLen = 0;
  /** The last whitespace walk of contextStart: [wsLo, wsHi) is whitespace or non-ASCII. */
  private wsLo = -1;
  private wsHi = -1;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  readonly stats: TextLineStats = { lines: 0, kept: 0, direct: 0, decodedBytes: 0 };

  readonly recognition: Recognition;

  constructor(recognition: Recognition) {
    this.recognition = recognition;
  }

  /** Matches of recognition.findAll(decoded buf[s, e)) in order; findAll runs only on kept lines. */
  scan(buf: Uint8Array, s: number, e: number, onHit: (m: PiiMatch) => void): void {
    // A plain Uint8Array keeps element loads monomorphic (a Buffer is a subclass).
    if (buf !== this.given) {
      this.given = buf;
      this.buf =
        buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      this.view = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
      this.words = NO_WORDS;
      this.wordsOf = undefined;
    }
    const bytes = this.buf;
    this.stats.lines = this.stats.kept = this.stats.direct = this.stats.decodedBytes = 0;
    this.nHits = 0;
    if (e - s >= 3 && bytes[s] === 0xef && bytes[s + 1] === 0xbb && bytes[s + 2] === 0xbf) s += 3;
    this.s = s;
    this.runs = 0;
    this.wsLo = this.wsHi = -1;
    // Bounded by e: a caller may pass one cell of a large buffer (a search to the buffer's end per cell
    // made an NDJSON file quadratic).
    let valid: boolean;
    if (e - s <= SMALL) {
      // A short range (a cell): one pass for '::' and non-ASCII bytes instead of two native calls.
      let high = false;
      let colons = false;
      let digit = false;
      let other = false;
      let at = false;
      let newlines = 0;
      for (let p = s; p < e; p++) {
        const b = bytes[p]!;
        if (b >= 48 && b <= 57) {
          digit = true;
          continue;
        }
        other = true;
        if (b >= 0x80) high = true;
        else if (b === COLON) colons ||= p + 1 < e && bytes[p + 1] === COLON;
        else if (b === 64) at = true;
        else if (b === NL) newlines++;
      }
      // Every match holds a digit but an e-mail address ('@') and an IPv6 address (searched only when
      // '::' is in the text), and a token of fewer than 8 digits alone matches nothing (a row number).
      if (!at && !colons && (!digit || (!other && e - s < 8))) {
        this.stats.lines = newlines + (e > s && bytes[e - 1] !== NL ? 1 : 0);
        return;
      }
      this.colons = colons;
      valid = !high || validUtf8(bytes, s, e);
    } else {
      this.colons = hasColons(bytes, s, e);
      valid = isUtf8(bytes.subarray(s, e));
      if (this.wordsOf !== bytes) this.wordsFor(bytes);
    }
    this.lines(s, e, valid);
    this.emitRuns(onHit);
  }

  /**
   * Each line's verdict, as runs. (A method of its own: optimised while in its loop, scan would leave
   * that code at its end, on the call it had seen no feedback for, once per scan.)
   */
  private lines(s: number, e: number, valid: boolean): void {
    const bytes = this.buf;
    let ls = s;
    while (ls < e) {
      this.stats.lines++;
      let le: number;
      let verdict: number;
      if (valid) {
        // The walk finds the line's end itself, unless it stops early to keep the line.
        verdict = this.lineMayMatch(ls, e);
        le = verdict === KEEP ? endOfLine(bytes, ls, e) : this.lineEnd;
      } else {
        le = endOfLine(bytes, ls, e);
        verdict = isUtf8(bytes.subarray(ls, le)) ? this.lineMayMatch(ls, le) : KEEP;
      }
      if (verdict === KEEP) {
        this.stats.kept++;
        const q = this.contextLabel(ls, le);
        this.addRun(q < 0 ? ls : lineStart(bytes, this.contextStart(q), s), le, -1);
      } else if (verdict === DIRECT) {
        this.stats.direct++;
        const first = this.nHits;
        this.directHits(ls);
        this.addRun(ls, le, first);
      }
      ls = le + 1;
    }
  }

  /** The whole aligned words of the buffer, for the walk's four-bytes-at-a-time skip. */
  private wordsFor(buf: Uint8Array): void {
    const first = (buf.byteOffset + 3) & ~3;
    const count = (buf.byteOffset + buf.byteLength - first) >> 2;
    this.wordBase = first - buf.byteOffset;
    this.words = LITTLE_ENDIAN && count > 0 ? new Int32Array(buf.buffer, first, count) : NO_WORDS;
    this.wordsOf = buf;
  }

  // --- runs and batches -----------------------------------------------------------------------------

  /** A run of lines for findAll (hits -1), or one line of the direct path (its first match in `hits`). */
  private addRun(from: number, to: number, hits: number): void {
    // Context may reach back over earlier runs: merge every run it overlaps (a direct line merged into a
    // run is searched by findAll with it, so its own matches go).
    while (this.runs > 0 && from <= this.runTo[this.runs - 1]!) {
      this.runs--;
      from = Math.min(from, this.runFrom[this.runs]!);
      if (this.runHits[this.runs]! >= 0) this.nHits = this.runHits[this.runs]!;
    }
    if (this.runs === this.runFrom.length) {
      this.runFrom = grow(this.runFrom);
      this.runTo = grow(this.runTo);
      this.runHits = grow(this.runHits);
    }
    this.runFrom[this.runs] = from;
    this.runTo[this.runs] = to;
    this.runHits[this.runs] = hits;
    this.runs++;
  }

  private emitRuns(onHit: (m: PiiMatch) => void): void {
    this.batchLen = 0;
    for (let r = 0; r < this.runs; r++) {
      const from = this.runFrom[r]!;
      const to = this.runTo[r]!;
      const first = this.runHits[r]!;
      if (first >= 0) {
        // A line of the direct path: what is batched before it is searched first, to keep the order.
        this.flush(onHit);
        let end = this.nHits;
        for (let q = r + 1; q < this.runs; q++)
          if (this.runHits[q]! >= 0) {
            end = this.runHits[q]!;
            break;
          }
        for (let h = first; h < end; h++) onHit(this.hits[h]!);
        continue;
      }
      if (this.batchLen === 0 && this.colons) this.append(COLONS_LINE);
      else if (this.batchLen > 0) this.append(BARRIER);
      this.appendBytes(from, to);
      if (this.batchLen >= BATCH_BYTES) this.flush(onHit);
    }
    this.flush(onHit);
  }

  private ensure(extra: number): void {
    if (this.batchLen + extra <= this.batch.length) return;
    const grown = new Uint8Array(Math.max(this.batch.length * 2, this.batchLen + extra + 4096));
    grown.set(this.batch.subarray(0, this.batchLen));
    this.batch = grown;
  }

  private append(bytes: readonly number[]): void {
    this.ensure(bytes.length);
    for (const b of bytes) this.batch[this.batchLen++] = b;
  }

  private appendBytes(from: number, to: number): void {
    this.ensure(to - from);
    this.view.copy(this.batch, this.batchLen, from, to);
    this.batchLen += to - from;
    this.stats.decodedBytes += to - from;
  }

  private flush(onHit: (m: PiiMatch) => void): void {
    if (this.batchLen === 0) return;
    const text = this.decoder.decode(this.batch.subarray(0, this.batchLen));
    this.batchLen = 0;
    for (const m of this.recognition.findAll(text)) onHit(m);
  }

  // --- context lines for IP labels --------------------------------------------------------------------

  /**
   * For a kept line: the position of a possible IP label end on an earlier line (or of a non-ASCII byte
   * that might belong to one), if the line's first content could be an address after it, or "ip" whose
   * 用户\s* stands before; -1 when the line needs no earlier line.
   */
  private contextLabel(ls: number, le: number): number {
    const buf = this.buf;
    if (ls <= this.s) return -1;
    let p = ls;
    while (p < le && (SEP[buf[p]!] === 1 || buf[p]! >= 0x80)) p++;
    if (p === le) return -1;
    const c = buf[p]!;
    if ((c === 105 || c === 73) && p + 1 < le && (buf[p + 1] === 112 || buf[p + 1] === 80)) return p + 1;
    if (HEX_VALUE[c] !== 1 || !this.addressAt(p, ls, le)) return -1;
    // Back from the line start over separators (24 at most: findLabelledIps' skip; ipLabelBefore's is 6).
    let q = ls - 1;
    let seps = 0;
    while (q >= this.s && buf[q]! < 0x80 && SEP[buf[q]!] === 1 && seps <= 24) {
      q--;
      seps++;
    }
    if (q < this.s || seps > 24) return -1;
    return buf[q]! >= 0x80 || LABEL_END[buf[q]!] === 1 ? q : -1;
  }

  /** Could an IP value (v4 valid, or when '::' is about, v6-like) start at p, the line's first content? */
  private addressAt(p: number, ls: number, le: number): boolean {
    const buf = this.buf;
    if (CLS[buf[p]!] === 1 && this.ipv4End(p, le) > 0) return true;
    if (!this.colons) return false;
    let colons = 0;
    for (let k = p - 1; k >= ls && buf[k] === COLON; k--) colons++;
    for (let k = p; k < le && HEX_VALUE[buf[k]!] === 1 && buf[k] !== DOT; k++) if (buf[k] === COLON) colons++;
    return colons >= 2;
  }

  /**
   * Where context for a label ending near q starts: LABEL_REACH bytes back, then on over whitespace and
   * non-ASCII bytes (the `\s*` and the Chinese word of 用户\s*ip), then a little more.
   */
  private contextStart(q: number): number {
    const buf = this.buf;
    let x = Math.max(this.s, q - LABEL_REACH);
    const hi = x;
    let jumped = false;
    while (x > this.s) {
      if (x <= this.wsHi && x > this.wsLo) {
        // Walked before (starts only move forward): whitespace down to wsLo.
        x = this.wsLo;
        jumped = true;
        continue;
      }
      const b = buf[x - 1]!;
      if (WS[b] !== 1 && b < 0x80) break;
      x--;
    }
    if (jumped) this.wsHi = Math.max(this.wsHi, hi);
    else if (hi > x) {
      this.wsLo = x;
      this.wsHi = hi;
    }
    return Math.max(this.s, x - 16);
  }

  // --- the pre-filter ------------------------------------------------------------------------------------

  /**
   * Could scanText emit anything on the line starting at ls, whatever the lines around it? The walk stops
   * at the first newline (its position goes to lineEnd) or at le; lookaheads read at most to le (a newline
   * ends every shape they test, so a bound further on changes nothing).
   */
  private lineMayMatch(ls: number, le: number): number {
    const buf = this.buf;
    const colons = this.colons;
    this.trigs = 0;
    let ipv6Done = ls;
    // scanText's walk position: tokens start at or after it (an IPv4 address may leave it inside a word).
    let floor = ls;
    let i = ls;
    while (i < le) {
      i = this.nextStop(i, le);
      if (i >= le) break;
      const c = buf[i]!;
      if (c < 48 || c > 57) {
        if (c === NL) {
          this.lineEnd = i;
          return this.trigs > 0 ? DIRECT : DROP;
        }
        if (c === 64) {
          if (this.emailAround(i, ls, le)) return KEEP;
        } else if (c === COLON) {
          if (colons && i >= ipv6Done) {
            const end = this.ipv6Run(i, ls, le);
            if (end < 0) return KEEP;
            ipv6Done = end;
          }
        } else if (c >= 0x80) {
          if (c >= 0xe4 && this.plateLetter(i, le)) return KEEP;
          // The rest of the character (the line is valid UTF-8).
          i += c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
          continue;
        }
        i++;
        continue;
      }
      // A digit: its token starts after the letters before it (none of [floor, i) is a digit).
      let t = i;
      while (t > floor && CLS[buf[t - 1]!] !== 0) t--;
      if (t === i && !colons && i + 17 <= le && buf[i + 4] === 45 && buf[i + 10] === 32) {
        // A log line's time: the walk goes on after it.
        const time = this.dateTime(i, ls, le);
        if (time > 0) {
          i = floor = i + time;
          continue;
        }
      }
      // Two letters, then a space or hyphen before this token: a spaced credit code's first group.
      if (
        t >= floor + 3 &&
        (buf[t - 1] === 32 || buf[t - 1] === 45) &&
        CLS[buf[t - 2]!] === 2 &&
        CLS[buf[t - 3]!] === 2 &&
        (t === floor + 3 || CLS[buf[t - 4]!] === 0) &&
        this.spacedUscc(t - 3, t - 1, le)
      )
        return KEEP;
      let j = i + 1;
      let digits = 1;
      while (j < le) {
        const k = CLS[buf[j]!]!;
        if (k === 0) break;
        digits += k & 1;
        j++;
      }
      i = t;
      const len = j - i;
      const allDigits = digits === len;
      if (allDigits) {
        const dotted =
          (i >= ls + 2 && buf[i - 1] === DOT && CLS[buf[i - 2]!] === 1) ||
          (j + 1 < le && buf[j] === DOT && CLS[buf[j + 1]!] === 1);
        if (dotted) {
          if (len <= 3 && !(i > ls && (buf[i - 1] === DOT || CLS[buf[i - 1]!] === 1))) {
            const end = this.ipv4End(i, le);
            if (end > 0) {
              if (this.ipLabelMaybe(i)) return KEEP;
              i = floor = end;
              continue;
            }
          }
          i = floor = j;
          continue;
        }
      }
      // A space or hyphen, then a digit: the token may be a group (a spaced credit code, a grouped number).
      const sep = len <= 6 && j + 1 < le && (buf[j] === 32 || buf[j] === 45) && CLS[buf[j + 1]!] === 1;
      if (len === 2 && sep && this.spacedUscc(i, j, le)) return KEEP;
      if (allDigits) {
        if (sep && len <= 6) {
          if (this.plausibleGroups(i, j, ls, le)) return KEEP;
        } else if ((len === 3 || len === 4) && this.bracketed(i, j, ls, le)) return KEEP;
        if (len >= 8) {
          const t = this.digitToken(i, j, ls);
          if (t === KEEP) return KEEP;
          if (t !== DROP) this.trigger(t, i, j, t === T_ID ? this.idFound : 0);
        }
      } else if (this.mixedToken(i, j, ls)) return KEEP;
      i = floor = j;
    }
    this.lineEnd = le;
    return this.trigs > 0 ? DIRECT : DROP;
  }

  /**
   * The first byte at or after i in STOP (le when none is before it): four bytes at a time over the
   * buffer's whole words, ':' only when the buffer holds '::'.
   */
  private nextStop(i: number, le: number): number {
    const words = this.words;
    const wb = this.wordBase;
    let k = (i - wb) >> 2;
    if (i < wb || k >= words.length) return this.nextStopBytes(i, le);
    const past = this.colons ? COLON_PAST : DIGIT_PAST;
    let m = stopMask(words[k]!, past) & (-1 << (((i - wb) & 3) << 3));
    while (m === 0) {
      k++;
      const at = wb + (k << 2);
      if (at >= le) return le;
      if (k === words.length) return this.nextStopBytes(at, le);
      m = stopMask(words[k]!, past);
    }
    const p = wb + (k << 2) + ((31 - Math.clz32(m & -m)) >> 3);
    return p < le ? p : le;
  }

  /** nextStop a byte at a time: before the buffer's first whole word, after its last, or without words. */
  private nextStopBytes(i: number, le: number): number {
    const buf = this.buf;
    const words = this.words;
    const wb = this.wordBase;
    const end = words.length > 0 && i < wb ? Math.min(le, wb) : le;
    while (i < end && STOP[buf[i]!] === 0) i++;
    return i < end || end === le ? i : this.nextStop(i, le);
  }

  /**
   * The length of "YYYY-MM-DD HH:MM:" at i (a year from 1000), not after a dotted number, and of the
   * "SS.mmm" after it when it is followed by neither a word character nor a dot; 0 when not there. A token
   * of the walk starts at i, and scanText finds nothing in these tokens: no group shape fits 4-2, 2-2 or
   * 2-2 after '-', no credit code's group follows, no token has 8 digits, and the seconds and milliseconds
   * are a dotted number that is no IPv4 address (six characters of digits and dots). The walk was not told
   * '::' is in the text (the colons would be IPv6 searches then).
   */
  private dateTime(i: number, ls: number, le: number): number {
    const buf = this.buf;
    if (i + 17 > le || buf[i + 4] !== 45 || buf[i + 7] !== 45 || buf[i + 10] !== 32) return 0;
    if (buf[i + 13] !== COLON || buf[i + 16] !== COLON || buf[i] === 48) return 0;
    if (i >= ls + 2 && buf[i - 1] === DOT && CLS[buf[i - 2]!] === 1) return 0;
    if (
      CLS[buf[i + 1]!] !== 1 ||
      CLS[buf[i + 2]!] !== 1 ||
      CLS[buf[i + 3]!] !== 1 ||
      CLS[buf[i + 5]!] !== 1 ||
      CLS[buf[i + 6]!] !== 1 ||
      CLS[buf[i + 8]!] !== 1 ||
      CLS[buf[i + 9]!] !== 1 ||
      CLS[buf[i + 11]!] !== 1 ||
      CLS[buf[i + 12]!] !== 1 ||
      CLS[buf[i + 14]!] !== 1 ||
      CLS[buf[i + 15]!] !== 1
    )
      return 0;
    const millis =
      i + 23 <= le &&
      CLS[buf[i + 17]!] === 1 &&
      CLS[buf[i + 18]!] === 1 &&
      buf[i + 19] === DOT &&
      CLS[buf[i + 20]!] === 1 &&
      CLS[buf[i + 21]!] === 1 &&
      CLS[buf[i + 22]!] === 1 &&
      (i + 23 === le || (CLS[buf[i + 23]!] === 0 && buf[i + 23] !== DOT));
    return millis ? 23 : 17;
  }

  /**
   * A plate's authority letter after the province character at p: a letters-only token of one character
   * (苏E 12345F), then a space, hyphen or '·'.
   */
  private plateLetter(p: number, le: number): boolean {
    const buf = this.buf;
    if (p + 4 >= le || CLS[buf[p + 3]!] !== 2 || !this.provinceAt(p)) return false;
    const n = buf[p + 4];
    return n === 32 || n === 45 || (n === 0xc2 && p + 5 < le && buf[p + 5] === 0xb7);
  }

  private trigger(kind: number, i: number, j: number, id: number): void {
    if (this.trigs === this.trigKind.length) {
      this.trigKind = grow(this.trigKind);
      this.trigStart = grow(this.trigStart);
      this.trigEnd = grow(this.trigEnd);
      this.trigId = grow(this.trigId);
    }
    this.trigKind[this.trigs] = kind;
    this.trigStart[this.trigs] = i;
    this.trigEnd[this.trigs] = j;
    this.trigId[this.trigs] = id;
    this.trigs++;
  }

  /**
   * The direct path: the line's only possible matches are whole digit tokens of a mobile number, a 16- or
   * 19-digit card or an ID number valid today, none needing a label; scanText's emit() is replayed for
   * each (contextBefore on the 40 characters before it, adjust, the minimum confidence).
   */
  private directHits(ls: number): void {
    for (let t = 0; t < this.trigs; t++) {
      const i = this.trigStart[t]!;
      const j = this.trigEnd[t]!;
      const code = this.trigKind[t]!;
      const value = this.str(i, j);
      let kind: PiiKind;
      let base: number;
      let personKey: string | undefined;
      let birthDate: string | undefined;
      let verdict: number;
      if (code === T_ID) {
        const id = this.trigId[t]!;
        kind = 'cn-id';
        base = ID_CONFIDENCE[id & 3]!;
        personKey = this.buf[j - 1] === 120 ? `${this.str(i, j - 1)}X` : value;
        birthDate = isoDate(id >> 2);
        verdict = this.verdict(ls, i, C_CN_ID);
      } else if (code === T_MOBILE) {
        kind = 'mobile';
        base = BASE.mobile;
        personKey = value;
        verdict = this.verdict(ls, i, C_MOBILE);
      } else {
        kind = 'bank-card';
        base = code === T_UNIONPAY ? BASE.bankCard + 0.05 : BASE.bankCard;
        verdict = this.verdict(ls, i, C_CARD);
      }
      const confidence = adjust(base, VERDICTS[verdict]!, code === T_ID ? ID_PENALTY : 0.5);
      if (confidence < MIN) continue;
      const m: PiiMatch = { kind, value, start: i, end: j, confidence };
      if (personKey !== undefined) m.personKey = personKey;
      if (birthDate !== undefined) m.birthDate = birthDate;
      this.hits[this.nHits++] = m;
    }
  }

  /**
   * contextBefore's verdict code for CONTEXT_KINDS[kind] before a value at i on the (valid UTF-8) line
   * starting at ls: the window is the CONTEXT_WINDOW UTF-16 units before i, not before ls.
   */
  private verdict(ls: number, i: number, kind: number): number {
    const buf = this.buf;
    let a = i;
    let units = 0;
    while (a > ls && units < CONTEXT_WINDOW) {
      const b = buf[--a]!;
      if (b < 0x80) units++;
      else if (b >= 0xc0) units += b >= 0xf0 ? 2 : 1;
    }
    // The window starts inside a character of two units (contextBefore reads its second half alone).
    if (units > CONTEXT_WINDOW) return ask(this.view, a, i, kind);
    return WINDOW_VERDICTS.get(this.view, buf, a, i, kind);
  }

  private str(from: number, to: number): string {
    return this.view.toString('latin1', from, to);
  }

  /** emailAt on the '@' at `at` (scans stop at the line's ends, as they do at its newlines). */
  private emailAround(at: number, ls: number, le: number): boolean {
    const lo = Math.max(ls, at - 65);
    return emailAt(this.str(lo, Math.min(le, at + 256)), at - lo) !== undefined;
  }

  /**
   * The [0-9A-Fa-f.:] run around the ':' at i. Returns -1 when it could be an IPv6 value after a label
   * (at least two colons before its first dot, and a label end or separators before it), else its end.
   */
  private ipv6Run(i: number, ls: number, le: number): number {
    const buf = this.buf;
    let a = i;
    while (a > ls && HEX_VALUE[buf[a - 1]!] === 1) a--;
    let b = i;
    while (b < le && HEX_VALUE[buf[b]!] === 1) b++;
    let colons = 0;
    for (let k = a; k < b && buf[k] !== DOT; k++) if (buf[k] === COLON) colons++;
    if (colons < 2) return b;
    let q = a - 1;
    let seps = 0;
    while (q >= this.s && buf[q]! < 0x80 && SEP[buf[q]!] === 1 && seps <= 24) {
      q--;
      seps++;
    }
    if (q < this.s || seps > 24) return b;
    return buf[q]! >= 0x80 || LABEL_END[buf[q]!] === 1 ? -1 : b;
  }

  /** ipv4At at i: the end of a valid dotted quad, else -1. */
  private ipv4End(i: number, le: number): number {
    const buf = this.buf;
    // Seven characters of digits and dots at least (most dotted numbers are times and decimals).
    if (i + 7 > le || (buf[i + 6] !== DOT && CLS[buf[i + 6]!] !== 1)) return -1;
    let e = i;
    const limit = Math.min(le, i + 15);
    while (e < limit && (buf[e] === DOT || CLS[buf[e]!] === 1)) e++;
    if (e < le && (buf[e] === DOT || CLS[buf[e]!] === 1)) return -1;
    if (e - i < 7) return -1;
    const end = ipv4At(this.str(i, Math.min(le, i + 16)), 0);
    return end < 0 ? -1 : i + end;
  }

  /** Could a personal IP label end right before i (at most 6 separators between, possibly over lines)? */
  private ipLabelMaybe(i: number): boolean {
    const buf = this.buf;
    let q = i - 1;
    let seps = 0;
    while (q >= this.s && buf[q]! < 0x80 && SEP[buf[q]!] === 1) {
      if (++seps > 6) return false;
      q--;
    }
    return q >= this.s && (buf[q]! >= 0x80 || LABEL_END[buf[q]!] === 1);
  }

  /**
   * scanText's SPACED_USCC at the two-character token [i, j): [0-9A-Y]{2}[ -]\d{6}[ -][0-9A-Z]{10} and no
   * word character after, then parseUscc on the compact code. The caller checked buf[j] and buf[j + 1].
   */
  private spacedUscc(i: number, j: number, le: number): boolean {
    const buf = this.buf;
    if (j + 18 > le || (buf[j + 7] !== 32 && buf[j + 7] !== 45)) return false;
    for (let k = i; k < j; k++) if (CLS[buf[k]!] !== 1 && !(buf[k]! >= 65 && buf[k]! <= 89)) return false;
    for (let k = j + 2; k < j + 7; k++) if (CLS[buf[k]!] !== 1) return false;
    for (let k = j + 8; k < j + 18; k++)
      if (CLS[buf[k]!] !== 1 && !(buf[k]! >= 65 && buf[k]! <= 90)) return false;
    if (j + 18 < le && CLS[buf[j + 18]!] !== 0) return false;
    return parseUscc(this.str(i, j) + this.str(j + 1, j + 7) + this.str(j + 8, j + 18)) !== undefined;
  }

  /** scanText's plausibleGroups: the first two group lengths of a grouped number. */
  private plausibleGroups(s: number, e: number, ls: number, le: number): boolean {
    const buf = this.buf;
    const len1 = e - s;
    // +86 needs no second length; one or five digits first are no group of any shape.
    if (len1 === 2) return s > ls && buf[s - 1] === 43 && buf[s] === 56 && buf[s + 1] === 54;
    if (len1 === 1 || len1 === 5) return false;
    let q = e + 1;
    while (q < le && CLS[buf[q]!] === 1) q++;
    const len2 = q - e - 1;
    const zero = buf[s] === 48;
    switch (len1) {
      case 3:
        return len2 === 4 || len2 === 8 || (zero && len2 === 7);
      case 4:
        if (zero)
          return (
            len2 === 7 ||
            len2 === 8 ||
            (buf[s + 1] === 48 &&
              buf[s + 2] === 56 &&
              buf[s + 3] === 54 &&
              (len2 === 2 || len2 === 3 || len2 === 11))
          );
        return len2 === 4;
      case 6:
        return len2 === 8 || (len2 >= 10 && len2 <= 13);
      default:
        return false;
    }
  }

  /** (010)12345678 or （0755）2345678: an area code in brackets. */
  private bracketed(i: number, j: number, ls: number, le: number): boolean {
    const buf = this.buf;
    const open =
      (i > ls && buf[i - 1] === 40) ||
      (i >= ls + 3 && buf[i - 3] === 0xef && buf[i - 2] === 0xbc && buf[i - 1] === 0x88);
    if (!open || j >= le) return false;
    return buf[j] === 41 || (j + 2 < le && buf[j] === 0xef && buf[j + 1] === 0xbc && buf[j + 2] === 0x89);
  }

  private provinceAt(p: number): boolean {
    const buf = this.buf;
    return buf[p]! >= 0xe4 && PROVINCE_BYTES.has((buf[p]! << 16) | (buf[p + 1]! << 8) | buf[p + 2]!);
  }

  /**
   * Is contextBefore's verdict for CONTEXT_KINDS[kind] before `start` 'raise'? A value below the minimum
   * confidence (one that needs a label) survives only then.
   */
  private raised(ls: number, start: number, kind: number): boolean {
    return this.verdict(ls, start, kind) === V_RAISE;
  }

  private mobileAt(p: number): boolean {
    const buf = this.buf;
    return buf[p] === 49 && MOBILE[(buf[p + 1]! - 48) * 10 + buf[p + 2]! - 48] === 1;
  }

  /** isBankCard on the digit token [i, j) (16–19 digits): 0 no, 1 UnionPay, 2 another network. */
  private card(i: number, j: number): number {
    const buf = this.buf;
    const net =
      NETWORK[(buf[i]! - 48) * 1000 + (buf[i + 1]! - 48) * 100 + (buf[i + 2]! - 48) * 10 + buf[i + 3]! - 48]!;
    if (net === 0) return 0;
    let sum = 0;
    let double = false;
    for (let k = j - 1; k >= i; k--) {
      let d = buf[k]! - 48;
      if (double) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      double = !double;
    }
    return sum % 10 === 0 ? net : 0;
  }

  /**
   * parseCnId of the 18 characters at i with any birth date up to the far future (the check character
   * first): the birth date (yyyymmdd) << 2 | the region level (1–3), or 0 when it is no ID number.
   */
  private cnIdAt(i: number): number {
    const buf = this.buf;
    let sum = 0;
    for (let k = 0; k < 17; k++) {
      const d = buf[i + k]! - 48;
      if (d < 0 || d > 9) return 0;
      sum += d * CN_WEIGHTS[k]!;
    }
    const last = buf[i + 17] === 120 ? 88 : buf[i + 17];
    if (last !== CN_CHECK[sum % 11]) return 0;
    const region = regionAt(buf, i);
    if (region === 0) return 0;
    const birth = calendarDate(digitsAt(buf, i + 6, 4), digitsAt(buf, i + 10, 2), digitsAt(buf, i + 12, 2));
    return birth === 0 ? 0 : (birth << 2) | region;
  }

  /** parseCnId of the 15 digits at i with any birth date up to the far future (the legacy form). */
  private cnId15(i: number): boolean {
    const buf = this.buf;
    if (regionAt(buf, i) < 2) return false;
    return (
      calendarDate(1900 + digitsAt(buf, i + 6, 2), digitsAt(buf, i + 8, 2), digitsAt(buf, i + 10, 2)) !== 0
    );
  }

  /** The person key of the ID number at i: its 18 characters, a final x upper-cased (as parseCnId). */
  private id18(i: number): string {
    return this.buf[i + 17] === 120 ? `${this.str(i, i + 17)}X` : this.str(i, i + 18);
  }

  /**
   * Is the birth date of the ID number at i (cnIdAt's answer `id`) not in the future for the recognition's
   * "today"? That is all recognition.check adds to cnIdAt: it is asked only between the dates it has
   * accepted and rejected.
   */
  private bornByToday(i: number, id: number): boolean {
    const birth = id >> 2;
    if (birth <= this.bornUpTo) return true;
    if (birth >= this.bornAfter) return false;
    const ok = this.recognition.check('cn-id', this.id18(i)) !== undefined;
    if (ok) this.bornUpTo = birth;
    else this.bornAfter = birth;
    return ok;
  }

  /** Could parseUscc accept the 18 characters at i? Its alphabet and final check character on the bytes. */
  private usccCheck(i: number): boolean {
    const buf = this.buf;
    let sum = 0;
    for (let k = 0; k < 17; k++) {
      const v = USCC_VALUE[buf[i + k]!]!;
      if (v < 0) return false;
      sum += v * USCC_WEIGHTS[k]!;
    }
    return USCC_VALUE[buf[i + 17]!] === (31 - (sum % 31)) % 31;
  }

  /** splitLandline on the digit token of `len` digits at i: 010 or 02x, or 0[3-9]xx, then 7 or 8 digits from 2. */
  private landline(i: number, len: number): boolean {
    const buf = this.buf;
    if (buf[i] !== 48) return false;
    const b1 = buf[i + 1]!;
    if ((len === 10 || len === 11) && (b1 === 50 || (b1 === 49 && buf[i + 2] === 48)) && buf[i + 3]! >= 50)
      return true;
    return (len === 11 || len === 12) && b1 >= 51 && buf[i + 4]! >= 50;
  }

  /**
   * scanText's digitToken on [i, j) (8–19 digits): DROP, KEEP, or the code of a match the direct path
   * computes (a mobile number, a 16- or 19-digit card, an ID number that recognition.check accepts today).
   */
  private digitToken(i: number, j: number, ls: number): number {
    const buf = this.buf;
    const len = j - i;
    switch (len) {
      case 8:
        return this.raised(ls, i, C_TAIWAN) ? KEEP : DROP;
      case 10:
        return this.raised(ls, i, this.landline(i, 10) ? C_LANDLINE : C_TAIWAN) ? KEEP : DROP;
      case 11:
        if (this.mobileAt(i)) return T_MOBILE;
        return this.landline(i, 11) && this.raised(ls, i, C_LANDLINE) ? KEEP : DROP;
      case 12:
        return this.landline(i, 12) && this.raised(ls, i, C_LANDLINE) ? KEEP : DROP;
      case 13:
        return buf[i] === 56 && buf[i + 1] === 54 && this.mobileAt(i + 2) ? KEEP : DROP;
      case 15:
        if (
          buf[i] === 48 &&
          buf[i + 1] === 48 &&
          buf[i + 2] === 56 &&
          buf[i + 3] === 54 &&
          this.mobileAt(i + 4)
        )
          return KEEP;
        return this.cnId15(i) ? KEEP : DROP;
      case 16:
      case 19: {
        const net = this.card(i, j);
        return net === 0 ? DROP : net === 1 ? T_UNIONPAY : T_CARD;
      }
      case 17: {
        const net = this.card(i, j);
        return net === 1 || (net === 2 && this.raised(ls, i, C_CARD)) ? KEEP : DROP;
      }
      case 18: {
        // Valid today: the ID is the match; valid only by a birth date to come: findAll decides.
        const id = this.cnIdAt(i);
        if (id !== 0) {
          if (!this.bornByToday(i, id)) return KEEP;
          this.idFound = id;
          return T_ID;
        }
        const uscc = this.usccCheck(i) ? parseUscc(this.str(i, j)) : undefined;
        // An all-digit code failing its organisation check needs a label; a valid one stops the token.
        if (uscc !== undefined) return uscc.orgCheckOk || this.raised(ls, i, C_USCC) ? KEEP : DROP;
        const net = this.card(i, j);
        return net === 1 || (net === 2 && this.raised(ls, i, C_CARD)) ? KEEP : DROP;
      }
      default:
        return DROP;
    }
  }

  /** scanText's mixedToken on [i, j) (letters and digits). */
  private mixedToken(i: number, j: number, ls: number): boolean {
    const len = j - i;
    if (len === 18) {
      const last = this.buf[j - 1];
      if ((last === 88 || last === 120) && this.cnIdAt(i) !== 0) return true;
      // A valid code here has capitals (base ≥ 0.7): no label needed.
      return this.usccCheck(i) && parseUscc(this.str(i, j)) !== undefined;
    }
    if (len >= 5 && len <= 7 && i >= ls + 3 && this.provinceAt(i - 3)) return true;
    if (len === 9 || len === 11) {
      const kind = documentShape(this.str(i, j));
      if (kind !== undefined) return this.raised(ls, i, DOCUMENT_INDEX[kind]);
    }
    return false;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The end of the line starting at ls (its newline, or e). */
function endOfLine(buf: Uint8Array, ls: number, e: number): number {
  const nl = buf.indexOf(NL, ls);
  return nl < 0 || nl > e ? e : nl;
}

/** Does buf[s, e) hold '::'? (A native search over a view bounded by e for long ranges.) */
function hasColons(buf: Uint8Array, s: number, e: number): boolean {
  if (e - s > 4096) return Buffer.from(buf.buffer, buf.byteOffset + s, e - s).indexOf('::', 0, 'latin1') >= 0;
  // A loop, not buf.indexOf: that searches on past e to the end of the buffer, for every cell of a chunk.
  for (let p = s; p + 1 < e; p++) if (buf[p] === COLON && buf[p + 1] === COLON) return true;
  return false;
}

/** The start of the line holding p (not before s). */
function lineStart(buf: Uint8Array, p: number, s: number): number {
  const nl = p > s ? buf.lastIndexOf(NL, p - 1) : -1;
  return nl < s ? s : nl + 1;
}

let shared: TextLineScanner | undefined;
let sharedBusy = false;

/**
 * Matches of recognition.findAll(decoded buf[s, e)) in order (buf holds whole lines; the last may lack its
 * newline), computed only on the lines the byte pre-filter keeps. Offsets are not the buffer's.
 */
export function findAllInLines(
  buf: Uint8Array,
  s: number,
  e: number,
  recognition: Recognition,
  onHit: (h: PiiMatch) => void,
): void {
  if (sharedBusy || shared === undefined || shared.recognition !== recognition) {
    if (sharedBusy) {
      new TextLineScanner(recognition).scan(buf, s, e, onHit);
      return;
    }
    shared = new TextLineScanner(recognition);
  }
  sharedBusy = true;
  try {
    shared.scan(buf, s, e, onHit);
  } finally {
    sharedBusy = false;
  }
}
