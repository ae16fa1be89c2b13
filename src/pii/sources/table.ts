/**
 * Columns and cells: the part every structured source shares (CSV/TSV, SQL dumps, SQLite, databases,
 * JSON keys). A column's kind comes from its label (the header, the key, the SQL column name) through
 * classifyField, and otherwise from a sample of its values: a kind most of the sample validates as.
 * Unlabelled columns whose sample holds personal data inside free text ("备注: 手机 138…") are searched
 * cell by cell. Each row is one record of one person (InventoryBuilder.record).
 */
import { matchHit, type FieldHit, type InventoryBuilder, type Location } from '../inventory.ts';
import { valueProtection } from '../protected.ts';
import type { PiiKind } from '../types.ts';
import type { Recognition } from './recognition.ts';

/** Rows read before the columns are decided. */
export const SAMPLE_ROWS = 64;
/** Share of a sample that must validate as a kind for an unlabelled column to be that kind. */
export const MIN_VALID_SHARE = 0.6;
/** Cells longer than this are not searched as free text (a blob, a document). */
export const MAX_TEXT_CELL = 64 * 1024;

const PLACEHOLDERS = new Set([
  '',
  'null',
  'none',
  'nil',
  'n/a',
  'na',
  '-',
  '--',
  '无',
  '空',
  '未知',
  'undefined',
]);

export function isPlaceholder(value: string): boolean {
  if (value.length > 12) return false; // longer than any placeholder, even padded
  return PLACEHOLDERS.has(value.trim().toLowerCase());
}

/**
 * One value of a column whose kind is known: a plaintext hit when it validates (or, for kinds known
 * only from labels, when it is not a placeholder), a protected hit when it is masked, hashed or opaque,
 * nothing otherwise.
 */
export function valueHit(
  recognition: Recognition,
  location: Location,
  kind: PiiKind,
  raw: string,
): FieldHit | undefined {
  const value = raw.trim();
  if (isPlaceholder(value)) return undefined;
  if (recognition.byKind.has(kind)) {
    const valid = recognition.check(kind, value);
    if (valid) return { location, kind, value, personKey: valid.personKey, birthDate: valid.birthDate };
    const protection = valueProtection(value);
    return protection ? { location, kind, value, protection } : undefined;
  }
  const protection = valueProtection(value);
  if (protection) return { location, kind, value, protection };
  return plausible(kind, value) ? { location, kind, value } : undefined;
}

/**
 * Kinds known only from a label still need a value of the right shape: `"name": "shop"` in a
 * package.json is a package, `"address": "0.0.0.0:8080"` a listen address, not a person's.
 */
const SHAPES: Partial<Record<PiiKind, RegExp>> = {
  // 张伟, 欧阳娜娜, 阿卜杜·热合曼; John Smith, Li Na, O'Brien (a capitalised word or two to four words).
  name: /^(?:[\u3400-\u9fff][\u3400-\u9fff·•]{1,9}|[A-Z][A-Za-z'’.-]{1,24}(?:[ ,]+[A-Za-z][A-Za-z'’.-]{0,24}){0,3})$/u,
  // Something a place is written with: a CJK admin or street word, or a house number and words.
  address:
    /[\u3400-\u9fff]{2,}.*(?:省|市|区|县|镇|乡|村|路|街|道|巷|号|弄|栋|室|小区|大厦)|^(?=.*\d)(?=.*[A-Za-z]{3,})[\w .,'#-]{8,}$/u,
  'birth-date': /^(?:19|20)\d\d[-/.年]?(?:0?[1-9]|1[0-2])[-/.月]?(?:0?[1-9]|[12]\d|3[01])日?$/,
};

/** URLs, e-mail addresses, host:port and bare numbers are never names or postal addresses. */
const NOT_A_PLACE_OR_PERSON = /^(?:[a-z][a-z0-9+.-]*:\/\/|[^@\s]+@[^@\s]+$|[\d.:[\]a-f]+$)/i;

export function plausible(kind: PiiKind, value: string): boolean {
  const shape = SHAPES[kind];
  if (!shape) return true;
  if ((kind === 'name' || kind === 'address') && NOT_A_PLACE_OR_PERSON.test(value)) return false;
  return shape.test(value);
}

