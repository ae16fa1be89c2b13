/**
 * 促进和规范数据跨境流动规定 — Provisions on Promoting and Regulating Cross-Border Data Flows (S-XB2024,
 * CAC Order No. 16, in force 2024-03-22). Catalogue §5a: Arts. 5(4), 7, 8 seen with their wording, V-OFF.
 */
import type { Fact, Penalty, Provision } from '../types.ts';

const XBORDER = {
  law: 'xborder',
  title: {
    zh: '促进和规范数据跨境流动规定',
    en: 'Provisions on Promoting and Regulating Cross-Border Data Flows',
  },
  shortTitle: { zh: '促进和规范数据跨境流动规定', en: 'Cross-Border Data Flow Provisions' },
  effective: '2024-03-22',
  source: 'S-XB2024',
  status: 'V-OFF',
  duties: ['pi-handler', 'data-handler'],
  liability: ['administrative'],
} as const;

const VIA_LAWS: Penalty = {
  under: { zh: '适用的罚则', en: 'applicable penalties' },
  status: 'V-TEXT',
  text: {
    zh: '本规定自身不设罚款档次；个人信息违规出境依照个人信息保护法第六十六条处罚，重要数据违规出境依照数据安全法第四十六条处罚。',
    en: 'the Provisions carry no fine scale of their own; unlawful exports of personal information are punished under PIPL Art. 66, of important data under DSL Art. 46.',
  },
};

/** Catalogue §5a: the numbers of Arts. 3, 4 and 6 come from commentary; their substance from the CAC announcement. */
function reportedNumber(article: string, zhNumeral: string): Fact {
  return {
    status: 'V-2ND',
    text: {
      zh: `本条条号(第${zhNumeral}条)取自公开解读；内容依据国家网信办发布的公告。`,
      en: `The article number (Art. ${article}) comes from commentary; the substance from the CAC announcement.`,
    },
  };
}

