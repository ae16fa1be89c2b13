/**
 * Web roots from web-server configurations: pure parsers `text (+ path) → facts with {path, line}`.
 *
 * - nginx: `root` and `alias` (in any block), `include` globs.
 * - Apache httpd: `DocumentRoot`, `Alias`/`ScriptAlias` (the directory argument), `AliasMatch` /
 *   `ScriptAliasMatch` (the fixed part of the target), `Include`/`IncludeOptional` globs, `ServerRoot`.
 * - Caddy: `root [matcher] <path>` (also inside `file_server { … }`), `import` globs.
 * - PHP-FPM pools: `chdir`, `php_admin_value[open_basedir]` / `php_value[open_basedir]` (colon-separated),
 *   `include` globs; system directories PHP may merely touch (/tmp, /usr/share/php, …) are not web roots.
 *
 * A path with a variable (`$host`, `${HOME}`, `{http.request.host}`) is cut to its fixed leading
 * directory, so `/var/www/$host/public` names `/var/www`.
 */
import { normaliseHostPath } from '../host/root.ts';

export type WebServer = 'nginx' | 'apache' | 'caddy' | 'php-fpm';

export interface WebRootRef {
  /** The directory (host path) the server serves or executes from. */
  dir: string;
  server: WebServer;
  directive: string;
  /** The config file and line that named it. */
  path: string;
  line: number;
}

export interface IncludeRef {
  /** The glob exactly as written (possibly relative). */
  pattern: string;
  path: string;
  line: number;
  /** Apache `IncludeOptional` / nginx: a glob matching nothing is fine; plain Apache `Include` of a missing file is an error to httpd, still not a gap to us. */
  optional: boolean;
}

export interface ParsedConfig {
  roots: WebRootRef[];
  includes: IncludeRef[];
  /** Apache only: the `ServerRoot` that relative includes are resolved against. */
  serverRoot?: string;
}

/**
 * Cut a configured path at its first variable and normalise it; undefined when it is not absolute or
 * nothing fixed is left ("$document_root").
 */
export function fixedDir(raw: string): string | undefined {
  const cut = raw.search(/[$%]|\{[^}]*\}/);
  let fixed = cut < 0 ? raw : raw.slice(0, cut);
  if (cut >= 0) fixed = fixed.slice(0, fixed.lastIndexOf('/') + 1);
  if (!fixed.startsWith('/')) return undefined;
  const normal = normaliseHostPath(fixed);
  return normal === '/' ? undefined : normal;
}

// --- nginx ------------------------------------------------------------------------------------------

interface Token {
  text: string;
  line: number;
  /** `;`, `{` or `}` as syntax, not inside quotes. */
  punct: boolean;
}

/** nginx tokens: words (quotes removed, escapes kept literal), `;`, `{`, `}`; `#` comments skipped. */
function nginxTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (ch === ';' || ch === '{' || ch === '}') {
      tokens.push({ text: ch, line, punct: true });
      i++;
      continue;
    }
    const start = line;
    let word = '';
    if (ch === '"' || ch === "'") {
      i++;
      while (i < n && text[i] !== ch) {
        if (text[i] === '\\' && i + 1 < n) {
          word += text.charAt(i + 1);
          i += 2;
          continue;
        }
        if (text[i] === '\n') line++;
        word += text.charAt(i);
        i++;
      }
      i++;
    } else {
      while (i < n && !/[\s;{}]/.test(text[i]!)) {
        if (text[i] === '\\' && i + 1 < n) {
          word += text.charAt(i + 1);
          i += 2;
          continue;
        }
        word += text.charAt(i);
        i++;
      }
    }
    tokens.push({ text: word, line: start, punct: false });
  }
  return tokens;
}

export function parseNginx(text: string, path: string): ParsedConfig {
  const roots: WebRootRef[] = [];
  const includes: IncludeRef[] = [];
  let statement: Token[] = [];
  for (const token of nginxTokens(text)) {
    if (!token.punct) {
      statement.push(token);
      continue;
    }
    const [name, ...args] = statement;
    statement = [];
    if (token.text !== ';' || !name) continue; // a block opener or closer ends a statement head
    const directive = name.text;
    if ((directive === 'root' || directive === 'alias') && args.length === 1) {
      const dir = fixedDir(args[0]!.text);
      if (dir) roots.push({ dir, server: 'nginx', directive, path, line: name.line });
    } else if (directive === 'include' && args.length === 1) {
      includes.push({ pattern: args[0]!.text, path, line: name.line, optional: true });
    }
  }
  return { roots, includes };
}

// --- Apache httpd -----------------------------------------------------------------------------------

