/**
 * Citation and penalty text for the legal catalogue (DESIGN §6, CONTRACT §4).
 *
 * - The article number printed is the one in force on the scan date; an earlier number is shown
 *   as "原第…条" / "formerly Art. …" when it differs.
 * - V-TEXT and V-OFF facts are printed as fact, V-2ND facts carry "据公开解读" / "Reported:",
 *   UNVERIFIED facts are never printed: only a marker saying so.
 */
import type { FindingLegal } from '../core/finding.ts';
import { findProvision } from './provisions.ts';
import type {
  DutyHolder,
  Fact,
  LegalRef,
  Liability,
  Numbering,
  Party,
  Penalty,
  Period,
  Provision,
  Status,
  Text,
} from './types.ts';

export type Lang = 'zh' | 'en';

export const REPORTED_MARKER: Text = { zh: '据公开解读', en: 'Reported:' };
export const UNVERIFIED_MARKER: Text = {
  zh: '未经核实,不作为事实引用',
  en: 'unverified — not stated as fact',
};

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** 1–9999 in Chinese numerals as used for article numbers: 10 → 十, 101 → 一百零一, 110 → 一百一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999)
    throw new RangeError(`cannot write ${n} in Chinese numerals`);
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十 alone at the head: 10–19 read 十, 十一 …, never 一十.
    out += d === 1 && unit === '十' && out === '' ? unit : DIGITS[d]! + unit;
  });
  return out;
}

function parseArticle(article: string): { base: number; sub?: number } {
  const m = /^(\d+)(?:-(\d+))?$/.exec(article);
  if (!m) throw new RangeError(`bad article number "${article}"`);
  return m[2] === undefined ? { base: Number(m[1]) } : { base: Number(m[1]), sub: Number(m[2]) };
}

/** 第二百五十三条之一 / Art. 253-1 */
export function articleLabel(article: string, lang: Lang): string {
  const { base, sub } = parseArticle(article);
  if (lang === 'en') return `Art. ${article}`;
  return `第${toChineseNumeral(base)}条${sub === undefined ? '' : `之${toChineseNumeral(sub)}`}`;
}

/** 第三项 / (3); 第二款 / para. 2; "2.3" = paragraph 2, item 3. */
export function clauseLabel(provision: Provision, clause: string, lang: Lang): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(clause);
  if (!m) return lang === 'zh' ? `(${clause})` : ` (${clause})`;
  const first = Number(m[1]);
  const second = m[2] === undefined ? undefined : Number(m[2]);
  if (second !== undefined) {
    return lang === 'zh'
      ? `第${toChineseNumeral(first)}款第${toChineseNumeral(second)}项`
      : ` para. ${first}(${second})`;
  }
  if (provision.clauseUnit === 'item') return lang === 'zh' ? `第${toChineseNumeral(first)}项` : `(${first})`;
  return lang === 'zh' ? `第${toChineseNumeral(first)}款` : ` para. ${first}`;
}

function within(date: string, p: Period): boolean {
  return (p.from === undefined || date >= p.from) && (p.until === undefined || date <= p.until);
}

/** The numbering in force on `date`, and the earlier numbers that differ from it. */
export function numberingAt(
  provision: Provision,
  date: string,
): { current: Numbering | undefined; former: Numbering[] } {
  const list = provision.numbering;
  if (list.length === 0) return { current: undefined, former: [] };
  const day = date.slice(0, 10);
  const current =
    list.find((n) => within(day, n)) ??
    // before the first numbering: the oldest; after the last: the newest
    (list.every((n) => n.from !== undefined && day < n.from) ? list[list.length - 1]! : list[0]!);
  const former = list.filter(
    (n) => n !== current && n.article !== current.article && n.until !== undefined && n.until < day,
  );
  return { current, former };
}

/**
 * 《网络安全法》第二十三条第三项(原第二十一条) / Cybersecurity Law Art. 23(3) (formerly Art. 21)
 */
