/**
 * sudoers(5) parser. Pure: text + host path → includes, alias definitions and user specifications.
 * Includes and aliases are resolved across files by `resolveSudoRules` (also pure). Malformed lines
 * are skipped, never fatal. Defaults lines are not modelled.
 */
import { at, numberedLines } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { SudoRule } from './accounts.types.ts';

export type AliasType = 'User_Alias' | 'Runas_Alias' | 'Host_Alias' | 'Cmnd_Alias';

export interface SudoCommand {
  runAs: string;
  noPasswd: boolean;
  command: string;
}

export type SudoersItem =
  | { kind: 'include'; path: string; dir: boolean; where: FileLine }
  | { kind: 'alias'; type: AliasType; name: string; members: string[]; where: FileLine }
  | { kind: 'spec'; users: string[]; groups: { hosts: string; commands: SudoCommand[] }[]; where: FileLine };

const TAGS = new Set([
  'NOPASSWD',
  'PASSWD',
  'NOEXEC',
  'EXEC',
  'SETENV',
  'NOSETENV',
  'LOG_INPUT',
  'NOLOG_INPUT',
  'LOG_OUTPUT',
  'NOLOG_OUTPUT',
  'MAIL',
  'NOMAIL',
  'FOLLOW',
  'NOFOLLOW',
  'INTERCEPT',
  'NOINTERCEPT',
]);
const OPTIONS =
  /^(?:CWD|CHROOT|ROLE|TYPE|TIMEOUT|NOTBEFORE|NOTAFTER|APPARMOR_PROFILE|PRIVS|LIMITPRIVS)=("(?:[^"\\]|\\.)*"|\S+)\s*/;
const DIGEST = /^(?:sha224|sha256|sha384|sha512):\S+\s+/;
const ALIAS_NAME = /^[A-Z][A-Z0-9_]*$/;
const DEFAULT_RUNAS = 'root';

