/**
 * Golden tests of `hegui assess use` for every scenario of catalogue §9, in both modes: the answers
 * file, and the questionnaire driven by keystrokes on a raw-mode stream (the real pseudo-terminal is
 * exercised in pty.test.ts). Each row names the rule the scenario must trigger, its status, the
 * verdict and provisions — written from the catalogue — and the whole summary is also kept as a golden.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runHegui } from '../testing.ts';
import { KEY, keystrokesFor } from './keys.ts';
import type { UseView } from './render.ts';
import { parseAnswersText } from './command.ts';

const DIR = path.join(import.meta.dirname, 'fixtures', 'scenarios');

type Status = 'prohibited' | 'unmet' | 'met' | 'applies';
type Verdict = 'allowed' | 'allowed-with-duties' | 'not-allowed';

/** [catalogue §9 row, rule, status, overall verdict, provisions the rule must cite] */
const EXPECTED: [number, string, Status, Verdict, string[]][] = [
  [1, 'mining', 'prohibited', 'not-allowed', ['mining2021']],
  [2, 'incident-handling', 'applies', 'allowed-with-duties', ['csl-27', 'irm-4']],
  [3, 'botnet-control', 'prohibited', 'not-allowed', ['cl-285', 'csl-29']],
  [4, 'ddos-service', 'prohibited', 'not-allowed', ['cl-286']],
  [5, 'proxy-vpn', 'prohibited', 'not-allowed', ['intlreg-6', 'telecom-7', 'csl-26']],
  [6, 'gambling', 'prohibited', 'not-allowed', ['cl-303', 'iism-15']],
  [7, 'pirated-content', 'prohibited', 'not-allowed', ['copyright-53', 'copyright-54', 'cl-217']],
  [8, 'open-source', 'unmet', 'allowed-with-duties', ['copyright-54']],
  [9, 'pi-protection', 'unmet', 'allowed-with-duties', ['pipl-51', 'csl-44']],
  [10, 'pi-protection', 'unmet', 'allowed-with-duties', ['pipl-51', 'ndsr-9']],
  [11, 'sensitive-pi', 'unmet', 'allowed-with-duties', ['pipl-28', 'pipl-55']],
  [12, 'log-retention', 'unmet', 'allowed-with-duties', ['csl-23']],
  [13, 'audit-logging', 'unmet', 'allowed-with-duties', ['csl-23']],
  [14, 'firewall', 'unmet', 'allowed-with-duties', ['csl-23', 'intlsec-21']],
  [15, 'admin-login', 'unmet', 'allowed-with-duties', ['ndsr-9']],
  [16, 'incident-handling', 'unmet', 'allowed-with-duties', ['csl-27', 'irm-4', 'cisr-14']],
  [17, 'hacking-tools', 'prohibited', 'not-allowed', ['cl-285', 'csl-29']],
  [18, 'cross-border', 'applies', 'allowed-with-duties', ['xborder-8', 'pipl-39']],
  [19, 'foreign-requests', 'prohibited', 'not-allowed', ['dsl-36']],
  [20, 'icp-filing-missing', 'prohibited', 'not-allowed', ['iism-4']],
  [21, 'icp-licence-missing', 'prohibited', 'not-allowed', ['iism-4']],
  [22, 'icp-number-shown', 'unmet', 'allowed-with-duties', ['iism-12']],
  [23, 'hosting-resale', 'prohibited', 'not-allowed', ['telecom-7', 'telecom-69']],
  [24, 'real-name', 'unmet', 'allowed-with-duties', ['csl-26']],
  [25, 'incident-plan', 'unmet', 'allowed-with-duties', ['csl-27', 'ndsr-11']],
  [26, 'cii-incident', 'unmet', 'allowed-with-duties', ['ciir-18']],
  [27, 'breach-notice', 'unmet', 'allowed-with-duties', ['pipl-57']],
  [28, 'data-classification', 'unmet', 'allowed-with-duties', ['dsl-27', 'csl-23']],
  [29, 'pi-retention', 'unmet', 'allowed-with-duties', ['pipl-19', 'pipl-47']],
  [30, 'pi-audit', 'applies', 'allowed-with-duties', ['pipl-54']],
  [31, 'prohibited-content', 'prohibited', 'not-allowed', ['iism-15', 'iism-16', 'cl-363']],
  [32, 'phishing', 'prohibited', 'not-allowed', ['cl-287-1']],
  [33, 'game-cheats', 'prohibited', 'not-allowed', ['cl-285']],
  [34, 'patching', 'unmet', 'allowed-with-duties', ['csl-24', 'ndsr-10']],
  [35, 'crawler-bypass', 'prohibited', 'not-allowed', ['ndsr-18', 'cl-285']],
];

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const fileFor = (row: number) => files.find((f) => f.startsWith(`${String(row).padStart(2, '0')}-`))!;

