/**
 * rsyslog configuration: a pure parser (text → includes and destinations with file:line).
 *
 * Both syntaxes are read:
 * - legacy: `$IncludeConfig /etc/rsyslog.d/*.conf`, selector lines `auth,authpriv.*  /var/log/auth.log`,
 *   `*.*;auth,authpriv.none  -/var/log/syslog`, `& action` (same filter as the line before), property
 *   filters `:programname, isequal, "sshd"  /var/log/sshd.log`, `\` line continuation;
 * - RainerScript: `include(file="…" mode="optional")`, `action(type="omfile" file="…")`,
 *   `action(type="omfwd" target="…")`, `if … then …`, `ruleset(name="…") { … }`, `/* … *\/` comments,
 *   objects spread over several lines.
 *
 * For every destination we record whether authentication messages (facilities auth/authpriv at info
 * level, where sshd and PAM log logins) and general system messages (kern, daemon, syslog, user) reach it.
 * Expression filters are read for facility and program-name tests; anything else is "unknown" and
 * claims neither. Nothing is evaluated.
 */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { RsyslogDestination } from './logging.types.ts';

export interface RsyslogInclude {
  pattern: string;
  optional: boolean;
  where: FileLine;
}

export interface ParsedRsyslog {
  includes: RsyslogInclude[];
  destinations: RsyslogDestination[];
  /** Actions that write to a file named by a template (dynaFile, `?Template`): not a fixed path. */
  dynamicFiles: { template: string; where: FileLine }[];
  problems: { where: FileLine; message: string }[];
}

export const FACILITIES = [
  'auth',
  'authpriv',
  'cron',
  'daemon',
  'ftp',
  'kern',
  'lpr',
  'mail',
  'news',
  'syslog',
  'user',
  'uucp',
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
] as const;

const AUTH_FACILITIES = ['auth', 'authpriv'];
const SYSTEM_FACILITIES = ['kern', 'daemon', 'syslog', 'user'];
/** Programs whose messages are authentication events. */
const AUTH_PROGRAMS =
  /^(sshd|sshd-session|sudo|su|login|systemd-logind|polkitd|passwd|useradd|usermod|groupadd|chpasswd|unix_chkpwd|vsftpd)$/i;
/** Priorities at or below info: a selector with one of these receives info-level login messages. */
const INFO_OR_BELOW = new Set(['*', 'debug', 'info']);
const PRIORITIES = new Set([
  '*',
  'debug',
  'info',
  'notice',
  'warning',
  'warn',
  'err',
  'error',
  'crit',
  'alert',
  'emerg',
  'panic',
  'none',
]);

interface Filter {
  text: string;
  auth: boolean;
  system: boolean;
}

const EVERYTHING: Filter = { text: '', auth: true, system: true };

/** What a legacy selector list (`*.*;auth,authpriv.none`) lets through, read left to right. */
export function selectorFilter(selector: string): Filter {
  const info = new Set<string>();
  const any = new Set<string>();
  for (const part of selector.split(';')) {
    const dot = part.lastIndexOf('.');
    if (dot <= 0) continue;
    const facilities = part.slice(0, dot).toLowerCase().split(',');
    const priority = part.slice(dot + 1).toLowerCase();
    const names = facilities.flatMap((f) =>
      f === '*' ? [...FACILITIES] : f === 'security' ? ['auth'] : [f],
    );
    for (const f of names) {
      if (priority === 'none') {
        info.delete(f);
        any.delete(f);
      } else if (priority.startsWith('!')) {
        // "!p": everything except p and above; info-level messages are excluded when p is info or lower.
        const rest = priority.replace(/^!=?/, '');
        if (INFO_OR_BELOW.has(rest)) info.delete(f);
        if (rest === '*' || rest === 'debug') any.delete(f);
      } else if (priority.startsWith('=')) {
        if (priority.slice(1) === 'info') info.add(f);
        any.add(f);
      } else {
        if (INFO_OR_BELOW.has(priority.replace(/^[<>]=?/, ''))) info.add(f);
        any.add(f);
      }
    }
  }
  return {
    text: selector,
    auth: AUTH_FACILITIES.some((f) => info.has(f)),
    system: SYSTEM_FACILITIES.some((f) => any.has(f)),
  };
}

