import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir, openStore } from './db.ts';
import { DIALECTS, testStore } from './test-stores.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'hegui-db-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const code = (c: string): unknown => expect.objectContaining({ code: c });

describe('dataDir', () => {
  it('prefers HEGUI_DATA_DIR, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(dataDir({ HEGUI_DATA_DIR: '/d', XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/d');
    expect(dataDir({ XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/x/hegui');
    expect(dataDir({ HOME: '/h' })).toBe('/h/.local/share/hegui');
  });
});

describe('openStore', () => {
  it('refuses a --db that is not a postgres URL', async () => {
    await expect(openStore({ url: 'mysql://root@localhost/x' })).rejects.toThrow(code('HEGUI_E_USAGE'));
  });

  it('gives HEGUI_E_STORE for a data directory that is a file, and for an unreachable server', async () => {
    const file = path.join(tmp, 'file');
    await writeFile(file, 'x');
    await expect(openStore({ dataDir: file })).rejects.toThrow(code('HEGUI_E_STORE'));
    await expect(openStore({ url: 'postgres://postgres@127.0.0.1:1/test' })).rejects.toThrow(
      code('HEGUI_E_STORE'),
    );
  });

  it('gives HEGUI_E_STORE for a SQLite file that is not a database', async () => {
    const dir = path.join(tmp, 'corrupt');
    await openStore({ dataDir: dir }).then((s) => s.close());
    await writeFile(path.join(dir, 'hegui.sqlite'), 'this is not sqlite'.repeat(100));
    await rm(path.join(dir, 'hegui.sqlite-wal'), { force: true });
    await rm(path.join(dir, 'hegui.sqlite-shm'), { force: true });
    await expect(openStore({ dataDir: dir })).rejects.toThrow(code('HEGUI_E_STORE'));
  });

  it.each(DIALECTS)(
    'on %s: migrates once, reopens, and refuses a store from a newer hegui',
    async (dialect) => {
      const t = await testStore(dialect);
      try {
        const db = t.store.db;
        const applied = await db
          .selectFrom('hegui_migration' as never)
          .selectAll()
          .execute();
        expect(applied).toHaveLength(1);
        await db
          .insertInto('hegui_migration' as never)
          .values({ name: '9999_from_the_future', timestamp: new Date().toISOString() })
          .execute();
        const { migrate } = await import('./migrations.ts');
        await expect(migrate(db)).rejects.toThrow(code('HEGUI_E_STORE'));
      } finally {
        await t.dispose();
      }
    },
  );
});
