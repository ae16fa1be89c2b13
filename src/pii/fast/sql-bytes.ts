/**
 * SQL dumps over UTF-8 bytes: the byte engine's SqlDumpParser (src/pii/sources/sql-dump.ts). Its rows
 * are the string parser's 'row' events over the whole decoded text (a leading BOM dropped), however the
 * bytes are cut into chunks: the same table, columns and cells (CELL_NULL for NULL, CELL_PLAIN for a
 * string literal without escapes (the bytes inside its quotes) and for numbers, CELL_ESCAPED for the
 * rest, rebuilt by text()). SqlDumpParser itself, fed pieces, can read otherwise: a piece that starts
 * inside a COPY block and ends between the two '-' of a comment after its `\.` makes the comment text.
 *
 * The string parser works in two passes: a lexer splits statements at ';' outside strings, quoted
 * identifiers and comments (dropping the comments), then each whole statement is parsed (CREATE TABLE
 * columns, INSERT … VALUES tuples, COPY headers). This parser runs the same lexer over bytes, but reads
 * an INSERT's tuples as they go by instead of keeping the statement:
 *
 * - An INSERT's head (`INSERT INTO t (cols) VALUES`) is kept as text until it is read the way
 *   parseInsert's regex first tries it, without needing the text's end (insertHead); the tuples then go
 *   through a byte fast path, each row delivered when its `)` closes. The fast path reads only what it
 *   can prove both passes read alike: strings whose escapes the lexer reads the same way, numbers and
 *   other bare words. Anything else (a comment inside the values, a quote in a bare word, a function
 *   call, a backslash-quote in an E'' string of a PostgreSQL dump, …) sends the tuple to the exact path:
 *   the lexer run byte by byte, the statement's text from that tuple on parsed by tupleAt (parseValues
 *   one tuple at a time, waiting while the text could still change the result) and, at the statement's
 *   end, by parseValues itself. The fast path takes over again at the next tuple. Its strings end at
 *   the quotes and backslashes a ByteFinder (csv-bytes.ts) finds 64 bytes a step; mysqldump's next
 *   INSERT with the same head (its bytes again, then '(') goes to the fast path at once (repeatHead).
 * - Other statements (CREATE TABLE, SET standard_conforming_strings, COPY … FROM stdin, an INSERT whose
 *   head the fast path cannot read) are kept as text and given to the string parser's own functions.
 *   Statements of other kinds are only counted.
 * - COPY data lines are read in place (tab-separated, `\N`, backslash escapes, up to `\.`).
 *
 * Deliberate difference: the string parser skips a statement longer than MAX_STATEMENT characters (it
 * keeps statements whole); an INSERT read tuple by tuple is never skipped, its rows are all delivered.
 * Other statements are kept and skipped as there (those only counted are measured on their bytes, so
 * ill-formed UTF-8 in them may count a little otherwise than its decoded text).
 *
 * Memory: the carry holds the tuple in progress (an INSERT), a COPY line, or the statement text kept for
 * the string functions. A tuple that spans chunks is read again from its start only once the carry has
 * doubled, so a huge cell costs linear time. The next chunk is read in place once the carry's bytes
 * are read (with a copy of the chunk's first bytes after them).
 */
import {
  backslashAfter,
  copyField,
  MAX_STATEMENT,
  parseCopy,
  parseCreateTable,
  parseInsert,
  parseValues,
  unquoteIdent,
} from '../sources/sql-dump.ts';
import { ByteFinder } from './csv-bytes.ts';
import { CELL_ESCAPED, CELL_NULL, CELL_PLAIN, RowBuffer, type ByteRow } from './types.ts';

/** Keeps U+FEFF inside values (the string path's decoder drops only the file's first). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const QUOTE = 39;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const SEMI = 59;
const UPPER_N = 78;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const BACKTICK = 96;

/** Reading modes: the statement lexer, an INSERT's tuples (the fast path), COPY data lines. */
const SQL = 0;
const VALUES = 1;
const COPY = 2;

/**
 * What the statement in progress is, by its text so far: only white space; kept, kind not yet known;
 * an INSERT whose head is not read yet; kept to its end (CREATE, SET, COPY, an unread INSERT head);
 * counted only; an INSERT's tuples on the exact path; an INSERT's tuples on the fast path.
 */
const BLANK = 0;
const HEAD = 1;
const INSERT = 2;
const KEEP = 3;
const SKIP = 4;
const GVALUES = 5;
const FAST = 6;

const NO_COMMENT = 0;
const LINE_COMMENT = 1;
const BLOCK_COMMENT = 2;

/** How a CELL_ESCAPED cell's text is rebuilt from its bytes. */
const STR_BS = 1; // a string's inside, with backslash escapes and doubled quotes
const STR_STD = 2; // a string's inside, with doubled quotes
const HEX_BS = 3; // X'…' read as STR_BS, then hex
const HEX_STD = 4; // X'…' read as STR_STD, then hex
const HEX_TOKEN = 5; // the digits of 0x…
const COPY_FIELD = 6; // a COPY field with backslash escapes

/** push(): the bytes of a chunk read after the last chunk's unread bytes before the chunk is read in place. */
const HEAD_PART = 16 * 1024;
/** An INSERT head kept longer than this without being read goes to the string functions whole. */
const HEAD_LIMIT = 64 * 1024;
/**
 * The trailing '-', '/', '*' the lexer leaves for the next push: the string parser, fed the whole text,
 * holds back the last 64 of them to its end() (and reads the ones before with the text ending there),
 * and a '-' or '/' looks two bytes ahead.
 */
const HOLD = 66;

