/**
 * The answers of `hegui assess use`: what the server is for and how it is run. One schema for the
 * answers file (YAML/JSON), the questionnaire and the scan-report reading; validated with coded errors
 * naming the key and the allowed values, never guessed.
 */
import { HeguiError } from '../../core/errors.ts';
import type { Text } from '../../legal/types.ts';

export const ACTIVITIES = [
  'personal-site',
  'company-site',
  'e-commerce',
  'game-server',
  'saas-api',
  'user-content',
  'software-distribution',
  'internal',
  'crawling',
  'proxy-vpn',
  'hosting-resale',
  'mining',
  'gambling',
  'adult-content',
  'pirated-content',
  'hacking-tools',
  'botnet-control',
  'ddos-service',
  'phishing',
  'game-cheats',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const ACTIVITY_LABELS: Record<Activity, Text> = {
  'personal-site': { zh: '个人网站或博客', en: 'personal website or blog' },
  'company-site': { zh: '企业官网(展示性)', en: 'company website (information only)' },
  'e-commerce': { zh: '电子商务或网店', en: 'e-commerce or online shop' },
  'game-server': { zh: '游戏服务器', en: 'game server' },
  'saas-api': { zh: 'SaaS 或 API 服务', en: 'SaaS or API service' },
  'user-content': {
    zh: '论坛、社区或其他用户发布内容的服务',
    en: 'forum, community or other user-published content',
  },
  'software-distribution': {
    zh: '分发软件或产品(含开源组件)',
    en: 'distributing software or products (with open-source parts)',
  },
  internal: { zh: '仅内部使用的系统(不对公众提供服务)', en: 'internal systems only (no public service)' },
  crawling: { zh: '爬虫或数据采集', en: 'crawling or scraping' },
  'proxy-vpn': { zh: '为他人提供代理、VPN 或隧道', en: 'proxy, VPN or tunnel for others' },
  'hosting-resale': {
    zh: '转售云主机、VPS、托管或 CDN',
    en: 'reselling cloud servers, VPS, hosting or CDN',
  },
  mining: { zh: '虚拟货币挖矿', en: 'cryptocurrency mining' },
  gambling: { zh: '博彩或下注网站', en: 'gambling or betting site' },
  'adult-content': { zh: '色情或其他违法内容', en: 'pornographic or other prohibited content' },
  'pirated-content': {
    zh: '提供未经授权的影视、音乐、软件或图书',
    en: 'unlicensed films, music, software or books',
  },
  'hacking-tools': { zh: '提供入侵或攻击工具下载', en: 'intrusion or attack tools for download' },
  'botnet-control': {
    zh: '控制他人计算机(C2 控制端、肉鸡列表)',
    en: "controlling others' computers (C2 panel, bot list)",
  },
  'ddos-service': { zh: 'DDoS、压力测试攻击服务', en: 'DDoS or "stress test" attack service' },
  phishing: { zh: '钓鱼或诈骗页面', en: 'phishing or fraud pages' },
  'game-cheats': { zh: '游戏外挂、脚本或代练工具', en: 'game cheats, bots or boosting tools' },
};

/** Kinds of personal information the questionnaire asks about; the sensitive ones follow PIPL Art. 28. */
export const PI_KINDS = [
  'contact',
  'id-number',
  'account-password',
  'financial',
  'whereabouts',
  'health',
  'biometric',
  'religion',
  'minors',
] as const;
export type PiKind = (typeof PI_KINDS)[number];
export const SENSITIVE_KINDS: readonly PiKind[] = [
  'financial',
  'whereabouts',
  'health',
  'biometric',
  'religion',
  'minors',
];

export const PI_KIND_LABELS: Record<PiKind, Text> = {
  contact: { zh: '姓名、手机号、邮箱、地址', en: 'names, phone numbers, e-mail, addresses' },
  'id-number': { zh: '身份证号', en: 'national ID numbers' },
  'account-password': { zh: '账号和密码', en: 'accounts and passwords' },
  financial: { zh: '银行卡、支付账户(敏感)', en: 'bank cards, payment accounts (sensitive)' },
  whereabouts: { zh: '行踪轨迹、定位(敏感)', en: 'location tracks (sensitive)' },
  health: { zh: '医疗健康(敏感)', en: 'medical and health data (sensitive)' },
  biometric: { zh: '人脸、指纹等生物识别(敏感)', en: 'face, fingerprints, other biometrics (sensitive)' },
  religion: { zh: '宗教信仰(敏感)', en: 'religious belief (sensitive)' },
  minors: { zh: '不满14周岁未成年人的信息(敏感)', en: 'data of children under 14 (sensitive)' },
};

export const ICP_STATUSES = ['none', 'filing', 'licence', 'not-applicable'] as const;
export const MLPS_LEVELS = ['none', 'unknown', '1', '2', '3', '4'] as const;
export const ADMIN_LOGINS = ['password', 'key', 'key-and-mfa'] as const;
export const INCIDENTS = ['none', 'suspected', 'confirmed'] as const;
export const FOREIGN_REQUESTS = ['none', 'approved', 'unapproved'] as const;
export const OSS_STATES = ['not-applicable', 'compliant', 'not-compliant'] as const;
export const RETENTIONS = ['defined', 'indefinite'] as const;

export interface Answers {
  activities: Activity[];
  /** Charges for the service itself, sells online or shows paid ads (经营性). */
  commercial: boolean;
  icp: (typeof ICP_STATUSES)[number];
  icpNumberShown: boolean;
  userContent: boolean;
  accounts: boolean;
  realName: boolean;
  personalData: PiKind[];
  /** People whose personal information the server holds. */
  people: number;
  piEncrypted: boolean;
  piRetention: (typeof RETENTIONS)[number];
  recipientsAbroad: boolean;
  abroadPersonal: number;
  abroadSensitive: number;
  importantData: boolean;
  dataClassification: boolean;
  ciio: boolean;
  mlps: (typeof MLPS_LEVELS)[number];
  logRetentionDays: number;
  auditLogging: boolean;
  firewall: boolean;
  adminLogin: (typeof ADMIN_LOGINS)[number];
  patching: boolean;
  incidentPlan: boolean;
  incident: (typeof INCIDENTS)[number];
  incidentReported: boolean;
  breachNotified: boolean;
  foreignRequests: (typeof FOREIGN_REQUESTS)[number];
  telecomLicence: boolean;
  crawlerBypass: boolean;
  crawlerPersonalData: boolean;
  openSource: (typeof OSS_STATES)[number];
}

export type AnswerKey = keyof Answers;

/** The defaults: the cautious answer where one exists, so that an unanswered duty is never "met". */
export const DEFAULTS: Answers = {
  activities: [],
  commercial: false,
  icp: 'none',
  icpNumberShown: false,
  userContent: false,
  accounts: false,
  realName: false,
  personalData: [],
  people: 0,
  piEncrypted: false,
  piRetention: 'indefinite',
  recipientsAbroad: false,
  abroadPersonal: 0,
  abroadSensitive: 0,
  importantData: false,
  dataClassification: false,
  ciio: false,
  mlps: 'unknown',
  logRetentionDays: 0,
  auditLogging: false,
  firewall: false,
  adminLogin: 'password',
  patching: false,
  incidentPlan: false,
  incident: 'none',
  incidentReported: false,
  breachNotified: false,
  foreignRequests: 'none',
  telecomLicence: false,
  crawlerBypass: false,
  crawlerPersonalData: false,
  openSource: 'not-applicable',
};

type Kind =
  | { type: 'boolean' }
  | { type: 'count' }
  | { type: 'choice'; values: readonly string[] }
  | { type: 'list'; values: readonly string[] };

/** The type of every key, for validation and for the questionnaire. */
export const SCHEMA: Record<AnswerKey, Kind> = {
  activities: { type: 'list', values: ACTIVITIES },
  commercial: { type: 'boolean' },
  icp: { type: 'choice', values: ICP_STATUSES },
  icpNumberShown: { type: 'boolean' },
  userContent: { type: 'boolean' },
  accounts: { type: 'boolean' },
  realName: { type: 'boolean' },
  personalData: { type: 'list', values: PI_KINDS },
  people: { type: 'count' },
  piEncrypted: { type: 'boolean' },
  piRetention: { type: 'choice', values: RETENTIONS },
  recipientsAbroad: { type: 'boolean' },
  abroadPersonal: { type: 'count' },
  abroadSensitive: { type: 'count' },
  importantData: { type: 'boolean' },
  dataClassification: { type: 'boolean' },
  ciio: { type: 'boolean' },
  mlps: { type: 'choice', values: MLPS_LEVELS },
  logRetentionDays: { type: 'count' },
  auditLogging: { type: 'boolean' },
  firewall: { type: 'boolean' },
  adminLogin: { type: 'choice', values: ADMIN_LOGINS },
  patching: { type: 'boolean' },
  incidentPlan: { type: 'boolean' },
  incident: { type: 'choice', values: INCIDENTS },
  incidentReported: { type: 'boolean' },
  breachNotified: { type: 'boolean' },
  foreignRequests: { type: 'choice', values: FOREIGN_REQUESTS },
  telecomLicence: { type: 'boolean' },
  crawlerBypass: { type: 'boolean' },
  crawlerPersonalData: { type: 'boolean' },
  openSource: { type: 'choice', values: OSS_STATES },
};

/** Counts above this are typos (more people than exist, or log retention of millennia). */
const MAX_COUNT: Partial<Record<AnswerKey, number>> = {
  people: 8_300_000_000,
  abroadPersonal: 8_300_000_000,
  abroadSensitive: 8_300_000_000,
  logRetentionDays: 36_600,
};

function bad(key: string, message: string): never {
  throw new HeguiError('HEGUI_E_ASSESS_ANSWERS', `${key}: ${message}`);
}

/** One value checked against its key's type; returns it typed. */
export function checkValue(key: AnswerKey, value: unknown): unknown {
  const kind = SCHEMA[key];
  switch (kind.type) {
    case 'boolean':
      if (typeof value !== 'boolean') bad(key, `must be true or false (got ${JSON.stringify(value)})`);
      return value;
    case 'count': {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        bad(key, `must be a whole number, 0 or more (got ${JSON.stringify(value)})`);
      const max = MAX_COUNT[key];
      if (max !== undefined && value > max) bad(key, `${value} is not a plausible value (at most ${max})`);
      return value;
    }
    case 'choice':
      if (typeof value !== 'string' || !kind.values.includes(value))
        bad(key, `must be one of ${kind.values.join(', ')} (got ${JSON.stringify(value)})`);
      return value;
    case 'list': {
      if (!Array.isArray(value)) bad(key, `must be a list of ${kind.values.join(', ')}`);
      for (const v of value as unknown[])
        if (typeof v !== 'string' || !kind.values.includes(v))
          bad(key, `unknown value ${JSON.stringify(v)} (one of ${kind.values.join(', ')})`);
      // one order whatever the input's: the schema's (so file and questionnaire agree)
      return kind.values.filter((v) => (value as string[]).includes(v));
    }
  }
}

/**
 * Answers from a parsed file: unknown keys and values are coded errors. Missing keys take the defaults
 * but are left out of `given`, so a duty that depends on them is reported as applying, never as met or
 * unmet; the keys that decide a "not allowed" must be given (see requireDecisive in questions.ts).
 */
export function parseAnswers(raw: unknown): { answers: Answers; given: Set<AnswerKey> } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new HeguiError(
      'HEGUI_E_ASSESS_ANSWERS',
      'the answers file must hold one mapping of keys to answers',
    );
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in SCHEMA)) bad(key, `unknown key (known: ${Object.keys(SCHEMA).join(', ')})`);
    out[key] = checkValue(key as AnswerKey, value);
  }
  const answers = out as unknown as Answers;
  if (answers.activities.length === 0)
    bad('activities', `list at least one activity (${ACTIVITIES.join(', ')})`);
  return { answers, given: new Set(Object.keys(raw) as AnswerKey[]) };
}

