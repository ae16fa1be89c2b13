import { chmod, mkdtemp, readFile, rm, stat, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHegui } from '../assess/testing.ts';
import { HeguiError } from '../core/errors.ts';
import { findAll } from '../pii/recognisers/index.ts';
import { makeCard, makeCnId, makeMobile, prng } from '../pii/recognisers/synthetic.ts';
import { parseCsv } from '../pii/sources/csv.ts';
import { redactFile } from './file.ts';
import type { RedactConfig } from './values.ts';

const rand = prng(11);
const ID = makeCnId('110105', '19491231', '002');
const ID2 = makeCnId('440305', '20150601', '123');
const MOBILE = makeMobile('138', rand);
const CARD = makeCard('622202', 19, rand);
const MASK: RedactConfig = { mode: 'mask' };
const PSEUDO: RedactConfig = { mode: 'pseudonymise', key: Buffer.from('k'.repeat(32)), hash: 'sha256' };
const NOW = new Date('2026-11-23T00:00:00Z');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'hegui-redact-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const at = (name: string) => path.join(tmp, name);

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    return error instanceof HeguiError ? error.code : `not coded: ${String(error)}`;
  }
}

describe('redactFile', () => {
  it('CSV: keeps rows and columns (quotes, embedded newlines, ragged rows) and leaves no valid value', async () => {
    const csv = [
      '姓名,身份证号,手机,银行卡,备注',
      `张三,${ID},${MOBILE},${CARD},"多行\n备注, 含逗号"`,
      `李四,${ID2},${MOBILE}`,
      `王五,${ID},"${MOBILE}",${CARD},ok,extra`,
      '',
    ].join('\n');
    await writeFile(at('a.csv'), csv);
    const s = await redactFile({ input: at('a.csv'), output: at('a.out.csv'), config: MASK, now: NOW });
    const out = await readFile(at('a.out.csv'), 'utf8');
    const rowsIn = parseCsv(csv, ',');
    const rowsOut = parseCsv(out, ',');
    expect(rowsOut.map((r) => r.length)).toEqual(rowsIn.map((r) => r.length));
    expect(rowsOut[1]?.[4]).toBe('多行\n备注, 含逗号');
    expect(rowsOut[1]?.[0]).toBe('张*');
    expect(findAll(out, NOW)).toEqual([]);
    expect(s.units).toBe(3);
    expect(Object.fromEntries(s.changed.map((c) => [c.kind, c.count]))).toEqual({
      name: 3,
      'cn-id': 3,
      mobile: 3,
      'bank-card': 2,
    });
    expect(JSON.stringify(s)).not.toContain(MOBILE);
  });

  it('pseudonymises the same value to the same pseudonym, across files and runs', async () => {
    await writeFile(at('p.csv'), `手机,id\n${MOBILE},${ID}\n${MOBILE},${ID}\n`);
    await redactFile({ input: at('p.csv'), output: at('p1.csv'), config: PSEUDO, now: NOW });
    await redactFile({ input: at('p.csv'), output: at('p2.csv'), config: PSEUDO, now: NOW });
    const a = await readFile(at('p1.csv'), 'utf8');
    expect(await readFile(at('p2.csv'), 'utf8')).toBe(a);
    const [, r1, r2] = parseCsv(a, ',');
    expect(r1).toEqual(r2);
    expect(r1?.[0]).toMatch(/^10\d{9}$/);
    expect(findAll(a, NOW)).toEqual([]);
  });

  it('NDJSON and JSON: values under personal keys, numbers too, and values found in strings', async () => {
    await writeFile(
      at('u.ndjson'),
      `{"name":"张三","phone":${MOBILE},"note":"id ${ID}"}\nnot json ${MOBILE}\n{"birthday":"1990-05-17"}\n`,
    );
    await redactFile({ input: at('u.ndjson'), output: at('u.out.ndjson'), config: MASK, now: NOW });
    const lines = (await readFile(at('u.out.ndjson'), 'utf8')).split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({
      name: '张*',
      phone: `138****${MOBILE.slice(-4)}`,
      note: `id 110105********${ID.slice(-4)}`,
    });
    expect(lines[1]).toBe(`not json 138****${MOBILE.slice(-4)}`);
    await writeFile(
      at('d.json'),
      JSON.stringify({ users: [{ 姓名: '李四', 地址: '北京市朝阳区建国路88号' }] }, null, 2),
    );
    await redactFile({
      input: at('d.json'),
      output: at('d.out.json'),
      config: { mode: 'generalise' },
      now: NOW,
    });
    expect(JSON.parse(await readFile(at('d.out.json'), 'utf8'))).toEqual({
      users: [{ 姓名: '李*', 地址: '北京市' }],
    });
  });

  it('gzip in and out, and GB18030 kept as GB18030', async () => {
    await writeFile(at('l.log.gz'), gzipSync(`login ${MOBILE}\n`));
    const s = await redactFile({ input: at('l.log.gz'), output: at('l.out.log.gz'), config: MASK, now: NOW });
    expect(s.compressed).toBe(true);
    expect(gunzipSync(await readFile(at('l.out.log.gz'))).toString()).toBe(
      `login 138****${MOBILE.slice(-4)}\n`,
    );

    await writeFile(at('gb.txt'), iconv.encode(`姓名 张三 手机 ${MOBILE}\n`, 'gb18030'));
    const g = await redactFile({ input: at('gb.txt'), output: at('gb.out.txt'), config: MASK, now: NOW });
    expect(g.encoding).toBe('gb18030');
    const bytes = await readFile(at('gb.out.txt'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(iconv.decode(bytes, 'gb18030')).toBe(`姓名 张三 手机 138****${MOBILE.slice(-4)}\n`);
  });

  it('a 10 MB single line', async () => {
    await writeFile(at('long.txt'), `${'x '.repeat(5_000_000)}${MOBILE}`);
    const s = await redactFile({ input: at('long.txt'), output: at('long.out.txt'), config: MASK, now: NOW });
    expect(s.changed).toEqual([{ kind: 'mobile', count: 1 }]);
    expect((await stat(at('long.out.txt'))).size).toBe((await stat(at('long.txt'))).size);
  });

  it('--in-place keeps a backup, writes atomically and refuses to overwrite an old backup', async () => {
    await writeFile(at('ip.log'), `a ${MOBILE}\n`);
    await chmod(at('ip.log'), 0o640);
    const s = await redactFile({ input: at('ip.log'), inPlace: true, config: MASK, now: NOW });
    expect(s.backup).toBe(at('ip.log.hegui-bak'));
    expect(await readFile(at('ip.log.hegui-bak'), 'utf8')).toBe(`a ${MOBILE}\n`);
    expect(await readFile(at('ip.log'), 'utf8')).toBe(`a 138****${MOBILE.slice(-4)}\n`);
    expect((await stat(at('ip.log'))).mode & 0o777).toBe(0o640);
    expect(await code(redactFile({ input: at('ip.log'), inPlace: true, config: MASK }))).toBe(
      'HEGUI_E_REDACT_OUTPUT_EXISTS',
    );
    expect((await readdir(tmp)).filter((f) => f.includes('hegui-tmp'))).toEqual([]);
  });

  it('bad input gets coded errors and leaves no output behind', async () => {
    await writeFile(at('ok.txt'), 'x\n');
    await writeFile(at('exists.txt'), 'y\n');
    await writeFile(at('bin.dat'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    const lines = Array.from({ length: 5000 }, () => makeMobile('139', rand)).join('\n');
    const gz = gzipSync(lines);
    await writeFile(at('trunc.log.gz'), gz.subarray(0, gz.length >> 1));
    expect(await code(redactFile({ input: at('missing.txt'), output: at('m.out'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_INPUT',
    );
    expect(await code(redactFile({ input: tmp, output: at('dir.out'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_INPUT',
    );
    expect(await code(redactFile({ input: at('ok.txt'), output: at('exists.txt'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_OUTPUT_EXISTS',
    );
    expect(await code(redactFile({ input: at('ok.txt'), output: at('ok.txt'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_OUTPUT_EXISTS',
    );
    expect(
      await code(redactFile({ input: at('ok.txt'), output: at('exists.txt'), force: true, config: MASK })),
    ).toBe('ok');
    expect(await code(redactFile({ input: at('bin.dat'), output: at('bin.out'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_INPUT',
    );
    expect(await code(redactFile({ input: at('trunc.log.gz'), output: at('trunc.out'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_INPUT',
    );
    const left = await readdir(tmp);
    expect(left.filter((f) => /^(?:bin|trunc|m|dir)\.out$|hegui-tmp/.test(f))).toEqual([]);
  });

  it('an input under a file (ENOTDIR) and a broken .json are coded errors', async () => {
    await writeFile(at('plain'), 'x');
    expect(await code(redactFile({ input: at('plain/child.txt'), output: at('c.out'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_INPUT',
    );
    await writeFile(at('broken.json'), '{"name": "张三", ');
    expect(await code(redactFile({ input: at('broken.json'), output: at('b.out.json'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_INPUT',
    );
    expect((await readdir(tmp)).filter((f) => f === 'b.out.json' || f.includes('hegui-tmp'))).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable input is a coded error', async () => {
    await writeFile(at('secret.txt'), 'x\n');
    await chmod(at('secret.txt'), 0o000);
    expect(await code(redactFile({ input: at('secret.txt'), output: at('s.out'), config: MASK }))).toBe(
      'HEGUI_E_REDACT_INPUT',
    );
  });
});

describe('hegui redact (CLI)', () => {
  const run = async (args: string[]) => {
    const r = await runHegui(args, { clock: () => NOW });
    return { code: r.code, stdout: () => r.stdout, stderr: () => r.stderr };
  };

  it('prints counts per kind, never the values', async () => {
    await writeFile(at('c.log'), `u ${MOBILE} id ${ID}\n`);
    const r = await run(['redact', at('c.log'), '--output', at('c.out.log')]);
    expect(r.code).toBe(0);
    expect(r.stdout()).toMatch(/2 value\(s\) replaced/);
    expect(r.stdout()).toMatch(/mobile\s+1/);
    expect(r.stdout()).not.toContain(MOBILE);
    expect(r.stdout()).not.toContain(ID);
  });

  it('pseudonymise needs a key file of at least 16 bytes; sm3 is accepted', async () => {
    await writeFile(at('short.key'), 'short');
    await writeFile(at('good.key'), 'x'.repeat(32));
    const missing = await run(['redact', at('c.log'), '--output', at('k1.log'), '--mode', 'pseudonymise']);
    expect(missing.code).toBe(2);
    expect(missing.stderr()).toContain('HEGUI_E_REDACT_KEY');
    const nofile = await run([
      'redact',
      at('c.log'),
      '-o',
      at('k2.log'),
      '--mode',
      'pseudonymise',
      '--key-file',
      at('nokey'),
    ]);
    expect(nofile.stderr()).toContain('HEGUI_E_REDACT_KEY');
    const short = await run([
      'redact',
      at('c.log'),
      '-o',
      at('k3.log'),
      '--mode',
      'pseudonymise',
      '--key-file',
      at('short.key'),
    ]);
    expect(short.stderr()).toContain('HEGUI_E_REDACT_KEY');
    const ok = await run([
      'redact',
      at('c.log'),
      '-o',
      at('k4.log'),
      '--mode',
      'pseudonymise',
      '--key-file',
      at('good.key'),
      '--hash',
      'sm3',
    ]);
    expect(ok.code).toBe(0);
    expect(findAll(await readFile(at('k4.log'), 'utf8'), NOW)).toEqual([]);
  });

  it('needs --output or --in-place', async () => {
    const r = await run(['redact', at('c.log')]);
    expect(r.code).toBe(2);
    expect(r.stderr()).toContain('HEGUI_E_USAGE');
  });
});
