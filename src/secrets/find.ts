/**
 * findSecrets: text → the secrets in it, each with its rule, line, mask and whether it is plaintext.
 * Pure and linear in the text for our rules; a rule runs only when one of its keywords is present.
 */
import { lineCounter, loadRe2 } from '../walk/patterns.ts';
import { findPrivateKeys, type Protection } from './private-keys.ts';
import { SECRET_KEYWORDS, SECRET_RULES, azureKeyRule, type SecretKind, type SecretRule } from './rules.ts';
import { entropy, isExampleToken, isPlaceholder, isProtectedValue, maskSecret } from './values.ts';

export interface SecretFinding {
  rule: string;
  kind: SecretKind;
  title: { zh: string; en: string };
  /** 1-based line of the secret's first character. */
  line: number;
  /** Offsets of the secret in the text. */
  start: number;
  end: number;
  /** The secret itself (never printed: output uses `masked`). */
  value: string;
  masked: string;
  /** plaintext; encrypted or hashed values are `encrypted`; PGP blocks `unknown`. */
  protection: Protection;
  /** A key that is public by design (publishable keys): never reported as exposed. */
  public: boolean;
}

const PRIVATE_KEY_TITLE = { zh: '私钥', en: 'Private key' };

function ruleFinding(rule: SecretRule, m: RegExpExecArray): Omit<SecretFinding, 'line'> | undefined {
  const group =
    typeof rule.group === 'object' ? (rule.group.find((g) => m[g] !== undefined) ?? 0) : (rule.group ?? 0);
  const value = m[group];
  if (value === undefined) return undefined;
  // Regexes carry the `d` flag: the group's own offsets.
  const start = m.indices?.[group]?.[0] ?? m.index;
  let id = rule.id;
  if (rule.id === 'azure-identifiable-key') id = azureKeyRule(value.slice(76, 80));
  if (rule.accept && !rule.accept(value, m)) return undefined;
  const isPassword = rule.kind === 'password' || rule.kind === 'connection-string';
  if (isProtectedValue(value)) {
    return {
      rule: id,
      kind: rule.kind,
      title: rule.title,
      start,
      end: start + value.length,
      value,
      masked: maskSecret(value, { password: isPassword }),
      protection: 'encrypted',
      public: rule.public ?? false,
    };
  }
  const freeForm = rule.freeForm ?? group > 0;
  if (freeForm ? isPlaceholder(value) : isExampleToken(value)) return undefined;
  if (rule.minEntropy !== undefined && entropy(value) < rule.minEntropy) return undefined;
  return {
    rule: id,
    kind: rule.kind,
    title: rule.title,
    start,
    end: start + value.length,
    value,
    masked: maskSecret(value, { password: isPassword }),
    protection: 'plaintext',
    public: rule.public ?? false,
  };
}

/** Longest stretch of a line kept on each side of a keyword. */
const WINDOW = 4096;

export interface KeywordHit {
  keyword: string;
  index: number;
}

/**
 * The stretches of text a rule needs: from the start of the line of each of its keyword hits to the
 * end of the next line (a value may follow its name on the next line), at most WINDOW characters either
 * side (a minified file has megabyte lines), merged where they touch. Hits come sorted by index.
 */
