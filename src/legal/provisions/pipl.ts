/**
 * 个人信息保护法 — Personal Information Protection Law (S-PIPL, in force 2021-11-01). Catalogue §3, V-TEXT.
 */
import type { Penalty, Provision } from '../types.ts';

const PIPL = {
  law: 'pipl',
  title: { zh: '中华人民共和国个人信息保护法', en: 'Personal Information Protection Law of the PRC' },
  shortTitle: { zh: '个人信息保护法', en: 'Personal Information Protection Law' },
  effective: '2021-11-01',
  source: 'S-PIPL',
  status: 'V-TEXT',
} as const;

const ART_66: Penalty[] = [
  {
    under: { zh: '第六十六条第一款', en: 'Art. 66 para. 1' },
    status: 'V-TEXT',
    text: {
      zh: '责令改正，给予警告，没收违法所得，对违法处理个人信息的应用程序责令暂停或者终止服务；拒不改正的，并处100万元以下罚款，对直接负责的人员处1万元至10万元罚款。',
      en: 'an order to correct, a warning, confiscation of gains, and suspension or termination of the offending application; if the handler refuses to correct, a fine of up to RMB 1,000,000, and RMB 10,000–100,000 for the persons directly responsible.',
    },
  },
  {
    under: { zh: '第六十六条第二款', en: 'Art. 66 para. 2' },
    status: 'V-TEXT',
    text: {
      zh: '情节严重的，由省级以上履行个人信息保护职责的部门责令改正，没收违法所得，并处5000万元以下或者上一年度营业额5%以下罚款，可以责令暂停相关业务或停业整顿、通报有关主管部门吊销许可证或营业执照；对直接负责的人员处10万元至100万元罚款，并可以决定其在一定期限内不得担任董事、监事、高级管理人员和个人信息保护负责人。',
      en: 'in serious cases a provincial-level regulator orders correction, confiscates gains and fines up to RMB 50,000,000 or 5% of the previous year’s turnover, and may suspend the business or have licences revoked; RMB 100,000–1,000,000 for the persons directly responsible, who may be barred for a period from serving as director, supervisor, senior manager or personal-information protection officer.',
    },
  },
];