export function citation(
  provision: Provision,
  clause: string | undefined,
  lang: Lang,
  scanDate: string,
): string {
  const day = scanDate.slice(0, 10);
  const name = lang === 'zh' ? `《${provision.shortTitle.zh}》` : provision.shortTitle.en;
  const { current, former } = numberingAt(provision, day);
  let out: string;
  if (current === undefined) {
    out = provision.document ? `${name}${lang === 'zh' ? '' : ' '}(${provision.document[lang]})` : name;
  } else {
    const article = articleLabel(current.article, lang);
    const clausePart = clause === undefined ? '' : clauseLabel(provision, clause, lang);
    out = lang === 'zh' ? `${name}${article}${clausePart}` : `${name} ${article}${clausePart}`;
    if (former.length > 0) {
      const formerText = former.map((n) => articleLabel(n.article, lang));
      out += lang === 'zh' ? `(原${formerText.join('、原')})` : ` (formerly ${formerText.join(', ')})`;
    }
  }
  if (day < provision.effective) {
    out += lang === 'zh' ? `(自${provision.effective}起施行)` : ` (in force from ${provision.effective})`;
  }
  return out;
}

const LIABILITY_LABELS: Record<Liability, Text> = {
  administrative: { zh: '行政责任', en: 'administrative' },
  civil: { zh: '民事责任', en: 'civil' },
  criminal: { zh: '刑事责任', en: 'criminal' },
};

export function liabilityLabel(liability: Liability, lang: Lang): string {
  return LIABILITY_LABELS[liability][lang];
}

const STATUS_LABELS: Record<Status, Text> = {
  'V-TEXT': { zh: '已对照法条全文核实', en: 'checked against the full statutory text' },
  'V-OFF': {
    zh: '已对照官方文本或官方发布(转载)核实',
    en: 'checked against the official text or announcement (as reproduced)',
  },
  'V-2ND': {
    zh: '仅有公开解读,未读到条文原文',
    en: 'secondary commentary only; the operative text was not read',
  },
  UNVERIFIED: { zh: '未经核实', en: 'unverified' },
};

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

const DUTY_LABELS: Record<DutyHolder, Text> = {
  'network-operator': { zh: '网络运营者', en: 'network operators' },
  'cii-operator': { zh: '关键信息基础设施运营者', en: 'critical information infrastructure operators' },
  'pi-handler': { zh: '个人信息处理者', en: 'personal information handlers' },
  'data-handler': { zh: '数据处理者', en: 'data handlers' },
  'important-data-handler': { zh: '重要数据处理者', en: 'handlers of important data' },
  'service-provider': { zh: '网络服务提供者', en: 'network service providers' },
  'product-provider': { zh: '网络产品、服务提供者', en: 'providers of network products and services' },
  'networking-unit': {
    zh: '国际联网的互联单位、接入单位和使用单位',
    en: 'organisations that interconnect, give access to or use international networking',
  },
  'information-service-provider': {
    zh: '互联网信息服务提供者',
    en: 'internet information service providers',
  },
  'telecom-operator': { zh: '电信业务经营者', en: 'telecom business operators' },
  'system-user': { zh: '计算机信息系统的使用单位', en: 'organisations using computer information systems' },
  'data-centre': { zh: '数据中心', en: 'data centres' },
  anyone: { zh: '任何单位和个人', en: 'any organisation or individual' },
};

export function dutyLabel(duty: DutyHolder, lang: Lang): string {
  return DUTY_LABELS[duty][lang];
}

function periodLabel(period: Period | undefined, lang: Lang): string | undefined {
  if (period === undefined) return undefined;
  const { from, until } = period;
  if (from !== undefined && until !== undefined)
    return lang === 'zh' ? `${from} 至 ${until} 的行为` : `conduct ${from} to ${until}`;
  if (from !== undefined) return lang === 'zh' ? `${from} 起的行为` : `conduct from ${from}`;
  if (until !== undefined) return lang === 'zh' ? `${until} 及以前的行为` : `conduct up to ${until}`;
  return undefined;
}

/** A status-tagged statement as it may be printed; UNVERIFIED text is replaced by the marker. */
export function factText(fact: Fact, lang: Lang): string {
  switch (fact.status) {
    case 'V-TEXT':
    case 'V-OFF':
      return fact.text[lang];
    case 'V-2ND':
      return `${REPORTED_MARKER[lang]}${lang === 'zh' ? '，' : ' '}${fact.text[lang]}`;
    case 'UNVERIFIED':
      return fact.about
        ? `${fact.about[lang]}${lang === 'zh' ? '：' : ': '}${UNVERIFIED_MARKER[lang]}`
        : UNVERIFIED_MARKER[lang];
  }
}

/**
 * One penalty line: "[2026-01-01 起的行为] 第六十一条第一款：…". A V-2ND line starts with the
 * "reported" marker; an UNVERIFIED line prints only where it would come from and the marker.
 */
