/**
 * The rules of `hegui assess use`, as data (DESIGN: rules as data). Each rule says when it applies,
 * whether the conduct is prohibited or a duty (and, for a duty, whether the answers show it met),
 * what to do, and the provisions — ids from the legal catalogue only. `scenarios` are the rows of
 * catalogue §9 the rule covers. Texts are our own words; criminal exposure is always "may meet the
 * threshold", V-2ND facts are notes marked as reported, UNVERIFIED ones are notes printed as a marker.
 */
import type { Fact, LegalRef, Text } from '../../legal/types.ts';
import { SENSITIVE_KINDS, type Activity, type AnswerKey, type Answers } from './model.ts';

export interface Rule {
  id: string;
  /** Rows of catalogue §9 this rule covers. */
  scenarios: readonly number[];
  /** Only for these activities; absent: about the server as a whole. */
  activities?: readonly Activity[];
  applies(a: Answers): boolean;
  kind: 'prohibited' | 'duty';
  /** For a duty: do the answers show it met? */
  met?(a: Answers): boolean | undefined;
  /** The answers `met` reads; when one was not given, the duty is reported as applying, not met/unmet. */
  reads?: readonly AnswerKey[];
  title: Text;
  explain: Text;
  todo: readonly Text[];
  legal: readonly LegalRef[];
  notes?: readonly Fact[];
}

const has = (a: Answers, ...xs: Activity[]) => xs.some((x) => a.activities.includes(x));
const publicService = (a: Answers) => a.activities.some((x) => x !== 'internal' && x !== 'mining');
const holdsPi = (a: Answers) => a.personalData.length > 0 && a.people > 0;
const sensitive = (a: Answers) => a.personalData.some((k) => SENSITIVE_KINDS.includes(k));

/** Activities that offer information to the public over the internet (ICP filing or licence). */
export const INFO_SERVICES: readonly Activity[] = [
  'personal-site',
  'company-site',
  'e-commerce',
  'saas-api',
  'user-content',
  'software-distribution',
  'game-server',
];

const MAY_MEET: Text = {
  zh: '刑事责任只在达到入罪标准时才可能成立，由司法机关认定。',
  en: 'Criminal liability arises only if the threshold is met, which a court decides.',
};

const t = (zh: string, en: string): Text => ({ zh, en });

