import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { INVENTORY_VERSION, type InventoryRow, type PiiInventory } from '../../pii/inventory.ts';
import { runHegui } from '../testing.ts';
import type { Register } from './register.ts';

let dir: string;
let inventoryFile: string;
let itemsFile: string;

function row(
  location: string,
  kind: InventoryRow['kind'],
  records: number,
  people: number,
  sensitive: InventoryRow['sensitive'] = [],
): InventoryRow {
  return {
    location,
    source: location.split('#')[0]!,
    format: 'csv',
    table: null,
    field: location.split('#')[1] ?? null,
    kind,
    records,
    protectedRecords: 0,
    protection: null,
    state: 'plaintext',
    people,
    peopleEstimated: false,
    minors: 0,
    sensitive,
    sampled: false,
    sample: null,
  };
}

const inventory = (people: number, minors = 0): PiiInventory => ({
  version: INVENTORY_VERSION,
  scannedAt: '2026-11-23T00:00:00.000Z',
  rows: [
    row('/srv/app/users.csv#id_card', 'cn-id', people, people),
    row('/srv/app/users.csv#card_no', 'bank-card', 800, 800, ['financial-account']),
    row('/srv/app/users.csv#phone', 'mobile', people, people),
    row('/srv/app/orgs.csv#uscc', 'uscc', 40, 0),
  ],
  totals: {
    records: 0,
    protectedRecords: 0,
    people,
    peopleEstimated: false,
    sensitivePeople: 800,
    minors,
    byKind: {},
  },
  tiers: [],
  protectedFiles: [],
  sources: [],
  gaps: [],
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hegui-classify-'));
  inventoryFile = path.join(dir, 'pi.json');
  itemsFile = path.join(dir, 'items.yaml');
  await writeFile(inventoryFile, JSON.stringify(inventory(1200)));
  await writeFile(
    itemsFile,
    [
      'items:',
      '  - name: 用户手机号',
      '    level: important',
      '    location: /srv/app/users.csv#phone',
      '    owner: 数据安全部',
      '    notes: 地方重要数据目录第 3 项',
      '  - name: 电网调度数据',
      '    level: core',
      '    location: db://scada/dispatch',
      '    category: 工业数据',
      '',
    ].join('\n'),
  );
});

async function classify(...args: string[]) {
  return runHegui(['assess', 'classify', '--lang', 'zh', ...args]);
}

