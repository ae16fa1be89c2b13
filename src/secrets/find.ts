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

/**
 * Every secret in `text`; `firstLine` is the line number of the text's first line. Where two rules
 * claim overlapping text, the more specific one (earlier in SECRET_RULES; private keys first) wins.
 */
/** Longest stretch of a line kept on each side of a keyword. */
const WINDOW = 4096;

/**
 * The stretches of text a rule needs: from the start of the line of each keyword occurrence to the end
 * of the next line (a value may follow its name on the next line), at most WINDOW characters either
 * side, merged where they touch.
 */
function windows(text: string, keywords: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const k of keywords) {
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + k.length)) {
      const start = Math.max(text.lastIndexOf('\n', i) + 1, i - WINDOW);
      const eol = text.indexOf('\n', i + k.length);
      const next = eol < 0 ? -1 : text.indexOf('\n', eol + 1);
      const end = Math.min(next < 0 ? text.length : next + 1, i + k.length + WINDOW);
      spans.push([start, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** One pass that finds which keywords occur (a rule runs only when one of its own does). */
const KEYWORD_SOURCE = [...SECRET_KEYWORDS]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
  .join('|');
const KEYWORD_RE = new RegExp(KEYWORD_SOURCE, 'g');

interface BufferMatcher {
  lastIndex: number;
  exec(input: Buffer): (Buffer | string)[] | null;
}
/** RE2 when installed: about three times faster than V8 on this alternation of ~150 literals. */
const RE2 = loadRe2() as unknown as (new (source: string, flags: string) => BufferMatcher) | null;
const KEYWORD_RE2 = RE2 ? new RE2(KEYWORD_SOURCE, 'g') : null;

function keywordHits(text: string): Iterable<string> {
  if (KEYWORD_RE2 === null) {
    KEYWORD_RE.lastIndex = 0;
    return Array.from(text.matchAll(KEYWORD_RE), (m) => m[0]);
  }
  // Latin-1 keeps one byte per character below U+0100; a wider character can only add a false keyword
  // hit (the rules then find nothing), never hide one (keywords are ASCII).
  const bytes = Buffer.from(text, 'latin1');
  const out: string[] = [];
  KEYWORD_RE2.lastIndex = 0;
  for (let m = KEYWORD_RE2.exec(bytes); m; m = KEYWORD_RE2.exec(bytes)) out.push(String(m[0]));
  return out;
}

/** A match of a long keyword hides the shorter ones inside it (`DB_PASSWORD` holds `PASS`). */
const INSIDE = new Map(SECRET_KEYWORDS.map((k) => [k, SECRET_KEYWORDS.filter((s) => k.includes(s))]));

function presentKeywords(text: string): Set<string> {
  const present = new Set<string>();
  for (const hit of keywordHits(text)) {
    if (present.has(hit)) continue;
    for (const k of INSIDE.get(hit) ?? [hit]) present.add(k);
  }
  return present;
}

export function findSecrets(text: string, firstLine = 1): SecretFinding[] {
  const found: Omit<SecretFinding, 'line'>[] = [];
  const present = presentKeywords(text);
  if (present.size === 0) return [];
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
  for (const rule of SECRET_RULES) {
    const keywords = rule.keywords.filter((k) => present.has(k));
    if (keywords.length === 0) continue;
    // The rule runs only on the lines around its keywords (a match always holds one of them).
    for (const [from, to] of windows(text, keywords)) {
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
  }
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
