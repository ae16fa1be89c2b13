/**
 * 网络数据安全管理条例 — Regulations on Network Data Security Management (S-NDSR, State Council Decree
 * No. 790, in force 2025-01-01). Catalogue §8d, V-TEXT.
 */
import type { Penalty, Provision } from '../types.ts';

const NDSR = {
  law: 'ndsr',
  title: { zh: '网络数据安全管理条例', en: 'Regulations on Network Data Security Management' },
  shortTitle: { zh: '网络数据安全管理条例', en: 'Network Data Security Management Regulations' },
  effective: '2025-01-01',
  source: 'S-NDSR',
  status: 'V-TEXT',
  liability: ['administrative'],
} as const;

const ART_58: Penalty = {
  under: { zh: '第五十八条', en: 'Art. 58' },
  status: 'V-TEXT',
  text: {
    zh: '本条例对此不另设罚款档次，依照网络安全法、数据安全法、个人信息保护法等法律的有关规定处罚。',
    en: 'no separate scale in these Regulations: the penalties of the Cybersecurity Law, Data Security Law and PIPL apply.',
  },
};

const ART_55: Penalty = {
  under: { zh: '第五十五条', en: 'Art. 55' },
  status: 'V-TEXT',
  text: {
    zh: '责令改正，给予警告，没收违法所得；拒不改正或者情节严重的，处100万元以下罚款，可以责令暂停相关业务、停业整顿、吊销相关许可证或营业执照，对直接负责的人员处1万元至10万元罚款。',
    en: 'an order to correct, a warning and confiscation of gains; if the handler refuses or the case is serious, a fine of up to RMB 1,000,000, possible suspension or revocation of licences, and RMB 10,000–100,000 for the persons directly responsible.',
  },
};

