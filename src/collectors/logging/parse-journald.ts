/**
 * journald configuration: a pure parser for one journald.conf-style file, the merge of the main file
 * and its drop-ins (later wins; an empty value resets to the default), systemd time spans, and the
 * retention that follows.
 */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { LoggingSection } from './logging.types.ts';

export interface JournaldAssignment {
  key: string;
  value: string;
  where: FileLine;
}

/** Assignments of the [Journal] section, in file order. `#` and `;` start comment lines; `\` continues a line. */
export function parseJournaldConf(text: string, path: string): JournaldAssignment[] {
  const out: JournaldAssignment[] = [];
  const lines = text.split(/\r?\n/);
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!.trim();
    while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]!.trim()}`;
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[([^\]]*)\]$/.exec(line);
    if (header) {
      section = header[1]!.trim();
      continue;
    }
    if (section !== 'Journal') continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]))
      value = value.slice(1, -1);
    out.push({ key: line.slice(0, eq).trim(), value, where: at(path, lineNo) });
  }
  return out;
}

/** The effective value of each key after all files in order; an empty assignment resets the key. */
export function mergeJournald(files: readonly JournaldAssignment[][]): Map<string, JournaldAssignment> {
  const merged = new Map<string, JournaldAssignment>();
  for (const file of files) {
    for (const a of file) {
      if (a.value === '') merged.delete(a.key);
      else merged.set(a.key, a);
    }
  }
  return merged;
}

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(usec|us|µs|μs)$/, 1e-6],
  [/^(msec|ms)$/, 1e-3],
  [/^(seconds|second|sec|s)$/, 1],
  [/^(minutes|minute|min|m)$/, 60],
  [/^(hours|hour|hr|h)$/, 3600],
  [/^(days|day|d)$/, 86400],
  [/^(weeks|week|w)$/, 604800],
  // systemd: a month is 30.44 days, a year 365.25 days; "M" (capital) is a month, "m" a minute.
  [/^(months|month|M)$/, 2629800],
  [/^(years|year|y)$/, 31557600],
];

/**
 * A systemd time span ("6month", "180d", "1y 2w", "1.5h", "3600") in seconds; a bare number is seconds.
 * "infinity" is Infinity. Returns null when the text is not a time span.
 */
export function parseTimespan(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (t === 'infinity') return Infinity;
  const re = /(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-zµμ]*)\s*/gy;
  let total = 0;
  let pos = 0;
  let parts = 0;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    if (m[0] === '') break;
    const n = Number(m[1]);
    const unit = m[2]!;
    let factor = unit === '' ? 1 : undefined;
    if (factor === undefined)
      for (const [pattern, seconds] of UNIT_SECONDS) if (pattern.test(unit)) factor = seconds;
    if (factor === undefined) return null;
    total += n * factor;
    pos = re.lastIndex;
    parts++;
  }
  if (parts === 0 || pos !== t.length) return null;
  return total;
}

export type JournaldFacts = Omit<
  LoggingSection['journald'],
  'installed' | 'configFiles' | 'persistentDirExists'
>;

const STORAGE = new Set(['persistent', 'volatile', 'auto', 'none']);
const DAY = 86400;

/** What the merged settings mean for retention. `persistentDirExists` resolves Storage=auto. */
export function journaldFacts(
  merged: Map<string, JournaldAssignment>,
  persistentDirExists: boolean,
): JournaldFacts {
  const storageAssignment = merged.get('Storage');
  const rawStorage = storageAssignment?.value.toLowerCase();
  const storage =
    rawStorage !== undefined && STORAGE.has(rawStorage) ? (rawStorage as JournaldFacts['storage']) : 'auto';
  const effectiveStorage = storage === 'auto' ? (persistentDirExists ? 'persistent' : 'volatile') : storage;
  const retention = merged.get('MaxRetentionSec');
  const maxRetentionSec = retention ? parseTimespan(retention.value) : null;
  const fileSec = merged.get('MaxFileSec');
  const maxFileSec = fileSec ? parseTimespan(fileSec.value) : null;
  const systemMaxUse = merged.get('SystemMaxUse')?.value ?? null;
  const sizeBound =
    systemMaxUse !== null
      ? `SystemMaxUse=${systemMaxUse}`
      : 'SystemMaxUse default: 10% of the file system, at most 4G';
  const finiteRetention =
    maxRetentionSec !== null && Number.isFinite(maxRetentionSec) ? maxRetentionSec : null;
  let days: number | null = null;
  let basis: string;
  if (effectiveStorage !== 'persistent') {
    basis =
      effectiveStorage === 'none'
        ? 'Storage=none: journald keeps nothing'
        : storage === 'auto'
          ? 'Storage=auto without /var/log/journal: kept in memory only, lost at reboot'
          : 'Storage=volatile: kept in memory only, lost at reboot';
  } else if (finiteRetention !== null && finiteRetention > 0) {
    days = Math.floor((finiteRetention / DAY) * 10) / 10;
    basis = `MaxRetentionSec=${retention!.value}; also bounded by size (${sizeBound})`;
  } else {
    const timeNote = !retention
      ? 'MaxRetentionSec not set'
      : maxRetentionSec === null
        ? `MaxRetentionSec=${retention.value} is not a time span and is ignored`
        : `MaxRetentionSec=${retention.value}: no time limit`;
    basis = `bounded by size, not time (${sizeBound}; ${timeNote})`;
  }
  return {
    storage,
    effectiveStorage,
    maxRetentionSec:
      maxRetentionSec === null || !Number.isFinite(maxRetentionSec)
        ? maxRetentionSec === null
          ? null
          : 0
        : maxRetentionSec,
    maxFileSec: maxFileSec === null || !Number.isFinite(maxFileSec) ? null : maxFileSec,
    systemMaxUse,
    days,
    basis,
    where: storageAssignment?.where ?? null,
    retentionWhere: retention?.where ?? null,
  };
}
