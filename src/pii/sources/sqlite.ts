/**
 * SQLite database files, read without SQLite ever touching the host's file.
 *
 * Opening the file in place, even `{ readonly: true }`, is not read-only in effect: SQLite takes locks,
 * creates a `-shm` file beside a WAL database (and may need write access to do so), and a later
 * read-write opener may checkpoint. `immutable=1` avoids the locks, but then a WAL database changing
 * under us can be read torn, and better-sqlite3 needs URI filenames enabled for it. Copying to a temp
 * file still writes on the host. So the bytes are read through HostRoot (the same containment rules as
 * every other read: no link out of the root, no special files), capped, and handed to SQLite as an
 * in-memory image (`new Database(buffer, { readonly: true })`, sqlite3_deserialize): nothing is created,
 * locked or written anywhere. A WAL database's header is set to rollback mode in our copy so it opens;
 * changes still only in its `-wal` file are not seen, and that is recorded as a gap.
 *
 * Each table is sampled: up to `rowLimit` rows (`sampled` in the inventory when the table has more).
 */
import Database from 'better-sqlite3';
import type { InventoryBuilder } from '../inventory.ts';
import type { Recognition } from './recognition.ts';
import { TableScanner } from './table.ts';
import type { HostRoot } from '../../host/root.ts';

export interface SqliteLimits {
  /** Largest database file read into memory; larger ones are a 'too-large' gap. */
  maxCopyBytes: number;
  /** Rows read per table. */
  rowLimit: number;
}

interface Ctx {
  root: HostRoot;
  recognition: Recognition;
  builder: InventoryBuilder;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (Buffer.isBuffer(v)) {
    // A BLOB: only short UTF-8 text inside it is worth reading.
    if (v.length > 4096) return null;
    const s = v.toString('utf8');
    return s.includes('\uFFFD') ? null : s;
  }
  return null;
}

/** Scan an SQLite image (the file's bytes) into the inventory. Pure apart from SQLite in memory. */
export function scanSqliteImage(
  image: Buffer,
  source: string,
  ctx: Omit<Ctx, 'root'>,
  rowLimit: number,
): { tables: number; records: number; sampled: boolean } {
  // WAL mode (file format versions 2/2) cannot be deserialized; rollback mode (1/1) can.
  if (image.length >= 20 && image[18] === 2 && image[19] === 2) {
    image[18] = 1;
    image[19] = 1;
  }
  const db = new Database(image, { readonly: true });
  let records = 0;
  let sampledAny = false;
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
      )
      .all() as { name: string }[];
    for (const { name } of tables) {
      const columns = (db.prepare(`PRAGMA table_info(${quoteIdent(name)})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      const total = (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(name)}`).get() as { n: number }).n;
      const sampled = total > rowLimit;
      sampledAny ||= sampled;
      const table = new TableScanner(
        { source, format: 'sqlite', table: name, sampled },
        columns,
        ctx.recognition,
        ctx.builder,
      );
      const stmt = db.prepare(`SELECT * FROM ${quoteIdent(name)} LIMIT ?`).raw(true);
      for (const row of stmt.iterate(rowLimit) as Iterable<unknown[]>) table.row(row.map(cellText));
      table.end();
      records += table.rows;
    }
    return { tables: tables.length, records, sampled: sampledAny };
  } finally {
    db.close();
  }
}

export async function scanSqliteFile(ctx: Ctx, path: string, limits: SqliteLimits): Promise<void> {
  const { root, builder } = ctx;
  const info = await root.stat(path);
  if (!info.ok) {
    if (!info.missing) builder.gap(path, info.reason, info.detail);
    return;
  }
  if (info.size > limits.maxCopyBytes) {
    builder.gap(
      path,
      'too-large',
      `SQLite database of ${String(info.size)} bytes; up to ${String(limits.maxCopyBytes)} are read`,
    );
    return;
  }
  const read = await root.readBytes(path, { maxBytes: limits.maxCopyBytes, allowBinary: true });
  if (!read.ok) {
    if (!read.missing) builder.gap(path, read.reason, read.detail);
    return;
  }
  try {
    const result = scanSqliteImage(Buffer.from(read.bytes), path, ctx, limits.rowLimit);
    builder.source({ source: path, format: 'sqlite', records: result.records, sampled: result.sampled });
  } catch (error) {
    builder.gap(path, 'read-error', `not a readable SQLite database: ${(error as Error).message}`);
    return;
  }
  const wal = await root.stat(`${path}-wal`);
  if (wal.ok && wal.size > 0) {
    builder.gap(
      `${path}-wal`,
      'truncated',
      'write-ahead log not read: changes not yet checkpointed are missing',
    );
  }
}
