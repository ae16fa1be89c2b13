/**
 * The page-content detector: gambling, pornography, fraud/phishing, pirated content and hacking tools
 * offered on pages under web roots (HTML, PHP/JSP/ASP templates, front-end JS). One pass per page; one
 * detection per category found, with the reasons (terms, calls to action, structure) that made it.
 */
import { defineDetector, type Detection, type FileInfo } from '../detector.ts';
import { excerptAt, lineLocator } from '../webshell/text-tools.ts';
import { classifyPage } from './pages.classify.ts';
import { CATEGORY_TERMS, PAGE_CATEGORIES, type PageCategory } from './pages.terms.ts';
import type { PatternRule } from '../../walk/patterns.ts';

/** One alternation of each category's terms (what `npm run bench` gives ripgrep); scoring is not a regex. */
export const PAGE_PATTERNS: readonly PatternRule[] = PAGE_CATEGORIES.map((category) => ({
  id: `${category}-terms`,
  title: `${category} vocabulary`,
  regex: [...new Set(CATEGORY_TERMS[category].map((t) => t.t))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'),
  flags: 'i',
}));

export const PAGES_DETECTOR = 'pages';

/** The rule names the page detector reports, one per category. */
export const PAGE_RULE: Record<PageCategory, string> = {
  gambling: 'gambling',
  pornography: 'pornography',
  fraud: 'fraud',
  piracy: 'piracy',
  'hacking-tool': 'hacking-tool',
};

const PAGE_EXT =
  /\.(?:html?|shtml|xhtml|php\d?|phtml|jsp|jspx|aspx?|tpl|twig|tmpl|ftl|vm|hbs|ejs|mustache|vue|jsx|tsx|m?js)$/i;
const SKIP =
  /(?:\.min\.js|[-.]bundle\.js|\/vendor\/|\/node_modules\/|\/bower_components\/|\/wp-includes\/js\/|\/static\/js\/chunk)/i;
/** Web-served trees when the walker did not tie the file to a configured web root. */
const WEB_TREE =
  /^\/(?:var\/www|srv|usr\/share\/nginx|opt\/lampp\/htdocs|www|data\/www|home\/[^/]+\/(?:public_html|www|htdocs))\//;
const MAX_PAGE_BYTES = 4 * 1024 * 1024;

export function wantsPage(file: FileInfo, head: Buffer): boolean {
  if (file.size > MAX_PAGE_BYTES || SKIP.test(file.path)) return false;
  if (file.webRoot === null && !WEB_TREE.test(file.path)) return false;
  if (PAGE_EXT.test(file.path)) return true;
  // Extension-less or odd names that are HTML all the same.
  return /^\s*(?:<!doctype html|<html|<head|<\?php)/i.test(
    head.toString('latin1', 0, Math.min(head.length, 256)),
  );
}

export function scanPage(text: string, file: FileInfo, firstLine: number): Detection[] {
  const result = classifyPage(text, { quick: true });
  const found = result.categories.filter((c) => c.detected);
  if (found.length === 0) return [];
  const lower = text.toLowerCase();
  const lineOf = lineLocator(text);
  return found.map((c) => {
    const anchorAt = c.anchor === undefined ? -1 : lower.indexOf(c.anchor);
    const reasons = [
      `terms: ${c.terms.slice(0, 6).join(', ')}`,
      ...(c.cta.length > 0 ? [`calls to action: ${c.cta.slice(0, 4).join(', ')}`] : []),
      ...c.structure,
      `facets: ${c.facets.join(', ')}`,
    ];
    return {
      detector: PAGES_DETECTOR,
      rule: PAGE_RULE[c.category],
      path: file.path,
      line: firstLine + (anchorAt >= 0 ? lineOf(anchorAt) : 1) - 1,
      score: Math.round(Math.min(1, Math.max(0, c.score / (2 * c.threshold))) * 100) / 100,
      reasons,
      excerpt:
        result.title !== '' ? excerptAt(result.title, 0) : anchorAt >= 0 ? excerptAt(text, anchorAt) : '',
    };
  });
}

export const pagesDetector = defineDetector({
  id: PAGES_DETECTOR,
  patterns: PAGE_PATTERNS,
  wants: wantsPage,
  scan: scanPage,
});