function windows(text: string, hits: readonly KeywordHit[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const { keyword, index: i } of hits) {
    const last = merged.at(-1);
    if (last && i + keyword.length <= last[1]) continue;
    // Bounded searches (not lastIndexOf/indexOf, which would run on through a megabyte line).
    const lo = Math.max(0, i - WINDOW);
    let start = i;
    while (start > lo && text.charCodeAt(start - 1) !== 10) start--;
    const hi = Math.min(text.length, i + keyword.length + WINDOW);
    let end = i + keyword.length;
    for (let lineEnds = 0; end < hi && lineEnds < 2; end++) if (text.charCodeAt(end) === 10) lineEnds++;
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Where the keywords occur: every occurrence, overlapping ones too (`bceaccess_key` holds `bceaccess`
 * and `access_key`); at one position the longest keyword (the shorter ones starting there are inside
 * it, see INSIDE). Keywords are printable ASCII, at least two characters long, so a position's first two
 * characters pick the few keywords that can start there (BY_PAIR, longest first).
 */
const BY_PAIR: (readonly string[] | undefined)[] = Array.from({ length: 128 * 128 }, () => undefined);
for (const k of [...SECRET_KEYWORDS].sort((a, b) => b.length - a.length)) {
  if (!/^[\x20-\x7e]{2,}$/.test(k))
    throw new Error(`secret keyword "${k}": not 2+ printable ASCII characters`);
  const key = (k.charCodeAt(0) << 7) | k.charCodeAt(1);
  BY_PAIR[key] = [...(BY_PAIR[key] ?? []), k];
}

/** The longest keyword that starts at `i`, if any. */
function keywordAt(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if ((c | d) >= 128) return undefined;
  for (const k of BY_PAIR[(c << 7) | d] ?? []) if (k.length === 2 || text.startsWith(k, i)) return k;
  return undefined;
}

/** Every hit from `from` on, one character at a time (no copy of the text). */
function scanHits(text: string, from: number, out: KeywordHit[]): KeywordHit[] {
  const n = text.length;
  let next = from < n ? text.charCodeAt(from) : 0;
  for (let i = from; i + 1 < n; i++) {
    const c = next;
    next = text.charCodeAt(i + 1);
    if ((c | next) >= 128) continue;
    const candidates = BY_PAIR[(c << 7) | next];
    if (candidates === undefined) continue;
    for (const k of candidates) {
      if (k.length > 2 && !text.startsWith(k, i)) continue;
      out.push({ keyword: k, index: i });
      break;
    }
  }
  return out;
}

interface ByteSearcher {
  /** Offset of the first match in the bytes, or -1. */
  search(input: Buffer): number;
}
/** RE2 (when installed) over Latin-1 bytes: its DFA crosses hit-free text three times faster than scanHits. */
const RE2 = loadRe2() as unknown as (new (source: string, flags: string) => ByteSearcher) | null;
const KEYWORD_RE2 = RE2
  ? new RE2(
      [...SECRET_KEYWORDS]
        .sort((a, b) => b.length - a.length)
        .map((k) => k.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
        .join('|'),
      '',
    )
  : null;
/** Past this many hits, fewer than this many characters apart on average: scanHits takes over. */
const DENSE_AFTER = 32;
const DENSE_GAP = 48;

/**
 * The keyword hits of a text, in order. RE2 finds the next position where any keyword starts (one call
 * per hit, no match object) and keywordAt reads which one from the text itself, so the hits are scanHits'
 * exactly: Latin-1 bytes keep one byte per character, and a character above U+00FF can only make RE2
 * stop at a position where keywordAt then finds nothing. Where hits are dense (a PHP file full of
 * `password` and `token`), the per-call cost outweighs the DFA and scanHits finishes the text.
 */
export function keywordHits(text: string, useRe2 = true): KeywordHit[] {
  const out: KeywordHit[] = [];
  if (!useRe2 || KEYWORD_RE2 === null) return scanHits(text, 0, out);
  const bytes = Buffer.from(text, 'latin1');
  let from = 0;
  while (out.length < DENSE_AFTER || out.length * DENSE_GAP < from) {
    const at = KEYWORD_RE2.search(from === 0 ? bytes : bytes.subarray(from));
    if (at < 0) return out;
    const keyword = keywordAt(text, from + at);
    if (keyword !== undefined) out.push({ keyword, index: from + at });
    from += at + 1;
  }
  return scanHits(text, from, out);
}

/** A match of a long keyword hides the shorter ones inside it (`DB_PASSWORD` holds `PASS`). */
const INSIDE = new Map(SECRET_KEYWORDS.map((k) => [k, SECRET_KEYWORDS.filter((s) => k.includes(s))]));
/** Keyword → the rules (indexes in SECRET_RULES) that name it. */
const RULES_OF = new Map<string, number[]>();
SECRET_RULES.forEach((rule, r) => {
  for (const k of rule.keywords) RULES_OF.set(k, [...(RULES_OF.get(k) ?? []), r]);
});

/**
 * Every secret in `text`; `firstLine` is the line number of the text's first line. Where two rules
 * claim overlapping text, the more specific one (earlier in SECRET_RULES; private keys first) wins.
 */
export function findSecrets(text: string, firstLine = 1): SecretFinding[] {
  const hits = keywordHits(text);
  if (hits.length === 0) return [];
  const present = new Set<string>();
  const hitsOfRule = new Map<number, KeywordHit[]>();
  for (const hit of hits) {
    for (const k of INSIDE.get(hit.keyword) ?? [hit.keyword]) {
      present.add(k);
      for (const r of RULES_OF.get(k) ?? []) {
        const list = hitsOfRule.get(r);
        if (list === undefined) hitsOfRule.set(r, [hit]);
        else if (list.at(-1) !== hit) list.push(hit);
      }
    }
  }
  const found: Omit<SecretFinding, 'line'>[] = [];
  const blocks =
    present.has('PRIVATE KEY') || present.has('PuTTY-User-Key-File') ? findPrivateKeys(text) : [];
  for (const block of blocks) {
    found.push({
      rule: 'private-key',
      kind: 'private-key',
      title: {
        zh: `${PRIVATE_KEY_TITLE.zh} (${block.label})`,
        en: `${PRIVATE_KEY_TITLE.en} (${block.label})`,
      },
      start: block.start,
      end: block.end,
      value: block.body,
      masked: `-----BEGIN ${block.label}----- ${block.body.slice(0, 4)}****…`,
      protection: block.protection,
      public: false,
    });
  }
  SECRET_RULES.forEach((rule, r) => {
    const ruleHits = hitsOfRule.get(r);
    if (ruleHits === undefined) return;
    for (const [from, to] of windows(text, ruleHits)) {
      const part = from === 0 && to === text.length ? text : text.slice(from, to);
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(part); m; m = rule.re.exec(part)) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const f = ruleFinding(rule, m);
        if (f) found.push({ ...f, start: f.start + from, end: f.end + from });
      }
    }
  });
  // Keep the first claim of each stretch of text (found is in priority order).
  const kept: Omit<SecretFinding, 'line'>[] = [];
  for (const f of found) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start);
  const lineOf = lineCounter(text, firstLine);
  return kept.map((f) => ({ ...f, line: lineOf(f.start) }));
}

/** Documentation and example files: secrets there are illustrations (Trivy skips them too). */
const DOC_PATH =
  /\.(?:md|markdown|rst|adoc|asciidoc|txt\.example|example|sample|dist|tmpl|template)$|(?:^|[/._-])(?:examples?|samples?|templates?)(?:[/._-]|$)/i;

export function isDocumentationPath(path: string): boolean {
  return DOC_PATH.test(path);
}
