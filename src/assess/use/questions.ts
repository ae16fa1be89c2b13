/** The questionnaire of `hegui assess use`, as data: one question per answer key, asked when it matters. */
import { HeguiError } from '../../core/errors.ts';
import type { Text } from '../../legal/types.ts';
import { ACTIVITY_LABELS, PI_KIND_LABELS, SCHEMA, type AnswerKey, type Answers } from './model.ts';
import { INFO_SERVICES } from './rules.ts';

export interface Question {
  key: AnswerKey;
  prompt: Text;
  /** Labels of the choices, in the order of SCHEMA's values (boolean: yes, no). */
  labels?: Readonly<Record<string, Text>>;
  askIf?(a: Answers): boolean;
  /** A multiple choice that needs at least one pick. */
  required?: boolean;
}

const yes: Text = { zh: '是', en: 'yes' };
const no: Text = { zh: '否', en: 'no' };
const has = (a: Answers, x: string) => a.activities.some((y) => y === x);

const q = (key: AnswerKey, zh: string, en: string, extra: Partial<Question> = {}): Question => ({
  key,
  prompt: { zh, en },
  ...extra,
});

export const QUESTIONS: readonly Question[] = [
  q('activities', '这台服务器用来做什么？(可多选)', 'What is this server for? (choose all that apply)', {
    labels: ACTIVITY_LABELS,
    required: true,
  }),
  q(
    'commercial',
    '是否经营性：对服务本身收费、网上销售或有偿广告？',
    'Is it commercial: paid service, online sales or paid ads?',
  ),
  q('icp', 'ICP 备案或许可证状态？', 'ICP filing or licence status?', {
    labels: {
      none: { zh: '都没有', en: 'neither' },
      filing: { zh: '已备案', en: 'filed (备案)' },
      licence: { zh: '已取得 ICP 许可证', en: 'ICP licence' },
      'not-applicable': {
        zh: '不适用(不对公众提供网站或信息服务)',
        en: 'not applicable (no public website or information service)',
      },
    },
    askIf: (a) => a.activities.some((x) => INFO_SERVICES.includes(x)),
  }),
  q(
    'icpNumberShown',
    '网站首页是否标明备案号或许可证号？',
    'Does the home page show the filing or licence number?',
    {
      askIf: (a) => a.icp === 'filing' || a.icp === 'licence',
    },
  ),
  q(
    'userContent',
    '用户能否发布内容(帖子、评论、上传)？',
    'Can users publish content (posts, comments, uploads)?',
    {
      askIf: (a) => !(a.activities.length === 1 && has(a, 'internal')),
    },
  ),
  q('accounts', '是否有用户注册账号？', 'Do users register accounts?'),
  q('realName', '是否核验用户真实身份(实名制)？', 'Do you verify users’ real identity (real-name)?', {
    askIf: (a) => a.accounts || a.userContent || has(a, 'proxy-vpn') || has(a, 'hosting-resale'),
  }),
  q(
    'personalData',
    '保存哪些个人信息？(可多选，都没有则不选)',
    'Which personal information does it hold? (choose all; none: choose nothing)',
    {
      labels: PI_KIND_LABELS,
    },
  ),
  q('people', '涉及多少人的个人信息？', 'About how many people’s personal information?', {
    askIf: (a) => a.personalData.length > 0,
  }),
  q(
    'piEncrypted',
    '个人信息是否加密或去标识化保存？',
    'Is the personal information stored encrypted or de-identified?',
    {
      askIf: (a) => a.personalData.length > 0,
    },
  ),
  q('piRetention', '个人信息的保存期限？', 'How long is personal information kept?', {
    labels: {
      defined: { zh: '有明确期限并定期删除', en: 'a set period, deleted on schedule' },
      indefinite: { zh: '无限期保存', en: 'indefinitely' },
    },
    askIf: (a) => a.personalData.length > 0,
  }),
  q(
    'recipientsAbroad',
    '是否向境外提供数据(境外接收方、境外访问)？',
    'Does data go abroad (foreign recipients, access from abroad)?',
  ),
  q(
    'abroadPersonal',
    '自今年1月1日起，非敏感个人信息出境涉及多少人？',
    'Since 1 January, how many people’s non-sensitive personal information went abroad?',
    {
      askIf: (a) => a.recipientsAbroad,
    },
  ),
  q(
    'abroadSensitive',
    '自今年1月1日起，敏感个人信息出境涉及多少人？',
    'Since 1 January, how many people’s sensitive personal information went abroad?',
    {
      askIf: (a) => a.recipientsAbroad,
    },
  ),
  q(
    'importantData',
    '是否处理有关部门告知或公布的重要数据？',
    'Does it handle data the authorities have notified or published as important?',
  ),
  q('dataClassification', '是否做了数据分类分级？', 'Is the data classified (数据分类分级)?'),
  q('ciio', '是否为关键信息基础设施运营者？', 'Are you a critical information infrastructure operator?'),
  q('mlps', '等级保护级别？', 'MLPS level?', {
    labels: {
      none: { zh: '未定级', en: 'not graded' },
      unknown: { zh: '不清楚', en: 'don’t know' },
      '1': { zh: '一级', en: 'level 1' },
      '2': { zh: '二级', en: 'level 2' },
      '3': { zh: '三级', en: 'level 3' },
      '4': { zh: '四级', en: 'level 4' },
    },
  }),
  q('logRetentionDays', '日志保留多少天？', 'How many days are logs kept?'),
  q('auditLogging', '是否开启安全审计日志？', 'Is security audit logging on?'),
  q(
    'firewall',
    '是否启用主机防火墙，只开放必要端口？',
    'Is a host firewall on, with only needed ports open?',
  ),
  q('adminLogin', '管理员如何登录？', 'How do administrators log in?', {
    labels: {
      password: { zh: '密码', en: 'password' },
      key: { zh: '密钥', en: 'key' },
      'key-and-mfa': { zh: '密钥加双因素', en: 'key plus a second factor' },
    },
  }),
  q('patching', '是否及时修补已知漏洞？', 'Are known vulnerabilities patched promptly?'),
  q('incidentPlan', '是否有安全事件应急预案？', 'Is there an incident response plan?'),
  q(
    'incident',
    '是否发生过或怀疑发生安全事件(入侵、不明程序)？',
    'Has there been a security incident (intrusion, unknown programs)?',
    {
      labels: {
        none: { zh: '没有', en: 'none' },
        suspected: { zh: '怀疑有', en: 'suspected' },
        confirmed: { zh: '已确认', en: 'confirmed' },
      },
    },
  ),
  q('incidentReported', '事件是否已按规定报告？', 'Was the incident reported as required?', {
    askIf: (a) => a.incident === 'confirmed',
  }),
  q(
    'breachNotified',
    '是否已通知受影响的个人和监管部门？',
    'Were the people affected and the regulator notified?',
    {
      askIf: (a) => a.incident === 'confirmed' && a.personalData.length > 0,
    },
  ),
  q(
    'foreignRequests',
    '是否向外国法院或执法机构提供过数据？',
    'Has data been given to foreign courts or police?',
    {
      labels: {
        none: { zh: '没有', en: 'never' },
        approved: { zh: '经主管机关批准', en: 'with the authority’s approval' },
        unapproved: { zh: '未经批准', en: 'without approval' },
      },
    },
  ),
  q(
    'telecomLicence',
    '是否持有覆盖转售业务的增值电信业务经营许可证？',
    'Do you hold a value-added telecom licence covering the resale?',
    {
      askIf: (a) => has(a, 'hosting-resale'),
    },
  ),
  q(
    'crawlerBypass',
    '爬虫是否绕过登录、验证码或反爬措施？',
    'Does the crawler bypass logins, captchas or anti-bot measures?',
    {
      askIf: (a) => has(a, 'crawling'),
    },
  ),
  q('crawlerPersonalData', '爬虫是否采集个人信息？', 'Does the crawler collect personal information?', {
    askIf: (a) => has(a, 'crawling'),
  }),
  q(
    'openSource',
    '分发的产品中的开源组件是否遵守其许可证？',
    'Do the open-source parts of what you distribute comply with their licences?',
    {
      labels: {
        'not-applicable': { zh: '没有开源组件', en: 'no open-source parts' },
        compliant: { zh: '遵守', en: 'compliant' },
        'not-compliant': {
          zh: '未遵守(如未公开 GPL 源码)',
          en: 'not compliant (e.g. GPL source not released)',
        },
      },
      askIf: (a) => has(a, 'software-distribution'),
    },
  ),
];

