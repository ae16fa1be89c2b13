/**
 * 计算机信息系统安全保护条例 — Regulations on the Security Protection of Computer Information Systems
 * (S-CISR; 1994, revised 2011; in force 1994-02-18). Catalogue §8c, V-TEXT. The penalty article (Art. 20(3))
 * was read in the same S-CISR text.
 */
import type { Provision } from '../types.ts';

export const CISR_PROVISIONS: Provision[] = [
  {
    id: 'cisr-14',
    law: 'cisr',
    title: {
      zh: '中华人民共和国计算机信息系统安全保护条例',
      en: 'Regulations on the Security Protection of Computer Information Systems',
    },
    shortTitle: { zh: '计算机信息系统安全保护条例', en: 'Computer Information System Security Regulations' },
    numbering: [{ article: '14' }],
    clauseUnit: 'paragraph',
    effective: '1994-02-18',
    heading: {
      zh: '计算机信息系统中发生的案件24小时内报告公安机关',
      en: 'Cases in a computer system reported to the police within 24 hours',
    },
    summary: {
      zh: '计算机信息系统中发生的案件，有关使用单位应当在24小时内向当地县级以上公安机关报告。',
      en: 'When a case occurs in a computer information system, the organisation using it must report to the local police (county level or above) within 24 hours.',
    },
    duties: ['system-user'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '第二十条第三项', en: 'Art. 20(3)' },
        status: 'V-TEXT',
        text: {
          zh: '不按规定时间报告的，由公安机关处以警告或者停机整顿。',
          en: 'failing to report in time: a police warning or shutdown for rectification.',
        },
      },
    ],
    status: 'V-TEXT',
    source: 'S-CISR',
    related: ['csl-27', 'intlsec-10', 'irm-4'],
  },
];
