import { HeguiError } from '../../core/errors.ts';
import { emit } from '../../cli/io.ts';
import type { CommandOption } from '../../cli/command.ts';
import type { Lang } from '../../legal/render.ts';
import { esc, htmlPage, safeText } from '../present.ts';
import type { Subcommand } from '../subcommands.ts';
import { readDocument } from './document.ts';
import {
  ANSWERS,
  CLIENT_KINDS,
  reviewProvider,
  type Answer,
  type ClientKind,
  type ProviderReview,
} from './review.ts';

/** Flag → qualification id. */
const ANSWER_FLAGS: Record<string, string> = {
  b11: 'telecom-licence-b11',
  iso27001: 'iso27001',
  mlps: 'mlps',
  'consent-clause': 'client-data-consent',
};

const T = {
  zh: {
    title: '云服务商资质与服务协议审查',
    quals: '服务商资质核对',
    agreement: '服务协议条款',
    found: '已找到',
    missing: '缺失',
    para: '第 {n} 段',
    answer: { yes: '已确认', no: '不具备', unknown: '待核实' },
    status: {
      'good-practice': '良好实践',
      'V-TEXT': '法规原文',
      'V-OFF': '官方发布',
      'V-2ND': '据公开解读',
      UNVERIFIED: '未核实',
    },
    none: '未提供协议文件(--agreement FILE)。',
    note: '说明：本审查只判断条款是否出现并引用原文，不评价条款是否充分；签约前请由法律顾问审阅。',
  },
  en: {
    title: 'Cloud provider qualifications and service agreement review',
    quals: 'Provider qualifications',
    agreement: 'Agreement clauses',
    found: 'found',
    missing: 'MISSING',
    para: 'paragraph {n}',
    answer: { yes: 'confirmed', no: 'not held', unknown: 'to check' },
    status: {
      'good-practice': 'good practice',
      'V-TEXT': 'law text',
      'V-OFF': 'official',
      'V-2ND': 'reported',
      UNVERIFIED: 'unverified',
    },
    none: 'No agreement file given (--agreement FILE).',
    note: 'Note: this review only says whether each clause appears, quoting it; it does not judge whether a clause is adequate. Have counsel read the agreement before signing.',
  },
} as const;

export function renderText(r: ProviderReview, lang: Lang): string {
  const t = T[lang];
  const lines = [t.title, '', `${t.quals}:`];
  for (const q of r.qualifications) {
    lines.push(
      `  [${t.answer[q.answer]}] ${q.title} (${t.status[q.status]})`,
      `      ${q.ask}`,
      `      ${q.basis}`,
    );
  }
  lines.push('', `${t.agreement}:`);
  if (!r.agreement) lines.push(`  ${t.none}`);
  else {
    lines.push(`  ${safeText(r.agreement.file)}`);
    for (const c of r.agreement.clauses) {
      lines.push(`  [${c.found ? t.found : t.missing}] ${c.title}`);
      if (c.found)
        lines.push(`      ${t.para.replace('{n}', String(c.paragraph))}: “${safeText(c.quote ?? '')}”`);
      else lines.push(`      ${c.why}`);
      for (const l of c.legal) lines.push(`      - ${l.statement}`);
    }
  }
  lines.push('', t.note);
  return `${lines.join('\n')}\n`;
}

export function renderMarkdown(r: ProviderReview, lang: Lang): string {
  const t = T[lang];
  const cell = (s: string) => safeText(s).replace(/\|/g, '\\|');
  const lines = [`# ${t.title}`, '', `## ${t.quals}`, '', '| | | |', '|---|---|---|'];
  for (const q of r.qualifications)
    lines.push(`| ${t.answer[q.answer]} | ${cell(q.title)} | ${cell(q.ask)} |`);
  lines.push('', `## ${t.agreement}`, '');
  if (!r.agreement) lines.push(t.none);
  else
    for (const c of r.agreement.clauses)
      lines.push(
        `- **${c.found ? t.found : t.missing}** ${c.title}${c.found ? `: > ${cell(c.quote ?? '')}` : ` — ${c.why}`}`,
      );
  lines.push('', `_${t.note}_`);
  return `${lines.join('\n')}\n`;
}

export function renderHtml(r: ProviderReview, lang: Lang): string {
  const t = T[lang];
  const parts = [`<h1>${esc(t.title)}</h1>`, `<h2>${esc(t.quals)}</h2><ul>`];
  for (const q of r.qualifications)
    parts.push(
      `<li><b>${esc(t.answer[q.answer])}</b> ${esc(q.title)} <span class="status">(${esc(t.status[q.status])})</span><br>${esc(q.ask)}<br><span class="muted">${esc(q.basis)}</span></li>`,
    );
  parts.push(`</ul><h2>${esc(t.agreement)}</h2>`);
  if (!r.agreement) parts.push(`<p>${esc(t.none)}</p>`);
  else {
    parts.push('<ul>');
    for (const c of r.agreement.clauses)
      parts.push(
        `<li>${c.found ? `<b>${esc(t.found)}</b> ${esc(c.title)}<blockquote>${esc(c.quote ?? '')}</blockquote>` : `<b class="warn">${esc(t.missing)}</b> ${esc(c.title)} — ${esc(c.why)}`}</li>`,
      );
    parts.push('</ul>');
  }
  parts.push(`<p class="muted">${esc(t.note)}</p>`);
  return htmlPage(t.title, lang, parts.join('\n'));
}

const answerOption = (what: string): CommandOption => ({
  type: 'string',
  choices: ANSWERS,
  description: `provider: ${what}`,
});

export const providerSubcommand: Subcommand = {
  name: 'provider',
  usage: 'provider [--agreement FILE] [--client state|cii|other] [--b11 yes|no|unknown] …',
  description: 'cloud provider qualifications checklist and service agreement clause review',
  options: {
    agreement: { type: 'string', description: 'provider: the service agreement (.txt, .md, .docx, .pdf)' },
    client: {
      type: 'string',
      choices: CLIENT_KINDS,
      default: 'other',
      description: 'provider: what you are (state organ, CII operator, other)',
    },
    b11: answerOption('the provider holds a value-added telecom licence with B11'),
    iso27001: answerOption('the provider holds ISO/IEC 27001 for your services'),
    mlps: answerOption('the cloud platform is MLPS graded, filed and assessed'),
    'consent-clause': answerOption('the agreement forbids using your data without consent'),
  },
  async run(positionals, options, io, flags) {
    if (positionals.length > 0)
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `assess provider takes no arguments (got "${positionals.join(' ')}")`,
      );
    const format = flags.format as string;
    if (!['text', 'json', 'md', 'html'].includes(format))
      throw new HeguiError('HEGUI_E_USAGE', `assess provider writes text, json, md or html, not ${format}`);
    const answers: Partial<Record<string, Answer>> = {};
    for (const [flag, id] of Object.entries(ANSWER_FLAGS)) {
      const value = flags[flag];
      if (typeof value === 'string') answers[id] = value as Answer;
    }
    const file = flags.agreement as string | undefined;
    const agreement = file === undefined ? undefined : { file, text: (await readDocument(file)).text };
    const review = reviewProvider(
      { answers, client: flags.client as ClientKind, ...(agreement ? { agreement } : {}) },
      options.lang,
      io.clock().toISOString().slice(0, 10),
    );
    const out =
      format === 'json'
        ? `${JSON.stringify(review, null, 2)}\n`
        : format === 'md'
          ? renderMarkdown(review, options.lang)
          : format === 'html'
            ? renderHtml(review, options.lang)
            : renderText(review, options.lang);
    await emit(io, options.output, out);
    return 0;
  },
};
