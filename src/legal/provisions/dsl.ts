/**
 * 数据安全法 — Data Security Law (S-DSL, 2021 text, in force 2021-09-01). Catalogue §2, V-TEXT.
 */
import type { Penalty, Provision } from '../types.ts';

const DSL = {
  law: 'dsl',
  title: { zh: '中华人民共和国数据安全法', en: 'Data Security Law of the PRC' },
  shortTitle: { zh: '数据安全法', en: 'Data Security Law' },
  effective: '2021-09-01',
  source: 'S-DSL',
  status: 'V-TEXT',
} as const;

const ART_45_1: Penalty = {
  under: { zh: '第四十五条第一款', en: 'Art. 45 para. 1' },
  status: 'V-TEXT',
  text: {
    zh: '责令改正并给予警告，可以并处5万元至50万元罚款，对直接负责的人员可以处1万元至10万元罚款；拒不改正或者造成大量数据泄露等严重后果的，处50万元至200万元罚款，可以责令暂停相关业务、停业整顿、吊销许可证或营业执照，对直接负责的人员处5万元至20万元罚款。',
    en: 'an order to correct and a warning, possibly with RMB 50,000–500,000, and RMB 10,000–100,000 for the persons directly responsible; if the handler refuses or large-scale data leakage or similar serious harm results, RMB 500,000–2,000,000, possible suspension or revocation of licences, and RMB 50,000–200,000 for the persons directly responsible.',
  },
};