export interface Choice {
  value: string;
  label: Text;
}

/** The choices of a choice, list or boolean question, in a fixed order. */
export function choicesOf(question: Question): Choice[] {
  const kind = SCHEMA[question.key];
  if (kind.type === 'boolean')
    return [
      { value: 'true', label: yes },
      { value: 'false', label: no },
    ];
  if (kind.type === 'choice' || kind.type === 'list')
    return kind.values.map((v) => ({ value: v, label: question.labels?.[v] ?? { zh: v, en: v } }));
  return [];
}

/** Keys that decide a "not allowed" verdict: an answers file must give them whenever they are asked. */
export const DECISIVE: readonly AnswerKey[] = [
  'activities',
  'commercial',
  'icp',
  'telecomLicence',
  'crawlerBypass',
];

export function requireDecisive(answers: Answers, given: ReadonlySet<AnswerKey>): void {
  const missing = QUESTIONS.filter(
    (x) => DECISIVE.includes(x.key) && !given.has(x.key) && (!x.askIf || x.askIf(answers)),
  ).map((x) => x.key);
  if (missing.length > 0)
    throw new HeguiError(
      'HEGUI_E_ASSESS_ANSWERS',
      `${missing.join(', ')}: missing; for these activities the verdict depends on ${missing.length === 1 ? 'it' : 'them'}`,
    );
}
