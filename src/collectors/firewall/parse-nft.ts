/**
 * nftables: /etc/nftables.conf (and the files it includes) and the live `nft list ruleset` output, read
 * by the same pure parser.
 *
 * Understood: `table <family> <name> { … }` blocks (merged when a table is declared twice), `chain`
 * blocks with `type filter hook input priority …; policy drop|accept;`, rules with set literals `{ … }`,
 * `define NAME = value` / `$NAME`, named sets with `elements = { … }` (`tcp dport @web`), verdict maps
 * (`tcp dport vmap { 22 : accept }`), the flat forms `add table|chain|rule`, `insert rule`, `flush
 * ruleset`, `delete table`, and `include "…"` (through a loader the caller supplies, so that this module
 * never touches files; cycles are skipped and reported). Unknown statements and blocks (flowtables,
 * counters, ct helpers…) are skipped with their braces balanced. Nothing here throws on bad input.
 */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import {
  evaluateInput,
  NO_MATCH,
  type IrChain,
  type IrRule,
  type RuleMatch,
  type Verdict,
} from './evaluate.ts';
import type {
  FirewallActivation,
  FirewallFamily,
  FirewallRuleset,
  FirewallSource,
} from './firewall.types.ts';
import {
  ALL_PORTS,
  mergeRanges,
  parsePortRange,
  type PortRange,
  type Proto,
  type ServiceMap,
} from './ports.ts';

// ---------------------------------------------------------------------------------------------- tokens

export type NftToken =
  | { t: 'w'; v: string; line: number }
  | { t: 's'; v: string; line: number }
  | { t: '{' | '}' | ';' | ',' | 'nl'; line: number };

