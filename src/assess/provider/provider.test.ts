import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHegui } from '../testing.ts';
import { paragraphs, reviewAgreement, type ProviderReview } from './review.ts';

const data = path.join(import.meta.dirname, 'testdata');

async function review(...args: string[]) {
  const r = await runHegui(['assess', 'provider', '--lang', 'en', ...args]);
  return {
    ...r,
    json: r.code === 0 && args.includes('json') ? (JSON.parse(r.stdout) as ProviderReview) : undefined,
  };
}

describe('agreement clause review', () => {
  it.each([
    ['agreement-complete.md', []],
    ['agreement-zh.md', ['subcontracting']],
    ['agreement-zh.docx', ['subcontracting']],
    [
      'agreement-en.txt',
      ['storage-location', 'content-review', 'violation-handling', 'incident-notification'],
    ],
    [
      'agreement-en.pdf',
      ['storage-location', 'content-review', 'violation-handling', 'incident-notification'],
    ],
  ])('%s: finds the clauses it has, quotes them, and names the missing ones', async (file, missing) => {
    const r = await review('--agreement', path.join(data, file), '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json!.agreement!.missing).toEqual(missing);
    for (const c of r.json!.agreement!.clauses.filter((x) => x.found)) {
      expect(c.quote!.length).toBeGreaterThan(10);
      expect(c.paragraph).toBeGreaterThan(0);
    }
  });

  it('quotes the paragraph that holds the clause', () => {
    const text = '第一条 服务\n提供云主机。\n\n第五条 协议终止\n协议终止后，甲方将删除乙方全部数据。\n';
    const found = reviewAgreement(text, 'zh', '2026-11-23').find((c) => c.id === 'deletion-at-end')!;
    expect(found).toMatchObject({
      found: true,
      paragraph: 2,
      quote: '第五条 协议终止 协议终止后，甲方将删除乙方全部数据。',
    });
    expect(found.legal.map((l) => l.provision)).toEqual(['pipl-47']);
  });

  it('does not take look-alikes for clauses', () => {
    // "terminal", "data centre tour", a notice about holidays: none of them is a clause.
    const text =
      'Use the web terminal to manage servers.\n\nCustomers may visit the data centre.\n\nWe notify customers of public holidays.';
    expect(reviewAgreement(text, 'en', '2026-11-23').filter((c) => c.found)).toEqual([]);
  });

  it('splits numbered clauses that share a block', () => {
    expect(paragraphs('1. One\n2. Two\n   continues\n\n(三) 三')).toEqual([
      '1. One',
      '2. Two continues',
      '(三) 三',
    ]);
  });
});

describe('provider qualifications', () => {
  it('lists the consent commitment only for state organs and CII operators, with the answers given', async () => {
    const other = await review('--format', 'json', '--b11', 'yes', '--iso27001', 'no');
    expect(other.json!.qualifications.map((q) => [q.id, q.answer])).toEqual([
      ['telecom-licence-b11', 'yes'],
      ['iso27001', 'no'],
      ['mlps', 'unknown'],
    ]);
    // The B11 mapping is V-2ND in the catalogue: printed as reported.
    expect(other.json!.qualifications[0]!.status).toBe('V-2ND');
    expect(other.json!.qualifications[0]!.basis).toMatch(/reported/);
    const cii = await review('--format', 'json', '--client', 'cii');
    expect(cii.json!.qualifications.map((q) => q.id)).toContain('client-data-consent');
    expect(cii.json!.qualifications.find((q) => q.id === 'client-data-consent')!.legal[0]!.provision).toBe(
      'ndsr-16',
    );
  });

  it('writes text, Markdown and escaped HTML', async () => {
    const text = await review('--agreement', path.join(data, 'agreement-en.txt'));
    expect(text.stdout).toMatch(/\[MISSING\] Where data is stored/);
    expect(text.stdout).toMatch(/\[found\] Subcontracting\n {6}paragraph 3: “2\. Sub-processors/);
    const md = await review('--format', 'md', '--agreement', path.join(data, 'agreement-zh.md'));
    expect(md.stdout).toMatch(/^# Cloud provider/);
    const dir = await mkdtemp(path.join(tmpdir(), 'hegui-provider-'));
    const evil = path.join(dir, 'evil.txt');
    await writeFile(evil, 'Upon termination of this Agreement we delete data <script>alert(1)</script>.');
    const html = await review('--format', 'html', '--agreement', evil);
    expect(html.stdout).not.toContain('<script>alert');
    expect(html.stdout).toContain('&lt;script&gt;');
  });
});

describe('bad agreement files get coded errors', () => {
  it.each([
    ['an unknown extension', 'a.exe', Buffer.from('MZ')],
    ['a text file called .docx', 'fake.docx', Buffer.from('not a zip')],
    ['a text file called .pdf', 'fake.pdf', Buffer.from('not a pdf')],
    ['a binary .txt', 'bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])],
    ['a truncated PDF', 'cut.pdf', Buffer.from('%PDF-1.7\n1 0 obj <<')],
  ])('%s', async (_what, name, bytes) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hegui-provider-'));
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    const r = await review('--agreement', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_AGREEMENT: /);
  });

  it('a missing file and a wrong format flag', async () => {
    expect((await review('--agreement', '/no/such/agreement.pdf')).stderr).toMatch(
      /^HEGUI_E_AGREEMENT: cannot read/,
    );
    expect((await review('--format', 'xlsx')).stderr).toMatch(/^HEGUI_E_USAGE: assess provider writes/);
  });
});
