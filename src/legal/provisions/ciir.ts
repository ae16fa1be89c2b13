/**
 * 关键信息基础设施安全保护条例 — Regulations on the Security Protection of Critical Information
 * Infrastructure (S-CIIR, in force 2021-09-01). Catalogue §5b, V-TEXT for Arts. 2, 18, 39, 40.
 */
import type { Provision } from '../types.ts';

export const CIIR_PROVISIONS: Provision[] = [
  {
    id: 'ciir-18',
    law: 'ciir',
    title: {
      zh: '关键信息基础设施安全保护条例',
      en: 'Regulations on the Security Protection of Critical Information Infrastructure',
    },
    shortTitle: { zh: '关键信息基础设施安全保护条例', en: 'CII Security Protection Regulations' },
    numbering: [{ article: '18' }],
    clauseUnit: 'paragraph',
    effective: '2021-09-01',
    heading: {
      zh: '关键信息基础设施运营者报告重大安全事件',
      en: 'CII operators report major incidents and threats',
    },
    summary: {
      zh: '关键信息基础设施发生重大网络安全事件或者发现重大网络安全威胁时，运营者应当按照有关规定向保护工作部门和公安机关报告。',
      en: 'When critical information infrastructure suffers a major cybersecurity incident, or the operator finds a major threat, it must report to the protection department and the police as required.',
    },
    duties: ['cii-operator'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '第四十条', en: 'Art. 40' },
        status: 'V-TEXT',
        text: {
          zh: '责令改正并给予警告；拒不改正或者导致危害网络安全等后果的，处10万元至100万元罚款，对直接负责的人员处1万元至10万元罚款。',
          en: 'an order to correct and a warning; if the operator refuses or harm results, RMB 100,000–1,000,000, and RMB 10,000–100,000 for the persons directly responsible.',
        },
      },
    ],
    status: 'V-TEXT',
    source: 'S-CIIR',
    related: ['irm-4', 'csl-27'],
  },
];
