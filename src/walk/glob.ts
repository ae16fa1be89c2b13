/**
 * Glob patterns for `--include` / `--exclude` and for `include` lines of web-server configs.
 *
 * Syntax: `*` any run of characters within one path component, `?` one character, `[abc]` / `[a-z]` /
 * `[!x]` a class, a double star any number of whole components (including none), `{a,b}` alternatives
 * (no nesting). A glob compiles once to a RegExp without nested quantifiers, so matching stays linear.
 */

const SPECIAL = /[\\^$+.()|]/;

function escape(ch: string): string {
  return SPECIAL.test(ch) ? `\\${ch}` : ch;
}

/** The RegExp source for one glob (anchored by the caller). */
export function globSource(glob: string): string {
  let out = '';
  let i = 0;
  let inBraces = false;
  while (i < glob.length) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // A double star followed by a slash matches zero or more whole components; elsewhere it matches anything.
        const atStart = i === 0 || glob[i - 1] === '/';
        if (atStart && glob[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 3;
          continue;
        }
        out += '.*';
        i += 2;
        continue;
      }
      out += '[^/]*';
      i++;
      continue;
    }
    if (ch === '?') {
      out += '[^/]';
      i++;
      continue;
    }
    if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end > 0) {
        let body = glob.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        body = body.replace(/[\\\]^]/g, (c) => `\\${c}`);
        out += negate ? `[^/${body}]` : `[${body}]`;
        i = end + 1;
        continue;
      }
      out += '\\[';
      i++;
      continue;
    }
    if (ch === '{' && !inBraces && glob.indexOf('}', i) > 0) {
      inBraces = true;
      out += '(?:';
      i++;
      continue;
    }
    if (ch === ',' && inBraces) {
      out += '|';
      i++;
      continue;
    }
    if (ch === '}' && inBraces) {
      inBraces = false;
      out += ')';
      i++;
      continue;
    }
    out += escape(ch);
    i++;
  }
  if (inBraces) out += ')';
  return out;
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob)}$`);
}

export function hasMagic(text: string): boolean {
  return /[*?[{]/.test(text);
}

/** The directory part of a glob before its first wildcard component ("/etc/nginx/conf.d/*.conf" → "/etc/nginx/conf.d"). */
export function staticPrefix(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (hasMagic(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop(); // no wildcard: the last component is the file itself
  const joined = fixed.join('/');
  return joined === '' ? '/' : joined;
}

/**
 * A path filter built from user globs. A pattern with a "/" is anchored at the host root ("/srv/**",
 * "srv/*.php" both mean under /srv); a pattern without one matches the base name of any file or
 * directory ("*.log", "node_modules").
 */
export interface PathFilter {
  /** True when the path (a file or a directory) matches one of the patterns. */
  matches(hostPath: string): boolean;
}

export function pathFilter(patterns: readonly string[]): PathFilter {
  const anchored: RegExp[] = [];
  const names: RegExp[] = [];
  for (const raw of patterns) {
    const p = raw.trim();
    if (p === '') continue;
    const trimmed = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
    if (trimmed.includes('/')) anchored.push(globToRegExp(trimmed.startsWith('/') ? trimmed : `/${trimmed}`));
    else names.push(globToRegExp(trimmed));
  }
  return {
    matches(hostPath) {
      if (anchored.some((re) => re.test(hostPath))) return true;
      if (names.length === 0) return false;
      const base = hostPath.slice(hostPath.lastIndexOf('/') + 1);
      return names.some((re) => re.test(base));
    },
  };
}

/** Split a comma-separated option value into trimmed, non-empty globs (commas inside `{…}` stay). */
export function splitGlobs(value: string | undefined): string[] {
  if (value === undefined) return [];
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