/** The bytes that end a plain run in the lexer (its own, and '(' where an INSERT's values may start). */
const BREAK = new Uint8Array(256);
for (const c of [QUOTE, DQUOTE, BACKTICK, SEMI, DASH, HASH, SLASH, LF, LPAREN]) BREAK[c] = 1;
/** The bytes that end a bare word on the fast path (the rest of the tuple goes to the exact path on all but , ) ;). */
const BARE_STOP = new Uint8Array(256);
for (const c of [LPAREN, RPAREN, COMMA, QUOTE, DQUOTE, BACKTICK, SEMI, SLASH]) BARE_STOP[c] = 1;
/** N E X B (either case): letters that may prefix a string literal. */
const PREFIX_LETTER = new Uint8Array(256);
for (const c of 'NnEeXxBb') PREFIX_LETTER[c.charCodeAt(0)] = 1;
const HEX_DIGIT = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX_DIGIT[c.charCodeAt(0)] = 1;

const WS = /\s/;

// --- bytes ---------------------------------------------------------------------------------------

/**
 * Length of the white-space character (\s, String.prototype.trim) at `p`: 0 when there is none, -1
 * when [p, n) ends inside what could be one.
 */
function wsAt(b: Uint8Array, p: number, n: number): number {
  const c = b[p]!;
  if (c < 0x80) return c === SPACE || (c >= 9 && c <= 13) ? 1 : 0;
  if (c === 0xc2) return p + 1 >= n ? -1 : b[p + 1] === 0xa0 ? 2 : 0;
  if (c !== 0xe1 && c !== 0xe2 && c !== 0xe3 && c !== 0xef) return 0;
  if (p + 2 >= n) return p + 1 < n && !wsStart(c, b[p + 1]!) ? 0 : -1;
  return wsEnd(c, b[p + 1]!, b[p + 2]!) ? 3 : 0;
}

/** Whether lead byte `c` and second byte `c1` can begin a 3-byte white-space character. */
function wsStart(c: number, c1: number): boolean {
  return c === 0xe1
    ? c1 === 0x9a
    : c === 0xe2
      ? c1 === 0x80 || c1 === 0x81
      : c === 0xe3
        ? c1 === 0x80
        : c1 === 0xbb;
}

/** U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
function wsEnd(c: number, c1: number, c2: number): boolean {
  if (c === 0xe2) {
    if (c1 === 0x80) return c2 <= 0x8a ? c2 >= 0x80 : c2 === 0xa8 || c2 === 0xa9 || c2 === 0xaf;
    return c1 === 0x81 && c2 === 0x9f;
  }
  if (c === 0xe1) return c1 === 0x9a && c2 === 0x80;
  if (c === 0xe3) return c1 === 0x80 && c2 === 0x80;
  return c === 0xef && c1 === 0xbb && c2 === 0xbf;
}

/** Length of the white-space character that ends at `e` (not before `s`), or 0. */
function wsBefore(b: Uint8Array, s: number, e: number): number {
  const c = b[e - 1]!;
  if (c < 0x80) return c === SPACE || (c >= 9 && c <= 13) ? 1 : 0;
  if (c === 0xa0) return e - 2 >= s && b[e - 2] === 0xc2 ? 2 : 0;
  return e - 3 >= s && wsEnd(b[e - 3]!, b[e - 2]!, c) ? 3 : 0;
}

/** Where the UTF-8 character left incomplete by the end `n` starts (n when none is). */
function charStart(b: Uint8Array, from: number, n: number): number {
  for (let k = n - 1; k >= from && k >= n - 3; k--) {
    const c = b[k]!;
    if (c < 0x80 || c >= 0xc0)
      return c >= 0xc2 && c <= 0xf4 && k + (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) > n ? k : n;
  }
  return n;
}

const dashSlashStar = (c: number): boolean => c === DASH || c === SLASH || c === STAR;

// --- text ----------------------------------------------------------------------------------------

function skipWs(s: string, i: number): number {
  while (i < s.length && WS.test(s[i]!)) i++;
  return i;
}

const KEYWORD = /insert|replace/iy;
const MODIFIER = /low_priority|delayed|high_priority|ignore/iy;
const INTO = /into/iy;
const VALUES_WORD = /values/iy;
const WORD = /[\w$]+/y;

function sticky(re: RegExp, s: string, i: number): number {
  re.lastIndex = i;
  return re.test(s) ? re.lastIndex : -1;
}

/** An identifier of parseInsert's regex at i (`…`, "…", a word): its end, or -1. */
function identAt(s: string, i: number): number {
  const c = s[i];
  if (c === '`' || c === '"') {
    const close = s.indexOf(c, i + 1);
    return close > i + 1 ? close + 1 : -1;
  }
  return sticky(WORD, s, i);
}

/**
 * parseInsert's head regex, read the way the regex first tries it (every repetition as long as it goes,
 * every optional part taken when it matches, no backtracking): its table, columns and end when that
 * first try matches without touching the end of `s` — then no text after `s` can change the regex's
 * match. Undefined otherwise (the caller keeps the text and lets parseInsert decide).
 */
export function insertHead(
  s: string,
): { table: string; columns: string[] | undefined; end: number } | undefined {
  const n = s.length;
  let i = sticky(KEYWORD, s, skipWs(s, 0));
  if (i < 0) return undefined;
  let j = skipWs(s, i);
  if (j === i || j >= n) return undefined;
  i = j;
  for (;;) {
    const k = sticky(MODIFIER, s, i);
    if (k < 0) break;
    j = skipWs(s, k);
    if (j === k) break;
    if (j >= n) return undefined;
    i = j;
  }
  const into = sticky(INTO, s, i);
  if (into >= 0) {
    j = skipWs(s, into);
    if (j >= n) return undefined;
    if (j > into) i = j;
  }
  const start = i;
  let end = identAt(s, i);
  if (end < 0 || end >= n) return undefined;
  j = skipWs(s, end);
  if (j >= n) return undefined;
  if (s[j] === '.') {
    j = skipWs(s, j + 1);
    if (j >= n) return undefined;
    end = identAt(s, j);
    if (end < 0 || end >= n) return undefined;
    j = skipWs(s, end);
    if (j >= n) return undefined;
  }
  let columns: string[] | undefined;
  if (s[j] === '(') {
    const close = s.indexOf(')', j + 1);
    if (close < 0) return undefined;
    columns = s
      .slice(j + 1, close)
      .split(',')
      .map(unquoteIdent);
    j = skipWs(s, close + 1);
  }
  const v = sticky(VALUES_WORD, s, j);
  if (v < 0) return undefined;
  return { table: unquoteIdent(s.slice(start, end)), columns, end: skipWs(s, v) };
}

