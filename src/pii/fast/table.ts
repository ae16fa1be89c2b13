/**
 * A table (a CSV file, an SQL dump's table) from byte rows: the first rows go, as strings, through the
 * string path's TableScanner, which plans the columns from their labels and a sample exactly as for every
 * other source; from then on each row is judged on its bytes (CellJudge) with the same plans. A row is one
 * record of one person, as in TableScanner.
 */
import type { InventoryBuilder, Location, RowAcc } from '../inventory.ts';
import { RecordDraft } from '../inventory.ts';
import type { Recognition } from '../sources/recognition.ts';
import { MAX_TEXT_CELL, TableScanner, type Cell, type ColumnPlan } from '../sources/table.ts';
import type { CellJudge } from './cells.ts';
import { CELL_NULL, CELL_PLAIN, type ByteRow } from './types.ts';
import { kindCode } from './validate.ts';
import type { PiiKind } from '../types.ts';

/** The text of a row's cell (the parser's unescaping for escaped cells). */
export type RowText = (row: ByteRow, i: number) => string;

export class ByteTable {
  private readonly scanner: TableScanner;
  private plans: readonly ColumnPlan[] | undefined;
  private locations: readonly Location[] = [];
  private accs: (RowAcc | undefined)[] = [];
  /** Per column: 0 skipped, -1 free text, else the kind's code (kindCode). */
  private codes = new Int8Array(0);
  /** Per column: the kind of a column of known kind. */
  private kinds: (PiiKind | undefined)[] = [];
  private readonly draft = new RecordDraft();
  private readonly judge: CellJudge;
  private readonly builder: InventoryBuilder;
  private readonly rowText: RowText;
  private row: ByteRow | undefined;
  /** CellText over the current row. */
  private readonly text = { cellText: (i: number): string => this.rowText(this.row!, i) };
  rows = 0;

  constructor(
    base: Location,
    columns: readonly string[],
    recognition: Recognition,
    builder: InventoryBuilder,
    judge: CellJudge,
    rowText: RowText,
  ) {
    this.scanner = new TableScanner(base, columns, recognition, builder);
    this.judge = judge;
    this.builder = builder;
    this.rowText = rowText;
    this.draft.groups = builder.newKeyGroups();
  }

  /** The row's cells as the string path's cells. */
  cells(row: ByteRow): Cell[] {
    const out: Cell[] = [];
    for (let i = 0; i < row.count; i++) out.push(row.flags[i] === CELL_NULL ? null : this.rowText(row, i));
    return out;
  }

  push(row: ByteRow): void {
    if (!this.plans) {
      this.scanner.row(this.cells(row));
      this.rows = this.scanner.rows;
      const planned = this.scanner.planned;
      if (planned) {
        this.plans = planned.plans;
        this.locations = planned.locations;
        this.accs = planned.plans.map(() => undefined);
        this.codes = Int8Array.from(planned.plans, (p) =>
          p.mode === 'skip' ? 0 : p.mode === 'kind' ? kindCode(p.kind) : -1,
        );
        this.kinds = planned.plans.map((p) => (p.mode === 'kind' ? p.kind : undefined));
      }
      return;
    }
    this.rows++;
    this.row = row;
    const plans = this.plans;
    const codes = this.codes;
    const d = this.draft;
    d.clear();
    const n = Math.min(row.count, plans.length);
    const { buf, starts, ends, flags } = row;
    for (let i = 0; i < n; i++) {
      const code = codes[i]!;
      if (code === 0) continue;
      const flag = flags[i]!;
      if (flag === CELL_NULL) continue;
      const s = starts[i]!;
      const e = ends[i]!;
      if (flag === CELL_PLAIN && s === e) continue; // '' is no value
      if (code > 0) {
        this.accs[i] = this.judge.codedCell(
          d,
          this.locations[i]!,
          this.kinds[i]!,
          code,
          this.accs[i],
          buf,
          s,
          e,
          flag === CELL_PLAIN,
          this.text,
          i,
        );
      } else if (
        flag !== CELL_PLAIN ||
        !this.judge.textBytes(d, this.locations[i]!, buf, s, e, 5, MAX_TEXT_CELL)
      ) {
        const v = this.text.cellText(i);
        if (v.length >= 5 && v.length <= MAX_TEXT_CELL) this.judge.textCell(d, this.locations[i]!, v);
      }
    }
    this.builder.recordDraft(d);
  }

  end(): void {
    if (!this.plans) {
      this.scanner.end();
      this.rows = this.scanner.rows;
    }
    // The table's key groups into its columns now, so their counters are freed before the next source.
    this.draft.groups?.flush();
  }
}