export const RULES: readonly Rule[] = [
  // ---------- activities that are not allowed
  {
    id: 'mining',
    scenarios: [1],
    activities: ['mining'],
    applies: () => true,
    kind: 'prohibited',
    title: t(
      '虚拟货币挖矿属于淘汰类产业，数据中心不得用于挖矿',
      'Crypto-mining is an eliminated industry; data centres must not host it',
    ),
    explain: t(
      '国家发展改革委等部门2021年通知要求禁止新增挖矿项目、有序退出存量项目，并明确数据中心不得用于挖矿；执法通过能源价格、电信和数据中心监管等手段进行。在云服务器上挖矿还通常违反云服务合同。',
      'The 2021 NDRC notice bans new mining projects, phases out existing ones and says data centres must not be used for mining; it is enforced through energy pricing and telecom/data-centre supervision. Mining on a cloud server usually also breaches the provider’s terms.',
    ),
    todo: [
      t(
        '停止挖矿程序并删除其配置和开机自启项',
        'Stop the miner and remove its configuration and start-up entries',
      ),
    ],
    legal: [{ provision: 'mining2021' }],
    notes: [
      {
        status: 'V-OFF',
        source: 'S-PBOC',
        text: t(
          '中国人民银行等部门2021年通知：虚拟货币相关业务活动属于非法金融活动；明知而为其提供技术支持的可能被追究责任。',
          'The 2021 PBoC notice treats virtual-currency business activities as illegal financial activity; knowingly giving them technical support may lead to liability.',
        ),
      },
    ],
  },
  {
    id: 'proxy-vpn',
    scenarios: [5],
    activities: ['proxy-vpn'],
    applies: () => true,
    kind: 'prohibited',
    title: t('为他人提供代理、VPN 或隧道服务', 'Proxy, VPN or tunnel services for others'),
    explain: t(
      '国际联网必须经国家公用电信网的国际出入口信道，不得自行建立或使用其他信道；对外提供此类服务属于电信业务，须取得电信业务经营许可；提供接入服务还须落实实名制。明知他人利用其实施犯罪仍提供服务的，可能达到帮助信息网络犯罪活动罪的入罪标准。',
      'International connections must use the gateways of the national public telecom network; no one may set up or use other channels. Offering such a service to others is telecom business and needs a telecom licence; an access service must also verify users’ real identity. Knowingly serving people who use it for crime may meet the threshold of the offence of helping information-network crime.',
    ),
    todo: [t('停止对他人提供代理或 VPN 服务', 'Stop providing the proxy or VPN to others')],
    legal: [
      { provision: 'intlreg-6' },
      { provision: 'intlreg-14' },
      { provision: 'telecom-7' },
      { provision: 'telecom-69' },
      { provision: 'csl-26' },
      { provision: 'cl-287-2' },
    ],
    notes: [
      {
        status: 'UNVERIFIED',
        about: t(
          '对未经许可的 VPN 经营按非法经营罪追诉的司法实践',
          'prosecution of unlicensed VPN businesses as illegal business operations (Criminal Law Art. 225)',
        ),
        text: t('未经核实。', 'Not verified.'),
      },
    ],
  },
  {
    id: 'hosting-resale',
    scenarios: [23],
    activities: ['hosting-resale'],
    applies: (a) => !a.telecomLicence,
    kind: 'prohibited',
    title: t(
      '无电信业务经营许可转售云主机或托管',
      'Reselling cloud servers or hosting without a telecom licence',
    ),
    explain: t(
      '经营电信业务须取得电信业务经营许可证。据公开解读，2015年版电信业务分类目录把云服务(互联网资源协作服务)归入互联网数据中心业务(B11)、CDN 归入 B12；转售者是否因此须持证是我们的推断，未经官方确认。',
      'Telecom business needs a telecom business licence. Reportedly the 2015 telecom catalogue puts cloud services ("internet resource collaboration") under IDC (B11) and CDN under B12; that a reseller therefore needs the licence is our inference, not confirmed by an official source.',
    ),
    todo: [
      t(
        '取得相应的增值电信业务经营许可(据公开解读为 B11/B12)，或停止转售',
        'Obtain the value-added telecom licence (reportedly B11/B12) or stop reselling',
      ),
    ],
    legal: [{ provision: 'telecom-7' }, { provision: 'telecom-69' }],
    notes: [
      {
        status: 'V-2ND',
        text: t(
          'B11 互联网数据中心业务包括云服务；B12 为内容分发网络业务。',
          'B11 (IDC) includes cloud services; B12 is CDN.',
        ),
      },
      {
        status: 'UNVERIFIED',
        about: t('转售云主机须持 B11 许可', 'whether reselling cloud servers needs a B11 licence'),
        text: t('推断，未经确认。', 'Inference only.'),
      },
    ],
  },
  {
    id: 'gambling',
    scenarios: [6],
    activities: ['gambling'],
    applies: () => true,
    kind: 'prohibited',
    title: t('博彩网站', 'Gambling website'),
    explain: t(
      '互联网信息服务不得含有赌博内容；建立赌博网站并接受投注的，可能达到开设赌场罪的入罪标准，明知而为其提供网络、服务器的可能按共犯论处。',
      'Internet information services may not carry gambling. Setting up a gambling site that accepts bets may meet the threshold of the offence of running a casino, and knowingly providing it with network or server services may make the provider an accomplice.',
    ),
    todo: [t('立即下线博彩内容，保存记录', 'Take the gambling content down at once and keep records')],
    legal: [
      { provision: 'cl-303', clause: '2' },
      { provision: 'iism-15' },
      { provision: 'iism-16' },
      { provision: 'csl-49' },
      { provision: 'intlsec-5' },
      { provision: 'cl-287-2' },
    ],
    notes: [{ status: 'V-TEXT', source: 'S-I2005G', text: MAY_MEET }],
  },
  {
    id: 'prohibited-content',
    scenarios: [31],
    activities: ['adult-content'],
    applies: () => true,
    kind: 'prohibited',
    title: t('色情或其他法律禁止的内容', 'Pornographic or other prohibited content'),
    explain: t(
      '互联网信息服务不得制作、复制、发布、传播淫秽色情等法律禁止的内容；发现后应立即停止传输、保存记录并报告。以牟利为目的传播淫秽物品的，可能达到相应罪名的入罪标准。',
      'Internet information services may not produce, copy, publish or spread obscene, pornographic or other prohibited content; on finding it they must stop, keep records and report. Spreading obscene material for profit may meet the threshold of the related offences.',
    ),
    todo: [t('删除违法内容，保存记录并报告', 'Remove the content, keep records and report')],
    legal: [
      { provision: 'iism-15' },
      { provision: 'iism-16' },
      { provision: 'csl-49' },
      { provision: 'intlsec-5' },
      { provision: 'cl-363' },
    ],
  },
  {
    id: 'pirated-content',
    scenarios: [7],
    activities: ['pirated-content'],
    applies: () => true,
    kind: 'prohibited',
    title: t('未经许可向公众提供作品', 'Making works available without permission'),
    explain: t(
      '未经许可通过信息网络向公众传播他人作品，承担停止侵害、赔偿损失等民事责任；同时损害公共利益的可受行政处罚；以营利为目的且情节严重的，可能达到侵犯著作权罪的入罪标准。',
      'Making others’ works available online without permission brings civil liability (stop, damages); where it also harms the public interest, administrative penalties; done for profit in serious cases it may meet the threshold of the copyright offence.',
    ),
    todo: [t('删除未经授权的作品，或取得授权', 'Remove the unlicensed works or obtain licences')],
    legal: [{ provision: 'copyright-53' }, { provision: 'copyright-54' }, { provision: 'cl-217' }],
    notes: [
      {
        status: 'UNVERIFIED',
        about: t(
          '2025年司法解释下侵犯著作权罪的数额标准',
          'the 2025 interpretation’s thresholds for the copyright offence',
        ),
        text: t('未确认。', 'Not confirmed.'),
      },
    ],
  },
  {
    id: 'hacking-tools',
    scenarios: [17],
    activities: ['hacking-tools'],
    applies: () => true,
    kind: 'prohibited',
    title: t('提供专门用于入侵、控制的工具', 'Offering tools made for intrusion or control'),
    explain: t(
      '任何人不得提供专门用于侵入网络、干扰网络功能、窃取数据的程序和工具；提供专门用于侵入、非法控制计算机系统的程序、工具，可能达到相应罪名的入罪标准。两用的扫描工具须个案判断。',
      'No one may provide programs or tools made for intruding into networks, disrupting them or stealing data; providing tools made for intrusion or illegal control may meet the threshold of the related offence. Dual-use scanners need case-by-case review.',
    ),
    todo: [t('下线入侵和攻击工具', 'Take the intrusion and attack tools down')],
    legal: [{ provision: 'csl-29' }, { provision: 'cl-285', clause: '3' }],
  },
  {
    id: 'botnet-control',
    scenarios: [3],
    activities: ['botnet-control'],
    applies: () => true,
    kind: 'prohibited',
    title: t('非法控制他人计算机', 'Controlling other people’s computers'),
    explain: t(
      '未经授权控制他人计算机系统，可能达到非法控制计算机信息系统罪的入罪标准(司法解释以控制20台以上为情节严重)；未达标准的，依网络安全法给予行政处罚。',
      'Controlling others’ systems without authority may meet the threshold of the offence of illegally controlling computer systems (the 2011 interpretation counts control of 20 or more systems as serious); below it, administrative penalties under the Cybersecurity Law apply.',
    ),
    todo: [
      t(
        '停止控制端，保全证据，向公安机关报告',
        'Stop the control panel, preserve evidence and report to the police',
      ),
    ],
    legal: [{ provision: 'cl-285', clause: '2' }, { provision: 'csl-29' }],
  },
  {
    id: 'ddos-service',
    scenarios: [4],
    activities: ['ddos-service'],
    applies: () => true,
    kind: 'prohibited',
    title: t('DDoS 攻击服务', 'DDoS attack service'),
    explain: t(
      '干扰他人网络正常功能属于法律禁止的行为；故意攻击造成后果的，可能达到破坏计算机信息系统罪的入罪标准。',
      'Disrupting others’ networks is prohibited; a deliberate attack with consequences may meet the threshold of the offence of sabotaging computer systems.',
    ),
    todo: [t('停止攻击服务', 'Stop the attack service')],
    legal: [{ provision: 'cl-286' }, { provision: 'csl-29' }],
  },
  {
    id: 'phishing',
    scenarios: [32],
    activities: ['phishing'],
    applies: () => true,
    kind: 'prohibited',
    title: t('钓鱼或诈骗页面', 'Phishing or fraud pages'),
    explain: t(
      '不得设立用于诈骗等违法犯罪活动的网站；为实施诈骗设立网站、发布信息的，可能达到非法利用信息网络罪的入罪标准，明知而提供托管的可能达到帮助信息网络犯罪活动罪的入罪标准。',
      'No one may set up websites for fraud or other crime. Setting up sites or publishing information for fraud may meet the threshold of the offence of illegally using information networks; knowingly hosting them may meet that of helping information-network crime.',
    ),
    todo: [t('下线页面，保全证据并报告', 'Take the pages down, preserve evidence and report')],
    legal: [{ provision: 'csl-48' }, { provision: 'cl-287-1' }, { provision: 'cl-287-2' }],
  },
  {
    id: 'game-cheats',
    scenarios: [33],
    activities: ['game-cheats'],
    applies: () => true,
    kind: 'prohibited',
    title: t('游戏外挂、脚本或外挂代练', 'Game cheats, bots or cheat-based boosting'),
    explain: t(
      '据公开报道的判决，法院把制作、销售、运营外挂认定为不正当竞争，判赔数十万元至千万元；绕过游戏保护措施的外挂工具还可能达到提供侵入、控制工具或规避技术措施等罪名的入罪标准(其在外挂案件中的适用未经核实)。',
      'In reported judgments, courts treated making, selling or running cheats as unfair competition, with damages from hundreds of thousands to ten million yuan. Cheat tools that bypass a game’s protections may also meet the threshold of offences on intrusion tools or circumventing technical measures (how they apply to cheats is not verified).',
    ),
    todo: [t('停止分发或运营外挂', 'Stop distributing or running the cheats')],
    legal: [{ provision: 'cl-285', clause: '3' }, { provision: 'cl-217' }],
    notes: [
      {
        status: 'V-2ND',
        source: 'S-GAME',
        text: t(
          '叉叉助手案判赔1000万元，原神外挂代练案300万元。',
          'Damages of RMB 10 million (叉叉助手) and 3 million (Genshin cheat boosting).',
        ),
      },
    ],
  },
  {
    id: 'crawler-bypass',
    scenarios: [35],
    activities: ['crawling'],
    applies: (a) => a.crawlerBypass,
    kind: 'prohibited',
    title: t('爬虫绕过访问控制或反爬措施', 'Crawling that bypasses access controls'),
    explain: t(
      '自动化收集不得非法侵入他人网络或干扰其服务；绕过保护措施获取数据的，可能达到非法获取计算机信息系统数据罪的入罪标准；非法获取个人信息的，可能达到侵犯公民个人信息罪的入罪标准。',
      'Automated collection may not intrude into others’ networks or disrupt their services; bypassing protections to take data may meet the threshold of the offence of illegally obtaining computer data, and obtaining personal information unlawfully that of infringing citizens’ personal information.',
    ),
    todo: [t('停止绕过措施的采集', 'Stop collecting past the protections')],
    legal: [
      { provision: 'ndsr-18' },
      { provision: 'csl-29' },
      { provision: 'cl-285', clause: '2' },
      { provision: 'cl-253-1' },
    ],
  },
  {
    id: 'foreign-requests',
    scenarios: [19],
    applies: (a) => a.foreignRequests === 'unapproved',
    kind: 'prohibited',
    title: t(
      '未经批准向外国司法或执法机构提供数据',
      'Data handed to foreign courts or police without approval',
    ),
    explain: t(
      '非经主管机关批准，不得向外国司法或执法机构提供存储于境内的数据。',
      'Data stored in China may not be handed to foreign courts or law enforcement without the competent authority’s approval.',
    ),
    todo: [t('停止提供，先报主管机关批准', 'Stop, and seek the competent authority’s approval first')],
    legal: [{ provision: 'dsl-36' }],
  },
  {
    id: 'icp-filing-missing',
    scenarios: [20],
    activities: INFO_SERVICES,
    applies: (a) => !a.commercial && a.icp === 'none',
    kind: 'prohibited',
    title: t('网站未办理 ICP 备案', 'Website without ICP filing'),
    explain: t(
      '非经营性互联网信息服务须先履行备案手续，未备案不得提供服务；未备案的，责令限期改正并处1万元罚款，拒不改正的关闭网站。',
      'A non-commercial internet information service needs an ICP filing before it runs; without one it is ordered to correct with a fine of RMB 10,000, and closed if it does not.',
    ),
    todo: [
      t(
        '向省级通信管理局办理 ICP 备案后再上线',
        'File with the provincial communications administration before going live',
      ),
    ],
    legal: [{ provision: 'iism-4' }],
  },
  {
    id: 'icp-licence-missing',
    scenarios: [21],
    activities: INFO_SERVICES,
    applies: (a) => a.commercial && a.icp !== 'licence',
    kind: 'prohibited',
    title: t('经营性服务未取得 ICP 许可证', 'Commercial service without an ICP licence'),
    explain: t(
      '经营性互联网信息服务(收费服务、网上销售、有偿广告等)须取得增值电信业务经营许可(ICP 许可证)，仅备案不够。',
      'A commercial internet information service (paid services, online sales, paid ads) needs an ICP licence; a filing is not enough.',
    ),
    todo: [t('取得 ICP 经营许可证', 'Obtain an ICP licence')],
    legal: [{ provision: 'iism-4' }],
  },

  // ---------- duties
  {
    id: 'icp-number-shown',
    scenarios: [22],
    activities: INFO_SERVICES,
    applies: (a) => a.icp === 'filing' || a.icp === 'licence',
    kind: 'duty',
    met: (a) => a.icpNumberShown,
    reads: ['icpNumberShown'],
    title: t('在网站首页显著位置标明备案号或许可证号', 'Show the filing or licence number on the home page'),
    explain: t('首页须标明许可证编号或备案编号。', 'The home page must show the licence or filing number.'),
    todo: [t('在首页底部中间标明编号并链接到备案系统', 'Show the number at the bottom of the home page')],
    legal: [{ provision: 'iism-12' }],
  },
  {
    id: 'content-moderation',
    scenarios: [31],
    applies: (a) => a.userContent || has(a, 'user-content'),
    kind: 'duty',
    title: t('用户发布内容的管理', 'Managing what users publish'),
    explain: t(
      '对用户发布的信息应加强管理，发现法律禁止的内容应立即停止传输、删除、保存记录并报告；论坛等服务须记录发布内容、时间和地址并保存60日。',
      'Operators must manage what users publish: on finding prohibited content, stop it, remove it, keep records and report; bulletin-board-type services record what was posted, when and from where, and keep it for 60 days.',
    ),
    todo: [
      t('建立内容审核和举报处理机制', 'Run content review and a complaints channel'),
      t('发布记录保存至少60日', 'Keep posting records for at least 60 days'),
    ],
    legal: [
      { provision: 'csl-49' },
      { provision: 'iism-14' },
      { provision: 'iism-15' },
      { provision: 'iism-16' },
    ],
  },
  {
    id: 'real-name',
    scenarios: [24],
    applies: (a) => a.userContent || has(a, 'user-content', 'proxy-vpn', 'hosting-resale'),
    kind: 'duty',
    met: (a) => a.realName,
    reads: ['realName'],
    title: t('用户真实身份信息核验', 'Real-identity verification of users'),
    explain: t(
      '提供网络接入、信息发布、即时通讯等服务的，须要求用户提供真实身份信息，用户不提供的不得提供服务；未落实的，可被罚款，情节严重的可被关闭网站(罚则见下，按行为日期适用)。经监管部门责令改正而拒不改正、情节严重的，可能达到拒不履行信息网络安全管理义务罪的入罪标准。',
      'Providers of network access, publishing or messaging must have users give real identity information and must refuse service otherwise; failure can bring fines and, in serious cases, closure of the site (the penalties below apply by the date of the conduct). Refusing a regulator’s order to correct, in serious cases, may meet the threshold of the offence of refusing network-security management duties.',
    ),
    todo: [t('上线注册时的实名核验(手机号等)', 'Verify real identity at sign-up (e.g. by mobile number)')],
    legal: [{ provision: 'csl-26' }, { provision: 'cl-286-1', clause: '4' }],
  },
  {
    id: 'log-retention',
    scenarios: [12],
    applies: publicService,
    kind: 'duty',
    met: (a) => a.logRetentionDays >= 180,
    reads: ['logRetentionDays'],
    title: t('网络日志留存不少于六个月', 'Keep network logs for at least six months'),
    explain: t(
      '网络运营者须监测、记录网络运行状态和安全事件，网络日志留存不少于六个月(180天)。',
      'Network operators must monitor and record network state and security events and keep network logs for at least six months (180 days).',
    ),
    todo: [
      t('把系统、安全和访问日志保留至少180天', 'Keep system, security and access logs for at least 180 days'),
    ],
    legal: [{ provision: 'csl-23', clause: '3' }],
  },
  {
    id: 'audit-logging',
    scenarios: [13],
    applies: publicService,
    kind: 'duty',
    met: (a) => a.auditLogging,
    reads: ['auditLogging'],
    title: t('安全审计记录', 'Security audit trail'),
    explain: t(
      '须有监测记录安全事件的技术措施；据公开解读，等保三级要求审计覆盖每个用户并防止记录被删除或覆盖。',
      'Technical measures must record security events; reportedly MLPS level 3 wants auditing of every user and records protected from deletion or overwriting.',
    ),
    todo: [
      t('开启审计日志(auditd、认证日志)并防篡改', 'Enable audit logs (auditd, auth logs) and protect them'),
    ],
    legal: [{ provision: 'csl-23', clause: '3' }],
  },
  {
    id: 'firewall',
    scenarios: [14],
    applies: publicService,
    kind: 'duty',
    met: (a) => a.firewall,
    reads: ['firewall'],
    title: t('防范攻击和入侵的技术措施', 'Technical measures against attack and intrusion'),
    explain: t(
      '须采取防范计算机病毒和网络攻击、网络侵入的技术措施；国际联网单位未采取安全技术保护措施的，可被警告、罚款，情节严重的停机整顿。',
      'Operators must take measures against malware, attacks and intrusion; an organisation using international networking without technical protection can be warned, fined and, in serious cases, disconnected.',
    ),
    todo: [t('启用主机防火墙，只开放必要端口', 'Enable a host firewall; open only the ports needed')],
    legal: [
      { provision: 'csl-23', clause: '2' },
      { provision: 'intlsec-10' },
      { provision: 'intlsec-21', clause: '2' },
    ],
  },
  {
    id: 'admin-login',
    scenarios: [15],
    applies: publicService,
    kind: 'duty',
    // keys alone: reportedly not the two factors MLPS level 3 wants, so neither met nor unmet
    met: (a) => (a.adminLogin === 'password' ? false : a.adminLogin === 'key-and-mfa' ? true : undefined),
    reads: ['adminLogin'],
    title: t('管理登录的身份鉴别', 'Authentication of administrative logins'),
    explain: t(
      '数据处理者须采取访问控制、安全认证等技术措施；据公开解读，等保三级要求两种以上鉴别方式且其中一种使用密码技术。',
      'Data handlers must use access control and authentication; reportedly MLPS level 3 wants two or more authentication factors, one of them cryptographic.',
    ),
    todo: [
      t(
        'SSH 改为密钥登录，关闭密码登录，管理入口加双因素',
        'Use SSH keys, turn off password login, add a second factor for admin access',
      ),
    ],
    legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  },
  {
    id: 'patching',
    scenarios: [34],
    applies: publicService,
    kind: 'duty',
    met: (a) => a.patching,
    reads: ['patching'],
    title: t('已知漏洞的修补', 'Patching known vulnerabilities'),
    explain: t(
      '产品、服务存在安全缺陷、漏洞的，应立即采取补救措施、告知用户并报告；涉及国家安全或公共利益的，24小时内报告。',
      'Flaws and vulnerabilities in products or services must be remedied at once, users told and the matter reported; within 24 hours where national security or the public interest is involved.',
    ),
    todo: [t('定期更新，修补已知漏洞', 'Update regularly and patch known vulnerabilities')],
    legal: [{ provision: 'csl-24' }, { provision: 'ndsr-10' }],
  },
  {
    id: 'incident-plan',
    scenarios: [25],
    applies: publicService,
    kind: 'duty',
    met: (a) => a.incidentPlan,
    reads: ['incidentPlan'],
    title: t('网络安全事件应急预案', 'Incident response plan'),
    explain: t(
      '须制定网络安全事件应急预案；处理个人信息的，还须有个人信息安全事件应急预案；数据处理者须有数据安全事件应急预案。',
      'Operators must have a cybersecurity incident plan; personal-information handlers also a PI incident plan, and data handlers a data-incident plan.',
    ),
    todo: [t('制定并演练应急预案', 'Write and rehearse an incident plan')],
    legal: [
      { provision: 'csl-27' },
      { provision: 'ndsr-11', clause: '1' },
      { provision: 'pipl-51', clause: '5' },
    ],
  },
  {
    id: 'incident-handling',
    scenarios: [2, 16, 26],
    applies: (a) => a.incident !== 'none',
    kind: 'duty',
    met: (a) => (a.incident === 'confirmed' ? a.incidentReported : undefined),
    reads: ['incidentReported'],
    title: t('安全事件的处置和报告', 'Handling and reporting the security incident'),
    explain: t(
      '发生网络安全事件(入侵、不明挖矿程序、后门等)时，应立即启动预案、采取补救措施并按规定报告；较大及以上事件按国家网络安全事件报告管理办法在时限内报告(关键信息基础设施1小时，其他4小时)；计算机信息系统中发生的案件24小时内报告公安机关。',
      'When an incident happens (intrusion, an unexplained miner, a backdoor), activate the plan, remediate and report as required; incidents graded 较大 or above are reported within the deadlines of the 2025 incident-reporting measures (1 hour for CII, 4 hours otherwise); cases in computer systems are reported to the police within 24 hours.',
    ),
    todo: [
      t(
        '保全证据(hegui capture)，清除后门，修复入口',
        'Preserve evidence (hegui capture), remove the backdoor, close the way in',
      ),
      t(
        '判断事件级别并在时限内报告(hegui incident)',
        'Grade the incident and report in time (hegui incident)',
      ),
    ],
    legal: [
      { provision: 'csl-27' },
      { provision: 'dsl-29' },
      { provision: 'ndsr-11' },
      { provision: 'irm-4' },
      { provision: 'cisr-14' },
      { provision: 'intlsec-10', clause: '6' },
    ],
    notes: [
      {
        status: 'UNVERIFIED',
        about: t('“较大”事件的具体分级标准', 'the criteria for a 较大 incident'),
        text: t('未确认。', 'Not confirmed.'),
      },
    ],
  },
  {
    id: 'cii-incident',
    scenarios: [26],
    applies: (a) => a.ciio && a.incident !== 'none',
    kind: 'duty',
    met: (a) => (a.incident === 'confirmed' ? a.incidentReported : undefined),
    reads: ['incidentReported'],
    title: t('关键信息基础设施的事件报告', 'Incident reporting by a CII operator'),
    explain: t(
      '关键信息基础设施发生重大安全事件或威胁的，运营者须向保护工作部门和公安机关报告。',
      'A CII operator reports major incidents or threats to its protection department and the police.',
    ),
    todo: [t('按规定报告保护工作部门和公安机关', 'Report to the protection department and the police')],
    legal: [{ provision: 'ciir-18' }],
  },
  {
    id: 'breach-notice',
    scenarios: [27],
    applies: (a) => a.incident === 'confirmed' && holdsPi(a),
    kind: 'duty',
    met: (a) => a.breachNotified,
    reads: ['breachNotified'],
    title: t('个人信息泄露的通知', 'Notice of a personal-information breach'),
    explain: t(
      '发生或可能发生个人信息泄露、篡改、丢失的，应立即补救并通知履行个人信息保护职责的部门和个人。',
      'On an actual or possible leak, alteration or loss of personal information, remediate at once and notify the regulator and the individuals.',
    ),
    todo: [t('通知监管部门和受影响的个人', 'Notify the regulator and the people affected')],
    legal: [{ provision: 'pipl-57' }, { provision: 'csl-44' }, { provision: 'ndsr-11', clause: '2' }],
  },
  {
    id: 'pi-protection',
    scenarios: [9, 10],
    applies: holdsPi,
    kind: 'duty',
    // plaintext falls short; encryption alone does not show every safeguard is in place
    met: (a) => (a.piEncrypted ? undefined : false),
    reads: ['piEncrypted'],
    title: t('个人信息的安全保护措施', 'Safeguards for personal information'),
    explain: t(
      '处理个人信息须有内部制度、分类管理、加密和去标识化等技术措施、操作权限管理；不得泄露、篡改所收集的个人信息；明文保存、数据库对外暴露都与此不符。',
      'Handlers need internal rules, classification, encryption or de-identification, and access control, and must not leak or alter the data they collect; plaintext storage or a database open to the internet falls short of this.',
    ),
    todo: [
      t(
        '加密或去标识化存储，数据库不对公网开放',
        'Encrypt or de-identify stored data; keep databases off the internet',
      ),
      t('按最小权限设置访问', 'Grant access on least privilege'),
    ],
    legal: [
      { provision: 'pipl-51', clause: '3' },
      { provision: 'csl-44' },
      { provision: 'ndsr-9' },
      { provision: 'pipl-69' },
    ],
  },
  {
    id: 'sensitive-pi',
    scenarios: [11],
    applies: (a) => holdsPi(a) && sensitive(a),
    kind: 'duty',
    // plaintext falls short; encryption alone does not show every safeguard is in place
    met: (a) => (a.piEncrypted ? undefined : false),
    reads: ['piEncrypted'],
    title: t('敏感个人信息的处理', 'Handling sensitive personal information'),
    explain: t(
      '金融账户、行踪轨迹、医疗健康、生物识别、宗教信仰和不满14周岁未成年人的信息属于敏感个人信息，只能为特定目的、在充分必要并严格保护时处理，处理前须做个人信息保护影响评估。',
      'Financial accounts, location tracks, health, biometrics, religious belief and data of children under 14 are sensitive personal information: handle them only for a specific purpose, when truly necessary and under strict protection, after a personal-information impact assessment.',
    ),
    todo: [
      t(
        '做影响评估，取得单独同意，加密保存',
        'Run an impact assessment, get separate consent, store encrypted',
      ),
    ],
    legal: [{ provision: 'pipl-28' }, { provision: 'pipl-55', clause: '1' }],
  },
  {
    id: 'pi-retention',
    scenarios: [29],
    applies: holdsPi,
    kind: 'duty',
    met: (a) => a.piRetention === 'defined',
    reads: ['piRetention'],
    title: t('个人信息的保存期限和删除', 'Retention period and deletion of personal information'),
    explain: t(
      '个人信息只能保存实现目的所需的最短时间；目的实现、服务停止、期限届满或撤回同意时应主动删除。',
      'Keep personal information only as long as the purpose needs, and delete it when the purpose is met, the service ends, the period expires or consent is withdrawn.',
    ),
    todo: [t('定出保存期限并定期删除', 'Set a retention period and delete on schedule')],
    legal: [{ provision: 'pipl-19' }, { provision: 'pipl-47' }],
  },
  {
    id: 'pi-officer',
    scenarios: [30],
    applies: (a) => holdsPi(a) && a.people >= 1_000_000,
    kind: 'duty',
    title: t('个人信息保护负责人', 'Personal-information protection officer'),
    explain: t(
      '处理100万人以上个人信息的，须指定个人信息保护负责人并在达到该数量后30个工作日内报送。',
      'Handlers of 1,000,000 or more people’s personal information appoint a protection officer and file the details within 30 working days of reaching that number.',
    ),
    todo: [t('指定并报送个人信息保护负责人', 'Appoint and file a protection officer')],
    legal: [{ provision: 'pipl-52' }],
  },
  {
    id: 'pi-audit',
    scenarios: [30],
    applies: (a) => holdsPi(a) && a.people > 10_000_000,
    kind: 'duty',
    title: t('个人信息保护合规审计', 'Personal-information compliance audit'),
    explain: t(
      '处理超过1000万人个人信息的，至少每两年进行一次合规审计。',
      'Handlers of more than 10,000,000 people’s personal information audit their compliance at least every two years.',
    ),
    todo: [t('每两年至少一次合规审计', 'Audit at least every two years')],
    legal: [{ provision: 'pipl-54' }],
  },
  {
    id: 'data-classification',
    scenarios: [28],
    applies: (a) => publicService(a) || a.importantData || holdsPi(a),
    kind: 'duty',
    met: (a) => a.dataClassification,
    reads: ['dataClassification'],
    title: t('数据分类、重要数据备份和加密', 'Data classification, backup and encryption of important data'),
    explain: t(
      '网络运营者须采取数据分类、重要数据备份和加密等措施；数据处理者须建立全流程数据安全管理制度，重要数据处理者须明确负责人和管理机构。',
      'Network operators classify data and back up and encrypt important data; data handlers run end-to-end data-security management, and handlers of important data name a responsible person and unit.',
    ),
    todo: [
      t(
        '建立数据分类分级清单(hegui assess classify)',
        'Keep a data classification register (hegui assess classify)',
      ),
    ],
    legal: [{ provision: 'csl-23', clause: '4' }, { provision: 'dsl-27' }, { provision: 'dsl-45' }],
  },
  {
    id: 'ciio',
    scenarios: [],
    applies: (a) => a.ciio,
    kind: 'duty',
    title: t('关键信息基础设施运营者的义务', 'Duties of a CII operator'),
    explain: t(
      '关键信息基础设施在等级保护基础上重点保护；境内收集的个人信息和重要数据应在境内存储。',
      'CII gets extra protection on top of MLPS; personal information and important data collected in China are stored in China.',
    ),
    todo: [t('境内存储；出境前申报安全评估', 'Store in China; security assessment before any export')],
    legal: [{ provision: 'csl-39' }],
  },
  {
    id: 'mlps',
    scenarios: [],
    applies: (a) => publicService(a) && (a.mlps === 'none' || a.mlps === 'unknown'),
    kind: 'duty',
    title: t('网络安全等级保护', 'Multi-Level Protection Scheme'),
    explain: t(
      '网络运营者须按等级保护制度履行安全保护义务(定级、制度、技术措施)。',
      'Network operators carry out their security duties under the Multi-Level Protection Scheme (grading, rules, technical measures).',
    ),
    todo: [t('确定系统的等级保护级别', 'Determine the system’s MLPS level')],
    legal: [{ provision: 'csl-23' }],
    notes: [
      {
        status: 'UNVERIFIED',
        about: t('二级以上系统的定级备案和测评频率', 'MLPS filing for level 2+ and how often testing is due'),
        text: t('未确认。', 'Not confirmed.'),
      },
    ],
  },
  {
    id: 'crawling',
    scenarios: [35],
    activities: ['crawling'],
    applies: () => true,
    kind: 'duty',
    title: t('自动化采集的影响评估', 'Assessing the effect of automated collection'),
    explain: t(
      '使用爬虫等自动化工具收集网络数据的，应评估对网络服务的影响，不得干扰其正常运行；采集个人信息的还须有合法性基础。',
      'Crawlers must be assessed for their effect on the services they visit and must not disrupt them; collecting personal information also needs a legal basis.',
    ),
    todo: [
      t(
        '限速、遵守 robots 和服务条款，避免采集个人信息',
        'Rate-limit, respect robots rules and terms, avoid personal data',
      ),
    ],
    legal: [{ provision: 'ndsr-18' }],
  },
  {
    id: 'crawling-pi',
    scenarios: [35],
    activities: ['crawling'],
    applies: (a) => a.crawlerPersonalData,
    kind: 'duty',
    title: t('采集个人信息', 'Collecting personal information by crawling'),
    explain: t(
      '采集个人信息须有合法性基础并遵守个人信息保护义务；以其他方法非法获取个人信息的，可能达到侵犯公民个人信息罪的入罪标准(司法解释按条数分级，如其他个人信息5000条)。',
      'Collecting personal information needs a legal basis and the handler’s duties apply; obtaining it unlawfully may meet the threshold of the offence of infringing citizens’ personal information (counted in items, e.g. 5,000 items of other personal information).',
    ),
    todo: [t('确认合法性基础，只采集必要的信息', 'Confirm the legal basis; collect only what is needed')],
    legal: [{ provision: 'cl-253-1' }, { provision: 'pipl-51' }],
  },
  {
    id: 'open-source',
    scenarios: [8],
    activities: ['software-distribution'],
    applies: (a) => a.openSource !== 'not-applicable',
    kind: 'duty',
    met: (a) => a.openSource === 'compliant',
    reads: ['openSource'],
    title: t('开源许可证的遵守', 'Complying with open-source licences'),
    explain: t(
      '在分发的产品中使用开源组件而不遵守其许可证条件(例如不公开 GPL 衍生作品的源代码)，许可终止，继续使用构成著作权侵权；广州知识产权法院(2019)粤73知民初207号判决赔偿50万元。',
      'Using open-source parts in a distributed product without meeting the licence’s conditions (e.g. not releasing the source of a GPL derivative) ends the licence, so further use infringes copyright; the Guangzhou IP Court awarded RMB 500,000 in (2019)粤73知民初207号.',
    ),
    todo: [
      t(
        '盘点组件许可证并履行义务(hegui assess licences)',
        'Inventory the licences and meet their terms (hegui assess licences)',
      ),
    ],
    legal: [{ provision: 'copyright-54' }],
  },
];