const PREFIX = /^(?:_[a-z0-9]+\s*|[NnEeXxBb])'/;
const PREFIXABLE = /[_NnEeXxBb]/;
const unescapeChar = (c: string): string =>
  c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '0' ? '\0' : c;

/**
 * One tuple of parseValues: text[i] is its '('; its cells and the index after its ')'. Undefined while
 * more text could change it (parseValues at the statement's end reads what is left).
 */
export function tupleAt(
  text: string,
  i: number,
  backslash: boolean,
): { cells: (string | null)[]; end: number } | undefined {
  const n = text.length;
  const cells: (string | null)[] = [];
  i++;
  for (;;) {
    i = skipWs(text, i);
    if (i >= n) return undefined;
    const c = text[i]!;
    if (c === ')') return { cells, end: i + 1 };
    if (c === ',') {
      i++;
      continue;
    }
    const prefix = PREFIX.exec(text.slice(i, i + 16));
    if (c !== "'" && !prefix && i + 16 > n && PREFIXABLE.test(c)) return undefined;
    if (c === "'" || prefix) {
      const hex = prefix !== null && /^[Xx]/.test(prefix[0]);
      const escapes = backslash || (prefix !== null && /^[Ee]/.test(prefix[0]));
      i += prefix ? prefix[0].length : 1;
      let value = '';
      for (;;) {
        if (i >= n) return undefined;
        const ch = text[i]!;
        if (ch === '\\' && escapes) {
          if (i + 1 >= n) return undefined;
          value += unescapeChar(text[i + 1]!);
          i += 2;
        } else if (ch === "'") {
          if (i + 1 >= n) return undefined;
          i++;
          if (text[i] !== "'") break;
          value += "'";
          i++;
        } else {
          value += ch;
          i++;
        }
      }
      cells.push(hex ? Buffer.from(value, 'hex').toString('utf8') : value);
      continue;
    }
    let j = i;
    let depth = 0;
    for (; ; j++) {
      if (j >= n) return undefined;
      const ch = text[j]!;
      if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) break;
        depth--;
      } else if (ch === ',' && depth === 0) break;
      else if (ch === "'") {
        j = text.indexOf("'", j + 1);
        if (j < 0) return undefined;
      }
    }
    const token = text.slice(i, j).trim();
    i = j;
    cells.push(
      /^null$/i.test(token)
        ? null
        : /^0x[0-9a-f]+$/i.test(token)
          ? Buffer.from(token.slice(2), 'hex').toString('utf8')
          : token,
    );
  }
}

// --- the parser ----------------------------------------------------------------------------------

export class ByteSqlDumpParser {
  /** MySQL dumps escape with backslashes; PostgreSQL (standard_conforming_strings) does not. */
  backslash = true;
  statements = 0;
  /** Statements skipped as longer than maxStatement characters (never an INSERT read tuple by tuple). */
  skipped = 0;
  /** The string parser's MAX_STATEMENT (a field so that tests can lower it). */
  maxStatement = MAX_STATEMENT;
  /** HEAD_PART (a field so that tests can lower it). */
  headPart = HEAD_PART;

  private readonly onRow: (table: string, columns: readonly string[] | undefined, row: ByteRow) => void;
  private readonly row = new RowBuffer();
  /** How each CELL_ESCAPED cell of the row is rebuilt (STR_BS…). */
  private kinds = new Uint8Array(64);
  /** The quotes and backslashes of data (positions from its `at` on: fi), where the fast path's strings end. */
  private readonly finder = new ByteFinder([QUOTE, BACKSLASH]);
  private fi = 0;
  /** Where the exact path's rows are written as UTF-8. */
  private scratch = new Uint8Array(1024);

  /** The bytes being read are data[pos, data.length); data is the caller's chunk or a view of store. */
  private data: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private store = new Uint8Array(0);
  /** The input's first bytes may be a BOM (the string path's decoder drops it). */
  private atStart = true;
  private final = false;
  /** At the end: where the bytes the string parser holds back to its end() begin. */
  private cut = 0;
  /** The fast path waits for this many bytes before reading a tuple that spans chunks again. */
  private retryAt = 0;

  private mode = SQL;
  // The lexer (SqlDumpParser.push's state).
  private comment = NO_COMMENT;
  private quote = 0;
  private escapeNext = false;
  private lineStart = true;
  // The statement in progress.
  private kind = BLANK;
  /** Its length in UTF-16 units (while it is not read tuple by tuple), and whether it passed MAX_STATEMENT. */
  private length = 0;
  private oversized = false;
  /** Its text from the first non-white character (HEAD, INSERT, KEEP). */
  private stmt = '';
  // An INSERT read tuple by tuple: its table and columns.
  private table = '';
  private columns: string[] | undefined;
  /** The last INSERT head read, and its bytes when a repeat of them can be read at once (plainHead). */
  private lastHead:
    | { text: string; table: string; columns: string[] | undefined; end: number; bytes: Uint8Array | null }
    | undefined;
  /** CREATE TABLE columns by table. */
  private readonly tables = new Map<string, string[]>();
  // The exact path: the statement's text not yet parsed (from gtext[0]), whether it starts a tuple, the
  // '(' where the fast path gave the tuple up, gtext's length when last parsed.
  private gtext = '';
  private gTuple = false;
  private gFrom = -1;
  private gParsed = 0;
  // COPY: the table, its columns, whether the rest of the COPY statement's line is still to skip.
  private copyTable = '';
  private copyColumns: string[] | undefined;
  private skipLine = false;