export function penaltyText(penalty: Penalty, lang: Lang): string {
  const when = periodLabel(penalty.conduct, lang);
  const head = when === undefined ? penalty.under[lang] : `[${when}] ${penalty.under[lang]}`;
  const sep = lang === 'zh' ? '：' : ': ';
  switch (penalty.status) {
    case 'V-TEXT':
    case 'V-OFF':
      return `${head}${sep}${penalty.text[lang]}`;
    case 'V-2ND':
      return `${REPORTED_MARKER[lang]}${lang === 'zh' ? '，' : ' '}${head}${sep}${penalty.text[lang]}`;
    case 'UNVERIFIED':
      return `${head}${sep}${UNVERIFIED_MARKER[lang]}`;
  }
}

/** The liability of a cited clause when the catalogue narrows it, else of the provision. */
export function liabilityFor(provision: Provision, clause: string | undefined): Liability[] {
  const narrowed = clause === undefined ? undefined : provision.clauses?.[clause]?.liability;
  return [...(narrowed ?? provision.liability)];
}

function appliesOn(period: Period | undefined, date: string): boolean {
  if (period === undefined) return true;
  return (
    (period.from === undefined || period.from <= date) && (period.until === undefined || date <= period.until)
  );
}

/** The penalties of a provision for conduct on `date`, each as its status allows. */
export function penaltiesOn(provision: Provision, lang: Lang, date: string): string[] {
  const day = date.slice(0, 10); // a full timestamp on a period's last day still falls inside it
  return provision.penalties.filter((p) => appliesOn(p.conduct, day)).map((p) => penaltyText(p, lang));
}

const INTRUDER: Text = { zh: '入侵者', en: 'the intruder' };

/** One sentence naming whose exposure a citation is, and of what kind. */
export function legalStatement(
  cited: string,
  party: Party,
  liability: readonly Liability[],
  lang: Lang,
): string {
  if (party === 'intruder') {
    return lang === 'zh'
      ? `如系他人入侵所为，入侵者的行为可能达到${cited}规定的入罪标准(由司法机关认定)`
      : `If someone broke in to do this, the intruder's conduct may meet the threshold of ${cited} (for a court to decide)`;
  }
  // The operator's own criminal exposure is a threshold a court applies, never a statement that it is a crime.
  const kinds = liability.map((l) =>
    l !== 'criminal'
      ? liabilityLabel(l, lang)
      : lang === 'zh'
        ? '如达到入罪标准可能承担刑事责任(由司法机关认定)'
        : 'criminal liability if the threshold is met (for a court to decide)',
  );
  const joined = kinds.join(lang === 'zh' ? '、' : ', ');
  return joined === '' ? cited : lang === 'zh' ? `${cited}：${joined}` : `${cited}: ${joined}`;
}

export function legalForFinding(ref: LegalRef, lang: Lang, scanDate: string): FindingLegal {
  const provision = findProvision(ref.provision);
  const clause = ref.clause === undefined ? {} : { clause: ref.clause };
  const party: Party = ref.party ?? 'operator';
  if (!provision) {
    // The check catalogue test keeps this from happening; never crash a scan over it.
    const cited = `${ref.provision} (${lang === 'zh' ? '未收录' : 'not in the catalogue'})`;
    return {
      provision: ref.provision,
      ...clause,
      liability: [],
      citation: cited,
      party,
      statement: cited,
      holders: [],
      penalties: [],
    };
  }
  const liability = liabilityFor(provision, ref.clause);
  const cited = citation(provision, ref.clause, lang, scanDate);
  return {
    provision: provision.id,
    ...clause,
    liability,
    citation: cited,
    party,
    statement: legalStatement(cited, party, liability, lang),
    holders: party === 'intruder' ? [INTRUDER[lang]] : provision.duties.map((d) => dutyLabel(d, lang)),
    penalties: penaltiesOn(provision, lang, scanDate),
  };
}

