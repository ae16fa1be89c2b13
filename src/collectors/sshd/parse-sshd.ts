/**
 * sshd_config(5) parser and the pure half of its evaluation. `parseSshdConfig` turns one file into
 * settings, Match lines and Include lines; the collector expands Includes; `effectiveSettings` applies
 * sshd's first-value-wins rule and fills in OpenSSH's compiled-in defaults.
 */
import { at, numberedLines } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { SshdEffective, SshdSetting } from './sshd.types.ts';

/** The main server configuration file; Include paths that are not absolute are relative to its directory. */
export const SSHD_CONFIG = '/etc/ssh/sshd_config';

export type SshdLine =
  | { kind: 'setting'; setting: SshdSetting }
  | { kind: 'match'; criteria: string; where: FileLine }
  | { kind: 'include'; patterns: string[]; where: FileLine };

/** Deprecated keywords that sshd reads as another one. */
export const SSHD_ALIASES: Readonly<Record<string, string>> = {
  challengeresponseauthentication: 'kbdinteractiveauthentication',
  skeyauthentication: 'kbdinteractiveauthentication',
  dsaauthentication: 'pubkeyauthentication',
};

/** OpenSSH's compiled-in defaults (servconf.c fill_default_server_options) for the keywords we reason about. */
export const SSHD_DEFAULTS: Readonly<Record<string, string>> = {
  port: '22',
  permitrootlogin: 'prohibit-password',
  passwordauthentication: 'yes',
  kbdinteractiveauthentication: 'yes',
  permitemptypasswords: 'no',
  usepam: 'no',
  pubkeyauthentication: 'yes',
  x11forwarding: 'no',
  maxauthtries: '6',
  authorizedkeysfile: '.ssh/authorized_keys .ssh/authorized_keys2',
  authenticationmethods: 'any',
  permituserenvironment: 'no',
  allowtcpforwarding: 'yes',
  logingracetime: '120',
  hostbasedauthentication: 'no',
  ignorerhosts: 'yes',
  strictmodes: 'yes',
  loglevel: 'INFO',
};

/**
 * Split a line as OpenSSH's argv_split does: whitespace separates words, double or single quotes group,
 * backslash escapes a quote or backslash, and a word starting with "#" begins a comment.
 * Returns undefined on an unterminated quote (sshd rejects the line).
 */
export function splitArgs(text: string): string[] | undefined {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length || text[i] === '#') break;
    let word = '';
    let quote: string | undefined;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (
        c === '\\' &&
        (text[i + 1] === '"' ||
          text[i + 1] === "'" ||
          text[i + 1] === '\\' ||
          (quote === undefined && text[i + 1] === ' '))
      ) {
        word += text[i + 1]!;
        i++;
      } else if (quote !== undefined) {
        if (c === quote) quote = undefined;
        else word += c;
      } else if (c === '"' || c === "'") quote = c;
      else if (/\s/.test(c)) break;
      else word += c;
    }
    if (quote !== undefined) return undefined;
    words.push(word);
  }
  return words;
}

/** "Keyword value", "Keyword=value" or "Keyword = value"; the keyword lower-cased. */
export function splitKeyword(line: string): { keyword: string; rest: string } | undefined {
  const m = /^\s*([^\s=]+)\s*(?:=\s*)?(.*)$/.exec(line);
  if (!m || m[1]!.startsWith('#')) return undefined;
  return { keyword: m[1]!.toLowerCase(), rest: m[2]! };
}

/** Parse one sshd_config file. Lines sshd would reject (no value, bad quoting) are skipped. */
export function parseSshdConfig(text: string, path: string): SshdLine[] {
  const out: SshdLine[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) continue;
    const kw = splitKeyword(t);
    if (!kw) continue;
    const args = splitArgs(kw.rest);
    // sshd rejects a keyword without an argument, and an empty quoted one ("") is "missing argument" too.
    if (!args || args.length === 0 || args.every((a) => a === '')) continue;
    const where = at(path, line);
    if (kw.keyword === 'match') out.push({ kind: 'match', criteria: args.join(' '), where });
    else if (kw.keyword === 'include') out.push({ kind: 'include', patterns: args, where });
    else {
      const key = SSHD_ALIASES[kw.keyword] ?? kw.keyword;
      const written = t.slice(0, t.search(/[\s=]|$/));
      const setting: SshdSetting = { key, value: args.join(' '), where };
      if (key !== kw.keyword) setting.written = written;
      out.push({ kind: 'setting', setting });
    }
  }
  return out;
}

/** First value wins for every keyword; keywords never set take OpenSSH's default (where null). */
export function effectiveSettings(global: readonly SshdSetting[]): Record<string, SshdEffective> {
  const effective: Record<string, SshdEffective> = {};
  for (const s of global) {
    if (!(s.key in effective)) effective[s.key] = { value: s.value, where: s.where };
  }
  for (const [key, value] of Object.entries(SSHD_DEFAULTS)) {
    if (!(key in effective)) effective[key] = { value, where: null };
  }
  return Object.fromEntries(Object.entries(effective).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The first value of a keyword in a list of settings (e.g. a Match block), or undefined. */
export function firstSetting(settings: readonly SshdSetting[], key: string): SshdSetting | undefined {
  return settings.find((s) => s.key === key);
}

/** Whether a glob character occurs (the pattern must be expanded against the directory). */
export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** fnmatch-style match of one path component ("*.conf", "?", "[0-9]*"); "*" does not match a leading ".". */
export function globComponent(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
      i = close;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, (m) => `\\${m}`);
  }
  try {
    return new RegExp(`${re}$`, 'u').test(name);
  } catch {
    return false;
  }
}