  constructor(onRow: (table: string, columns: readonly string[] | undefined, row: ByteRow) => void) {
    this.onRow = onRow;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    // One array type for the byte loops (a Buffer beside a Uint8Array makes their reads polymorphic).
    if (chunk.constructor !== Uint8Array)
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    const rest = this.data.length - this.pos;
    const part = this.headPart;
    if (rest > 0 && chunk.length > 2 * part) {
      // The bytes left unread (a tuple in progress, mostly) are read with the chunk's first bytes only:
      // once they are read, the rest of the chunk is read in place, not copied after them.
      this.append(chunk.subarray(0, part));
      if (this.data.length - this.pos >= this.retryAt) this.run();
      if (this.pos < rest) {
        this.append(chunk.subarray(part));
      } else {
        this.pos -= rest; // data[pos, ..) is chunk[pos - rest, part)
        this.data = chunk;
      }
    } else this.append(chunk);
    if (this.data.length - this.pos < this.retryAt) return;
    this.run();
    this.keep();
  }

  end(): void {
    this.final = true;
    const d = this.data;
    const n = d.length;
    // Fed the whole text, the string parser holds back its last '-', '/', '*' (up to 64) and adds them
    // to the statement as they are at its end().
    let cut = n;
    if (charStart(d, this.pos, n) === n)
      while (cut > this.pos && cut > n - 64 && dashSlashStar(d[cut - 1]!)) cut--;
    this.cut = cut;
    this.run();
    if (this.mode === SQL && this.pos < n) {
      if (this.comment === NO_COMMENT) this.add(this.pos, n);
      this.pos = n;
    }
    if (this.mode !== COPY && this.kind !== BLANK && !this.oversized) this.finish();
    this.finder.close();
    this.data = new Uint8Array(0);
    this.pos = 0;
    this.store = new Uint8Array(0);
  }

  /** The value of cell i of the row being delivered (its text; '' for NULL); valid during onRow. */
  text(row: ByteRow, i: number): string {
    const flag = row.flags[i];
    if (flag === CELL_NULL) return '';
    const s = utf8.decode(row.buf.subarray(row.starts[i], row.ends[i]));
    if (flag === CELL_PLAIN) return s;
    switch (this.kinds[i]) {
      case STR_BS:
        return unescapeBackslash(s);
      case STR_STD:
        return s.replaceAll("''", "'");
      case HEX_BS:
        return Buffer.from(unescapeBackslash(s), 'hex').toString('utf8');
      case HEX_STD:
        return Buffer.from(s.replaceAll("''", "'"), 'hex').toString('utf8');
      case HEX_TOKEN:
        return Buffer.from(s, 'hex').toString('utf8');
      default:
        return copyField(s) ?? '';
    }
  }

  // --- input ---------------------------------------------------------------------------------------

  /** data := the unread bytes followed by chunk. */
  private append(chunk: Uint8Array): void {
    const rest = this.data.length - this.pos;
    if (rest === 0) {
      this.data = chunk;
      this.pos = 0;
      return;
    }
    // The unread bytes are in store (keep() put them there).
    const need = rest + chunk.length;
    if (need > this.store.length) {
      const s = new Uint8Array(Math.max(need * 2, 64 * 1024));
      s.set(this.data.subarray(this.pos));
      this.store = s;
    } else if (this.pos > 0) this.store.copyWithin(0, this.pos, this.data.length);
    this.store.set(chunk, rest);
    this.data = this.store.subarray(0, need);
    this.pos = 0;
  }

  /** After a push: the unread bytes move to store if they are still in the caller's chunk. */
  private keep(): void {
    const rest = this.data.length - this.pos;
    if (rest === 0) {
      this.data = new Uint8Array(0);
      this.pos = 0;
      return;
    }
    if (this.data.buffer === this.store.buffer) return;
    if (this.store.length < rest) this.store = new Uint8Array(Math.max(rest * 2, 64 * 1024));
    this.store.set(this.data.subarray(this.pos));
    this.data = this.store.subarray(0, rest);
    this.pos = 0;
  }

  private run(): void {
    this.retryAt = 0;
    this.finder.clear(); // data is new
    this.fi = 0;
    if (this.atStart) {
      const d = this.data;
      if (d.length - this.pos < 3 && !this.final) return;
      this.atStart = false;
      if (d[this.pos] === 0xef && d[this.pos + 1] === 0xbb && d[this.pos + 2] === 0xbf) this.pos += 3;
    }
    for (;;) {
      const more =
        this.mode === VALUES
          ? this.values()
          : this.mode === COPY
            ? this.copyRows()
            : this.sql(this.lexLimit());
      if (!more) return;
    }
  }

  /**
   * Where the lexer stops in this push: before the trailing '-', '/', '*' (HOLD) and before a UTF-8
   * character cut by the chunk's end.
   */
  private lexLimit(): number {
    if (this.final) return this.cut;
    const d = this.data;
    const n = charStart(d, this.pos, d.length);
    let k = n;
    while (k > this.pos && k > n - HOLD && dashSlashStar(d[k - 1]!)) k--;
    return k;
  }

  // --- the lexer (SqlDumpParser.push over bytes) ----------------------------------------------------

