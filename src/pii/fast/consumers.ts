/**
 * The byte engine's sources: UTF-8 bytes of one data file into the inventory, one consumer per format,
 * each the byte twin of a string consumer in src/pii/sources/file.ts (the reference: the same records,
 * locations, people and samples; src/pii/fast/engine.test.ts compares the two on every format).
 */
import type { InventoryBuilder, Location } from '../inventory.ts';
import { RecordDraft } from '../inventory.ts';
import { isHeader } from '../sources/csv.ts';
import { JsonScanner } from '../sources/json.ts';
import type { Recognition } from '../sources/recognition.ts';
import { MAX_TEXT_CELL } from '../sources/table.ts';
import type { PiiKind } from '../types.ts';
import { cardNetwork } from '../recognisers/bank-card.ts';
import { regionCodes } from '../recognisers/region.ts';
import { parseUscc, usccCheckChar } from '../recognisers/uscc.ts';
import type { RowAcc } from '../inventory.ts';
import { CellJudge } from './cells.ts';
import { ByteCsvParser } from './csv-bytes.ts';
import { NdjsonLeafScanner } from './ndjson-bytes.ts';
import { ByteSqlDumpParser } from './sql-bytes.ts';
import { ByteTable } from './table.ts';
import { findAllInLines } from './text-bytes.ts';
import { CELL_PLAIN, type ByteRow } from './types.ts';

export interface ByteConsumer {
  push(bytes: Uint8Array): void;
  end(): void;
  records(): number;
  /** Records or statements whose content could not be read (a cut field, an oversized statement). */
  lost?(): number;
}

export interface ByteContext {
  recognition: Recognition;
  builder: InventoryBuilder;
  judge: CellJudge;
}

export function makeByteContext(recognition: Recognition, builder: InventoryBuilder, now: Date): ByteContext {
  return { recognition, builder, judge: new CellJudge(recognition, builder, now) };
}

// A BOM inside a cell is kept, as the string path keeps it (only the file's leading BOM is dropped).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const decode = (buf: Uint8Array, s: number, e: number): string => decoder.decode(buf.subarray(s, e));

/** A row with one empty cell: the string path's blank line. */
function blankRow(row: ByteRow, text: (row: ByteRow, i: number) => string): boolean {
  return (
    row.count === 1 && (row.flags[0] === CELL_PLAIN ? row.starts[0] === row.ends[0] : text(row, 0) === '')
  );
}

export function byteCsvConsumer(base: Location, ctx: ByteContext, delimiter: string): ByteConsumer {
  let table: ByteTable | undefined;
  const text = (row: ByteRow, i: number): string => parser.text(row, i);
  const parser: ByteCsvParser = new ByteCsvParser(delimiter, (row) => {
    if (blankRow(row, text)) return;
    if (!table) {
      const header: string[] = [];
      for (let i = 0; i < row.count; i++) header.push(text(row, i));
      if (isHeader(ctx.recognition, header)) {
        table = new ByteTable(
          base,
          header.map((c) => c.trim()),
          ctx.recognition,
          ctx.builder,
          ctx.judge,
          text,
        );
        return;
      }
      table = new ByteTable(base, [], ctx.recognition, ctx.builder, ctx.judge, text);
    }
    table.push(row);
  });
  return {
    push: (bytes) => parser.push(bytes),
    end() {
      parser.end();
      table?.end();
    },
    records: () => table?.rows ?? 0,
    lost: () => parser.cutFields,
  };
}

export function byteSqlConsumer(base: Location, ctx: ByteContext, backslash: boolean): ByteConsumer {
  const tables = new Map<string, ByteTable>();
  const text = (row: ByteRow, i: number): string => parser.text(row, i);
  const parser: ByteSqlDumpParser = new ByteSqlDumpParser((name, columns, row) => {
    let t = tables.get(name);
    if (!t) {
      t = new ByteTable(
        { ...base, table: name },
        columns ?? [],
        ctx.recognition,
        ctx.builder,
        ctx.judge,
        text,
      );
      tables.set(name, t);
    }
    t.push(row);
  });
  parser.backslash = backslash;
  return {
    push: (bytes) => parser.push(bytes),
    end() {
      parser.end();
      for (const t of tables.values()) t.end();
    },
    records: () => [...tables.values()].reduce((n, t) => n + t.rows, 0),
    lost: () => parser.skipped,
  };
}

/**
 * Whole lines of a stream: a carry holds the partial last line; a line longer than `maxLine` bytes is
 * handed over in parts (the string path cuts such lines at its chunk size too).
 */
class Lines {
  private carry: Uint8Array | undefined;
  private readonly maxLine: number;
  private readonly onLines: (buf: Uint8Array, s: number, e: number) => void;

