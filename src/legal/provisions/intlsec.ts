/**
 * 计算机信息网络国际联网安全保护管理办法 — MPS Order No. 33 (S-INTLSEC; 1997, revised 2011; in force
 * 1997-12-30). Catalogue §8c, V-TEXT.
 */
import type { Penalty, Provision } from '../types.ts';

const INTLSEC = {
  law: 'intlsec',
  title: {
    zh: '计算机信息网络国际联网安全保护管理办法',
    en: 'Measures for the Security Protection of International Networking of Computer Information Networks',
  },
  shortTitle: {
    zh: '计算机信息网络国际联网安全保护管理办法',
    en: 'International Networking Security Measures',
  },
  effective: '1997-12-30',
  source: 'S-INTLSEC',
  status: 'V-TEXT',
} as const;

const ART_20: Penalty = {
  under: { zh: '第二十条', en: 'Art. 20' },
  status: 'V-TEXT',
  text: {
    zh: '由公安机关给予警告，没收违法所得，对个人可以并处5000元以下罚款，对单位可以并处1.5万元以下罚款；情节严重的，可以给予6个月以内停止联网、停机整顿，必要时建议吊销经营许可证或取消联网资格；行为可能达到治安管理处罚或刑法入罪标准的，另依相应规定处理。',
    en: 'police warning and confiscation of gains, possibly with a fine of up to RMB 5,000 for individuals or RMB 15,000 for entities; in serious cases disconnection or shutdown for up to 6 months and, where needed, a recommendation to revoke the licence or networking qualification; conduct that may meet public-security or criminal thresholds is dealt with under those rules.',
  },
};

const ART_21: Penalty = {
  under: { zh: '第二十一条', en: 'Art. 21' },
  status: 'V-TEXT',
  text: {
    zh: '由公安机关责令限期改正，给予警告，没收违法所得；逾期未改正的，对主管负责人员和直接责任人员可以并处5000元以下罚款，对单位可以并处1.5万元以下罚款；情节严重的，可以给予6个月以内停止联网、停机整顿，必要时建议吊销经营许可证或取消联网资格。',
    en: 'police order to correct within a deadline, a warning and confiscation of gains; if not corrected in time, fines of up to RMB 5,000 for the responsible persons and up to RMB 15,000 for the entity; in serious cases disconnection or shutdown for up to 6 months and, where needed, a recommendation to revoke the licence or networking qualification.',
  },
};

export const INTLSEC_PROVISIONS: Provision[] = [
  {
    ...INTLSEC,
    id: 'intlsec-5',
    numbering: [{ article: '5' }],
    clauseUnit: 'item',
    heading: {
      zh: '禁止利用国际联网制作、传播的信息',
      en: 'Content that may not be made or spread over international networking',
    },
    summary: {
      zh: '任何单位和个人不得利用国际联网制作、复制、查阅和传播九类信息，其中包括煽动抗拒法律实施或颠覆、分裂国家，煽动民族仇恨，散布谣言扰乱社会秩序，宣扬封建迷信、淫秽、色情、赌博、暴力、凶杀、恐怖或教唆犯罪，侮辱诽谤他人，损害国家机关信誉，以及其他违法内容。',
      en: 'No one may use international networking to make, copy, view or spread nine kinds of content, including incitement against the law, subversion or secession, ethnic hatred, rumours that disturb order, superstition, obscenity, pornography, gambling, violence, murder, terror or incitement to crime, insults and defamation, damage to state organs’ reputation, and other unlawful content.',
    },
    clauses: {
      '6': {
        summary: {
          zh: '宣扬封建迷信、淫秽、色情、赌博、暴力、凶杀、恐怖，教唆犯罪。',
          en: 'Superstition, obscenity, pornography, gambling, violence, murder, terror, incitement to crime.',
        },
      },
    },
    duties: ['anyone'],
    liability: ['administrative', 'criminal'],
    penalties: [ART_20],
    related: ['intlsec-20', 'iism-15', 'cl-303', 'cl-363'],
  },
  {
    ...INTLSEC,
    id: 'intlsec-10',
    numbering: [{ article: '10' }],
    clauseUnit: 'item',
    heading: { zh: '联网单位的安全保护职责', en: 'Security duties of networked organisations' },
    summary: {
      zh: '互联单位、接入单位及使用国际联网的法人和其他组织应当：建立安全保护管理制度；落实安全保护技术措施；对用户进行安全教育和培训；对委托发布信息的单位和个人登记并审核内容；建立电子公告系统的用户登记和信息管理制度；发现违法信息或入侵、破坏等情形时保留原始记录并在24小时内向当地公安机关报告；按规定删除违法内容或关闭服务器。',
      en: 'Organisations that interconnect, give access to or use international networking must: run security management rules; implement technical security measures; train users; register those who publish through them and review the content; run user registration for bulletin boards; on finding prohibited content, intrusion or damage keep the original records and report to the local police within 24 hours; and delete prohibited content or shut servers as required.',
    },
    clauses: {
      '1': { summary: { zh: '建立健全安全保护管理制度。', en: 'Security management rules.' } },
      '2': {
        summary: {
          zh: '落实安全保护技术措施，保障网络运行安全和信息安全。',
          en: 'Implement technical security measures for network and information security.',
        },
      },
      '6': {
        summary: {
          zh: '保留原始记录，24小时内向公安机关报告。',
          en: 'Keep original records; report to the police within 24 hours.',
        },
      },
    },
    duties: ['networking-unit'],
    liability: ['administrative'],
    penalties: [ART_21],
    related: ['intlsec-21', 'csl-23'],
  },
  {
    ...INTLSEC,
    id: 'intlsec-20',
    numbering: [{ article: '20' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '传播违法信息、危害网络安全行为的处罚',
      en: 'Penalties for prohibited content and harmful network activity',
    },
    summary: {
      zh: '有第五条(违法信息)、第六条(未经允许进入网络、删改功能或数据、传播病毒等)所列行为的，由公安机关给予警告和罚款，情节严重的可停止联网。',
      en: 'Penalties for the conduct of Art. 5 (prohibited content) and Art. 6 (unauthorised entry, altering functions or data, spreading viruses and the like): police warnings and fines, and disconnection in serious cases.',
    },
    duties: ['anyone'],
    liability: ['administrative', 'criminal'],
    penalties: [ART_20],
    related: ['intlsec-5'],
  },
  {
    ...INTLSEC,
    id: 'intlsec-21',
    numbering: [{ article: '21' }],
    clauseUnit: 'item',
    heading: { zh: '不履行安全保护职责的处罚', en: 'Penalties for failing the security duties' },
    summary: {
      zh: '未建立安全保护管理制度、未采取安全技术保护措施、未对用户进行安全培训、未审核信息或登记、未按规定删除或关闭、转借转让账号等的，由公安机关责令限期改正并警告，逾期不改的处以罚款。',
      en: 'Penalties for having no security rules, no technical protection measures, no user training, no content review or registration, failing to delete or shut down as required, lending accounts and similar: a police order to correct and a warning, then fines if not corrected in time.',
    },
    clauses: {
      '1': { summary: { zh: '未建立安全保护管理制度。', en: 'No security management rules.' } },
      '2': { summary: { zh: '未采取安全技术保护措施。', en: 'No technical protection measures.' } },
    },
    duties: ['networking-unit'],
    liability: ['administrative'],
    penalties: [ART_21],
    related: ['intlsec-10'],
  },
];
