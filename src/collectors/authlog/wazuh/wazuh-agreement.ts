/**
 * Agreement between our classifier/correlator and Wazuh's ruleset tests: per test file, how many `pass`
 * lines of in-scope rules we classify as the mapped class, and whether each correlation sequence reaches
 * the same verdict. Pure: takes the .ini texts, returns the table and every disagreement.
 *
 * Time: Wazuh's frequency windows run on the time events *arrive* at the manager, and its test harness
 * sends a sequence at once. A scan reads logs after the fact, so our correlator runs on the stamps in the
 * lines. Each sequence is therefore judged twice: `replay` feeds the events one second apart, as the harness
 * does; `logTime` uses the lines' own stamps.
 */
import type { AuthEventClass, VerdictRule } from '../authlog.types.ts';
import { classifyLine } from '../classify.ts';
import { createCorrelator } from '../correlate.ts';
import { NON_AUTH_CLASSES, WAZUH_OUT_OF_SCOPE, WAZUH_RULE_CLASS, WAZUH_VERDICT } from './wazuh-map.ts';
import { parseWazuhIni, sequences, type WazuhLog, type WazuhTest } from './wazuh-ini.ts';

/** Test logs carry no year; any fixed reference works (stamps are compared only with each other). */
const REF = { year: 2020, month: 12 };

export interface LineResult {
  file: string;
  test: string;
  rule: string;
  at: number;
  line: string;
  expected: AuthEventClass | 'no auth event';
  got: AuthEventClass | null;
  ok: boolean;
}

export interface SequenceResult {
  file: string;
  test: string;
  rule: string;
  verdict: VerdictRule;
  lines: number;
  replay: boolean;
  logTime: boolean;
}

export interface FileRow {
  file: string;
  passLines: number;
  /** Pass lines of in-scope rules (auth or accounts), each one a claim. */
  considered: number;
  correct: number;
  /** Pass lines of out-of-scope rules; for these we only require that no auth event is invented. */
  outOfScope: number;
  outOfScopeClean: number;
  failLines: number;
  sequences: number;
  sequencesReplayAgree: number;
  sequencesLogTimeAgree: number;
}

export interface Agreement {
  rows: FileRow[];
  lines: LineResult[];
  outOfScope: LineResult[];
  sequences: SequenceResult[];
  /** Rule ids met in the files that neither the scope map nor the out-of-scope list decides. */
  undecided: string[];
}

function classOf(line: string): AuthEventClass | null {
  return classifyLine(line, { ref: REF })?.class ?? null;
}

function verdictOf(logs: WazuhLog[], verdict: VerdictRule, mode: 'replay' | 'logTime'): boolean {
  const correlator = createCorrelator();
  let fired = false;
  logs.forEach((log, i) => {
    const event = classifyLine(log.line, { ref: REF, where: { path: 'wazuh.ini', line: log.at } });
    if (!event) return;
    const epoch = mode === 'replay' ? 1_600_000_000 + i : event.epoch;
    if (correlator.push({ ...event, epoch }).includes(verdict)) fired = true;
  });
  return fired;
}

export function wazuhAgreement(files: readonly { file: string; text: string }[]): Agreement {
  const rows: FileRow[] = [];
  const lines: LineResult[] = [];
  const outOfScope: LineResult[] = [];
  const seqs: SequenceResult[] = [];
  const undecided = new Set<string>();

  for (const { file, text } of files) {
    const row: FileRow = {
      file,
      passLines: 0,
      considered: 0,
      correct: 0,
      outOfScope: 0,
      outOfScopeClean: 0,
      failLines: 0,
      sequences: 0,
      sequencesReplayAgree: 0,
      sequencesLogTimeAgree: 0,
    };
    const tests: WazuhTest[] = parseWazuhIni(text);
    for (const test of tests) {
      const rule = test.rule ?? '';
      const verdict = WAZUH_VERDICT[rule];
      const single = WAZUH_RULE_CLASS[rule];
      const expected = verdict?.member ?? single;
      for (const log of test.logs) {
        if (!log.pass) {
          row.failLines++;
          continue;
        }
        row.passLines++;
        const got = classOf(log.line);
        const base = { file, test: test.name, rule, at: log.at, line: log.line, got };
        if (expected !== undefined) {
          row.considered++;
          const ok = got === expected;
          if (ok) row.correct++;
          lines.push({ ...base, expected, ok });
        } else if (rule in WAZUH_OUT_OF_SCOPE) {
          row.outOfScope++;
          const ok = got === null || NON_AUTH_CLASSES.includes(got);
          if (ok) row.outOfScopeClean++;
          outOfScope.push({ ...base, expected: 'no auth event', ok });
        } else {
          undecided.add(rule);
        }
      }
      if (verdict) {
        for (const seq of sequences(test)) {
          const pass = seq.filter((l) => l.pass);
          if (pass.length === 0) continue;
          row.sequences++;
          const replay = verdictOf(pass, verdict.verdict, 'replay');
          const logTime = verdictOf(pass, verdict.verdict, 'logTime');
          if (replay) row.sequencesReplayAgree++;
          if (logTime) row.sequencesLogTimeAgree++;
          seqs.push({
            file,
            test: test.name,
            rule,
            verdict: verdict.verdict,
            lines: pass.length,
            replay,
            logTime,
          });
        }
      }
    }
    rows.push(row);
  }
  return { rows, lines, outOfScope, sequences: seqs, undecided: [...undecided].sort() };
}

/** The table as Markdown (the README quotes it). */
export function agreementTable(rows: readonly FileRow[]): string {
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
  const out = [
    '| file | pass lines | auth/account lines considered | classified correctly | % | out-of-scope lines without an invented auth event | sequences (Wazuh verdict reproduced: replay / log time) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const total: FileRow = {
    file: 'total',
    passLines: 0,
    considered: 0,
    correct: 0,
    outOfScope: 0,
    outOfScopeClean: 0,
    failLines: 0,
    sequences: 0,
    sequencesReplayAgree: 0,
    sequencesLogTimeAgree: 0,
  };
  for (const r of [...rows]) {
    for (const k of Object.keys(total) as (keyof FileRow)[]) if (k !== 'file') total[k] += r[k];
  }
  for (const r of [...rows, total]) {
    out.push(
      `| ${r.file} | ${r.passLines} | ${r.considered} | ${r.correct} | ${pct(r.correct, r.considered)} | ${r.outOfScopeClean}/${r.outOfScope} | ${r.sequences === 0 ? '—' : `${r.sequencesReplayAgree}/${r.sequences} / ${r.sequencesLogTimeAgree}/${r.sequences}`} |`,
    );
  }
  return out.join('\n');
}
