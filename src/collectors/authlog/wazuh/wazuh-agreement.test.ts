/**
 * Agreement with Wazuh's ruleset tests (../shared/eval/wazuh-ruleset-tests/, GPL-2.0 evaluation data read
 * in place, never copied). Prints the table and asserts it: every auth/account `pass` line classified as
 * the mapped class (100 %), no auth event invented for out-of-scope lines, every correlation verdict
 * reproduced.
 *
 * Exclusions (see wazuh-map.ts for the rule-by-rule reasons):
 * - out-of-scope rules (transport errors, key exchange, DNS, sshd configuration, firewall, kernel, rsyslog):
 *   their pass lines are only required not to become an authentication event;
 * - `fail` lines: they say Wazuh must not raise that rule, which is about Wazuh's rule tree, not about what
 *   the line means. sshd.ini's two fail lines are duplicates of an attempt already logged, and we check that
 *   they do not count again; su.ini's fail lines are byte-for-byte pam.ini pass lines (a PAM failure, which
 *   we do report), and syslog.ini has only fail lines (none about authentication except a failed useradd,
 *   which we report as user-add-failed);
 * - 5719 on log time: its test sequence mixes two dates six days apart. Wazuh counts by arrival time (the
 *   harness sends the eight lines at once); a scan can only use the stamps, by which these are not eight
 *   refusals within 120 s. Replayed one second apart, as the harness sends them, we reach 5719 too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../classify.ts';
import { createCorrelator } from '../correlate.ts';
import { agreementTable, wazuhAgreement } from './wazuh-agreement.ts';
import { parseWazuhIni, sequences } from './wazuh-ini.ts';
import { sharedEval } from '../../../../test/shared-eval.ts';

const DIR = sharedEval('wazuh-ruleset-tests');
const FILES = ['sshd.ini', 'pam.ini', 'syslog.ini', 'su.ini', 'sudo.ini'];
const present = existsSync(path.join(DIR, 'sshd.ini'));

describe('parseWazuhIni', () => {
  it('reads sections, numbered pass/fail logs, rule, alert and decoder; skips comments', () => {
    const text = [
      '; a comment',
      '[first test]',
      'log 1 pass = Jan  1 00:00:00 h p: one = two',
      'log 1 pass = Jan  1 00:00:01 h p: again',
      'log 2 fail = Jan  1 00:00:02 h p: no',
      'rule = 1234',
      'alert = 5',
      'decoder = p',
      '',
      '[second]',
      'log 1 pass = x',
      'rule =',
      'decoder =',
    ].join('\n');
    const tests = parseWazuhIni(text);
    expect(tests).toEqual([
      {
        name: 'first test',
        at: 2,
        rule: '1234',
        alert: 5,
        decoder: 'p',
        logs: [
          { n: 1, pass: true, line: 'Jan  1 00:00:00 h p: one = two', at: 3 },
          { n: 1, pass: true, line: 'Jan  1 00:00:01 h p: again', at: 4 },
          { n: 2, pass: false, line: 'Jan  1 00:00:02 h p: no', at: 5 },
        ],
      },
      {
        name: 'second',
        at: 10,
        rule: null,
        alert: null,
        decoder: null,
        logs: [{ n: 1, pass: true, line: 'x', at: 11 }],
      },
    ]);
    expect(sequences(tests[0]!).map((s) => s.map((l) => l.at))).toEqual([[3, 4], [5]]);
  });
});

describe.runIf(present)('agreement with Wazuh ruleset tests (v4.14.7)', () => {
  const files = FILES.map((file) => ({ file, text: readFileSync(path.join(DIR, file), 'utf8') }));
  const result = wazuhAgreement(files);

  it('prints and asserts the agreement table', () => {
    console.log(`\nWazuh agreement (auth and account lines)\n${agreementTable(result.rows)}\n`);
    expect(result.undecided).toEqual([]);
    expect(result.lines.filter((l) => !l.ok)).toEqual([]);
    expect(result.outOfScope.filter((l) => !l.ok)).toEqual([]);
    const byFile = Object.fromEntries(result.rows.map((r) => [r.file, r]));
    // What each file holds, so that a changed data set is noticed rather than silently passed.
    expect(result.rows.map((r) => [r.file, r.considered, r.correct, r.outOfScope, r.sequences])).toEqual([
      ['sshd.ini', 46, 46, 23, 3],
      ['pam.ini', 5, 5, 0, 1],
      ['syslog.ini', 0, 0, 0, 0],
      ['su.ini', 3, 3, 0, 0],
      ['sudo.ini', 8, 8, 0, 1],
    ]);
    expect(byFile['syslog.ini']!.failLines).toBe(6);
  });

  it('reproduces every correlation verdict (replayed as Wazuh receives them)', () => {
    expect(result.sequences.map((s) => [s.rule, s.lines, s.replay])).toEqual([
      ['5719', 8, true],
      ['5763', 8, true],
      ['5712', 8, true],
      ['2502', 1, true],
      ['5404', 1, true],
    ]);
  });

  it('reproduces them on the lines’ own stamps, except 5719 whose stamps are six days apart', () => {
    expect(result.sequences.filter((s) => !s.logTime).map((s) => s.rule)).toEqual(['5719']);
  });

  it('does not count sshd.ini’s duplicate invalid-user lines (Wazuh fail lines) again', () => {
    const sshd = parseWazuhIni(files[0]!.text);
    const fail = sshd.flatMap((t) => t.logs.filter((l) => !l.pass));
    expect(fail).toHaveLength(2);
    for (const log of fail) expect(classifyLine(log.line, { ref: { year: 2020, month: 12 } })).toBeNull();
  });

  it('a sequence one event short, or from several sources, reaches no verdict', () => {
    const sshd = parseWazuhIni(files[0]!.text);
    for (const name of ['sshd brute force rule', 'sshd brute force rule 2']) {
      const lines = sshd.find((t) => t.name === name)!.logs.map((l) => l.line);
      const c = createCorrelator();
      const fired = lines
        .slice(0, 7)
        .flatMap((line) => c.push(classifyLine(line, { ref: { year: 2020, month: 12 } })!));
      expect(fired).toEqual([]);
      const spread = createCorrelator();
      const firedSpread = lines.flatMap((line, i) => {
        const e = classifyLine(line, { ref: { year: 2020, month: 12 } })!;
        return spread.push({ ...e, ip: `192.0.2.${i}` });
      });
      expect(firedSpread).toEqual([]);
    }
  });
});

describe('5720 (not in the Wazuh test files): our own sequence', () => {
  it('eight other-method failures from one source within 360 s fire 5720', () => {
    const c = createCorrelator();
    const fired = Array.from({ length: 8 }, (_, i) => {
      const s = String(i * 40);
      const line = `2026-04-02T10:${String(Math.floor(Number(s) / 60)).padStart(2, '0')}:${String(Number(s) % 60).padStart(2, '0')}+00:00 bastion sshd[${900 + i}]: Failed none for operator from 198.51.100.77 port ${41000 + i} ssh2`;
      return c.push(classifyLine(line, { ref: { year: 2026, month: 4 } })!);
    });
    expect(fired.at(-1)).toEqual(['5720']);
    expect(fired.slice(0, 7).flat()).toEqual([]);
  });
});
