/**
 * The storage layer (DESIGN §7): Kysely over better-sqlite3 (a file in the user's data directory) or
 * PostgreSQL (`postgres://…`). Queries are dialect-neutral: text ids and ISO timestamps made in the app,
 * JSON kept as text, booleans as 0/1 integers.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { HeguiError } from '../core/errors.ts';
import { migrate } from './migrations.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export type Dialect = 'sqlite' | 'postgres';

export interface OpenOptions {
  /** A postgres:// or postgresql:// URL; absent: the SQLite file in the data directory. */
  url?: string;
  /** Where the SQLite file lives (see dataDir). */
  dataDir?: string;
  /** PostgreSQL only: the schema to use (created when missing); tests use a unique one per run. */
  schema?: string;
}

export interface Store {
  db: Db;
  dialect: Dialect;
  /** Where the data lives, for messages: the SQLite file or the URL without its password. */
  location: string;
  close(): Promise<void>;
}

/** HEGUI_DATA_DIR, else $XDG_DATA_HOME/hegui, else ~/.local/share/hegui. */
export function dataDir(env: NodeJS.ProcessEnv): string {
  if (env.HEGUI_DATA_DIR) return env.HEGUI_DATA_DIR;
  if (env.XDG_DATA_HOME) return path.join(env.XDG_DATA_HOME, 'hegui');
  return path.join(env.HOME ?? homedir(), '.local', 'share', 'hegui');
}

export const SQLITE_FILE = 'hegui.sqlite';

const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:****@');
}

function storeError(location: string, error: unknown): HeguiError {
  return new HeguiError(
    'HEGUI_E_STORE',
    `cannot open the store at ${location}: ${(error as Error).message}`,
    {
      cause: error,
    },
  );
}

/** Open (creating when needed) the store and bring its schema up to date. */
export async function openStore(opts: OpenOptions): Promise<Store> {
  if (opts.url !== undefined && opts.url !== '') {
    if (!isPostgresUrl(opts.url))
      throw new HeguiError('HEGUI_E_USAGE', `--db must be a postgres:// URL, not "${redact(opts.url)}"`);
    return openPostgres(opts.url, opts.schema);
  }
  const dir = opts.dataDir ?? dataDir(process.env);
  const file = path.join(dir, SQLITE_FILE);
  let db: Db;
  try {
    mkdirSync(dir, { recursive: true });
    const database = new SqliteDatabase(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  } catch (error) {
    throw storeError(file, error);
  }
  return ready({ db, dialect: 'sqlite', location: file, close: () => db.destroy() });
}

async function openPostgres(url: string, schema: string | undefined): Promise<Store> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new HeguiError('HEGUI_E_USAGE', `invalid PostgreSQL schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const location = redact(url);
  if (schema !== undefined) {
    try {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    } catch (error) {
      await db.destroy();
      throw storeError(location, error);
    }
  }
  return ready({ db, dialect: 'postgres', location, close: () => db.destroy() });
}

async function ready(store: Store): Promise<Store> {
  try {
    await migrate(store.db);
  } catch (error) {
    await store.close();
    throw error instanceof HeguiError ? error : storeError(store.location, error);
  }
  return store;
}
