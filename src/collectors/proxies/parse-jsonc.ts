/**
 * A tolerant JSON reader for proxy configurations: V2Ray and Xray accept `//`, `#` and `/* *\/`
 * comments and trailing commas, and people paste them into Shadowsocks and Trojan files too. Pure;
 * returns a tree whose nodes carry their 1-based line, or an error with its line — never throws.
 * Nesting is capped so a hostile file cannot exhaust the stack.
 */

export type JsonNode =
  | { kind: 'object'; line: number; entries: JsonEntry[] }
  | { kind: 'array'; line: number; items: JsonNode[] }
  | { kind: 'string'; line: number; value: string }
  | { kind: 'number'; line: number; value: number }
  | { kind: 'boolean'; line: number; value: boolean }
  | { kind: 'null'; line: number };

export interface JsonEntry {
  key: string;
  line: number;
  value: JsonNode;
}

export type JsoncResult = { ok: true; value: JsonNode } | { ok: false; line: number; error: string };

export const MAX_JSON_DEPTH = 64;

class JsoncError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class Reader {
  private pos = 0;
  private line = 1;
  private readonly text: string;

  constructor(text: string) {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  fail(message: string): never {
    throw new JsoncError(message, this.line);
  }

  /** Skip whitespace and comments. */
  skip(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '\n') {
        this.line++;
        this.pos++;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++;
      } else if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
        while (this.pos < t.length && t[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const end = t.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('unterminated comment');
        for (let i = this.pos; i < end; i++) if (t[i] === '\n') this.line++;
        this.pos = end + 2;
      } else {
        return;
      }
    }
  }

  document(): JsonNode {
    this.skip();
    const value = this.value(0);
    this.skip();
    if (this.pos < this.text.length) this.fail('unexpected text after the value');
    return value;
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_JSON_DEPTH) this.fail('nesting too deep');
    this.skip();
    const c = this.text[this.pos];
    const line = this.line;
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || c === "'") return { kind: 'string', line, value: this.string() };
    if (c === undefined) this.fail('unexpected end of input');
    const word = /^(?:true|false|null)\b/.exec(this.text.slice(this.pos, this.pos + 6));
    if (word) {
      this.pos += word[0].length;
      if (word[0] === 'null') return { kind: 'null', line };
      return { kind: 'boolean', line, value: word[0] === 'true' };
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 64));
    if (num) {
      this.pos += num[0].length;
      return { kind: 'number', line, value: Number(num[0]) };
    }
    return this.fail(`unexpected character ${JSON.stringify(c)}`);
  }

  private object(depth: number): JsonNode {
    const line = this.line;
    this.pos++; // {
    const entries: JsonEntry[] = [];
    for (;;) {
      this.skip();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return { kind: 'object', line, entries };
      }
      const c = this.text[this.pos];
      if (c !== '"' && c !== "'") this.fail('expected a quoted key');
      const keyLine = this.line;
      const key = this.string();
      this.skip();
      if (this.text[this.pos] !== ':') this.fail('expected ":"');
      this.pos++;
      entries.push({ key, line: keyLine, value: this.value(depth + 1) });
      this.skip();
      const next = this.text[this.pos];
      if (next === ',') this.pos++;
      else if (next !== '}') this.fail('expected "," or "}"');
    }
  }

  private array(depth: number): JsonNode {
    const line = this.line;
    this.pos++; // [
    const items: JsonNode[] = [];
    for (;;) {
      this.skip();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return { kind: 'array', line, items };
      }
      items.push(this.value(depth + 1));
      this.skip();
      const next = this.text[this.pos];
      if (next === ',') this.pos++;
      else if (next !== ']') this.fail('expected "," or "]"');
    }
  }

  private string(): string {
    const quote = this.text[this.pos]!;
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') this.fail('unterminated string');
      this.pos++;
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.pos];
      this.pos++;
      if (e === 'u') {
        const hex = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 4;
      } else if (e === "'") {
        out += "'";
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e]!;
      } else {
        this.fail('bad escape');
      }
    }
  }
}

export function parseJsonc(text: string): JsoncResult {
  const reader = new Reader(text);
  try {
    return { ok: true, value: reader.document() };
  } catch (error) {
    if (error instanceof JsoncError) return { ok: false, line: error.line, error: error.message };
    throw error;
  }
}

/** The plain value of a node (for tests and simple reads). */
export function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries)
        Object.defineProperty(out, e.key, {
          value: toPlain(e.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return out;
    }
    case 'array':
      return node.items.map(toPlain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** The last entry named `key` of an object node (JSON.parse keeps the last duplicate too). */
export function member(node: JsonNode | undefined, key: string): JsonEntry | undefined {
  if (node?.kind !== 'object') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i]!.key === key) return node.entries[i];
  return undefined;
}

export function str(node: JsonNode | undefined): string | undefined {
  return node?.kind === 'string' ? node.value : undefined;
}

/** A number, or a string holding a plain integer ("443"). */
export function int(node: JsonNode | undefined): number | undefined {
  if (node?.kind === 'number' && Number.isInteger(node.value)) return node.value;
  if (node?.kind === 'string' && /^\d{1,5}$/.test(node.value.trim())) return Number(node.value.trim());
  return undefined;
}

export function items(node: JsonNode | undefined): JsonNode[] {
  return node?.kind === 'array' ? node.items : [];
}
