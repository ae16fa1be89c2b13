/**
 * 网络安全法 — Cybersecurity Law (S-CSL, 2016 text; amended 2025-10-28, amended text in force 2026-01-01).
 * Ids use the 2026 numbering. The +2 shift (old 19 … old 59 → new 21 … new 61) is confirmed by the
 * amendment decision only up to old Art. 59 → new Art. 61; later numbers are not invented here.
 * Summaries are our own words from shared/law/catalogue.md §1.
 */
import type { Numbering, Penalty, Provision, Text } from '../types.ts';

const NEW_FROM = '2026-01-01';
const OLD_FROM = '2017-06-01';
const OLD_UNTIL = '2025-12-31';

const CSL = {
  law: 'csl',
  title: { zh: '中华人民共和国网络安全法', en: 'Cybersecurity Law of the PRC' },
  shortTitle: { zh: '网络安全法', en: 'Cybersecurity Law' },
  effective: OLD_FROM,
  amended: { adopted: '2025-10-28', effective: NEW_FROM },
  source: 'S-CSL',
} as const;

/** The 2026 number from 2026-01-01, the 2016 number until 2025-12-31. */
function renumbered(current: number, former: number): Numbering[] {
  return [
    { article: String(current), from: NEW_FROM },
    { article: String(former), from: OLD_FROM, until: OLD_UNTIL },
  ];
}

const BEFORE_2026 = { until: OLD_UNTIL } as const;
const FROM_2026 = { from: NEW_FROM } as const;

const NEW_ARTICLE_UNCONFIRMED: Text = {
  zh: '修正后法律中的对应罚则(条文序号未核实)',
  en: 'the matching penalty article of the amended law (number not confirmed)',
};

/** Old Art. 59 para 1 → new Art. 61 para 1: failures of the MLPS (23) and incident-plan (27) duties. */
const MLPS_PENALTIES: Penalty[] = [
  {
    under: { zh: '第六十一条第一款', en: 'Art. 61 para. 1' },
    conduct: FROM_2026,
    status: 'V-OFF',
    source: 'S-CSL25-DEC',
    text: {
      zh: '责令改正并给予警告，可以同时处1万元至5万元罚款；拒不改正或者造成危害网络安全等后果的，处5万元至50万元罚款，对直接负责的人员处1万元至10万元罚款。',
      en: 'an order to correct and a warning, with a possible fine of RMB 10,000–50,000 at the first instance; if the operator refuses to correct or harm to network security results, RMB 50,000–500,000, and RMB 10,000–100,000 for the persons directly responsible.',
    },
  },
  {
    under: { zh: '第六十一条(加重情形)', en: 'Art. 61 (aggravated cases)' },
    conduct: FROM_2026,
    status: 'V-2ND',
    source: 'S-CSL25-SUM',
    text: {
      zh: '未履行安全保护义务并导致大量数据泄露、关键信息基础设施部分功能丧失等后果的，处50万元至200万元罚款，对责任人员处5万元至20万元罚款。',
      en: 'where the failure leads to large-scale data leakage or partial loss of critical-infrastructure functions: RMB 500,000–2,000,000, and RMB 50,000–200,000 for the responsible persons.',
    },
  },
  {
    under: { zh: '第六十一条(特别严重情形)', en: 'Art. 61 (especially serious cases)' },
    conduct: FROM_2026,
    status: 'V-2ND',
    source: 'S-CSL25-SUM',
    text: {
      zh: '导致关键信息基础设施主要功能丧失等特别严重后果的，处200万元至1000万元罚款，对责任人员处20万元至100万元罚款。',
      en: 'where main functions of critical information infrastructure are lost: RMB 2,000,000–10,000,000, and RMB 200,000–1,000,000 for the responsible persons.',
    },
  },
  {
    under: {
      zh: '第六十一条加重档次对非关键信息基础设施运营者的适用',
      en: 'whether the Art. 61 aggravated tiers reach operators that are not CIIOs',
    },
    conduct: FROM_2026,
    status: 'UNVERIFIED',
    text: {
      zh: '有解读认为200万元的上限同样适用于非关键信息基础设施运营者。',
      en: 'One commentary reads the RMB 2,000,000 cap as also reaching operators that are not CIIOs.',
    },
  },
  {
    under: { zh: '2016年文本第五十九条第一款', en: '2016 text Art. 59 para. 1' },
    conduct: BEFORE_2026,
    status: 'V-TEXT',
    text: {
      zh: '责令改正并给予警告；拒不改正或者造成危害网络安全等后果的，处1万元至10万元罚款，对直接负责的人员处5千元至5万元罚款。',
      en: 'an order to correct and a warning; if the operator refuses to correct or harm results, RMB 10,000–100,000, and RMB 5,000–50,000 for the persons directly responsible.',
    },
  },
];