/** Heuristic reading of an expression filter: facility and program-name equality tests only. */
export function expressionFilter(expression: string): Filter {
  const text = expression.trim();
  const negated = /!=|\bnot\b|!contains|!startswith|!isequal/i.test(text);
  const quoted = [...text.matchAll(/["']([^"']*)["']/g)].map((m) => m[1]!.toLowerCase());
  let auth = false;
  let system = false;
  if (!negated) {
    if (/syslogfacility(-text)?|\bfacility\b/i.test(text)) {
      auth =
        quoted.some((q) => AUTH_FACILITIES.includes(q)) || /syslogfacility\s*(==|<=)\s*(4|10)\b/i.test(text);
      system = quoted.some((q) => SYSTEM_FACILITIES.includes(q));
    }
    if (
      /programname|syslogtag|app-name/i.test(text) &&
      quoted.some((q) => AUTH_PROGRAMS.test(q.replace(/[:[].*$/, '')))
    )
      auth = true;
  }
  return { text, auth, system };
}

function combine(outer: Filter, inner: Filter): Filter {
  if (outer.text === '') return inner;
  return {
    text: `${outer.text} and ${inner.text}`,
    auth: outer.auth && inner.auth,
    system: outer.system && inner.system,
  };
}

/** Parse `name="value"` pairs of a RainerScript object (names lower-cased). */
export function objectParams(body: string): Record<string, string> {
  const params: Record<string, string> = {};
  const re = /([A-Za-z0-9_.]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"')]+))/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body))
    params[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return params;
}

const MAX_IF_LINES = 20;

interface LogicalLine {
  text: string;
  line: number;
}

/** Scan state across characters: quotes, parentheses, comments. */
function quoteAware(
  text: string,
  onChar: (ch: string, i: number, depth: number, inQuote: boolean) => boolean | undefined,
  startDepth = 0,
): number {
  let quote: string | null = null;
  let depth = startDepth;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') {
        i++;
        continue;
      }
      if (ch === quote) quote = null;
      if (onChar(ch, i, depth, true) === true) return depth;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      if (onChar(ch, i, depth, true) === true) return depth;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (onChar(ch, i, depth, false) === true) return depth;
  }
  return depth;
}

/** Remove a trailing `#` comment (outside quotes). */
function stripHashComment(text: string): string {
  let cut = -1;
  quoteAware(text, (ch, i, _d, inQuote) => {
    if (!inQuote && ch === '#') {
      cut = i;
      return true;
    }
  });
  return cut === -1 ? text : text.slice(0, cut);
}

/**
 * Turn the file into logical lines: comments removed, `\` continuations and multi-line objects
 * (`action(` … `)`) joined, each with the line number it starts on.
 */
export function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r?\n/);
  const out: LogicalLine[] = [];
  let inBlockComment = false;
  let buffer = '';
  let start = 0;
  let depth = 0;
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end === -1) continue;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    const trimmed = line.trim();
    if (buffer === '') {
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      if (trimmed.startsWith('$')) {
        // Legacy directive: the whole line, as rsyslog's lexer takes it.
        out.push({ text: stripHashComment(trimmed).trim(), line: i + 1 });
        continue;
      }
    }
    // Remove /* … */ (possibly opening a multi-line comment) outside quotes, then a trailing # comment.
    let cleaned = '';
    let quote: string | null = null;
    for (let j = 0; j < line.length; j++) {
      const ch = line[j]!;
      if (quote) {
        cleaned += ch;
        if (ch === '\\' && j + 1 < line.length) cleaned += line[++j]!;
        else if (ch === quote) quote = null;
        continue;
      }
      if (ch === '"' || ch === "'") {
        quote = ch;
        cleaned += ch;
        continue;
      }
      if (ch === '#') break;
      if (ch === '/' && line[j + 1] === '*') {
        const end = line.indexOf('*/', j + 2);
        if (end === -1) {
          inBlockComment = true;
          break;
        }
        cleaned += ' ';
        j = end + 1;
        continue;
      }
      cleaned += ch;
    }
    if (buffer === '') start = i + 1;
    let piece = cleaned.trimEnd();
    const continued = piece.endsWith('\\') && depth === 0;
    if (continued) piece = piece.slice(0, -1);
    buffer = buffer === '' ? piece.trim() : `${buffer} ${piece.trim()}`;
    depth = quoteAware(piece, () => undefined, depth);
    if (continued || depth > 0) continue;
    // RainerScript is free-form: `if <expr>` may put `then` on a later line (a few lines at most, so
    // that a stray `if` cannot swallow the rest of a large file).
    if (
      i + 1 < physical.length &&
      i + 1 - start < MAX_IF_LINES &&
      /^(\}\s*)?(else\s+)?if\b/i.test(buffer) &&
      !/\bthen\b/i.test(buffer)
    )
      continue;
    if (buffer.trim() !== '') out.push({ text: buffer.trim(), line: start });
    buffer = '';
  }
  if (buffer.trim() !== '') out.push({ text: buffer.trim(), line: start });
  return out;
}

