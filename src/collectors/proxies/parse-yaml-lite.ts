/**
 * A small YAML reader for the proxy configurations that use YAML (Hysteria 2, gost v3, frp ≥ 0.52).
 * The `yaml` package is not a dependency, and these files only use the plain subset: block mappings
 * and sequences by indentation, `key: value`, `- item`, quoted and plain scalars, one-line flow
 * collections (`[a, b]`, `{a: 1}`), comments, and block scalars (`|`, `>`, read as text). Anchors,
 * tags and multi-document streams are not modelled (a tag or anchor is kept as part of the scalar).
 *
 * Pure; the result is the same JsonNode tree as parse-jsonc.ts (with lines), so one set of field
 * readers serves JSON, YAML and TOML. Never throws; nesting is capped.
 */
import { MAX_JSON_DEPTH, type JsonEntry, type JsonNode } from './parse-jsonc.ts';

interface Line {
  indent: number;
  text: string;
  line: number;
}

/** Strip a comment (`#` at the start or after a space, outside quotes) and trailing space. */
export function stripYamlComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      // A quote opens a quoted scalar only at the start of a token.
      if (i === 0 || /[\s:,[{-]/.test(text[i - 1]!)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text.trimEnd();
}

/** `key: value` → [key, value, keyWasQuoted]; undefined when the text is not a mapping entry. */
export function splitMappingEntry(text: string): [string, string] | undefined {
  const quoted = /^(["'])((?:\\.|(?!\1).)*)\1\s*:(?:\s+|$)(.*)$/.exec(text);
  if (quoted) return [quoted[2]!, quoted[3]!.trim()];
  const plain = /^([^\s#'"{[\]},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?)\s*:(?:\s+|$)(.*)$/.exec(text);
  if (plain) return [plain[1]!, plain[2]!.trim()];
  return undefined;
}

function isSeqItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** A plain or quoted scalar, typed as YAML 1.2 core schema does. */
export function yamlScalar(raw: string, line: number): JsonNode {
  const text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string') return { kind: 'string', line, value: parsed };
    } catch {
      // fall through: keep the text between the quotes
    }
    return { kind: 'string', line, value: text.slice(1, -1) };
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'"))
    return { kind: 'string', line, value: text.slice(1, -1).replace(/''/g, "'") };
  if (text === '' || text === '~' || /^null$/i.test(text)) return { kind: 'null', line };
  if (/^(?:true|false)$/i.test(text)) return { kind: 'boolean', line, value: /^true$/i.test(text) };
  if (/^[-+]?(?:0|[1-9]\d*)$/.test(text)) return { kind: 'number', line, value: Number(text) };
  if (/^[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text))
    return { kind: 'number', line, value: Number(text) };
  return { kind: 'string', line, value: text };
}

/** Split a flow collection's inside on top-level commas. */
function splitFlow(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function flowBalanced(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0 && quote === null;
}

/** An inline value: a flow collection or a scalar. */
export function yamlInline(raw: string, line: number, depth = 0): JsonNode {
  const text = raw.trim();
  if (depth < MAX_JSON_DEPTH && flowBalanced(text)) {
    if (text.startsWith('[') && text.endsWith(']'))
      return {
        kind: 'array',
        line,
        items: splitFlow(text.slice(1, -1)).map((p) => yamlInline(p, line, depth + 1)),
      };
    if (text.startsWith('{') && text.endsWith('}')) {
      const entries: JsonEntry[] = [];
      for (const part of splitFlow(text.slice(1, -1))) {
        const kv = splitMappingEntry(part) ?? /^(.*?):(.*)$/.exec(part)?.slice(1, 3);
        if (kv) entries.push({ key: kv[0]!.trim(), line, value: yamlInline(kv[1]!, line, depth + 1) });
        else entries.push({ key: part, line, value: { kind: 'null', line } });
      }
      return { kind: 'object', line, entries };
    }
  }
  return yamlScalar(text, line);
}

class Parser {
  private i = 0;
  private readonly lines: Line[];

  constructor(lines: Line[]) {
    this.lines = lines;
  }

  document(): JsonNode {
    if (this.lines.length === 0) return { kind: 'null', line: 1 };
    const first = this.lines[0]!;
    const node = this.node(first.indent, 0);
    return node;
  }

  /** Skip lines indented deeper than `indent` (continuations we do not model). */
  private skipDeeper(indent: number): void {
    while (this.i < this.lines.length && this.lines[this.i]!.indent > indent) this.i++;
  }

  private node(indent: number, depth: number): JsonNode {
    const current = this.lines[this.i]!;
    if (depth > MAX_JSON_DEPTH) {
      this.i++;
      this.skipDeeper(indent);
      return { kind: 'null', line: current.line };
    }
    if (isSeqItem(current.text)) return this.seq(current.indent, depth);
    if (splitMappingEntry(current.text)) return this.map(current.indent, depth);
    this.i++;
    this.skipDeeper(current.indent);
    return yamlInline(current.text, current.line);
  }

  /** The value after `key:` with nothing inline: a nested block, a same-indent sequence, or null. */
  private blockValue(indent: number, line: number, depth: number): JsonNode {
    const next = this.lines[this.i];
    if (next && (next.indent > indent || (next.indent === indent && isSeqItem(next.text))))
      return this.node(next.indent, depth + 1);
    return { kind: 'null', line };
  }

  private blockScalar(indent: number, line: number, folded: boolean): JsonNode {
    const parts: string[] = [];
    while (this.i < this.lines.length && this.lines[this.i]!.indent > indent) {
      parts.push(this.lines[this.i]!.text);
      this.i++;
    }
    return { kind: 'string', line, value: parts.join(folded ? ' ' : '\n') };
  }

  private map(indent: number, depth: number): JsonNode {
    const start = this.lines[this.i]!.line;
    const entries: JsonEntry[] = [];
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.indent < indent) break;
      if (l.indent > indent) {
        this.i++; // a stray deeper line: a continuation we do not model
        continue;
      }
      const kv = isSeqItem(l.text) ? undefined : splitMappingEntry(l.text);
      if (!kv) break;
      this.i++;
      const [key, rest] = kv;
      let value: JsonNode;
      if (rest === '') value = this.blockValue(indent, l.line, depth);
      else if (/^[|>][-+0-9]*$/.test(rest)) value = this.blockScalar(indent, l.line, rest.startsWith('>'));
      else {
        value = yamlInline(rest, l.line);
        this.skipDeeper(indent); // multi-line plain scalars: keep the first line
      }
      entries.push({ key, line: l.line, value });
    }
    return { kind: 'object', line: start, entries };
  }

  private seq(indent: number, depth: number): JsonNode {
    const start = this.lines[this.i]!.line;
    const items: JsonNode[] = [];
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.indent < indent) break;
      if (l.indent > indent) {
        this.i++;
        continue;
      }
      if (!isSeqItem(l.text)) break;
      const rest = l.text.slice(1).trimStart();
      if (rest === '') {
        this.i++;
        items.push(this.blockValue(indent, l.line, depth));
        continue;
      }
      const offset = indent + (l.text.length - rest.length);
      if (isSeqItem(rest) || splitMappingEntry(rest)) {
        // "- key: v" opens a mapping whose keys sit at the column after "- ".
        this.lines[this.i] = { indent: offset, text: rest, line: l.line };
        items.push(this.node(offset, depth + 1));
        continue;
      }
      this.i++;
      items.push(yamlInline(rest, l.line));
      this.skipDeeper(indent);
    }
    return { kind: 'array', line: start, items };
  }
}

/** Parse the first YAML document of `text` into a JsonNode tree. */
export function parseYamlLite(text: string): JsonNode {
  const lines: Line[] = [];
  const raw = text.split(/\r?\n/);
  for (let n = 0; n < raw.length; n++) {
    const full = raw[n]!.replace(/\t/g, ' ');
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(full)) {
      if (lines.length > 0) break; // a second document: stop
      continue;
    }
    if (/^\s*%/.test(full) && lines.length === 0) continue; // directives
    const stripped = stripYamlComment(full);
    if (stripped.trim() === '') continue;
    const indent = stripped.length - stripped.trimStart().length;
    lines.push({ indent, text: stripped.trim(), line: n + 1 });
  }
  return new Parser(lines).document();
}
