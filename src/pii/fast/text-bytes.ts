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
 * answers "keep" wherever a branch could emit; it is conservative, never exact: a line is dropped only
 * if scanText could emit nothing on it whatever the lines around it. Results equal findAll over the
 * whole decoded text because no match spans a line and a line's matches depend only on that line,
 * except for these, handled here:
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
 * MIN_CONFIDENCE); an ID's "valid today" is asked of recognition.check once per birth date.
 *
 * Matches' `start`/`end` are not offsets the caller can use (batch text or buffer bytes): the inventory
 * reads only kind, value, personKey, birthDate and confidence.
 */
import { isUtf8 } from 'node:buffer';
import { cardNetwork } from '../recognisers/bank-card.ts';
import { cnIdConfidence, parseCnId, type CnIdInfo } from '../recognisers/cn-id.ts';
import { adjust, contextBefore, RAISE } from '../recognisers/context.ts';
import { documentShape } from '../recognisers/documents.ts';
import { emailAt } from '../recognisers/email.ts';
import { ipv4At } from '../recognisers/ip.ts';
import { splitLandline } from '../recognisers/landline.ts';
import { isMobile11 } from '../recognisers/mobile.ts';
import { PROVINCES } from '../recognisers/plate.ts';
import { BASE, DEFAULT_MIN_CONFIDENCE } from '../recognisers/scan.ts';
import { parseUscc } from '../recognisers/uscc.ts';
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
/**
 * The pre-filter's walk table: CLS in the low two bits (1 digit, 2 word letter), and the non-word bytes it
 * stops at with the low bits clear: 4 newline, 8 '@', 12 ':'.
 */
const WALK = new Uint8Array(256);
for (let c = 0; c < 256; c++) WALK[c] = CLS[c]!;
WALK[10] = 4;
WALK[64] = 8; // @
WALK[58] = 12;
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
const FAR_FUTURE = '9999-12-31';

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

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The ID check character (as a byte) by the weighted sum mod 11: '10X98765432'. */
const CN_CHECK = Array.from('10X98765432', (c) => c.charCodeAt(0));

type LabelledKind = 'taiwan-permit' | 'landline' | 'bank-card' | 'uscc' | 'passport' | 'hk-macau-permit';

/**
 * RAISE[kind] over a latin1 copy of UTF-8 bytes, a superset of what makes a label-needing value survive:
 * contextBefore's verdict must be 'raise', i.e. a RAISE word in the window matched with /i in non-unicode
 * mode (ASCII letters fold, nothing folds into ASCII: K and İ do not make "hk" or "id"). Non-ASCII
 * characters become their byte sequences, and look-behinds are dropped (our window may reach further back
 * than contextBefore's).
 */
function bytePattern(kind: LabelledKind): RegExp {
  const source = RAISE[kind]!.source.replace(/\(\?<[!=](?:[^()\\]|\\.)*\)/g, '');
  // A character class with a non-ASCII member would need alternatives of byte sequences instead.
  if (/\[[^\]]*[^\x00-\x7f]/.test(source)) throw new Error(`RAISE[${kind}]: non-ASCII in a character class`);
  let out = '';
  for (const ch of source) {
    if (ch.charCodeAt(0) < 128) out += ch;
    else out += `(?:${[...Buffer.from(ch, 'utf8')].map((b) => `\\x${b.toString(16)}`).join('')})`;
  }
  return new RegExp(out, 'i');
}

const RAISE_BYTES = new Map<LabelledKind, RegExp>(
  (['taiwan-permit', 'landline', 'bank-card', 'uscc', 'passport', 'hk-macau-permit'] as const).map((k) => [
    k,
    bytePattern(k),
  ]),
);

