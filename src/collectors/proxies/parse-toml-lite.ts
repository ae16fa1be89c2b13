/**
 * Small readers for the key/value formats of proxy configurations. Pure, never throw.
 *
 * - parseTomlLite: the TOML subset frp ≥ 0.52 uses (`[table]`, `[[array]]`, dotted keys, strings,
 *   numbers, booleans, one- or multi-line arrays, inline tables), into the JsonNode tree of
 *   parse-jsonc.ts with lines. Multi-line strings are read as text; dates stay strings.
 * - parseIni: `[section]` + `key = value` files (frp's legacy .ini, nps.conf, npc.conf, WireGuard),
 *   sections kept in order and repeatable (WireGuard has one [Peer] per peer).
 */
import { MAX_JSON_DEPTH, type JsonEntry, type JsonNode } from './parse-jsonc.ts';

// ---------------------------------------------------------------------------------------------- INI

export interface IniEntry {
  key: string;
  value: string;
  line: number;
}

export interface IniSection {
  /** '' for entries before the first section header. */
  name: string;
  line: number;
  entries: IniEntry[];
}

/** `#` and `;` start comments at the start of a line, or after whitespace. */
function stripIniComment(text: string): string {
  const m = /(^|\s)[#;]/.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

export function parseIni(text: string): IniSection[] {
  const sections: IniSection[] = [{ name: '', line: 1, entries: [] }];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const body = stripIniComment(lines[n]!);
    if (body === '') continue;
    const header = /^\[\s*([^\]]*?)\s*\]$/.exec(body);
    if (header) {
      sections.push({ name: header[1]!, line: n + 1, entries: [] });
      continue;
    }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(body);
    if (!kv) continue;
    sections[sections.length - 1]!.entries.push({
      key: kv[1]!.trim(),
      value: unquote(kv[2]!.trim()),
      line: n + 1,
    });
  }
  return sections.filter((s) => s.name !== '' || s.entries.length > 0);
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]))
    return value.slice(1, -1);
  return value;
}

/** The last entry `key` (case-insensitive) of a section. */
export function iniGet(section: IniSection | undefined, key: string): IniEntry | undefined {
  if (!section) return undefined;
  const want = key.toLowerCase();
  for (let i = section.entries.length - 1; i >= 0; i--)
    if (section.entries[i]!.key.toLowerCase() === want) return section.entries[i];
  return undefined;
}

// --------------------------------------------------------------------------------------------- TOML

type ObjectNode = Extract<JsonNode, { kind: 'object' }>;
type ArrayNode = Extract<JsonNode, { kind: 'array' }>;

class TomlValue {
  pos = 0;
  readonly text: string;
  readonly line: number;
  constructor(text: string, line: number) {
    this.text = text;
    this.line = line;
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /[ \t\n]/.test(this.text[this.pos]!)) this.pos++;
    if (this.text[this.pos] === '#') {
      while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      this.skipSpace();
    }
  }

  value(depth: number): JsonNode | undefined {
    this.skipSpace();
    const c = this.text[this.pos];
    const line = this.line;
    if (c === undefined || depth > MAX_JSON_DEPTH) return undefined;
    if (c === '"' || c === "'") {
      const s = this.string();
      return s === undefined ? undefined : { kind: 'string', line, value: s };
    }
    if (c === '[') {
      this.pos++;
      const items: JsonNode[] = [];
      for (;;) {
        this.skipSpace();
        if (this.text[this.pos] === ']') {
          this.pos++;
          return { kind: 'array', line, items };
        }
        const item = this.value(depth + 1);
        if (item === undefined) return undefined;
        items.push(item);
        this.skipSpace();
        if (this.text[this.pos] === ',') this.pos++;
        else if (this.text[this.pos] !== ']') return undefined;
      }
    }
    if (c === '{') {
      this.pos++;
      const node: ObjectNode = { kind: 'object', line, entries: [] };
      for (;;) {
        this.skipSpace();
        if (this.text[this.pos] === '}') {
          this.pos++;
          return node;
        }
        const key =
          /^\s*((?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*'))*)\s*=/.exec(
            this.text.slice(this.pos),
          );
        if (!key) return undefined;
        this.pos += key[0].length;
        const v = this.value(depth + 1);
        if (v === undefined) return undefined;
        setDotted(node, splitKey(key[1]!), v, line);
        this.skipSpace();
        if (this.text[this.pos] === ',') this.pos++;
        else if (this.text[this.pos] !== '}') return undefined;
      }
    }
    const word = /^[^\s,\]}#]+/.exec(this.text.slice(this.pos));
    if (!word) return undefined;
    this.pos += word[0].length;
    const w = word[0];
    if (w === 'true' || w === 'false') return { kind: 'boolean', line, value: w === 'true' };
    const num = w.replace(/_/g, '');
    if (/^[-+]?(?:0|[1-9]\d*)$/.test(num)) return { kind: 'number', line, value: Number(num) };
    if (/^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(num))
      return { kind: 'number', line, value: Number(num) };
    if (/^0x[0-9a-fA-F]+$/.test(num)) return { kind: 'number', line, value: parseInt(num.slice(2), 16) };
    return { kind: 'string', line, value: w };
  }

  private string(): string | undefined {
    const q = this.text[this.pos]!;
    if (this.text.startsWith(q.repeat(3), this.pos)) {
      const end = this.text.indexOf(q.repeat(3), this.pos + 3);
      if (end < 0) return undefined;
      const s = this.text.slice(this.pos + 3, end).replace(/^\n/, '');
      this.pos = end + 3;
      return s;
    }
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') return undefined;
      this.pos++;
      if (c === q) return out;
      if (c === '\\' && q === '"') {
        const e = this.text[this.pos];
        this.pos++;
        const map: Record<string, string> = {
          n: '\n',
          t: '\t',
          r: '\r',
          '"': '"',
          '\\': '\\',
          b: '\b',
          f: '\f',
        };
        if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8;
          const hex = this.text.slice(this.pos, this.pos + len);
          const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
          if (!(code <= 0x10ffff)) return undefined;
          out += String.fromCodePoint(code);
          this.pos += len;
        } else if (e !== undefined && e in map) out += map[e]!;
        else return undefined;
      } else out += c;
    }
  }
}

