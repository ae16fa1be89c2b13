/**
 * Test helper: a fresh store per dialect (DESIGN §7 — every repository test runs on both). SQLite in a
 * temp directory; PostgreSQL at HEGUI_TEST_PG (default postgres://postgres@127.0.0.1:5432/test) in a
 * schema of its own, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openStore, type Dialect, type Store } from './db.ts';

export const TEST_PG_URL = process.env.HEGUI_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export interface TestStore {
  store: Store;
  /** PostgreSQL: a --db URL that reaches this store's schema (search_path in the connection options). */
  url?: string;
  dispose(): Promise<void>;
}

export async function testStore(dialect: Dialect): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'hegui-store-'));
    const store = await openStore({ dataDir: dir });
    return {
      store,
      async dispose() {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `hegui_test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ url: TEST_PG_URL, schema });
  const url = `${TEST_PG_URL}${TEST_PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    store,
    url,
    async dispose() {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    },
  };
}
