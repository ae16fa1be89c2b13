/**
 * Glob patterns for `--include` / `--exclude` and for `include` lines of web-server configs.
 *
 * Syntax: `*` any run of characters within one path component, `?` one character, `[abc]` / `[a-z]` /
 * `[!x]` a class, a double star any number of whole components (including none), `{a,b}` alternatives
 * (no nesting). Matching simulates the pattern's automaton: time is pattern × path length, never exponential.
 */

type Token =
  | { t: 'lit'; c: string }
  | { t: 'any' }
  | { t: 'class'; set: string; negate: boolean }
  | { t: 'star' }
  | { t: 'globstar' }
  /** A double star before a slash: zero or more whole components. */
  | { t: 'dirs' };

const MAX_BRACE_EXPANSIONS = 64;

/** `{a,b}` alternatives expanded into whole globs (no nesting; at most 64). */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (open < 0 || close < 0) return [glob];
  const head = glob.slice(0, open);
  const tail = expandBraces(glob.slice(close + 1));
  const out: string[] = [];
  for (const alt of glob.slice(open + 1, close).split(',')) {
    for (const rest of tail) {
      if (out.length >= MAX_BRACE_EXPANSIONS) return out;
      out.push(head + alt + rest);
    }
  }
  return out;
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < glob.length) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        if (atStart && glob[i + 2] === '/') {
          tokens.push({ t: 'dirs' }, { t: 'lit', c: '/' });
          i += 3;
        } else {
          tokens.push({ t: 'globstar' });
          i += 2;
        }
        while (glob[i] === '*') i++;
        continue;
      }
      tokens.push({ t: 'star' });
      i++;
      continue;
    }
    if (ch === '?') {
      tokens.push({ t: 'any' });
      i++;
      continue;
    }
    if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end > 0) {
        let body = glob.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        // Expand ranges into the member set (a-z → abc…z).
        let set = '';
        for (let k = 0; k < body.length; k++) {
          if (body[k + 1] === '-' && k + 2 < body.length) {
            for (let c = body.charCodeAt(k); c <= body.charCodeAt(k + 2); c++) set += String.fromCharCode(c);
            k += 2;
          } else set += body.charAt(k);
        }
        tokens.push({ t: 'class', set, negate });
        i = end + 1;
        continue;
      }
    }
    tokens.push({ t: 'lit', c: ch });
    i++;
  }
  return tokens;
}

/**
 * Match by simulating the pattern's automaton (a set of positions, advanced one character at a time):
 * O(pattern × text) whatever the pattern, so "*a*a*a*a*b" cannot blow up as a backtracking RegExp would.
 */
function matcher(tokens: Token[]): (text: string) => boolean {
  const n = tokens.length;
  const close = (states: Set<number>): Set<number> => {
    const stack = [...states];
    while (stack.length > 0) {
      const p = stack.pop()!;
      const tok = tokens[p];
      if (!tok) continue;
      const next: number[] = [];
      if (tok.t === 'star' || tok.t === 'globstar') next.push(p + 1);
      if (tok.t === 'dirs') next.push(p + 1, p + 2);
      for (const q of next) {
        if (!states.has(q)) {
          states.add(q);
          stack.push(q);
        }
      }
    }
    return states;
  };
  return (text) => {
    let states = close(new Set([0]));
    for (const ch of text) {
      const next = new Set<number>();
      for (const p of states) {
        const tok = tokens[p];
        if (!tok) continue;
        switch (tok.t) {
          case 'lit':
            if (tok.c === ch) next.add(p + 1);
            break;
          case 'any':
            if (ch !== '/') next.add(p + 1);
            break;
          case 'class':
            if (ch !== '/' && tok.set.includes(ch) !== tok.negate) next.add(p + 1);
            break;
          case 'star':
            if (ch !== '/') next.add(p);
            break;
          case 'globstar':
          case 'dirs':
            next.add(p);
            break;
        }
      }
      if (next.size === 0) return false;
      states = close(next);
    }
    return states.has(n);
  };
}

/** A compiled glob: `test(path)` is true when the whole path matches. */
export interface Glob {
  test(text: string): boolean;
}

export function compileGlob(glob: string): Glob {
  const alternatives = expandBraces(glob).map((g) => matcher(tokenize(g)));
  return { test: (text) => alternatives.some((m) => m(text)) };
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
  const anchored: Glob[] = [];
  const names: Glob[] = [];
  for (const raw of patterns) {
    const p = raw.trim();
    if (p === '') continue;
    const trimmed = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
    if (trimmed.includes('/')) anchored.push(compileGlob(trimmed.startsWith('/') ? trimmed : `/${trimmed}`));
    else names.push(compileGlob(trimmed));
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
