/**
 * Page-level classification: one pass of term matching over the page's visible text and attributes,
 * structural counts over its markup, and a score per category:
 *
 *   score = Σ distinct terms (weight, with a small bonus for repeats) + 1.2 × calls to action
 *           + structural signs − 0.7 × context (news, enforcement, warnings, legal, research, …)
 *
 * A category is reported when its score reaches its threshold and its terms come from at least two
 * facets (e.g. games + bets/money for gambling), or when structure alone is strong. Pure and linear in
 * the page length (two alternation regexes and a fixed set of counting regexes).
 */
import {
  CATEGORY_RULES,
  CATEGORY_TERMS,
  CONTEXT_TERMS,
  PAGE_CATEGORIES,
  TRAD_TO_SIMP,
  type PageCategory,
} from './pages.terms.ts';
import { LiteralMatcher } from './literals.ts';

/** Pages larger than this are classified on their first part only. */
export const MAX_PAGE_CHARS = 2 * 1024 * 1024;

interface Entry {
  kind: 'term' | 'context';
  category?: PageCategory;
  facet?: string;
  group?: string;
  for?: readonly PageCategory[];
  w: number;
  term: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const INDEX = new Map<string, Entry[]>();
function index(term: string, entry: Entry): void {
  const list = INDEX.get(term) ?? [];
  list.push(entry);
  INDEX.set(term, list);
}
for (const category of PAGE_CATEGORIES) {
  for (const t of CATEGORY_TERMS[category])
    index(t.t, { kind: 'term', category, facet: t.f, w: t.w, term: t.t });
}
for (const g of CONTEXT_TERMS) {
  for (const term of g.list
    .split('|')
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x !== '')) {
    index(term, { kind: 'context', group: g.group, w: g.w, term, ...(g.for ? { for: g.for } : {}) });
  }
}
const ALL = [...INDEX.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
const LATIN = ALL.filter((t) => /^[\x20-\x7e]+$/.test(t));
const CJK = ALL.filter((t) => !/^[\x20-\x7e]+$/.test(t));
// Latin terms: V8's alternation is quick there (it is several times faster than the indexed matcher on
// ASCII text, where most positions start some term); CJK terms: the indexed matcher (five times faster
// than V8's alternation of hundreds of CJK terms).
const LATIN_RE = new RegExp(`(?<![a-z0-9])(?:${LATIN.map(escapeRe).join('|')})(?![a-z0-9])`, 'g');
const CJK_TERMS = new LiteralMatcher(CJK);
/** The traditional characters the folding knows (a replace over these only, not over every CJK one). */
const TRADITIONAL = new RegExp(`[${Object.keys(TRAD_TO_SIMP).join('')}]`, 'g');

export interface Structure {
  forms: number;
  passwordInputs: number;
  sensitiveFields: number;
  externalAction: boolean;
  exfiltration: boolean;
  links: number;
  mediaLinks: number;
  videos: number;
  durations: number;
  magnets: number;
  ed2k: number;
  torrents: number;
  panLinks: number;
  extractCodes: number;
  episodes: number;
  oddsNumbers: number;
  oddsMarkup: number;
  betInputs: number;
  draws: number;
  archiveLinks: number;
  ageGate: boolean;
}

export interface CategoryResult {
  category: PageCategory;
  score: number;
  threshold: number;
  detected: boolean;
  facets: string[];
  terms: string[];
  cta: string[];
  context: string[];
  structure: string[];
  /** The strongest matched term, for locating the line. */
  anchor?: string;
}

export interface PageResult {
  title: string;
  structure: Structure;
  categories: CategoryResult[];
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  middot: '·',
  copy: '©',
  yen: '¥',
};

function decodeEscapes(s: string): string {
  let out = s;
  if (/\\u[0-9a-f]{4}/i.test(out))
    out = out.replace(/\\u([0-9a-f]{4})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (/%u[0-9a-f]{4}/i.test(out))
    out = out.replace(/%u([0-9a-f]{4})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (/&#/.test(out)) {
    out = out
      .replace(/&#x([0-9a-f]{1,6});/gi, (_m, h: string) => safeChar(parseInt(h, 16)))
      .replace(/&#(\d{1,7});/g, (_m, d: string) => safeChar(Number(d)));
  }
  return out.replace(/&([a-z]{2,8});/gi, (m, n: string) => NAMED_ENTITIES[n.toLowerCase()] ?? m);
}

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** Remove every open…close block (comments, styles) in one pass; an unclosed block runs to the end. */
function stripBlocks(html: string, open: string, close: string): string {
  const lower = open === '<!--' ? html : html.toLowerCase();
  let out = '';
  let i = 0;
  for (;;) {
    const start = lower.indexOf(open, i);
    if (start < 0) return out + html.slice(i);
    out += `${html.slice(i, start)} `;
    const end = lower.indexOf(close, start + open.length);
    if (end < 0) return out;
    i = end + close.length;
  }
}

/** Visible text plus the attribute values people read (title, alt, placeholder, value, content). */
export function pageText(html: string): string {
  const attrs: string[] = [];
  // Each quote spelled out rather than a back-reference: with the i flag, V8 runs a back-reference slowly.
  for (const m of html.matchAll(
    /\b(?:title|alt|placeholder|value|content|aria-label|data-title)\s*=\s*(?:"([^"'<>]{1,300})"|'([^"'<>]{1,300})')/gi,
  ))
    attrs.push((m[1] ?? m[2])!);
  const visible = stripBlocks(stripBlocks(html, '<!--', '-->'), '<style', '</style>').replace(
    /<[^<>]{0,2000}>/g,
    ' ',
  );
  const text = decodeEscapes(`${visible} ${attrs.join(' ')}`).toLowerCase();
  return text.replace(TRADITIONAL, (ch) => TRAD_TO_SIMP[ch] ?? ch).replace(/\s+/g, ' ');
}

/** An input that asks for card, identity, PIN, one-time-code or wallet-phrase data (English and pinyin names too). */
const SENSITIVE_FIELD =
  /(?:name|id|placeholder)\s*=\s*["'][^"']{0,40}(?:card_?no|cardnum|card_?number|cc_?num|credit_?card|bank_?card|yhk|kahao|cvv|cvc|cvn|expir|idcard|id_?no|identity|sfz|shenfen|ssn|pin_?code|atm_?pin|tradepwd|paypwd|pay_?pass|jymm|qkmm|sms_?code|yzm|otp|phrase|mnemonic|seed|身份证|银行卡|卡号|交易密码|支付密码|取款密码|银行卡密码|验证码|预留手机|安全码|有效期|助记词)/;

const count = (re: RegExp, s: string, cap = 10_000): number => {
  let n = 0;
  for (const m of s.matchAll(re)) if (m.index >= 0 && ++n >= cap) break;
  return n;
};

export function structureOf(html: string): Structure {
  const h = html.toLowerCase();
  const actions = [...h.matchAll(/<form\b[^<>]{0,600}?\baction\s*=\s*["']?([^"'\s<>]{0,300})/g)].map(
    (m) => m[1]!,
  );
  return {
    forms: count(/<form\b/g, h),
    passwordInputs: count(/type\s*=\s*["']?password/g, h),
    sensitiveFields: [...h.matchAll(/<(?:input|textarea|select)\b[^<>]{0,600}>/g)].filter((m) =>
      SENSITIVE_FIELD.test(m[0]),
    ).length,
    externalAction: actions.some((a) => /^(?:https?:)?\/\//.test(a)),
    exfiltration:
      /api\.telegram\.org\/bot|discord(?:app)?\.com\/api\/webhooks|hooks\.slack\.com\/services|formspree\.io|getform\.io/.test(
        h,
      ),
    links: count(/<a\b/g, h),
    mediaLinks: count(/(?:href|src)\s*=\s*["'][^"'\s<>]{0,300}\.(?:mp4|m3u8|flv|avi|mkv|wmv|mov|ts)\b/g, h),
    videos: count(
      /<video\b|class\s*=\s*["'][^"'<>]{0,200}(?:video-item|video_item|vod-item|thumb|poster)/g,
      h,
    ),
    durations: count(/>\s*\d{1,2}:\d{2}(?::\d{2})?\s*</g, h),
    magnets: count(/magnet:\?xt=urn:btih:/g, h),
    ed2k: count(/ed2k:\/\/\|file\|/g, h),
    torrents: count(/\.torrent\b/g, h),
    panLinks: count(
      /pan\.baidu\.com\/s\/|aliyundrive\.com\/s\/|alipan\.com\/s\/|pan\.quark\.cn\/s\/|115\.com\/s\/|lanzou\w*\.com\/|mega\.nz\/(?:file|folder)\//g,
      h,
    ),
    extractCodes: count(/(?:提取码|提取碼|密码|access code)\s*[:：]?\s*[a-z0-9]{4}\b/g, h),
    episodes: count(/第\s*\d{1,4}\s*[集话話期]|\bep\s?\d{1,3}\b|\bs\d{2}e\d{2}\b|\bepisode\s+\d{1,3}\b/g, h),
    oddsNumbers: count(/>\s*(?:[1-9]|[12]\d)\.\d{2}\s*</g, h),
    oddsMarkup: count(
      /(?:class|id|name|data-\w+)\s*=\s*["'][^"'<>]{0,200}(?:odds|peilv|bet-?slip|bet_?btn|betbtn|market|handicap)/g,
      h,
    ),
    betInputs: count(
      /<(?:input|select|button)\b[^<>]{0,400}?(?:name|id|class)\s*=\s*["'][^"'<>]{0,100}(?:bet|stake|wager|touzhu|xiazhu|tz_|money|amount)/g,
      h,
    ),
    draws: count(/\d{6,12}\s*期/g, h),
    archiveLinks: count(
      /href\s*=\s*["'][^"'\s<>]{0,300}\.(?:zip|rar|7z|tar\.gz|tgz|exe|msi|apk|dmg|iso|jar)(?:["'?#])/g,
      h,
    ),
    ageGate:
      /(?:年满|已满|未满|是否满)\s*18|18\s*岁|over\s*18|18\s*\+|18 or older|adults? only|age verification/.test(
        h,
      ),
  };
}

interface Tally {
  terms: Map<string, { w: number; facet: string; n: number }>;
  context: Map<string, { group: string; w: number }>;
}

function tally(category: PageCategory, matches: Map<string, number>): Tally {
  const terms = new Map<string, { w: number; facet: string; n: number }>();
  const context = new Map<string, { group: string; w: number }>();
  for (const [term, n] of matches) {
    for (const e of INDEX.get(term) ?? []) {
      if (e.kind === 'term' && e.category === category) {
        // A term may serve several facets ("免费在线观看": video and free); within one facet the
        // heavier listing wins.
        const key = `${e.facet!}\u0000${term}`;
        const prev = terms.get(key);
        if (!prev || prev.w < e.w) terms.set(key, { w: e.w, facet: e.facet!, n });
      } else if (e.kind === 'context' && (!e.for || e.for.includes(category))) {
        context.set(`${e.group}:${term}`, { group: e.group!, w: e.w });
      }
    }
  }
  return { terms, context };
}

const THRESHOLDS: Record<PageCategory, number> = {
  gambling: 7,
  pornography: 6,
  fraud: 7,
  piracy: 7,
  'hacking-tool': 7,
};

function structural(
  category: PageCategory,
  s: Structure,
  facets: Set<string>,
): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };
  switch (category) {
    case 'gambling':
      if (s.oddsNumbers >= 6 && (s.oddsMarkup > 0 || facets.has('bet')))
        add(2.5, `odds table (${s.oddsNumbers} odds)`);
      if (s.betInputs > 0 && (facets.has('bet') || facets.has('game'))) add(2, 'betting form');
      if (s.draws >= 5 && facets.has('game')) add(1.5, `lottery draw list (${s.draws} draws)`);
      break;
    case 'pornography':
      if (s.ageGate) add(1.5, 'age gate');
      if (s.videos + s.mediaLinks >= 8 || s.durations >= 8)
        add(1.5, `video library (${Math.max(s.videos + s.mediaLinks, s.durations)} items)`);
      break;
    case 'fraud':
      if (s.passwordInputs > 0 && s.sensitiveFields >= 2)
        add(2.5, `credential form (password + ${s.sensitiveFields} card/ID/SMS fields)`);
      else if (s.sensitiveFields >= 2) add(1.5, `form asks for ${s.sensitiveFields} card/ID/SMS fields`);
      else if (s.passwordInputs > 0) add(0.5, 'password form');
      if (s.externalAction && (s.passwordInputs > 0 || s.sensitiveFields > 0))
        add(2.5, 'credentials posted to another host');
      if (s.exfiltration) add(3, 'form data sent to a chat bot / webhook');
      break;
    case 'piracy':
      if (s.magnets > 0) add(Math.min(3, 1 + s.magnets / 3), `${s.magnets} magnet links`);
      if (s.ed2k >= 1) add(1.5, `${s.ed2k} ed2k links`);
      if (s.torrents >= 2) add(1.5, `${s.torrents} torrent links`);
      if (s.panLinks >= 1 && s.extractCodes >= 1) add(1.5, 'cloud-drive links with extraction codes');
      if (s.episodes >= 8) add(1.5, `${s.episodes} episode links`);
      else if (s.episodes >= 3) add(0.75, `${s.episodes} episode links`);
      if (s.mediaLinks >= 8) add(1, `${s.mediaLinks} direct video links`);
      if (s.archiveLinks >= 1 && facets.has('crack'))
        add(1.5, `${s.archiveLinks} download links for cracked software`);
      break;
    case 'hacking-tool':
      if (s.archiveLinks >= 1 && facets.has('tool'))
        add(s.archiveLinks >= 3 ? 2 : 1, `${s.archiveLinks} archive/executable download links`);
      break;
  }
  return { score, reasons };
}

/** The core needs a specific term (weight 2) or two typical ones from the category's core facets. */
function hasCore(category: PageCategory, terms: Tally['terms']): boolean {
  const rule = CATEGORY_RULES[category];
  const coreTerms = [...terms.values()].filter((t) => rule.core.includes(t.facet));
  return coreTerms.some((t) => t.w >= 2) || coreTerms.length >= 2;
}

const NO_STRUCTURE: Structure = {
  forms: 0,
  passwordInputs: 0,
  sensitiveFields: 0,
  externalAction: false,
  exfiltration: false,
  links: 0,
  mediaLinks: 0,
  videos: 0,
  durations: 0,
  magnets: 0,
  ed2k: 0,
  torrents: 0,
  panLinks: 0,
  extractCodes: 0,
  episodes: 0,
  oddsNumbers: 0,
  oddsMarkup: 0,
  betInputs: 0,
  draws: 0,
  archiveLinks: 0,
  ageGate: false,
};

/**
 * `quick`: when no category has the core terms it needs, stop before the structural counts and return
 * no categories (none could be detected: every detection needs its core); the detector uses this, as
 * most pages of a real web root are of none of these trades.
 */
export function classifyPage(html: string, options: { quick?: boolean } = {}): PageResult {
  const page = html.length > MAX_PAGE_CHARS ? html.slice(0, MAX_PAGE_CHARS) : html;
  const titleMatch = /<title[^>]*>([^<]{0,300})/i.exec(page);
  const title = (titleMatch ? decodeEscapes(titleMatch[1]!) : '').replace(/\s+/g, ' ').trim();
  const text = pageText(page);
  const matches = new Map<string, number>();
  CJK_TERMS.countInto(text, matches);
  for (const m of text.matchAll(LATIN_RE)) matches.set(m[0], (matches.get(m[0]) ?? 0) + 1);
  const tallies = PAGE_CATEGORIES.map((category) => tally(category, matches));
  if (options.quick && !PAGE_CATEGORIES.some((category, i) => hasCore(category, tallies[i]!.terms)))
    return { title, structure: NO_STRUCTURE, categories: [] };
  const structure = structureOf(page);
  const categories = PAGE_CATEGORIES.map((category, i) => {
    const { terms, context } = tallies[i]!;
    const facets = new Set<string>();
    let termScore = 0;
    let ctaScore = 0;
    const cta: string[] = [];
    for (const [key, t] of terms) {
      const term = key.slice(key.indexOf('\u0000') + 1);
      if (t.facet === 'cta') {
        ctaScore += t.w;
        cta.push(term);
        continue;
      }
      facets.add(t.facet);
      termScore += t.w * (1 + 0.25 * Math.min(t.n - 1, 4));
    }
    ctaScore = Math.min(ctaScore, 4);
    const groups = new Map<string, { w: number; n: number }>();
    for (const c of context.values()) {
      const g = groups.get(c.group) ?? { w: c.w, n: 0 };
      g.n += 1;
      groups.set(c.group, g);
    }
    let contextScore = 0;
    for (const g of groups.values()) contextScore += g.w * Math.min(3, g.n);
    const struct = structural(category, structure, facets);
    const offer = 1.2 * ctaScore + struct.score;
    const score = termScore + offer - 0.7 * contextScore;
    const threshold = THRESHOLDS[category];
    const rule = CATEGORY_RULES[category];
    const core = hasCore(category, terms);
    // A page that reports, warns or regulates (context) without offering anything (no calls to action,
    // no forms, links or tables of the trade) talks about the category; it does not take part in it.
    const talksAbout = contextScore >= 3 && offer < 2;
    // Structure of the trade (odds tables, magnet lists, credential forms) counts as one more facet.
    const facetCount = facets.size + (struct.score >= 1.5 ? 1 : 0);
    // Overwhelming evidence from one facet, with no context at all, is enough too.
    const overwhelming = score >= 2 * threshold && contextScore === 0;
    const detected =
      score >= threshold && core && !talksAbout && (facetCount >= rule.minFacets || overwhelming);
    const ranked = [...terms.entries()]
      .filter(([, t]) => t.facet !== 'cta')
      .map(([key, t]) => [key.slice(key.indexOf('\u0000') + 1), t] as const)
      .sort((a, b) => b[1].w - a[1].w || b[1].n - a[1].n || a[0].localeCompare(b[0]));
    const result: CategoryResult = {
      category,
      score: Math.round(score * 100) / 100,
      threshold,
      detected,
      facets: [...facets].sort(),
      terms: [...new Set(ranked.map(([t]) => t))],
      cta: cta.sort(),
      context: [...context.keys()].sort(),
      structure: struct.reasons,
      ...(ranked[0] ? { anchor: ranked[0][0] } : {}),
    };
    return result;
  });
  // Adult video sites also look like video piracy; report them once, as pornography.
  const porn = categories.find((c) => c.category === 'pornography');
  const piracy = categories.find((c) => c.category === 'piracy');
  if (
    porn?.detected &&
    piracy?.detected &&
    !piracy.facets.includes('crack') &&
    !piracy.facets.includes('book')
  )
    piracy.detected = false;
  return { title, structure, categories };
}