/** The kind most of the sample validates as (at least MIN_VALID_SHARE of the non-empty values). */
export function kindFromSample(recognition: Recognition, sample: readonly string[]): PiiKind | undefined {
  const values = sample.map((v) => v.trim()).filter((v) => !isPlaceholder(v));
  if (values.length === 0) return undefined;
  let best: PiiKind | undefined;
  let bestShare = 0;
  for (const kind of recognition.selfEvident) {
    let ok = 0;
    for (const v of values) if (recognition.check(kind, v)) ok++;
    const share = ok / values.length;
    if (share > bestShare) {
      best = kind;
      bestShare = share;
    }
  }
  return bestShare >= MIN_VALID_SHARE ? best : undefined;
}

/** What a column is: a kind, free text to search, or nothing personal. */
export type ColumnPlan = { mode: 'kind'; kind: PiiKind } | { mode: 'text' } | { mode: 'skip' };

export function planColumn(recognition: Recognition, label: string, sample: readonly string[]): ColumnPlan {
  const labelled = label === '' ? undefined : recognition.classifyField(label);
  if (labelled) return { mode: 'kind', kind: labelled.kind };
  const kind = kindFromSample(recognition, sample);
  if (kind) return { mode: 'kind', kind };
  for (const v of sample) {
    if (v.length >= 5 && v.length <= MAX_TEXT_CELL && recognition.findAll(v).length > 0)
      return { mode: 'text' };
  }
  return { mode: 'skip' };
}

export type Cell = string | null | undefined;

/**
 * Rows of one table (a CSV file, an SQL table, a database table) into the inventory: the first
 * SAMPLE_ROWS rows are held until the columns are planned, the rest stream through.
 */
export class TableScanner {
  private columns: string[];
  private plans: ColumnPlan[] | undefined;
  private buffered: Cell[][] = [];
  private readonly base: Location;
  private readonly recognition: Recognition;
  private readonly builder: InventoryBuilder;
  private readonly locations: Location[] = [];
  rows = 0;

  constructor(
    base: Location,
    columns: readonly string[],
    recognition: Recognition,
    builder: InventoryBuilder,
  ) {
    this.base = base;
    this.columns = [...columns];
    this.recognition = recognition;
    this.builder = builder;
  }

  /** The columns' plans and locations once decided (the byte engine takes the rows over from there). */
  get planned(): { plans: readonly ColumnPlan[]; locations: readonly Location[] } | undefined {
    return this.plans ? { plans: this.plans, locations: this.locations } : undefined;
  }

  row(cells: readonly Cell[]): void {
    this.rows++;
    if (this.plans) {
      this.emit(cells);
      return;
    }
    this.buffered.push([...cells]);
    if (this.buffered.length >= SAMPLE_ROWS) this.decide();
  }

  end(): void {
    if (!this.plans) this.decide();
  }

  private decide(): void {
    const width = Math.max(this.columns.length, ...this.buffered.map((r) => r.length));
    for (let i = this.columns.length; i < width; i++) this.columns.push(`column${String(i + 1)}`);
    this.plans = this.columns.map((label, i) => {
      const sample: string[] = [];
      for (const r of this.buffered) {
        const v = r[i];
        if (typeof v === 'string' && v.trim() !== '') sample.push(v);
      }
      return planColumn(this.recognition, label, sample);
    });
    for (let i = 0; i < this.columns.length; i++) {
      this.locations.push({ ...this.base, field: this.columns[i] });
    }
    const rows = this.buffered;
    this.buffered = [];
    for (const r of rows) this.emit(r);
  }

  private emit(cells: readonly Cell[]): void {
    const plans = this.plans!;
    const hits: FieldHit[] = [];
    const n = Math.min(cells.length, plans.length);
    for (let i = 0; i < n; i++) {
      const plan = plans[i]!;
      if (plan.mode === 'skip') continue;
      const v = cells[i];
      if (typeof v !== 'string' || v === '') continue;
      const location = this.locations[i]!;
      if (plan.mode === 'kind') {
        const hit = valueHit(this.recognition, location, plan.kind, v);
        if (hit) hits.push(hit);
      } else if (v.length >= 5 && v.length <= MAX_TEXT_CELL) {
        for (const m of this.recognition.findAll(v)) hits.push(matchHit(location, m));
      }
    }
    this.builder.record(hits);
  }
}
