/**
 * NDJSON lines as leaves over UTF-8 bytes (the byte engine, types.ts): one pass over a line gives the
 * values JsonScanner.walk (src/pii/sources/json.ts) would pass to leaf() for JSON.parse(line), in the
 * same order, as byte ranges with interned key paths. No JSON.parse, no string per value, no string per
 * path seen before (paths live in a trie keyed by parent path and key bytes).
 *
 * Leaves are the strings (every one, '' included: leaf() drops it itself) and the numbers for which Number.isSafeInteger holds
 * (leaf() reads them as String(value)); booleans, null and other numbers give none. A line is declined
 * (scan() returns false, and the caller parses it with JSON.parse) where the walk's result is not a plain
 * sequence of leaves or where JSON.parse's semantics would need replicating: not one JSON object, invalid
 * JSON, objects or arrays inside arrays (records of their own; empty ones are skipped, as the walk does),
 * depth past the walk's limit, integer-like keys (Object.entries puts them first), duplicate keys (the last
 * value at the first key's place), keys with lone surrogates or invalid UTF-8, or once the trie is full.
 *
 * scanLine reads a line in a buffer of lines, finding its end as it goes (no search for the newline
 * first), and most lines of a file repeat one shape: a line whose bytes outside its string and number
 * values equal the last line's is read through that line's template, scanning only the values.
 */
import type { ByteRow } from './types.ts';
import { CELL_ESCAPED, CELL_PLAIN } from './types.ts';

/** JsonScanner's MAX_DEPTH: an object at this depth must be empty (its members would be dropped). */
const MAX_DEPTH = 64;
/** Interned paths per scanner; past this, lines with new paths are declined. */
const MAX_PATHS = 1 << 16;
/** Key bytes held by the trie. */
const MAX_KEY_BYTES = 1 << 22;

/** After this many lines in a row that the template does not fit, TEMPLATE_REST lines are read without one. */
const TEMPLATE_MISSES = 16;
const TEMPLATE_REST = 256;

const QUOTE = 34;
const BACKSLASH = 92;

/** Bytes after a backslash: 1 for the one-character escapes, 2 for `u`. */
const ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESCAPE[c.charCodeAt(0)] = 1;
ESCAPE[117] = 2;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
/** Set when skipSpace passes a line feed (scanLine: the value went on past its line). */
let skippedLf = false;

