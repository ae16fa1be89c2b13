/**
 * Excel workbooks (.xlsx), streamed: each sheet is a table (its first row a header when it looks like
 * one), read row by row with ExcelJS's streaming reader from bytes read through HostRoot. Cell values
 * are taken as text: strings, numbers, dates (ISO), rich text (joined), formula results, hyperlink text.
 * Legacy binary .xls is not read.
 */
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { InventoryBuilder } from '../inventory.ts';
import { isHeader } from './csv.ts';
import type { Recognition } from './recognition.ts';
import { TableScanner, type Cell } from './table.ts';

interface Ctx {
  recognition: Recognition;
  builder: InventoryBuilder;
}

/** One cell value as text. */
export function xlsxCellText(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'object') {
    const o = v as { richText?: { text?: string }[]; result?: unknown; text?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text ?? '').join('');
    if ('result' in o) return xlsxCellText(o.result);
    if (typeof o.text === 'string') return o.text;
  }
  return null;
}

/** Stream a workbook into the inventory; returns the rows read. Throws on a corrupt workbook. */
export async function scanXlsx(source: string, bytes: AsyncIterable<Buffer>, ctx: Ctx): Promise<number> {
  // Loaded on first use: exceljs costs ~270 ms to import, which every scan would pay otherwise.
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let total = 0;
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name ?? 'sheet';
    let table: TableScanner | undefined;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      const cells = values.slice(1).map(xlsxCellText);
      if (!table) {
        const texts = cells.map((c) => c ?? '');
        if (isHeader(ctx.recognition, texts)) {
          table = new TableScanner(
            { source, format: 'xlsx', table: name },
            texts.map((t) => t.trim()),
            ctx.recognition,
            ctx.builder,
          );
          continue;
        }
        table = new TableScanner({ source, format: 'xlsx', table: name }, [], ctx.recognition, ctx.builder);
      }
      table.row(cells);
    }
    if (table) {
      table.end();
      total += table.rows;
    }
  }
  return total;
}
