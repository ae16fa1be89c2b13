/**
 * crontab(5) files. A system crontab (/etc/crontab, /etc/cron.d/*) has five time fields, a user and the
 * command; a user crontab (/var/spool/cron/…) has no user field. `@reboot`, `@daily`, … replace the
 * five fields. `NAME=value` lines set the environment and are not tasks. A leading `-` (cronie: do not
 * log the run) is accepted. Lines that cron itself would reject are skipped. Pure.
 */
import type { FileLine } from '../../core/evidence.ts';

export interface CrontabEntry {
  schedule: string;
  /** The user field of a system crontab; the owner given by the caller for a user crontab. */
  user: string | null;
  command: string;
  where: FileLine;
}

const KEYWORDS = new Set([
  '@reboot',
  '@yearly',
  '@annually',
  '@monthly',
  '@weekly',
  '@daily',
  '@midnight',
  '@hourly',
]);
const TIME_FIELD = /^[0-9A-Za-z*/,\-?LW#]+$/;
const ENV_LINE = /^(?:[A-Za-z_][A-Za-z0-9_]*|"[^"]*"|'[^']*')\s*=/;

/** Split off `count` blank-separated fields; the rest of the line (leading blanks removed) is the remainder. */
function fields(line: string, count: number): { fields: string[]; rest: string } | undefined {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    const start = i;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
    if (i === start) return undefined;
    out.push(line.slice(start, i));
  }
  const rest = line.slice(i).replace(/^[ \t]+/, '');
  return { fields: out, rest };
}

export function parseCrontab(
  text: string,
  path: string,
  options: { system: boolean; user?: string | null },
): CrontabEntry[] {
  const entries: CrontabEntry[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!.replace(/\r$/, '').replace(/^[ \t]+/, '');
    if (line === '' || line.startsWith('#') || ENV_LINE.test(line)) continue;
    if (line.startsWith('-')) line = line.slice(1);
    const keyword = /^@\S+/.exec(line)?.[0];
    const timeCount = keyword ? 1 : 5;
    const split = fields(line, timeCount + (options.system ? 1 : 0));
    if (!split || split.rest === '') continue;
    const time = split.fields.slice(0, timeCount);
    if (keyword ? !KEYWORDS.has(keyword.toLowerCase()) : !time.every((f) => TIME_FIELD.test(f))) continue;
    entries.push({
      schedule: time.join(' '),
      user: options.system ? split.fields[timeCount]! : (options.user ?? null),
      command: split.rest.trimEnd(),
      where: { path, line: n + 1 },
    });
  }
  return entries;
}

export type CronFlavour = 'debian' | 'other';

/**
 * Whether cron (for /etc/cron.d) or run-parts (for /etc/cron.daily …) skips a file by its name.
 * Debian's cron and run-parts accept only names made of letters, digits, `_` and `-` (so `x.sh`,
 * `x.dpkg-old`, `x~` are ignored). Elsewhere (cronie, RHEL's run-parts) dotted names ARE run; only
 * hidden files, editor backups and package-manager leftovers are skipped.
 */
export function cronSkipsName(name: string, flavour: CronFlavour): boolean {
  if (flavour === 'debian') return !/^[A-Za-z0-9_-]+$/.test(name);
  return (
    name.startsWith('.') ||
    name.endsWith('~') ||
    name.endsWith(',') ||
    /\.(rpmsave|rpmorig|rpmnew|swp|cfsaved|dpkg-old|dpkg-dist|dpkg-new|dpkg-tmp|dpkg-bak|ucf-old|ucf-dist|ucf-new)$/.test(
      name,
    )
  );
}

/**
 * The lines of a script in /etc/cron.{hourly,daily,weekly,monthly}: every non-empty, non-comment line,
 * with `\` continuations joined (numbered from their first line).
 */
export function parseScriptLines(text: string, path: string): { command: string; where: FileLine }[] {
  const out: { command: string; where: FileLine }[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const first = n + 1;
    let line = lines[n]!.replace(/\r$/, '').trim();
    while (line.endsWith('\\') && n + 1 < lines.length) {
      line = `${line.slice(0, -1).trimEnd()} ${lines[++n]!.replace(/\r$/, '').trim()}`;
    }
    if (line === '' || line.startsWith('#')) continue;
    out.push({ command: line, where: { path, line: first } });
  }
  return out;
}
