/**
 * MySQL/MariaDB and PostgreSQL databases the user points at (`--db mysql://…`, `--db postgres://…`).
 *
 * Read-only and bounded: one connection, a read-only transaction (`START TRANSACTION READ ONLY` /
 * `BEGIN READ ONLY`), a statement timeout (`statement_timeout`, MariaDB `max_statement_time`, MySQL
 * `max_execution_time`), tables and columns from information_schema (system schemas left out), and at
 * most `rowLimit` rows per table (`sampled` when a table has more). The transaction is rolled back.
 * Location names carry the URL without its password.
 */
import type mysql from 'mysql2/promise';
import { HeguiError } from '../../core/errors.ts';
import type { InventoryBuilder } from '../inventory.ts';
import type { Recognition } from './recognition.ts';
import { TableScanner, type Cell } from './table.ts';

export interface DatabaseLimits {
  rowLimit: number;
  /** Per statement, milliseconds. */
  statementTimeoutMs: number;
  connectTimeoutMs: number;
  /** Tables read at most (the rest is a 'truncated' gap). */
  maxTables: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  rowLimit: 10_000,
  statementTimeoutMs: 15_000,
  connectTimeoutMs: 5_000,
  maxTables: 2_000,
};

export type DatabaseKind = 'postgres' | 'mysql';

