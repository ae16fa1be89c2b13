/** `hegui assess use` output: JSON, text and one self-contained HTML page, in zh or en. */
import type { FindingLegal } from '../../core/finding.ts';
import type { Lang } from '../../legal/render.ts';
import type { Text } from '../../legal/types.ts';
import { DISCLAIMER, esc, htmlPage, legalHtml, noteJson, renderRefs, safeText } from '../present.ts';
import type { Item, UseResult, Verdict } from './assess.ts';
import { ACTIVITY_LABELS, type Activity } from './model.ts';

export const VERDICT_LABELS: Record<Verdict, Text> = {
  allowed: { zh: '允许', en: 'allowed' },
  'allowed-with-duties': { zh: '允许，但须履行义务', en: 'allowed with duties' },
  'not-allowed': { zh: '不允许', en: 'not allowed' },
};

const STATUS_LABELS: Record<Item['status'], Text> = {
  prohibited: { zh: '✗ 禁止', en: '✗ prohibited' },
  unmet: { zh: '✗ 未履行', en: '✗ not met' },
  met: { zh: '✓ 已履行', en: '✓ met' },
  applies: { zh: '• 须履行', en: '• applies' },
};

interface ItemView {
  rule: string;
  status: Item['status'];
  title: string;
  explain: string;
  todo: string[];
  legal: FindingLegal[];
  notes: { text: string; status: string }[];
  scenarios: readonly number[];
  unanswered: string[];
}

export interface UseView {
  verdict: Verdict;
  verdictLabel: string;
  activities: {
    activity: Activity;
    label: string;
    source: 'answers' | 'scan';
    verdict: Verdict;
    verdictLabel: string;
    items: ItemView[];
  }[];
  general: ItemView[];
  crossBorder?: { route: string; reasons: string[] };
  contradictions: { category: string; keys: string[]; text: string }[];
  answers: UseResult['answers'];
  /** Keys the answers file gave (others took their defaults and are not judged); absent: all. */
  answered?: string[];
  asOf: string;
}

function itemView(i: Item, lang: Lang, date: string): ItemView {
  return {
    rule: i.rule,
    status: i.status,
    title: i.title[lang],
    explain: i.explain[lang],
    todo: i.todo.map((x) => x[lang]),
    legal: renderRefs(i.legal, lang, date),
    notes: i.notes.map((n) => noteJson(n, lang)),
    scenarios: i.scenarios,
    unanswered: i.unanswered,
  };
}

export function buildUseView(r: UseResult, lang: Lang, date: string): UseView {
  return {
    verdict: r.verdict,
    verdictLabel: VERDICT_LABELS[r.verdict][lang],
    activities: r.activities.map((a) => ({
      activity: a.activity,
      label: ACTIVITY_LABELS[a.activity][lang],
      source: a.source,
      verdict: a.verdict,
      verdictLabel: VERDICT_LABELS[a.verdict][lang],
      items: a.items.map((i) => itemView(i, lang, date)),
    })),
    general: r.general.map((i) => itemView(i, lang, date)),
    ...(r.crossBorder
      ? {
          crossBorder: {
            route: r.crossBorder.route,
            reasons: r.crossBorder.reasons.map((x) => x.text[lang]),
          },
        }
      : {}),
    contradictions: r.scanContradictions.map((c) => ({
      category: c.category,
      keys: c.keys,
      text: safeText(c.text[lang]),
    })),
    answers: r.answers,
    ...(r.answered ? { answered: r.answered } : {}),
    asOf: date,
  };
}

export function useJson(view: UseView): string {
  return JSON.stringify(view, null, 2);
}