export function splitKey(raw: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"([^"\n]*)"|'([^'\n]*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < raw.length && (m = re.exec(raw)) !== null) {
    parts.push(m[1] ?? m[2] ?? m[3]!);
    if (m[0] === '') break;
  }
  return parts;
}

function child(obj: ObjectNode, key: string, line: number): ObjectNode {
  const found = obj.entries.find((e) => e.key === key);
  if (found?.value.kind === 'object') return found.value;
  if (found?.value.kind === 'array') {
    const last = found.value.items[found.value.items.length - 1];
    if (last?.kind === 'object') return last;
  }
  const node: ObjectNode = { kind: 'object', line, entries: [] };
  if (found) found.value = node;
  else obj.entries.push({ key, line, value: node });
  return node;
}

function setDotted(root: ObjectNode, path: string[], value: JsonNode, line: number): void {
  let obj = root;
  for (const key of path.slice(0, -1)) obj = child(obj, key, line);
  const last = path[path.length - 1];
  if (last === undefined) return;
  const entry: JsonEntry = { key: last, line, value };
  const at = obj.entries.findIndex((e) => e.key === last);
  if (at >= 0) obj.entries[at] = entry;
  else obj.entries.push(entry);
}

/** Count brackets outside strings and comments, to join multi-line arrays and inline tables. */
function openBrackets(text: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

export function parseTomlLite(text: string): JsonNode {
  const root: ObjectNode = { kind: 'object', line: 1, entries: [] };
  let table = root;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = n + 1;
    const body = lines[n]!.trim();
    if (body === '' || body.startsWith('#')) continue;
    const arrayHeader = /^\[\[\s*([^\]]+?)\s*\]\](?:\s*#.*)?$/.exec(body);
    if (arrayHeader) {
      const path = splitKey(arrayHeader[1]!);
      let obj = root;
      for (const key of path.slice(0, -1)) obj = child(obj, key, line);
      const last = path[path.length - 1];
      if (last === undefined) continue;
      let entry = obj.entries.find((e) => e.key === last);
      if (entry?.value.kind !== 'array') {
        entry = { key: last, line, value: { kind: 'array', line, items: [] } };
        obj.entries = obj.entries.filter((e) => e.key !== last);
        obj.entries.push(entry);
      }
      table = { kind: 'object', line, entries: [] };
      (entry.value as ArrayNode).items.push(table);
      continue;
    }
    const header = /^\[\s*([^\]]+?)\s*\](?:\s*#.*)?$/.exec(body);
    if (header) {
      table = root;
      for (const key of splitKey(header[1]!)) table = child(table, key, line);
      continue;
    }
    const kv =
      /^((?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*'))*)\s*=\s*(.*)$/.exec(
        body,
      );
    if (!kv) continue;
    let valueText = kv[2]!;
    // Join continuation lines of a multi-line array, inline table or multi-line string (counted line
    // by line, so a file of unclosed brackets stays linear).
    const fence = /^("""|''')/.exec(valueText)?.[1];
    let open = fence === undefined ? openBrackets(valueText) : valueText.split(fence).length < 3 ? 1 : 0;
    let end = n;
    while (open > 0 && end + 1 < lines.length) {
      end++;
      const next = lines[end]!;
      valueText += '\n' + next;
      open = fence === undefined ? open + openBrackets(next) : next.includes(fence) ? 0 : 1;
    }
    n = end;
    const reader = new TomlValue(valueText, line);
    const value = reader.value(0);
    if (value === undefined) continue;
    setDotted(table, splitKey(kv[1]!), value, line);
  }
  return root;
}