export function databaseKind(url: string): DatabaseKind | undefined {
  const scheme = /^([a-z0-9+]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return 'postgres';
  if (scheme === 'mysql' || scheme === 'mariadb') return 'mysql';
  return undefined;
}

/** The URL as shown in the inventory: no password, no query. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    u.search = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/:\/\/([^:/@]+):[^@/]*@/, '://$1@').replace(/\?.*$/, '');
  }
}

interface Ctx {
  recognition: Recognition;
  builder: InventoryBuilder;
}

interface ColumnRow {
  schema: string;
  table: string;
  column: string;
}

function groupTables(
  rows: readonly ColumnRow[],
): Map<string, { schema: string; table: string; columns: string[] }> {
  const tables = new Map<string, { schema: string; table: string; columns: string[] }>();
  for (const r of rows) {
    const key = `${r.schema}.${r.table}`;
    let t = tables.get(key);
    if (!t) {
      t = { schema: r.schema, table: r.table, columns: [] };
      tables.set(key, t);
    }
    t.columns.push(r.column);
  }
  return tables;
}

function cellText(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (Buffer.isBuffer(v)) {
    if (v.length > 4096) return null;
    const s = v.toString('utf8');
    return s.includes('\uFFFD') ? null : s;
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return null;
}

function unreachable(url: string, error: unknown): HeguiError {
  return new HeguiError(
    'HEGUI_E_PII_DB',
    `cannot read the database ${displayUrl(url)}: ${(error as Error).message}`,
    { cause: error },
  );
}

async function scanPostgres(url: string, ctx: Ctx, limits: DatabaseLimits): Promise<void> {
  const source = displayUrl(url);
  // The drivers are loaded when a database is asked for, not on every scan.
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    query_timeout: limits.statementTimeoutMs + 1000,
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw unreachable(url, error);
  }
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${String(Math.floor(limits.statementTimeoutMs))}`);
    const cols = await client.query<ColumnRow>(
      `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.table_schema NOT LIKE 'pg\\_%'
          AND t.table_type IN ('BASE TABLE', 'VIEW')
        ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
    );
    await readTables(
      ctx,
      source,
      'postgres',
      groupTables(cols.rows),
      limits,
      async (schema, table, columns) => {
        const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
        // A failed statement (a timeout, a permission) aborts a PostgreSQL transaction: a savepoint per
        // table keeps the other tables readable.
        await client.query('SAVEPOINT hegui_table');
        try {
          const res = await client.query({
            text: `SELECT ${columns.map(q).join(', ')} FROM ${q(schema)}.${q(table)} LIMIT ${String(limits.rowLimit + 1)}`,
            rowMode: 'array',
          });
          await client.query('RELEASE SAVEPOINT hegui_table');
          return res.rows as unknown[][];
        } catch (error) {
          await client.query('ROLLBACK TO SAVEPOINT hegui_table');
          throw error;
        }
      },
    );
    await client.query('ROLLBACK');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function scanMysql(url: string, ctx: Ctx, limits: DatabaseLimits): Promise<void> {
  const source = displayUrl(url);
  let conn: mysql.Connection;
  try {
    const { default: driver } = await import('mysql2/promise');
    conn = await driver.createConnection({
      uri: url,
      connectTimeout: limits.connectTimeoutMs,
      dateStrings: true,
    });
  } catch (error) {
    throw unreachable(url, error);
  }
  try {
    // MariaDB: seconds; MySQL: milliseconds. Each server ignores (rejects) the other's variable.
    await conn
      .query(`SET SESSION max_statement_time = ${String(limits.statementTimeoutMs / 1000)}`)
      .catch(() => undefined);
    await conn
      .query(`SET SESSION max_execution_time = ${String(limits.statementTimeoutMs)}`)
      .catch(() => undefined);
    await conn.query('START TRANSACTION READ ONLY');
    const [rows] = await conn.query({
      sql: `SELECT c.TABLE_SCHEMA AS \`schema\`, c.TABLE_NAME AS \`table\`, c.COLUMN_NAME AS \`column\`
              FROM information_schema.COLUMNS c
             WHERE c.TABLE_SCHEMA NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
               AND (DATABASE() IS NULL OR c.TABLE_SCHEMA = DATABASE())
             ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION`,
      timeout: limits.statementTimeoutMs,
    });
    await readTables(
      ctx,
      source,
      'mysql',
      groupTables(rows as ColumnRow[]),
      limits,
      async (schema, table, columns) => {
        const q = (s: string) => `\`${s.replace(/`/g, '``')}\``;
        const [data] = await conn.query({
          sql: `SELECT ${columns.map(q).join(', ')} FROM ${q(schema)}.${q(table)} LIMIT ${String(limits.rowLimit + 1)}`,
          rowsAsArray: true,
          timeout: limits.statementTimeoutMs,
        });
        return data as unknown[][];
      },
    );
    await conn.query('ROLLBACK');
  } finally {
    await conn.end().catch(() => undefined);
  }
}

async function readTables(
  ctx: Ctx,
  source: string,
  format: DatabaseKind,
  tables: Map<string, { schema: string; table: string; columns: string[] }>,
  limits: DatabaseLimits,
  select: (schema: string, table: string, columns: string[]) => Promise<unknown[][]>,
): Promise<void> {
  let records = 0;
  let sampledAny = false;
  let n = 0;
  for (const [key, t] of tables) {
    if (n++ >= limits.maxTables) {
      ctx.builder.gap(source, 'truncated', `only the first ${String(limits.maxTables)} tables were read`);
      break;
    }
    let rows: unknown[][];
    try {
      rows = await select(t.schema, t.table, t.columns);
    } catch (error) {
      ctx.builder.gap(`${source}#${key}`, 'read-error', (error as Error).message);
      continue;
    }
    const sampled = rows.length > limits.rowLimit;
    sampledAny ||= sampled;
    const scanner = new TableScanner(
      { source, format, table: key, sampled },
      t.columns,
      ctx.recognition,
      ctx.builder,
    );
    for (const row of rows.slice(0, limits.rowLimit)) scanner.row(row.map(cellText));
    scanner.end();
    records += scanner.rows;
  }
  ctx.builder.source({ source, format, records, sampled: sampledAny });
}

/** Read a database into the inventory. Throws HEGUI_E_PII_DB when it cannot be reached or read. */
export async function scanDatabase(
  url: string,
  ctx: Ctx,
  limits: Partial<DatabaseLimits> = {},
): Promise<void> {
  const all = { ...DEFAULT_DATABASE_LIMITS, ...limits };
  const kind = databaseKind(url);
  if (!kind) {
    throw new HeguiError(
      'HEGUI_E_PII_DB',
      `unsupported database URL ${displayUrl(url)}: use postgres://… or mysql://…`,
    );
  }
  try {
    if (kind === 'postgres') await scanPostgres(url, ctx, all);
    else await scanMysql(url, ctx, all);
  } catch (error) {
    if (error instanceof HeguiError) throw error;
    throw unreachable(url, error);
  }
}