/** Split a logical line on braces outside quotes and parentheses: text segments and brace events. */
function segments(text: string): string[] {
  // Brace events are the one-character strings "{" and "}"; text segments are trimmed statements.
  const out: string[] = [];
  let last = 0;
  quoteAware(text, (ch, i, depth, inQuote) => {
    if (inQuote || depth > 0 || (ch !== '{' && ch !== '}')) return;
    out.push(text.slice(last, i));
    out.push(ch);
    last = i + 1;
  });
  out.push(text.slice(last));
  return out
    .filter((s) => s === '{' || s === '}' || s.trim() !== '')
    .map((s) => (s === '{' || s === '}' ? s : s.trim()));
}

const SELECTOR =
  /^((?:[A-Za-z0-9*]+(?:,[A-Za-z0-9*]+)*)\.[!=<>]*[A-Za-z*]+(?:;(?:[A-Za-z0-9*]+(?:,[A-Za-z0-9*]+)*)\.[!=<>]*[A-Za-z*]+)*)(?:\s+|$)(.*)$/;
const PROPERTY_FILTER = /^:([A-Za-z0-9_!-]+)\s*,\s*(!?[A-Za-z_-]+)\s*,\s*("(?:[^"\\]|\\.)*")\s*(.*)$/;
const IGNORED_OBJECTS =
  /^(module|input|template|global|main_queue|parser|lookup_table|timezone|dyn_stats|percentile_stats|license|property|constant|reload_lookup_table|set|unset|call|call_indirect|continue|foreach|stop)\b/i;

/** Does the selector's priority part look like priorities (to tell `auth.*` from `fooo.bar` text)? */
function validSelector(selector: string): boolean {
  return selector.split(';').every((part) => {
    const dot = part.lastIndexOf('.');
    const p = part
      .slice(dot + 1)
      .toLowerCase()
      .replace(/^[!=<>]+/, '');
    return PRIORITIES.has(p);
  });
}

