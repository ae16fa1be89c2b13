import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import type { Io } from '../cli/io.ts';
import { PROVISIONS } from './provisions.ts';

async function run(args: string[], now = '2026-11-23T10:00:00.000Z') {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: { LANG: 'C.UTF-8' },
    clock: () => new Date(now),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('hegui law list', () => {
  it('prints one row per provision with id, liability, status and the citation in force', async () => {
    const r = await run(['law', 'list']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const rows = r.stdout.split('\n');
    for (const p of PROVISIONS)
      expect(
        rows.some((line) => line.startsWith(`${p.id} `)),
        p.id,
      ).toBe(true);
    const csl23 = rows.find((line) => line.startsWith('csl-23 '))!;
    expect(csl23).toMatch(/行政责任\s+V-TEXT\s+《网络安全法》第二十三条\(原第二十一条\)$/);
    expect(rows.find((line) => line.startsWith('cl-285 '))).toMatch(
      /刑事责任\s+V-TEXT\s+《刑法》第二百八十五条$/,
    );
    expect(r.stdout).toContain(`共 ${PROVISIONS.length} 条`);
  });

  it('uses the numbering in force on the day it runs', async () => {
    const r = await run(['law', 'list', '--lang', 'en'], '2025-06-01T00:00:00.000Z');
    const csl23 = r.stdout.split('\n').find((line) => line.startsWith('csl-23 '))!;
    expect(csl23).toMatch(/administrative\s+V-TEXT\s+Cybersecurity Law Art\. 21$/);
  });

  it('--format json prints an array in catalogue order', async () => {
    const r = await run(['law', 'list', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as {
      id: string;
      citation: string;
      liability: string[];
      status: string;
    }[];
    expect(list.map((x) => x.id)).toEqual(PROVISIONS.map((p) => p.id));
    expect(list.find((x) => x.id === 'csl-23')).toEqual({
      id: 'csl-23',
      citation: 'Cybersecurity Law Art. 23 (formerly Art. 21)',
      liability: ['administrative'],
      status: 'V-TEXT',
    });
    expect(list.find((x) => x.id === 'copyright-53')?.liability).toEqual([
      'civil',
      'administrative',
      'criminal',
    ]);
  });

  it('a bare `hegui law` lists too', async () => {
    const r = await run(['law', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(PROVISIONS.length);
  });
});

describe('hegui law show', () => {
  it('shows law, article with former number, dates, summary, duties, liability, penalties by status, source', async () => {
    const r = await run(['law', 'show', 'csl-23', '--lang', 'en']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^csl-23 — Cybersecurity Law Art\. 23 \(formerly Art\. 21\)\n/);
    expect(out).toContain('Law: Cybersecurity Law of the PRC (csl)');
    expect(out).toContain('Article: Art. 23 (from 2026-01-01); Art. 21 (2017-06-01 – 2025-12-31)');
    expect(out).toContain(
      'In force from: 2017-06-01 (amended 2025-10-28, amended text in force from 2026-01-01)',
    );
    expect(out).toContain('at least six months');
    expect(out).toContain('Duty holders: network operators');
    expect(out).toContain('Liability: administrative');
    expect(out).toContain(
      '  - [conduct from 2026-01-01] Art. 61 para. 1: an order to correct and a warning, with a possible fine of RMB 10,000–50,000',
    );
    expect(out).toMatch(
      / {2}- Reported: \[conduct from 2026-01-01\] Art\. 61 \(aggravated cases\): .*RMB 500,000–2,000,000.*\[V-2ND\]/,
    );
    expect(out).toContain(
      '  - [conduct up to 2025-12-31] 2016 text Art. 59 para. 1: an order to correct and a warning; if the operator refuses to correct or harm results, RMB 10,000–100,000',
    );
    expect(out).toMatch(/unverified — not stated as fact \[UNVERIFIED\]/);
    expect(out).not.toContain('One commentary reads the RMB 2,000,000 cap');
    expect(out).toContain('Verification: V-TEXT');
    expect(out).toContain('Source: S-CSL');
  });

  it('shows a Criminal Law 之一 article in Chinese with the threshold wording', async () => {
    const r = await run(['law', 'show', 'cl-253-1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cl-253-1 — 《刑法》第二百五十三条之一\n/);
    expect(r.stdout).toContain('可能达到“情节严重”入罪标准的');
    expect(r.stdout).not.toMatch(/构成犯罪/);
  });

  it('shows a notice without articles by its document number', async () => {
    const r = await run(['law', 'show', 'mining2021']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('文号：发改运行〔2021〕1283号');
    expect(r.stdout).toContain('未经核实,不作为事实引用');
    expect(r.stdout).not.toContain('存在针对挖矿本身的法定罚款数额');
  });

  it('--format json renders texts under the status rules', async () => {
    const r = await run(['law', 'show', 'csl-23', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as {
      id: string;
      article: string;
      formerly: string[];
      effective: string;
      penalties: { status: string; text: string; conduct?: { from?: string; until?: string } }[];
      status: string;
      source: string;
    };
    expect(p).toMatchObject({
      id: 'csl-23',
      article: '23',
      formerly: ['21'],
      effective: '2017-06-01',
      status: 'V-TEXT',
      source: 'S-CSL',
    });
    for (const pen of p.penalties) {
      if (pen.status === 'UNVERIFIED') expect(pen.text).toMatch(/unverified — not stated as fact$/);
      expect(pen.text.startsWith('Reported:')).toBe(pen.status === 'V-2ND');
    }
    expect(p.penalties.filter((x) => x.conduct?.until === '2025-12-31').map((x) => x.status)).toEqual([
      'V-TEXT',
    ]);
  });

  it('before 2026 shows the 2016 number without a former one', async () => {
    const r = await run(['law', 'show', 'csl-23', '--format', 'json'], '2025-06-01T00:00:00.000Z');
    expect(JSON.parse(r.stdout)).toMatchObject({
      citation: '《网络安全法》第二十一条',
      article: '21',
      formerly: [],
    });
  });

  it('writes to --output', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hegui-law-'));
    try {
      const file = path.join(dir, 'law.json');
      const r = await run(['law', 'show', 'pipl-51', '--format', 'json', '--output', file]);
      expect(r).toMatchObject({ code: 0, stdout: '' });
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ id: 'pipl-51', clauseUnit: 'item' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('hegui law errors', () => {
  it('refuses an unknown id with HEGUI_E_UNKNOWN_PROVISION and status 2', async () => {
    const r = await run(['law', 'show', 'dsl-999']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^HEGUI_E_UNKNOWN_PROVISION: no provision with id "dsl-999"\n/);
    expect(r.stderr).toContain('hegui law list');
  });

  it('points a former CSL number to the id in force', async () => {
    const r = await run(['law', 'show', 'csl-21']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^HEGUI_E_UNKNOWN_PROVISION: no provision with id "csl-21" \(an earlier article number; the provision is now csl-23, /,
    );
  });

  it('accepts an id in upper case', async () => {
    const r = await run(['law', 'show', 'CSL-23', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'csl-23' });
  });

  it.each([
    [['law', 'show']],
    [['law', 'show', 'csl-23', 'extra']],
    [['law', 'frobnicate']],
    [['law', 'list', 'csl-23']],
    [['law', 'list', '--format', 'sarif']],
  ])('refuses bad usage %j with HEGUI_E_USAGE and status 2', async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^HEGUI_E_USAGE: /);
  });
});
