/**
 * 电信条例 — Telecommunications Regulations (S-TEL, 2016 revision; in force 2000-09-25). Catalogue §8b.
 */
import type { Penalty, Provision } from '../types.ts';

const TELECOM = {
  law: 'telecom',
  title: { zh: '中华人民共和国电信条例', en: 'Telecommunications Regulations of the PRC' },
  shortTitle: { zh: '电信条例', en: 'Telecommunications Regulations' },
  effective: '2000-09-25',
  source: 'S-TEL',
  status: 'V-TEXT',
  liability: ['administrative'],
} as const;

const ART_69: Penalty = {
  under: { zh: '第六十九条', en: 'Art. 69' },
  status: 'V-TEXT',
  text: {
    zh: '由电信主管部门责令改正，没收违法所得，处违法所得3至5倍罚款；没有违法所得或者违法所得不足5万元的，处10万元至100万元罚款；情节严重的，责令停业整顿。',
    en: 'the telecom authority orders correction, confiscates gains and fines 3–5 times the gains; RMB 100,000–1,000,000 if there are no gains or they are under RMB 50,000; in serious cases the business is suspended.',
  },
};

export const TELECOM_PROVISIONS: Provision[] = [
  {
    ...TELECOM,
    id: 'telecom-7',
    numbering: [{ article: '7' }],
    clauseUnit: 'paragraph',
    heading: { zh: '电信业务经营许可', en: 'Telecom business licence' },
    summary: {
      zh: '国家对电信业务经营按照业务分类实行许可制度；经营电信业务必须取得电信业务经营许可证，未取得许可证的任何组织和个人不得从事电信业务经营活动。',
      en: 'Telecom business is licensed by category; operating any telecom business needs a telecom business licence, and no organisation or individual may operate one without it.',
    },
    duties: ['telecom-operator', 'anyone'],
    penalties: [ART_69],
    notes: [
      {
        status: 'V-2ND',
        source: 'S-TELCAT',
        text: {
          zh: '《电信业务分类目录(2015年版)》中，B11互联网数据中心业务包括互联网资源协作服务(云服务)，B12为内容分发网络业务。',
          en: 'in the 2015 Telecom Services Catalogue, B11 internet data centre business includes internet resource collaboration (cloud) services, and B12 is content delivery networks.',
        },
      },
      {
        status: 'UNVERIFIED',
        about: {
          zh: '未取得B11许可向第三方转售云服务器、VPS的定性',
          en: 'how reselling cloud servers or VPS without a B11 licence is treated',
        },
        text: {
          zh: '未取得B11许可向第三方转售云服务器或VPS属于无证经营电信业务。',
          en: 'Reselling cloud servers or VPS to third parties without a B11 licence is unlicensed telecom business.',
        },
      },
    ],
    related: ['telecom-69', 'iism-4', 'intlreg-6'],
  },
  {
    ...TELECOM,
    id: 'telecom-69',
    numbering: [{ article: '69' }],
    clauseUnit: 'item',
    heading: {
      zh: '擅自经营电信业务等行为的处罚',
      en: 'Penalties for unlicensed telecom business and similar acts',
    },
    summary: {
      zh: '擅自经营或者超范围经营电信业务，以及擅自经营国际或港澳台电信业务等行为，由电信主管部门责令改正、没收违法所得并处罚款，情节严重的停业整顿。',
      en: 'Penalties for operating telecom business without a licence or beyond its scope, or running unauthorised international or Hong Kong/Macao/Taiwan telecom business: correction order, confiscation of gains and fines, and suspension in serious cases.',
    },
    duties: ['telecom-operator', 'anyone'],
    penalties: [ART_69],
    related: ['telecom-7'],
  },
];