/** Bytes before a value that hold contextBefore's window of 40 UTF-16 units (at most 3 bytes each). */
const WINDOW_BYTES = 120;
/** How far before a possible label end context lines are taken (a label, the separators after it). */
const LABEL_REACH = 160;
/** Ranges up to this many bytes are checked for '::' and non-ASCII bytes in one JavaScript pass. */
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
  /** Start of the text (a BOM there is not part of it). */
  private s = 0;
  /** The buffer holds a '::' (scanText's condition for the IPv6 search). */
  private colons = false;
  private runFrom = new Int32Array(256);
  private runTo = new Int32Array(256);
  /** For a line of the direct path, the first of its matches in `hits` (else -1). */
  private runHits = new Int32Array(256);
  private runs = 0;
  /** Matches computed on the direct path, in line order. */
  private hits: PiiMatch[] = [];
  /** The current line's tokens for the direct path (kind code, start, end). */
  private trigKind = new Int32Array(16);
  private trigStart = new Int32Array(16);
  private trigEnd = new Int32Array(16);
  private trigInfo: (CnIdInfo | undefined)[] = [];
  private trigs = 0;
  /** The ID number digitToken found (for trigger()). */
  private idInfo: CnIdInfo | undefined;
  /** bornByToday's answers by birth date (for this scanner's recognition). */
  private readonly bornBy = new Map<string, boolean>();
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
    }
    const bytes = this.buf;
    this.stats.lines = this.stats.kept = this.stats.direct = this.stats.decodedBytes = 0;
    this.hits.length = 0;
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
      for (let p = s; p < e; p++) {
        const b = bytes[p]!;
        if (b >= 0x80) high = true;
        else if (b === COLON && p + 1 < e && bytes[p + 1] === COLON) colons = true;
      }
      this.colons = colons;
      valid = !high || isUtf8(bytes.subarray(s, e));
    } else {
      this.colons = hasColons(bytes, s, e);
      valid = isUtf8(bytes.subarray(s, e));
    }
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
        const first = this.hits.length;
        this.directHits(ls);
        this.addRun(ls, le, first);
      }
      ls = le + 1;
    }
    this.emitRuns(onHit);
  }

  // --- runs and batches -----------------------------------------------------------------------------

  /** A run of lines for findAll (hits -1), or one line of the direct path (its first match in `hits`). */
  private addRun(from: number, to: number, hits: number): void {
    // Context may reach back over earlier runs: merge every run it overlaps (a direct line merged into a
    // run is searched by findAll with it, so its own matches go).
    while (this.runs > 0 && from <= this.runTo[this.runs - 1]!) {
      this.runs--;
      from = Math.min(from, this.runFrom[this.runs]!);
      if (this.runHits[this.runs]! >= 0) this.hits.length = this.runHits[this.runs]!;
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
        let end = this.hits.length;
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
    this.trigs = 0;
    let ipv6Done = ls;
    let i = ls;
    while (i < le) {
      const c = buf[i]!;
      const w = WALK[c]!;
      if ((w & 3) === 0) {
        if (w !== 0) {
          if (w === 4) {
            this.lineEnd = i;
            return this.trigs > 0 ? DIRECT : DROP;
          }
          if (w === 8) {
            if (this.emailAround(i, ls, le)) return KEEP;
          } else if (this.colons && i >= ipv6Done) {
            const end = this.ipv6Run(i, ls, le);
            if (end < 0) return KEEP;
            ipv6Done = end;
          }
        }
        i++;
        continue;
      }
      let j = i + 1;
      let digits = w & 1;
      while (j < le) {
        const k = WALK[buf[j]!]!;
        if ((k & 3) === 0) break;
        digits += k & 1;
        j++;
      }
      const len = j - i;
      if (digits === 0) {
        // Letters only: a plate's authority letter after its province (苏E 12345F).
        if (len === 1 && i >= ls + 3 && buf[i - 1]! >= 0x80 && this.provinceAt(i - 3)) {
          const n = buf[j];
          if (j < le && (n === 32 || n === 45 || (n === 0xc2 && j + 1 < le && buf[j + 1] === 0xb7)))
            return KEEP;
        }
        i = j;
        continue;
      }
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
              i = end;
              continue;
            }
          }
          i = j;
          continue;
        }
      }
      const sep = j + 1 < le && (buf[j] === 32 || buf[j] === 45) && CLS[buf[j + 1]!] === 1;
      if (len === 2 && sep && this.spacedUscc(i, j, le)) return KEEP;
      if (allDigits) {
        if (sep && len <= 6) {
          if (this.plausibleGroups(i, j, ls, le)) return KEEP;
        } else if ((len === 3 || len === 4) && this.bracketed(i, j, ls, le)) return KEEP;
        if (len >= 8) {
          const t = this.digitToken(i, j, ls);
          if (t === KEEP) return KEEP;
          if (t !== DROP) this.trigger(t, i, j, t === T_ID ? this.idInfo : undefined);
        }
      } else if (this.mixedToken(i, j, ls)) return KEEP;
      i = j;
    }
    this.lineEnd = le;
    return this.trigs > 0 ? DIRECT : DROP;
  }

  private trigger(kind: number, i: number, j: number, info: CnIdInfo | undefined): void {
    if (this.trigs === this.trigKind.length) {
      this.trigKind = grow(this.trigKind);
      this.trigStart = grow(this.trigStart);
      this.trigEnd = grow(this.trigEnd);
    }
    this.trigKind[this.trigs] = kind;
    this.trigStart[this.trigs] = i;
    this.trigEnd[this.trigs] = j;
    this.trigInfo[this.trigs] = info;
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
      const kind: PiiKind = code === T_MOBILE ? 'mobile' : code === T_ID ? 'cn-id' : 'bank-card';
      let base: number;
      let personKey: string | undefined;
      let birthDate: string | undefined;
      if (code === T_ID) {
        const info = this.trigInfo[t]!;
        base = cnIdConfidence(info);
        personKey = info.id18;
        birthDate = info.birthDate;
      } else if (code === T_MOBILE) {
        base = BASE.mobile;
        personKey = value;
      } else base = code === T_UNIONPAY ? BASE.bankCard + 0.05 : BASE.bankCard;
      // The window: WINDOW_BYTES back (40 units at most), moved back to a character's first byte.
      let a = Math.max(ls, i - WINDOW_BYTES);
      while (a > ls && (this.buf[a]! & 0xc0) === 0x80) a--;
      const window = this.view.toString('utf8', a, i);
      const verdict = contextBefore(window, window.length, kind);
      const confidence = adjust(base, verdict, code === T_ID ? ID_PENALTY : 0.5);
      if (confidence < MIN) continue;
      const m: PiiMatch = { kind, value, start: i, end: j, confidence };
      if (personKey !== undefined) m.personKey = personKey;
      if (birthDate !== undefined) m.birthDate = birthDate;
      this.hits.push(m);
    }
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
    if (j + 18 > le) return false;
    for (let k = i; k < j; k++) if (CLS[buf[k]!] !== 1 && !(buf[k]! >= 65 && buf[k]! <= 89)) return false;
    for (let k = j + 2; k < j + 7; k++) if (CLS[buf[k]!] !== 1) return false;
    if (buf[j + 7] !== 32 && buf[j + 7] !== 45) return false;
    for (let k = j + 8; k < j + 18; k++)
      if (CLS[buf[k]!] !== 1 && !(buf[k]! >= 65 && buf[k]! <= 90)) return false;
    if (j + 18 < le && CLS[buf[j + 18]!] !== 0) return false;
    return parseUscc(this.str(i, j) + this.str(j + 1, j + 7) + this.str(j + 8, j + 18)) !== undefined;
  }

  /** scanText's plausibleGroups: the first two group lengths of a grouped number. */
  private plausibleGroups(s: number, e: number, ls: number, le: number): boolean {
    const buf = this.buf;
    let q = e + 1;
    while (q < le && CLS[buf[q]!] === 1) q++;
    const len2 = q - e - 1;
    const zero = buf[s] === 48;
    switch (e - s) {
      case 2:
        return s > ls && buf[s - 1] === 43 && buf[s] === 56 && buf[s + 1] === 54;
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

  /** A raising label for `kind` could be in raiseBefore's window before `start`. */
  private raised(ls: number, start: number, kind: LabelledKind): boolean {
    return RAISE_BYTES.get(kind)!.test(this.str(Math.max(ls, start - WINDOW_BYTES), start));
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

  /** Could parseCnId accept the 18 characters at i (any birth date up to the far future)? */
  private cnId18(i: number): boolean {
    return this.cnIdAt(i) !== undefined;
  }

  /** parseCnId of the 18 characters at i with any birth date up to the far future (the check first). */
  private cnIdAt(i: number): CnIdInfo | undefined {
    const buf = this.buf;
    let sum = 0;
    for (let k = 0; k < 17; k++) {
      const d = buf[i + k]! - 48;
      if (d < 0 || d > 9) return undefined;
      sum += d * CN_WEIGHTS[k]!;
    }
    const last = buf[i + 17] === 120 ? 88 : buf[i + 17];
    return last === CN_CHECK[sum % 11] ? parseCnId(this.str(i, i + 18), FAR_FUTURE) : undefined;
  }

  /**
   * Is a birth date not in the future for the recognition's "today"? Asked of recognition.check (with the
   * ID it came from) once per date: that is all parseCnId adds to cnIdAt's answer.
   */
  private bornByToday(info: CnIdInfo): boolean {
    let ok = this.bornBy.get(info.birthDate);
    if (ok === undefined) {
      ok = this.recognition.check('cn-id', info.id18) !== undefined;
      this.bornBy.set(info.birthDate, ok);
    }
    return ok;
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
        return this.raised(ls, i, 'taiwan-permit') ? KEEP : DROP;
      case 10:
        return (
          buf[i] === 48 && splitLandline(this.str(i, j))
            ? this.raised(ls, i, 'landline')
            : this.raised(ls, i, 'taiwan-permit')
        )
          ? KEEP
          : DROP;
      case 11:
        if (this.mobileAt(i)) return T_MOBILE;
        return buf[i] === 48 && splitLandline(this.str(i, j)) !== undefined && this.raised(ls, i, 'landline')
          ? KEEP
          : DROP;
      case 12:
        return buf[i] === 48 && splitLandline(this.str(i, j)) !== undefined && this.raised(ls, i, 'landline')
          ? KEEP
          : DROP;
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
        return parseCnId(this.str(i, j), FAR_FUTURE) !== undefined ? KEEP : DROP;
      case 16:
      case 19: {
        const net = this.card(i, j);
        return net === 0 ? DROP : net === 1 ? T_UNIONPAY : T_CARD;
      }
      case 17: {
        const net = this.card(i, j);
        return net === 1 || (net === 2 && this.raised(ls, i, 'bank-card')) ? KEEP : DROP;
      }
      case 18: {
        // Valid today: the ID is the match; valid only by a birth date to come: findAll decides.
        const id = this.cnIdAt(i);
        if (id !== undefined) {
          if (!this.bornByToday(id)) return KEEP;
          this.idInfo = id;
          return T_ID;
        }
        const uscc = parseUscc(this.str(i, j));
        // An all-digit code failing its organisation check needs a label; a valid one stops the token.
        if (uscc !== undefined) return uscc.orgCheckOk || this.raised(ls, i, 'uscc') ? KEEP : DROP;
        const net = this.card(i, j);
        return net === 1 || (net === 2 && this.raised(ls, i, 'bank-card')) ? KEEP : DROP;
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
      if ((last === 88 || last === 120) && this.cnId18(i)) return true;
      // A valid code here has capitals (base ≥ 0.7): no label needed.
      return parseUscc(this.str(i, j)) !== undefined;
    }
    if (len >= 5 && len <= 7 && i >= ls + 3 && this.provinceAt(i - 3)) return true;
    if (len === 9 || len === 11) {
      const kind = documentShape(this.str(i, j));
      if (kind !== undefined) return this.raised(ls, i, kind);
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