  /** Reads data[pos, lim); true when it hands over to another mode. */
  private sql(lim: number): boolean {
    const d = this.data;
    const peekEnd = this.final ? lim : d.length;
    const peek = (k: number): number => (k < peekEnd ? d[k]! : -1);
    if (
      this.kind === BLANK &&
      this.comment === NO_COMMENT &&
      this.quote === 0 &&
      !this.oversized &&
      this.lastHead?.bytes &&
      this.repeatHead(lim)
    ) {
      return true;
    }
    let p = this.pos;
    while (p < lim) {
      if (this.comment === LINE_COMMENT) {
        const nl = d.indexOf(LF, p);
        if (nl < 0 || nl >= lim) {
          p = lim;
          break;
        }
        this.comment = NO_COMMENT;
        this.lineStart = true;
        p = nl + 1;
        continue;
      }
      if (this.comment === BLOCK_COMMENT) {
        let e = d.indexOf(STAR, p);
        while (e >= 0 && e + 1 < lim && d[e + 1] !== SLASH) e = d.indexOf(STAR, e + 1);
        if (e < 0 || e + 1 >= lim) {
          p = e === lim - 1 ? e : lim; // a '*' last: its '/' may follow
          break;
        }
        this.comment = NO_COMMENT;
        p = e + 2;
        continue;
      }
      if (this.quote !== 0) {
        p = this.quoted(p, p, lim);
        continue;
      }
      const c = d[p]!;
      if (c === QUOTE || c === DQUOTE || c === BACKTICK) {
        this.quote = c;
        this.lineStart = false;
        p = this.quoted(p, p + 1, lim);
        continue;
      }
      if (c === DASH) {
        if (peek(p + 1) === DASH && this.blank()) {
          this.comment = LINE_COMMENT;
          p += 2;
          continue;
        }
      } else if (c === HASH) {
        if (this.lineStart && this.blank()) {
          this.comment = LINE_COMMENT;
          p++;
          continue;
        }
      } else if (c === SLASH) {
        if (peek(p + 1) === STAR && peek(p + 2) !== BANG) {
          this.comment = BLOCK_COMMENT;
          p += 2;
          continue;
        }
      } else if (c === SEMI) {
        this.pos = p + 1;
        this.finish();
        if (this.mode !== SQL) return true;
        p = this.pos;
        continue;
      } else if (c === LPAREN) {
        this.pos = p;
        if (
          this.kind === INSERT ? this.headRead() : this.kind === GVALUES && p !== this.gFrom && this.resume()
        ) {
          return true;
        }
      }
      let j = p + 1;
      while (j < lim && BREAK[d[j]!] === 0) j++;
      this.lineStart = c === LF && j === p + 1;
      this.add(p, j);
      p = j;
    }
    this.pos = p;
    return false;
  }

  /** Inside a quote from `from` (the run to add starts at `start`): to its close or lim. */
  private quoted(start: number, from: number, lim: number): number {
    const d = this.data;
    const q = this.quote;
    const escapes = q === QUOTE && this.backslash;
    let j = from;
    if (this.escapeNext && j < lim) {
      this.escapeNext = false;
      j++;
    }
    while (j < lim) {
      const c = d[j]!;
      if (c === q) {
        this.quote = 0;
        j++;
        break;
      }
      if (c === BACKSLASH && escapes) {
        if (j + 1 >= lim) {
          this.escapeNext = true;
          j++;
          break;
        }
        j += 2;
      } else j++;
    }
    this.add(start, j);
    return j;
  }

  /** SqlDumpParser's `statement.trim() === ''` (an oversized statement's text is dropped). */
  private blank(): boolean {
    return this.kind === BLANK || this.oversized;
  }

  /** The statement's text gets data[s, e) (whole UTF-8 characters). */
  private add(s: number, e: number): void {
    if (this.oversized) return;
    const d = this.data;
    switch (this.kind) {
      case BLANK: {
        let k = s;
        while (k < e) {
          const w = wsAt(d, k, e);
          if (w <= 0) break;
          k += w;
          this.length++;
        }
        if (this.length > this.maxStatement) this.oversized = true;
        else if (k < e) {
          this.kind = HEAD;
          this.addText(utf8.decode(d.subarray(k, e)));
        }
        return;
      }
      case SKIP:
        // UTF-16 units of the bytes (a lead byte counts one, a 4-byte lead two).
        for (let k = s; k < e; k++) {
          const c = d[k]!;
          if ((c & 0xc0) !== 0x80) this.length += c >= 0xf0 ? 2 : 1;
        }
        if (this.length > this.maxStatement) this.oversized = true;
        return;
      case GVALUES:
        this.gtext += utf8.decode(d.subarray(s, e));
        // A long tuple on the exact path: parse what is there now and then (each time it has doubled).
        if (this.gtext.length > 65536 && this.gtext.length > 2 * this.gParsed) this.parseG();
        return;
      default:
        this.addText(utf8.decode(d.subarray(s, e)));
    }
  }

  private addText(s: string): void {
    if (this.length + s.length > this.maxStatement) {
      this.oversized = true;
      this.stmt = '';
      return;
    }
    this.length += s.length;
    this.stmt += s;
    if (this.kind !== HEAD) return;
    const head = this.stmt.slice(0, 64).toLowerCase();
    if (head.startsWith('insert') || head.startsWith('replace')) this.kind = INSERT;
    else if (
      head.startsWith('create') ||
      head.startsWith('copy') ||
      head.startsWith('set standard_conforming_strings')
    ) {
      this.kind = KEEP;
    } else if (this.stmt.length >= 31) {
      this.kind = SKIP;
      this.stmt = '';
    }
  }

