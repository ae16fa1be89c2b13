/**
 * The incident documents (issue 5 item 6): the incident report, the notice to affected people, the
 * summary for the police and the emergency response plan, each in Chinese or English, as Markdown,
 * self-contained HTML or PDF (Chromium). Pure builders produce a Doc; this module only picks the
 * builder and the output format.
 */
import { renderHtml, renderMarkdown, type Doc, type Lang } from './doc.ts';
import { htmlToPdf } from './pdf.ts';
import { buildNotice } from './notice.ts';
import { buildPlan } from './plan.ts';
import { buildPolice } from './police.ts';
import { buildReport } from './report.ts';
import type { DocumentInput, DocumentKind, DocumentOptions } from './types.ts';

export type { DocumentInput, DocumentKind, DocumentOptions } from './types.ts';
export { DOCUMENT_KINDS } from './types.ts';
export { liabilityDoc } from './liability-doc.ts';
export { renderHtml, renderMarkdown, type Doc } from './doc.ts';

const BUILDERS: Record<DocumentKind, (input: DocumentInput, lang: Lang, now: Date) => Doc> = {
  report: buildReport,
  notice: buildNotice,
  police: buildPolice,
  plan: buildPlan,
};

export function buildDocument(kind: DocumentKind, input: DocumentInput, lang: Lang, now: Date): Doc {
  return BUILDERS[kind](input, lang, now);
}

export async function renderDocument(
  kind: DocumentKind,
  input: DocumentInput,
  opts: DocumentOptions,
): Promise<string | Uint8Array> {
  const doc = buildDocument(kind, input, opts.lang, opts.now);
  switch (opts.format) {
    case 'md':
      return renderMarkdown(doc);
    case 'html':
      return renderHtml(doc);
    case 'pdf':
      return htmlToPdf(renderHtml(doc));
  }
}
