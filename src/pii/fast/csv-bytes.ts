/**
 * CSV and TSV over UTF-8 bytes: the byte engine's CsvParser (src/pii/sources/csv.ts). Rows are delivered
 * as byte ranges of the pushed chunk (or of a carry holding the one row that spans chunks), with exactly
 * the string parser's grammar: quoted fields with doubled quotes and embedded newlines, a CR dropped
 * wherever it stands outside quotes, stray quotes kept as data (the row counted as malformed), ragged
 * rows, a quoted field cut at MAX_FIELD UTF-16 units (the rest of its line skipped), a leading UTF-8 BOM
 * skipped as the string path's decoder does. Its rows are those of CsvParser fed the whole decoded text
 * at once, however the bytes are cut into chunks (CsvParser itself, fed pieces, may cut a broken quote
 * elsewhere: the piece decides where its count starts).
 *
 * Speed: a chunk is read in one pass over the positions of its delimiters, LFs, CRs and quotes, found
 * 64 bytes a step by a ByteFinder (JavaScript never reads the bytes between them): cells end at
 * delimiters, rows at LF or CRLF, a quoted field ends at its closing quote. A row with anything rarer
 * (a stray quote or CR, text after a closing quote, a field near MAX_FIELD) and the row cut by the
 * chunk's end go to a byte state machine that can stop at the end of any chunk and resume in the next. A quoted field without doubled quotes is CELL_PLAIN (the bytes inside its
 * quotes); only fields whose value is not one run of their bytes are CELL_ESCAPED (their range is then
 * the raw field), their text rebuilt by text(). One RowBuffer is reused; nothing is allocated per row.
 *
 * Memory: the carry holds the bytes of the row in progress. A broken quote is cut at MAX_FIELD as in
 * CsvParser; a row longer than MAX_ROW_BYTES without a line end (a file with no newline, CR-only line
 * ends) is cut the same way where a chunk ends past that size — its field in progress ends, the rest of
 * its line is skipped, the row counts as malformed and cut (CsvParser would hold the whole line, and
 * fail past 512 M characters).
 */
import { MAX_FIELD } from '../sources/csv.ts';
import { CELL_ESCAPED, CELL_PLAIN, RowBuffer, type ByteRow } from './types.ts';

/** A row longer than this with no line end is cut (see the header). */
export const MAX_ROW_BYTES = 32 * 1024 * 1024;

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Machine modes: outside quotes, inside, just after a quote inside, skipping a cut row to its line end. */
const UNQUOTED = 0;
const QUOTED = 1;
const PENDING = 2;
const SKIP = 3;
/** Byte classes (direct()). */
const B_DATA = 0;
const B_DELIM = 1;
const B_LF = 2;
const B_CR = 3;
const B_QUOTE = 4;

/** Cells of a row past which the row buffer is dropped once the row is delivered. */
const BIG_ROW = 65536;

/** Keeps U+FEFF inside cells (the string path's streaming decoder drops only the file's first). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** UTF-16 units of valid UTF-8 bytes [from, to) (a lead byte counts one, a 4-byte lead two). */
function utf16Units(b: Uint8Array, from: number, to: number): number {
  let u = 0;
  for (let k = from; k < to; k++) {
    const c = b[k]!;
    if ((c & 0xc0) !== 0x80) u++;
    if (c >= 0xf0 && c <= 0xf4) u++;
  }
  return u;
}

/** `end`, or the start of the UTF-8 sequence that [.., end) leaves incomplete. */
function charBoundary(b: Uint8Array, from: number, end: number): number {
  for (let k = end - 1; k >= from && k >= end - 3; k--) {
    const c = b[k]!;
    if ((c & 0xc0) === 0x80) continue;
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return k + len > end ? k : end;
  }
  return end;
}

// --- finding bytes ---------------------------------------------------------------------------------

/** Bytes a ByteFinder looks at in one window (copied into its memory). */
const WINDOW = 64 * 1024;
/** Where its positions are written in its memory (after the window and the 64 bytes a last step may read). */
const OUT = WINDOW + 64;
/** Positions past the last that a step may write (see finderModule). */
const SLACK = 8;
const PAGES = Math.ceil((OUT + 4 * (WINDOW + SLACK)) / 65536);

