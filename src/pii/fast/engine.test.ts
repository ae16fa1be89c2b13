/**
 * The byte engine against the string path (the reference): the same files scanned by both must give the
 * same inventory — rows, records, people, minors, samples, sources, gaps — for every format the byte
 * engine reads, on bench-shaped data (valid values and look-alikes) and on hand-made awkward files.
 * The byte engine must also really be taken (most cells decided on bytes).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocks, type Format } from '../../../bench/pii-throughput.ts';
import { ValueMaker } from '../../../bench/pii-corpus.ts';
import { openRoot, type HostRoot } from '../../host/root.ts';
import { InventoryBuilder, type PiiInventory } from '../inventory.ts';
import { fakePeople } from '../sources/people.fixture.ts';
import { scanDataFile, type FileScanContext } from '../sources/file.ts';
import { makeRecognition } from '../sources/recognition.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
let dir: string;
let root: HostRoot;

function put(rel: string, data: string | Buffer): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return `/${rel}`;
}

async function inventory(engine: 'bytes' | 'string', p: string, chunkBytes?: number) {
  const builder = new InventoryBuilder(NOW);
  const ctx: FileScanContext = {
    root,
    recognition: makeRecognition(NOW),
    builder,
    engine,
    ...(chunkBytes ? { limits: { chunkBytes } } : {}),
  };
  await scanDataFile(ctx, p);
  return { inv: builder.build(), judge: ctx.bytes?.judge };
}

function stable(inv: PiiInventory): unknown {
  return { ...inv, scannedAt: undefined };
}

async function same(p: string, chunkBytes?: number): Promise<{ inv: PiiInventory; fastShare: number }> {
  const ref = await inventory('string', p, chunkBytes);
  const got = await inventory('bytes', p, chunkBytes);
  expect(stable(got.inv)).toEqual(stable(ref.inv));
  const j = got.judge;
  const fastShare = j ? j.fast / Math.max(1, j.fast + j.slow) : 0;
  return { inv: got.inv, fastShare };
}

function generated(format: Format, seed: number, bytes: number): string {
  const m = new ValueMaker(seed);
  let out = '';
  for (const b of blocks(format, m, bytes)) out += b;
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hegui-pii-fast-'));
  root = await openRoot(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('byte engine = string path on bench-shaped data', () => {
  it.each([
    ['csv', 'export/people.csv'],
    ['sql', 'backup/dump.sql'],
    ['ndjson', 'events/e.ndjson'],
    ['log', 'log/app.log'],
  ] as const)('%s', async (format, rel) => {
    const p = put(rel, generated(format, 11, 2 * 1024 * 1024));
    // Small chunks too: rows, statements and lines cut across chunk boundaries.
    const { inv, fastShare } = await same(p);
    await same(p, 64 * 1024 + 7);
    expect(inv.totals.records).toBeGreaterThan(1000);
    // NDJSON's unlabelled order ids are searched as free text (slow by design), one cell in five.
    if (format !== 'log') expect(fastShare).toBeGreaterThan(format === 'ndjson' ? 0.75 : 0.9);
  });

  it('gzip and GB18030 (the string path for GB18030) agree too', async () => {
    const text = generated('csv', 12, 256 * 1024);
    await same(put('export/p.csv.gz', gzipSync(text)));
    const gb = put('export/gbk.csv', iconv.encode(text, 'gb18030'));
    const { inv } = await same(gb);
    expect(inv.sources[0]?.encoding).toBe('gb18030');
  });
});

/** Addresses: the usual form, padded, without a place word, with letters, a number only, 大厦. */
function address(i: number): string {
  const forms = [
    `北京市朝阳区某路${String(i)}号`,
    ` 北京市朝阳区某路${String(i)}号`,
    '朝阳某某某',
    `Room ${String(i)} Tower Road`,
    String(10000 + i),
    '国贸大厦',
    '某1区',
  ];
  return forms[i % forms.length]!;
}