export function parseRsyslog(text: string, path: string): ParsedRsyslog {
  const result: ParsedRsyslog = { includes: [], destinations: [], dynamicFiles: [], problems: [] };
  interface Context {
    filter: Filter;
    ruleset: string | null;
  }
  const stack: Context[] = [{ filter: EVERYTHING, ruleset: null }];
  let pendingFilter: Filter | null = null;
  let pendingRuleset: string | null | undefined;
  let lastSelectorFilter: Filter = EVERYTHING;
  let lastIfFilter: Filter | null = null;

  const current = () => stack[stack.length - 1]!;

  const addAction = (action: string, filter: Filter, where: FileLine): void => {
    const ruleset = current().ruleset;
    const push = (target: string, type: 'file' | 'remote') =>
      result.destinations.push({
        target,
        type,
        filter: filter.text,
        auth: filter.auth,
        system: filter.system,
        ruleset,
        where,
      });
    for (const token of actionTokens(action)) {
      if (token.startsWith('action(') || token.startsWith('action (')) {
        const params = objectParams(token.slice(token.indexOf('(') + 1, -1));
        const type = (params.type ?? '').toLowerCase();
        if (type === 'omfile') {
          if (params.file) push(params.file, 'file');
          else if (params.dynafile) result.dynamicFiles.push({ template: params.dynafile, where });
          else result.problems.push({ where, message: 'omfile action without file=' });
        } else if (type === 'omfwd' || type === 'omrelp') {
          const host = params.target ?? '';
          const proto =
            type === 'omrelp' ? 'relp://' : (params.protocol ?? 'udp').toLowerCase() === 'tcp' ? '@@' : '@';
          push(`${proto}${host}${params.port ? `:${params.port}` : ''}`, 'remote');
        } else if (
          /^om(mysql|pgsql|libdbi|elasticsearch|kafka|http|clickhouse|mongodb|hiredis|amqp1|rabbitmq)$/.test(
            type,
          )
        ) {
          // A database or message bus keeps the log off the host; record only the module, never credentials.
          push(`${type}:${params.server ?? params.target ?? ''}`, 'remote');
        }
      } else if (token.startsWith('/') || token.startsWith('-/')) {
        push(token.replace(/^-/, '').split(';')[0]!, 'file');
      } else if (token.startsWith('?') || token.startsWith('-?')) {
        result.dynamicFiles.push({ template: token.replace(/^-?\?/, '').split(';')[0]!, where });
      } else if (token.startsWith('@')) {
        push(token.split(';')[0]!.replace(/\(o\)/, ''), 'remote');
      } else if (/^:om(mysql|pgsql|libdbi|relp):/.test(token)) {
        push(token.slice(0, token.indexOf(':', 1) + 1), 'remote');
      }
    }
  };

  for (const { text: logical, line } of logicalLines(text)) {
    const where = at(path, line);
    if (logical.startsWith('$')) {
      const m = /^\$IncludeConfig\s+(\S+)/i.exec(logical);
      if (m) result.includes.push({ pattern: m[1]!, optional: false, where });
      continue;
    }
    for (const segment of segments(logical)) {
      if (segment === '{') {
        const base = current();
        stack.push({
          filter: pendingFilter
            ? combine(base.filter, pendingFilter)
            : pendingRuleset !== undefined
              ? EVERYTHING
              : base.filter,
          ruleset: pendingRuleset !== undefined ? pendingRuleset : base.ruleset,
        });
        pendingFilter = null;
        pendingRuleset = undefined;
        continue;
      }
      if (segment === '}') {
        if (stack.length > 1) stack.pop();
        else result.problems.push({ where, message: "unexpected '}'" });
        continue;
      }
      interpret(segment, where);
    }
  }
  return result;

  function interpret(segment: string, where: FileLine): void {
    const lower = segment.toLowerCase();
    if (/^include\s*\(/.test(lower)) {
      const params = objectParams(segment.slice(segment.indexOf('(') + 1, segment.lastIndexOf(')')));
      if (params.file)
        result.includes.push({
          pattern: params.file,
          optional: (params.mode ?? '').toLowerCase() === 'optional',
          where,
        });
      return;
    }
    if (/^ruleset\s*\(/.test(lower)) {
      const params = objectParams(segment.slice(segment.indexOf('(') + 1, segment.lastIndexOf(')')));
      const name = params.name ?? '';
      pendingRuleset = name === '' || name === 'RSYSLOG_DefaultRuleset' ? null : name;
      return;
    }
    const ifMatch = /^(else\s+)?if\s+([\s\S]*?)\s+then\b\s*([\s\S]*)$/i.exec(segment);
    if (ifMatch) {
      const filter = combine(current().filter, expressionFilter(ifMatch[2]!));
      lastIfFilter = filter;
      const rest = ifMatch[3]!.trim();
      if (rest === '') pendingFilter = expressionFilter(ifMatch[2]!);
      else addAction(rest, filter, where);
      return;
    }
    if (/^(else\s+)?if\b/i.test(segment)) {
      result.problems.push({ where, message: "'if' without 'then'" });
      return;
    }
    if (/^else\b/i.test(segment)) {
      const elseFilter: Filter = {
        text: lastIfFilter ? `not (${lastIfFilter.text})` : 'else',
        auth: false,
        system: false,
      };
      const rest = segment.replace(/^else\b/i, '').trim();
      if (rest === '') pendingFilter = elseFilter;
      else addAction(rest, combine(current().filter, elseFilter), where);
      return;
    }
    if (segment.startsWith('&')) {
      addAction(segment.slice(1).trim(), lastSelectorFilter, where);
      return;
    }
    const prop = PROPERTY_FILTER.exec(segment);
    if (prop) {
      const filter = combine(current().filter, expressionFilter(`$${prop[1]} ${prop[2]} ${prop[3]}`));
      lastSelectorFilter = filter;
      addAction(prop[4]!, filter, where);
      return;
    }
    const sel = SELECTOR.exec(segment);
    if (sel && validSelector(sel[1]!)) {
      const filter = combine(current().filter, selectorFilter(sel[1]!));
      lastSelectorFilter = filter;
      addAction(sel[2]!, filter, where);
      return;
    }
    if (IGNORED_OBJECTS.test(segment) && !/^stop\b/i.test(segment)) {
      pendingFilter = null;
      return;
    }
    // A bare action: it inherits the enclosing filter, or the `if … then` on the line before.
    const filter = pendingFilter ? combine(current().filter, pendingFilter) : current().filter;
    pendingFilter = null;
    addAction(segment, filter, where);
  }
}

/** Split an action part into tokens: `action(…)` objects and whitespace-separated words. */
function actionTokens(action: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < action.length) {
    while (i < action.length && /\s/.test(action[i]!)) i++;
    if (i >= action.length) break;
    const rest = action.slice(i);
    const obj = /^[A-Za-z_]+\s*\(/.exec(rest);
    if (obj) {
      let end = -1;
      quoteAware(rest, (ch, j, depth, inQuote) => {
        if (!inQuote && ch === ')' && depth === 0) {
          end = j;
          return true;
        }
      });
      if (end === -1) end = rest.length - 1;
      tokens.push(
        rest.slice(0, end + 1).replace(/^([A-Za-z_]+)\s*\(/, (_m, name: string) => `${name.toLowerCase()}(`),
      );
      i += end + 1;
      continue;
    }
    const word = /^\S+/.exec(rest)![0];
    tokens.push(word);
    i += word.length;
  }
  return tokens;
}