/**
 * The WebAssembly module of ByteFinder, one function (the text format, then its bytes below):
 *
 *   (func (export "find") (param $p i32) (param $end i32) (param $out i32) (param $delta i32)
 *         (param $a i32) (param $b i32) (param $c i32) (param $d i32) (result i32)
 *     ;; va… := the four values in every lane; then 64 bytes a step while $p < $end:
 *     $m := the i64 of the four 16-byte bitmasks of any i8x16.eq($v, va…vd), cut to the bytes
 *           before $end on the last step
 *     $n := popcnt($m)
 *     ;; the usual 0–8 positions stored without branching (past them, ctz 64 stores one never counted)
 *     8 × { i32.store($out + 4k, $p + $delta + ctz($m)); $m &= $m - 1 }
 *     if $n > 8: the rest, one by one
 *     $out += 4 * $n; $p += 64
 *     (result $out))
 */
function finderModule(): Uint8Array {
  const uleb = (n: number): number[] => {
    const out: number[] = [];
    do {
      const b = n & 0x7f;
      n >>>= 7;
      out.push(n === 0 ? b : b | 0x80);
    } while (n !== 0);
    return out;
  };
  const sleb = (n: number): number[] => {
    const out: number[] = [];
    for (;;) {
      const b = n & 0x7f;
      n >>= 7;
      if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
      out.push(b | 0x80);
    }
  };
  const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
  const name = (s: string): number[] => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  const [I32, I64, V128] = [0x7f, 0x7e, 0x7b];
  // Instructions.
  const get = (i: number): number[] => [0x20, i];
  const set = (i: number): number[] => [0x21, i];
  const tee = (i: number): number[] => [0x22, i];
  const int = (n: number): number[] => [0x41, ...sleb(n)];
  const long = (n: number): number[] => [0x42, ...sleb(n)];
  const [ADD, SUB, SHL, LT_U, GT_U, GE_U] = [0x6a, 0x6b, 0x74, 0x49, 0x4b, 0x4f];
  const [AND64, OR64, SHL64, SUB64, CTZ64, POPCNT64, EQZ64] = [0x83, 0x84, 0x86, 0x7d, 0x7a, 0x7b, 0x50];
  const [EXTEND_U, WRAP] = [0xad, 0xa7];
  const BLOCK = [0x02, 0x40];
  const LOOP = [0x03, 0x40];
  const IF = [0x04, 0x40];
  const END = 0x0b;
  const brIf = (depth: number): number[] => [0x0d, depth];
  const br = (depth: number): number[] => [0x0c, depth];
  const store = (offset: number): number[] => [0x36, 2, ...uleb(offset)];
  const load = (offset: number): number[] => [0xfd, 0x00, 0, ...uleb(offset)];
  const SPLAT = [0xfd, 0x0f];
  const EQ = [0xfd, 0x23];
  const OR = [0xfd, 0x50];
  const BITMASK = [0xfd, 0x64];
  // Parameters and locals.
  const [P, E, O, DELTA, A, B, C, D, VA, VB, VC, VD, V, M, N, O2, PD] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
  ] as const;
  /** The 16 bits of the bytes at $p + offset that equal a value, as an i64 shifted left by `offset`. */
  // prettier-ignore
  const bits = (offset: number): number[] => [
    ...get(P), ...load(offset), ...tee(V),
    ...get(VA), ...EQ, ...get(V), ...get(VB), ...EQ, ...OR,
    ...get(V), ...get(VC), ...EQ, ...get(V), ...get(VD), ...EQ, ...OR, ...OR,
    ...BITMASK, EXTEND_U, ...(offset === 0 ? [] : [...long(offset), SHL64]),
  ];
  /** Stores the position of $m's lowest bit at `at` + offset and clears the bit. */
  // prettier-ignore
  const position = (at: number, offset: number): number[] => [
    ...get(at), ...get(PD), ...get(M), CTZ64, WRAP, ADD, ...store(offset),
    ...get(M), ...get(M), ...long(1), SUB64, AND64, ...set(M),
  ];
  // prettier-ignore
  const body = [
    ...get(A), ...SPLAT, ...set(VA),
    ...get(B), ...SPLAT, ...set(VB),
    ...get(C), ...SPLAT, ...set(VC),
    ...get(D), ...SPLAT, ...set(VD),
    ...BLOCK, ...LOOP,
      ...get(P), ...get(E), GE_U, ...brIf(1),
      ...bits(0), ...bits(16), OR64, ...bits(32), OR64, ...bits(48), OR64, ...set(M),
      ...get(E), ...get(P), SUB, ...int(64), LT_U, ...IF,
        ...get(M), ...long(1), ...get(E), ...get(P), SUB, EXTEND_U, SHL64, ...long(1), SUB64, AND64, ...set(M),
      END,
      ...get(M), POPCNT64, WRAP, ...set(N),
      ...get(P), ...get(DELTA), ADD, ...set(PD),
      ...[0, 4, 8, 12, 16, 20, 24, 28].flatMap((offset) => position(O, offset)),
      ...get(N), ...int(SLACK), GT_U, ...IF,
        ...get(O), ...int(4 * SLACK), ADD, ...set(O2),
        ...BLOCK, ...LOOP,
          ...get(M), EQZ64, ...brIf(1),
          ...position(O2, 0),
          ...get(O2), ...int(4), ADD, ...set(O2),
          ...br(0),
        END, END,
      END,
      ...get(O), ...get(N), ...int(2), SHL, ADD, ...set(O),
      ...get(P), ...int(64), ADD, ...set(P),
      ...br(0),
    END, END,
    ...get(O),
  ];
  const func = [3, 5, V128, 1, I64, 3, I32, ...body, END];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, [1, 0x60, 8, I32, I32, I32, I32, I32, I32, I32, I32, 1, I32]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, ...uleb(PAGES)]),
    ...section(7, [2, ...name('memory'), 2, 0, ...name('find'), 0, 0]),
    ...section(10, [1, ...uleb(func.length), ...func]),
  ]);
}