/** Logical lines: `\` continuations joined, comments dropped, with the first physical line number. */
function logicalLines(text: string, comment: RegExp): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const physical = text.split('\n');
  let pending = '';
  let startLine = 0;
  physical.forEach((raw, index) => {
    const stripped = raw.replace(/\r$/, '');
    if (pending === '') startLine = index + 1;
    if (stripped.endsWith('\\')) {
      pending += stripped.slice(0, -1) + ' ';
      return;
    }
    const whole = (pending + stripped).trim();
    pending = '';
    if (whole === '' || comment.test(whole)) return;
    out.push({ text: whole, line: startLine });
  });
  if (pending.trim() !== '') out.push({ text: pending.trim(), line: startLine });
  return out;
}

/** Apache arguments: whitespace-separated, double or single quotes group. */
function apacheArgs(text: string): string[] {
  const args: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of text.matchAll(re)) args.push((m[1] ?? m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1'));
  return args;
}

export function parseApache(text: string, path: string): ParsedConfig {
  const roots: WebRootRef[] = [];
  const includes: IncludeRef[] = [];
  let serverRoot: string | undefined;
  for (const { text: line, line: number } of logicalLines(text, /^#/)) {
    if (line.startsWith('<')) continue;
    const [name, ...args] = apacheArgs(line);
    if (!name) continue;
    const directive = name.toLowerCase();
    const push = (raw: string | undefined) => {
      const dir = raw === undefined ? undefined : fixedDir(raw);
      if (dir) roots.push({ dir, server: 'apache', directive: name, path, line: number });
    };
    switch (directive) {
      case 'documentroot':
        push(args[0]);
        break;
      case 'alias':
      case 'scriptalias':
        // Alias [URL-path] file-path: the last argument is the directory.
        push(args.length >= 2 ? args[args.length - 1] : undefined);
        break;
      case 'aliasmatch':
      case 'scriptaliasmatch':
        push(args.length >= 2 ? args[args.length - 1] : undefined);
        break;
      case 'include':
      case 'includeoptional':
        if (args[0] !== undefined)
          includes.push({ pattern: args[0], path, line: number, optional: directive === 'includeoptional' });
        break;
      case 'serverroot':
        if (args[0]?.startsWith('/')) serverRoot = normaliseHostPath(args[0]);
        break;
      default:
        break;
    }
  }
  return serverRoot === undefined ? { roots, includes } : { roots, includes, serverRoot };
}

// --- Caddy ------------------------------------------------------------------------------------------

export function parseCaddy(text: string, path: string): ParsedConfig {
  const roots: WebRootRef[] = [];
  const includes: IncludeRef[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const words = apacheArgs(line.replace(/[{}]\s*$/, ''));
    const [name, ...args] = words;
    if (name === 'root') {
      // root [<matcher>] <path>: one argument is the path; with two, the first is a matcher (*, /api/*, @name).
      const target = args.length >= 2 ? args[1] : args[0];
      const dir = target === undefined ? undefined : fixedDir(target);
      if (dir) roots.push({ dir, server: 'caddy', directive: 'root', path, line: index + 1 });
    } else if (name === 'import' && args[0] !== undefined && /[/*.]/.test(args[0])) {
      // `import name` of a snippet has no slash, star or dot; `import sites/*` is a file glob.
      includes.push({ pattern: args[0], path, line: index + 1, optional: true });
    }
  });
  return { roots, includes };
}

// --- PHP-FPM ----------------------------------------------------------------------------------------

/** Directories PHP may read or write but that no web server serves: never web roots. */
const NOT_WEB = [
  /^\/tmp(\/|$)/,
  /^\/var\/tmp(\/|$)/,
  /^\/dev(\/|$)/,
  /^\/proc(\/|$)/,
  /^\/usr(\/|$)/,
  /^\/etc(\/|$)/,
  /^\/var\/lib\/php(\/|$)/,
];

export function parsePhpFpm(text: string, path: string): ParsedConfig {
  const roots: WebRootRef[] = [];
  const includes: IncludeRef[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) return;
    const eq = line.indexOf('=');
    if (eq < 0) return;
    const key = line.slice(0, eq).trim().toLowerCase();
    let value = line.slice(eq + 1).trim();
    const quoted = /^"([^"]*)"/.exec(value);
    value = quoted ? quoted[1]! : value.replace(/\s;.*$/, '').trim();
    const push = (raw: string, directive: string) => {
      const dir = fixedDir(raw);
      if (dir && !NOT_WEB.some((re) => re.test(dir)))
        roots.push({ dir, server: 'php-fpm', directive, path, line: index + 1 });
    };
    if (key === 'chdir') push(value, 'chdir');
    else if (key === 'php_admin_value[open_basedir]' || key === 'php_value[open_basedir]') {
      for (const part of value.split(':')) if (part.trim() !== '') push(part.trim(), key);
    } else if (key === 'include') includes.push({ pattern: value, path, line: index + 1, optional: true });
  });
  return { roots, includes };
}
