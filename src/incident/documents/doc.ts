/**
 * A small document model shared by the four incident documents, and its Markdown and HTML renderers.
 * Builders (report.ts, notice.ts, police.ts, plan.ts) only produce blocks; escaping lives here, once.
 * Every string in a block is untrusted (finding titles, process command lines, file names): the
 * renderers strip control and bidi characters (safeLine) and escape for the target format.
 */
import { HTML_CSP, escapeHtml } from '../../report/html.ts';
import { safeLine } from '../../report/model.ts';

export type Lang = 'zh' | 'en';

/** A field the record does not fill: printed as the blank marker. */
export const BLANK: Record<Lang, string> = { zh: '【待填写】', en: '[TO BE FILLED]' };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  /** label: value; an undefined or empty value prints the blank marker. */
  | { kind: 'fields'; rows: { label: string; value: string | undefined }[] }
  | { kind: 'table'; head: string[]; rows: (string | undefined)[][] }
  /** Verbatim lines (commands): a fenced block in Markdown, <pre> in HTML. */
  | { kind: 'code'; text: string };

export interface Doc {
  lang: Lang;
  title: string;
  /** One line under the title: who generated it and when. */
  subtitle: string;
  blocks: Block[];
}

function isBlank(value: string | undefined): value is undefined {
  return value === undefined || value.trim() === '';
}

/** Markdown for a value: escaped text, or the blank marker (ours, printed as is). */
function mdValue(value: string | undefined, lang: Lang): string {
  return isBlank(value) ? BLANK[lang] : escapeMd(value);
}

// ---------------------------------------------------------------- Markdown

/** Escape Markdown's inline syntax (and raw HTML) so untrusted text stays text. */
export function escapeMd(s: string): string {
  return safeLine(s).replace(/[\\`*_[\]<>|#~!]/g, (c) => `\\${c}`);
}

export function renderMarkdown(doc: Doc): string {
  const out: string[] = [`# ${escapeMd(doc.title)}`, '', `_${escapeMd(doc.subtitle)}_`, ''];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level + 1)} ${escapeMd(b.text)}`, '');
        break;
      case 'para':
        out.push(escapeMd(b.text), '');
        break;
      case 'note':
        out.push(`> ${escapeMd(b.text)}`, '');
        break;
      case 'list':
        if (b.items.length === 0) break;
        b.items.forEach((item, i) => out.push(`${b.ordered ? `${i + 1}.` : '-'} ${escapeMd(item)}`));
        out.push('');
        break;
      case 'fields':
        for (const r of b.rows) out.push(`- **${escapeMd(r.label)}**: ${mdValue(r.value, doc.lang)}`);
        out.push('');
        break;
      case 'code': {
        const lines = b.text.split(/\r?\n/).map(safeLine);
        const longest = Math.max(
          0,
          ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))),
        );
        const fence = '`'.repeat(Math.max(3, longest + 1));
        out.push(fence, ...lines, fence, '');
        break;
      }
      case 'table':
        out.push(`| ${b.head.map(escapeMd).join(' | ')} |`, `|${b.head.map(() => '---').join('|')}|`);
        for (const row of b.rows) out.push(`| ${row.map((c) => mdValue(c, doc.lang)).join(' | ')} |`);
        out.push('');
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------- HTML

const CSS = `
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", sans-serif; color: #1d2330;
  max-width: 56rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.55; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #1d2330; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; margin-top: 1.8rem; } h3 { font-size: 1.05rem; }
.sub { color: #5b6475; } .blank { color: #a4161a; font-weight: 600; }
pre { background: #f6f7f9; border: 1px solid #d9dde5; padding: .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote { border-left: 4px solid #b08800; margin: 1rem 0; padding: .3rem .8rem; background: #f6f7f9; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #d9dde5; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f7f9; } dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
td, dd, li { overflow-wrap: anywhere; }
@media print { body { margin: 0; max-width: none; } }
`;

function h(s: string): string {
  return escapeHtml(safeLine(s));
}

function cell(value: string | undefined, lang: Lang): string {
  return isBlank(value) ? `<span class="blank">${h(BLANK[lang])}</span>` : h(value);
}

export function renderHtml(doc: Doc): string {
  const body: string[] = [`<h1>${h(doc.title)}</h1>`, `<p class="sub">${h(doc.subtitle)}</p>`];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        body.push(`<h${b.level + 1}>${h(b.text)}</h${b.level + 1}>`);
        break;
      case 'para':
        body.push(`<p>${h(b.text)}</p>`);
        break;
      case 'note':
        body.push(`<blockquote>${h(b.text)}</blockquote>`);
        break;
      case 'list': {
        if (b.items.length === 0) break;
        const tag = b.ordered ? 'ol' : 'ul';
        body.push(`<${tag}>${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</${tag}>`);
        break;
      }
      case 'fields':
        body.push(
          `<dl>${b.rows.map((r) => `<dt>${h(r.label)}</dt><dd>${cell(r.value, doc.lang)}</dd>`).join('')}</dl>`,
        );
        break;
      case 'code':
        body.push(`<pre><code>${b.text.split(/\r?\n/).map(h).join('\n')}</code></pre>`);
        break;
      case 'table':
        body.push(
          `<table><thead><tr>${b.head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((row) => `<tr>${row.map((c) => `<td>${cell(c, doc.lang)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`,
        );
        break;
    }
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(doc.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