export const PAID_ACTIVITIES: readonly Activity[] = ['e-commerce', 'hosting-resale'];

export interface Contradiction {
  keys: AnswerKey[];
  text: Text;
}

/** Answers that cannot both be true; the questionnaire asks again, the answers file is refused. */
export function contradictions(a: Answers): Contradiction[] {
  const out: Contradiction[] = [];
  if (a.activities.length === 0)
    out.push({
      keys: ['activities'],
      text: { zh: '至少选择一项用途', en: 'choose at least one activity' },
    });
  const paid = a.activities.filter((x) => PAID_ACTIVITIES.includes(x));
  if (!a.commercial && paid.length > 0)
    out.push({
      keys: ['commercial', 'activities'],
      text: {
        zh: `选择了非经营性，但活动包括收费服务(${paid.join(', ')})`,
        en: `non-commercial, but the activities include paid services (${paid.join(', ')})`,
      },
    });
  if (
    a.activities.includes('internal') &&
    a.activities.length > 1 &&
    a.activities.some((x) => x !== 'internal' && x !== 'crawling' && x !== 'mining')
  )
    out.push({
      keys: ['activities'],
      text: {
        zh: '选择了“仅内部使用”，同时又选择了面向公众的服务',
        en: '"internal systems only" next to a service for the public',
      },
    });
  if (
    a.realName &&
    !a.accounts &&
    !a.userContent &&
    !a.activities.includes('proxy-vpn') &&
    !a.activities.includes('hosting-resale')
  )
    out.push({
      keys: ['realName', 'accounts'],
      text: { zh: '有实名核验却没有用户账号', en: 'real-name verification without user accounts' },
    });
  if (a.people === 0 && a.personalData.length > 0)
    out.push({
      keys: ['people', 'personalData'],
      text: {
        zh: '选择了个人信息种类，但人数为 0',
        en: 'kinds of personal information are listed, but the number of people is 0',
      },
    });
  if (a.recipientsAbroad && Math.max(a.abroadPersonal, a.abroadSensitive) > a.people)
    out.push({
      keys: ['abroadPersonal', 'abroadSensitive', 'people'],
      text: {
        zh: '出境人数多于服务器上保存个人信息的人数',
        en: 'more people sent abroad than the server holds personal information about',
      },
    });
  if (a.abroadSensitive > 0 && !a.personalData.some((k) => SENSITIVE_KINDS.includes(k)))
    out.push({
      keys: ['abroadSensitive', 'personalData'],
      text: {
        zh: '有敏感个人信息出境，但未选择任何敏感个人信息种类',
        en: 'sensitive personal information goes abroad, but no sensitive kind is listed',
      },
    });
  const web = a.activities.filter((x) => WEB_ACTIVITIES.includes(x));
  if (a.icp === 'not-applicable' && web.length > 0)
    out.push({
      keys: ['icp', 'activities'],
      text: {
        zh: `ICP 选择了“不适用”，但活动包括网站服务(${web.join(', ')})`,
        en: `ICP "not applicable", but the activities include websites (${web.join(', ')})`,
      },
    });
  return out;
}

/** Activities that are websites to the public, so ICP filing or licence cannot be "not applicable". */
export const WEB_ACTIVITIES: readonly Activity[] = [
  'personal-site',
  'company-site',
  'e-commerce',
  'user-content',
];
