import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHegui } from '../testing.ts';
import type { UseView } from './render.ts';

const FIX = path.join(import.meta.dirname, 'fixtures');
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'hegui-use-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = path.join(tmp, name);
  await writeFile(p, content);
  return p;
}

const use = (...args: string[]) => runHegui(['assess', 'use', ...args]);

describe('assess use --report', () => {
  const answers = path.join(FIX, 'reports', 'blog-answers.yaml');
  const report = path.join(FIX, 'reports', 'blog-with-miner.json');

  it('assesses what the scan found next to what the user says, and flags each contradiction', async () => {
    const r = await use('--answers', answers, '--report', report, '--format', 'json', '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout) as UseView;
    // the user said "personal blog"; the scan found a miner: both are assessed
    expect(view.activities.map((a) => [a.activity, a.source, a.verdict])).toEqual([
      ['personal-site', 'answers', 'allowed-with-duties'],
      ['mining', 'scan', 'not-allowed'],
    ]);
    expect(view.verdict).toBe('not-allowed');
    const texts = view.contradictions.map((c) => `${c.category}:${c.keys.join(',')}`);
    expect(texts).toEqual(['mining:activities', 'webshell:incident', 'log-retention-short:logRetentionDays']);
    // the scan's evidence wins over the answer: logs are short, an incident is suspected
    const general = Object.fromEntries(view.general.map((i) => [i.rule, i.status]));
    expect(general['log-retention']).toBe('unmet');
    expect(general['incident-handling']).toBe('applies');
    expect(view.contradictions[0]!.text).toMatch(
      /if nobody on your team installed it, it may be an intrusion/,
    );
  });

  it('without the report, the same answers are allowed with duties', async () => {
    const r = await use('--answers', answers, '--format', 'json');
    const view = JSON.parse(r.stdout) as UseView;
    expect(view.verdict).toBe('allowed-with-duties');
    expect(view.contradictions).toEqual([]);
    expect(view.general.find((i) => i.rule === 'log-retention')?.status).toBe('met');
  });

  it('escapes what the report says in HTML and strips control characters from text', async () => {
    const html = await use('--answers', answers, '--report', report, '--format', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.stdout).not.toContain('\u001b');
    const text = await use('--answers', answers, '--report', report, '--lang', 'zh');
    expect(text.stdout).not.toContain('\u001b');
    expect(text.stdout).toContain('扫描发现');
    expect(text.stdout).toContain('— 来自扫描结果');
  });

  it('refuses a file that is not a scan report', async () => {
    const notReport = await file('not-report.json', '{"hello": 1}');
    const r = await use('--answers', answers, '--report', notReport);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_ASSESS_FILE: .*not a hegui scan report/);
  });
});

