/**
 * Provider and agreement review (issue 6 item 5): the provider's qualifications as a checklist with
 * the user's answers, and the agreement's clauses found (quoted) or missing.
 */
import type { FindingLegal } from '../../core/finding.ts';
import type { Lang } from '../../legal/render.ts';
import type { LegalRef, Status, Text } from '../../legal/types.ts';
import { renderRefs } from '../present.ts';
import { CLAUSES } from './clauses.ts';

export const ANSWERS = ['yes', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface QualificationRule {
  id: string;
  title: Text;
  /** What to ask for and how to check it. */
  ask: Text;
  /** The legal weight of the item, with the catalogue status it carries. */
  basis: Text;
  status: Status | 'good-practice';
  legal: readonly LegalRef[];
  /** Only for these clients (state organs, CII operators); absent: everyone. */
  clients?: readonly ClientKind[];
}

export const CLIENT_KINDS = ['state', 'cii', 'other'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export const QUALIFICATIONS: readonly QualificationRule[] = [
  {
    id: 'telecom-licence-b11',
    title: {
      zh: '增值电信业务经营许可证(含 B11 互联网数据中心业务)',
      en: 'Value-added telecom business licence covering B11 (internet data centre)',
    },
    ask: {
      zh: '向服务商索取许可证复印件，核对业务种类包含 B11(互联网数据中心业务，含互联网资源协作服务)和覆盖范围；使用 CDN 的，还应包含 B12(内容分发网络业务)。',
      en: 'Ask the provider for a copy of its licence and check that the services listed include B11 (internet data centre, including internet resource collaboration) and the area covered; if you use its CDN, B12 (content delivery network) too.',
    },
    basis: {
      zh: '经营电信业务须取得许可(电信条例第七条)；据公开解读，2015 年业务分类目录将云主机等“互联网资源协作服务”归入 B11。',
      en: 'Telecom business needs a licence (Telecommunications Regulations Art. 7); by public readings (reported), the 2015 catalogue puts cloud hosting ("internet resource collaboration") under B11.',
    },
    status: 'V-2ND',
    legal: [{ provision: 'telecom-7' }],
  },
  {
    id: 'iso27001',
    title: {
      zh: 'ISO/IEC 27001 信息安全管理体系认证',
      en: 'ISO/IEC 27001 information security certification',
    },
    ask: {
      zh: '索取证书，核对认证范围覆盖你使用的云服务和机房，证书在有效期内。',
      en: 'Ask for the certificate and check that its scope covers the cloud services and data centres you use and that it is current.',
    },
    basis: { zh: '良好实践，非法定要求。', en: 'Good practice, not a legal requirement.' },
    status: 'good-practice',
    legal: [],
  },
  {
    id: 'mlps',
    title: {
      zh: '云平台的网络安全等级保护定级、备案与测评',
      en: 'The cloud platform’s MLPS grading, filing and assessment',
    },
    ask: {
      zh: '询问云平台的等级保护级别并索取备案证明和最近的测评结论；你自己的系统若须定级，云平台的级别不应低于你的系统。',
      en: 'Ask for the platform’s MLPS level, its filing certificate and the latest assessment result; if your own system is graded, the platform should be graded no lower than it.',
    },
    basis: {
      zh: '网络运营者须按等级保护制度履行安全保护义务(网络安全法第二十三条)；二级以上定级备案和测评周期的具体规则未能从本产品的法规目录核实，此处作为良好实践列出。',
      en: 'Network operators must meet their duties under the Multi-Level Protection Scheme (CSL Art. 23); the filing rule for level 2+ and the testing interval could not be confirmed in hegui’s catalogue, so they are listed here as good practice.',
    },
    status: 'V-TEXT',
    legal: [{ provision: 'csl-23' }],
  },
  {
    id: 'client-data-consent',
    title: {
      zh: '未经同意不得访问、留存、使用客户数据的承诺',
      en: 'A commitment not to access, keep or use client data without consent',
    },
    ask: {
      zh: '要求协议写明：未经你同意，服务商不得访问、获取、留存、使用、泄露或向他人提供你的数据。',
      en: 'Require the agreement to say that without your consent the provider will not access, obtain, keep, use, disclose or pass on your data.',
    },
    basis: {
      zh: '为国家机关、关键信息基础设施运营者提供服务的，法律明确禁止未经同意处理其数据(网络数据安全管理条例第十六条)。',
      en: 'For providers serving state organs and CII operators the law forbids handling their data without consent (Network Data Security Management Regulations Art. 16).',
    },
    status: 'V-TEXT',
    legal: [{ provision: 'ndsr-16' }],
    clients: ['state', 'cii'],
  },
];

export interface ProviderInput {
  /** The user's answers per qualification id; absent: unknown. */
  answers: Partial<Record<string, Answer>>;
  client: ClientKind;
  /** The agreement's text, when one was given. */
  agreement?: { file: string; text: string };
}

export interface ClauseResult {
  id: string;
  title: string;
  found: boolean;
  /** The paragraph that matched (trimmed), and its paragraph number. */
  quote?: string;
  paragraph?: number;
  why: string;
  legal: FindingLegal[];
}

export interface ProviderReview {
  client: ClientKind;
  qualifications: {
    id: string;
    title: string;
    answer: Answer;
    ask: string;
    basis: string;
    status: QualificationRule['status'];
    legal: FindingLegal[];
  }[];
  agreement?: { file: string; paragraphs: number; clauses: ClauseResult[]; missing: string[] };
}

const MAX_QUOTE = 240;
const SHORT_HEADING = 24;

/** Paragraphs: blank-line blocks, or numbered clause lines ("第三条", "3.", "3.1", "(三)"). */
export function paragraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const p = current.join(' ').replace(/\s+/g, ' ').trim();
    if (p !== '') out.push(p);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else if (
      /^\s*(第[一二三四五六七八九十百零〇\d]+[条章节]|\d+(\.\d+)*[.、)\s]|[(（][一二三四五六七八九十\d]+[)）]|#+\s)/.test(
        line,
      )
    ) {
      flush();
      current.push(line.trim());
    } else current.push(line.trim());
  }
  flush();
  return out;
}