  constructor(maxLine: number, onLines: (buf: Uint8Array, s: number, e: number) => void) {
    this.maxLine = maxLine;
    this.onLines = onLines;
  }

  push(bytes: Uint8Array): void {
    let buf = bytes;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + bytes.length);
      buf.set(this.carry);
      buf.set(bytes, this.carry.length);
      this.carry = undefined;
    }
    const last = buf.lastIndexOf(10);
    if (last < 0) {
      if (buf.length >= this.maxLine) this.onLines(buf, 0, buf.length);
      else this.carry = buf === bytes ? buf.slice() : buf;
      return;
    }
    this.onLines(buf, 0, last + 1);
    if (last + 1 < buf.length) this.carry = buf.slice(last + 1);
  }

  end(): void {
    if (this.carry) this.onLines(this.carry, 0, this.carry.length);
    this.carry = undefined;
  }
}

export function byteTextConsumer(base: Location, ctx: ByteContext, maxLine: number): ByteConsumer {
  let records = 0;
  const lines = new Lines(maxLine, (buf, s, e) => {
    findAllInLines(buf, s, e, ctx.recognition, (m) => {
      records++;
      ctx.builder.recordMatch(base, m);
    });
  });
  return {
    push: (bytes) => lines.push(bytes),
    end: () => lines.end(),
    records: () => records,
  };
}

/** The kinds scanText can find (confidence ≥ 0.5, no label) in a text that is one run of ASCII digits. */
const DIGIT_TOKEN_KINDS: readonly PiiKind[] = ['cn-id', 'uscc', 'bank-card', 'mobile'];

function allDigits(buf: Uint8Array, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if ((buf[p]! - 48) >>> 0 > 9) return false;
  return true;
}

/**
 * By the first two digits: 1 when the registration authority allows the type (validate.ts's USCC_TYPE
 * for digits: its test of the type, asked of parseUscc the same way).
 */
const USCC_DIGIT_TYPE = new Uint8Array(100);
/** By the first four digits: 1 when they are a card network's (validate.ts's hasCardNetwork). */
const CARD_DIGIT_NETWORK = new Uint8Array(10_000);
/**
 * By the first two digits of a region code: 1 when regionLevel (region.ts) can give it a level (a
 * province's digits, or a county's or permit region's), and when isRegistrationRegion can hold (a
 * province's, or those of 100000).
 */
const REGION2 = new Uint8Array(100);
const REGISTRATION2 = new Uint8Array(100);
let digitTablesReady = false;

function fillDigitTables(): void {
  if (digitTablesReady) return;
  for (let i = 0; i < 100; i++) {
    const first17 = `${String(i).padStart(2, '0')}100000000000000`;
    USCC_DIGIT_TYPE[i] = parseUscc(first17 + usccCheckChar(first17)) ? 1 : 0;
  }
  for (let i = 0; i < 10_000; i++)
    CARD_DIGIT_NETWORK[i] = cardNetwork(`${String(i).padStart(4, '0')}000000000000`) === undefined ? 0 : 1;
  const regions = regionCodes();
  for (const c of regions.provinces) REGION2[Number(c)] = REGISTRATION2[Number(c)] = 1;
  for (const c of regions.counties) REGION2[Number(c.slice(0, 2))] = 1;
  REGISTRATION2[10] = 1;
  digitTablesReady = true;
}

/** digitsMayBe's test per kind (the kinds the byte validators decide; GATE_NONE: ask the validator). */
const GATE_NONE = 0;
const GATE_CN_ID = 1;
const GATE_USCC = 2;
const GATE_CARD = 3;
const GATE_MOBILE = 4;
const GATE_EMAIL = 5;

function gateOf(kind: PiiKind): number {
  switch (kind) {
    case 'cn-id':
      return GATE_CN_ID;
    case 'uscc':
      return GATE_USCC;
    case 'bank-card':
      return GATE_CARD;
    case 'mobile':
      return GATE_MOBILE;
    case 'email':
      return GATE_EMAIL;
    default:
      return GATE_NONE;
  }
}

/**
 * Whether the byte validator (validate.ts) of `kind` can accept buf[s, e), one or more ASCII digits, from
 * what its code requires of the length and leading digits: false only where check() returns 0. (ID
 * numbers: 18 or 15 characters, a region code with a level; credit codes: 18, an allowed type, a
 * registration region; cards: 16–19 digits, a network's prefix; mobiles: 11 digits from 1, or 86 / 0086
 * before them; e-mail: an @.)
 *
 * With every kind of DIGIT_TOKEN_KINDS self-evident, such a value that none of them accepts has no
 * free-text match either: for a text that is one digit token, scanText (src/pii/recognisers/scan.ts) runs
 * digitToken alone, whose only emissions at 0.5 or more without a label (nothing stands before the token)
 * are a mobile (11 digits, or 86 / 0086 and 11), an ID (15, 18), a credit code (18) or a card (16–19),
 * each validated as recognition.check validates the same digits.
 */