export const NDSR_PROVISIONS: Provision[] = [
  {
    ...NDSR,
    id: 'ndsr-9',
    numbering: [{ article: '9' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '在等级保护基础上的数据安全技术措施',
      en: 'Data-security measures on top of the Multi-Level Protection Scheme',
    },
    summary: {
      zh: '网络数据处理者应当在网络安全等级保护的基础上，建立健全数据安全管理制度，采取加密、备份、访问控制、安全认证等技术措施，防范数据被篡改、破坏、泄露或者非法获取、非法利用，处置数据安全事件；处理者对其数据安全负主体责任。',
      en: 'Network data handlers must, on top of the Multi-Level Protection Scheme, run a data-security management system and use encryption, backup, access control, authentication and other technical measures against tampering, destruction, leaks and unlawful access or use, and must handle data-security incidents; the handler bears primary responsibility for its data.',
    },
    duties: ['data-handler'],
    penalties: [ART_58],
    related: ['csl-23', 'dsl-27', 'pipl-51'],
  },
  {
    ...NDSR,
    id: 'ndsr-10',
    numbering: [{ article: '10' }],
    clauseUnit: 'paragraph',
    heading: { zh: '产品和服务的安全漏洞处置', en: 'Handling vulnerabilities in products and services' },
    summary: {
      zh: '发现网络产品、服务存在安全缺陷、漏洞等风险时，应当立即采取补救措施，告知用户并报告；涉及国家安全或公共利益的，应当在24小时内向有关主管部门报告。',
      en: 'On finding a flaw or vulnerability in a network product or service, remedy it at once, tell users and report; where national security or the public interest is involved, report to the competent authority within 24 hours.',
    },
    duties: ['data-handler', 'product-provider'],
    penalties: [ART_58],
    related: ['csl-24'],
  },
  {
    ...NDSR,
    id: 'ndsr-11',
    numbering: [{ article: '11' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '数据安全事件应急预案、处置、报告与通知',
      en: 'Data-incident plan, handling, report and notice',
    },
    summary: {
      zh: '网络数据处理者应当制定数据安全事件应急预案；发生数据安全事件时立即启动预案、采取措施防止危害扩大并按规定报告；事件对个人、组织合法权益造成危害的，应当通过电话、短信、即时通信、电子邮件或公告等方式及时通知利害关系人；涉嫌违法犯罪的，向公安机关、国家安全机关报案。',
      en: 'Network data handlers must have a data-security incident plan; when an incident happens they activate it, contain the harm and report as required; where it harms people’s or organisations’ rights they notify those affected promptly by phone, SMS, instant message, e-mail or public notice; suspected offences are reported to the police or state security.',
    },
    clauses: {
      '1': {
        summary: { zh: '应急预案；启动、处置、报告。', en: 'Incident plan; activate, contain, report.' },
      },
      '2': { summary: { zh: '通知受影响的个人和组织。', en: 'Notify affected people and organisations.' } },
    },
    duties: ['data-handler'],
    penalties: [ART_58],
    related: ['csl-27', 'dsl-29', 'pipl-57', 'irm-4'],
  },
  {
    ...NDSR,
    id: 'ndsr-12',
    numbering: [{ article: '12' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '委托处理、向他人提供个人信息和重要数据时的约定与监督',
      en: 'Agreements and oversight when personal information or important data is outsourced or shared',
    },
    summary: {
      zh: '网络数据处理者委托他人处理、或向他人提供个人信息和重要数据的，应当与对方约定处理目的、方式、范围和安全保护义务等，并对其履行情况进行监督；相关处理情况的记录至少保存3年。',
      en: 'A network data handler that has others process, or gives others, personal information or important data must agree with them the purpose, manner, scope and security duties, and oversee how they perform; records of that processing are kept for at least 3 years.',
    },
    duties: ['data-handler'],
    penalties: [ART_55],
    related: ['ndsr-16', 'pipl-55'],
  },
  {
    ...NDSR,
    id: 'ndsr-16',
    numbering: [{ article: '16' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '为国家机关、关键信息基础设施运营者提供服务时不得擅自处理其数据',
      en: 'Providers serving state organs or CII operators may not handle their data without consent',
    },
    summary: {
      zh: '为国家机关、关键信息基础设施运营者提供服务，或参与其网络建设、运行和维护的网络数据处理者，未经委托方同意，不得访问、获取、留存、使用、泄露或者向他人提供相关网络数据。',
      en: 'A network data handler that provides services to state organs or critical-information-infrastructure operators, or helps build, run or maintain their networks, may not access, obtain, keep, use, disclose or pass on their network data without the client’s consent.',
    },
    duties: ['data-handler', 'service-provider'],
    penalties: [ART_55],
    related: ['ndsr-12'],
  },
  {
    ...NDSR,
    id: 'ndsr-18',
    numbering: [{ article: '18' }],
    clauseUnit: 'paragraph',
    heading: { zh: '自动化工具收集网络数据', en: 'Collecting network data with automated tools' },
    summary: {
      zh: '使用自动化工具(如爬虫)访问、收集网络数据的，应当评估对网络服务的影响，不得非法侵入他人网络，不得干扰网络服务正常运行。',
      en: 'Anyone using automated tools (such as crawlers) to access or collect network data must assess the effect on the network services concerned, must not intrude into others’ networks and must not disrupt their normal operation.',
    },
    duties: ['data-handler'],
    penalties: [ART_55],
    related: ['csl-29', 'cl-285', 'cl-253-1'],
  },
  {
    ...NDSR,
    id: 'ndsr-28',
    numbering: [{ article: '28' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '处理1000万人以上个人信息的，适用重要数据处理者的部分义务',
      en: 'Handling the personal information of 10 million people or more brings some important-data duties',
    },
    summary: {
      zh: '处理1000万人以上个人信息的网络数据处理者，还应当遵守本条例关于重要数据处理者的第三十条(明确网络数据安全负责人和管理机构)和第三十二条(合并、分立、解散等情形的报告)的规定。',
      en: 'A network data handler that handles the personal information of 10 million people or more must also follow the rules for important-data handlers in Art. 30 (a named data-security officer and unit) and Art. 32 (reporting mergers, splits, dissolution and the like).',
    },
    duties: ['data-handler', 'pi-handler'],
    penalties: [
      {
        under: { zh: '第五十七条', en: 'Art. 57' },
        status: 'V-TEXT',
        text: {
          zh: '责令改正，给予警告，可以并处5万元至50万元罚款，对直接负责的人员可以处1万元至10万元罚款；拒不改正或者造成大量数据泄露等严重后果的，处50万元至200万元罚款，可以责令暂停相关业务、停业整顿、吊销许可证或营业执照，对直接负责的人员处5万元至20万元罚款。',
          en: 'an order to correct and a warning, possibly with RMB 50,000–500,000, and RMB 10,000–100,000 for the persons directly responsible; if the handler refuses or a large data leak or similar serious harm results, RMB 500,000–2,000,000, possible suspension or revocation of licences, and RMB 50,000–200,000 for the persons directly responsible.',
        },
      },
    ],
    related: ['dsl-21', 'dsl-27'],
  },
  {
    ...NDSR,
    id: 'ndsr-37',
    numbering: [{ article: '37' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '重要数据出境须经安全评估',
      en: 'Important data needs a security assessment before export',
    },
    summary: {
      zh: '网络数据处理者向境外提供重要数据，应当通过国家网信部门组织的数据出境安全评估；未被有关部门告知或者公开发布为重要数据的，不需要作为重要数据申报。',
      en: 'A network data handler sending important data abroad must pass the CAC data-export security assessment; data that the authorities have not notified or published as important need not be declared as important data.',
    },
    duties: ['data-handler', 'important-data-handler'],
    penalties: [ART_58],
    related: ['dsl-46', 'xborder-7'],
  },
];