export const XBORDER_PROVISIONS: Provision[] = [
  {
    ...XBORDER,
    id: 'xborder-3',
    numbering: [{ article: '3' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '不含个人信息和重要数据的业务数据出境',
      en: 'Business data that holds no personal information or important data',
    },
    summary: {
      zh: '国际贸易、跨境运输、学术合作、跨国生产制造和市场营销等活动中收集和产生的数据向境外提供，不包含个人信息或者重要数据的，免于申报安全评估、订立标准合同和通过认证。',
      en: 'Data collected or produced in international trade, cross-border transport, academic cooperation, or multinational manufacturing and marketing may go abroad without an assessment, standard contract or certification when it contains no personal information and no important data.',
    },
    penalties: [VIA_LAWS],
    notes: [reportedNumber('3', '三')],
    related: ['xborder-5'],
  },
  {
    ...XBORDER,
    id: 'xborder-4',
    numbering: [{ article: '4' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '境外收集、境内处理后回传的个人信息',
      en: 'Personal information collected abroad, processed in China and sent back',
    },
    summary: {
      zh: '在境外收集和产生的个人信息传输至境内处理后向境外提供，处理过程中没有引入境内个人信息或者重要数据的，免于申报安全评估、订立标准合同和通过认证。',
      en: 'Personal information collected abroad, processed in China and sent back abroad needs no assessment, standard contract or certification, provided no personal information or important data from China was added in processing.',
    },
    penalties: [VIA_LAWS],
    notes: [reportedNumber('4', '四')],
    related: ['xborder-5'],
  },
  {
    ...XBORDER,
    id: 'xborder-6',
    numbering: [{ article: '6' }],
    clauseUnit: 'paragraph',
    heading: { zh: '自由贸易试验区负面清单', en: 'Free-trade-zone negative lists' },
    summary: {
      zh: '自由贸易试验区内的数据处理者向境外提供该区负面清单以外的数据，免于申报安全评估、订立标准合同和通过认证。',
      en: 'A handler in a pilot free-trade zone may send abroad data that is not on the zone’s negative list without an assessment, standard contract or certification.',
    },
    penalties: [VIA_LAWS],
    notes: [reportedNumber('6', '六')],
    related: ['xborder-5'],
  },
  {
    ...XBORDER,
    id: 'xborder-5',
    numbering: [{ article: '5' }],
    clauseUnit: 'item',
    heading: {
      zh: '免于安全评估、标准合同和认证的情形',
      en: 'Exports exempt from assessment, standard contract and certification',
    },
    summary: {
      zh: '下列情形向境外提供个人信息，免于申报安全评估、订立标准合同和通过认证：订立、履行个人作为一方当事人的合同所必需；按依法制定的劳动规章和集体合同实施跨境人力资源管理所必需；紧急情况下为保护自然人生命健康和财产安全所必需；关键信息基础设施运营者以外的处理者自当年1月1日起累计向境外提供不满10万人个人信息(不含敏感个人信息)。',
      en: 'Personal information may go abroad without an assessment, standard contract or certification when it is necessary for a contract to which the individual is a party, for cross-border HR management under lawful labour rules, or to protect life, health or property in an emergency; or when a handler that is not a CIIO has sent abroad, since 1 January of the current year, the personal information (not sensitive) of fewer than 100,000 people.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '订立、履行个人作为一方当事人的合同所必需。',
          en: 'Necessary to conclude or perform a contract to which the individual is a party.',
        },
      },
      '2': {
        summary: {
          zh: '按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理所必需。',
          en: 'Necessary for cross-border HR management under lawfully made labour rules and collective contracts.',
        },
      },
      '3': {
        summary: {
          zh: '紧急情况下为保护自然人的生命健康和财产安全所必需。',
          en: 'Necessary in an emergency to protect people’s life, health or property.',
        },
      },
      '4': {
        summary: {
          zh: '非关键信息基础设施运营者当年累计不满10万人的非敏感个人信息；敏感个人信息不适用此项豁免。',
          en: 'Non-CIIOs: fewer than 100,000 people’s non-sensitive personal information this year; sensitive personal information is not covered.',
        },
      },
    },
    penalties: [VIA_LAWS],
    related: ['xborder-7', 'xborder-8', 'pipl-38'],
  },
  {
    ...XBORDER,
    id: 'xborder-7',
    numbering: [{ article: '7' }],
    clauseUnit: 'item',
    heading: { zh: '须申报数据出境安全评估的情形', en: 'Exports that need a security assessment' },
    summary: {
      zh: '关键信息基础设施运营者向境外提供个人信息或重要数据，以及其他处理者自当年1月1日起累计向境外提供100万人以上个人信息(不含敏感个人信息)或1万人以上敏感个人信息的，应当通过所在地省级网信部门向国家网信部门申报数据出境安全评估。',
      en: 'A CIIO sending any personal information or important data abroad, and any other handler that has sent abroad since 1 January of the current year the personal information (not sensitive) of 1,000,000 or more people, or the sensitive personal information of 10,000 or more people, must apply through the provincial CAC for a CAC security assessment.',
    },
    clauses: {
      '1': { summary: { zh: '关键信息基础设施运营者。', en: 'CII operators.' } },
      '2': {
        summary: {
          zh: '其他处理者达到100万人或1万人(敏感)的数量。',
          en: 'Other handlers at 1,000,000 people, or 10,000 for sensitive data.',
        },
      },
    },
    penalties: [VIA_LAWS],
    related: ['xborder-5', 'xborder-8', 'pipl-40', 'csl-39'],
  },
  {
    ...XBORDER,
    id: 'xborder-8',
    numbering: [{ article: '8' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '标准合同或个人信息保护认证的情形',
      en: 'Exports that need the standard contract or certification',
    },
    summary: {
      zh: '关键信息基础设施运营者以外的处理者，自当年1月1日起累计向境外提供10万人以上、不满100万人的个人信息(不含敏感个人信息)，或不满1万人的敏感个人信息的，应当订立个人信息出境标准合同或者通过个人信息保护认证。',
      en: 'A handler that is not a CIIO and has sent abroad since 1 January of the current year the personal information (not sensitive) of 100,000 to under 1,000,000 people, or the sensitive personal information of fewer than 10,000 people, must sign the standard contract or obtain personal-information protection certification.',
    },
    penalties: [VIA_LAWS],
    notes: [
      {
        status: 'UNVERIFIED',
        about: { zh: '标准合同的备案机关和期限', en: 'where and by when the standard contract is filed' },
        text: {
          zh: '标准合同的备案期限(例如10个工作日)未能确认。',
          en: 'The standard-contract filing deadline (e.g. 10 working days) was not confirmed.',
        },
      },
    ],
    related: ['xborder-5', 'xborder-7', 'pipl-38'],
  },
];
