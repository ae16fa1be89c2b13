import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoot, type HostRoot } from '../../host/root.ts';
import { InventoryBuilder, type PiiInventory } from '../inventory.ts';
import { formatOf, isDataFile, scanDataFile } from './file.ts';
import { fakePeople } from './people.fixture.ts';
import { makeRecognition } from './recognition.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const people = fakePeople(40, 7, 10); // 4 minors (born 2018)
let dir: string;
let root: HostRoot;

function put(rel: string, data: string | Buffer): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

async function inventoryOf(...paths: string[]): Promise<PiiInventory> {
  const builder = new InventoryBuilder(NOW);
  const ctx = { root, recognition: makeRecognition(NOW), builder };
  for (const p of paths) await scanDataFile(ctx, p);
  return builder.build();
}

function row(inv: PiiInventory, location: string, kind: string) {
  return inv.rows.find((r) => r.location === location && r.kind === kind);
}

const csv = `姓名,身份证号,手机号,银行卡号,备注\n${people.map((p) => `${p.name},${p.id},${p.phone},${p.card},"联系 ${p.phone}，谢谢"`).join('\n')}\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hegui-pii-file-'));
  put('srv/users.csv', csv);
  put('srv/users-gbk.csv', iconv.encode(csv, 'gbk'));
  put('srv/users.csv.gz', gzipSync(csv));
  put('srv/cut.csv.gz', gzipSync(csv).subarray(0, 300));
  put(
    'srv/users.json',
    JSON.stringify({
      data: people.map((p) => ({ realName: p.name, idCard: p.id, contact: { tel: p.phone } })),
    }),
  );
  put('srv/events.ndjson', people.map((p) => JSON.stringify({ event: 'login', phone: p.phone })).join('\n'));
  put('srv/broken.json', `{"users": [{"phone": "${people[0]!.phone}"}, {"phone": "${people[1]!.phone}"`);
  put(
    'srv/masked.csv',
    `phone,id_card,pwd\n${people.map((p) => `${p.phone.slice(0, 3)}****${p.phone.slice(7)},${p.id.slice(0, 6)}********${p.id.slice(14)},5f4dcc3b5aa765d61d8327deb882cf99`).join('\n')}\n`,
  );
  put(
    'srv/hashed.csv',
    `sfz\n${people.map((_, i) => `${'0123456789abcdef'.repeat(4).slice(i % 16)}${'0123456789abcdef'.repeat(4).slice(0, i % 16)}`).join('\n')}\n`,
  );
  put(
    'srv/app.log',
    people
      .map((p, i) => `2026-11-0${String((i % 9) + 1)} 10:00:00 order 2026110112345678 sms to ${p.phone}`)
      .join('\n'),
  );
  put('srv/backup.csv.enc', Buffer.concat([Buffer.from('Salted__'), Buffer.alloc(64, 1)]));
  put('srv/long.txt', `${'x'.repeat(10 * 1024 * 1024)} ${people[0]!.phone}\n`);
  put(
    'srv/latin.txt',
    Buffer.concat([
      Buffer.from(`tel ${people[0]!.phone}\n`),
      Buffer.from([0xff, 0xfe, 0xfd, 0x0a]),
      Buffer.from(`tel ${people[1]!.phone}\n`),
    ]),
  );
  put('srv/corrupt.db', Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(2048, 7)]));
  const db = new Database(path.join(dir, 'srv/app.db'));
  db.exec('CREATE TABLE members (id INTEGER PRIMARY KEY, mobile TEXT, id_no TEXT, remark TEXT)');
  const insert = db.prepare('INSERT INTO members (mobile, id_no, remark) VALUES (?, ?, ?)');
  for (const p of people) insert.run(p.phone, p.id, 'vip');
  db.close();
  put('srv/secret.csv', csv);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('会员');
  sheet.addRow(['姓名', '手机号', '身份证号']);
  for (const p of people)
    sheet.addRow([
      p.name,
      Number(p.phone),
      { richText: [{ text: p.id.slice(0, 9) }, { text: p.id.slice(9) }] },
    ]);
  await wb.xlsx.writeFile(path.join(dir, 'srv/members.xlsx'));
  put('srv/broken.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(3000, 9)]));
  root = await openRoot(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('scanDataFile', () => {
  it('classifies CSV columns by header and counts plaintext records, people and minors', async () => {
    const inv = await inventoryOf('/srv/users.csv');
    expect(row(inv, '/srv/users.csv#身份证号', 'cn-id')).toMatchObject({
      records: 40,
      people: 40,
      minors: 4,
      state: 'plaintext',
    });
    expect(row(inv, '/srv/users.csv#银行卡号', 'bank-card')?.sensitive).toEqual([
      'financial-account',
      'minor',
    ]);
    expect(row(inv, '/srv/users.csv#姓名', 'name')?.records).toBe(40);
    expect(row(inv, '/srv/users.csv#备注', 'mobile')?.records).toBe(40);
    expect(inv.totals).toMatchObject({ people: 40, minors: 4, peopleEstimated: false });
    expect(row(inv, '/srv/users.csv#身份证号', 'cn-id')?.sample).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  });

  it('reads GBK-encoded and gzip-compressed CSV to the same counts', async () => {
    const gbk = await inventoryOf('/srv/users-gbk.csv');
    const gz = await inventoryOf('/srv/users.csv.gz');
    expect(row(gbk, '/srv/users-gbk.csv#身份证号', 'cn-id')?.records).toBe(40);
    expect(gbk.sources[0]?.encoding).toBe('gb18030');
    expect(row(gz, '/srv/users.csv.gz#手机号', 'mobile')?.records).toBe(40);
  });

  it('a truncated gzip is a gap, and what was read before the cut still counts', async () => {
    const inv = await inventoryOf('/srv/cut.csv.gz');
    expect(inv.gaps.map((g) => g.reason)).toEqual(['read-error']);
    expect(inv.gaps[0]?.detail).toMatch(/corrupt gzip/);
  });

  it('reads JSON key-aware: nested keys, arrays of records', async () => {
    const inv = await inventoryOf('/srv/users.json');
    expect(row(inv, '/srv/users.json#data[].idCard', 'cn-id')?.records).toBe(40);
    expect(row(inv, '/srv/users.json#data[].contact.tel', 'mobile')).toMatchObject({
      records: 40,
      people: 40,
    });
    expect(row(inv, '/srv/users.json#data[].realName', 'name')?.records).toBe(40);
  });

  it('links a phone-only NDJSON record to the person of the same phone elsewhere', async () => {
    const inv = await inventoryOf('/srv/users.csv', '/srv/events.ndjson');
    expect(row(inv, '/srv/events.ndjson#phone', 'mobile')?.records).toBe(40);
    expect(inv.totals.people).toBe(40);
  });

  it('a broken JSON file is still read as text', async () => {
    const inv = await inventoryOf('/srv/broken.json');
    expect(inv.totals.records).toBe(2);
  });

  it('masked and hashed columns are protected, not plaintext', async () => {
    const inv = await inventoryOf('/srv/masked.csv', '/srv/hashed.csv');
    expect(row(inv, '/srv/masked.csv#phone', 'mobile')).toMatchObject({
      records: 0,
      protectedRecords: 40,
      state: 'protected',
      protection: 'masked',
    });
    expect(row(inv, '/srv/masked.csv#id_card', 'cn-id')?.state).toBe('protected');
    expect(row(inv, '/srv/masked.csv#pwd', 'password')?.protection).toBe('hash');
    expect(row(inv, '/srv/hashed.csv#sfz', 'cn-id')).toMatchObject({ records: 0, protection: 'hash' });
    expect(inv.totals.records).toBe(0);
  });

  it('free text: phones in a log, not order numbers or timestamps', async () => {
    const inv = await inventoryOf('/srv/app.log');
    expect(inv.rows.map((r) => [r.kind, r.records])).toEqual([['mobile', 40]]);
  });

  it('an encrypted container is listed as protected and not read', async () => {
    const inv = await inventoryOf('/srv/backup.csv.enc');
    expect(inv.protectedFiles).toEqual([{ path: '/srv/backup.csv.enc', format: 'OpenSSL Salted__' }]);
    expect(inv.rows).toEqual([]);
  });

  it('a 10 MB single line and invalid UTF-8 are read without loss', async () => {
    const inv = await inventoryOf('/srv/long.txt', '/srv/latin.txt');
    expect(row(inv, '/srv/long.txt', 'mobile')?.records).toBe(1);
    expect(row(inv, '/srv/latin.txt', 'mobile')?.records).toBe(2);
  });

  it('reads an SQLite database in memory; the host file is untouched', async () => {
    const inv = await inventoryOf('/srv/app.db');
    expect(row(inv, '/srv/app.db#members.id_no', 'cn-id')).toMatchObject({
      records: 40,
      format: 'sqlite',
      minors: 4,
    });
    expect(row(inv, '/srv/app.db#members.mobile', 'mobile')?.records).toBe(40);
    expect(readdirSync(path.join(dir, 'srv')).filter((f) => f.startsWith('app.db'))).toEqual(['app.db']);
  });

  it('streams an .xlsx workbook: each sheet a table, numbers and rich text as text', async () => {
    const inv = await inventoryOf('/srv/members.xlsx');
    expect(row(inv, '/srv/members.xlsx#会员.身份证号', 'cn-id')).toMatchObject({
      records: 40,
      minors: 4,
      format: 'xlsx',
    });
    expect(row(inv, '/srv/members.xlsx#会员.手机号', 'mobile')?.records).toBe(40);
    expect(inv.totals.people).toBe(40);
  });

  it('a corrupt workbook is a gap', async () => {
    const inv = await inventoryOf('/srv/broken.xlsx');
    expect(inv.gaps).toMatchObject([{ path: '/srv/broken.xlsx', reason: 'read-error' }]);
  });

  it('a corrupt SQLite file is a gap, not a crash', async () => {
    const inv = await inventoryOf('/srv/corrupt.db');
    expect(inv.gaps).toMatchObject([{ path: '/srv/corrupt.db', reason: 'read-error' }]);
  });

  it('an unreadable file is a permission gap', async () => {
    // As root chmod 000 does not stop reads, so the root refuses the open as the kernel would.
    const denied: HostRoot = {
      ...root,
      dir: root.dir,
      live: false,
      readText: (p, o) => root.readText(p, o),
      readBytes: (p, o) => root.readBytes(p, o),
      list: (p) => root.list(p),
      readLink: (p) => root.readLink(p),
      stat: (p) => root.stat(p),
      openRead: () =>
        Promise.resolve({ ok: false, missing: false, reason: 'permission-denied', detail: 'EACCES' }),
    };
    const builder = new InventoryBuilder(NOW);
    await scanDataFile({ root: denied, recognition: makeRecognition(NOW), builder }, '/srv/secret.csv');
    expect(builder.build().gaps).toMatchObject([{ path: '/srv/secret.csv', reason: 'permission-denied' }]);
  });
});

describe('file names', () => {
  it.each([
    ['/a/b.csv', true],
    ['/a/b.sql.gz', true],
    ['/var/log/app.log.1', true],
    ['/a/b.sqlite3', true],
    ['/a/b.gpg', true],
    ['/a/b.php', false],
    ['/a/b.png', false],
    ['/a/b.xlsx', true],
  ])('%s is a data file: %s', (p, yes) => {
    expect(isDataFile(p)).toBe(yes);
  });
  it('sniffs NDJSON in a .json file and SQL in a text file', () => {
    expect(formatOf('/a.json', '{"a":1}\n{"a":2}\n')).toBe('ndjson');
    expect(formatOf('/a.json', '[{"a":1},\n{"a":2}]')).toBe('json');
    expect(formatOf('/a.txt', 'INSERT INTO t VALUES (1);\n')).toBe('sql-dump');
  });
});