  /** At an INSERT's '(' (pos): true when its head is read and the fast path takes over there. */
  private headRead(): boolean {
    if (this.stmt.length > HEAD_LIMIT) {
      this.kind = KEEP;
      return false;
    }
    // mysqldump repeats one head for every INSERT of a table.
    let head = this.lastHead;
    if (head?.text !== this.stmt) {
      const h = insertHead(this.stmt);
      if (!h) return false;
      head = this.lastHead = { ...h, text: this.stmt, bytes: plainHead(this.stmt) };
    }
    this.table = head.table;
    this.columns = head.columns ?? this.tables.get(head.table);
    const rest = this.stmt.slice(head.end);
    this.stmt = '';
    if (!rest.includes('(')) {
      // parseValues skips what stands before the first '('.
      this.kind = FAST;
      this.mode = VALUES;
      return true;
    }
    this.kind = GVALUES;
    this.gtext = rest;
    this.gTuple = false;
    this.gFrom = this.pos;
    this.gParsed = 0;
    return false;
  }

  /**
   * At a statement's start (pos): mysqldump's next INSERT of the same table, the last head's bytes
   * again (after ASCII white space) and then '(', is read at once, as the lexer and headRead read it
   * (true: the fast path takes over at its '(').
   */
  private repeatHead(lim: number): boolean {
    const head = this.lastHead!;
    const bytes = head.bytes!;
    const d = this.data;
    let k = this.pos;
    while (k < lim && (d[k] === SPACE || (d[k]! >= 9 && d[k]! <= 13))) k++;
    const e = k + bytes.length;
    if (e >= lim || d[e] !== LPAREN) return false;
    for (let x = 0; x < bytes.length; x++) if (d[k + x] !== bytes[x]) return false;
    const length = this.length + (k - this.pos) + head.text.length;
    if (length > this.maxStatement) return false;
    this.length = length;
    this.lineStart = false;
    this.table = head.table;
    this.columns = head.columns ?? this.tables.get(head.table);
    this.kind = FAST;
    this.mode = VALUES;
    this.pos = e;
    return true;
  }

  /** On the exact path at a '(' outside quotes (pos): true when the fast path can take over there. */
  private resume(): boolean {
    this.parseG();
    if (this.gTuple || this.gtext !== '') return false;
    this.kind = FAST;
    this.mode = VALUES;
    return true;
  }

  /** The exact path: delivers the tuples complete in gtext. */
  private parseG(): void {
    const t = this.gtext;
    let i = 0;
    for (;;) {
      if (!this.gTuple) {
        i = t.indexOf('(', i);
        if (i < 0) {
          this.gtext = '';
          this.gParsed = 0;
          return;
        }
        this.gTuple = true;
      }
      const tuple = tupleAt(t, i, this.backslash);
      if (!tuple) break;
      this.emitCells(this.table, this.columns, tuple.cells);
      i = tuple.end;
      this.gTuple = false;
    }
    this.gtext = t.slice(i);
    this.gParsed = this.gtext.length;
  }

  /** The statement ends (SqlDumpParser.finish). */
  private finish(): void {
    const { kind, stmt: text, oversized } = this;
    this.kind = BLANK;
    this.stmt = '';
    this.length = 0;
    this.oversized = false;
    this.lineStart = false;
    if (kind === FAST) this.mode = SQL;
    if (oversized) {
      this.skipped++;
      return;
    }
    if (kind === BLANK) return;
    this.statements++;
    if (kind === GVALUES) {
      const rest = this.gtext;
      this.gtext = '';
      this.gTuple = false;
      this.gFrom = -1;
      for (const cells of parseValues(rest, this.backslash)) this.emitCells(this.table, this.columns, cells);
      return;
    }
    if (kind === FAST || kind === SKIP) return;
    const head = text.slice(0, 64).toLowerCase();
    if (head.startsWith('set standard_conforming_strings')) {
      this.backslash = backslashAfter(text);
    } else if (head.startsWith('create')) {
      const t = parseCreateTable(text);
      if (t) this.tables.set(t.table, t.columns);
    } else if (head.startsWith('insert') || head.startsWith('replace')) {
      const ins = parseInsert(text, this.backslash);
      if (!ins) return;
      const columns = ins.columns ?? this.tables.get(ins.table);
      for (const cells of ins.rows) this.emitCells(ins.table, columns, cells);
    } else if (head.startsWith('copy')) {
      const c = parseCopy(text);
      if (!c) return;
      this.copyTable = c.table;
      this.copyColumns = c.columns ?? this.tables.get(c.table);
      this.mode = COPY;
      this.skipLine = true;
    }
  }

  /** Leaves the fast path: the lexer reads on from `t` (a tuple's '(' or a byte between tuples). */
  private toExact(t: number): boolean {
    this.mode = SQL;
    this.kind = GVALUES;
    this.pos = t;
    this.gtext = '';
    this.gTuple = false;
    this.gFrom = t;
    this.gParsed = 0;
    return true;
  }

  // --- rows ------------------------------------------------------------------------------------------

  private cell(s: number, e: number, flag: number, kind: number): void {
    const row = this.row;
    if (row.count === this.kinds.length) {
      const k = new Uint8Array(this.kinds.length * 2);
      k.set(this.kinds);
      this.kinds = k;
    }
    this.kinds[row.count] = kind;
    row.push(s, e, flag);
  }

  /** Delivers a row of strings (the exact path's) as CELL_PLAIN cells of their UTF-8. */
  private emitCells(table: string, columns: readonly string[] | undefined, cells: (string | null)[]): void {
    let size = 0;
    for (const c of cells) if (c !== null) size += c.length * 3;
    if (size > this.scratch.length) this.scratch = new Uint8Array(size * 2);
    const buf = this.scratch;
    const row = this.row;
    row.reset(buf);
    let at = 0;
    for (const c of cells) {
      if (c === null) this.cell(at, at, CELL_NULL, 0);
      else {
        const w = encoder.encodeInto(c, buf.subarray(at)).written;
        this.cell(at, at + w, CELL_PLAIN, 0);
        at += w;
      }
    }
    this.onRow(table, columns, row);
  }

  // --- an INSERT's tuples (the fast path) -------------------------------------------------------------

