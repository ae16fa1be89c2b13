/**
 * The byte engine of the personal-data inventory (issue 4's throughput budget): sources parsed as UTF-8
 * bytes, cells validated in place, strings built only for what needs one (a column's sample, a masked
 * sample per inventory row, a cell that the byte validators cannot decide, free-text cells). Each part
 * is differential-tested against the string path it replaces (src/pii/sources/*), which stays the
 * reference and the path for SQLite, databases, XLSX and whole JSON documents.
 */

/** The cell's bytes [start, end) are its value exactly (UTF-8). */
export const CELL_PLAIN = 0;
/** The cell's value differs from its bytes (doubled quotes, backslash escapes…): ask the parser for its text. */
export const CELL_ESCAPED = 1;
/** SQL NULL (or no value): the string path's `null` cell. */
export const CELL_NULL = 2;

/**
 * One row of cells as byte ranges. Parsers reuse one ByteRow (and may reuse `buf`): it is valid only
 * during the callback that receives it. `starts`, `ends` and `flags` have at least `count` entries.
 */
export interface ByteRow {
  buf: Uint8Array;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
}

/** A growable ByteRow (parsers' helper). */
export class RowBuffer implements ByteRow {
  buf: Uint8Array = new Uint8Array(0);
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  flags = new Uint8Array(64);

  reset(buf: Uint8Array): void {
    this.buf = buf;
    this.count = 0;
  }

  push(start: number, end: number, flag: number): void {
    if (this.count === this.starts.length) {
      const n = this.count * 2;
      const s = new Int32Array(n);
      s.set(this.starts);
      this.starts = s;
      const e = new Int32Array(n);
      e.set(this.ends);
      this.ends = e;
      const f = new Uint8Array(n);
      f.set(this.flags);
      this.flags = f;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count] = flag;
    this.count++;
  }
}
