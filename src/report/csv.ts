/**
 * CSV for spreadsheets (RFC 4180: CRLF, quotes doubled). A cell that a spreadsheet would run as a
 * formula (= + - @, tab, CR at the start) gets a leading apostrophe: paths and package names come from
 * the audited host and must not become formulas in the operator's spreadsheet.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows → a CSV document with a trailing CRLF. */
export function csvDocument(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return rows.map(csvRow).join('\r\n') + '\r\n';
}