export function digitsMayBe(kind: PiiKind, buf: Uint8Array, s: number, e: number): boolean {
  fillDigitTables();
  return digitsPass(gateOf(kind), buf, s, e);
}

function digitsPass(gate: number, buf: Uint8Array, s: number, e: number): boolean {
  const n = e - s;
  switch (gate) {
    case GATE_CN_ID:
      return (n === 18 || n === 15) && REGION2[(buf[s]! - 48) * 10 + buf[s + 1]! - 48] === 1;
    case GATE_USCC:
      return (
        n === 18 &&
        USCC_DIGIT_TYPE[(buf[s]! - 48) * 10 + buf[s + 1]! - 48] === 1 &&
        REGISTRATION2[(buf[s + 2]! - 48) * 10 + buf[s + 3]! - 48] === 1
      );
    case GATE_CARD:
      return (
        n >= 16 &&
        n <= 19 &&
        CARD_DIGIT_NETWORK[
          (buf[s]! - 48) * 1000 + (buf[s + 1]! - 48) * 100 + (buf[s + 2]! - 48) * 10 + buf[s + 3]! - 48
        ] === 1
      );
    case GATE_MOBILE:
      // 11 digits starting with 1, after 86 (13 digits) or 0086 (15 digits).
      if (n === 11) return buf[s] === 49;
      if (n === 13) return buf[s] === 56 && buf[s + 1] === 54 && buf[s + 2] === 49;
      return (
        n === 15 &&
        buf[s] === 48 &&
        buf[s + 1] === 48 &&
        buf[s + 2] === 56 &&
        buf[s + 3] === 54 &&
        buf[s + 4] === 49
      );
    case GATE_EMAIL:
      return false; // no @
    default:
      return true;
  }
}

/**
 * NDJSON: each line's leaves from the byte scanner, judged as JsonScanner.leaf judges them; a line the
 * scanner does not take (arrays of objects, escapes it leaves to JSON.parse, invalid JSON) goes through
 * JSON.parse and JsonScanner, and a line that is not JSON is read as free text, as in the string path.
 * An unlabelled all-digit value (order ids, timestamps) is asked only of the self-evident kinds that could
 * take it (digitsMayBe), and is no free text when none does.
 */