describe('hegui assess classify', () => {
  it('registers inventory rows as general data with PI flags, and lets the operator raise a level (higher wins)', async () => {
    const r = await classify(
      '--from-inventory',
      inventoryFile,
      '--items',
      itemsFile,
      '--owner',
      '运维部',
      '--format',
      'json',
    );
    expect(r.code, r.stderr).toBe(0);
    const reg = JSON.parse(r.stdout) as Register;
    expect(reg.items.map((i) => [i.location, i.level, i.source])).toEqual([
      ['db://scada/dispatch', 'core', 'operator'],
      ['/srv/app/users.csv#phone', 'important', 'both'],
      ['/srv/app/orgs.csv#uscc', 'general', 'pi-inventory'],
      ['/srv/app/users.csv#card_no', 'general', 'pi-inventory'],
      ['/srv/app/users.csv#id_card', 'general', 'pi-inventory'],
    ]);
    const byLoc = new Map(reg.items.map((i) => [i.location, i]));
    expect(byLoc.get('/srv/app/users.csv#card_no')).toMatchObject({
      personal: true,
      sensitive: 'yes',
      sensitiveGroups: ['financial-account'],
      owner: '运维部',
      records: 800,
    });
    // The catalogue leaves ID numbers' sensitivity unverified: never asserted.
    expect(byLoc.get('/srv/app/users.csv#id_card')!.sensitive).toBe('unverified');
    expect(byLoc.get('/srv/app/orgs.csv#uscc')!.personal).toBe(false);
    expect(byLoc.get('/srv/app/users.csv#phone')).toMatchObject({ owner: '数据安全部', name: '用户手机号' });
    expect(byLoc.get('/srv/app/users.csv#phone')!.basis).toMatch(/就高从严/);
    expect(reg.totals).toEqual({ general: 3, important: 1, core: 1, personal: 3, sensitive: 1 });
    expect(reg.legal.map((l) => l.provision)).toEqual(['dsl-21', 'pipl-51', 'pipl-28', 'dsl-27']);
    expect(reg.notes.join('\n')).not.toMatch(/1000 万人/);
  });

  it('notes the important-data duties of ndsr-28 from 10 million people, not below', async () => {
    for (const [people, expected] of [
      [9_999_999, false],
      [10_000_000, true],
    ] as const) {
      const file = path.join(dir, `pi-${String(people)}.json`);
      await writeFile(file, JSON.stringify(inventory(people)));
      const reg = JSON.parse(
        (await classify('--from-inventory', file, '--format', 'json')).stdout,
      ) as Register;
      expect(reg.legal.some((l) => l.provision === 'ndsr-28')).toBe(expected);
    }
  });

  it('writes CSV and an XLSX workbook with the register and its notes', async () => {
    const csv = await classify('--from-inventory', inventoryFile, '--format', 'csv');
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '数据项,类别,级别,个人信息,敏感个人信息,敏感类型,存储位置,责任人,记录数,涉及人数,来源,定级依据',
    );
    expect(lines).toHaveLength(5);
    const out = path.join(dir, 'register.xlsx');
    const x = await classify(
      '--from-inventory',
      inventoryFile,
      '--items',
      itemsFile,
      '--format',
      'xlsx',
      '--output',
      out,
    );
    expect(x.code, x.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)).buffer);
    const sheet = book.getWorksheet('数据分类分级清单')!;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(2).getCell(3).value).toBe('核心数据');
    expect(sheet.getRow(2).getCell(7).value).toBe('db://scada/dispatch');
    const notes = book
      .getWorksheet('说明')!
      .getColumn(1)
      .values.filter((v): v is string => typeof v === 'string');
    expect(notes.join('\n')).toMatch(/数据安全法/);
  });

  it('refuses bad input with coded errors, never a guess', async () => {
    const bad = async (name: string, text: string) => {
      const f = path.join(dir, name);
      await writeFile(f, text);
      return (await classify('--items', f)).stderr;
    };
    expect(await bad('lvl.yaml', '- {name: a, level: secret, location: /x}')).toMatch(
      /^HEGUI_E_ASSESS_ANSWERS: .*level must be one of general, important, core/,
    );
    expect(await bad('key.yaml', '- {name: a, level: core, location: /x, colour: red}')).toMatch(
      /unknown key "colour"/,
    );
    expect(await bad('noloc.yaml', '- {name: a, level: core}')).toMatch(
      /"location" must be a non-empty string/,
    );
    expect(await bad('notlist.yaml', 'hello: world')).toMatch(/expected a list of items/);
    expect(await bad('broken.yaml', 'items: [')).toMatch(/^HEGUI_E_ASSESS_ANSWERS: .* is not YAML or JSON/);
    const newer = path.join(dir, 'newer.json');
    await writeFile(newer, JSON.stringify({ ...inventory(1), version: INVENTORY_VERSION + 1 }));
    expect((await classify('--from-inventory', newer)).stderr).toMatch(/^HEGUI_E_INVENTORY_UNREADABLE/);
    expect((await classify()).stderr).toMatch(/^HEGUI_E_USAGE: assess classify needs/);
    expect((await classify('--items', itemsFile, '--format', 'xlsx')).stderr).toMatch(
      /give --output FILE\.xlsx/,
    );
    expect((await classify('--items', '/no/such.yaml')).stderr).toMatch(/^HEGUI_E_ASSESS_FILE/);
  });
});