/** `hegui law show` as text. */
export function renderProvision(provision: Provision, lang: Lang, date: string): string {
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const lines: string[] = [];
  lines.push(`${provision.id} — ${citation(provision, undefined, lang, date)}`);
  lines.push(provision.heading[lang], '');
  lines.push(`${zh ? '法律' : 'Law'}${colon}${provision.title[lang]} (${provision.law})`);
  if (provision.document) lines.push(`${zh ? '文号' : 'Document'}${colon}${provision.document[lang]}`);
  if (provision.numbering.length > 0) {
    const numbers = provision.numbering.map((n) => {
      const when =
        n.from !== undefined && n.until !== undefined
          ? `${n.from} – ${n.until}`
          : n.from !== undefined
            ? zh
              ? `${n.from} 起`
              : `from ${n.from}`
            : n.until !== undefined
              ? zh
                ? `至 ${n.until}`
                : `until ${n.until}`
              : '';
      const label = articleLabel(n.article, lang);
      return when === '' ? label : `${label} (${when})`;
    });
    lines.push(`${zh ? '条文' : 'Article'}${colon}${numbers.join(zh ? '；' : '; ')}`);
  }
  const amended = provision.amended
    ? zh
      ? ` (${provision.amended.adopted} 修正，${provision.amended.effective} 起施行修正后文本)`
      : ` (amended ${provision.amended.adopted}, amended text in force from ${provision.amended.effective})`
    : '';
  lines.push(`${zh ? '施行' : 'In force from'}${colon}${provision.effective}${amended}`);
  lines.push(
    `${zh ? '核实状态' : 'Verification'}${colon}${provision.status} — ${statusLabel(provision.status, lang)}`,
  );
  lines.push(`${zh ? '来源' : 'Source'}${colon}${provision.source}`, '');
  lines.push(zh ? '要点：' : 'Summary:', `  ${provision.summary[lang]}`);
  const clauses = Object.entries(provision.clauses ?? {});
  if (clauses.length > 0) {
    lines.push('', zh ? '分项：' : 'Clauses:');
    for (const [key, c] of clauses)
      lines.push(`  ${clauseLabel(provision, key, lang).trim()}${colon}${c.summary[lang]}`);
  }
  lines.push('');
  lines.push(
    `${zh ? '义务主体' : 'Duty holders'}${colon}${provision.duties.map((d) => dutyLabel(d, lang)).join(zh ? '、' : ', ')}`,
  );
  lines.push(
    `${zh ? '责任类型' : 'Liability'}${colon}${provision.liability.map((l) => liabilityLabel(l, lang)).join(zh ? '、' : ', ')}`,
  );
  if (provision.penalties.length > 0) {
    lines.push('', zh ? '罚则与入罪标准：' : 'Penalties and thresholds:');
    for (const p of provision.penalties) lines.push(`  - ${penaltyText(p, lang)} [${p.status}]`);
  }
  if (provision.notes && provision.notes.length > 0) {
    lines.push('', zh ? '说明：' : 'Notes:');
    for (const n of provision.notes) lines.push(`  - ${factText(n, lang)} [${n.status}]`);
  }
  if (provision.related && provision.related.length > 0) {
    lines.push('', `${zh ? '相关条文' : 'Related'}${colon}${provision.related.join(', ')}`);
  }
  lines.push(
    '',
    zh
      ? '本目录是研究摘要，不是法律意见；引用罚款数额或入罪标准前请向专业律师确认。'
      : 'This catalogue is research, not legal advice; confirm penalty figures and criminal thresholds with counsel before relying on them.',
  );
  return lines.join('\n');
}

/** `hegui law show --format json`: the provision with every text rendered under the status rules. */
export function provisionJson(provision: Provision, lang: Lang, date: string) {
  const { current, former } = numberingAt(provision, date);
  return {
    id: provision.id,
    law: provision.law,
    title: provision.title[lang],
    citation: citation(provision, undefined, lang, date),
    article: current?.article ?? null,
    formerly: former.map((n) => n.article),
    numbering: provision.numbering,
    ...(provision.document ? { document: provision.document[lang] } : {}),
    clauseUnit: provision.clauseUnit,
    clauses: Object.fromEntries(
      Object.entries(provision.clauses ?? {}).map(([k, c]) => [
        k,
        { summary: c.summary[lang], liability: liabilityFor(provision, k) },
      ]),
    ),
    effective: provision.effective,
    ...(provision.amended ? { amended: provision.amended } : {}),
    heading: provision.heading[lang],
    summary: provision.summary[lang],
    duties: provision.duties,
    liability: provision.liability,
    penalties: provision.penalties.map((p) => ({
      under: p.under[lang],
      ...(p.conduct ? { conduct: p.conduct } : {}),
      status: p.status,
      text: penaltyText(p, lang),
      ...(p.source ? { source: p.source } : {}),
    })),
    notes: (provision.notes ?? []).map((n) => ({
      status: n.status,
      text: factText(n, lang),
      ...(n.source ? { source: n.source } : {}),
    })),
    status: provision.status,
    source: provision.source,
    related: provision.related ?? [],
  };
}