describe('assess use --answers: bad input gets a coded error, never a guess', () => {
  it.each([
    ['unknown key', 'activities: [personal-site]\ncommercial: false\nicp: filing\nhosting: yes\n', 'HEGUI_E_ASSESS_ANSWERS', /hosting: unknown key/],
    ['unknown activity', 'activities: [blogging]\ncommercial: false\n', 'HEGUI_E_ASSESS_ANSWERS', /unknown value "blogging"/],
    ['unknown choice', 'activities: [personal-site]\ncommercial: false\nicp: pending\n', 'HEGUI_E_ASSESS_ANSWERS', /icp: must be one of none, filing, licence/],
    ['a yes/no given as text', 'activities: [personal-site]\ncommercial: "no"\nicp: filing\n', 'HEGUI_E_ASSESS_ANSWERS', /commercial: must be true or false/],
    ['negative volume', 'activities: [e-commerce]\ncommercial: true\nicp: licence\npeople: -5\n', 'HEGUI_E_ASSESS_ANSWERS', /people: must be a whole number/],
    ['absurd volume', 'activities: [e-commerce]\ncommercial: true\nicp: licence\npeople: 90000000000\n', 'HEGUI_E_ASSESS_ANSWERS', /not a plausible value/],
    ['no activity', 'activities: []\ncommercial: false\n', 'HEGUI_E_ASSESS_ANSWERS', /at least one activity/],
    ['a decisive answer missing', 'activities: [personal-site]\ncommercial: false\n', 'HEGUI_E_ASSESS_ANSWERS', /icp: missing/],
    ['non-commercial with paid services', 'activities: [e-commerce]\ncommercial: false\nicp: filing\n', 'HEGUI_E_ASSESS_CONTRADICTION', /non-commercial, but the activities include paid services/],
    ['sensitive abroad with no sensitive kind', 'activities: [saas-api]\ncommercial: true\nicp: licence\npersonalData: [contact]\npeople: 10\nrecipientsAbroad: true\nabroadSensitive: 5\n', 'HEGUI_E_ASSESS_CONTRADICTION', /no sensitive kind/],
    ['not a mapping', '- personal-site\n', 'HEGUI_E_ASSESS_ANSWERS', /one mapping/],
    ['malformed YAML', 'activities: [personal-site\ncommercial: false\n', 'HEGUI_E_ASSESS_FILE', /does not parse/],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 60 }, (_, i) => `k${i}: [*a, *a, *a]`).join('\n')}\n`, 'HEGUI_E_ASSESS_FILE', /does not parse/],
  ])('%s', async (_name, content, code, message) => {
    const p = await file(`a-${Math.random().toString(36).slice(2)}.yaml`, content);
    const r = await use('--answers', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`${code}: `), r.stderr).toBe(true);
    expect(r.stderr).toMatch(message);
  }); // prettier-ignore

  it('says "allowed" when nothing applies: internal systems with no personal data', async () => {
    const p = await file('internal.yaml', 'activities: [internal]\ncommercial: false\n');
    const view = JSON.parse((await use('--answers', p, '--format', 'json')).stdout) as UseView;
    expect(view.verdict).toBe('allowed');
    expect(view.general).toEqual([]);
    // the same server holding personal data has duties
    const q = await file(
      'internal-pi.yaml',
      'activities: [internal]\ncommercial: false\npersonalData: [contact]\npeople: 40\n',
    );
    const withPi = JSON.parse((await use('--answers', q, '--format', 'json')).stdout) as UseView;
    expect(withPi.verdict).toBe('allowed-with-duties');
    expect(withPi.general.map((i) => i.rule)).toEqual([
      'pi-protection',
      'pi-retention',
      'data-classification',
    ]);
  });

  it('reads JSON answers too', async () => {
    const p = await file('answers.json', JSON.stringify({ activities: ['mining'], commercial: false }));
    const r = await use('--answers', p, '--format', 'json');
    expect((JSON.parse(r.stdout) as UseView).verdict).toBe('not-allowed');
  });

  it('refuses binary, GBK-encoded, missing and unreadable files', async () => {
    const binary = await file('bin.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    // "备案" in GBK
    const gbkText = await file('gbk2.yaml', Buffer.concat([Buffer.from('icp: '), Buffer.from([0xb1, 0xb8, 0xb0, 0xb8]), Buffer.from('\n')]));
    const locked = await file('locked.yaml', 'activities: [mining]\ncommercial: false\n');
    await chmod(locked, 0o000);
    for (const [p, message] of [
      [binary, /binary/],
      [gbkText, /not UTF-8/],
      [path.join(tmp, 'missing.yaml'), /cannot read/],
    ] as const) {
      const r = await use('--answers', p);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^HEGUI_E_ASSESS_FILE: [\\s\\S]*${message.source}`));
    }
    if (process.getuid?.() !== 0) expect((await use('--answers', locked)).stderr).toMatch(/^HEGUI_E_ASSESS_FILE: cannot read/);
  }); // prettier-ignore

  it('refuses formats it does not write and stray arguments', async () => {
    const p = await file('ok.yaml', 'activities: [mining]\ncommercial: false\n');
    expect((await use('--answers', p, '--format', 'xlsx')).stderr).toMatch(
      /^HEGUI_E_USAGE: assess use writes/,
    );
    expect((await use('extra', '--answers', p)).stderr).toMatch(
      /^HEGUI_E_USAGE: assess use takes no arguments/,
    );
  });

  it('writes zh and en text that prints criminal exposure only as a threshold', async () => {
    const p = await file('gambling.yaml', 'activities: [gambling]\ncommercial: true\n');
    const zh = await use('--answers', p, '--lang', 'zh');
    const en = await use('--answers', p, '--lang', 'en');
    expect(zh.stdout).toContain('如达到入罪标准可能承担刑事责任');
    expect(en.stdout).toContain('criminal liability if the threshold is met');
    expect(en.stdout).toMatch(/may meet the threshold of the offence of running a casino/);
    expect(`${zh.stdout}${en.stdout}`).not.toMatch(/构成.{0,6}罪|is a crime/);
  });
});
