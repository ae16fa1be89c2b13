/**
 * Library preloading set for every process: /etc/ld.so.preload, and LD_PRELOAD assigned in the files
 * every login shell or every service reads. Pure.
 */
import type { FileLine } from '../../core/evidence.ts';
import { settingList, splitWords, type ParsedUnit } from '../services/parse-unit.ts';

export interface Preloaded {
  library: string;
  where: FileLine;
}

export interface PreloadAssignment {
  value: string;
  where: FileLine;
}

/**
 * /etc/ld.so.preload as the dynamic loader reads it: names separated by blanks or `:`, `#` starting a
 * comment that runs to the end of the line.
 */
export function parseLdSoPreload(text: string, path: string): Preloaded[] {
  const out: Preloaded[] = [];
  text.split('\n').forEach((raw, i) => {
    const hash = raw.indexOf('#');
    const line = hash < 0 ? raw : raw.slice(0, hash);
    for (const library of line.split(/[\s:]+/))
      if (library !== '') out.push({ library, where: { path, line: i + 1 } });
  });
  return out;
}

/** Cut an unquoted `#` comment (one that starts a word) off a shell line. */
function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '\\') i++;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

/** The shell word starting at `start`: quotes removed, ending at an unquoted blank, `;`, `&`, `|` or `)`. */
function readWord(line: string, start: number): string {
  let out = '';
  for (let i = start; i < line.length; i++) {
    const c = line[i]!;
    if (/[\s;&|)]/.test(c)) break;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      const stop = end < 0 ? line.length : end;
      out += c === '"' ? line.slice(i + 1, stop).replace(/\\(["\\$`])/g, '$1') : line.slice(i + 1, stop);
      i = stop;
    } else if (c === '\\') out += line[++i] ?? '';
    else out += c;
  }
  return out;
}

const ASSIGN =
  /(^|[\s;&|(`])(?:(?:export|declare\s+-[a-zA-Z]*x[a-zA-Z]*|typeset\s+-[a-zA-Z]*x[a-zA-Z]*|readonly|local)\s+)?LD_PRELOAD=/g;

/**
 * LD_PRELOAD assignments in a shell startup file or /etc/environment (`LD_PRELOAD=x`, `export
 * LD_PRELOAD="x"`, `[ -f x ] && export LD_PRELOAD=x`). An empty value preloads nothing and is skipped.
 */
export function parseShellPreload(text: string, path: string): PreloadAssignment[] {
  const out: PreloadAssignment[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const first = n + 1;
    let line = lines[n]!.replace(/\r$/, '');
    while (line.endsWith('\\') && n + 1 < lines.length)
      line = line.slice(0, -1) + lines[++n]!.replace(/\r$/, '');
    const code = stripComment(line);
    for (const m of code.matchAll(ASSIGN)) {
      const value = readWord(code, m.index + m[0].length);
      if (value !== '') out.push({ value, where: { path, line: first } });
    }
  }
  return out;
}

/** /etc/security/pam_env.conf: `LD_PRELOAD DEFAULT=x` or `OVERRIDE=x`. */
export function parsePamEnvConf(text: string, path: string): PreloadAssignment[] {
  const out: PreloadAssignment[] = [];
  text.split('\n').forEach((raw, i) => {
    const words = splitWords(stripComment(raw));
    if (words[0] !== 'LD_PRELOAD') return;
    for (const w of words.slice(1)) {
      const m = /^(DEFAULT|OVERRIDE)=(.*)$/.exec(w);
      if (m && m[2] !== '') out.push({ value: m[2]!, where: { path, line: i + 1 } });
    }
  });
  return out;
}

/** DefaultEnvironment= of systemd's [Manager] (system.conf and its drop-ins, in order): every service inherits it. */
export function systemdPreload(files: readonly ParsedUnit[]): PreloadAssignment[] {
  const out: PreloadAssignment[] = [];
  for (const e of settingList(files, 'Manager', 'DefaultEnvironment')) {
    for (const word of splitWords(e.value)) {
      if (word.startsWith('LD_PRELOAD=') && word.length > 'LD_PRELOAD='.length)
        out.push({ value: word.slice(11), where: e.where });
    }
  }
  return out;
}
