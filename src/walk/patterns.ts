/**
 * Patterns as data: `{ id, regex, keywords }` rules compiled once and run over text chunks, with the
 * keywords as a cheap literal pre-filter (a rule whose keywords are all absent from a chunk is not run).
 *
 * Engines: rules written by us (reviewed: no nested quantifiers, no backreferences) run on V8.
 * Rules that come from users run on RE2 (the optional `re2` dependency), whose matching time is linear
 * in the input whatever the pattern, so a user's rule cannot hang a scan (ReDoS). Without RE2 they
 * fall back to V8 and the rule set says so (`engine: 'v8-fallback'`), so the report can state it.
 */
import { createRequire } from 'node:module';

export interface PatternRule {
  id: string;
  /** Human title ("Stratum mining-pool URL"). */
  title?: string;
  /** Regular-expression source (the syntax shared by V8 and RE2: no lookbehind, no backreferences). */
  regex: string;
  /** Flags besides `g` (only `i`, `m`, `s`, `u` are accepted). */
  flags?: string;
  /**
   * Literal strings of which at least one occurs in any text the rule can match, compared as written
   * (case-sensitive: list the spellings that matter). Empty or absent: the rule always runs.
   */
  keywords?: readonly string[];
}

export interface RuleMatch {
  rule: string;
  /** Offset in the text. */
  index: number;
  text: string;
  /** Capture groups 1…n (undefined when a group did not take part). */
  groups: (string | undefined)[];
}

interface Matcher {
  exec(text: string): RegExpExecArray | null;
  lastIndex: number;
}

interface CompiledRule {
  id: string;
  matcher: Matcher;
  keywords: readonly string[];
}

type Re2Constructor = new (source: string, flags?: string) => Matcher;

let re2Cache: Re2Constructor | null | undefined;

/** The RE2 constructor when the optional native module is installed and loads, else null. */
export function loadRe2(): Re2Constructor | null {
  if (re2Cache !== undefined) return re2Cache;
  try {
    const require = createRequire(import.meta.url);
    re2Cache = require('re2') as Re2Constructor;
  } catch {
    re2Cache = null;
  }
  return re2Cache;
}

export type RuleEngine = 'v8' | 're2' | 'v8-fallback';

export interface CompileOptions {
  /** Rules from users: RE2 when available (else V8, reported as 'v8-fallback'). */
  untrusted?: boolean;
  /** Force V8 even for untrusted rules (tests, benchmarks). */
  forceV8?: boolean;
}

export class RuleError extends Error {}

const FLAGS = /^[imsu]*$/;

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

export class RuleSet {
  readonly engine: RuleEngine;
  readonly rules: readonly CompiledRule[];
  /** One alternation of every keyword, to learn in one pass which ones occur in a chunk. */
  private readonly keywordScan: RegExp | null;
  private readonly alwaysRun: boolean;

  constructor(rules: readonly PatternRule[], options: CompileOptions = {}) {
    const re2 = options.untrusted && !options.forceV8 ? loadRe2() : null;
    this.engine = !options.untrusted ? 'v8' : re2 ? 're2' : 'v8-fallback';
    const ids = new Set<string>();
    this.rules = rules.map((rule) => {
      if (ids.has(rule.id)) throw new RuleError(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      const flags = rule.flags ?? '';
      if (!FLAGS.test(flags)) throw new RuleError(`rule ${rule.id}: unsupported flags "${flags}"`);
      let matcher: Matcher;
      try {
        matcher = re2 ? new re2(rule.regex, `g${flags}`) : new RegExp(rule.regex, `g${flags}`);
      } catch (error) {
        throw new RuleError(`rule ${rule.id}: ${(error as Error).message}`);
      }
      return { id: rule.id, matcher, keywords: (rule.keywords ?? []).filter((k) => k !== '') };
    });
    this.alwaysRun = this.rules.some((r) => r.keywords.length === 0);
    const keywords = [...new Set(this.rules.flatMap((r) => r.keywords))];
    // Longer keywords first, so that a keyword that is a prefix of another does not hide it.
    keywords.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.keywordScan = keywords.length > 0 ? new RegExp(keywords.map(escapeLiteral).join('|'), 'g') : null;
  }

  /** The keywords present in the text (each once). */
  keywordsIn(text: string): Set<string> {
    const found = new Set<string>();
    const scan = this.keywordScan;
    if (!scan) return found;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) found.add(m[0]);
    return found;
  }

  /** Every match of every rule whose keywords occur (or that has none), in rule order then position. */
  matches(text: string, maxPerRule = 1000): RuleMatch[] {
    const present = this.keywordScan ? this.keywordsIn(text) : new Set<string>();
    if (present.size === 0 && !this.alwaysRun) return [];
    const out: RuleMatch[] = [];
    for (const rule of this.rules) {
      if (rule.keywords.length > 0 && !rule.keywords.some((k) => present.has(k))) continue;
      const m = rule.matcher;
      m.lastIndex = 0;
      let count = 0;
      for (let hit = m.exec(text); hit && count < maxPerRule; hit = m.exec(text)) {
        out.push({ rule: rule.id, index: hit.index, text: hit[0], groups: hit.slice(1) });
        count++;
        if (hit[0] === '') m.lastIndex++;
      }
    }
    return out;
  }
}

