/**
 * CSV and TSV (RFC 4180 and what spreadsheets and `SELECT … INTO OUTFILE` really write): an incremental
 * parser fed text chunks, quoted fields with doubled quotes and embedded newlines, CRLF or LF, a
 * delimiter sniffed from the first lines, ragged rows kept (short rows padded, long rows kept whole).
 * A quote that never closes would swallow the rest of the file: a quoted field is cut at MAX_FIELD
 * characters and the row counted as malformed.
 */
import type { Recognition } from './recognition.ts';
import { isPlaceholder } from './table.ts';

export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A quoted field longer than this is a broken quote, not data. */
export const MAX_FIELD = 1024 * 1024;

/**
 * The delimiter of a CSV text from its first lines: the candidate found on most lines with the same
 * count per line (outside quotes), ties broken by count. `fallback` when none appears.
 */
export function sniffDelimiter(text: string, fallback: Delimiter = ','): Delimiter {
  const lines = text
    .split(/\r?\n/, 21)
    .slice(0, 20)
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return fallback;
  let best: Delimiter = fallback;
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => {
      let n = 0;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) n++;
      }
      return n;
    });
    const first = counts[0]!;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export class CsvParser {
  private readonly delimiter: string;
  private field = '';
  private row: string[] = [];
  private quoted = false;
  /** Inside a quoted field, the previous character was a quote (an escaped quote or the closing one). */
  private quotePending = false;
  /** The current field started with a quote. */
  private fieldWasQuoted = false;
  private cut = false;
  /** Rows with a stray quote (kept as data) or a cut field. */
  malformed = 0;
  /** Quoted fields cut at MAX_FIELD: their rest was not read as data. */
  cutFields = 0;

  /** The characters that end a plain run. */
  private readonly special: RegExp;

  constructor(delimiter: string) {
    this.delimiter = delimiter;
    this.special = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}\n\r"]`, 'g');
  }

  /** Feed text; returns the rows completed by it. */
  push(text: string): string[][] {
    const out: string[][] = [];
    const d = this.delimiter;
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false;
          if (text[i] === '"') {
            this.field += '"';
            i++;
            continue;
          }
          this.quoted = false; // the closing quote; fall through to the unquoted handling of text[i]
          continue;
        }
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        if (this.field.length + (end - i) > MAX_FIELD) {
          // A quote that never closed: keep the field short, end quoting at the next line end.
          this.cut = true;
          const nl = text.indexOf('\n', i);
          if (nl < 0) {
            i = n;
            continue;
          }
          this.quoted = false;
          i = nl;
          continue;
        }
        this.field += text.slice(i, end);
        if (q < 0) {
          i = n;
          continue;
        }
        this.quotePending = true;
        i = q + 1;
        continue;
      }
      const ch = text[i]!;
      if (ch === d) {
        this.endField();
        i++;
      } else if (ch === '\n') {
        this.endField();
        out.push(this.endRow());
        i++;
      } else if (ch === '\r') {
        i++;
      } else if (ch === '"' && this.field === '' && !this.fieldWasQuoted) {
        this.quoted = true;
        this.fieldWasQuoted = true;
        i++;
      } else {
        // Plain run up to the next delimiter, quote or line end.
        this.special.lastIndex = i + 1;
        const next = this.special.exec(text);
        const j = next ? next.index : n;
        if (ch === '"') this.rowMalformed = true; // a stray quote inside an unquoted field is kept as data
        this.field += text.slice(i, j);
        i = j;
      }
    }
    return out;
  }

  /** The last row, when the text did not end with a line end. */
  end(): string[][] {
    if (this.quoted && !this.quotePending) this.cut = true;
    this.quoted = false;
    this.quotePending = false;
    if (this.field === '' && this.row.length === 0 && !this.fieldWasQuoted) return [];
    this.endField();
    return [this.endRow()];
  }

  private rowMalformed = false;

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.fieldWasQuoted = false;
  }

  private endRow(): string[] {
    if (this.cut || this.rowMalformed) this.malformed++;
    if (this.cut) this.cutFields++;
    this.cut = false;
    this.rowMalformed = false;
    const row = this.row;
    this.row = [];
    return row;
  }
}

/** All rows of a whole text (tests, small files). */
export function parseCsv(text: string, delimiter: string): string[][] {
  const p = new CsvParser(delimiter);
  return [...p.push(text), ...p.end()].filter((r) => !(r.length === 1 && r[0] === ''));
}

/**
 * Is the first row a header? Yes when a cell is a known label, or when no cell holds a value a
 * recogniser validates and none is a number (headers are names, data rows carry numbers and values).
 */
export function isHeader(recognition: Recognition, row: readonly string[]): boolean {
  if (row.some((c) => c.trim() !== '' && recognition.classifyField(c.trim()) !== undefined)) return true;
  for (const cell of row) {
    const v = cell.trim();
    if (isPlaceholder(v)) continue;
    if (/^[+-]?\d[\d.,:\-/ ]*$/.test(v)) return false;
    for (const kind of recognition.selfEvident) if (recognition.check(kind, v)) return false;
  }
  return row.some((c) => c.trim() !== '');
}
