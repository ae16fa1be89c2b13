/** `hegui assess cross-border` output: JSON (CONTRACT §5 shape plus additive fields), text and HTML. */
import type { FindingLegal } from '../../core/finding.ts';
import type { Lang } from '../../legal/render.ts';
import type { LegalRef, Text } from '../../legal/types.ts';
import { DISCLAIMER, esc, htmlPage, legalHtml, noteJson, renderRefs } from '../present.ts';
import type { CrossBorderInput, CrossBorderResult, Route } from './route.ts';

export const ROUTE_LABELS: Record<Route, Text> = {
  'security-assessment': { zh: '申报数据出境安全评估', en: 'security assessment' },
  'standard-contract-or-certification': {
    zh: '订立标准合同或通过个人信息保护认证',
    en: 'standard contract or personal-information protection certification',
  },
  exempt: {
    zh: '免于评估、标准合同和认证',
    en: 'exempt from assessment, standard contract and certification',
  },
};

export interface CrossBorderView {
  route: Route;
  routeLabel: string;
  reasons: string[];
  reasonCodes: string[];
  legal: FindingLegal[];
  duties: { text: string; legal: FindingLegal[] }[];
  notes: { text: string; status: string }[];
  parts: CrossBorderResult['parts'];
  next?: CrossBorderResult['next'];
  input: CrossBorderInput & { source: string };
  countedSince: string;
  asOf: string;
}

export function buildView(
  result: CrossBorderResult,
  input: CrossBorderInput,
  source: string,
  lang: Lang,
  today: string,
): CrossBorderView {
  const refs: LegalRef[] = result.reasons.flatMap((r) => r.legal);
  return {
    route: result.route,
    routeLabel: ROUTE_LABELS[result.route][lang],
    reasons: result.reasons.map((r) => r.text[lang]),
    reasonCodes: result.reasons.map((r) => r.code),
    legal: renderRefs(refs, lang, today),
    duties: result.duties.map((d) => ({ text: d.text[lang], legal: renderRefs(d.legal, lang, today) })),
    notes: result.notes.map((f) => noteJson(f, lang)),
    parts: result.parts,
    ...(result.next ? { next: result.next } : {}),
    input: { ...input, exemptions: [...input.exemptions], source },
    countedSince: `${today.slice(0, 4)}-01-01`,
    asOf: today,
  };
}

export function crossBorderJson(view: CrossBorderView): string {
  return JSON.stringify(view, null, 2);
}

function nextLine(view: CrossBorderView, lang: Lang): string | undefined {
  const nx = view.next;
  if (!nx) return undefined;
  const label = ROUTE_LABELS[nx.route][lang];
  const parts: string[] = [];
  if (nx.personal !== undefined)
    parts.push(
      lang === 'zh'
        ? `非敏感个人信息累计达到${nx.personal.toLocaleString('en-US')}人`
        : `${nx.personal.toLocaleString('en-US')} people's non-sensitive personal information`,
    );
  if (nx.sensitive !== undefined)
    parts.push(
      lang === 'zh'
        ? `敏感个人信息累计达到${nx.sensitive.toLocaleString('en-US')}人`
        : `${nx.sensitive.toLocaleString('en-US')} people's sensitive personal information`,
    );
  return lang === 'zh'
    ? `今年内${parts.join('或')}时，路径变为：${label}。`
    : `The route becomes "${label}" once this year's count reaches ${parts.join(' or ')}.`;
}

export function crossBorderText(view: CrossBorderView, lang: Lang): string {
  const zh = lang === 'zh';
  const i = view.input;
  const lines: string[] = [];
  lines.push(`${zh ? '数据出境路径' : 'Cross-border route'}: ${view.routeLabel} (${view.route})`);
  lines.push(
    zh
      ? `计数期间：${view.countedSince} 至 ${view.asOf}；非敏感个人信息 ${i.personal} 人，敏感个人信息 ${i.sensitive} 人；重要数据：${i.importantData ? '有' : '无'}；关键信息基础设施运营者：${i.ciio ? '是' : '否'}${i.exemptions.length > 0 ? `；声明的豁免：${i.exemptions.join(', ')}` : ''}`
      : `Counted ${view.countedSince} to ${view.asOf}; non-sensitive PI: ${i.personal} people, sensitive PI: ${i.sensitive} people; important data: ${i.importantData ? 'yes' : 'no'}; CIIO: ${i.ciio ? 'yes' : 'no'}${i.exemptions.length > 0 ? `; exemptions claimed: ${i.exemptions.join(', ')}` : ''}`,
  );
  lines.push('', zh ? '理由：' : 'Reasons:');
  for (const r of view.reasons) lines.push(`  - ${r}`);
  if (view.legal.length > 0) {
    lines.push('', zh ? '法律依据：' : 'Legal basis:');
    for (const l of view.legal) lines.push(`  - [${l.provision}] ${l.statement}`);
  }
  if (view.duties.length > 0) {
    lines.push('', zh ? '无论哪条路径都须履行：' : 'Duties on every route:');
    for (const d of view.duties)
      lines.push(`  - ${d.text} (${d.legal.map((l) => l.citation).join(zh ? '；' : '; ')})`);
  }
  const nx = nextLine(view, lang);
  if (nx) lines.push('', nx);
  lines.push('', zh ? '说明：' : 'Notes:');
  for (const n of view.notes) lines.push(`  - ${n.text} [${n.status}]`);
  lines.push('', DISCLAIMER[lang]);
  return lines.join('\n');
}

export function crossBorderHtml(view: CrossBorderView, lang: Lang): string {
  const zh = lang === 'zh';
  const i = view.input;
  const nx = nextLine(view, lang);
  const body = `
<p><span class="verdict v-${esc(view.route)}">${esc(view.routeLabel)}</span> <code>${esc(view.route)}</code></p>
<p class="muted">${esc(
    zh
      ? `计数期间 ${view.countedSince} 至 ${view.asOf}；非敏感 ${i.personal} 人，敏感 ${i.sensitive} 人；重要数据 ${i.importantData ? '有' : '无'}；关键信息基础设施运营者 ${i.ciio ? '是' : '否'}`
      : `Counted ${view.countedSince} to ${view.asOf}; non-sensitive ${i.personal}, sensitive ${i.sensitive}; important data ${i.importantData ? 'yes' : 'no'}; CIIO ${i.ciio ? 'yes' : 'no'}`,
  )}</p>
<h2>${zh ? '理由' : 'Reasons'}</h2>
<ul>${view.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>
${view.legal.length > 0 ? `<h2>${zh ? '法律依据' : 'Legal basis'}</h2>${legalHtml(view.legal)}` : ''}
${
  view.duties.length > 0
    ? `<h2>${zh ? '无论哪条路径都须履行' : 'Duties on every route'}</h2><ul>${view.duties
        .map((d) => `<li>${esc(d.text)}${legalHtml(d.legal)}</li>`)
        .join('')}</ul>`
    : ''
}
${nx ? `<p class="warn">${esc(nx)}</p>` : ''}
<h2>${zh ? '说明' : 'Notes'}</h2>
<ul>${view.notes.map((n) => `<li>${esc(n.text)} <span class="status">[${esc(n.status)}]</span></li>`).join('')}</ul>
<p class="muted">${esc(DISCLAIMER[lang])}</p>`;
  return htmlPage(zh ? 'hegui 数据出境路径评估' : 'hegui cross-border transfer assessment', lang, body);
}
