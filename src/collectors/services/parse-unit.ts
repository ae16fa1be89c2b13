/**
 * The one systemd unit-file parser (systemd.syntax(7)), shared by the services and scheduled collectors
 * and by the preload collector for /etc/systemd/system.conf. Pure: text + path → entries with lines.
 *
 * - `[Section]` headers; `Key=Value` with blanks around `=` ignored; `#` and `;` start comment lines.
 * - A line ending in `\` continues on the next line (the backslash becomes a space); comment lines inside
 *   a continuation are skipped. The entry keeps the line number of its first physical line.
 * - Merging a unit with its drop-ins: list settings (ExecStart=, OnCalendar=, WantedBy=, …) accumulate,
 *   and an empty assignment (`ExecStart=`) resets the list so far; for single settings the last wins.
 */
import type { FileLine } from '../../core/evidence.ts';

export interface UnitEntry {
  section: string;
  key: string;
  value: string;
  where: FileLine;
}

export interface ParsedUnit {
  path: string;
  entries: UnitEntry[];
}

export function parseUnit(text: string, path: string): ParsedUnit {
  const lines = text.split(/\r?\n/);
  const entries: UnitEntry[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    let line = lines[i]!.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line.startsWith('[')) {
      const close = line.indexOf(']');
      section = close > 0 ? line.slice(1, close).trim() : '';
      continue;
    }
    // Join continuation lines.
    while (line.endsWith('\\') && i + 1 < lines.length) {
      line = line.slice(0, -1).trimEnd() + ' ';
      let next = lines[++i]!;
      while (/^\s*[#;]/.test(next) && i + 1 < lines.length) next = lines[++i]!;
      if (/^\s*[#;]/.test(next)) break;
      line += next.trim();
    }
    if (line.endsWith('\\')) line = line.slice(0, -1);
    line = line.trimEnd();
    const eq = line.indexOf('=');
    if (eq <= 0 || section === '') continue;
    entries.push({
      section,
      key: line.slice(0, eq).trim(),
      value: line.slice(eq + 1).trim(),
      where: { path, line: first },
    });
  }
  return { path, entries };
}

/**
 * The effective values of a list setting over a unit and its drop-ins (given in order): every
 * assignment appends, an empty assignment clears what came before.
 */
export function settingList(files: readonly ParsedUnit[], section: string, key: string): UnitEntry[] {
  let out: UnitEntry[] = [];
  for (const file of files) {
    for (const e of file.entries) {
      if (e.section !== section || e.key !== key) continue;
      if (e.value === '') out = [];
      else out.push(e);
    }
  }
  return out;
}

/** The effective value of a single setting: the last assignment wins; an empty one resets to unset. */
export function setting(files: readonly ParsedUnit[], section: string, key: string): UnitEntry | undefined {
  const list = settingList(files, section, key);
  return list[list.length - 1];
}

/** Split a systemd word list (`WantedBy=a.target b.target`, `DefaultEnvironment="A=1 2" B=3`) honouring quotes. */
export function splitWords(value: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /\s/.test(value[i]!)) i++;
    if (i >= value.length) break;
    let word = '';
    while (i < value.length && !/\s/.test(value[i]!)) {
      const c = value[i]!;
      if (c === '"' || c === "'") {
        const end = value.indexOf(c, i + 1);
        const stop = end < 0 ? value.length : end;
        word += value.slice(i + 1, stop).replace(/\\(.)/g, '$1');
        i = stop + 1;
      } else if (c === '\\' && i + 1 < value.length) {
        word += value[i + 1]!;
        i += 2;
      } else {
        word += c;
        i++;
      }
    }
    words.push(word);
  }
  return words;
}

export interface ExecLine {
  /** The special prefixes as written: any of `@ - : + ! !! |`. */
  prefixes: string;
  /** The command as run: the executable then its arguments (argv[0] dropped for `@`). */
  command: string;
}

/** Strip the ExecStart= prefixes (systemd.service(5) "Command lines"). */
export function parseExecLine(value: string): ExecLine {
  const m = /^[@\-:+!|]*/.exec(value)!;
  const prefixes = m[0];
  let command = value.slice(prefixes.length).trim();
  if (prefixes.includes('@')) {
    // `@/usr/bin/x argv0 args…`: the second word is argv[0] and is not part of what runs.
    const words = /^(\S+)\s+(\S+)\s*(.*)$/s.exec(command);
    if (words) command = words[3] ? `${words[1]!} ${words[3]}` : words[1]!;
  }
  return { prefixes, command };
}
