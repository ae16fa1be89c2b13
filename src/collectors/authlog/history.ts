/**
 * Shell histories (bash, zsh, sh/ash) → suspicious lines: download-and-run (also across a few lines:
 * `wget …` then `chmod +x` then `./x`), reverse shells, encoded payloads, programs run from temporary
 * directories — all through the persistence area's command classifier —, plus what only a history shows:
 * wiping the history, wiping login records and logs, and `chmod +x` on a file in /tmp, /var/tmp, /dev/shm.
 * Pure; nothing is ever run.
 */
import type { FileLine } from '../../core/evidence.ts';
import { commandSignals, type SignalKind } from '../../checks/persistence/command-signals.ts';
import { allCommands, parseShell, type SimpleCommand } from '../../checks/persistence/shell-parse.ts';
import type { HistoryHit, HistorySignalKind } from './authlog.types.ts';

export interface HistoryLine {
  /** Line number of the command's first line in the file. */
  line: number;
  command: string;
  /** Seconds since the epoch, from a bash `#epoch` line or zsh extended history. */
  epoch?: number;
}

const BASH_STAMP = /^#(\d{9,11})$/;
const ZSH_EXTENDED = /^: (\d{9,11}):\d+;(.*)$/s;

/** Split a history file into commands (zsh continuation lines joined), with times when recorded. */
export function parseHistory(text: string): HistoryLine[] {
  const raw = text.split(/\r?\n/);
  const out: HistoryLine[] = [];
  let stamp: number | undefined;
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    const bash = BASH_STAMP.exec(t);
    if (bash) {
      stamp = Number(bash[1]);
      continue;
    }
    const start = i + 1;
    let epoch = stamp;
    stamp = undefined;
    const zsh = ZSH_EXTENDED.exec(t);
    if (zsh) {
      epoch = Number(zsh[1]);
      t = zsh[2]!;
    }
    while (t.endsWith('\\') && i + 1 < raw.length && start + 50 > i) t = `${t.slice(0, -1)}\n${raw[++i]!}`;
    if (t.trim() === '') continue;
    out.push(epoch === undefined ? { line: start, command: t } : { line: start, command: t, epoch });
  }
  return out;
}

const FROM_CLASSIFIER: Partial<Record<SignalKind, HistorySignalKind>> = {
  downloadExec: 'download-exec',
  reverseShell: 'reverse-shell',
  encodedPayload: 'encoded-payload',
  tempPath: 'temp-exec',
};

const FETCHER = /\b(wget|curl|fetch|aria2c|axel|tftp|lwp-download|scp|rsync)\b/;
const TEMP = /^\/(tmp|var\/tmp|dev\/shm|run\/shm)(\/|$)/;
const HISTORY_FILE = /(^|\/)\.?[\w-]*_?history$/;
const LOG_FILE =
  /^\/var\/log(\/?$|\/\*$|\/(wtmp|btmp|lastlog|faillog|auth\.log|secure|messages|syslog|audit|journal)\b)/;
const HIST_VARS = /^(HISTFILE|HISTSIZE|HISTFILESIZE|SAVEHIST)=(.*)$/;
const DECLARERS = new Set(['export', 'declare', 'typeset', 'local', 'readonly']);
const REMOVERS = new Set(['rm', 'shred', 'truncate', 'unlink', 'srm', 'wipe']);

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function join(cwd: string | null, p: string): string {
  if (p.startsWith('/') || cwd === null) return p;
  const parts = cwd.split('/').filter(Boolean);
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

function executableMode(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) return /[1357]/.test(mode.slice(-3));
  return /^[ugoa]*[+=][rwxXst]*x/.test(mode) || /,[ugoa]*[+=][rwxXst]*x/.test(mode);
}