export function byteNdjsonConsumer(base: Location, ctx: ByteContext, maxLine: number): ByteConsumer {
  const json = new JsonScanner(base, ctx.recognition, ctx.builder);
  const scanner = new NdjsonLeafScanner();
  const { recognition, builder, judge } = ctx;
  const validator = judge.validator;
  const selfEvident = recognition.selfEvident;
  const digitsNoText = DIGIT_TOKEN_KINDS.every((k) => selfEvident.includes(k));
  const gates = Uint8Array.from(selfEvident, gateOf);
  fillDigitTables();
  const d = new RecordDraft();
  d.groups = builder.newKeyGroups();
  let records = 0;
  let textRecords = 0;
  const locations: Location[] = [];
  const labels: (PiiKind | null | undefined)[] = [];
  const accs: (RowAcc | undefined)[] = [];
  const leafText = { cellText: (i: number): string => leafString(i) };
  let lineBuf: Uint8Array = new Uint8Array(0);
  const leafString = (i: number): string =>
    scanner.flags[i] === CELL_PLAIN ? decode(lineBuf, scanner.starts[i]!, scanner.ends[i]!) : scanner.text(i);

  const location = (id: number): Location => {
    let loc = locations[id];
    if (!loc) {
      const path = scanner.pathOf(id);
      loc = { ...base, field: path === '' ? undefined : path };
      locations[id] = loc;
    }
    return loc;
  };
  const label = (id: number): PiiKind | null => {
    let kind = labels[id];
    if (kind === undefined) {
      const key = scanner.keyOf(id);
      kind = key === '' ? null : (recognition.classifyField(key)?.kind ?? null);
      labels[id] = kind;
    }
    return kind;
  };

  const asText = (line: string): void => {
    for (const m of recognition.findAll(line)) {
      textRecords++;
      builder.recordMatch(base, m);
    }
  };

  const slowLine = (buf: Uint8Array, s: number, e: number): void => {
    const t = decode(buf, s, e).trim();
    if (t === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      asText(t);
      return;
    }
    json.document(parsed);
  };

  /** One leaf as JsonScanner.leaf: labelled, else self-evident whole value, else free text. */
  const leaf = (i: number): void => {
    const s = scanner.starts[i]!;
    const e = scanner.ends[i]!;
    const plain = scanner.flags[i] === CELL_PLAIN;
    if (plain && s === e) return;
    const id = scanner.paths[i]!;
    const labelled = label(id);
    if (labelled) {
      if (!plain && scanner.text(i) === '') return;
      accs[id] = judge.kindCell(d, location(id), labelled, accs[id], lineBuf, s, e, plain, leafText, i);
      return;
    }
    if (plain) {
      // The self-evident kinds in recognition order: the first that validates the whole value. An
      // all-digit value (order ids, timestamps) is asked only of the kinds that could take its length.
      const digits = allDigits(lineBuf, s, e);
      let undecided = false;
      for (let k = 0; k < selfEvident.length; k++) {
        const kind = selfEvident[k]!;
        if (digits && !digitsPass(gates[k]!, lineBuf, s, e)) continue;
        const v = validator.check(kind, lineBuf, s, e);
        if (v === -1) {
          undecided = true;
          break;
        }
        if (v === 1) {
          judge.kindCell(d, location(id), kind, undefined, lineBuf, s, e, true, leafText, i);
          return;
        }
      }
      if (!undecided) {
        if (digits && digitsNoText) {
          judge.fast++;
          return;
        }
        if (
          scanner.isString[i] === 1 &&
          e - s >= 5 &&
          !judge.textBytes(d, location(id), lineBuf, s, e, 5, MAX_TEXT_CELL)
        ) {
          const text = decode(lineBuf, s, e);
          if (text.length >= 5 && text.length <= MAX_TEXT_CELL) judge.textCell(d, location(id), text);
        }
        return;
      }
    }
    const text = leafString(i);
    if (text === '') return;
    const trimmed = text.trim();
    for (const kind of recognition.selfEvident) {
      if (recognition.check(kind, trimmed)) {
        judge.kindCell(
          d,
          location(id),
          kind,
          undefined,
          lineBuf,
          s,
          e,
          false,
          { cellText: () => trimmed },
          i,
        );
        return;
      }
    }
    if (scanner.isString[i] === 1 && text.length >= 5 && text.length <= MAX_TEXT_CELL)
      judge.textCell(d, location(id), text);
  };

  const leaves = (): void => {
    d.clear();
    for (let i = 0; i < scanner.count; i++) leaf(i);
    if (d.n > 0) {
      records++;
      builder.recordDraft(d);
    }
  };

  /** The lines in buf[s, e) (whole lines; the last may lack its newline). */
  const onLines = (buf: Uint8Array, s: number, e: number): void => {
    lineBuf = buf;
    let p = s;
    while (p < e) {
      if (buf[p] === 10) {
        p++;
        continue;
      }
      // The usual line: scanned up to its newline, which the scan finds.
      const end = scanner.scanLine(buf, p, e);
      if (end >= 0) {
        leaves();
        p = end + 1;
        continue;
      }
      let nl = buf.indexOf(10, p);
      if (nl < 0 || nl > e) nl = e;
      if (scanner.scan(buf, p, nl)) leaves();
      else slowLine(buf, p, nl);
      p = nl + 1;
    }
  };

  // Lines as Lines hands them over, but read where they lie in each chunk: only a line cut by a chunk's
  // end is copied, with the start of the next chunk (Lines copies every chunk behind the carry).
  let carry: Uint8Array | undefined;
  const join = (head: Uint8Array, bytes: Uint8Array, n: number): Uint8Array => {
    const buf = new Uint8Array(head.length + n);
    buf.set(head);
    buf.set(bytes.subarray(0, n), head.length);
    return buf;
  };
  const push = (bytes: Uint8Array): void => {
    let from = 0;
    if (carry) {
      const nl = bytes.indexOf(10);
      if (nl < 0) {
        const buf = join(carry, bytes, bytes.length);
        carry = undefined;
        if (buf.length >= maxLine) onLines(buf, 0, buf.length);
        else carry = buf;
        return;
      }
      const head = join(carry, bytes, nl + 1);
      carry = undefined;
      onLines(head, 0, head.length);
      from = nl + 1;
    }
    const last = bytes.lastIndexOf(10);
    if (last < from) {
      if (from === 0 && bytes.length >= maxLine) onLines(bytes, 0, bytes.length);
      else if (from < bytes.length) carry = bytes.slice(from);
      return;
    }
    onLines(bytes, from, last + 1);
    if (last + 1 < bytes.length) carry = bytes.slice(last + 1);
  };
  return {
    push,
    end() {
      if (carry) onLines(carry, 0, carry.length);
      carry = undefined;
      d.groups?.flush();
    },
    records: () => records + json.records + textRecords,
  };
}
