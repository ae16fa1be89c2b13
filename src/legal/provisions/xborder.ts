/**
 * 促进和规范数据跨境流动规定 — Provisions on Promoting and Regulating Cross-Border Data Flows (S-XB2024,
 * CAC Order No. 16, in force 2024-03-22). Catalogue §5a: Arts. 5(4), 7, 8 seen with their wording, V-OFF.
 */
import type { Penalty, Provision } from '../types.ts';

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

export const XBORDER_PROVISIONS: Provision[] = [
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
