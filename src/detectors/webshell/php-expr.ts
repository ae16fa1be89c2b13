/**
 * A tiny, bounded evaluator for the constant string expressions webshells hide behind:
 * 'as'.'se'.'rt', chr(101).chr(118), "\x65\x76\x61\x6c", strrev('tressa'), str_replace('x','','axsxsxexrxt'),
 * base64_decode('…'), gzinflate(base64_decode('…')), str_rot13(…). Nothing is ever executed: only these
 * pure string functions are computed, with caps on sizes and depth. Unknown parts make the value unknown.
 *
 * Strings are "binary strings" as in PHP: one JS char per byte (latin1), so decoder chains compose.
 */
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** Largest decoded value we keep (a gzip bomb stops here). */
export const MAX_VALUE = 2 * 1024 * 1024;

export type Value = string | null;

type Token =
  | { t: 'str'; v: string | null }
  | { t: 'num'; v: number }
  | { t: 'var'; v: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_CHAR = /[\w\u0080-\uffff]/;

/** A PHP single- or double-quoted string starting at text[i]; value null when it interpolates a variable. */
export function readPhpString(text: string, i: number): { value: string | null; end: number } | null {
  const quote = text[i];
  if (quote !== "'" && quote !== '"') return null;
  let out = '';
  let dynamic = false;
  let j = i + 1;
  while (j < text.length) {
    const c = text[j]!;
    if (c === quote) return { value: dynamic ? null : out, end: j + 1 };
    if (c === '\\' && j + 1 < text.length) {
      const n = text[j + 1]!;
      if (quote === "'") {
        if (n === "'" || n === '\\') {
          out += n;
          j += 2;
        } else {
          out += c;
          j += 1;
        }
        continue;
      }
      const hex = /^x([0-9A-Fa-f]{1,2})/.exec(text.slice(j + 1, j + 4));
      const oct = /^[0-7]{1,3}/.exec(text.slice(j + 1, j + 4));
      const uni = /^u\{([0-9A-Fa-f]{1,6})\}/.exec(text.slice(j + 1, j + 10));
      if (hex) {
        out += String.fromCharCode(parseInt(hex[1]!, 16));
        j += 1 + hex[0].length;
      } else if (oct) {
        out += String.fromCharCode(parseInt(oct[0], 8) & 0xff);
        j += 1 + oct[0].length;
      } else if (uni) {
        out += Buffer.from(String.fromCodePoint(parseInt(uni[1]!, 16)), 'utf8').toString('latin1');
        j += 1 + uni[0].length;
      } else {
        const map: Record<string, string> = {
          n: '\n',
          t: '\t',
          r: '\r',
          v: '\v',
          e: '\x1b',
          f: '\f',
          '\\': '\\',
          $: '$',
          '"': '"',
        };
        const m = map[n];
        out += m ?? c + n;
        j += 2;
      }
      continue;
    }
    if (quote === '"' && c === '$' && IDENT_START.test(text[j + 1] ?? '')) dynamic = true;
    if (quote === '"' && c === '{' && text[j + 1] === '$') dynamic = true;
    out += c;
    j += 1;
    if (out.length > MAX_VALUE) return { value: null, end: j };
  }
  return null;
}

/** Skip a comment at text[i] (line comments and block comments); returns the index after it, or i when there is none. */
function skipComment(text: string, i: number): number {
  const c = text[i];
  if (c === '#' || (c === '/' && text[i + 1] === '/')) {
    const nl = text.indexOf('\n', i);
    return nl < 0 ? text.length : nl;
  }
  if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return i;
}

/**
 * The index of the bracket closing the one at text[open], skipping strings and comments; -1 when it is
 * not found within maxLen characters.
 */
export function matchBracket(text: string, open: number, maxLen: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const first = text[open];
  if (first === undefined || !(first in pairs)) return -1;
  const stack: string[] = [];
  const limit = Math.min(text.length, open + maxLen);
  let i = open;
  while (i < limit) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const s = readPhpString(text, i);
      if (!s) return -1;
      i = s.end;
      continue;
    }
    const after = skipComment(text, i);
    if (after !== i) {
      i = after;
      continue;
    }
    if (c in pairs) stack.push(pairs[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
    i += 1;
  }
  return -1;
}

/** The end of the statement starting at `start`: the top-level ';' (or the end of the text / maxLen). */
export function statementEnd(text: string, start: number, maxLen: number): number {
  const limit = Math.min(text.length, start + maxLen);
  let i = start;
  let depth = 0;
  while (i < limit) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const s = readPhpString(text, i);
      if (!s) return limit;
      i = s.end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') {
      depth -= 1;
      if (depth < 0) return i;
    } else if (c === ';' && depth === 0) return i;
    else if (c === '?' && text[i + 1] === '>' && depth === 0) return i;
    i += 1;
  }
  return limit;
}