function itemText(i: ItemView, lang: Lang, indent: string): string[] {
  const zh = lang === 'zh';
  const lines = [`${indent}${STATUS_LABELS[i.status][lang]}  ${i.title}`, `${indent}    ${i.explain}`];
  if (i.unanswered.length > 0)
    lines.push(
      `${indent}    ${zh ? '未回答，无法判断是否已履行' : 'Not answered, so not judged met or unmet'}: ${i.unanswered.join(', ')}`,
    );
  for (const todo of i.todo) lines.push(`${indent}    ${zh ? '应做' : 'To do'}: ${todo}`);
  for (const l of i.legal)
    lines.push(`${indent}    ${zh ? '依据' : 'Basis'}: [${l.provision}] ${l.statement}`);
  for (const n of i.notes) lines.push(`${indent}    ${zh ? '说明' : 'Note'}: ${n.text} [${n.status}]`);
  return lines;
}

export function useText(view: UseView, lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(`${zh ? '总体结论' : 'Overall'}: ${view.verdictLabel} (${view.verdict})`);
  if (view.contradictions.length > 0) {
    lines.push('', zh ? '回答与扫描结果不一致：' : 'The answers and the scan disagree:');
    for (const c of view.contradictions) lines.push(`  ! ${c.text}`);
  }
  for (const a of view.activities) {
    lines.push(
      '',
      `[${a.verdictLabel}] ${a.label} (${a.activity})${a.source === 'scan' ? (zh ? ' — 来自扫描结果' : ' — from the scan report') : ''}`,
    );
    if (a.items.length === 0)
      lines.push(
        zh
          ? '  本活动没有专门规则；见下方整台服务器的义务。'
          : '  No rule specific to this activity; see the duties for the whole server below.',
      );
    for (const i of a.items) lines.push(...itemText(i, lang, '  '));
  }
  if (view.general.length > 0) {
    lines.push('', zh ? '整台服务器的义务：' : 'Duties for the whole server:');
    for (const i of view.general) lines.push(...itemText(i, lang, '  '));
  }
  lines.push('', DISCLAIMER[lang]);
  return lines.join('\n');
}

function itemHtml(i: ItemView, lang: Lang): string {
  const zh = lang === 'zh';
  return `<li><strong>${esc(STATUS_LABELS[i.status][lang])}</strong> ${esc(i.title)}
<p>${esc(i.explain)}</p>
${i.todo.length > 0 ? `<p>${zh ? '应做' : 'To do'}:</p><ul>${i.todo.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : ''}
${i.legal.length > 0 ? `<p>${zh ? '依据' : 'Basis'}:</p>${legalHtml(i.legal)}` : ''}
${i.notes.length > 0 ? `<ul>${i.notes.map((n) => `<li class="muted">${esc(n.text)} <span class="status">[${esc(n.status)}]</span></li>`).join('')}</ul>` : ''}
</li>`;
}

export function useHtml(view: UseView, lang: Lang): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  parts.push(
    `<p>${zh ? '总体结论' : 'Overall'}: <span class="verdict v-${esc(view.verdict)}">${esc(view.verdictLabel)}</span></p>`,
  );
  if (view.contradictions.length > 0)
    parts.push(
      `<div class="warn"><p>${zh ? '回答与扫描结果不一致：' : 'The answers and the scan disagree:'}</p><ul>${view.contradictions
        .map((c) => `<li>${esc(c.text)}</li>`)
        .join('')}</ul></div>`,
    );
  for (const a of view.activities) {
    parts.push(`<section class="activity"><h2>${esc(a.label)} <span class="verdict v-${esc(a.verdict)}">${esc(a.verdictLabel)}</span></h2>
${a.source === 'scan' ? `<p class="muted">${zh ? '来自扫描结果' : 'from the scan report'}</p>` : ''}
<ul>${a.items.map((i) => itemHtml(i, lang)).join('\n')}</ul></section>`);
  }
  if (view.general.length > 0)
    parts.push(
      `<h2>${zh ? '整台服务器的义务' : 'Duties for the whole server'}</h2><ul>${view.general.map((i) => itemHtml(i, lang)).join('\n')}</ul>`,
    );
  parts.push(`<p class="muted">${esc(DISCLAIMER[lang])}</p>`);
  return htmlPage(zh ? 'hegui 用途合规评估' : 'hegui assessment of a planned use', lang, parts.join('\n'));
}