/** The 1-based line of an offset, counting from `firstLine` at offset 0. */
export function lineAt(text: string, index: number, firstLine: number): number {
  let line = firstLine;
  let i = text.indexOf('\n');
  while (i >= 0 && i < index) {
    line++;
    i = text.indexOf('\n', i + 1);
  }
  return line;
}

/** A line counter for increasing offsets: each lookup continues where the last one stopped. */
export function lineCounter(text: string, firstLine: number): (index: number) => number {
  let line = firstLine;
  let pos = 0;
  return (index: number) => {
    if (index < pos) {
      line = firstLine;
      pos = 0;
    }
    let i = text.indexOf('\n', pos);
    while (i >= 0 && i < index) {
      line++;
      i = text.indexOf('\n', i + 1);
    }
    pos = index;
    return line;
  };
}

/**
 * A fast "does any of these ASCII literals occur?" test for a text chunk. With RE2 the chunk is turned
 * into bytes (Latin-1: every ASCII character stays itself, so an ASCII literal is never missed; a wider
 * character can only add a false alarm, which the exact pass that follows discards) and RE2's DFA
 * searches all literals in one pass, about three times faster than V8's backtracking alternation. Without
 * RE2, V8 `test` on the text.
 */
export function literalPrefilter(
  literals: readonly string[],
  options: { forceV8?: boolean } = {},
): (text: string) => boolean {
  const ascii = literals.filter((l) => l !== '');
  for (const l of ascii)
    if (!/^[\x20-\x7e]+$/.test(l)) throw new RuleError(`prefilter literal is not printable ASCII: ${l}`);
  if (ascii.length === 0) return () => false;
  const source = [...new Set(ascii)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeLiteral)
    .join('|');
  const re2 = options.forceV8 ? null : loadRe2();
  if (re2) {
    const compiled = new re2(source, '') as Matcher & { test(input: Buffer): boolean };
    return (text) => compiled.test(Buffer.from(text, 'latin1'));
  }
  const v8 = new RegExp(source);
  return (text) => v8.test(text);
}

interface Re2SetLike {
  match(input: Buffer): number[];
}
type Re2SetConstructor = new (patterns: string[], flags?: string) => Re2SetLike;

/**
 * Which of several keyword groups occur in raw bytes, in one pass: each group is a detector's `keywords`
 * (ASCII literals, case-sensitive). With RE2 one RE2.Set scans the buffer once (DFA speed, no decoding);
 * without it, one V8 test per group on the Latin-1 view of the bytes. A group that is absent or empty
 * always "occurs" (its detector reads everything).
 */
export class KeywordIndex {
  private readonly always: boolean[];
  private readonly set: Re2SetLike | null;
  /** Group index of each RE2.Set pattern. */
  private readonly setGroups: number[];
  private readonly v8: (RegExp | null)[];
  readonly maxLength: number;

  constructor(groups: readonly (readonly string[] | undefined)[], options: { forceV8?: boolean } = {}) {
    const sources = groups.map((g) => {
      const literals = [...new Set((g ?? []).filter((l) => l !== ''))];
      for (const l of literals)
        if (!/^[\x20-\x7e]+$/.test(l)) throw new RuleError(`keyword is not printable ASCII: ${l}`);
      return literals.length === 0
        ? null
        : literals
            .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
            .map(escapeLiteral)
            .join('|');
    });
    this.always = sources.map((s) => s === null);
    this.maxLength = Math.max(0, ...groups.flatMap((g) => (g ?? []).map((l) => l.length)));
    const re2 = options.forceV8 ? null : loadRe2();
    const SetCtor = re2 ? (re2 as unknown as { Set: Re2SetConstructor }).Set : null;
    this.setGroups = [];
    const patterns: string[] = [];
    sources.forEach((s, i) => {
      if (s !== null) {
        patterns.push(s);
        this.setGroups.push(i);
      }
    });
    this.set = SetCtor && patterns.length > 0 ? new SetCtor(patterns) : null;
    this.v8 = this.set ? [] : sources.map((s) => (s === null ? null : new RegExp(s)));
  }

  /** For each group: may its detector find something in these bytes? */
  match(bytes: Buffer): boolean[] {
    const out = [...this.always];
    if (this.set) {
      for (const k of this.set.match(bytes)) out[this.setGroups[k]!] = true;
      return out;
    }
    const text = bytes.toString('latin1');
    this.v8.forEach((re, i) => {
      if (re && re.test(text)) out[i] = true;
    });
    return out;
  }
}