/** The first position at or after p that is not JSON whitespace (space, tab, LF, CR). */
function skipSpace(buf: Uint8Array, p: number, e: number): number {
  while (p < e) {
    const c = buf[p]!;
    if (c > 0x20 || (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) break;
    if (c === 0x0a) skippedLf = true;
    p++;
  }
  return p;
}

/** String flags: a backslash escape, invalid UTF-8 (either way the bytes are not the text). */
const S_ESCAPE = 1;
const S_INVALID = 2;

/** ignoreBOM: a value that starts with U+FEFF keeps it (the default decoder would drop it). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** The length of the valid UTF-8 sequence at buf[p] (a byte ≥ 0x80), 0 when invalid. */
function utf8Length(buf: Uint8Array, p: number, e: number): number {
  const c = buf[p]!;
  if (c < 0xc2) return 0;
  if (c < 0xe0) return p + 1 < e && (buf[p + 1]! & 0xc0) === 0x80 ? 2 : 0;
  if (c < 0xf0) {
    if (p + 2 >= e) return 0;
    const c1 = buf[p + 1]!;
    if ((c1 & 0xc0) !== 0x80 || (buf[p + 2]! & 0xc0) !== 0x80) return 0;
    if (c === 0xe0 && c1 < 0xa0) return 0; // overlong
    if (c === 0xed && c1 >= 0xa0) return 0; // surrogate
    return 3;
  }
  if (c > 0xf4 || p + 3 >= e) return 0;
  const c1 = buf[p + 1]!;
  if ((c1 & 0xc0) !== 0x80 || (buf[p + 2]! & 0xc0) !== 0x80 || (buf[p + 3]! & 0xc0) !== 0x80) return 0;
  if (c === 0xf0 && c1 < 0x90) return 0; // overlong
  if (c === 0xf4 && c1 >= 0x90) return 0; // past U+10FFFF
  return 4;
}

/** Whether the 16 digits at buf[p] are at most Number.MAX_SAFE_INTEGER (9007199254740991). */
const MAX_SAFE = '9007199254740991';
function safe16(buf: Uint8Array, p: number): boolean {
  for (let i = 0; i < 16; i++) {
    const d = buf[p + i]! - MAX_SAFE.charCodeAt(i);
    if (d !== 0) return d < 0;
  }
  return true;
}

function grow32(a: Int32Array, n: number, fill = 0): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

function grow8(a: Uint8Array, n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}

export class NdjsonLeafScanner implements ByteRow {
  buf: Uint8Array = new Uint8Array(0);
  /** Leaves found by the last scan(). */
  count = 0;
  /** Value byte ranges: string contents without quotes, number text. */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** CELL_PLAIN when the bytes are leaf()'s text, CELL_ESCAPED otherwise (ask text()). */
  flags = new Uint8Array(64);
  /** Interned path id of each leaf (pathOf, keyOf). */
  paths = new Int32Array(64);
  /** 1 for a string, 0 for a number. */
  isString = new Uint8Array(64);

  // The trie. Node 0 is the document (path '', key ''); an array's items are one node, child of the
  // array's own node (path `…[]`, the array's key).
  private nodes = 1;
  private parent = new Int32Array(256);
  private keyStart = new Int32Array(256);
  /** Key byte length; -1 for an array's items node. */
  private keyLen = new Int32Array(256);
  /** Key bytes that read as themselves inside quotes (no quote, backslash or control character). */
  private rawKey = new Uint8Array(256);
  /** An all-digit key: Object.entries would move it, the line is declined. */
  private integerKey = new Uint8Array(256);
  /** Guesses that skip the hash: the first key seen in an object at this path, the key seen after this one. */
  private firstGuess = new Int32Array(256).fill(-1);
  private nextGuess = new Int32Array(256).fill(-1);
  private itemsNode = new Int32Array(256).fill(-1);
  /** The object instance that last had this key (duplicate keys). */
  private stamp = new Int32Array(256);
  private serial = 0;
  private readonly pathText: string[] = [''];
  private readonly keyText: string[] = [''];
  private pool = new Uint8Array(4096);
  private poolUsed = 0;
  /** Open addressing (node id + 1, 0 empty) on (parent, key bytes). */
  private table = new Int32Array(1024);
  /** buf, read four bytes at a time by string(). */
  private view = new DataView(this.buf.buffer);
  /** The flags of the last string scanned (S_ESCAPE, S_INVALID). */
  private strFlags = 0;

  // The template: the last line scanLine read in full, as the byte runs between its string and number
  // values (keys, punctuation, white space, literals, empty objects and arrays). A line that repeats every
  // run byte for byte, with a value of the same kind between each two, has the same keys, nesting and
  // paths: only its values are scanned (see scanLine).
  /** The template line's bytes from its `{`; tplSlots < 0: no template. */
  private tplBytes = new Uint8Array(256);
  private tplView = new DataView(this.tplBytes.buffer);
  private tplLen = 0;
  private tplSlots = -1;
  /** Per value: where it starts and ends in tplBytes (a string's contents), its node, 1 for a string. */
  private tplStart = new Int32Array(16);
  private tplEnd = new Int32Array(16);
  private tplNode = new Int32Array(16);
  private tplString = new Uint8Array(16);
  /** The string and number values of the line being read in full (the next template), as tpl*. */
  private values = 0;
  private valStart = new Int32Array(16);
  private valEnd = new Int32Array(16);
  private valNode = new Int32Array(16);
  private valString = new Uint8Array(16);
  /** Templates missed in a row, and lines still to read without one (see TEMPLATE_MISSES). */
  private tplMisses = 0;
  private tplRest = 0;
  /** Lines scanLine read through the template (for tests). */
  templated = 0;

  /**
   * Scans the line buf[s, e) (no newline). true: the leaves are filled (valid until the next scan);
   * false: the line is declined, JSON.parse and JsonScanner must read it.
   */
  scan(buf: Uint8Array, s: number, e: number): boolean {
    if (buf !== this.buf) {
      this.buf = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    this.count = 0;
    this.values = 0;
    let p = skipSpace(buf, s, e);
    if (p >= e || buf[p] !== 123) return false;
    p = this.object(buf, p + 1, e, 0, 0);
    if (p >= 0) p = skipSpace(buf, p, e);
    if (p !== e) {
      this.count = 0;
      return false;
    }
    return true;
  }

  /**
   * Scans the line starting at buf[s] and ending at the first line feed at or after it (or at e), without
   * looking for its end first: the position of that line feed (or e) when the line is taken, as scan()
   * would take it; -1 when scan() might decline it (then find the line's end and ask scan()). A string
   * cannot hold a raw line feed and a number or literal ends before one, so a value passes its line only
   * through white space, which skipSpace reports.
   */
  scanLine(buf: Uint8Array, s: number, e: number): number {
    if (buf !== this.buf) {
      this.buf = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    this.count = 0;
    skippedLf = false;
    const start = skipSpace(buf, s, e);
    if (start >= e || buf[start] !== 123 || skippedLf) return -1;
    let p = -1;
    if (this.tplSlots >= 0) {
      p = this.matchTemplate(buf, start, e);
      if (p >= 0) {
        this.templated++;
        this.tplMisses = 0;
      } else if (++this.tplMisses === TEMPLATE_MISSES) {
        // Lines of many shapes: read them in full for a while, without keeping each as the template.
        this.tplMisses = 0;
        this.tplSlots = -1;
        this.tplRest = TEMPLATE_REST;
      }
    }
    if (p < 0) {
      this.count = 0;
      this.values = 0;
      p = this.object(buf, start + 1, e, 0, 0);
      if (p < 0 || skippedLf) {
        this.count = 0;
        return -1;
      }
      if (this.tplRest > 0) this.tplRest--;
      else this.setTemplate(buf, start, p);
    }
    // Trailing white space up to the line feed.
    while (p < e) {
      const c = buf[p]!;
      if (c === 0x0a) return p;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) {
        this.count = 0;
        return -1;
      }
      p++;
    }
    return p;
  }

  /**
   * The line at buf[p] (its `{`) read through the template: the position after its `}`, -1 when a run
   * differs or a value is not of the template's kind. A run after a number starts with a byte that cannot
   * continue one (the template line's number ended there), so number() stops where object() would.
   */
  private matchTemplate(buf: Uint8Array, p: number, e: number): number {
    const t = this.tplBytes;
    const view = this.view;
    const tv = this.tplView;
    let q = 0;
    for (let k = 0; k <= this.tplSlots; k++) {
      const to = k < this.tplSlots ? this.tplStart[k]! : this.tplLen;
      if (p + to - q > e) return -1;
      // Four bytes at a time, then the rest.
      for (; q + 4 <= to; q += 4, p += 4) if (view.getUint32(p, true) !== tv.getUint32(q, true)) return -1;
      for (; q < to; q++, p++) if (buf[p] !== t[q]) return -1;
      if (k === this.tplSlots) break;
      const node = this.tplNode[k]!;
      if (this.tplString[k] === 1) {
        const end = this.string(buf, p, e);
        if (end < 0) return -1;
        this.push(p, end, this.strFlags === 0 ? CELL_PLAIN : CELL_ESCAPED, node, 1);
        p = end;
      } else {
        p = this.number(buf, p, e, node);
        if (p < 0) return -1;
      }
      q = this.tplEnd[k]!;
    }
    return p;
  }

  /** The line buf[s, e) (from its `{` to after its `}`), just read in full, as the template. */
  private setTemplate(buf: Uint8Array, s: number, e: number): void {
    const n = this.values;
    if (this.tplBytes.length < e - s) {
      this.tplBytes = new Uint8Array(Math.max(e - s, this.tplBytes.length * 2));
      this.tplView = new DataView(this.tplBytes.buffer);
    }
    this.tplBytes.set(buf.subarray(s, e));
    this.tplLen = e - s;
    if (this.tplStart.length < n) {
      this.tplStart = new Int32Array(this.valStart.length);
      this.tplEnd = new Int32Array(this.valStart.length);
      this.tplNode = new Int32Array(this.valStart.length);
      this.tplString = new Uint8Array(this.valStart.length);
    }
    for (let k = 0; k < n; k++) {
      this.tplStart[k] = this.valStart[k]! - s;
      this.tplEnd[k] = this.valEnd[k]! - s;
      this.tplNode[k] = this.valNode[k]!;
      this.tplString[k] = this.valString[k]!;
    }
    this.tplSlots = n;
  }

  /** A string (contents [start, end)) or number value of the line being read, for its template. */
  private value(start: number, end: number, node: number, isString: number): void {
    const k = this.values;
    if (k === this.valStart.length) {
      const n = k * 2;
      this.valStart = grow32(this.valStart, n);
      this.valEnd = grow32(this.valEnd, n);
      this.valNode = grow32(this.valNode, n);
      this.valString = grow8(this.valString, n);
    }
    this.valStart[k] = start;
    this.valEnd[k] = end;
    this.valNode[k] = node;
    this.valString[k] = isString;
    this.values = k + 1;
  }

  pathOf(id: number): string {
    return this.pathText[id]!;
  }

  keyOf(id: number): string {
    return this.keyText[id]!;
  }

  /** The text leaf() would use for leaf i. */
  text(i: number): string {
    const raw = utf8.decode(this.buf.subarray(this.starts[i], this.ends[i]));
    if (this.flags[i] === CELL_PLAIN) return raw;
    if (this.isString[i] === 1) return JSON.parse(`"${raw}"`) as string;
    return String(Number(raw));
  }

  /** Members of an object whose `{` is before p; returns the position after its `}`, -1 to decline. */
  private object(buf: Uint8Array, p: number, e: number, node: number, depth: number): number {
    p = skipSpace(buf, p, e);
    if (p >= e) return -1;
    if (buf[p] === 125) return p + 1;
    if (depth >= MAX_DEPTH) return -1;
    if (this.serial === 0x7fffffff) {
      this.stamp.fill(0);
      this.serial = 0;
    }
    const serial = ++this.serial;
    let prev = -1;
    for (;;) {
      if (p >= e || buf[p] !== QUOTE) return -1;
      const ks = p + 1;
      // Lines of one kind repeat their keys in order: the expected key is compared in place, without
      // a scan of the string first.
      let ke = -1;
      let child = prev < 0 ? this.firstGuess[node]! : this.nextGuess[prev]!;
      if (child >= 0 && this.rawKey[child] === 1) {
        ke = ks + this.keyLen[child]!;
        if (ke >= e || buf[ke] !== QUOTE || !this.sameKey(child, buf, ks, ke)) ke = -1;
      }
      if (ke < 0) {
        ke = this.string(buf, ks, e);
        if (ke < 0) return -1;
        child = this.child(node, prev, buf, ks, ke, this.strFlags);
      }
      if (child < 0 || this.stamp[child] === serial) return -1;
      this.stamp[child] = serial;
      prev = child;
      p = ke + 1;
      p = skipSpace(buf, p, e);
      if (p >= e || buf[p] !== 58) return -1;
      p++;
      p = skipSpace(buf, p, e);
      if (p >= e) return -1;
      const c = buf[p]!;
      if (c === 123) p = this.object(buf, p + 1, e, child, depth + 1);
      else if (c === 91) p = this.array(buf, p + 1, e, child);
      else p = this.scalar(buf, p, e, child);
      if (p < 0) return -1;
      p = skipSpace(buf, p, e);
      if (p >= e) return -1;
      if (buf[p] !== 44) return buf[p] === 125 ? p + 1 : -1;
      p = skipSpace(buf, p + 1, e);
    }
  }

  /** Items of an array whose `[` is before p, the value of `node`; returns the position after `]`. */
  private array(buf: Uint8Array, p: number, e: number, node: number): number {
    p = skipSpace(buf, p, e);
    if (p >= e) return -1;
    if (buf[p] === 93) return p + 1;
    let items = this.itemsNode[node]!;
    if (items < 0) {
      items = this.addNode(node, -1, -1);
      if (items < 0) return -1;
      this.itemsNode[node] = items;
    }
    for (;;) {
      const c = buf[p]!;
      if (c === 123 || c === 91) {
        // An object or array item is a record of its own: only an empty one (no leaves, no record) is
        // read here.
        p = skipSpace(buf, p + 1, e);
        if (p >= e || buf[p] !== c + 2) return -1;
        p++;
      } else {
        p = this.scalar(buf, p, e, items);
        if (p < 0) return -1;
      }
      p = skipSpace(buf, p, e);
      if (p >= e) return -1;
      if (buf[p] !== 44) return buf[p] === 93 ? p + 1 : -1;
      p = skipSpace(buf, p + 1, e);
      if (p >= e) return -1;
    }
  }

  /** A string, number or literal at buf[p]; pushes its leaf at `node` if it has one. */
  private scalar(buf: Uint8Array, p: number, e: number, node: number): number {
    const c = buf[p]!;
    if (c === QUOTE) {
      const end = this.string(buf, p + 1, e);
      if (end < 0) return -1;
      this.push(p + 1, end, this.strFlags === 0 ? CELL_PLAIN : CELL_ESCAPED, node, 1);
      this.value(p + 1, end, node, 1);
      return end + 1;
    }
    if (c === 116)
      return p + 4 <= e && buf[p + 1] === 114 && buf[p + 2] === 117 && buf[p + 3] === 101 ? p + 4 : -1;
    if (c === 102)
      return p + 5 <= e && buf[p + 1] === 97 && buf[p + 2] === 108 && buf[p + 3] === 115 && buf[p + 4] === 101
        ? p + 5
        : -1;
    if (c === 110)
      return p + 4 <= e && buf[p + 1] === 117 && buf[p + 2] === 108 && buf[p + 3] === 108 ? p + 4 : -1;
    const end = this.number(buf, p, e, node);
    if (end >= 0) this.value(p, end, node, 0);
    return end;
  }

  /**
   * A number at buf[p] (JSON grammar; what follows is the caller's to check). Its leaf, if
   * Number.isSafeInteger: plain for integers of up to 16 digits, escaped where String(Number(x)) differs
   * from the bytes. Without building a string it knows that a fraction with at most 15 digits in all
   * is not an integer (the rounding error is below the distance to the nearest integer).
   */
  private number(buf: Uint8Array, p: number, e: number, node: number): number {
    const s = p;
    if (buf[p] === 45) p++;
    if (p >= e) return -1;
    const is = p;
    const d0 = buf[p]!;
    if (d0 === 48) p++;
    else if (d0 >= 49 && d0 <= 57) {
      p++;
      while (p < e && buf[p]! >= 48 && buf[p]! <= 57) p++;
    } else return -1;
    const intDigits = p - is;
    let fracDigits = 0;
    let fracZero = true;
    if (p < e && buf[p] === 46) {
      const fs = ++p;
      while (p < e && buf[p]! >= 48 && buf[p]! <= 57) {
        if (buf[p] !== 48) fracZero = false;
        p++;
      }
      fracDigits = p - fs;
      if (fracDigits === 0) return -1;
    }
    let exponent = false;
    if (p < e && (buf[p]! | 32) === 101) {
      p++;
      if (p < e && (buf[p] === 43 || buf[p] === 45)) p++;
      const es = p;
      while (p < e && buf[p]! >= 48 && buf[p]! <= 57) p++;
      if (p === es) return -1;
      exponent = true;
    }
    if (!exponent && fracDigits === 0) {
      if (intDigits < 16 || (intDigits === 16 && safe16(buf, is)))
        this.push(s, p, is !== s && d0 === 48 ? CELL_ESCAPED : CELL_PLAIN, node, 0); // -0 reads '0'
      return p;
    }
    if (!exponent && intDigits <= 15) {
      if (fracZero) this.push(s, p, CELL_ESCAPED, node, 0);
      if (fracZero || intDigits + fracDigits <= 15) return p;
    }
    if (Number.isSafeInteger(Number(utf8.decode(buf.subarray(s, p))))) this.push(s, p, CELL_ESCAPED, node, 0);
    return p;
  }

  /**
   * The contents of a string starting at buf[p] (after its quote): returns the position of the closing
   * quote (-1 when invalid) and leaves S_ESCAPE / S_INVALID in strFlags.
   */
  private string(buf: Uint8Array, p: number, e: number): number {
    let flags = 0;
    const view = this.view;
    for (;;) {
      // Four bytes at a time while none is a quote, backslash, control or non-ASCII byte (the
      // tests below have no false negatives), then byte by byte. Compares, not a table: a second
      // typed-array load per byte halves the speed of the byte loop.
      while (p + 4 <= e) {
        const w = view.getUint32(p, true);
        const q = w ^ 0x22222222;
        const b = w ^ 0x5c5c5c5c;
        if (
          ((((q - 0x01010101) & ~q) | ((b - 0x01010101) & ~b) | ((w - 0x20202020) & ~w) | w) & 0x80808080) !==
          0
        )
          break;
        p += 4;
      }
      let c = 0;
      while (p < e) {
        c = buf[p]!;
        // 0x23-0x5b (digits, letters, most punctuation) in one compare; then the rest of ASCII.
        if ((c - 0x23) >>> 0 < 0x39 || c === 0x20 || c === 0x21 || (c > BACKSLASH && c < 0x80)) p++;
        else break;
      }
      if (p >= e) return -1;
      if (c === QUOTE) {
        this.strFlags = flags;
        return p;
      }
      if (c === BACKSLASH) {
        if (p + 1 >= e) return -1;
        const kind = ESCAPE[buf[p + 1]!];
        if (kind === 1) p += 2;
        else if (kind === 2) {
          if (p + 6 > e) return -1;
          if ((HEX[buf[p + 2]!]! & HEX[buf[p + 3]!]! & HEX[buf[p + 4]!]! & HEX[buf[p + 5]!]!) === 0)
            return -1;
          p += 6;
        } else return -1;
        flags |= S_ESCAPE;
      } else if (c < 0x20) return -1;
      else {
        const n = utf8Length(buf, p, e);
        if (n === 0) {
          flags |= S_INVALID;
          p++;
        } else p += n;
      }
    }
  }

  private push(start: number, end: number, flag: number, node: number, isString: number): void {
    const i = this.count;
    if (i === this.starts.length) {
      const n = i * 2;
      this.starts = grow32(this.starts, n);
      this.ends = grow32(this.ends, n);
      this.paths = grow32(this.paths, n);
      this.flags = grow8(this.flags, n);
      this.isString = grow8(this.isString, n);
    }
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flag;
    this.paths[i] = node;
    this.isString[i] = isString;
    this.count = i + 1;
  }

  // --- the trie ------------------------------------------------------------------------------------------

  /** The node of key buf[ks, ke) under `node` (`prev`: the key before it in this object, or -1); -1 to decline. */
  private child(node: number, prev: number, buf: Uint8Array, ks: number, ke: number, flags: number): number {
    if (flags !== 0) {
      if ((flags & S_INVALID) !== 0) return -1;
      // Escapes: look the key up by its text's UTF-8 bytes, so that "a" and "\u0061" are one key.
      const text = JSON.parse(`"${utf8.decode(buf.subarray(ks, ke))}"`) as string;
      if (!text.isWellFormed()) return -1;
      const canonical = encoder.encode(text);
      return this.child(node, prev, canonical, 0, canonical.length, 0);
    }
    const guess = prev < 0 ? this.firstGuess[node]! : this.nextGuess[prev]!;
    let id =
      guess >= 0 && this.parent[guess] === node && this.sameKey(guess, buf, ks, ke)
        ? guess
        : this.find(node, buf, ks, ke);
    if (id < 0) id = this.addNode(node, ks, ke, buf);
    if (id < 0 || this.integerKey[id] === 1) return -1;
    if (id !== guess) {
      if (prev < 0) this.firstGuess[node] = id;
      else this.nextGuess[prev] = id;
    }
    return id;
  }

  private sameKey(id: number, buf: Uint8Array, ks: number, ke: number): boolean {
    if (this.keyLen[id] !== ke - ks) return false;
    const pool = this.pool;
    for (let i = ks, q = this.keyStart[id]!; i < ke; i++, q++) if (buf[i] !== pool[q]) return false;
    return true;
  }

  private static hash(node: number, buf: Uint8Array, ks: number, ke: number): number {
    let h = Math.imul(node + 1, 0x9e3779b1);
    for (let i = ks; i < ke; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  }

  private find(node: number, buf: Uint8Array, ks: number, ke: number): number {
    const mask = this.table.length - 1;
    for (let slot = NdjsonLeafScanner.hash(node, buf, ks, ke) & mask; ; slot = (slot + 1) & mask) {
      const v = this.table[slot]!;
      if (v === 0) return -1;
      if (this.parent[v - 1] === node && this.sameKey(v - 1, buf, ks, ke)) return v - 1;
    }
  }

  /** A new node: a key (buf[ks, ke)) under `parent`, or the items of an array (ks = -1). -1 when full. */
  private addNode(parent: number, ks: number, ke: number, buf?: Uint8Array): number {
    const len = ke - ks;
    if (this.nodes >= MAX_PATHS || this.poolUsed + len > MAX_KEY_BYTES) return -1;
    const id = this.nodes++;
    if (id === this.parent.length) {
      const n = id * 2;
      this.parent = grow32(this.parent, n);
      this.keyStart = grow32(this.keyStart, n);
      this.keyLen = grow32(this.keyLen, n);
      this.stamp = grow32(this.stamp, n);
      this.firstGuess = grow32(this.firstGuess, n, -1);
      this.nextGuess = grow32(this.nextGuess, n, -1);
      this.itemsNode = grow32(this.itemsNode, n, -1);
      this.integerKey = grow8(this.integerKey, n);
      this.rawKey = grow8(this.rawKey, n);
    }
    this.parent[id] = parent;
    const parentPath = this.pathText[parent]!;
    if (ks < 0 || !buf) {
      this.keyLen[id] = -1;
      this.pathText.push(`${parentPath}[]`);
      this.keyText.push(this.keyText[parent]!);
      return id;
    }
    if (this.poolUsed + len > this.pool.length) {
      this.pool = grow8(this.pool, Math.max(this.pool.length * 2, this.poolUsed + len));
    }
    this.pool.set(buf.subarray(ks, ke), this.poolUsed);
    this.keyStart[id] = this.poolUsed;
    this.keyLen[id] = len;
    this.poolUsed += len;
    let digits = len > 0;
    let raw = true;
    for (let i = ks; i < ke; i++) {
      const c = buf[i]!;
      digits &&= c >= 48 && c <= 57;
      raw &&= c !== QUOTE && c !== BACKSLASH && c >= 0x20;
    }
    this.integerKey[id] = digits ? 1 : 0;
    this.rawKey[id] = raw ? 1 : 0;
    const key = utf8.decode(buf.subarray(ks, ke));
    this.keyText.push(key);
    this.pathText.push(parentPath === '' ? key : `${parentPath}.${key}`);
    // Index it (the table stays at most half full).
    if (this.nodes * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.insert(id, NdjsonLeafScanner.hash(parent, buf, ks, ke));
    return id;
  }

  private insert(id: number, h: number): void {
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = id + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let id = 1; id < this.nodes; id++) {
      const len = this.keyLen[id]!;
      if (len < 0) continue;
      const ks = this.keyStart[id]!;
      this.insert(id, NdjsonLeafScanner.hash(this.parent[id]!, this.pool, ks, ks + len));
    }
  }
}