function quote(p: string): string {
  return p.length <= MAX_QUOTE ? p : `${p.slice(0, MAX_QUOTE - 1)}…`;
}

export function reviewAgreement(text: string, lang: Lang, date: string): ClauseResult[] {
  const paras = paragraphs(text);
  return CLAUSES.map((rule) => {
    const index = paras.findIndex((p) => rule.patterns.some((re) => re.test(p)));
    // A clause heading alone ("第四条 违规处理") is quoted with the paragraph that follows it.
    const hit = paras[index];
    const text =
      hit !== undefined && hit.length < SHORT_HEADING && index + 1 < paras.length
        ? `${hit} ${paras[index + 1]!}`
        : hit;
    return {
      id: rule.id,
      title: rule.title[lang],
      found: index >= 0,
      ...(text === undefined ? {} : { quote: quote(text), paragraph: index + 1 }),
      why: rule.why[lang],
      legal: renderRefs(rule.legal, lang, date),
    };
  });
}

export function reviewProvider(input: ProviderInput, lang: Lang, date: string): ProviderReview {
  const qualifications = QUALIFICATIONS.filter(
    (q) => q.clients === undefined || q.clients.includes(input.client),
  ).map((q) => ({
    id: q.id,
    title: q.title[lang],
    answer: input.answers[q.id] ?? 'unknown',
    ask: q.ask[lang],
    basis: q.basis[lang],
    status: q.status,
    legal: renderRefs(q.legal, lang, date),
  }));
  if (!input.agreement) return { client: input.client, qualifications };
  const clauses = reviewAgreement(input.agreement.text, lang, date);
  return {
    client: input.client,
    qualifications,
    agreement: {
      file: input.agreement.file,
      paragraphs: paragraphs(input.agreement.text).length,
      clauses,
      missing: clauses.filter((c) => !c.found).map((c) => c.id),
    },
  };
}