/** The own signals of one simple command (given the directory `cd` left us in). */
function ownSignals(cmd: SimpleCommand, cwd: string | null): { kind: HistorySignalKind; detail: string }[] {
  const out: { kind: HistorySignalKind; detail: string }[] = [];
  const words = cmd.words;
  let i = 0;
  while (
    i < words.length &&
    (DECLARERS.has(words[i]!) || HIST_VARS.test(words[i]!) || /^\w+=/.test(words[i]!))
  ) {
    const v = HIST_VARS.exec(words[i]!);
    if (v) {
      const value = v[2]!;
      if (
        (v[1] === 'HISTFILE' && (value === '/dev/null' || value === '')) ||
        (v[1] !== 'HISTFILE' && /^0*$/.test(value))
      )
        out.push({ kind: 'history-wiping', detail: `${v[1]}=${value}` });
    }
    i++;
  }
  const program = basename(words[i] ?? '');
  const args = words.slice(i + 1);
  if (program === 'history' && args.some((a) => /^-\w*c/.test(a)))
    out.push({ kind: 'history-wiping', detail: 'history -c' });
  if (program === 'unset' && args.some((a) => /^HIST(FILE|SIZE|FILESIZE)$/.test(a)))
    out.push({ kind: 'history-wiping', detail: `unset ${args.join(' ')}` });
  if (program === 'set' && args.includes('+o') && args.includes('history'))
    out.push({ kind: 'history-wiping', detail: 'set +o history' });
  if (program === 'ln' && args.includes('/dev/null') && args.some((a) => HISTORY_FILE.test(a)))
    out.push({ kind: 'history-wiping', detail: 'history file linked to /dev/null' });
  if (REMOVERS.has(program)) {
    const paths = args.filter((a) => !a.startsWith('-'));
    const hist = paths.find((a) => HISTORY_FILE.test(a));
    if (hist) out.push({ kind: 'history-wiping', detail: `${program} ${hist}` });
    const log = paths.map((p) => join(cwd, p)).find((p) => LOG_FILE.test(p));
    if (log) out.push({ kind: 'log-wiping', detail: `${program} ${log}` });
  }
  for (const r of cmd.redirects) {
    if (r.op !== '>' && r.op !== '>|') continue;
    if (HISTORY_FILE.test(r.target)) out.push({ kind: 'history-wiping', detail: `> ${r.target}` });
    else if (LOG_FILE.test(join(cwd, r.target)))
      out.push({ kind: 'log-wiping', detail: `> ${join(cwd, r.target)}` });
  }
  if (program === 'chmod') {
    const mode = args.find((a) => !a.startsWith('-'));
    if (mode !== undefined && executableMode(mode)) {
      const target = args
        .slice(args.indexOf(mode) + 1)
        .filter((a) => !a.startsWith('-'))
        .map((p) => join(cwd, p))
        .find((p) => TEMP.test(p));
      if (target) out.push({ kind: 'chmod-temp', detail: `chmod ${mode} ${target}` });
    }
  }
  return out;
}

/** The directory a `cd` line leaves us in; undefined when the line is not a plain cd. */
function cdTarget(command: string, cwd: string | null): string | null | undefined {
  const m = /^\s*cd(?:\s+(\S+))?\s*$/.exec(command);
  if (!m) return undefined;
  const dir = m[1];
  if (dir === undefined || dir.startsWith('~') || dir.startsWith('$') || dir === '-') return null;
  return join(cwd, dir).replace(/\/+$/, '') || '/';
}

export const MAX_HISTORY_HITS = 200;
const LOOKAHEAD = 8;
const MAX_COMMAND = 240;

function cut(s: string): string {
  const one = s.replace(/\s*\n\s*/g, '; ');
  return one.length > MAX_COMMAND ? `${one.slice(0, MAX_COMMAND)}…` : one;
}

/** The suspicious lines of one history, by line then kind, at most one hit per kind and line. */
export function historySignals(lines: readonly HistoryLine[], path: string, user: string): HistoryHit[] {
  const hits: HistoryHit[] = [];
  const seen = new Set<string>();
  let cwd: string | null = null;
  const add = (kind: HistorySignalKind, detail: string, at: HistoryLine, from?: HistoryLine): void => {
    const key = `${kind}@${at.line}`;
    if (seen.has(key) || hits.length >= MAX_HISTORY_HITS) return;
    seen.add(key);
    const where: FileLine = { path, line: at.line };
    const hit: HistoryHit = { kind, user, detail, command: cut(at.command), where };
    if (at.epoch !== undefined) hit.time = new Date(at.epoch * 1000).toISOString();
    if (from) hit.from = { path, line: from.line };
    hits.push(hit);
  };

  for (let i = 0; i < lines.length && hits.length < MAX_HISTORY_HITS; i++) {
    const at = lines[i]!;
    const cd = cdTarget(at.command, cwd);
    if (cd !== undefined) {
      cwd = cd;
      continue;
    }
    const prefix = cwd === null ? '' : `cd ${cwd}\n`;
    const signals = commandSignals(prefix + at.command);
    for (const s of signals) {
      const kind = FROM_CLASSIFIER[s.kind];
      if (kind) add(kind, s.detail, at);
    }
    for (const cmd of allCommands(parseShell(at.command)))
      for (const s of ownSignals(cmd, cwd)) add(s.kind, s.detail, at);

    // A download run a few lines later: wget …; chmod +x …; ./x
    if (FETCHER.test(at.command) && !signals.some((s) => s.kind === 'downloadExec')) {
      let script = prefix + at.command;
      for (let k = i + 1; k < Math.min(lines.length, i + 1 + LOOKAHEAD); k++) {
        script += `\n${lines[k]!.command}`;
        const found = commandSignals(script).find((s) => s.kind === 'downloadExec');
        if (found) {
          add('download-exec', found.detail, lines[k]!, at);
          break;
        }
      }
    }
  }
  return hits.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0) || a.kind.localeCompare(b.kind));
}