  /**
   * Reads tuples from pos until the statement ends (true, SQL mode), the bytes end (false; a tuple in
   * progress is read again from its '(' with more bytes), or something the fast path does not read
   * (true, the exact path from that tuple).
   */
  private values(): boolean {
    const d = this.data;
    const n = d.length;
    const row = this.row;
    const bs = this.backslash;
    let p = this.pos;
    // The quotes and backslashes found in data's window [.., to): at[i, count) not passed.
    const finder = this.finder;
    const at = finder.open();
    let i = this.fi;
    let count = finder.count;
    let to = finder.to;
    if (p < finder.from || (i > 0 && at[i - 1]! >= p)) {
      // (not expected: the fast path reads on from where it or the exact path stopped)
      finder.clear();
      i = count = to = 0;
    }
    for (;;) {
      // Between tuples parseValues skips everything up to a '('.
      for (; p < n; p++) {
        const c = d[p]!;
        if (c === LPAREN) break;
        if (c === SEMI) {
          this.fi = i;
          this.pos = p + 1;
          this.finish();
          return true;
        }
        if (c === QUOTE || c === DQUOTE || c === BACKTICK || c === SLASH) return this.toExact(p);
      }
      if (p >= n) {
        this.fi = i;
        this.pos = p;
        return false;
      }
      const t = p;
      row.reset(d);
      // The usual cells are written here, as below (cell()) but without its calls, while they fit.
      const { starts, ends, flags } = row;
      const kinds = this.kinds;
      const room = Math.min(starts.length, kinds.length);
      const plainString = bs ? STR_BS : STR_STD;
      p++;
      for (;;) {
        if (p >= n) return this.more(t);
        const c = d[p]!;
        if (c === QUOTE && row.count < room) {
          // A string closed by the next quote found, before a ',' or ')'.
          let j = n;
          for (;;) {
            if (i < count) {
              const x = at[i]!;
              if (x <= p) {
                i++;
                continue;
              }
              j = x;
            } else if (to < n) {
              count = finder.fill(d, Math.max(to, p + 1));
              to = finder.to;
              i = 0;
              continue;
            }
            break;
          }
          if (j + 1 < n && d[j] === QUOTE) {
            const next = d[j + 1]!;
            if (next === COMMA || next === RPAREN) {
              const k = row.count++;
              starts[k] = p + 1;
              ends[k] = j;
              flags[k] = CELL_PLAIN;
              kinds[k] = plainString;
              p = next === COMMA ? j + 2 : j + 1;
              continue;
            }
          }
        } else if (c >= 0x30 && c <= 0x39 && row.count < room) {
          // A number: digits, then a ',' or ')'.
          let j = p + 1;
          while (j < n && d[j]! >= 0x30 && d[j]! <= 0x39) j++;
          if (j < n && (d[j] === COMMA || d[j] === RPAREN)) {
            const k = row.count++;
            starts[k] = p;
            ends[k] = j;
            flags[k] = CELL_PLAIN;
            kinds[k] = 0;
            p = d[j] === COMMA ? j + 1 : j;
            continue;
          }
        }
        if (c === RPAREN) {
          p++;
          this.onRow(this.table, this.columns, row);
          break;
        }
        if (c === COMMA || c === SPACE || (c >= 9 && c <= 13)) {
          p++;
          continue;
        }
        let q = -1; // a string's opening quote
        let escapes = bs;
        let hex = false;
        if (c === QUOTE) q = p;
        else if (c >= 0x80) {
          const w = wsAt(d, p, n);
          if (w < 0) return this.more(t);
          if (w > 0) {
            p += w;
            continue;
          }
        } else if (PREFIX_LETTER[c] === 1) {
          if (p + 1 >= n) return this.more(t);
          if (d[p + 1] === QUOTE) {
            q = p + 1;
            const l = c | 0x20;
            hex = l === 0x78;
            escapes = bs || l === 0x65;
          }
        } else if (c === UNDERSCORE) {
          q = prefixQuote(d, p, n);
          if (q === -2) return this.more(t);
          if (q === -3) return this.toExact(t);
        } else if (c === SEMI) {
          // The statement ends inside the tuple: parseValues keeps the row as far as it goes.
          this.fi = i;
          this.onRow(this.table, this.columns, row);
          this.pos = p + 1;
          this.finish();
          return true;
        } else if (BARE_STOP[c] === 1) return this.toExact(t);
        if (q >= 0) {
          // A string: the lexer reads its end as parseValues does unless only parseValues takes
          // backslash escapes (E'' in a PostgreSQL dump) and one stands before a quote.
          let j = q + 1;
          let esc = false;
          for (;;) {
            // j := the next quote (or backslash, with escapes) at or after j, or n.
            for (;;) {
              if (i < count) {
                const x = at[i]!;
                if (x < j || (!escapes && d[x] === BACKSLASH)) i++;
                else {
                  j = x;
                  break;
                }
              } else if (to < n) {
                count = finder.fill(d, Math.max(to, j));
                to = finder.to;
                i = 0;
              } else {
                j = n;
                break;
              }
            }
            if (j + 1 >= n) {
              this.fi = i;
              return this.more(t);
            }
            const next = d[j + 1]!;
            if (d[j] === BACKSLASH) {
              if (next === QUOTE && !bs) return this.toExact(t);
              esc = true;
              j += 2;
              continue;
            }
            if (next === QUOTE) {
              esc = true;
              j += 2;
              continue;
            }
            break;
          }
          const kind = hex ? (escapes ? HEX_BS : HEX_STD) : escapes ? STR_BS : STR_STD;
          this.cell(q + 1, j, hex || esc ? CELL_ESCAPED : CELL_PLAIN, kind);
          p = j + 1;
          continue;
        }
        // A bare word: to the next , ) or ; (anything else it may hold goes to the exact path).
        let j = p + 1;
        while (j < n && BARE_STOP[d[j]!] === 0) j++;
        if (j >= n) return this.more(t);
        const stop = d[j]!;
        if (stop !== COMMA && stop !== RPAREN && stop !== SEMI) return this.toExact(t);
        let e = j;
        for (let w = wsBefore(d, p, e); w > 0; w = wsBefore(d, p, e)) e -= w;
        this.bare(p, e);
        p = j;
      }
    }
  }