export const CSL_PROVISIONS: Provision[] = [
  {
    ...CSL,
    id: 'csl-11',
    numbering: renumbered(11, 10),
    clauseUnit: 'paragraph',
    heading: { zh: '网络安全的一般保障义务', en: 'General duty to keep networks secure' },
    summary: {
      zh: '建设、运营网络或者通过网络提供服务的，应当按照法律、行政法规和强制性国家标准，采取技术措施和其他必要措施保障网络安全、稳定运行。',
      en: 'Whoever builds or runs a network, or provides services over one, must take the technical and other measures that laws, regulations and mandatory national standards require to keep it secure and stable.',
    },
    duties: ['network-operator'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '本条', en: 'this article' },
        status: 'V-TEXT',
        text: {
          zh: '本条是一般性义务，没有单独的罚则；处罚通常经由具体义务(如第二十三条、第二十七条)和第六十一条(原第五十九条)实施。',
          en: 'A general duty without a penalty of its own; sanctions normally follow from the specific duties (e.g. Arts. 23 and 27) through Art. 61 (formerly Art. 59).',
        },
      },
    ],
    status: 'V-TEXT',
    related: ['csl-23', 'csl-61'],
  },
  {
    ...CSL,
    id: 'csl-23',
    numbering: renumbered(23, 21),
    clauseUnit: 'item',
    heading: {
      zh: '网络安全等级保护义务与网络日志留存',
      en: 'Multi-Level Protection duties and network-log retention',
    },
    summary: {
      zh: '网络运营者应当按照网络安全等级保护制度履行安全保护义务：确定安全负责人和内部制度，采取防病毒、防攻击和防侵入的技术措施，监测并记录网络运行状态和安全事件且网络日志留存不少于六个月，对数据分类并对重要数据备份和加密。',
      en: 'Network operators must meet the Multi-Level Protection Scheme: name a security owner and set internal rules, run anti-malware and anti-intrusion measures, monitor and record network state and security events while keeping network logs for at least six months, and classify data, backing up and encrypting important data.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '制定内部安全管理制度和操作规程，确定网络安全负责人。',
          en: 'Internal security rules and procedures; a named person responsible for network security.',
        },
      },
      '2': {
        summary: {
          zh: '采取防范计算机病毒、网络攻击和网络侵入的技术措施。',
          en: 'Technical measures against malware, network attacks and intrusion.',
        },
      },
      '3': {
        summary: {
          zh: '采取监测、记录网络运行状态和安全事件的技术措施，网络日志留存不少于六个月。',
          en: 'Technical measures that monitor and record network state and security events; network logs kept for at least six months.',
        },
      },
      '4': {
        summary: {
          zh: '采取数据分类、重要数据备份和加密等措施。',
          en: 'Data classification, and backup and encryption of important data.',
        },
      },
    },
    duties: ['network-operator'],
    liability: ['administrative'],
    penalties: MLPS_PENALTIES,
    status: 'V-TEXT',
    related: ['csl-61', 'ndsr-9', 'dsl-27', 'intlsec-10'],
  },
  {
    ...CSL,
    id: 'csl-24',
    numbering: renumbered(24, 22),
    clauseUnit: 'paragraph',
    heading: {
      zh: '网络产品和服务的安全：恶意程序、漏洞处置、安全维护',
      en: 'Security of network products and services: malicious code, vulnerabilities, maintenance',
    },
    summary: {
      zh: '网络产品、服务不得设置恶意程序；提供者发现安全缺陷、漏洞时应立即采取补救措施，告知用户并向主管部门报告，并在约定期限内持续提供安全维护；产品具有收集用户信息功能的，应向用户明示并取得同意。',
      en: 'Network products and services may not carry malicious code; a provider that finds a flaw or vulnerability must remedy it at once, tell users and report it, and keep providing security maintenance for the agreed period; a product that collects user information must say so and obtain consent.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '不得设置恶意程序；发现漏洞立即补救、告知用户并报告。',
          en: 'No malicious code; remedy vulnerabilities at once, tell users and report.',
        },
      },
      '2': { summary: { zh: '持续提供安全维护。', en: 'Keep providing security maintenance.' } },
      '3': {
        summary: {
          zh: '收集用户信息须明示并取得同意。',
          en: 'Collecting user information requires notice and consent.',
        },
      },
    },
    duties: ['product-provider'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '2016年文本第六十条(第一、二款义务)', en: '2016 text Art. 60 (duties of paras. 1–2)' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '责令改正并给予警告；拒不改正或者造成危害网络安全等后果的，处5万元至50万元罚款，对直接负责的人员处1万元至10万元罚款。',
          en: 'an order to correct and a warning; if the provider refuses to correct or harm results, RMB 50,000–500,000, and RMB 10,000–100,000 for the persons directly responsible.',
        },
      },
      {
        under: { zh: '2016年文本第六十四条(第三款义务)', en: '2016 text Art. 64 (duty of para. 3)' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '责令改正，可以单处或者并处警告、没收违法所得、违法所得1至10倍罚款(没有违法所得的，100万元以下)；情节严重的，可以责令暂停业务、关闭网站、吊销许可证或营业执照；对直接负责的人员处1万元至10万元罚款。',
          en: 'an order to correct, with a warning, confiscation of gains and a fine of 1–10 times the gains (up to RMB 1,000,000 if there are none), alone or combined; in serious cases suspension, closure of the website or revocation of licences; RMB 10,000–100,000 for the persons directly responsible.',
        },
      },
      {
        under: NEW_ARTICLE_UNCONFIRMED,
        conduct: FROM_2026,
        status: 'UNVERIFIED',
        text: {
          zh: '修正后的罚则条文序号和数额。',
          en: 'The penalty article and amounts after the amendment.',
        },
      },
    ],
    status: 'V-TEXT',
  },
  {
    ...CSL,
    id: 'csl-26',
    numbering: renumbered(26, 24),
    clauseUnit: 'paragraph',
    heading: { zh: '网络服务的用户真实身份信息', en: 'Real-identity information of service users' },
    summary: {
      zh: '为用户办理网络接入、域名注册，或提供信息发布、即时通讯等服务时，应当要求用户提供真实身份信息；用户不提供的，不得为其提供服务。',
      en: 'When providing network access, domain registration, publishing or instant-messaging services, the provider must ask users for their real identity information, and must not serve users who do not give it.',
    },
    duties: ['service-provider', 'network-operator'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '2016年文本第六十一条', en: '2016 text Art. 61' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '责令改正；拒不改正或者情节严重的，处5万元至50万元罚款，并可以责令暂停业务、停业整顿、关闭网站、吊销许可证或营业执照；对直接负责的人员处1万元至10万元罚款。',
          en: 'an order to correct; if the provider refuses or the case is serious, RMB 50,000–500,000, possibly with suspension, closure of the website or revocation of licences; RMB 10,000–100,000 for the persons directly responsible.',
        },
      },
      {
        under: NEW_ARTICLE_UNCONFIRMED,
        conduct: FROM_2026,
        status: 'UNVERIFIED',
        text: {
          zh: '修正后的罚则条文序号和数额。',
          en: 'The penalty article and amounts after the amendment.',
        },
      },
    ],
    status: 'V-TEXT',
    related: ['cl-286-1'],
  },
  {
    ...CSL,
    id: 'csl-27',
    numbering: renumbered(27, 25),
    clauseUnit: 'paragraph',
    heading: { zh: '网络安全事件应急预案与处置', en: 'Incident response plan and handling of incidents' },
    summary: {
      zh: '网络运营者应当制定网络安全事件应急预案，及时处置系统漏洞、计算机病毒、网络攻击、网络侵入等风险；发生危害网络安全的事件时，立即启动预案、采取补救措施，并按规定向主管部门报告。',
      en: 'Network operators must have a cybersecurity incident response plan and deal promptly with vulnerabilities, malware, attacks and intrusions; when an incident happens they must activate the plan, remediate and report to the authorities as required.',
    },
    duties: ['network-operator'],
    liability: ['administrative'],
    penalties: MLPS_PENALTIES,
    status: 'V-TEXT',
    related: ['csl-61', 'irm-4', 'dsl-29', 'pipl-57', 'ndsr-11', 'cisr-14'],
  },
  {
    ...CSL,
    id: 'csl-29',
    numbering: renumbered(29, 27),
    clauseUnit: 'paragraph',
    heading: {
      zh: '禁止入侵他人网络、提供黑客工具或为其提供帮助',
      en: 'No intrusion, no hacking tools, no help to intruders',
    },
    summary: {
      zh: '任何人不得非法侵入他人网络、干扰他人网络正常功能、窃取网络数据，不得提供专门用于上述活动的程序和工具；明知他人从事此类活动的，不得为其提供技术支持、广告推广或支付结算等帮助。行为可能达到刑法入罪标准的，另见《刑法》第二百八十五条、第二百八十六条。',
      en: "No one may intrude into others' networks, disrupt their normal functions or steal network data, provide programs or tools made for such acts, or knowingly help such acts with technical support, advertising or payment services. Where the conduct may meet a criminal threshold, see Criminal Law Arts. 285 and 286.",
    },
    duties: ['anyone'],
    liability: ['administrative', 'criminal'],
    penalties: [
      {
        under: { zh: '2016年文本第六十三条', en: '2016 text Art. 63' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '尚未达到刑事追诉标准的：对个人没收违法所得，处5日以下拘留，可以并处5万元至50万元罚款；情节较重的，处5日至15日拘留，可以并处10万元至100万元罚款；对单位处10万元至100万元罚款，其直接责任人员依个人标准处罚。受治安管理处罚的人员5年内、受刑事处罚的人员终身不得从事网络安全管理和网络运营关键岗位工作。',
          en: 'where the conduct does not reach a criminal threshold: for individuals confiscation of gains and up to 5 days of detention, possibly with a fine of RMB 50,000–500,000; in more serious cases 5–15 days of detention, possibly with RMB 100,000–1,000,000; entities RMB 100,000–1,000,000, their responsible persons punished as individuals. Persons given an administrative punishment are barred from key network-security and network-operation posts for 5 years; persons given a criminal punishment, for life.',
        },
      },
      {
        under: NEW_ARTICLE_UNCONFIRMED,
        conduct: FROM_2026,
        status: 'V-2ND',
        source: 'S-CSL25-SUM',
        text: {
          zh: '修正后的罚款数额与2016年文本相同(个人5万元至50万元，情节较重的10万元至100万元)。',
          en: 'the amended law keeps the 2016 amounts (individuals RMB 50,000–500,000; in more serious cases RMB 100,000–1,000,000).',
        },
      },
    ],
    status: 'V-TEXT',
    related: ['cl-285', 'cl-286', 'cl-287-2'],
  },
  {
    ...CSL,
    id: 'csl-39',
    numbering: renumbered(39, 37),
    clauseUnit: 'paragraph',
    heading: {
      zh: '关键信息基础设施数据境内存储与出境评估',
      en: 'CII data stored in China; security assessment before export',
    },
    summary: {
      zh: '关键信息基础设施运营者在境内运营中收集和产生的个人信息和重要数据应当在境内存储；因业务需要确需向境外提供的，应当按规定进行安全评估。',
      en: 'Critical information infrastructure operators must store in China the personal information and important data they collect or generate there; if business requires sending it abroad, a security assessment under the state rules comes first.',
    },
    duties: ['cii-operator'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '2016年文本第六十六条', en: '2016 text Art. 66' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '责令改正，给予警告，没收违法所得，处5万元至50万元罚款，可以责令暂停业务、关闭网站、吊销许可证或营业执照；对直接负责的人员处1万元至10万元罚款。',
          en: 'an order to correct, a warning, confiscation of gains and RMB 50,000–500,000, possibly with suspension, closure of the website or revocation of licences; RMB 10,000–100,000 for the persons directly responsible.',
        },
      },
      {
        under: { zh: '修正后的法律', en: 'the amended law' },
        conduct: FROM_2026,
        status: 'V-2ND',
        source: 'S-CSL25-SUM',
        text: {
          zh: '关键信息基础设施运营者违规出境不再适用本法自身的罚款档次，而依照有关法律、行政法规(个人信息保护法、数据安全法)处罚。',
          en: 'unlawful exports by CIIOs are no longer fined on the CSL’s own scale but under the relevant laws (PIPL, DSL).',
        },
      },
    ],
    status: 'V-TEXT',
    related: ['pipl-40', 'xborder-7', 'dsl-46'],
  },
  {
    ...CSL,
    id: 'csl-42',
    numbering: renumbered(42, 40),
    clauseUnit: 'paragraph',
    heading: { zh: '用户信息保密与保护制度', en: 'Confidentiality of user information' },
    summary: {
      zh: '网络运营者应当对收集的用户信息严格保密，并建立健全用户信息保护制度；2025年修正增加一款：处理个人信息还应当遵守本法、民法典、个人信息保护法等法律法规。',
      en: 'Network operators must keep the user information they collect strictly confidential and have a user-information protection system; the 2025 amendment adds a paragraph requiring personal-information handling to follow the CSL, the Civil Code, the PIPL and other laws.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '用户信息严格保密，建立用户信息保护制度。',
          en: 'Keep user information confidential; have a protection system.',
        },
      },
      '2': {
        summary: {
          zh: '(2026-01-01起)处理个人信息遵守民法典、个人信息保护法等。',
          en: '(From 2026-01-01) personal-information handling follows the Civil Code, the PIPL and other laws.',
        },
      },
    },
    duties: ['network-operator'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '2016年文本', en: '2016 text' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '2016年文本没有专门针对本条的罚则。',
          en: 'the 2016 text has no penalty aimed at this article.',
        },
      },
      {
        under: { zh: '修正后的法律', en: 'the amended law' },
        conduct: FROM_2026,
        status: 'V-2ND',
        source: 'S-CSL25-SUM',
        text: {
          zh: '侵害个人信息的行为不再适用本法自身的罚款档次，而依照个人信息保护法等处罚。',
          en: 'personal-information violations are no longer fined on the CSL’s own scale but under the PIPL and other laws.',
        },
      },
    ],
    notes: [
      {
        status: 'V-OFF',
        source: 'S-CSL25-DEC',
        text: {
          zh: '新增第二款见2025年修正决定第四项。',
          en: 'The new second paragraph is item 4 of the 2025 amendment decision.',
        },
      },
    ],
    status: 'V-TEXT',
    related: ['csl-44', 'pipl-51'],
  },
  {
    ...CSL,
    id: 'csl-44',
    numbering: renumbered(44, 42),
    clauseUnit: 'paragraph',
    heading: {
      zh: '个人信息安全与泄露补救、告知、报告',
      en: 'Security of personal information; remedy, notice and report on a leak',
    },
    summary: {
      zh: '网络运营者不得泄露、篡改、毁损所收集的个人信息，未经同意不得向他人提供(经处理无法识别且不能复原的除外)；应当采取技术措施确保个人信息安全，发生或者可能发生泄露、毁损、丢失时，立即补救、告知用户并报告。',
      en: 'Network operators may not leak, alter or destroy the personal information they collect, nor give it to others without consent (irreversibly de-identified data excepted); they must protect it with technical measures and, on an actual or possible leak, destruction or loss, remedy at once, tell the users and report.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '不得泄露、篡改、毁损，未经同意不得提供。',
          en: 'No leaking, altering or destroying; no sharing without consent.',
        },
      },
      '2': {
        summary: {
          zh: '采取措施确保安全；泄露时补救、告知、报告。',
          en: 'Keep it secure; on a leak remedy, notify and report.',
        },
      },
    },
    duties: ['network-operator'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '2016年文本第六十四条第一款', en: '2016 text Art. 64 para. 1' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '责令改正，可以单处或者并处警告、没收违法所得、违法所得1至10倍罚款(没有违法所得的，100万元以下)；情节严重的，可以责令暂停业务、关闭网站、吊销许可证或营业执照；对直接负责的人员处1万元至10万元罚款。',
          en: 'an order to correct, with a warning, confiscation of gains and a fine of 1–10 times the gains (up to RMB 1,000,000 if there are none), alone or combined; in serious cases suspension, closure of the website or revocation of licences; RMB 10,000–100,000 for the persons directly responsible.',
        },
      },
      {
        under: { zh: '修正后的法律', en: 'the amended law' },
        conduct: FROM_2026,
        status: 'V-2ND',
        source: 'S-CSL25-SUM',
        text: {
          zh: '侵害个人信息的行为不再适用本法自身的罚款档次，而依照个人信息保护法等处罚(见 pipl-66)。',
          en: 'personal-information violations are no longer fined on the CSL’s own scale but under the PIPL and other laws (see pipl-66).',
        },
      },
    ],
    status: 'V-TEXT',
    related: ['pipl-51', 'pipl-57', 'pipl-66'],
  },
  {
    ...CSL,
    id: 'csl-48',
    numbering: renumbered(48, 46),
    clauseUnit: 'paragraph',
    heading: {
      zh: '禁止设立用于违法犯罪活动的网站和群组',
      en: 'No websites or groups set up for unlawful activity',
    },
    summary: {
      zh: '任何人不得设立用于诈骗、传授犯罪方法、制作或销售违禁物品等违法犯罪活动的网站或通讯群组，也不得利用网络发布此类信息。行为可能达到刑法入罪标准的，另见《刑法》第二百八十七条之一。',
      en: 'No one may set up websites or chat groups for fraud, teaching crime methods, making or selling contraband or other unlawful activity, or publish such information online. Where the conduct may meet a criminal threshold, see Criminal Law Art. 287-1.',
    },
    duties: ['anyone'],
    liability: ['administrative', 'criminal'],
    penalties: [
      {
        under: { zh: '2016年文本第六十七条', en: '2016 text Art. 67' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '尚未达到刑事追诉标准的：对个人处5日以下拘留，可以并处1万元至10万元罚款；情节较重的，处5日至15日拘留，可以并处5万元至50万元罚款；关闭相关网站和通讯群组；对单位处10万元至50万元罚款，其直接责任人员依个人标准处罚。',
          en: 'where the conduct does not reach a criminal threshold: for individuals up to 5 days of detention, possibly with RMB 10,000–100,000; in more serious cases 5–15 days, possibly with RMB 50,000–500,000; the websites and groups are closed; entities RMB 100,000–500,000, their responsible persons punished as individuals.',
        },
      },
      {
        under: NEW_ARTICLE_UNCONFIRMED,
        conduct: FROM_2026,
        status: 'UNVERIFIED',
        text: {
          zh: '修正后的罚则条文序号和数额。',
          en: 'The penalty article and amounts after the amendment.',
        },
      },
    ],
    status: 'V-TEXT',
    related: ['cl-287-1'],
  },
  {
    ...CSL,
    id: 'csl-49',
    numbering: renumbered(49, 47),
    clauseUnit: 'paragraph',
    heading: {
      zh: '用户发布信息的管理与违法信息处置',
      en: 'Managing what users publish; handling prohibited content',
    },
    summary: {
      zh: '网络运营者应当加强对用户发布信息的管理，发现法律、行政法规禁止发布或者传输的信息，应当立即停止传输，采取消除等处置措施防止扩散，保存有关记录并向主管部门报告。',
      en: 'Network operators must manage the information their users publish; on finding content that laws or regulations prohibit, they must stop its transmission at once, remove it and prevent its spread, keep records and report to the authorities.',
    },
    duties: ['network-operator'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '2016年文本第六十八条', en: '2016 text Art. 68' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '责令改正，给予警告，没收违法所得；拒不改正或者情节严重的，处10万元至50万元罚款，并可以责令暂停业务、停业整顿、关闭网站、吊销许可证或营业执照；对直接负责的人员处1万元至10万元罚款。',
          en: 'an order to correct, a warning and confiscation of gains; if the operator refuses or the case is serious, RMB 100,000–500,000, possibly with suspension, closure of the website or revocation of licences; RMB 10,000–100,000 for the persons directly responsible.',
        },
      },
      {
        under: NEW_ARTICLE_UNCONFIRMED,
        conduct: FROM_2026,
        status: 'V-2ND',
        source: 'S-CSL25-SUM',
        text: {
          zh: '修正后罚款上限提高到1000万元，并对特别严重情形另设档次。',
          en: 'the amended law raises the maximum fine to RMB 10,000,000, with separate tiers for especially serious cases.',
        },
      },
      {
        under: { zh: '修正后特别严重情形的各档数额', en: 'the amounts of each tier after the amendment' },
        conduct: FROM_2026,
        status: 'UNVERIFIED',
        text: { zh: '各档次的具体罚款数额。', en: 'The fine amounts of each tier.' },
      },
    ],
    status: 'V-TEXT',
    related: ['iism-16', 'cl-286-1'],
  },
  {
    ...CSL,
    id: 'csl-61',
    numbering: renumbered(61, 59),
    clauseUnit: 'paragraph',
    heading: {
      zh: '未履行等级保护、应急预案等安全保护义务的处罚',
      en: 'Penalties for failing the protection duties (MLPS, incident plan)',
    },
    summary: {
      zh: '网络运营者不履行第二十三条、第二十七条(原第二十一条、第二十五条)规定的安全保护义务，或关键信息基础设施运营者不履行其特别保护义务的，由主管部门责令改正、警告并处罚款；2025年修正提高了罚款数额，并增加首次违法即可罚款和按后果加重的档次。',
      en: 'Sets the penalties when a network operator fails the protection duties of Arts. 23 and 27 (formerly 21 and 25), or a CII operator fails its extra duties: correction orders, warnings and fines. The 2025 amendment raised the fines, allows a fine at the first instance, and adds tiers by consequence.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '网络运营者不履行第二十三条、第二十七条义务。',
          en: 'Network operators failing the duties of Arts. 23 and 27.',
        },
      },
      '2': {
        summary: {
          zh: '关键信息基础设施运营者不履行其特别保护义务。',
          en: 'CII operators failing their extra protection duties.',
        },
      },
    },
    duties: ['network-operator', 'cii-operator'],
    liability: ['administrative'],
    penalties: [
      ...MLPS_PENALTIES,
      {
        under: { zh: '第六十一条(关键信息基础设施运营者)', en: 'Art. 61 (CII operators)' },
        conduct: FROM_2026,
        status: 'V-2ND',
        source: 'S-CSL25-SUM',
        text: {
          zh: '关键信息基础设施运营者未履行义务的，警告可以并处罚款(有解读称为5万元至10万元)。',
          en: 'for CII operators a warning may be combined with a fine (one summary gives RMB 50,000–100,000).',
        },
      },
      {
        under: {
          zh: '第六十一条(关键信息基础设施运营者拒不改正或造成后果)',
          en: 'Art. 61 (CII operators that refuse to correct or cause harm)',
        },
        conduct: FROM_2026,
        status: 'UNVERIFIED',
        text: {
          zh: '拒不改正或者造成后果时的罚款档次。',
          en: 'The fine tier when the CIIO refuses to correct or harm results.',
        },
      },
      {
        under: { zh: '2016年文本第五十九条第二款', en: '2016 text Art. 59 para. 2' },
        conduct: BEFORE_2026,
        status: 'V-TEXT',
        text: {
          zh: '关键信息基础设施运营者：责令改正并给予警告；拒不改正或者造成危害网络安全等后果的，处10万元至100万元罚款，对直接负责的人员处1万元至10万元罚款。',
          en: 'CII operators: an order to correct and a warning; if they refuse or harm results, RMB 100,000–1,000,000, and RMB 10,000–100,000 for the persons directly responsible.',
        },
      },
    ],
    status: 'V-OFF',
    source: 'S-CSL25-DEC',
    related: ['csl-23', 'csl-27'],
  },
];
