import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PiiInventory } from '../../pii/inventory.ts';
import { fakePeople } from '../../pii/sources/people.fixture.ts';
import { runHegui } from '../../assess/testing.ts';

let dir: string;
const people = fakePeople(12, 21, 6);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hegui-pii-cli-'));
  mkdirSync(path.join(dir, 'var/www/app/export'), { recursive: true });
  mkdirSync(path.join(dir, 'etc'), { recursive: true });
  writeFileSync(
    path.join(dir, 'var/www/app/export/members.csv'),
    `name,mobile,id_card\n${people.map((p) => `${p.name},${p.phone},${p.id}`).join('\n')}\n`,
  );
  writeFileSync(path.join(dir, 'var/www/app/index.php'), `<?php // ${people[0]!.phone}\n`);
  writeFileSync(path.join(dir, 'etc/notes.csv'), `mobile\n${people[0]!.phone}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runHegui(args);

describe('hegui pii inventory', () => {
  it('walks the default places, reads data files only, and prints JSON', async () => {
    const { code, stdout } = await run(['pii', 'inventory', '--root', dir, '--format', 'json']);
    expect(code).toBe(0);
    const inv = JSON.parse(stdout) as PiiInventory;
    expect(inv.version).toBe(1);
    expect(inv.scannedAt).toBe('2026-11-23T10:00:00.000Z');
    // /etc is not a default place; index.php is not a data file.
    expect([...new Set(inv.rows.map((r) => r.source))]).toEqual(['/var/www/app/export/members.csv']);
    expect(inv.totals).toMatchObject({ people: 12, minors: 2 });
    expect(stdout).not.toContain(people[0]!.id);
  });

  it('--path reads the named places; CSV has one line per location and kind', async () => {
    const { code, stdout } = await run([
      'pii',
      'inventory',
      '--root',
      dir,
      '--path',
      '/etc/notes.csv',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^location,source,format,table,field,kind,records/);
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(/^\/etc\/notes\.csv#mobile,\/etc\/notes\.csv,csv,,mobile,mobile,1,0,plaintext/);
  });

  it('text output names the place, the kind and the count', async () => {
    const { stdout } = await run(['pii', 'inventory', '--root', dir, '--lang', 'en']);
    expect(stdout).toMatch(
      /\/var\/www\/app\/export\/members\.csv#id_card: 12 records of ID numbers in plaintext/,
    );
  });

  it('bad input is a coded error with exit 2', async () => {
    expect((await run(['pii', 'inventory', '--root', dir, '--path', '/missing'])).stderr).toMatch(
      /HEGUI_E_PII_INPUT/,
    );
    const db = await run(['pii', 'inventory', '--db', 'mysql://root@127.0.0.1:1/x']);
    expect(db.code).toBe(2);
    expect(db.stderr).toMatch(/HEGUI_E_PII_DB/);
    expect((await run(['pii', 'list'])).code).toBe(2);
  });
});