/** find(): its positions are written from `out` on; it returns where they end. */
type Find = (
  p: number,
  end: number,
  out: number,
  delta: number,
  a: number,
  b: number,
  c: number,
  d: number,
) => number;

/** What is used of WebAssembly (the project's TypeScript lib declares none of it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { memory: { buffer: ArrayBuffer }; find: Find } };
}

const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
let compiled: object | null | undefined;

/** The module, compiled once (null where WebAssembly or its SIMD is not available). */
function finderWasm(): object | null {
  if (compiled === undefined) {
    try {
      compiled = wasm ? new wasm.Module(finderModule()) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Where a ByteFinder works: an instance of the module (find, its memory), or the JavaScript path's array. */
interface Kernel {
  find: Find | null;
  heap: Uint8Array;
  at: Int32Array;
}

/**
 * Kernels not in use. A parser holds one from its first read to its end (an instance costs a third of
 * a millisecond, more than a small file's parse); one it never gives back is collected with it.
 */
const idle: Kernel[] = [];

function kernel(useWasm: boolean): Kernel {
  for (let k = idle.length - 1; k >= 0; k--) {
    if ((idle[k]!.find !== null) === useWasm) return idle.splice(k, 1)[0]!;
  }
  const mod = useWasm ? finderWasm() : null;
  if (!mod) return { find: null, heap: new Uint8Array(0), at: new Int32Array(WINDOW + SLACK) };
  const exports = new wasm!.Instance(mod).exports;
  const buffer = exports.memory.buffer;
  return {
    find: exports.find,
    heap: new Uint8Array(buffer, 0, OUT),
    at: new Int32Array(buffer, OUT, WINDOW + SLACK),
  };
}

/**
 * Finds the bytes of up to four values in an array, 64 bytes a step (WebAssembly SIMD), for parsers
 * that need only those bytes: testing every byte in JavaScript costs about a nanosecond each, most of
 * a parser's time. fill() copies one window of the array into the module's memory and lists the
 * positions there; the parser walks them with its own index (a local in its loop: a cursor kept in
 * fields costs more than the search). Without WebAssembly it tests each byte in JavaScript.
 */
export class ByteFinder {
  /** Tests set these: the JavaScript path, a smaller window (for windows' ends everywhere). */
  static useWasm = true;
  static window = WINDOW;

  /** The last fill() found count positions, in order (open()'s array); it read the window [from, to). */
  count = 0;
  from = 0;
  to = 0;

  private readonly window = Math.min(ByteFinder.window, WINDOW);
  private readonly useWasm = ByteFinder.useWasm;
  private readonly values: number[];
  /** The JavaScript path's: 1 for the values. */
  private table: Uint8Array | null = null;
  private kernel: Kernel | null = null;

  constructor(values: readonly number[]) {
    this.values = [values[0]!, values[1] ?? values[0]!, values[2] ?? values[0]!, values[3] ?? values[0]!];
  }

  /** The array fill() writes positions to, the same until close(). */
  open(): Int32Array {
    this.kernel ??= kernel(this.useWasm);
    return this.kernel.at;
  }

  /** The parser is done (for now): its kernel goes back to the idle ones. */
  close(): void {
    if (this.kernel) idle.push(this.kernel);
    this.kernel = null;
    this.clear();
  }

  /** No window (a new array, or one read again from an earlier position). */
  clear(): void {
    this.count = this.from = this.to = 0;
  }

  /** Finds the positions of the values in b[from, from + window) (to b's end); returns their count. */
  fill(b: Uint8Array, from: number): number {
    const to = Math.min(b.length, from + this.window);
    this.from = from;
    this.to = to;
    const { find, heap, at } = this.kernel!;
    if (find) {
      heap.set(b.subarray(from, to));
      const v = this.values;
      return (this.count = (find(0, to - from, OUT, from, v[0]!, v[1]!, v[2]!, v[3]!) - OUT) >> 2);
    }
    if (!this.table) {
      this.table = new Uint8Array(256);
      for (const v of this.values) this.table[v] = 1;
    }
    const table = this.table;
    let k = 0;
    for (let p = from; p < to; p++) {
      at[k] = p;
      k += table[b[p]!]!;
    }
    return (this.count = k);
  }

  /** The index of the first position ≥ p found by the last fill(), once p is in its window (≥ from). */
  indexAt(p: number): number {
    const at = this.kernel!.at;
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export class ByteCsvParser {
  /** Rows with a stray quote (kept as data) or a cut field. */
  malformed = 0;
  /** Fields cut at MAX_FIELD (or rows at MAX_ROW_BYTES): their rest was not read as data. */
  cutFields = 0;

  private readonly delimiter: number;
  private readonly onRow: (row: ByteRow) => void;
  /** The class of each byte (B_*). */
  private readonly kind = new Uint8Array(256);
  private rb = new RowBuffer();
  /** The delimiters, line ends and quotes of a chunk read in place. */
  private readonly finder: ByteFinder;

  /** The first bytes, until there are enough to tell a BOM (null once told). */
  private head: Uint8Array | null = new Uint8Array(0);

  /** A row is in progress in the carry (its bytes carry[0, carryLen), the machine's state below). */
  private open = false;
  private carry = new Uint8Array(0);
  private carryLen = 0;

  // The machine's state; positions are indexes of the buffer it runs over.
  private mode = UNQUOTED;
  private rowStart = 0;
  private fieldStart = 0;
  /** The field's value so far is the run [vs, ve) (when hasVal and not esc); esc: it is no single run. */
  private hasVal = false;
  private vs = 0;
  private ve = 0;
  private esc = false;
  private wasQuoted = false;
  private rowBad = false;
  private cut = false;
  /** The quoted field: its opening quote, the start of its current run, its doubled quotes. */
  private qOpen = 0;
  private segStart = 0;
  private escapes = 0;
  /** UTF-16 units of [qOpen + 1, uPos), counted only for fields near MAX_FIELD. */
  private uPos = 0;
  private uCount = 0;
  /** SKIP: where the cut field ends. */
  private cutEnd = 0;

  constructor(delimiter: string, onRow: (row: ByteRow) => void) {
    const d = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || d > 127 || d === LF || d === CR || d === QUOTE) {
      throw new Error(`not a CSV delimiter: ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = d;
    this.onRow = onRow;
    this.kind[d] = B_DELIM;
    this.kind[LF] = B_LF;
    this.kind[CR] = B_CR;
    this.kind[QUOTE] = B_QUOTE;
    this.finder = new ByteFinder([d, LF, CR, QUOTE]);
  }

  /** Feed bytes; onRow is called for each row they complete. */
  push(chunk: Uint8Array): void {
    // One array type for the byte loops (a Buffer beside a Uint8Array makes their reads polymorphic).
    if (chunk.constructor !== Uint8Array)
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.head) {
      chunk = this.skipBom(chunk, false);
      if (chunk.length === 0) return;
    }
    const n = chunk.length;
    let pos = 0;
    while (this.open) {
      if (pos >= n) return;
      if (this.mode === SKIP) {
        const nl = chunk.indexOf(LF, pos);
        if (nl < 0) return;
        this.rb.buf = this.carry;
        this.endField(this.cutEnd);
        this.endRow();
        this.closeCarry();
        pos = nl + 1;
        break;
      }
      // One line at a time into the carry: the row ends at a line end, and then the rest of the chunk
      // is read in place.
      const nl = chunk.indexOf(LF, pos);
      const e = nl < 0 ? n : nl + 1;
      this.append(chunk, pos, e);
      pos = e;
      this.drainCarry();
    }
    this.direct(chunk, pos);
  }

  /** The end of the input: the last row without a line end, an unclosed quote. */
  end(): void {
    if (this.head) this.skipBom(new Uint8Array(0), true);
    this.finder.close();
    if (this.open) {
      this.rb.buf = this.carry;
      const lim = this.carryLen;
      if (this.mode === QUOTED) {
        this.cut = true; // a quote that never closed: its field runs to the end
        this.appendVal(this.segStart, lim);
        this.endField(lim);
        this.endRow();
      } else if (this.mode === SKIP) {
        this.endField(this.cutEnd);
        this.endRow();
      } else if (this.hasVal || this.wasQuoted || this.rb.count > 0) {
        this.endField(lim);
        this.endRow();
      }
      this.closeCarry();
    }
    this.resetRow(0);
    this.rb.count = 0;
    this.head = new Uint8Array(0);
  }

  /** The value of cell i of the row being delivered (valid during onRow). */
  text(row: ByteRow, i: number): string {
    const b = row.buf;
    const start = row.starts[i]!;
    const end = row.ends[i]!;
    if (row.flags[i] !== CELL_ESCAPED) return utf8.decode(b.subarray(start, end));
    // The field's raw bytes again, by CsvParser's rules (each run decoded alone, as the string path
    // decodes bytes around a quote or CR).
    let out = '';
    let mode = UNQUOTED;
    let wasQuoted = false;
    let run = -1; // the start of the run of value bytes being read
    for (let p = start; p < end; p++) {
      const c = b[p]!;
      if (mode === QUOTED) {
        if (c === QUOTE) {
          if (run >= 0) out += utf8.decode(b.subarray(run, p));
          run = -1;
          mode = PENDING;
        } else if (run < 0) run = p;
        continue;
      }
      if (mode === PENDING) {
        mode = c === QUOTE ? QUOTED : UNQUOTED;
        if (c === QUOTE) {
          run = p; // a doubled quote: the second one is the value's
          continue;
        }
      }
      if (c === CR || (c === QUOTE && out === '' && run < 0 && !wasQuoted)) {
        if (run >= 0) out += utf8.decode(b.subarray(run, p));
        run = -1;
        if (c === QUOTE) {
          wasQuoted = true;
          mode = QUOTED;
        }
      } else if (run < 0) run = p;
    }
    if (run >= 0) out += utf8.decode(b.subarray(run, end));
    return out;
  }

  // --- the input's first bytes ---------------------------------------------------------------------

  /** Collects the first three bytes and drops them if they are a UTF-8 BOM; returns what to parse. */
  private skipBom(chunk: Uint8Array, final: boolean): Uint8Array {
    const head = this.head!;
    if (head.length + chunk.length < 3 && !final) {
      const h = new Uint8Array(head.length + chunk.length);
      h.set(head);
      h.set(chunk, head.length);
      this.head = h;
      return new Uint8Array(0);
    }
    this.head = null;
    let all = chunk;
    if (head.length > 0) {
      all = new Uint8Array(head.length + chunk.length);
      all.set(head);
      all.set(chunk, head.length);
    }
    if (all.length >= 3 && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) all = all.subarray(3);
    if (final && all.length > 0) this.push(all);
    return all;
  }

  // --- rows read in place ------------------------------------------------------------------------

  /**
   * Reads `b` from `pos` (at a row start) to its end in one pass over its bytes: delimiters, line ends
   * (LF, CRLF) and quoted fields are read here; a row with anything else (a stray quote or CR, text
   * after a closing quote, a quoted field near MAX_FIELD) is read again from its start by the machine,
   * and so is the incomplete last row, which goes to the carry.
   */
  private direct(b: Uint8Array, pos: number): void {
    const n = b.length;
    const kind = this.kind;
    const onRow = this.onRow;
    const finder = this.finder;
    const at = finder.open();
    // The delimiters, line ends, quotes and CRs found in the window [.., to) of b, at[i, count) not passed.
    let i = 0;
    let count = 0;
    let to = pos;
    for (;;) {
      let rb = this.rb;
      rb.buf = b;
      let starts = rb.starts;
      let ends = rb.ends;
      let flags = rb.flags;
      let c = 0; // cells of the row so far
      let s = pos; // the start of the cell
      let rowStart = pos;
      for (;;) {
        // The cell's delimiter or line end (or a quote or CR): the first found position ≥ s.
        let p: number;
        if (i < count) {
          p = at[i++]!;
          if (p < s) continue; // (passed: inside or just after a quoted field)
        } else if (to < n) {
          count = finder.fill(b, Math.max(to, s));
          to = finder.to;
          i = 0;
          continue;
        } else break;
        const k = kind[b[p]!]!;
        let cellEnd = p;
        let next = p + 1; // after the cell's delimiter or line end
        let eol = false;
        let flag = CELL_PLAIN;
        if (k === B_DELIM) {
          // Most cells (written here, the rest below).
          if (c < starts.length) {
            starts[c] = s;
            ends[c] = p;
            flags[c] = CELL_PLAIN;
            c++;
            s = next;
            continue;
          }
        } else if (k === B_LF) eol = true;
        else if (k === B_QUOTE) {
          // A quoted field read whole when its closing quote is followed by a delimiter or a line end.
          if (p !== s) break;
          let q = n; // the next quote found
          for (;;) {
            if (i < count) {
              const x = at[i++]!;
              if (b[x] !== QUOTE) continue;
              if (x + 1 < n && b[x + 1] === QUOTE) {
                flag = CELL_ESCAPED; // a doubled quote
                i++; // its second quote, the next position; or past the window: the next one starts after it
                if (x + 1 >= to) {
                  count = finder.fill(b, x + 2);
                  to = finder.to;
                  i = 0;
                }
                continue;
              }
              q = x;
            } else if (to < n) {
              count = finder.fill(b, to);
              to = finder.to;
              i = 0;
              continue;
            }
            break;
          }
          if (q + 1 >= n || q - p - 1 > MAX_FIELD) break;
          const after = kind[b[q + 1]!]!;
          if (after === B_DELIM) next = q + 2;
          else if (after === B_LF) {
            next = q + 2;
            eol = true;
          } else if (after === B_CR && q + 2 < n && b[q + 2] === LF) {
            next = q + 3;
            eol = true;
          } else break;
          if (flag === CELL_PLAIN) {
            s = p + 1;
            cellEnd = q;
          } else cellEnd = q + 1; // the raw field, for text()
        } else if (k === B_CR) {
          // CR: only as the first half of CRLF.
          if (p + 1 >= n || b[p + 1] !== LF) break;
          next = p + 2;
          eol = true;
        }
        if (c === starts.length) {
          rb.count = c;
          rb.push(s, cellEnd, flag);
          starts = rb.starts;
          ends = rb.ends;
          flags = rb.flags;
        } else {
          starts[c] = s;
          ends[c] = cellEnd;
          flags[c] = flag;
        }
        c++;
        s = next;
        if (eol) {
          rb.count = c;
          onRow(rb);
          if (starts.length > BIG_ROW) {
            rb = this.rb = new RowBuffer(); // after a huge row
            rb.buf = b;
            starts = rb.starts;
            ends = rb.ends;
            flags = rb.flags;
          }
          c = 0;
          rowStart = next;
        }
      }
      if (rowStart >= n) return;
      // The machine reads the row again from its start: to its end (then on in one pass), or to the carry.
      this.resetRow(rowStart);
      const r = this.run(b, rowStart, n);
      if (r < 0) {
        this.toCarry(b, n);
        return;
      }
      pos = r;
      // The loop may have passed positions after r (a cut field's row ends before the quote it looked for).
      if (r < finder.from) {
        count = i = 0;
        to = r;
      } else i = finder.indexAt(r);
    }
  }

  // --- the carry -----------------------------------------------------------------------------------

  /** Moves the row in progress in `b` (the machine stopped at `lim`) to the start of the carry. */
  private toCarry(b: Uint8Array, lim: number): void {
    const keep = this.mode === SKIP ? this.cutEnd : lim;
    const from = this.rowStart;
    if (b === this.carry) {
      if (from > 0) this.carry.copyWithin(0, from, keep);
    } else {
      this.reserve(keep - from);
      this.carry.set(b.subarray(from, keep), 0);
    }
    this.carryLen = keep - from;
    this.shift(from);
    this.open = true;
  }

  /** Runs the machine over the carry's new bytes, delivering the rows they complete. */
  private drainCarry(): void {
    const lim = this.carryLen;
    // The machine stopped at the carry's previous end; positions past it are the new line.
    let p = this.resumeAt;
    for (;;) {
      const r = this.run(this.carry, p, lim);
      if (r < 0) break;
      if (r >= lim) {
        this.closeCarry();
        return;
      }
      p = r; // a cut row ended before the carry's end: the rest is new rows
    }
    this.toCarry(this.carry, lim);
  }

  /** Where the machine resumes in the carry. */
  private resumeAt = 0;

  private append(chunk: Uint8Array, from: number, to: number): void {
    this.resumeAt = this.carryLen;
    this.reserve(this.carryLen + to - from);
    this.carry.set(chunk.subarray(from, to), this.carryLen);
    this.carryLen += to - from;
  }

  private reserve(size: number): void {
    if (size <= this.carry.length) return;
    const next = new Uint8Array(Math.max(size, Math.min(this.carry.length * 2, MAX_ROW_BYTES), 4096));
    next.set(this.carry.subarray(0, this.carryLen));
    this.carry = next;
  }

  private closeCarry(): void {
    this.open = false;
    this.carryLen = 0;
    this.resumeAt = 0;
    if (this.carry.length > 4 * 1024 * 1024) this.carry = new Uint8Array(0); // after a huge row
  }

  /** Positions -= by (the row moved to the carry's start). */
  private shift(by: number): void {
    if (by === 0) return;
    const rb = this.rb;
    for (let i = 0; i < rb.count; i++) {
      rb.starts[i]! -= by;
      rb.ends[i]! -= by;
    }
    this.rowStart -= by;
    this.fieldStart -= by;
    this.vs -= by;
    this.ve -= by;
    this.qOpen -= by;
    this.segStart -= by;
    this.uPos -= by;
    this.cutEnd -= by;
  }

  // --- the machine ---------------------------------------------------------------------------------

  private resetRow(at: number): void {
    this.rb.count = 0;
    this.mode = UNQUOTED;
    this.rowStart = at;
    this.fieldStart = at;
    this.hasVal = false;
    this.esc = false;
    this.wasQuoted = false;
    this.rowBad = false;
    this.cut = false;
  }

  /** The field's value grows by the bytes [from, to). */
  private appendVal(from: number, to: number): void {
    if (to <= from) return;
    if (!this.hasVal) {
      this.hasVal = true;
      this.vs = from;
      this.ve = to;
    } else if (this.ve === from) this.ve = to;
    else this.esc = true;
  }

  /** Ends the field whose raw bytes end at `rawEnd`. */
  private endField(rawEnd: number): void {
    if (this.esc) this.rb.push(this.fieldStart, rawEnd, CELL_ESCAPED);
    else if (this.hasVal) this.rb.push(this.vs, this.ve, CELL_PLAIN);
    else this.rb.push(rawEnd, rawEnd, CELL_PLAIN);
    this.fieldStart = rawEnd + 1;
    this.hasVal = false;
    this.esc = false;
    this.wasQuoted = false;
    this.mode = UNQUOTED;
  }

  private endRow(): void {
    if (this.cut || this.rowBad) this.malformed++;
    if (this.cut) this.cutFields++;
    this.cut = false;
    this.rowBad = false;
    this.onRow(this.rb);
    if (this.rb.starts.length > BIG_ROW) this.rb = new RowBuffer(); // after a huge row
    this.rb.count = 0;
  }

  /**
   * Runs CsvParser's rules over b[p, lim) from the saved state. Returns the position after the line end
   * that ended a row (state reset there), or -1 at `lim` with the row in progress saved.
   */
  private run(b: Uint8Array, p: number, lim: number): number {
    const d = this.delimiter;
    const kind = this.kind;
    this.rb.buf = b;
    while (p < lim) {
      const mode = this.mode;
      if (mode === UNQUOTED) {
        const c = b[p]!;
        if (c === d) {
          this.endField(p);
          p++;
        } else if (c === LF) {
          this.endField(p);
          this.endRow();
          this.resetRow(p + 1);
          return p + 1;
        } else if (c === CR) {
          p++;
        } else if (c === QUOTE && !this.hasVal && !this.wasQuoted) {
          this.mode = QUOTED;
          this.wasQuoted = true;
          this.qOpen = p;
          this.segStart = p + 1;
          this.escapes = 0;
          this.uPos = p + 1;
          this.uCount = 0;
          p++;
        } else {
          if (c === QUOTE) this.rowBad = true; // a stray quote inside an unquoted field is kept as data
          const s = p++;
          while (p < lim && kind[b[p]!] === B_DATA) p++;
          this.appendVal(s, p);
        }
      } else if (mode === QUOTED) {
        let q = p;
        while (q < lim && b[q] !== QUOTE) q++;
        if (q === lim) break; // the field goes on in the next chunk
        if (this.overflows(b, q)) {
          const r = this.cutField(b, this.segStart, lim);
          if (r >= 0) return r;
          break; // SKIP
        }
        this.appendVal(this.segStart, q);
        this.mode = PENDING;
        p = q + 1;
      } else if (mode === PENDING) {
        if (b[p] === QUOTE) {
          this.appendVal(p, p + 1); // a doubled quote: one quote of the value
          this.escapes++;
          this.mode = QUOTED;
          p++;
          this.segStart = p;
        } else {
          this.mode = UNQUOTED; // the closing quote; b[p] is read outside quotes
        }
      } else {
        break; // SKIP: the caller looks for the line end
      }
    }
    // At `lim` inside a row.
    if (this.mode === QUOTED && this.overflows(b, lim)) {
      const r = this.cutField(b, this.segStart, lim);
      if (r >= 0) return r;
    }
    if (this.mode !== SKIP && lim - this.rowStart > MAX_ROW_BYTES) {
      const at = charBoundary(b, this.rowStart, lim);
      if (this.mode === QUOTED) this.appendVal(this.segStart, at);
      else if (this.hasVal && !this.esc && this.ve > at) {
        this.ve = at;
        if (this.ve <= this.vs) this.hasVal = false;
      }
      const r = this.cutField(b, at, lim);
      if (r >= 0) return r;
    }
    return -1;
  }

  /**
   * Would CsvParser cut the quoted field here — its value so far plus the run from segStart to `to`
   * longer than MAX_FIELD UTF-16 units? Units are counted only when the bytes are that long.
   */
  private overflows(b: Uint8Array, to: number): boolean {
    if (to - this.qOpen - 1 - this.escapes <= MAX_FIELD) return false;
    this.uCount += utf16Units(b, this.uPos, to);
    this.uPos = to;
    return this.uCount - this.escapes > MAX_FIELD;
  }

  /**
   * Cuts the field at `at` (its value is what it held there) and skips to the next line end, as
   * CsvParser does for a quote that never closes: returns the position after that line end when it is
   * in b[at, lim), else -1 and the machine skips (SKIP) to it.
   */
  private cutField(b: Uint8Array, at: number, lim: number): number {
    this.cut = true;
    const nl = b.indexOf(LF, at);
    if (nl >= 0 && nl < lim) {
      this.endField(at);
      this.endRow();
      this.resetRow(nl + 1);
      return nl + 1;
    }
    this.mode = SKIP;
    this.cutEnd = at;
    return -1;
  }
}