export const DSL_PROVISIONS: Provision[] = [
  {
    ...DSL,
    id: 'dsl-21',
    numbering: [{ article: '21' }],
    clauseUnit: 'paragraph',
    heading: { zh: '数据分类分级保护制度', en: 'Protecting data by category and level' },
    summary: {
      zh: '国家按数据的重要程度以及遭到篡改、破坏、泄露或非法获取、利用时的危害程度，对数据实行分类分级保护；制定重要数据目录，加强对重要数据的保护；关系国家安全、国民经济命脉、重要民生和重大公共利益的数据属于国家核心数据，实行更严格的管理；各地区、各部门确定本地区、本部门和相关行业、领域的重要数据具体目录。',
      en: 'The state protects data by category and level, according to its importance and the harm that tampering, destruction, leakage or unlawful access or use would cause; important-data catalogues are drawn up and important data is better protected; data bearing on national security, the lifelines of the economy, key livelihoods and major public interests is national core data under stricter control; regions and departments set the specific important-data catalogues of their areas and sectors.',
    },
    duties: ['data-handler', 'important-data-handler'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '第四十五条第二款(国家核心数据)', en: 'Art. 45 para. 2 (national core data)' },
        status: 'V-TEXT',
        text: {
          zh: '违反国家核心数据管理制度，危害国家主权、安全和发展利益的，处200万元至1000万元罚款，并可责令暂停相关业务、停业整顿、吊销许可证或营业执照；行为可能达到刑法规定标准的，另由司法机关依法认定刑事责任。',
          en: 'breaching the national core-data regime in a way that harms national sovereignty, security or development interests: RMB 2,000,000–10,000,000, with possible suspension or revocation of licences; where the conduct may meet a criminal threshold, criminal liability is for the courts to decide.',
        },
      },
    ],
    related: ['dsl-27', 'ndsr-28'],
  },
  {
    ...DSL,
    id: 'dsl-27',
    numbering: [{ article: '27' }],
    clauseUnit: 'paragraph',
    heading: { zh: '数据安全管理制度与技术措施', en: 'Data-security management and technical safeguards' },
    summary: {
      zh: '开展数据处理活动应当建立覆盖全流程的数据安全管理制度，组织安全教育培训，采取相应的技术措施；通过网络处理数据的，在网络安全等级保护制度的基础上履行上述义务；重要数据的处理者应当明确安全负责人和管理机构。',
      en: 'Data handlers need end-to-end data-security management, staff training and suitable technical safeguards; when data is processed over networks these duties sit on top of the Multi-Level Protection Scheme; handlers of important data must name a responsible person and unit.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '全流程数据安全管理、培训和技术措施(以等级保护为基础)。',
          en: 'End-to-end data-security management, training and safeguards (on top of MLPS).',
        },
      },
      '2': {
        summary: {
          zh: '重要数据处理者明确负责人和管理机构。',
          en: 'Handlers of important data name a responsible person and unit.',
        },
      },
    },
    duties: ['data-handler', 'important-data-handler'],
    liability: ['administrative'],
    penalties: [ART_45_1],
    related: ['dsl-45', 'csl-23', 'ndsr-9'],
  },
  {
    ...DSL,
    id: 'dsl-29',
    numbering: [{ article: '29' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '数据安全风险监测与事件处置、告知、报告',
      en: 'Risk monitoring; handling, notice and report of data incidents',
    },
    summary: {
      zh: '开展数据处理活动应当加强风险监测，发现数据安全缺陷、漏洞等风险时立即采取补救措施；发生数据安全事件时，立即采取处置措施，按照规定及时告知用户并向有关主管部门报告。',
      en: 'Data handlers must monitor risk and remedy flaws and vulnerabilities at once; when a data-security incident happens they must act immediately, tell users in time and report to the competent authority as required.',
    },
    duties: ['data-handler'],
    liability: ['administrative'],
    penalties: [ART_45_1],
    related: ['dsl-45', 'csl-27', 'irm-4'],
  },
  {
    ...DSL,
    id: 'dsl-45',
    numbering: [{ article: '45' }],
    clauseUnit: 'paragraph',
    heading: { zh: '违反数据安全保护义务的处罚', en: 'Penalties for failing data-security duties' },
    summary: {
      zh: '违反第二十七条、第二十九条、第三十条数据安全保护义务的，由主管部门责令改正、警告并处罚款，造成大量数据泄露等后果的加重处罚；违反国家核心数据管理制度、危害国家主权、安全和发展利益的，处以更高罚款。',
      en: 'Penalties for breaching the data-security duties of Arts. 27, 29 and 30: correction orders, warnings and fines, heavier where large-scale leakage or similar harm results; much higher fines for breaching the national core-data regime to the detriment of national sovereignty, security or development interests.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '违反第二十七条、第二十九条、第三十条的处罚。',
          en: 'Breaches of Arts. 27, 29 and 30.',
        },
        liability: ['administrative'],
      },
      '2': {
        summary: { zh: '违反国家核心数据管理制度的处罚。', en: 'Breaches of the national core-data regime.' },
        liability: ['administrative', 'criminal'],
      },
    },
    duties: ['data-handler'],
    liability: ['administrative', 'criminal'],
    penalties: [
      ART_45_1,
      {
        under: { zh: '第四十五条第二款', en: 'Art. 45 para. 2' },
        status: 'V-TEXT',
        text: {
          zh: '违反国家核心数据管理制度、危害国家主权、安全和发展利益的，处200万元至1000万元罚款，并根据情况责令暂停相关业务、停业整顿、吊销许可证或营业执照；行为可能达到刑法入罪标准的，可能被追究刑事责任。',
          en: 'breaching the core-data regime to the detriment of national sovereignty, security or development interests: RMB 2,000,000–10,000,000, with suspension or revocation of licences as the case requires; where the conduct may meet a criminal threshold, criminal liability may follow.',
        },
      },
    ],
    related: ['dsl-27', 'dsl-29'],
  },
  {
    ...DSL,
    id: 'dsl-46',
    numbering: [{ article: '46' }],
    clauseUnit: 'paragraph',
    heading: { zh: '违法向境外提供重要数据的处罚', en: 'Penalties for exporting important data unlawfully' },
    summary: {
      zh: '违反第三十一条向境外提供重要数据的，由主管部门责令改正、警告并可处罚款，情节严重的加重处罚。',
      en: 'Penalties for sending important data abroad in breach of Art. 31: correction order, warning and possible fine, heavier in serious cases.',
    },
    duties: ['data-handler', 'important-data-handler'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '第四十六条', en: 'Art. 46' },
        status: 'V-TEXT',
        text: {
          zh: '责令改正并给予警告，可以并处10万元至100万元罚款，对直接负责的人员可以处1万元至10万元罚款；情节严重的，处100万元至1000万元罚款，可以责令暂停相关业务、停业整顿、吊销许可证或营业执照，对直接负责的人员处10万元至100万元罚款。',
          en: 'an order to correct and a warning, possibly with RMB 100,000–1,000,000, and RMB 10,000–100,000 for the persons directly responsible; in serious cases RMB 1,000,000–10,000,000, possible suspension or revocation of licences, and RMB 100,000–1,000,000 for the persons directly responsible.',
        },
      },
    ],
    related: ['xborder-7', 'csl-39'],
  },
  {
    ...DSL,
    id: 'dsl-36',
    numbering: [{ article: '36' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '未经批准不得向外国司法或执法机构提供数据',
      en: 'No data to foreign courts or law enforcement without approval',
    },
    summary: {
      zh: '非经中华人民共和国主管机关批准，境内的组织、个人不得向外国司法或者执法机构提供存储于境内的数据。',
      en: 'Without the approval of the competent PRC authority, no organisation or individual in China may hand data stored in China to a foreign court or law-enforcement body.',
    },
    duties: ['data-handler'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '第四十八条第二款', en: 'Art. 48 para. 2' },
        status: 'V-TEXT',
        text: {
          zh: '给予警告，可以并处10万元至100万元罚款；造成严重后果的，处100万元至500万元罚款；对直接负责的人员可处5万元至50万元罚款。',
          en: 'a warning, possibly with RMB 100,000–1,000,000; with serious consequences RMB 1,000,000–5,000,000; the persons directly responsible may be fined RMB 50,000–500,000.',
        },
      },
    ],
    related: ['dsl-46'],
  },
];
