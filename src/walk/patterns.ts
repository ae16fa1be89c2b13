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

/**
 * Which of several keyword groups occur in raw bytes: each group is a detector's `keywords` (ASCII
 * literals, case-sensitive). A one-literal group is a Buffer.indexOf (memmem, GB/s); a larger one is one
 * RE2 `test` over the bytes (its DFA runs at about 550 MiB/s here whatever the number of literals,
 * faster than RE2.Set at about 380), or without RE2 one V8 test on the Latin-1 view of the bytes. A group
 * that is absent or empty always "occurs" (its detector reads everything).
 */
export class KeywordIndex {
  private readonly tests: ((bytes: Buffer, latin1: () => string) => boolean)[];
  readonly maxLength: number;

  constructor(groups: readonly (readonly string[] | undefined)[], options: { forceV8?: boolean } = {}) {
    const re2 = options.forceV8 ? null : loadRe2();
    this.maxLength = Math.max(0, ...groups.flatMap((g) => (g ?? []).map((l) => l.length)));
    this.tests = groups.map((g) => {
      const literals = [...new Set((g ?? []).filter((l) => l !== ''))];
      for (const l of literals)
        if (!/^[\x20-\x7e]+$/.test(l)) throw new RuleError(`keyword is not printable ASCII: ${l}`);
      if (literals.length === 0) return () => true;
      if (literals.length === 1) {
        const needle = Buffer.from(literals[0]!, 'latin1');
        return (bytes) => bytes.indexOf(needle) >= 0;
      }
      const source = literals
        .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
        .map(escapeLiteral)
        .join('|');
      if (re2) {
        const compiled = new re2(source, '') as unknown as { test(input: Buffer): boolean };
        return (bytes) => compiled.test(bytes);
      }
      const v8 = new RegExp(source);
      return (_bytes, latin1) => v8.test(latin1());
    });
  }

  /** For each group: may its detector find something in these bytes? */
  match(bytes: Buffer): boolean[] {
    let text: string | undefined;
    const latin1 = () => (text ??= bytes.toString('latin1'));
    return this.tests.map((test) => test(bytes, latin1));
  }
}