function tokenize(expr: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i]!;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const afterComment = skipComment(expr, i);
    if (afterComment !== i) {
      i = afterComment;
      continue;
    }
    if (c === "'" || c === '"') {
      const s = readPhpString(expr, i);
      if (!s) return null;
      tokens.push({ t: 'str', v: s.value });
      i = s.end;
      continue;
    }
    if (c === '$' && IDENT_START.test(expr[i + 1] ?? '')) {
      let j = i + 1;
      while (j < expr.length && IDENT_CHAR.test(expr[j]!)) j += 1;
      tokens.push({ t: 'var', v: expr.slice(i + 1, j) });
      i = j;
      continue;
    }
    const num = /^(0x[0-9A-Fa-f]+|0[0-7]+|\d+)/.exec(expr.slice(i, i + 24));
    if (num && !IDENT_CHAR.test(expr[i - 1] ?? ' ')) {
      const s = num[0];
      const v = s.startsWith('0x')
        ? parseInt(s, 16)
        : s.length > 1 && s.startsWith('0')
          ? parseInt(s, 8)
          : parseInt(s, 10);
      tokens.push({ t: 'num', v });
      i += s.length;
      continue;
    }
    if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < expr.length && (IDENT_CHAR.test(expr[j]!) || expr[j] === '\\')) j += 1;
      const name = expr.slice(i, j).replace(/^\\+/, '');
      tokens.push({ t: 'id', v: name.slice(name.lastIndexOf('\\') + 1).toLowerCase() });
      i = j;
      continue;
    }
    tokens.push({ t: 'op', v: c });
    i += 1;
  }
  return tokens;
}

function cap(v: string): Value {
  return v.length > MAX_VALUE ? null : v;
}

function inflate(fn: (b: Buffer, o: { maxOutputLength: number }) => Buffer, s: string): Value {
  try {
    return fn(Buffer.from(s, 'latin1'), { maxOutputLength: MAX_VALUE }).toString('latin1');
  } catch {
    return null;
  }
}

function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** The pure string functions we compute; anything else is unknown. */
const FUNCTIONS: Record<string, (args: (Value | number)[]) => Value> = {
  base64_decode: ([s]) =>
    typeof s === 'string'
      ? Buffer.from(s.replace(/[^A-Za-z0-9+/=_-]/g, ''), 'base64').toString('latin1')
      : null,
  str_rot13: ([s]) => (typeof s === 'string' ? rot13(s) : null),
  strrev: ([s]) => (typeof s === 'string' ? s.split('').reverse().join('') : null),
  strtolower: ([s]) => (typeof s === 'string' ? s.toLowerCase() : null),
  strtoupper: ([s]) => (typeof s === 'string' ? s.toUpperCase() : null),
  trim: ([s, chars]) => (typeof s === 'string' && chars === undefined ? s.trim() : null),
  gzinflate: ([s]) => (typeof s === 'string' ? inflate(inflateRawSync, s) : null),
  gzuncompress: ([s]) => (typeof s === 'string' ? inflate(inflateSync, s) : null),
  gzdecode: ([s]) => (typeof s === 'string' ? inflate(gunzipSync, s) : null),
  hex2bin: ([s]) =>
    typeof s === 'string' && /^[0-9A-Fa-f]*$/.test(s) ? Buffer.from(s, 'hex').toString('latin1') : null,
  urldecode: ([s]) => (typeof s === 'string' ? safeDecode(s.replace(/\+/g, ' ')) : null),
  rawurldecode: ([s]) => (typeof s === 'string' ? safeDecode(s) : null),
  chr: ([n]) => (typeof n === 'number' ? String.fromCharCode(((n % 256) + 256) % 256) : null),
  str_replace: ([a, b, s]) =>
    typeof a === 'string' && typeof b === 'string' && typeof s === 'string' && a !== ''
      ? cap(s.split(a).join(b))
      : null,
  substr: ([s, start, len]) => {
    if (typeof s !== 'string' || typeof start !== 'number') return null;
    const from = start < 0 ? Math.max(0, s.length + start) : start;
    if (len === undefined) return s.slice(from);
    if (typeof len !== 'number') return null;
    return len < 0 ? s.slice(from, s.length + len) : s.slice(from, from + len);
  },
  strtr: ([s, from, to]) => {
    if (typeof s !== 'string' || typeof from !== 'string' || typeof to !== 'string') return null;
    const n = Math.min(from.length, to.length);
    const map = new Map<string, string>();
    for (let k = 0; k < n; k++) map.set(from[k]!, to[k]!);
    let out = '';
    for (const ch of s) out += map.get(ch) ?? ch;
    return out;
  },
  // Arrays are carried as their elements joined by ARRAY_SEP (only lists of constant strings).
  array: (items) =>
    items.every((x) => typeof x === 'string' && !x.includes(ARRAY_SEP)) ? items.join(ARRAY_SEP) : null,
  implode: ([a, b]) => joinArray(a, b),
  join: ([a, b]) => joinArray(a, b),
  pack: ([fmt, s]) =>
    fmt === 'H*' && typeof s === 'string' && /^[0-9A-Fa-f]*$/.test(s)
      ? Buffer.from(s, 'hex').toString('latin1')
      : null,
};