/** Join backslash-continued lines; each logical line keeps the number of its first physical line. */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let pending: { line: number; text: string } | undefined;
  for (const { line, text: t } of numberedLines(text)) {
    const continued = /(^|[^\\])(\\\\)*\\$/.test(t);
    const body = continued ? t.slice(0, -1) : t;
    if (pending) pending.text += body;
    else pending = { line, text: body };
    if (!continued) {
      out.push(pending);
      pending = undefined;
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** Drop a comment: "#" not escaped, not inside quotes, and not a "#uid" (followed by a digit or "-digit"). */
function stripComment(t: string): string {
  let quoted = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (c === '#' && !quoted && !/^#-?\d/.test(t.slice(i))) return t.slice(0, i);
  }
  return t;
}

/** Split on an unescaped, unquoted separator character. */
function splitUnescaped(t: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '\\' && i + 1 < t.length) {
      current += c + t[i + 1]!;
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === sep && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function unescape(t: string): string {
  return t.replace(/\\(.)/g, '$1');
}

function unquote(t: string): string {
  const s = t.trim();
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"')
    ? s.slice(1, -1).replace(/\\(.)/g, '$1')
    : unescape(s);
}

/** A comma list with optional spaces around commas ("alice, %wheel") → items as written. */
function commaList(t: string): string[] {
  return splitUnescaped(t, ',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "users hosts" before the "=": two whitespace-separated comma lists (spaces after commas allowed). */
function splitUsersHosts(lhs: string): [string, string] | undefined {
  const normal = lhs.trim().replace(/\s*,\s*/g, ',');
  const tokens: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < normal.length; i++) {
    const c = normal[i]!;
    if (c === '\\' && i + 1 < normal.length) {
      current += c + normal[i + 1]!;
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (/\s/.test(c) && !quoted) {
      if (current !== '') tokens.push(current);
      current = '';
    } else current += c;
  }
  if (current !== '') tokens.push(current);
  return tokens.length === 2 ? [tokens[0]!, tokens[1]!] : undefined;
}

/** Index of the first unescaped character c outside parentheses and quotes, or -1. */
function indexOfTop(t: string, c: string, from = 0): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < t.length; i++) {
    const ch = t[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === c && depth === 0) return i;
  }
  return -1;
}

/**
 * A Cmnd_Spec_List: "(runas) TAG: cmd, TAG2: cmd2, …". Runas and tags carry over to later commands.
 * Returns the commands and the unparsed rest after an unescaped ":" that starts a new "hosts = …" group,
 * or undefined when the text is malformed.
 */
function parseCommandList(text: string): { commands: SudoCommand[]; rest: string | undefined } | undefined {
  const commands: SudoCommand[] = [];
  let runAs = DEFAULT_RUNAS;
  let noPasswd = false;
  let t = text;
  for (;;) {
    t = t.trimStart();
    if (t.startsWith('(')) {
      const close = t.indexOf(')');
      if (close < 0) return undefined;
      runAs = t.slice(1, close).trim().replace(/\s+/g, ' ') || DEFAULT_RUNAS;
      t = t.slice(close + 1).trimStart();
    }
    for (;;) {
      const tag = /^([A-Z_]+):\s*/.exec(t);
      if (tag && TAGS.has(tag[1]!)) {
        if (tag[1] === 'NOPASSWD') noPasswd = true;
        else if (tag[1] === 'PASSWD') noPasswd = false;
        t = t.slice(tag[0].length);
        continue;
      }
      const option = OPTIONS.exec(t) ?? DIGEST.exec(t);
      if (option) {
        t = t.slice(option[0].length);
        continue;
      }
      break;
    }
    // The command runs to the next unescaped "," (another command) or ":" (another host group).
    let end = t.length;
    let sep: string | undefined;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '\\') {
        i++;
        continue;
      }
      if (t[i] === ',' || t[i] === ':') {
        end = i;
        sep = t[i];
        break;
      }
    }
    const command = unescape(t.slice(0, end).trim()).replace(/\s+/g, ' ');
    if (command === '') return undefined;
    commands.push({ runAs, noPasswd, command });
    if (sep === undefined) return { commands, rest: undefined };
    t = t.slice(end + 1);
    if (sep === ':') return { commands, rest: t };
  }
}

function parseSpec(
  text: string,
): { users: string[]; groups: { hosts: string; commands: SudoCommand[] }[] } | undefined {
  const eq = indexOfTop(text, '=');
  if (eq < 0) return undefined;
  const usersHosts = splitUsersHosts(text.slice(0, eq));
  if (!usersHosts) return undefined;
  const [users, firstHosts] = usersHosts;
  const groups: { hosts: string; commands: SudoCommand[] }[] = [];
  let hosts = firstHosts;
  let rest: string | undefined = text.slice(eq + 1);
  while (rest !== undefined) {
    const parsed = parseCommandList(rest);
    if (!parsed) return undefined;
    groups.push({ hosts, commands: parsed.commands });
    if (parsed.rest === undefined) break;
    const nextEq = indexOfTop(parsed.rest, '=');
    if (nextEq < 0) return undefined;
    hosts = parsed.rest
      .slice(0, nextEq)
      .trim()
      .replace(/\s*,\s*/g, ',');
    if (hosts === '' || /\s/.test(hosts)) return undefined;
    rest = parsed.rest.slice(nextEq + 1);
  }
  return { users: commaList(users), groups };
}

function parseAliases(type: AliasType, body: string, where: FileLine): SudoersItem[] | undefined {
  const items: SudoersItem[] = [];
  for (const def of splitUnescaped(body, ':')) {
    const eq = def.indexOf('=');
    if (eq < 0) return undefined;
    const name = def.slice(0, eq).trim();
    if (!ALIAS_NAME.test(name) || name === 'ALL') return undefined;
    items.push({
      kind: 'alias',
      type,
      name,
      members: commaList(def.slice(eq + 1)).map((m) => m.replace(/\s+/g, ' ')),
      where,
    });
  }
  return items;
}

export function parseSudoers(text: string, path: string): SudoersItem[] {
  const items: SudoersItem[] = [];
  for (const { line, text: raw } of logicalLines(text)) {
    const where = at(path, line);
    const include = /^\s*[#@](include|includedir)\s+(.+?)\s*$/.exec(raw);
    if (include) {
      const target = unquote(include[2]!);
      if (target !== '')
        items.push({ kind: 'include', path: target, dir: include[1] === 'includedir', where });
      continue;
    }
    const t = stripComment(raw).trim();
    if (t === '' || /^Defaults(?=[\s:@>!]|$)/.test(t)) continue;
    const alias = /^(User_Alias|Runas_Alias|Host_Alias|Cmnd_Alias|Cmd_Alias)\s+(.*)$/.exec(t);
    if (alias) {
      const type = (alias[1] === 'Cmd_Alias' ? 'Cmnd_Alias' : alias[1]) as AliasType;
      const defs = parseAliases(type, alias[2]!, where);
      if (defs) items.push(...defs);
      continue;
    }
    const spec = parseSpec(t);
    if (spec) items.push({ kind: 'spec', ...spec, where });
  }
  return items;
}

/** Whether sudo reads a file found in an @includedir: not ending in "~" and without a ".". */
export function includedirAccepts(name: string): boolean {
  return !name.endsWith('~') && !name.includes('.');
}

/** Expand an alias reference recursively (cycle-safe); unknown names stay as written. */
function expand(
  item: string,
  aliases: Map<string, string[]>,
  seen: ReadonlySet<string> = new Set(),
): string[] {
  const negated = item.startsWith('!');
  const name = negated ? item.slice(1).trim() : item;
  const members = ALIAS_NAME.test(name) && name !== 'ALL' && !seen.has(name) ? aliases.get(name) : undefined;
  if (!members) return [item];
  const inner = new Set(seen).add(name);
  const out = members.flatMap((m) => expand(m, aliases, inner));
  return negated ? out.map((m) => (m.startsWith('!') ? m.slice(1) : `!${m}`)) : out;
}

/**
 * Turn the items of every file read (in order, includes already expanded by the caller) into rules:
 * one per principal × host group × run of commands sharing run-as and NOPASSWD. User_Alias and
 * Cmnd_Alias are expanded; negated principals ("!bob") are exclusions and produce no rule.
 */
export function resolveSudoRules(items: readonly SudoersItem[]): SudoRule[] {
  const userAliases = new Map<string, string[]>();
  const cmndAliases = new Map<string, string[]>();
  for (const item of items) {
    if (item.kind !== 'alias') continue;
    if (item.type === 'User_Alias' && !userAliases.has(item.name)) userAliases.set(item.name, item.members);
    if (item.type === 'Cmnd_Alias' && !cmndAliases.has(item.name)) cmndAliases.set(item.name, item.members);
  }
  const rules: SudoRule[] = [];
  for (const item of items) {
    if (item.kind !== 'spec') continue;
    const principals = [...new Set(item.users.flatMap((u) => expand(u, userAliases)))].filter(
      (p) => !p.startsWith('!'),
    );
    for (const group of item.groups) {
      const runs: SudoCommand[][] = [];
      for (const c of group.commands) {
        const last = runs[runs.length - 1];
        if (last && last[0]!.runAs === c.runAs && last[0]!.noPasswd === c.noPasswd) last.push(c);
        else runs.push([c]);
      }
      for (const principal of principals) {
        for (const run of runs) {
          rules.push({
            principal,
            hosts: group.hosts,
            runAs: run[0]!.runAs,
            commands: run.flatMap((c) => expand(c.command, cmndAliases)),
            noPasswd: run[0]!.noPasswd,
            where: item.where,
          });
        }
      }
    }
  }
  return rules;
}