/** Split nft text into words, strings, braces, separators and newlines (comments and `\`-continuations dropped). */
export function tokenizeNft(text: string): NftToken[] {
  const out: NftToken[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      out.push({ t: 'nl', line });
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      i++;
    } else if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      line++;
    } else if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"' && text[j] !== '\n') j++;
      out.push({ t: 's', v: text.slice(i + 1, j), line });
      i = j < n && text[j] === '"' ? j + 1 : j;
    } else if (c === '{' || c === '}' || c === ';' || c === ',') {
      out.push({ t: c, line });
      i++;
    } else {
      let j = i;
      while (j < n && !' \t\r\n\f\v{};,"#'.includes(text[j]!)) j++;
      if (j === i) j++; // a lone backslash
      out.push({ t: 'w', v: text.slice(i, j), line });
      i = j;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------- rule items

/** A rule element: a word, a string, a comma, or a set literal of comma-separated elements. */
export type NftItem =
  | { k: 'w'; v: string; line: number }
  | { k: 's'; v: string; line: number }
  | { k: ','; line: number }
  | { k: 'set'; elems: NftItem[][]; line: number };

export interface NftChain {
  name: string;
  where: FileLine;
  type?: string;
  hook?: string;
  policy?: 'accept' | 'drop';
  rules: { items: NftItem[]; where: FileLine }[];
}

export interface NftTable {
  family: string;
  name: string;
  where: FileLine;
  chains: Map<string, NftChain>;
  /** Named set → its element values (as written). */
  sets: Map<string, string[]>;
}

export interface NftParse {
  tables: NftTable[];
  /** The last `flush ruleset` met (everything declared before it was discarded). */
  flushRuleset?: FileLine;
  /** Include cycles and includes the loader could not resolve. */
  skippedIncludes: { pattern: string; where: FileLine; reason: 'cycle' | 'depth' }[];
}

export interface NftSource {
  path: string;
  text: string;
}

/** Resolve `include "pattern"` met in `fromPath` to the files it names, in order (the caller reads and globs). */
export type NftIncludeLoader = (pattern: string, fromPath: string) => NftSource[];

const MAX_INCLUDE_DEPTH = 16;
const MAX_DEFINE_DEPTH = 16;
/** Caps that keep hostile input linear: set nesting, and items a statement may grow to through defines. */
const MAX_SET_DEPTH = 32;
const MAX_EXPANDED_ITEMS = 10_000;
const FAMILIES = new Set(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev']);

/** The include patterns a file names, for a caller that prefetches files before parsing. */
export function findNftIncludes(text: string): { pattern: string; line: number }[] {
  const tokens = tokenizeNft(text);
  const out: { pattern: string; line: number }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    const prev = tokens[i - 1];
    const atStart = !prev || prev.t === 'nl' || prev.t === ';' || prev.t === '{' || prev.t === '}';
    if (atStart && a.t === 'w' && a.v === 'include' && b.t === 's') out.push({ pattern: b.v, line: a.line });
  }
  return out;
}

/** Parse an nft ruleset file (following includes through `load`) or live `nft list ruleset` output. */
export function parseNft(main: NftSource, load?: NftIncludeLoader): NftParse {
  const tables = new Map<string, NftTable>();
  const defines = new Map<string, NftItem[]>();
  const result: NftParse = { tables: [], skippedIncludes: [] };
  const stack: string[] = [];

  const tableOf = (family: string, name: string, where: FileLine): NftTable => {
    const key = `${family} ${name}`;
    let table = tables.get(key);
    if (!table) {
      table = { family, name, where, chains: new Map(), sets: new Map() };
      tables.set(key, table);
    }
    return table;
  };
  const chainOf = (table: NftTable, name: string, where: FileLine): NftChain => {
    let chain = table.chains.get(name);
    if (!chain) {
      chain = { name, where, rules: [] };
      table.chains.set(name, chain);
    }
    return chain;
  };

  const parseFile = (source: NftSource): void => {
    const tokens = tokenizeNft(source.text);
    const path = source.path;
    let i = 0;
    const peek = (): NftToken | undefined => tokens[i];
    const isSep = (tok: NftToken | undefined) => tok !== undefined && (tok.t === ';' || tok.t === 'nl');

    /** Skip a balanced `{ … }` starting at the current `{`. */
    const skipBlock = (): void => {
      let depth = 0;
      while (i < tokens.length) {
        const tok = tokens[i++]!;
        if (tok.t === '{') depth++;
        else if (tok.t === '}' && --depth <= 0) return;
      }
    };

    /** Read items up to a separator, a `}` closing the enclosing block, or EOF; braces are set literals. */
    const readItems = (): NftItem[] => {
      const items: NftItem[] = [];
      while (i < tokens.length) {
        const tok = tokens[i]!;
        if (tok.t === ';' || tok.t === 'nl' || tok.t === '}') break;
        i++;
        if (tok.t === '{') items.push(readSet(tok.line, 0));
        else if (tok.t === ',') items.push({ k: ',', line: tok.line });
        else if (tok.t === 'w' || tok.t === 's') items.push({ k: tok.t, v: tok.v, line: tok.line });
      }
      return expandDefines(items, 0);
    };

    /** A set literal after its `{`: elements separated by commas; newlines inside do not end it. */
    const readSet = (line: number, depth: number): NftItem => {
      if (depth >= MAX_SET_DEPTH) {
        // Absurd nesting: skip to the matching brace without recursing, so no input can exhaust the stack.
        i--;
        skipBlock();
        return { k: 'set', elems: [], line };
      }
      const elems: NftItem[][] = [];
      let current: NftItem[] = [];
      while (i < tokens.length) {
        const tok = tokens[i++]!;
        if (tok.t === '}') break;
        if (tok.t === ',' || tok.t === 'nl' || tok.t === ';') {
          if (tok.t === ',' || current.length > 0) {
            if (current.length > 0) elems.push(current);
            current = [];
          }
          continue;
        }
        if (tok.t === '{') current.push(readSet(tok.line, depth + 1));
        else if (tok.t === 'w' || tok.t === 's') current.push({ k: tok.t, v: tok.v, line: tok.line });
      }
      if (current.length > 0) elems.push(current);
      return { k: 'set', elems: elems.map((e) => expandDefines(e, 0)), line };
    };

    const expandDefines = (items: NftItem[], depth: number): NftItem[] => {
      if (depth > MAX_DEFINE_DEPTH || !items.some((it) => it.k === 'w' && it.v.startsWith('$'))) return items;
      const out: NftItem[] = [];
      for (const it of items) {
        if (out.length > MAX_EXPANDED_ITEMS) break;
        const value = it.k === 'w' && it.v.startsWith('$') ? defines.get(it.v.slice(1)) : undefined;
        if (value) out.push(...expandDefines(value, depth + 1));
        else out.push(it);
      }
      return out;
    };

    const words = (items: NftItem[]): string[] =>
      items.map((it) => (it.k === 'w' || it.k === 's' ? it.v : it.k));

    const parseChainBody = (chain: NftChain): void => {
      while (i < tokens.length) {
        const tok = peek()!;
        if (tok.t === '}') {
          i++;
          return;
        }
        if (isSep(tok) || tok.t === ',') {
          i++;
          continue;
        }
        if (tok.t === '{') {
          skipBlock();
          continue;
        }
        const items = readItems();
        if (items.length === 0) continue;
        addChainStatement(chain, items, at(path, tok.line));
      }
    };

    const addChainStatement = (chain: NftChain, items: NftItem[], where: FileLine): void => {
      const w = words(items);
      if (w[0] === 'type') {
        chain.type = w[1];
        const hook = w.indexOf('hook');
        if (hook >= 0) chain.hook = w[hook + 1];
        const policy = w.indexOf('policy');
        if (policy >= 0) setPolicy(chain, w[policy + 1]);
      } else if (w[0] === 'policy') setPolicy(chain, w[1]);
      else if (w[0] === 'comment' || w[0] === 'devices' || w[0] === 'device') return;
      else chain.rules.push({ items, where });
    };

    const setPolicy = (chain: NftChain, value: string | undefined): void => {
      if (value === 'drop' || value === 'accept') chain.policy = value;
    };

    const parseSetBody = (table: NftTable, name: string): void => {
      const values: string[] = [];
      while (i < tokens.length) {
        const tok = peek()!;
        if (tok.t === '}') {
          i++;
          break;
        }
        if (isSep(tok) || tok.t === ',') {
          i++;
          continue;
        }
        if (tok.t === '{') {
          skipBlock();
          continue;
        }
        const items = readItems();
        if (items[0]?.k === 'w' && items[0].v === 'elements') {
          const set = items.find((it) => it.k === 'set');
          if (set?.k === 'set') for (const e of set.elems) values.push(words(e).join(' '));
        }
      }
      table.sets.set(name, values);
    };

    const parseTableBody = (table: NftTable): void => {
      while (i < tokens.length) {
        const tok = peek()!;
        if (tok.t === '}') {
          i++;
          return;
        }
        if (isSep(tok) || tok.t === ',') {
          i++;
          continue;
        }
        // A statement header up to `{` (a child block) or a separator.
        const header: NftToken[] = [];
        while (i < tokens.length && tokens[i]!.t !== '{' && !isSep(tokens[i]) && tokens[i]!.t !== '}') {
          header.push(tokens[i++]!);
        }
        if (tokens[i]?.t !== '{') continue;
        const kw = header[0]?.t === 'w' ? header[0].v : '';
        const name = header[1]?.t === 'w' || header[1]?.t === 's' ? header[1].v : '';
        i++; // the `{`
        if (kw === 'chain' && name) parseChainBody(chainOf(table, name, at(path, header[0]!.line)));
        else if ((kw === 'set' || kw === 'map') && name) parseSetBody(table, name);
        else {
          i--;
          skipBlock();
        }
      }
    };

    /** `[family] name` after `table`/`chain` keywords; family defaults to ip. */
    const familyAndName = (w: string[]): { family: string; rest: string[] } =>
      w[0] !== undefined && FAMILIES.has(w[0])
        ? { family: w[0], rest: w.slice(1) }
        : { family: 'ip', rest: w };

    while (i < tokens.length) {
      const tok = peek()!;
      if (isSep(tok) || tok.t === ',' || tok.t === '}') {
        i++;
        continue;
      }
      if (tok.t === '{') {
        skipBlock();
        continue;
      }
      const line = tok.line;
      const where = at(path, line);
      // Collect the header words up to a `{`, a separator or EOF.
      const header: NftToken[] = [];
      while (i < tokens.length && tokens[i]!.t !== '{' && !isSep(tokens[i]) && tokens[i]!.t !== '}') {
        header.push(tokens[i++]!);
      }
      const w = header.map((h) => (h.t === 'w' || h.t === 's' ? h.v : h.t));
      const verb = w[0] === 'add' || w[0] === 'create' ? w.slice(1) : w;
      const opensBlock = tokens[i]?.t === '{';

      if (w[0] === 'include' && header[1]?.t === 's') {
        if (opensBlock) skipBlock();
        include(header[1].v, where);
      } else if (w[0] === 'define' && w[2] === '=') {
        // The value: the words after `=` plus a set literal if one follows.
        i -= header.length - 3;
        const value = readItems();
        if (w[1]) defines.set(w[1], value);
      } else if (w[0] === 'flush' && w[1] === 'ruleset') {
        tables.clear();
        result.flushRuleset = where;
      } else if (w[0] === 'delete' && w[1] === 'table') {
        const { family, rest } = familyAndName(w.slice(2));
        tables.delete(`${family} ${rest[0] ?? ''}`);
      } else if (w[0] === 'flush' && w[1] === 'table') {
        const { family, rest } = familyAndName(w.slice(2));
        for (const c of tables.get(`${family} ${rest[0] ?? ''}`)?.chains.values() ?? []) c.rules = [];
      } else if (verb[0] === 'table') {
        const { family, rest } = familyAndName(verb.slice(1));
        const table = rest[0] ? tableOf(family, rest[0], where) : undefined;
        if (opensBlock) {
          i++;
          if (table) parseTableBody(table);
          else {
            i--;
            skipBlock();
          }
        }
      } else if (verb[0] === 'chain' && (w[0] === 'add' || w[0] === 'create' || w[0] === 'chain')) {
        const { family, rest } = familyAndName(verb.slice(1));
        const [tableName, chainName] = rest;
        if (tableName && chainName) {
          const chain = chainOf(tableOf(family, tableName, where), chainName, where);
          if (opensBlock) {
            i++;
            parseChainBody(chain);
          }
        } else if (opensBlock) skipBlock();
      } else if ((w[0] === 'add' || w[0] === 'insert') && w[1] === 'rule') {
        const { family, rest } = familyAndName(w.slice(2));
        const [tableName, chainName] = rest;
        // Re-read the rule from after the chain name, so that set literals are kept.
        i -= header.length - (w.length - rest.length + 2);
        const items = readItems();
        let start = 0;
        while (
          items[start]?.k === 'w' &&
          ['position', 'handle', 'index'].includes((items[start] as { v: string }).v)
        )
          start += 2;
        if (tableName && chainName && items.length > start) {
          const chain = chainOf(tableOf(family, tableName, where), chainName, where);
          const rule = { items: items.slice(start), where };
          if (w[0] === 'insert') chain.rules.unshift(rule);
          else chain.rules.push(rule);
        }
      } else if (opensBlock) {
        skipBlock();
      }
    }
  };

  const include = (pattern: string, where: FileLine): void => {
    if (!load) return;
    if (stack.length >= MAX_INCLUDE_DEPTH) {
      result.skippedIncludes.push({ pattern, where, reason: 'depth' });
      return;
    }
    for (const source of load(pattern, where.path)) {
      if (stack.includes(source.path)) {
        result.skippedIncludes.push({ pattern, where, reason: 'cycle' });
        continue;
      }
      stack.push(source.path);
      parseFile(source);
      stack.pop();
    }
  };

  stack.push(main.path);
  parseFile(main);
  result.tables = [...tables.values()];
  return result;
}

// ------------------------------------------------------------------------------ rule interpretation

const VERDICTS = new Set(['accept', 'drop', 'reject', 'return', 'jump', 'goto', 'queue', 'continue']);
const PROTO_KEYS = new Set(['tcp', 'udp', 'th', 'udplite', 'sctp', 'dccp']);
const OTHER_PROTO_KEYS = new Set([
  'icmp',
  'icmpv6',
  'igmp',
  'ah',
  'esp',
  'comp',
  'gre',
  'ipcomp',
  'vlan',
  'arp',
]);
const BARE_META = new Set([
  'iif',
  'iifname',
  'oif',
  'oifname',
  'mark',
  'l4proto',
  'nfproto',
  'pkttype',
  'skuid',
  'skgid',
  'iiftype',
  'oiftype',
  'iifgroup',
  'oifgroup',
  'cgroup',
  'cpu',
  'priority',
  'length',
  'protocol',
]);
const OPS = new Map([
  ['==', 'eq'],
  ['eq', 'eq'],
  ['!=', 'ne'],
  ['ne', 'ne'],
  ['<', 'lt'],
  ['lt', 'lt'],
  ['>', 'gt'],
  ['gt', 'gt'],
  ['<=', 'le'],
  ['le', 'le'],
  ['>=', 'ge'],
  ['ge', 'ge'],
]);
const ANY_ADDRESS = new Set(['0.0.0.0/0', '::/0']);

function itemText(it: NftItem | undefined): string | undefined {
  return it && (it.k === 'w' || it.k === 's') ? it.v : undefined;
}

/** The value at `i` (after an optional operator): words joined by commas, a set literal, or a string. */
function readValue(items: readonly NftItem[], i: number): { op: string; values: string[]; next: number } {
  let op = 'eq';
  const maybeOp = itemText(items[i]);
  if (maybeOp !== undefined && items[i]?.k === 'w' && OPS.has(maybeOp)) {
    op = OPS.get(maybeOp)!;
    i++;
  }
  const values: string[] = [];
  const first = items[i];
  if (first?.k === 'set') {
    // Nested sets (`{ $WEB, 8080 }` with `define WEB = { 80, 443 }`) are flattened, as nft does.
    const flatten = (set: Extract<NftItem, { k: 'set' }>): void => {
      for (const e of set.elems) {
        if (values.length > MAX_EXPANDED_ITEMS) {
          values.push('$too-many'); // unresolvable on purpose: read as "any"
          return;
        }
        if (e.length === 1 && e[0]!.k === 'set') {
          flatten(e[0]!);
          continue;
        }
        const text = e.map((x) => itemText(x) ?? '').join(' ');
        if (text) values.push(text);
      }
    };
    flatten(first);
    return { op, values, next: i + 1 };
  }
  if (first === undefined || first.k === ',') return { op, values, next: i };
  values.push(itemText(first)!);
  i++;
  while (items[i]?.k === ',' && (items[i + 1]?.k === 'w' || items[i + 1]?.k === 's')) {
    values.push(itemText(items[i + 1])!);
    i += 2;
  }
  return { op, values, next: i };
}

function protoOf(value: string): Proto | 'other' {
  const v = value.toLowerCase();
  if (v === 'tcp' || v === '6') return 'tcp';
  if (v === 'udp' || v === '17') return 'udp';
  return 'other';
}

function setProtos(m: RuleMatch, found: (Proto | 'other')[], negated: boolean): void {
  m.matched = true;
  if (negated) {
    m.other = true;
    return;
  }
  const named = [...new Set(found.filter((p): p is Proto => p !== 'other'))].sort();
  m.protos = named.length > 0 ? named : 'other';
}

function narrowFamily(m: RuleMatch, family: 'ipv4' | 'ipv6'): void {
  m.family = family;
}

/** Ports from dport values: numbers, names, `a-b` ranges, `@set` references; unknown → any port. */
function portRanges(
  values: readonly string[],
  op: string,
  sets: ReadonlyMap<string, string[]>,
  services: ServiceMap | undefined,
  proto: Proto | undefined,
  depth = 0,
): PortRange[] {
  if (op === 'ne' || values.length === 0) return [ALL_PORTS];
  const single = values.length === 1 ? Number(values[0]) : Number.NaN;
  if (Number.isInteger(single) && single >= 0 && single <= 65535) {
    if (op === 'lt') return single > 1 ? [{ from: 1, to: single - 1 }] : [];
    if (op === 'le') return [{ from: 1, to: single }];
    if (op === 'gt') return single < 65535 ? [{ from: single + 1, to: 65535 }] : [];
    if (op === 'ge') return [{ from: single, to: 65535 }];
  }
  const out: PortRange[] = [];
  for (const raw of values) {
    const v = raw.replace(/\s+/g, '');
    if (v.startsWith('@')) {
      const elems = sets.get(v.slice(1));
      if (!elems || depth > 4) return [ALL_PORTS];
      out.push(...portRanges(elems, 'eq', sets, services, proto, depth + 1));
      continue;
    }
    const r = parsePortRange(v, '-', services, proto);
    if (!r) return [ALL_PORTS];
    out.push(r);
  }
  return mergeRanges(out);
}

export interface NftRuleContext {
  sets: ReadonlyMap<string, string[]>;
  services?: ServiceMap | undefined;
}

/**
 * One nft rule → what it matches and its verdict. A verdict map (`… vmap { k : verdict, … }`) becomes
 * one entry per element.
 */
export function interpretNftRule(
  items: readonly NftItem[],
  ctx: NftRuleContext,
): { match: RuleMatch; verdict: Verdict }[] {
  const vmapAt = items.findIndex((it) => it.k === 'w' && it.v === 'vmap');
  if (vmapAt > 0 && items[vmapAt + 1]?.k === 'set') {
    // The prefix keeps the key expression (`tcp dport`); each element supplies its value and verdict.
    const prefix = items.slice(0, vmapAt);
    const suffix = items.slice(vmapAt + 2);
    const set = items[vmapAt + 1] as Extract<NftItem, { k: 'set' }>;
    const out: { match: RuleMatch; verdict: Verdict }[] = [];
    for (const elem of set.elems) {
      const colon = elem.findIndex((x) => x.k === 'w' && x.v === ':');
      if (colon <= 0) continue;
      const key = elem.slice(0, colon);
      const verdict = elem.slice(colon + 1);
      out.push(...interpretNftRule([...prefix, ...key, ...verdict, ...suffix], ctx));
    }
    return out;
  }

  const m: RuleMatch = { ...NO_MATCH };
  let verdict: Verdict = { kind: 'none' };
  let i = 0;
  const word = (k: number) => (items[k]?.k === 'w' ? (items[k] as { v: string }).v : undefined);

  while (i < items.length) {
    const w = word(i);
    if (w === undefined) {
      // A stray string, comma or set literal outside an expression we read: something we do not model.
      m.matched = true;
      m.other = true;
      i++;
      continue;
    }
    if (VERDICTS.has(w)) {
      if (w === 'accept') verdict = { kind: 'accept' };
      else if (w === 'drop' || w === 'reject') verdict = { kind: 'drop' };
      else if (w === 'return') verdict = { kind: 'return' };
      else if ((w === 'jump' || w === 'goto') && itemText(items[i + 1]))
        verdict = { kind: w, target: itemText(items[i + 1])! };
      break;
    }
    if (w === 'counter') {
      i++;
      if (word(i) === 'name') i += 2;
      while (word(i) === 'packets' || word(i) === 'bytes') i += 2;
      continue;
    }
    if (w === 'log') {
      i++;
      for (;;) {
        const opt = word(i);
        if (
          opt === 'prefix' ||
          opt === 'level' ||
          opt === 'group' ||
          opt === 'snaplen' ||
          opt === 'queue-threshold'
        )
          i += 2;
        else if (opt === 'flags') {
          i += 2;
          while (items[i]?.k === ',') i += 2;
        } else break;
      }
      continue;
    }
    if (w === 'comment') {
      i += 2;
      continue;
    }
    if (w === 'limit' || w === 'quota') {
      m.matched = true;
      i++;
      while (i < items.length && !VERDICTS.has(word(i) ?? '') && word(i) !== 'counter' && word(i) !== 'log')
        i++;
      continue;
    }
    if (w === 'meta' && word(i + 1) === 'nftrace') {
      i += 4;
      continue;
    }

    // KEY [FIELD] [set VALUE | OP VALUE]
    let key = w;
    let field: string | undefined;
    let next = i + 1;
    if (
      w === 'meta' ||
      w === 'ct' ||
      w === 'ip' ||
      w === 'ip6' ||
      w === 'ether' ||
      PROTO_KEYS.has(w) ||
      OTHER_PROTO_KEYS.has(w)
    ) {
      field = word(i + 1);
      next = i + 2;
      if (w === 'meta') {
        key = field ?? '';
        field = undefined;
      }
    } else if (BARE_META.has(w)) {
      key = w;
    } else {
      // fib, numgen, address matches we do not model, raw payload expressions…
      m.matched = true;
      m.other = true;
      i++;
      continue;
    }
    if (word(next) === 'set') {
      // A mangling statement (`meta mark set 1`), not a match.
      const v = readValue(items, next + 1);
      i = v.next;
      continue;
    }
    if (OTHER_PROTO_KEYS.has(w)) {
      setProtos(m, ['other'], false);
      const v = readValue(items, next);
      i = Math.max(v.next, next);
      continue;
    }
    const { op, values, next: after } = readValue(items, next);
    i = Math.max(after, next);
    const negated = op === 'ne';
    m.matched = true;

    if (PROTO_KEYS.has(key)) {
      const protos: (Proto | 'other')[] =
        key === 'th' ? ['tcp', 'udp'] : key === 'tcp' || key === 'udp' ? [key] : ['other'];
      if (m.protos === undefined || key !== 'th') setProtos(m, protos, false);
      if (field === 'dport' && m.protos !== 'other') {
        const proto = key === 'tcp' || key === 'udp' ? key : undefined;
        m.ports = portRanges(values, op, ctx.sets, ctx.services, proto);
      }
      continue;
    }
    if (key === 'ip' || key === 'ip6') {
      narrowFamily(m, key === 'ip' ? 'ipv4' : 'ipv6');
      if (field === 'saddr') {
        if (!negated && !values.every((v) => ANY_ADDRESS.has(v))) m.restricted = true;
      } else if (field === 'protocol' || field === 'nexthdr') {
        setProtos(m, values.map(protoOf), negated);
      } else if (field !== 'version') m.other = true;
      continue;
    }
    if (key === 'ether') {
      if (field === 'saddr' && !negated) m.restricted = true;
      else if (field === 'type' && !negated && values.length === 1) {
        if (values[0] === 'ip') narrowFamily(m, 'ipv4');
        else if (values[0] === 'ip6') narrowFamily(m, 'ipv6');
        else m.other = true;
      } else m.other = true;
      continue;
    }
    if (key === 'ct') {
      if (
        field === 'state' &&
        !negated &&
        values.length > 0 &&
        values.every((v) => v === 'established' || v === 'related')
      ) {
        m.establishedOnly = true;
      } else if (!(field === 'state' && !negated && values.includes('new'))) m.other = true;
      continue;
    }
    if (key === 'l4proto') {
      setProtos(m, values.map(protoOf), negated);
      continue;
    }
    if (key === 'nfproto') {
      if (!negated && values.length === 1 && (values[0] === 'ipv4' || values[0] === 'ipv6'))
        narrowFamily(m, values[0]);
      else m.other = true;
      continue;
    }
    if (key === 'iif' || key === 'iifname') {
      if (!negated && values.length > 0 && values.every((v) => v === 'lo')) m.loopback = true;
      else m.iface = (negated ? '!' : '') + values.join(',');
      continue;
    }
    m.other = true;
  }
  return [{ match: m, verdict }];
}

// ---------------------------------------------------------------------------------------- rulesets

const FAMILY_OF: Record<string, FirewallFamily | undefined> = { ip: 'ipv4', ip6: 'ipv6', inet: 'both' };

export interface RulesetOptions {
  source: FirewallSource;
  activation: FirewallActivation;
  services?: ServiceMap | undefined;
}

/** One FirewallRuleset per `type filter hook input` base chain of an ip, ip6 or inet table. */
export function nftRulesets(parsed: NftParse, options: RulesetOptions): FirewallRuleset[] {
  const out: FirewallRuleset[] = [];
  for (const table of parsed.tables) {
    const family = FAMILY_OF[table.family];
    if (!family) continue;
    const ctx: NftRuleContext = { sets: table.sets, services: options.services };
    const chains = new Map<string, IrChain>();
    for (const chain of table.chains.values()) {
      const rules: IrRule[] = [];
      for (const r of chain.rules)
        for (const x of interpretNftRule(r.items, ctx)) rules.push({ where: r.where, ...x });
      chains.set(chain.name, { name: chain.name, rules });
    }
    for (const chain of table.chains.values()) {
      if (chain.type !== 'filter' || chain.hook !== 'input') continue;
      const evaluation = evaluateInput(chains.get(chain.name)!, chain.policy ?? 'accept', chains, family);
      const ruleset: FirewallRuleset = {
        source: options.source,
        where: chain.where,
        name: `${table.family} ${table.name} ${chain.name}`,
        family,
        activation: options.activation,
        active: false,
        inputPolicy: evaluation.inputPolicy,
        ruleCount: evaluation.ruleCount,
        openPorts: evaluation.openPorts,
      };
      if (evaluation.firstRule) ruleset.firstRule = evaluation.firstRule;
      out.push(ruleset);
    }
  }
  return out;
}