describe('byte engine = string path on awkward files', () => {
  // More than SAMPLE_ROWS: the rows past the sample are the byte engine's own.
  const people = fakePeople(200, 5, 7);
  it('CSV: quotes, embedded newlines, CRLF, padding, masks, hashes, placeholders, ragged rows', async () => {
    const lines = ['姓名,身份证号,手机号,银行卡号,邮箱,地址,备注'];
    people.forEach((q, i) => {
      const id =
        i % 9 === 0 ? `${q.id.slice(0, 6)}********${q.id.slice(-4)}` : i % 11 === 0 ? ` ${q.id} ` : q.id;
      const phone =
        i % 5 === 0 ? `"${q.phone}"` : i % 13 === 0 ? 'NULL' : i % 17 === 0 ? '+86 ' + q.phone : q.phone;
      const card = i % 7 === 0 ? 'e10adc3949ba59abbe56e057f20f883e' : q.card;
      const note = i % 3 === 0 ? `"多行""备注""\r\n电话 ${q.phone}"` : i % 4 === 0 ? '无' : '';
      const extra = i % 10 === 0 ? ',多余' : '';
      const name =
        i % 8 === 0
          ? ` ${q.name}\u3000`
          : i % 19 === 0
            ? '未知'
            : i % 23 === 0
              ? '张'.repeat(11)
              : i % 29 === 0
                ? '张伟2'
                : i % 31 === 0
                  ? '空'
                  : q.name;
      lines.push(`${name},${id},${phone},${card},${q.email},${address(i)},${note}${extra}`);
    });
    lines.push('短行');
    await same(put('a/awkward.csv', lines.join('\n') + '\n'));
    await same(put('a/awkward2.csv', lines.join('\r\n')), 4096 + 3);
  });
  it('a leading BOM is dropped, a BOM inside a cell is kept', async () => {
    const body = [
      '姓名,手机号',
      ...people.map((q, k) => `${k % 6 === 0 ? '\uFEFF' : ''}${q.name},${q.phone}`),
    ].join('\n');
    await same(put('b/bom.csv', `\uFEFF${body}`));
    await same(
      put('b/bom.ndjson', `\uFEFF${people.map((q) => JSON.stringify({ 手机: q.phone })).join('\n')}`),
    );
    await same(put('b/bom.log', `\uFEFF手机 ${people[1]!.phone}\n`));
  });

  it('CSV without a header, TSV and semicolons', async () => {
    await same(put('b/noheader.csv', people.map((q) => `${q.id},${q.phone},${q.card}`).join('\n')));
    await same(
      put('b/t.tsv', ['name\tid\tphone', ...people.map((q) => `${q.name}\t${q.id}\t${q.phone}`)].join('\n')),
    );
    await same(put('b/s.csv', ['姓名;手机', ...people.map((q) => `${q.name};${q.phone}`)].join('\n')));
  });

  it('SQL: mysqldump escapes, pg_dump COPY and inserts, several tables', async () => {
    const my = [
      '-- MySQL dump',
      'CREATE TABLE `user` (`id` int, `name` varchar(8), `id_card` char(18), `mobile` char(11), `memo` text);',
      `INSERT INTO \`user\` VALUES ${people.map((q, k) => `(${String(k)},'${q.name}','${q.id}','${q.phone}','it\\'s \\\\ ${k % 3 === 0 ? q.phone : 'x'}')`).join(',')};`,
      'CREATE TABLE `order` (`order_no` char(18), `phone` char(11));',
      `INSERT INTO \`order\` (\`order_no\`,\`phone\`) VALUES ${people.map((q) => `('${q.id.slice(0, 17)}9',NULL),('1','${q.phone}')`).join(',')};`,
    ].join('\n');
    await same(put('c/my.sql', my));
    await same(put('c/my2.sql', my), 1000);
    const pg = [
      '-- PostgreSQL database dump',
      'SET standard_conforming_strings = on;',
      'CREATE TABLE public.customer (id integer, name text, id_no text, phone text);',
      'COPY public.customer (id, name, id_no, phone) FROM stdin;',
      ...people.map((q, k) => `${String(k)}\t${q.name}\t${k % 4 === 0 ? '\\N' : q.id}\t${q.phone}`),
      '\\.',
      `INSERT INTO public.customer VALUES (1, 'O''Brien', '${people[0]!.id}', '${people[0]!.phone}');`,
    ].join('\n');
    await same(put('c/pg.sql', pg));
  });

  it('NDJSON: nested objects, arrays of objects, escapes, numbers, broken lines', async () => {
    const rows = people.map((q, k) =>
      k % 5 === 0
        ? JSON.stringify({ order: [{ phone: q.phone }, { idNo: q.id }], note: `联系 ${q.phone}` })
        : k % 7 === 0
          ? `{"name":"${q.name}\\u0020","mobile":${q.phone},"card":"${q.card}", "x": 1.0}`
          : k % 11 === 0
            ? 'not json at all 手机 ' + q.phone
            : JSON.stringify({
                user: { name: q.name, idNo: q.id, phone: q.phone },
                pay: { card: q.card },
                t: 'call 010-12345678',
              }),
    );
    await same(put('d/e.ndjson', rows.join('\r\n')));
    await same(put('d/e2.jsonl', rows.join('\n')), 333);
  });

  it('text: logs with labels, grouped numbers, e-mails, invalid UTF-8 midway, a long line', async () => {
    const text = people
      .map(
        (q, k) =>
          `2025-01-0${String(k % 9)} INFO bind 手机 ${q.phone.slice(0, 3)} ${q.phone.slice(3, 7)} ${q.phone.slice(7)} mail ${q.email} id=${q.id} trace=${q.card}`,
      )
      .join('\n');
    const bad = Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(text)]);
    await same(put('e/app.log', bad));
    await same(put('e/long.txt', 'x'.repeat(300_000) + ` 手机 ${people[0]!.phone}\n`), 65536);
  });
});

describe('cjkDigits (the fast path for Chinese names and addresses)', () => {
  it('counts CJK characters among digits and refuses anything else', async () => {
    const { cjkDigits } = await import('./cells.ts');
    const n = (t: string): number => {
      const b = Buffer.from(t);
      return cjkDigits(b, 0, b.length);
    };
    expect(n('张伟')).toBe(2);
    expect(n('北京市朝阳区某路12号')).toBe(9);
    expect(n('㐀')).toBe(1); // U+3400, the first
    expect(n('鿿')).toBe(1); // U+9FFF, the last
    expect(n('〇')).toBe(-1); // U+3007: below the range
    expect(n('가')).toBe(-1); // U+AC00: Hangul, above
    expect(n('张 伟')).toBe(-1);
    expect(n('张＊')).toBe(-1);
    expect(n('王·伟')).toBe(-1);
    expect(n('2024')).toBe(0);
    const cut = Buffer.from('张伟').subarray(0, 5);
    expect(cjkDigits(cut, 0, cut.length)).toBe(-1);
  });
});
