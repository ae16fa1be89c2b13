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
 * Speed: a chunk is read in one pass over its bytes with a class table (data, delimiter, LF, CR, quote):
 * cells end at delimiters, rows at LF or CRLF, a quoted field is scanned to its closing quote. A row
 * with anything rarer (a stray quote or CR, text after a closing quote, a field near MAX_FIELD) and the
 * row cut by the chunk's end go to a byte state machine that can stop at the end of any chunk and
 * resume in the next. A quoted field without doubled quotes is CELL_PLAIN (the bytes inside its
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
  }

  /** Feed bytes; onRow is called for each row they complete. */
  push(chunk: Uint8Array): void {
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
    for (;;) {
      let rb = this.rb;
      rb.buf = b;
      let starts = rb.starts;
      let ends = rb.ends;
      let flags = rb.flags;
      let c = 0; // cells of the row so far
      let s = pos; // the start of the cell
      let rowStart = pos;
      let p = pos;
      while (p < n) {
        let k = kind[b[p]!]!;
        while (k === B_DATA && ++p < n) k = kind[b[p]!]!;
        if (k === B_DATA) break;
        let cellEnd = p;
        let next = p + 1; // after the cell's delimiter or line end
        let eol = k === B_LF;
        let flag = CELL_PLAIN;
        if (k === B_QUOTE) {
          // A quoted field read whole when its closing quote is followed by a delimiter or a line end.
          if (p !== s) break;
          let q = p + 1;
          for (;;) {
            while (q < n && b[q] !== QUOTE) q++;
            if (q + 1 >= n || b[q + 1] !== QUOTE) break;
            flag = CELL_ESCAPED; // a doubled quote
            q += 2;
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
        p = s = next;
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
