/**
 * What the assessments share when they print: legal references rendered under the status rules
 * (src/legal/render.ts), status-tagged notes, and one self-contained HTML page shell.
 */
import type { FindingLegal } from '../core/finding.ts';
import { HTML_CSP, escapeHtml } from '../report/html.ts';
import { factText, legalForFinding, type Lang } from '../legal/render.ts';
import type { Fact, LegalRef } from '../legal/types.ts';

/** Each reference once (provision + clause + party), in first-seen order, rendered for `date`. */
export function renderRefs(refs: readonly LegalRef[], lang: Lang, date: string): FindingLegal[] {
  const seen = new Set<string>();
  const out: FindingLegal[] = [];
  for (const ref of refs) {
    const key = `${ref.provision}|${ref.clause ?? ''}|${ref.party ?? 'operator'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(legalForFinding(ref, lang, date));
  }
  return out;
}

/** A note as it may be printed, with its status (UNVERIFIED text is replaced by the marker). */
export function noteJson(fact: Fact, lang: Lang): { text: string; status: Fact['status'] } {
  return { text: factText(fact, lang), status: fact.status };
}

/** Control characters out of a line that came from input (answers files, reports). */
export function safeText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

export function esc(s: string): string {
  return escapeHtml(safeText(s));
}

const CSS = `
body { margin: 0; color: #1d2330; line-height: 1.6; font-size: 15px;
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 24px; } h2 { font-size: 19px; border-bottom: 2px solid #d9dde5; padding-bottom: 4px; margin-top: 28px; }
.verdict { display: inline-block; padding: 1px 8px; border-radius: 4px; font-weight: 600; color: #fff; }
.v-allowed { background: #2b8a3e; } .v-allowed-with-duties { background: #b08800; } .v-not-allowed { background: #a4161a; }
.v-exempt { background: #2b8a3e; } .v-standard-contract-or-certification { background: #b08800; } .v-security-assessment { background: #a4161a; }
.status { color: #5b6475; font-size: 13px; } .warn { background: #fff4e6; border-left: 4px solid #d9480f; padding: 6px 10px; }
section.activity { border: 1px solid #d9dde5; border-radius: 6px; padding: 4px 14px 10px; margin: 14px 0; }
li { margin: 3px 0; } .muted { color: #5b6475; }
`;

/** One self-contained page (inline CSS, no scripts, nothing fetched); `body` must be escaped HTML. */
export function htmlPage(title: string, lang: Lang, body: string): string {
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body><main>
<h1>${esc(title)}</h1>
${body}
</main></body>
</html>
`;
}

/** `<li>` list of rendered legal references: citation, liability statement and penalties. */
export function legalHtml(legal: readonly FindingLegal[]): string {
  if (legal.length === 0) return '';
  const items = legal.map(
    (l) =>
      `<li><strong>${esc(l.citation)}</strong> <span class="mono">[${esc(l.provision)}]</span><br>${esc(l.statement)}${
        l.penalties.length > 0
          ? `<ul>${l.penalties.map((p) => `<li class="muted">${esc(p)}</li>`).join('')}</ul>`
          : ''
      }</li>`,
  );
  return `<ul>${items.join('\n')}</ul>`;
}

export const DISCLAIMER = {
  zh: '本评估依据 hegui 法律目录(研究摘要)作出，不是法律意见；实际适用请向专业律师和主管部门确认。',
  en: 'This assessment follows the hegui legal catalogue (research notes) and is not legal advice; confirm with counsel and the regulator.',
} as const;
