/**
 * 互联网信息服务管理办法 — Measures for the Administration of Internet Information Services (S-ISP;
 * 2000, revised 2011; in force 2000-09-25). Catalogue §8a, V-TEXT.
 */
import type { Fact, Provision } from '../types.ts';

const IISM = {
  law: 'iism',
  title: {
    zh: '互联网信息服务管理办法',
    en: 'Measures for the Administration of Internet Information Services',
  },
  shortTitle: { zh: '互联网信息服务管理办法', en: 'Internet Information Services Measures' },
  effective: '2000-09-25',
  source: 'S-ISP',
  status: 'V-TEXT',
  duties: ['information-service-provider'],
} as const;

/** We read the 2011 revision; a later revision was not confirmed either way. */
const REVISION_NOTE: Fact = {
  status: 'UNVERIFIED',
  about: { zh: '2011年以后是否再次修订', en: 'whether the Measures were revised again after 2011' },
  text: {
    zh: '我们读到的是2011年修订本；此后是否再次修订未能确认。',
    en: 'We read the 2011 revision; whether it was revised again was not confirmed.',
  },
};

export const IISM_PROVISIONS: Provision[] = [
  {
    ...IISM,
    id: 'iism-4',
    numbering: [{ article: '4' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '经营性服务许可、非经营性服务备案',
      en: 'Licence for commercial, filing for non-commercial services',
    },
    summary: {
      zh: '国家对经营性互联网信息服务实行许可制度(ICP许可证)，对非经营性互联网信息服务实行备案制度(ICP备案)；未取得许可或未履行备案手续的，不得从事互联网信息服务。',
      en: 'Commercial internet information services need a licence (ICP licence) and non-commercial ones a filing (ICP filing); no internet information service may be provided without one.',
    },
    duties: ['information-service-provider'],
    liability: ['administrative'],
    penalties: [
      {
        under: {
          zh: '第十九条第一款(经营性服务未取得许可)',
          en: 'Art. 19 para. 1 (commercial service without a licence)',
        },
        status: 'V-TEXT',
        text: {
          zh: '责令限期改正，没收违法所得，处违法所得3至5倍罚款；没有违法所得或者违法所得不足5万元的，处10万元至100万元罚款；情节严重的，责令关闭网站。',
          en: 'an order to correct within a deadline, confiscation of gains and a fine of 3–5 times the gains; RMB 100,000–1,000,000 if there are no gains or they are under RMB 50,000; in serious cases the website is closed.',
        },
      },
      {
        under: {
          zh: '第十九条第二款(非经营性服务未备案)',
          en: 'Art. 19 para. 2 (non-commercial service without a filing)',
        },
        status: 'V-TEXT',
        text: {
          zh: '责令限期改正；拒不改正的，责令关闭网站。',
          en: 'an order to correct within a deadline; if the provider refuses, the website is closed.',
        },
      },
      {
        under: {
          zh: '非经营性互联网信息服务备案管理办法第二十二条',
          en: 'Non-commercial ICP Filing Measures, Art. 22',
        },
        status: 'V-OFF',
        source: 'S-BEIAN',
        text: {
          zh: '未备案的，责令限期改正并处1万元罚款；拒不改正的，关闭网站。超出备案项目提供服务的，处5000元至1万元罚款，拒不改正的关闭网站并注销备案。',
          en: 'no filing: an order to correct within a deadline and a fine of RMB 10,000; if the provider refuses, the website is closed. Serving beyond the filed scope: RMB 5,000–10,000, and closure with the filing cancelled if the provider refuses to correct.',
        },
      },
    ],
    notes: [REVISION_NOTE],
    related: ['telecom-7'],
  },
  {
    ...IISM,
    id: 'iism-14',
    numbering: [{ article: '14' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '发布信息和用户上网记录的留存(60日)',
      en: 'Records of published content and user sessions (kept 60 days)',
    },
    summary: {
      zh: '从事新闻、出版、电子公告等服务的提供者应当记录所发布的信息内容、发布时间、互联网地址或域名；互联网接入服务提供者应当记录用户上网时间、账号、互联网地址或域名、主叫电话号码等；记录备份保存60日，并在国家有关机关依法查询时提供。',
      en: 'Providers of news, publishing and bulletin-board services must record what is published, when, and the IP address or domain; access providers must record users’ online time, account, IP address or domain and calling number; the record backups are kept for 60 days and supplied to the authorities on lawful request.',
    },
    clauses: {
      '1': { summary: { zh: '应当记录的内容。', en: 'What must be recorded.' } },
      '2': { summary: { zh: '记录备份保存60日。', en: 'Record backups kept 60 days.' } },
    },
    duties: ['information-service-provider', 'service-provider'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '第二十一条', en: 'Art. 21' },
        status: 'V-TEXT',
        text: {
          zh: '责令改正；情节严重的，责令停业整顿或者暂时关闭网站。',
          en: 'an order to correct; in serious cases suspension of business or temporary closure of the website.',
        },
      },
    ],
    notes: [REVISION_NOTE],
    related: ['csl-23'],
  },
  {
    ...IISM,
    id: 'iism-15',
    numbering: [{ article: '15' }],
    clauseUnit: 'item',
    heading: {
      zh: '互联网信息服务禁止的九类内容',
      en: 'The nine kinds of content internet information services may not carry',
    },
    summary: {
      zh: '互联网信息服务提供者不得制作、复制、发布、传播九类信息，包括反对宪法基本原则、危害国家安全、损害国家荣誉、煽动民族仇恨、破坏宗教政策、散布谣言、散布淫秽色情赌博暴力凶杀恐怖或教唆犯罪、侮辱诽谤他人，以及法律法规禁止的其他内容。',
      en: 'Internet information service providers may not make, copy, publish or spread nine kinds of content, among them content against constitutional principles, endangering national security, harming national honour, inciting ethnic hatred, undermining religious policy, rumours, obscenity, pornography, gambling, violence, murder, terror or incitement to crime, insults and defamation, and other content banned by law.',
    },
    clauses: {
      '7': {
        summary: {
          zh: '散布淫秽、色情、赌博、暴力、凶杀、恐怖或者教唆犯罪。',
          en: 'Obscenity, pornography, gambling, violence, murder, terror or incitement to crime.',
        },
      },
    },
    duties: ['information-service-provider'],
    liability: ['administrative', 'criminal'],
    penalties: [
      {
        under: { zh: '第二十条', en: 'Art. 20' },
        status: 'V-TEXT',
        text: {
          zh: '行为可能达到刑法入罪标准的，依刑法处理；未达到的，由公安机关、国家安全机关依治安管理处罚法、国际联网安全保护管理办法等处罚；对经营性服务提供者还可责令停业整顿直至吊销许可证，对非经营性服务提供者可责令暂时关闭直至关闭网站。',
          en: 'conduct that may meet a criminal threshold is dealt with under the Criminal Law; otherwise the police or state security punish under the Public Security Administration Punishments Law, the International Networking Security Measures and similar rules; commercial providers may also be suspended up to licence revocation, non-commercial ones closed temporarily or for good.',
        },
      },
    ],
    notes: [REVISION_NOTE],
    related: ['iism-16', 'intlsec-5', 'csl-49', 'cl-303', 'cl-363'],
  },
  {
    ...IISM,
    id: 'iism-16',
    numbering: [{ article: '16' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '发现违法信息时停止传输、保存记录、报告',
      en: 'On finding prohibited content: stop, keep records, report',
    },
    summary: {
      zh: '互联网信息服务提供者发现其网站传输的信息明显属于第十五条所列内容的，应当立即停止传输，保存有关记录，并向国家有关机关报告。',
      en: 'A provider that finds its website carrying content that plainly falls under Art. 15 must stop transmitting it at once, keep the relevant records and report to the authorities.',
    },
    duties: ['information-service-provider'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '第二十三条', en: 'Art. 23' },
        status: 'V-TEXT',
        text: {
          zh: '责令改正；情节严重的，对经营性服务提供者吊销经营许可证，对非经营性服务提供者责令关闭网站。',
          en: 'an order to correct; in serious cases the commercial provider’s licence is revoked, or the non-commercial provider’s website is closed.',
        },
      },
    ],
    notes: [REVISION_NOTE],
    related: ['iism-15', 'csl-49'],
  },
  {
    ...IISM,
    id: 'iism-12',
    numbering: [{ article: '12' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '在网站主页显著位置标明许可证编号或备案编号',
      en: 'Licence or filing number shown prominently on the home page',
    },
    summary: {
      zh: '互联网信息服务提供者应当在其网站主页的显著位置标明其经营许可证编号或者备案编号。',
      en: 'An internet information service provider must show its licence number or filing number in a prominent place on its website’s home page.',
    },
    duties: ['information-service-provider'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '第二十二条', en: 'Art. 22' },
        status: 'V-TEXT',
        text: {
          zh: '责令改正，处5000元以上5万元以下罚款。',
          en: 'an order to correct and a fine of RMB 5,000–50,000.',
        },
      },
    ],
    notes: [REVISION_NOTE],
    related: ['iism-4'],
  },
];