/** A fake terminal: a stream that says it is a TTY and takes raw mode, fed keystroke by keystroke. */
function fakeTty(keys: string[]) {
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    raw: false,
    setRawMode(raw: boolean) {
      stdin.raw = raw;
      return stdin;
    },
  });
  // one chunk per question, as a person types; the readline parser splits escape sequences itself
  let i = 0;
  const feed = () => {
    if (i < keys.length) stdin.write(keys[i++]!);
    if (i < keys.length) setImmediate(feed);
  };
  setImmediate(feed);
  return stdin;
}

/** What a golden keeps: verdicts, and per item the rule, status and provisions. */
function summary(view: UseView) {
  const items = (list: UseView['general']) => list.map((i) => `${i.rule}:${i.status}:${i.legal.map((l) => l.provision).join(',')}`);
  return {
    verdict: view.verdict,
    activities: view.activities.map((a) => ({ activity: a.activity, verdict: a.verdict, items: items(a.items) })),
    general: items(view.general),
  };
} // prettier-ignore

function find(view: UseView, rule: string) {
  return [...view.activities.flatMap((a) => a.items), ...view.general].find((i) => i.rule === rule);
}

describe('assess use: every catalogue §9 scenario', () => {
  it('has one fixture per row of catalogue §9', () => {
    expect(files).toHaveLength(35);
    expect(EXPECTED.map((e) => e[0])).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  });

  describe.each(EXPECTED)('row %i', (row, rule, status, verdict, provisions) => {
    const file = path.join(DIR, fileFor(row));

    it(`answers file → ${rule} ${status}, ${verdict}`, async () => {
      const r = await runHegui(['assess', 'use', '--answers', file, '--format', 'json', '--lang', 'en']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const view = JSON.parse(r.stdout) as UseView;
      const item = find(view, rule);
      expect(item, `${rule} fired`).toBeDefined();
      expect(item!.status).toBe(status);
      for (const p of provisions) expect(item!.legal.map((l) => l.provision)).toContain(p);
      expect(view.verdict).toBe(verdict);
      await expect(JSON.stringify(summary(view), null, 2)).toMatchFileSnapshot(
        path.join(import.meta.dirname, 'fixtures', 'golden', fileFor(row).replace('.yaml', '.json')),
      );
    });

    it('questionnaire, typed on a terminal → the same verdicts and rule status', async () => {
      const { answers } = parseAnswersText(readFileSync(file, 'utf8'), file);
      const keys = keystrokesFor(answers);
      const stdin = fakeTty(keys);
      const r = await runHegui(['assess', 'use', '--format', 'json', '--lang', 'zh'], { stdin });
      expect(r.code, r.stderr.slice(-500)).toBe(0);
      expect(stdin.raw, 'raw mode is switched off again').toBe(false);
      const view = JSON.parse(r.stdout) as UseView;
      expect(view.answers).toEqual(answers);
      expect(view.verdict).toBe(verdict);
      const item = find(view, rule);
      expect(item?.status).toBe(status);
      expect(r.stderr).toContain('?');
    });
  });
});

describe('assess use: the questionnaire', () => {
  it('goes back with ← and with Backspace, and keeps the answer changed on the way back', async () => {
    const keys = keystrokesFor({ activities: ['personal-site'], commercial: false, icp: 'none' });
    // after answering "commercial", go back (←) and change it, then on icp go back twice (Backspace) and forward again
    const script = [
      keys[0]!,
      KEY.enter, // commercial: default "no"… (index 1) → Enter keeps it
      KEY.left, // back to commercial
      KEY.up + KEY.enter, // now "yes"
      KEY.backspace, // on icp: back to commercial
      KEY.down + KEY.enter, // "no" again
      ...keys.slice(2),
    ];
    const stdin = fakeTty(script);
    const r = await runHegui(['assess', 'use', '--format', 'json'], { stdin });
    expect(r.code, r.stderr.slice(-400)).toBe(0);
    const view = JSON.parse(r.stdout) as UseView;
    expect(view.answers.commercial).toBe(false);
    expect(view.answers.icp).toBe('none');
    expect(view.verdict).toBe('not-allowed');
  });

  it('asks again when answers contradict each other (non-commercial with a paid shop)', async () => {
    const keys = keystrokesFor({ activities: ['e-commerce'], commercial: false, icp: 'licence' });
    // at the end the contradiction sends the user back to "commercial"; answer yes, then walk on with defaults
    const rest = keystrokesFor({ activities: ['e-commerce'], commercial: true, icp: 'licence' }).slice(2);
    const stdin = fakeTty([...keys, KEY.up + KEY.enter, ...rest]);
    const r = await runHegui(['assess', 'use', '--format', 'json', '--lang', 'en'], { stdin });
    expect(r.code, r.stderr.slice(-400)).toBe(0);
    expect(r.stderr).toMatch(
      /contradict each other: non-commercial, but the activities include paid services/,
    );
    expect((JSON.parse(r.stdout) as UseView).answers.commercial).toBe(true);
  });

  it('will not leave the activities question with nothing chosen, and collapses answered questions', async () => {
    const rest = keystrokesFor({ activities: ['personal-site'], commercial: false, icp: 'filing' }).slice(1);
    const stdin = fakeTty([KEY.enter, KEY.space + KEY.enter, ...rest]);
    const r = await runHegui(['assess', 'use', '--format', 'json', '--lang', 'en'], { stdin });
    expect(r.code, r.stderr.slice(-400)).toBe(0);
    expect(r.stderr).toContain('choose at least one (Space toggles)');
    expect(r.stderr).toMatch(/✔\x1b\[0m What is this server for\? .*personal website or blog/);
    expect((JSON.parse(r.stdout) as UseView).answers.activities).toEqual(['personal-site']);
  });

  it('Ctrl-C cancels with a coded error and leaves raw mode', async () => {
    const stdin = fakeTty(['\x03']);
    const r = await runHegui(['assess', 'use'], { stdin });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_USAGE: questionnaire cancelled/m);
    expect(stdin.raw).toBe(false);
  });

  it('numbered prompts when stdin is not a terminal, with "<" to go back and re-asking bad input', async () => {
    // activities: Enter with nothing picked is refused, then 8 = internal; commercial: yes; accounts: 9 is no choice, "<" back to commercial → no;
    // accounts: no; every other question: Enter for the default
    const lines = ['', '8', '1', '9', '<', '2', '2', ...Array<string>(40).fill('')];
    const stdin = new PassThrough();
    stdin.end(`${lines.join('\n')}\n`);
    const r = await runHegui(['assess', 'use', '--format', 'json', '--lang', 'en'], { stdin });
    expect(r.code, r.stderr.slice(-600)).toBe(0);
    expect(r.stderr).toContain('[1/');
    expect(r.stderr).toMatch(/Not understood: .*"9"/);
    expect(r.stderr).toContain('Not understood: choose at least one'); // Enter on the activities with none picked
    const view = JSON.parse(r.stdout) as UseView;
    expect(view.answers.activities).toEqual(['internal']);
    expect(view.answers.commercial).toBe(false);
  });

  it('refuses input that ends before the questionnaire is done', async () => {
    const stdin = new PassThrough();
    stdin.end('1\n');
    const r = await runHegui(['assess', 'use'], { stdin });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_ASSESS_ANSWERS: standard input ended/m);
  });
});
