/**
 * SQL dumps (mysqldump, pg_dump, pg_dump --inserts, SQLite .dump): an incremental parser fed text
 * chunks. It splits statements at `;` outside strings, quoted identifiers and comments, reads column
 * names from `CREATE TABLE`, rows from `INSERT INTO … [(cols)] VALUES (…),(…)` (strings with `''` and,
 * in MySQL dumps, backslash escapes; NULL; numbers; `_binary '…'`, `X'…'`, `0x…`), and the tab-separated
 * rows of `COPY … FROM stdin;` blocks up to `\.`. Everything else is skipped. Pure: text in, rows out.
 */

export type DumpEvent =
  | { type: 'columns'; table: string; columns: string[] }
  | { type: 'row'; table: string; columns: string[] | undefined; cells: (string | null)[] };

/** A statement longer than this is skipped (no dump writes single statements this large). */
export const MAX_STATEMENT = 256 * 1024 * 1024;

const CONSTRAINT_WORDS = new Set([
  'primary',
  'key',
  'unique',
  'constraint',
  'index',
  'foreign',
  'check',
  'fulltext',
  'spatial',
  'exclude',
  'period',
]);

/** An identifier as written (`name`, "name", [name], schema.name) without its quotes. */
export function unquoteIdent(raw: string): string {
  return raw
    .trim()
    .split('.')
    .map((p) => p.trim().replace(/^[`"[]|[`"\]]$/g, ''))
    .join('.');
}

/** Split at top-level commas (outside parentheses and quotes). */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const IDENT = /^\s*(`[^`]+`|"[^"]+"|\[[^\]]+\]|[\p{L}_][\p{L}\p{N}_$]*)/u;

export function parseCreateTable(stmt: string): { table: string; columns: string[] } | undefined {
  const head =
    /^\s*create\s+(?:(?:global\s+|local\s+)?(?:temporary|temp|unlogged)\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:(?:`[^`]+`|"[^"]+"|[\w$]+)\s*\.\s*)?(?:`[^`]+`|"[^"]+"|[\w$]+))\s*\(/i.exec(
      stmt,
    );
  if (!head) return undefined;
  const open = head[0].length - 1;
  const close = stmt.lastIndexOf(')');
  if (close <= open) return undefined;
  const columns: string[] = [];
  for (const part of splitTopLevel(stmt.slice(open + 1, close))) {
    const m = IDENT.exec(part);
    if (!m) continue;
    const raw = m[1]!;
    if (!/^[`"[]/.test(raw) && CONSTRAINT_WORDS.has(raw.toLowerCase())) continue;
    columns.push(unquoteIdent(raw));
  }
  return { table: unquoteIdent(head[1]!), columns };
}

/** Parse the tuples after VALUES. `backslash`: MySQL-style escapes inside strings. */
export function parseValues(text: string, backslash: boolean): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let i = 0;
  const n = text.length;
  const skipSpace = (): void => {
    while (i < n && /\s/.test(text[i]!)) i++;
  };
  while (i < n) {
    skipSpace();
    if (text[i] !== '(') {
      // a separator, or the end of the statement
      i++;
      continue;
    }
    i++;
    const row: (string | null)[] = [];
    for (;;) {
      skipSpace();
      if (i >= n) break;
      const c = text[i]!;
      if (c === ')') {
        i++;
        break;
      }
      if (c === ',') {
        i++;
        continue;
      }
      // String literal, possibly with a prefix (_binary, _utf8mb4, N, E, X, B).
      const prefix = /^(?:_[a-z0-9]+\s*|[NnEeXxBb])'/.exec(text.slice(i, i + 16));
      if (c === "'" || prefix) {
        const hex = prefix !== null && /^[Xx]/.test(prefix[0]);
        const escapes = backslash || (prefix !== null && /^[Ee]/.test(prefix[0]));
        i += prefix ? prefix[0].length : 1;
        let value = '';
        while (i < n) {
          const ch = text[i]!;
          if (ch === '\\' && escapes && i + 1 < n) {
            const next = text[i + 1]!;
            value +=
              next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next === '0' ? '\0' : next;
            i += 2;
            continue;
          }
          if (ch === "'") {
            if (text[i + 1] === "'") {
              value += "'";
              i += 2;
              continue;
            }
            i++;
            break;
          }
          value += ch;
          i++;
        }
        row.push(hex ? Buffer.from(value, 'hex').toString('utf8') : value);
        continue;
      }
      // Bare token: NULL, a number, 0x…, a function call (kept raw, parentheses balanced).
      let j = i;
      let depth = 0;
      while (j < n) {
        const ch = text[j]!;
        if (ch === '(') depth++;
        else if (ch === ')') {
          if (depth === 0) break;
          depth--;
        } else if (ch === ',' && depth === 0) break;
        else if (ch === "'") {
          const end = text.indexOf("'", j + 1);
          j = end < 0 ? n : end;
        }
        j++;
      }
      const token = text.slice(i, j).trim();
      i = j;
      if (/^null$/i.test(token)) row.push(null);
      else if (/^0x[0-9a-f]+$/i.test(token)) row.push(Buffer.from(token.slice(2), 'hex').toString('utf8'));
      else row.push(token);
    }
    rows.push(row);
  }
  return rows;
}

export function parseInsert(
  stmt: string,
  backslash: boolean,
): { table: string; columns: string[] | undefined; rows: (string | null)[][] } | undefined {
  const m =
    /^\s*(?:insert|replace)\s+(?:(?:low_priority|delayed|high_priority|ignore)\s+)*(?:into\s+)?((?:(?:`[^`]+`|"[^"]+"|[\w$]+)\s*\.\s*)?(?:`[^`]+`|"[^"]+"|[\w$]+))\s*(\(([^)]*)\))?\s*values\s*/i.exec(
      stmt,
    );
  if (!m) return undefined;
  const columns = m[3] === undefined ? undefined : m[3].split(',').map(unquoteIdent);
  return { table: unquoteIdent(m[1]!), columns, rows: parseValues(stmt.slice(m[0].length), backslash) };
}

/** Unescape one field of a COPY text-format row; `\N` is NULL. */
export function copyField(raw: string): string | null {
  if (raw === '\\N') return null;
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(.)/g, (_m, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === 'b' ? '\b' : c === 'f' ? '\f' : c,
  );
}

/** `SET standard_conforming_strings …`: whether the strings after it take backslash escapes. */
export function backslashAfter(stmt: string): boolean {
  return !/=\s*'?on/i.test(stmt) && !/to\s+'?on/i.test(stmt);
}

/** `COPY table [(columns)] FROM stdin`: the table, and the columns it names (undefined: none named). */
export function parseCopy(stmt: string): { table: string; columns: string[] | undefined } | undefined {
  const m =
    /^copy\s+((?:(?:"[^"]+"|[\w$]+)\s*\.\s*)?(?:"[^"]+"|[\w$]+))\s*(?:\(([^)]*)\))?\s*from\s+stdin/i.exec(
      stmt,
    );
  if (!m) return undefined;
  return {
    table: unquoteIdent(m[1]!),
    columns: m[2] === undefined ? undefined : m[2].split(',').map(unquoteIdent),
  };
}

export class SqlDumpParser {
  private statement = '';
  private quote = '';
  private comment: '' | 'line' | 'block' = '';
  private escapeNext = false;
  private oversized = false;
  /** Inside a COPY block: its table and columns; the rest of a partial line. */
  private copy: { table: string; columns: string[] | undefined } | undefined;
  private copyLine = '';
  /** After `COPY … FROM stdin;` the rest of that line is not data. */
  private skipToLineEnd = false;
  private lineStart = true;
  /** MySQL dumps escape with backslashes; PostgreSQL (standard_conforming_strings) does not. */
  backslash = true;
  statements = 0;
  skipped = 0;
  private readonly columns = new Map<string, string[]>();

  /** The trailing `-`, `/`, `*` of the previous push: they may start a two-character token (`--`, `/*`, `*\/`). */
  private hold = '';

  push(chunk: string): DumpEvent[] {
    const out: DumpEvent[] = [];
    let text = this.hold + chunk;
    this.hold = '';
    const tail = this.copy ? undefined : /[-/*]{1,64}$/.exec(text);
    if (tail) {
      this.hold = tail[0];
      text = text.slice(0, tail.index);
    }
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.copy) {
        if (this.skipToLineEnd) {
          const eol = text.indexOf('\n', i);
          if (eol < 0) break;
          i = eol + 1;
          this.skipToLineEnd = false;
          continue;
        }
        const nl = text.indexOf('\n', i);
        if (nl < 0) {
          this.copyLine += text.slice(i);
          break;
        }
        const line = (this.copyLine + text.slice(i, nl)).replace(/\r$/, '');
        this.copyLine = '';
        i = nl + 1;
        if (line === '\\.') {
          this.copy = undefined;
          this.lineStart = true;
          continue;
        }
        out.push({
          type: 'row',
          table: this.copy.table,
          columns: this.copy.columns,
          cells: line.split('\t').map(copyField),
        });
        continue;
      }
      const c = text[i]!;
      if (this.comment === 'line') {
        const nl = text.indexOf('\n', i);
        if (nl < 0) break;
        this.comment = '';
        this.lineStart = true;
        i = nl + 1;
        continue;
      }
      if (this.comment === 'block') {
        const end = text.indexOf('*/', i);
        if (end < 0) break; // a '*' at the very end of a chunk followed by '/' in the next: rare, tolerated
        this.comment = '';
        i = end + 2;
        continue;
      }
      if (this.quote) {
        if (this.escapeNext) this.escapeNext = false;
        else if (c === '\\' && this.quote === "'" && this.backslash) this.escapeNext = true;
        else if (c === this.quote) this.quote = '';
        this.append(c);
        i++;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') {
        this.quote = c;
        this.append(c);
        i++;
        this.lineStart = false;
        continue;
      }
      if (c === '-' && text[i + 1] === '-' && this.statement.trim() === '') {
        this.comment = 'line';
        i += 2;
        continue;
      }
      if (c === '#' && this.lineStart && this.statement.trim() === '') {
        this.comment = 'line';
        i++;
        continue;
      }
      if (c === '/' && text[i + 1] === '*' && text[i + 2] !== '!') {
        this.comment = 'block';
        i += 2;
        continue;
      }
      if (c === ';') {
        this.finish(out);
        i++;
        continue;
      }
      this.lineStart = c === '\n';
      // A run of plain characters.
      let j = i + 1;
      while (j < n) {
        const d = text[j]!;
        if (
          d === "'" ||
          d === '"' ||
          d === '`' ||
          d === ';' ||
          d === '-' ||
          d === '#' ||
          d === '/' ||
          d === '\n'
        )
          break;
        j++;
      }
      if (j > i + 1 || c !== '\n') this.append(text.slice(i, j));
      else this.append(c);
      if (j > i + 1) this.lineStart = false;
      i = j;
    }
    return out;
  }

  end(): DumpEvent[] {
    const out: DumpEvent[] = [];
    if (this.hold !== '') {
      const held = this.hold;
      this.hold = '';
      if (this.copy) this.copyLine += held;
      else if (!this.comment) this.append(held);
    }
    if (this.copy && this.copyLine !== '') {
      out.push({
        type: 'row',
        table: this.copy.table,
        columns: this.copy.columns,
        cells: this.copyLine.split('\t').map(copyField),
      });
    }
    if (!this.copy && this.statement.trim() !== '') this.finish(out);
    return out;
  }

  private append(s: string): void {
    if (this.oversized) return;
    if (this.statement.length + s.length > MAX_STATEMENT) {
      this.oversized = true;
      this.statement = '';
      return;
    }
    this.statement += s;
  }

  private finish(out: DumpEvent[]): void {
    const stmt = this.statement;
    const oversized = this.oversized;
    this.statement = '';
    this.oversized = false;
    this.lineStart = false;
    if (oversized) {
      this.skipped++;
      return;
    }
    const trimmed = stmt.trimStart();
    if (trimmed === '') return;
    this.statements++;
    const head = trimmed.slice(0, 64).toLowerCase();
    if (head.startsWith('set standard_conforming_strings')) {
      this.backslash = backslashAfter(trimmed);
      return;
    }
    if (head.startsWith('create')) {
      const t = parseCreateTable(trimmed);
      if (t) {
        this.columns.set(t.table, t.columns);
        out.push({ type: 'columns', table: t.table, columns: t.columns });
      }
      return;
    }
    if (head.startsWith('insert') || head.startsWith('replace')) {
      const ins = parseInsert(trimmed, this.backslash);
      if (!ins) return;
      const columns = ins.columns ?? this.columns.get(ins.table);
      for (const cells of ins.rows) out.push({ type: 'row', table: ins.table, columns, cells });
      return;
    }
    if (head.startsWith('copy')) {
      const c = parseCopy(trimmed);
      if (c) {
        this.copy = { table: c.table, columns: c.columns ?? this.columns.get(c.table) };
        // The data starts on the line after the statement's ';'.
        this.copyLine = '';
        this.skipToLineEnd = true;
      }
    }
  }
}
