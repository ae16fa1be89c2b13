/**
 * Reader for the Wazuh ruleset test files (`ruleset/testing/tests/*.ini`), used to measure our classifier
 * and correlator against Wazuh's own expectations. The files are evaluation data read at test time from
 * ../shared/eval/wazuh-ruleset-tests/; none of their content is kept in this repository.
 *
 * Format: `[name]` opens a test; `log N pass = LINE` must raise `rule` at level `alert`, `log N fail = LINE`
 * must not; lines sharing N form one sequence (e.g. eight failures that make a brute-force alert);
 * `decoder =` names Wazuh's decoder; `;` starts a comment.
 */

export interface WazuhLog {
  /** The sequence number N. */
  n: number;
  pass: boolean;
  line: string;
  /** 1-based line number in the .ini file. */
  at: number;
}

export interface WazuhTest {
  name: string;
  logs: WazuhLog[];
  rule: string | null;
  alert: number | null;
  decoder: string | null;
  /** 1-based line number of the `[name]` header. */
  at: number;
}

const LOG = /^log\s+(\d+)\s+(pass|fail)\s*=\s?(.*)$/;
const KEY = /^(rule|alert|decoder)\s*=\s*(.*?)\s*$/;

export function parseWazuhIni(text: string): WazuhTest[] {
  const tests: WazuhTest[] = [];
  let current: WazuhTest | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith(';') || trimmed.startsWith('#')) continue;
    const header = /^\[(.*)\]$/.exec(trimmed);
    if (header) {
      current = { name: header[1]!.trim(), logs: [], rule: null, alert: null, decoder: null, at: i + 1 };
      tests.push(current);
      continue;
    }
    if (!current) continue;
    const log = LOG.exec(raw.trimStart());
    if (log) {
      current.logs.push({ n: Number(log[1]), pass: log[2] === 'pass', line: log[3]!, at: i + 1 });
      continue;
    }
    const kv = KEY.exec(trimmed);
    if (kv) {
      const value = kv[2]!;
      if (kv[1] === 'rule') current.rule = value === '' ? null : value;
      else if (kv[1] === 'alert') current.alert = value === '' ? null : Number(value);
      else current.decoder = value === '' ? null : value;
    }
  }
  return tests;
}

/** The logs of a test grouped into sequences by N, in file order. */
export function sequences(test: WazuhTest): WazuhLog[][] {
  const groups = new Map<number, WazuhLog[]>();
  for (const log of test.logs) groups.set(log.n, [...(groups.get(log.n) ?? []), log]);
  return [...groups.values()];
}