  /** The tuple at t needs bytes after the chunk's end. */
  private more(t: number): boolean {
    this.pos = t;
    if (this.final) return this.toExact(t);
    this.retryAt = 2 * (this.data.length - t);
    return false;
  }

  /** A bare word [s, e) (trimmed): NULL, 0x… (hex), or its text. */
  private bare(s: number, e: number): void {
    const d = this.data;
    const len = e - s;
    if (
      len === 4 &&
      (d[s]! | 0x20) === 0x6e &&
      (d[s + 1]! | 0x20) === 0x75 &&
      (d[s + 2]! | 0x20) === 0x6c &&
      (d[s + 3]! | 0x20) === 0x6c
    ) {
      this.cell(s, s, CELL_NULL, 0);
      return;
    }
    if (len >= 3 && d[s] === 0x30 && (d[s + 1]! | 0x20) === 0x78) {
      let k = s + 2;
      while (k < e && HEX_DIGIT[d[k]!] === 1) k++;
      if (k === e) {
        this.cell(s + 2, e, CELL_ESCAPED, HEX_TOKEN);
        return;
      }
    }
    this.cell(s, e, CELL_PLAIN, 0);
  }

  // --- COPY data ------------------------------------------------------------------------------------

  /** Reads COPY lines from pos; true at `\.` (back to SQL). */
  private copyRows(): boolean {
    const d = this.data;
    const n = d.length;
    let p = this.pos;
    if (this.skipLine) {
      const nl = d.indexOf(LF, p);
      if (nl < 0) {
        // Fed the whole text, the string parser holds back its last '-', '/', '*' even here, and its
        // end() puts them on a COPY line: they wait.
        if (this.final) {
          if (this.cut < n) this.copyLine(Math.max(p, this.cut), n);
          this.pos = n;
        } else {
          let k = n;
          while (k > p && k > n - HOLD && dashSlashStar(d[k - 1]!)) k--;
          this.pos = k;
        }
        return false;
      }
      p = nl + 1;
      this.skipLine = false;
    }
    while (p < n) {
      const nl = d.indexOf(LF, p);
      if (nl < 0) {
        if (this.final) {
          this.copyLine(p, n);
          p = n;
        }
        break;
      }
      const e = nl > p && d[nl - 1] === CR ? nl - 1 : nl;
      if (e - p === 2 && d[p] === BACKSLASH && d[p + 1] === DOT) {
        this.pos = nl + 1;
        this.mode = SQL;
        this.lineStart = true;
        return true;
      }
      this.copyLine(p, e);
      p = nl + 1;
    }
    this.pos = p;
    return false;
  }

  /** One COPY line [s, e): tab-separated fields, `\N` NULL. */
  private copyLine(s: number, e: number): void {
    const d = this.data;
    this.row.reset(d);
    let f = s;
    let escaped = false;
    for (let k = s; ; k++) {
      if (k === e || d[k] === TAB) {
        if (k - f === 2 && d[f] === BACKSLASH && d[f + 1] === UPPER_N) this.cell(f, f, CELL_NULL, 0);
        else this.cell(f, k, escaped ? CELL_ESCAPED : CELL_PLAIN, COPY_FIELD);
        if (k === e) break;
        f = k + 1;
        escaped = false;
      } else if (d[k] === BACKSLASH) escaped = true;
    }
    this.onRow(this.copyTable, this.copyColumns, this.row);
  }
}

/** The bytes the lexer reads as they are, up to an INSERT head's '(' (plainHead). */
const PLAIN_HEAD = new Uint8Array(256).fill(1);
for (const c of [QUOTE, DQUOTE, SEMI, DASH, HASH, SLASH, STAR, LPAREN, BACKSLASH]) PLAIN_HEAD[c] = 0;

/**
 * The UTF-8 of an INSERT head whose bytes the lexer adds to the statement as they are, and whose
 * repeat headRead reads on the fast path: no quote but paired backticks, no comment, ';', '(' or
 * backslash. Null for any other.
 */
function plainHead(text: string): Uint8Array | null {
  const bytes = encoder.encode(text);
  let ticks = 0;
  for (const c of bytes) {
    if (PLAIN_HEAD[c] === 0) return null;
    if (c === BACKTICK) ticks++;
  }
  return ticks % 2 === 0 ? bytes : null;
}

/**
 * `_charset '` before a string (parseValues' prefix: `_[a-z0-9]+\s*'` within 16 characters) at p: the
 * quote's index; -1 none; -2 the bytes end first; -3 a '/' (a comment there would change the text).
 */
function prefixQuote(d: Uint8Array, p: number, n: number): number {
  let k = p + 1;
  let chars = 1;
  for (;;) {
    if (k >= n) return -2;
    const c = d[k]!;
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) break;
    k++;
    if (++chars === 16) return -1;
  }
  if (k === p + 1) return d[k] === SLASH ? -3 : -1;
  for (;;) {
    if (k >= n) return -2;
    const w = wsAt(d, k, n);
    if (w < 0) return -2;
    if (w === 0) break;
    k += w;
    if (++chars === 16) return -1;
  }
  const c = d[k];
  return c === QUOTE ? k : c === SLASH ? -3 : -1;
}

/** parseValues' backslash escapes and doubled quotes, on a string's inside. */
function unescapeBackslash(s: string): string {
  return s.replace(/\\([\s\S])|''/g, (_m, c: string | undefined) =>
    c === undefined ? "'" : unescapeChar(c),
  );
}