export const PIPL_PROVISIONS: Provision[] = [
  {
    ...PIPL,
    id: 'pipl-28',
    numbering: [{ article: '28' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '敏感个人信息的范围与处理条件',
      en: 'Sensitive personal information: what it is, when it may be handled',
    },
    summary: {
      zh: '敏感个人信息是一旦泄露或被非法使用，容易导致人格尊严受侵害或人身、财产安全受危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息；只有在具有特定目的和充分必要性，并采取严格保护措施时才可以处理。',
      en: 'Sensitive personal information is data whose leak or misuse easily harms a person’s dignity, safety or property: biometrics, religious belief, specific identity, medical and health data, financial accounts, whereabouts, and any data of children under 14. It may be handled only for a specific purpose, where truly necessary, and under strict protection.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '敏感个人信息的定义和列举。',
          en: 'Definition and list of sensitive personal information.',
        },
      },
      '2': {
        summary: {
          zh: '处理须有特定目的、充分必要并严格保护。',
          en: 'Handling needs a specific purpose, real necessity and strict protection.',
        },
      },
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    notes: [
      {
        status: 'V-TEXT',
        text: {
          zh: '本条的列举没有明确提到身份证号码；金融账户在列举之中。',
          en: 'the list in this article does not name national ID numbers; financial accounts are on it.',
        },
      },
      {
        status: 'UNVERIFIED',
        about: {
          zh: '身份证号码是否属于敏感个人信息',
          en: 'whether a national ID number is sensitive personal information',
        },
        text: {
          zh: '国家标准把身份证号码作为敏感个人信息对待。',
          en: 'National standards treat a national ID number as sensitive personal information.',
        },
      },
    ],
    related: ['pipl-51', 'pipl-55', 'pipl-66', 'cl-253-1'],
  },
  {
    ...PIPL,
    id: 'pipl-38',
    numbering: [{ article: '38' }],
    clauseUnit: 'item',
    heading: { zh: '向境外提供个人信息的条件', en: 'Conditions for sending personal information abroad' },
    summary: {
      zh: '确需向境外提供个人信息的，应当具备下列条件之一：通过网信部门组织的安全评估；经专业机构进行个人信息保护认证；按照网信部门制定的标准合同与境外接收方订立合同；或法律、行政法规和网信部门规定的其他条件；并应保障境外接收方的处理活动达到本法的保护标准。',
      en: 'To send personal information abroad the handler needs one of: a CAC security assessment, a personal-information protection certification, the CAC standard contract with the recipient, or another condition set by law or the CAC; and must ensure the foreign recipient meets the PIPL’s standard of protection.',
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    related: ['pipl-39', 'pipl-40', 'pipl-55', 'xborder-5', 'xborder-7', 'xborder-8'],
  },
  {
    ...PIPL,
    id: 'pipl-39',
    numbering: [{ article: '39' }],
    clauseUnit: 'paragraph',
    heading: { zh: '出境告知与单独同意', en: 'Notice and separate consent for transfers abroad' },
    summary: {
      zh: '向境外提供个人信息的，应当告知个人境外接收方的名称、联系方式、处理目的和方式、个人信息种类以及行使权利的方式，并取得个人的单独同意。',
      en: 'Before sending personal information abroad, the handler must tell the individual who the foreign recipient is and how to reach it, the purpose and means, the kinds of data and how to exercise their rights, and obtain separate consent.',
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    related: ['pipl-38'],
  },
  {
    ...PIPL,
    id: 'pipl-40',
    numbering: [{ article: '40' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '个人信息境内存储与出境安全评估',
      en: 'Storage in China and security assessment before export',
    },
    summary: {
      zh: '关键信息基础设施运营者和处理个人信息达到网信部门规定数量的处理者，应当将在境内收集和产生的个人信息存储在境内；确需向境外提供的，应当通过安全评估，法律法规和网信部门另有规定的除外。',
      en: 'CII operators, and handlers whose volume reaches the CAC threshold, must store in China the personal information collected or generated there, and pass a security assessment before sending it abroad unless exempted by law or the CAC.',
    },
    duties: ['cii-operator', 'pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    related: ['pipl-38', 'xborder-7', 'csl-39'],
  },
  {
    ...PIPL,
    id: 'pipl-51',
    numbering: [{ article: '51' }],
    clauseUnit: 'item',
    heading: { zh: '个人信息处理者的安全保护措施', en: 'Security measures of personal-information handlers' },
    summary: {
      zh: '个人信息处理者应当根据处理目的、方式、信息种类、对个人权益的影响和安全风险，采取措施确保处理活动合规并防止未经授权的访问和泄露、篡改、丢失：内部管理制度和操作规程；分类管理；加密、去标识化等安全技术措施；合理确定操作权限并定期培训；制定并组织实施个人信息安全事件应急预案；以及其他措施。',
      en: 'Personal-information handlers must, in proportion to the purpose, means, kinds of data, impact and risk, take measures that keep processing lawful and prevent unauthorised access, leaks, alteration and loss: internal rules and procedures; classified management; encryption, de-identification and other technical safeguards; sensible access rights and regular staff training; an incident response plan for personal-information incidents, put into practice; and other measures.',
    },
    clauses: {
      '1': {
        summary: { zh: '制定内部管理制度和操作规程。', en: 'Internal rules and operating procedures.' },
      },
      '2': {
        summary: { zh: '对个人信息实行分类管理。', en: 'Classified management of personal information.' },
      },
      '3': {
        summary: {
          zh: '采取加密、去标识化等安全技术措施。',
          en: 'Encryption, de-identification and other technical safeguards.',
        },
      },
      '4': {
        summary: {
          zh: '合理确定操作权限，定期安全培训。',
          en: 'Sensible access rights; regular security training.',
        },
      },
      '5': {
        summary: {
          zh: '制定并组织实施个人信息安全事件应急预案。',
          en: 'A personal-information incident response plan, put into practice.',
        },
      },
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    related: ['pipl-66', 'pipl-69', 'csl-44', 'ndsr-9'],
  },
  {
    ...PIPL,
    id: 'pipl-55',
    numbering: [{ article: '55' }],
    clauseUnit: 'item',
    heading: { zh: '个人信息保护影响评估', en: 'Personal-information protection impact assessment' },
    summary: {
      zh: '处理敏感个人信息、利用个人信息进行自动化决策、委托处理或向他人提供或公开个人信息、向境外提供个人信息，以及其他对个人权益有重大影响的处理活动，应当事前进行个人信息保护影响评估并记录处理情况。',
      en: 'Before handling sensitive personal information, making automated decisions, outsourcing, sharing or publishing personal information, sending it abroad, or any other processing with a major impact on individuals, the handler must carry out a personal-information protection impact assessment and keep records.',
    },
    clauses: {
      '1': { summary: { zh: '处理敏感个人信息。', en: 'Handling sensitive personal information.' } },
      '4': { summary: { zh: '向境外提供个人信息。', en: 'Sending personal information abroad.' } },
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    notes: [
      {
        status: 'V-TEXT',
        text: {
          zh: '评估报告和处理记录至少保存三年(第五十六条)。',
          en: 'Assessment reports and processing records are kept at least three years (Art. 56).',
        },
      },
    ],
    related: ['pipl-28', 'pipl-38'],
  },
  {
    ...PIPL,
    id: 'pipl-57',
    numbering: [{ article: '57' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '个人信息泄露、篡改、丢失时的补救和通知',
      en: 'Remedy and notice on a personal-information leak, alteration or loss',
    },
    summary: {
      zh: '发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人；通知应说明信息种类、原因和可能的危害、已采取的补救措施和个人可以采取的措施、联系方式。采取措施能够有效避免危害的，可以不通知个人，但部门认为可能造成危害的可以要求通知。本法没有规定固定的通知时限。',
      en: 'On an actual or possible leak, alteration or loss of personal information, the handler must remedy at once and notify the regulator and the individuals: what data, why, the possible harm, the remedies taken and what individuals can do, and a contact. Individual notice may be skipped if the measures effectively avoid harm, unless the regulator requires it. The law sets no fixed deadline in hours.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '立即补救并通知部门和个人，通知内容。',
          en: 'Remedy at once; notify the regulator and individuals; what to say.',
        },
      },
      '2': { summary: { zh: '可以不通知个人的情形。', en: 'When individual notice may be skipped.' } },
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    related: ['pipl-66', 'pipl-69', 'csl-44', 'ndsr-11', 'irm-4'],
  },
  {
    ...PIPL,
    id: 'pipl-66',
    numbering: [{ article: '66' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '违法处理个人信息或不履行保护义务的处罚',
      en: 'Penalties for unlawful processing or failed protection duties',
    },
    summary: {
      zh: '违法处理个人信息，或者处理个人信息未履行本法规定的个人信息保护义务的，由履行个人信息保护职责的部门责令改正、警告、没收违法所得并处罚款；情节严重的，由省级以上部门处以高额罚款并可责令停业整顿。',
      en: 'Penalties for processing personal information unlawfully or failing the PIPL’s protection duties: correction order, warning, confiscation of gains and fines; in serious cases a provincial-level regulator imposes large fines and may order the business suspended.',
    },
    clauses: {
      '1': { summary: { zh: '一般情形。', en: 'Ordinary cases.' } },
      '2': { summary: { zh: '情节严重的情形。', en: 'Serious cases.' } },
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    related: ['pipl-51', 'pipl-57', 'pipl-69'],
  },
  {
    ...PIPL,
    id: 'pipl-69',
    numbering: [{ article: '69' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '侵害个人信息权益的民事赔偿(过错推定)',
      en: 'Civil damages for infringing personal-information rights (presumed fault)',
    },
    summary: {
      zh: '处理个人信息侵害个人信息权益造成损害，个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任；赔偿按个人的损失或处理者的获益确定，难以确定的，根据实际情况确定。',
      en: 'Where processing infringes personal-information rights and causes damage, the handler bears tort liability, including damages, unless it proves it was not at fault; damages follow the individual’s loss or the handler’s gain, and otherwise are set according to the actual circumstances.',
    },
    clauses: {
      '1': { summary: { zh: '过错推定的侵权责任。', en: 'Tort liability with presumed fault.' } },
      '2': { summary: { zh: '赔偿数额的确定。', en: 'How damages are measured.' } },
    },
    duties: ['pi-handler'],
    liability: ['civil'],
    penalties: [
      {
        under: { zh: '第六十九条', en: 'Art. 69' },
        status: 'V-TEXT',
        text: {
          zh: '本条不设罚款，规定的是民事赔偿：按个人所受损失或处理者所获利益确定，难以确定的由法院根据实际情况确定。',
          en: 'no fine; civil damages measured by the individual’s loss or the handler’s gain, or otherwise fixed by the court on the facts.',
        },
      },
    ],
    related: ['pipl-57', 'pipl-66'],
  },
  {
    ...PIPL,
    id: 'pipl-19',
    numbering: [{ article: '19' }],
    clauseUnit: 'paragraph',
    heading: { zh: '保存期限最短必要', en: 'Keep personal information no longer than needed' },
    summary: {
      zh: '除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。',
      en: 'Unless a law or regulation says otherwise, personal information is kept only for the shortest time the purpose of processing requires.',
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    related: ['pipl-47'],
  },
  {
    ...PIPL,
    id: 'pipl-47',
    numbering: [{ article: '47' }],
    clauseUnit: 'paragraph',
    heading: { zh: '主动删除个人信息', en: 'Deleting personal information on the handler’s own initiative' },
    summary: {
      zh: '处理目的已实现或无法实现、停止提供产品或服务、保存期限届满、个人撤回同意或者违法处理的，处理者应当主动删除个人信息；法定保存期限未届满或技术上难以删除的，只能存储并采取必要的安全保护措施。',
      en: 'When the purpose is achieved or cannot be, the service ends, the retention period expires, consent is withdrawn or the processing was unlawful, the handler must delete the personal information itself; where a legal retention period has not run out or deletion is technically hard, it may only store the data and keep it secure.',
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    related: ['pipl-19'],
  },
  {
    ...PIPL,
    id: 'pipl-52',
    numbering: [{ article: '52' }],
    clauseUnit: 'paragraph',
    heading: { zh: '个人信息保护负责人', en: 'Personal-information protection officer' },
    summary: {
      zh: '处理个人信息达到国家网信部门规定数量的处理者，应当指定个人信息保护负责人，公开其联系方式并报送履行个人信息保护职责的部门。',
      en: 'A handler whose volume reaches the CAC threshold must appoint a personal-information protection officer, publish the officer’s contact details and file them with the regulator.',
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    notes: [
      {
        status: 'V-OFF',
        source: 'S-PIO',
        text: {
          zh: '国家网信办2025年7月18日公告：处理100万人以上个人信息的处理者，应在达到该数量之日起30个工作日内向所在地设区的市级网信部门在线报送个人信息保护负责人信息。',
          en: 'CAC notice of 2025-07-18: handlers of the personal information of 1,000,000 or more people file their officer’s details online with the city-level CAC within 30 working days of reaching that number.',
        },
      },
    ],
    related: ['pipl-54'],
  },
  {
    ...PIPL,
    id: 'pipl-54',
    numbering: [{ article: '54' }],
    clauseUnit: 'paragraph',
    heading: { zh: '个人信息保护合规审计', en: 'Personal-information compliance audits' },
    summary: {
      zh: '个人信息处理者应当定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。',
      en: 'A personal-information handler must regularly audit whether its processing complies with laws and regulations.',
    },
    duties: ['pi-handler'],
    liability: ['administrative'],
    penalties: ART_66,
    notes: [
      {
        status: 'V-OFF',
        source: 'S-AUDIT',
        text: {
          zh: '《个人信息保护合规审计管理办法》(2025年5月1日起施行)：处理超过1000万人个人信息的处理者，至少每两年开展一次合规审计。',
          en: 'Under the PI compliance-audit measures in force from 2025-05-01, handlers of more than 10,000,000 people’s personal information audit at least every two years.',
        },
      },
    ],
    related: ['pipl-52'],
  },
];