const ARRAY_SEP = '\u0001';

function joinArray(a: Value | number | undefined, b: Value | number | undefined): Value {
  // implode(sep, array) or implode(array)
  if (typeof a === 'string' && typeof b === 'string') return b.split(ARRAY_SEP).join(a);
  if (typeof a === 'string' && b === undefined) return a.split(ARRAY_SEP).join('');
  return null;
}

function safeDecode(s: string): Value {
  try {
    return Buffer.from(decodeURIComponent(s), 'utf8').toString('latin1');
  } catch {
    return null;
  }
}

export const DECODER_NAMES = new Set(Object.keys(FUNCTIONS));

class Parser {
  private pos = 0;
  private readonly tokens: Token[];
  private readonly vars: ReadonlyMap<string, string>;
  constructor(tokens: Token[], vars: ReadonlyMap<string, string>) {
    this.tokens = tokens;
    this.vars = vars;
  }

  done(): boolean {
    return this.pos >= this.tokens.length;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === 'op' && t.v === v;
  }

  expr(): Value | number {
    let left = this.unary();
    while (this.isOp('.')) {
      this.pos += 1;
      const right = this.unary();
      left =
        typeof left !== 'object' && typeof right !== 'object' && left !== null && right !== null
          ? cap(String(left) + String(right))
          : null;
    }
    return left;
  }

  private args(): (Value | number)[] | null {
    // at '('
    this.pos += 1;
    const out: (Value | number)[] = [];
    if (this.isOp(')')) {
      this.pos += 1;
      return out;
    }
    for (;;) {
      out.push(this.expr());
      if (this.isOp(',')) {
        this.pos += 1;
        continue;
      }
      if (this.isOp(')')) {
        this.pos += 1;
        return out;
      }
      return null;
    }
  }

  private call(name: string): Value {
    const args = this.args();
    if (args === null) return null;
    const fn = FUNCTIONS[name];
    return fn ? fn(args) : null;
  }

  /** $s[3] or $s{3}: one character of a known string. */
  private index(value: Value): Value {
    let v = value;
    while (this.isOp('[') || this.isOp('{')) {
      const close = this.isOp('[') ? ']' : '}';
      this.pos += 1;
      const i = this.expr();
      if (!this.isOp(close)) return null;
      this.pos += 1;
      v = typeof v === 'string' && typeof i === 'number' && i >= 0 && i < v.length ? v.charAt(i) : null;
    }
    return v;
  }

  private unary(): Value | number {
    while (this.isOp('@')) this.pos += 1;
    const t = this.peek();
    if (!t) return null;
    this.pos += 1;
    switch (t.t) {
      case 'str':
        return t.v;
      case 'num':
        return t.v;
      case 'var': {
        const value = this.vars.get(t.v);
        if (this.isOp('(')) return value === undefined ? (this.args(), null) : this.call(value.toLowerCase());
        return this.index(value ?? null);
      }
      case 'id':
        if (this.isOp('(')) return this.call(t.v);
        return null;
      case 'op':
        if (t.v === '(') {
          const v = this.expr();
          if (this.isOp(')')) this.pos += 1;
          return v;
        }
        if (t.v === '[') {
          // [ 'a', 'b' ] — a list of constant strings
          const items: (Value | number)[] = [];
          while (!this.done() && !this.isOp(']')) {
            items.push(this.expr());
            if (this.isOp(',')) this.pos += 1;
            else break;
          }
          if (!this.isOp(']')) return null;
          this.pos += 1;
          return FUNCTIONS.array!(items);
        }
        return null;
    }
  }
}

/**
 * The constant string value of a PHP expression, or null when any part of it is unknown. `vars` holds
 * variables already known to hold constant strings (`$a = 'assert';`).
 */
export function evaluatePhp(expr: string, vars: ReadonlyMap<string, string> = new Map()): Value {
  if (expr.length > MAX_VALUE * 2) return null;
  const tokens = tokenize(expr);
  if (!tokens || tokens.length === 0) return null;
  const parser = new Parser(tokens, vars);
  const value = parser.expr();
  if (!parser.done()) return null;
  return typeof value === 'number' ? String(value) : value;
}
