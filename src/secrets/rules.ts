/**
 * Secret rules as data: each rule is a regular expression whose group `group` (0 = the whole match) is
 * the secret, the literal keywords of which one must occur for the rule to match (the content engine's
 * pre-filter), and the checks that turn a shape into a finding (entropy where the shape is generic).
 * Private keys are found by blocks (private-keys.ts), not here.
 *
 * The rules recognise shapes only. A secret is never verified by calling its issuer: that would send
 * it off the host, possibly abroad, from a compliance tool.
 */
import type { PatternRule } from '../walk/patterns.ts';
import { PRIVATE_KEY_PATTERNS } from './private-keys.ts';

export type SecretKind =
  'access-key-id' | 'secret-key' | 'token' | 'password' | 'private-key' | 'connection-string';

export interface SecretRule {
  id: string;
  kind: SecretKind;
  title: { zh: string; en: string };
  /** Case-sensitive literals; at least one is in any text the rule matches. */
  keywords: readonly string[];
  /** Global regex (our own, reviewed: no nested quantifiers), linear on a line. */
  re: RegExp;
  /** The capture group that holds the secret (0: the whole match), or alternatives: the first that took part. */
  group?: number | readonly number[];
  /** The shape is generic: the value must be this random (bits per character). */
  minEntropy?: number;
  /** Not a secret by design (a publishable key): reported by findSecrets, never as exposed. */
  public?: boolean;
  /**
   * The value is judged as a free-form setting (passwords, generic keys): every placeholder form is
   * rejected (`changeme`, `${VAR}`, `<password>`, `xxx`). Without it (tokens with an issuer's prefix) only
   * the documentation convention `…EXAMPLE…` and masked runs are.
   */
  freeForm?: boolean;
  /** Extra test on the value and the whole match. */
  accept?: (value: string, match: RegExpExecArray) => boolean;
  /**
   * The regex in the syntax RE2 and ripgrep share, where `sharedSyntax` cannot derive it (back-references,
   * a look-ahead inside the pattern): what `npm run bench` gives ripgrep for this rule.
   */
  shared?: string;
}

/** The spellings a case-insensitive keyword takes in practice (lower, UPPER, first letter capitalised). */
function spellings(...words: string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(w.toUpperCase());
    out.add(w.replace(/[a-z]/, (c) => c.toUpperCase()));
  }
  return [...out];
}

/**
 * Literals for a case-insensitive name made of a prefix and what must follow it (`bce` then `_`, `ak`,
 * `access`…): each spelling of the prefix (lower, UPPER, Capitalised) joined to each spelling of the
 * suffix, so `bce_`, `BCE_AK`, `bceAk`, `BceAccessKey` all hold one, while the bare prefix (which hex
 * strings hold: `…3abce9…`) does not count.
 */
function joined(prefixes: readonly string[], suffixes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of prefixes)
    for (const s of suffixes) for (const a of spellings(p)) for (const b of spellings(s)) out.add(a + b);
  return [...out];
}

/** `key = "value"`, `key: value`, `"key": "value"`, `key "value"`: what lies between a name and its value. */
const ASSIGN = String.raw`["']?\s*(?:[:=]|:=|=>|\s)\s*["']?`;
/** No letter or digit may touch a token on this side. */
const NOT_BEFORE = String.raw`(?<![A-Za-z0-9])`;
const NOT_AFTER = String.raw`(?![A-Za-z0-9])`;

function rx(source: string, flags = ''): RegExp {
  return new RegExp(source, `gd${flags}`);
}

const HUAWEI_KEYWORDS = [
  ...spellings('huawei', 'hwcloud'),
  ...joined(['obs'], ['_', '.', '-', 'ak', 'aK', 'sk', 'sK', 'access', 'secret', 'sdk']),
];

/**
 * The key names a password as a word of its own (`DB_PASSWORD`, `spring.datasource.password`,
 * `dbPassword`, `pwd`), not inside another word (`bypass`, `compass`), and not a setting about passwords.
 */
export function isPasswordKey(key: string): boolean {
  const word =
    /(?:^|[_.-])(?:pass(?:word)?|passwd|pwd)(?:$|[_.-])|(?:^|[_.-])(?:PASS(?:WORD)?|PASSWD|PWD)(?:$|[_.-])|[a-z0-9](?:Pass(?:word)?|Passwd|Pwd)(?:$|[A-Z_.-])|^Pass(?:word)?$/;
  const setting =
    /(?:^|[_.-])(?:pass(?:word)?|pwd)[_.-]?(?:file|path|length|len|min|max|policy|hash|salt|reset|expire\w*|cmd|command|prompt|rule|regex|pattern|field|hint|enabled?|required|auth|encoder|strength)$/i;
  return word.test(key) && !setting.test(key);
}

/** An unquoted value that is code, not a literal: `v.password`, `tString`, `getPassword()`. */
export function looksLikeCode(value: string): boolean {
  return (
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) ||
    /^[a-z]+(?:[A-Z][a-z]*)+$/.test(value) ||
    /^[A-Z][a-z]+(?:[A-Z][a-z]*)+$/.test(value)
  );
}

/** URL schemes whose user:password@ is a credential (their literal spellings are the rule's keywords). */
const CONNECTION_SCHEMES = [
  'mysql',
  'mariadb',
  'postgres',
  'postgresql',
  'redis',
  'rediss',
  'mongodb',
  'mongodb+srv',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'oracle',
  'clickhouse',
  'ftp',
  'sftp',
  'smtp',
  'smtps',
  'ldap',
  'ldaps',
  'nats',
  'kafka',
];

const AZURE_KEY_SIGNATURES: Record<string, string> = {
  AZCR: 'azure-container-registry-credential',
  ACOG: 'azure-ai-services-key',
};

/** `<tag>value</tag>` in XML settings (Maven's settings.xml and settings-security.xml). */
function xmlPassword(id: string, tag: string, title: SecretRule['title']): SecretRule {
  return {
    id,
    kind: 'password',
    title,
    keywords: [`<${tag}>`],
    re: rx(String.raw`<${tag}>\s*([^<\s][^<]*?)\s*</${tag}>`),
    group: 1,
  };
}

export const SECRET_RULES: readonly SecretRule[] = [
  // --- Chinese clouds ---
  {
    id: 'alibaba-access-key-id',
    kind: 'access-key-id',
    title: { zh: '阿里云 AccessKey ID', en: 'Alibaba Cloud AccessKey ID' },
    keywords: ['LTAI'],
    re: rx(`${NOT_BEFORE}LTAI[A-Za-z0-9]{12,20}${NOT_AFTER}`),
  },
  {
    id: 'alibaba-access-key-secret',
    kind: 'secret-key',
    title: { zh: '阿里云 AccessKey Secret', en: 'Alibaba Cloud AccessKey secret' },
    keywords: [...spellings('secret'), 'Secret', 'SECRET'],
    re: rx(
      String.raw`(?:access[_.-]?key[_.-]?secret|accesskeysecret|aliyun[_.-]?(?:ak[_.-]?)?secret|alibaba[_.-]?cloud[_.-]?access[_.-]?key[_.-]?secret|oss[_.-]?(?:access[_.-]?key[_.-]?)?secret)${ASSIGN}([A-Za-z0-9]{30})${NOT_AFTER}`,
      'i',
    ),
    group: 1,
    minEntropy: 3.5,
  },
  {
    id: 'tencent-secret-id',
    kind: 'access-key-id',
    title: { zh: '腾讯云 SecretId', en: 'Tencent Cloud SecretId' },
    keywords: ['AKID'],
    re: rx(`${NOT_BEFORE}AKID[A-Za-z0-9]{32}${NOT_AFTER}`),
  },
  {
    id: 'tencent-secret-key',
    kind: 'secret-key',
    title: { zh: '腾讯云 SecretKey', en: 'Tencent Cloud SecretKey' },
    keywords: [
      ...spellings('tencent', 'qcloud', 'cos_secret', 'cos-secret', 'cossecret', 'tc_secret', 'tcsecret'),
      'CosSecret',
      'TcSecret',
    ],
    re: rx(
      String.raw`(?:tencent\w*?|qcloud\w*?|tc|cos)[_-]?secret[_.-]?key${ASSIGN}([A-Za-z0-9]{32})${NOT_AFTER}`,
      'i',
    ),
    group: 1,
    minEntropy: 3.5,
  },
  {
    id: 'huawei-cloud-access-key',
    kind: 'access-key-id',
    title: { zh: '华为云 Access Key (AK)', en: 'Huawei Cloud access key (AK)' },
    keywords: HUAWEI_KEYWORDS,
    re: rx(
      String.raw`(?:huawei\w*?|hwcloud\w*?|obs)[_.-]?(?:sdk[_.-]?)?(?:ak|access[_.-]?key(?:[_.-]?id)?)${ASSIGN}([A-Z0-9]{20})${NOT_AFTER}`,
      'i',
    ),
    group: 1,
    minEntropy: 3.2,
  },
  {
    id: 'huawei-cloud-secret-key',
    kind: 'secret-key',
    title: { zh: '华为云 Secret Key (SK)', en: 'Huawei Cloud secret key (SK)' },
    keywords: HUAWEI_KEYWORDS,
    re: rx(
      String.raw`(?:huawei\w*?|hwcloud\w*?|obs)[_.-]?(?:sdk[_.-]?)?(?:sk|secret[_.-]?(?:access[_.-]?)?key)${ASSIGN}([A-Za-z0-9]{40})${NOT_AFTER}`,
      'i',
    ),
    group: 1,
    minEntropy: 3.5,
  },
  {
    id: 'baidu-bce-access-key',
    kind: 'access-key-id',
    title: { zh: '百度智能云 (BCE) AccessKey', en: 'Baidu AI Cloud (BCE) access key' },
    keywords: [...joined(['bce'], ['_', '.', '-', 'ak', 'aK', 'access']), ...spellings('baidu')],
    re: rx(
      String.raw`(?:bce|baidu\w*?)[_.-]?(?:ak|access[_.-]?key(?:[_.-]?id)?)${ASSIGN}([A-Za-z0-9]{20,40})${NOT_AFTER}`,
      'i',
    ),
    group: 1,
    minEntropy: 3.2,
  },
  {
    id: 'baidu-bce-secret-key',
    kind: 'secret-key',
    title: { zh: '百度智能云 (BCE) SecretKey', en: 'Baidu AI Cloud (BCE) secret key' },
    keywords: [...joined(['bce'], ['_', '.', '-', 'sk', 'sK', 'secret']), ...spellings('baidu')],
    re: rx(
      String.raw`(?:bce|baidu\w*?)[_.-]?(?:sk|secret[_.-]?(?:access[_.-]?)?key)${ASSIGN}([A-Za-z0-9]{32,40})${NOT_AFTER}`,
      'i',
    ),
    group: 1,
    minEntropy: 3.2,
  },
  // --- Other clouds ---
  {
    id: 'aws-access-key-id',
    kind: 'access-key-id',
    title: { zh: 'AWS 访问密钥 ID', en: 'AWS access key ID' },
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    re: rx(`${NOT_BEFORE}(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}${NOT_AFTER}`),
  },
  {
    id: 'aws-secret-access-key',
    kind: 'secret-key',
    title: { zh: 'AWS 秘密访问密钥', en: 'AWS secret access key' },
    keywords: spellings('aws'),
    re: rx(
      String.raw`aws_?(?:sec(?:ret)?)?_?(?:access)?_?key${ASSIGN}([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
      'i',
    ),
    group: 1,
  },
  {
    id: 'gcp-service-account',
    kind: 'private-key',
    title: { zh: 'GCP 服务账号密钥 (JSON)', en: 'GCP service-account key (JSON)' },
    keywords: ['private_key_id'],
    re: rx(String.raw`"private_key_id"\s*:\s*"([a-f0-9]{40})"`),
    group: 1,
  },
  {
    id: 'gcp-api-key',
    kind: 'token',
    title: { zh: 'Google API 密钥', en: 'Google API key' },
    keywords: ['AIza'],
    re: rx(`${NOT_BEFORE}AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])`),
  },
  {
    id: 'azure-storage-account-key',
    kind: 'secret-key',
    title: { zh: 'Azure 存储账户密钥', en: 'Azure storage account key' },
    keywords: ['AccountKey'],
    re: rx(String.raw`AccountKey=([A-Za-z0-9+/]{86}==)`),
    group: 1,
  },
  {
    id: 'azure-sas-token',
    kind: 'token',
    title: { zh: 'Azure SAS 令牌', en: 'Azure SAS token' },
    keywords: ['sig='],
    re: rx(String.raw`\bsv=\d{4}-\d\d-\d\d&[^\s"'<>]*?\bsig=([A-Za-z0-9%+/]{40,}={0,2})`),
    group: 1,
  },
  {
    id: 'azure-app-config-connection-string',
    kind: 'connection-string',
    title: { zh: 'Azure 应用配置连接字符串', en: 'Azure App Configuration connection string' },
    keywords: ['azconfig.io'],
    re: rx(String.raw`Endpoint=https://[\w.-]+\.azconfig\.io;Id=[^;\s]+;Secret=([A-Za-z0-9+/=]{30,})`),
    group: 1,
  },
  {
    id: 'azure-entra-client-secret',
    kind: 'secret-key',
    title: { zh: 'Azure Entra ID 客户端密码', en: 'Azure Entra ID client secret' },
    keywords: ['Q~'],
    re: rx(String.raw`(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`),
  },
  {
    id: 'azure-identifiable-key',
    kind: 'secret-key',
    title: { zh: 'Azure 服务密钥', en: 'Azure service key' },
    keywords: ['JQQJ9'],
    re: rx(`${NOT_BEFORE}[A-Za-z0-9]{52}JQQJ9[A-Za-z0-9]{19}([A-Za-z]{4})[A-Za-z0-9]{4}${NOT_AFTER}`),
  },
  {
    id: 'azure-container-registry-password',
    kind: 'password',
    title: { zh: 'Azure 容器镜像仓库密码', en: 'Azure Container Registry password' },
    keywords: ['azurecr.io'],
    re: rx(
      String.raw`azurecr\.io\b[^\n]{0,80}?(?:password|passwd|pwd|secret)${ASSIGN}([A-Za-z0-9/+=]{32,52})(?![A-Za-z0-9/+=])`,
      'i',
    ),
    group: 1,
  },
  {
    id: 'azure-devops-pat',
    kind: 'token',
    title: { zh: 'Azure DevOps 个人访问令牌', en: 'Azure DevOps personal access token' },
    keywords: spellings('devops', 'vsts', 'ado_'),
    re: rx(
      String.raw`(?:azure[_.-]?devops|devops|vsts|ado)[_.-]?(?:pat|token|personal[_.-]?access[_.-]?token)${ASSIGN}([a-z2-7]{52})${NOT_AFTER}`,
      'i',
    ),
    group: 1,
  },
  // --- Code hosting, chat, payments, tokens ---
  {
    id: 'github-pat',
    kind: 'token',
    title: { zh: 'GitHub 令牌', en: 'GitHub token' },
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghr_', 'ghs_'],
    re: rx(String.raw`${NOT_BEFORE}gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])`),
  },
  {
    id: 'github-app-token',
    kind: 'token',
    title: { zh: 'GitHub App 安装令牌', en: 'GitHub App installation token' },
    keywords: ['ghs_'],
    re: rx(String.raw`ghs_\d+_[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`),
  },
  {
    id: 'github-fine-grained-pat',
    kind: 'token',
    title: { zh: 'GitHub 细粒度个人访问令牌', en: 'GitHub fine-grained personal access token' },
    keywords: ['github_pat_'],
    re: rx(String.raw`github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])`),
  },
  {
    id: 'gitlab-token',
    kind: 'token',
    title: { zh: 'GitLab 令牌', en: 'GitLab token' },
    keywords: ['glpat-', 'glptt-', 'gldt-', 'glrt-'],
    re: rx(String.raw`gl(?:pat|ptt|dt|rt)-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])`),
  },
  {
    id: 'slack-token',
    kind: 'token',
    title: { zh: 'Slack 令牌', en: 'Slack token' },
    keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-'],
    re: rx(String.raw`xox[baprs]-\d{10,13}-\d{10,13}(?:-[A-Za-z0-9-]{20,})?`),
  },
  {
    id: 'slack-webhook',
    kind: 'token',
    title: { zh: 'Slack Webhook 地址', en: 'Slack webhook URL' },
    keywords: ['hooks.slack.com'],
    re: rx(String.raw`https://hooks\.slack\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/([A-Za-z0-9]{24})`),
    group: 1,
  },
  {
    id: 'stripe-secret-key',
    kind: 'secret-key',
    title: { zh: 'Stripe 密钥', en: 'Stripe secret key' },
    keywords: ['k_live_', 'k_test_'],
    re: rx(`${NOT_BEFORE}[sr]k_(?:live|test)_[A-Za-z0-9]{24,99}${NOT_AFTER}`),
  },
  {
    id: 'stripe-publishable-token',
    kind: 'token',
    title: { zh: 'Stripe 可公开密钥', en: 'Stripe publishable key' },
    keywords: ['pk_live_', 'pk_test_'],
    re: rx(`${NOT_BEFORE}pk_(?:live|test)_[A-Za-z0-9]{24,99}${NOT_AFTER}`),
    public: true,
  },
  {
    id: 'hugging-face-access-token',
    kind: 'token',
    title: { zh: 'Hugging Face 令牌', en: 'Hugging Face token' },
    keywords: ['hf_'],
    re: rx(String.raw`(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{34,40}(?![A-Za-z0-9_])`),
  },
  {
    id: 'grafana-api-token',
    kind: 'token',
    title: { zh: 'Grafana API 令牌', en: 'Grafana API token' },
    keywords: ['eyJrIjoi', 'glc_', 'glsa_'],
    re: rx(
      String.raw`eyJrIjoi[A-Za-z0-9]{70,400}={0,2}|glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}`,
    ),
  },
  {
    id: 'private-packagist-token',
    kind: 'token',
    title: { zh: 'Private Packagist 令牌', en: 'Private Packagist token' },
    keywords: ['packagist_'],
    re: rx(String.raw`packagist_[ou][ru]t_[A-Fa-f0-9]{68}`),
  },
  {
    id: 'dockerconfig-secret',
    kind: 'password',
    title: { zh: 'Docker 仓库凭据', en: 'Docker registry credentials' },
    keywords: ['.docker'],
    re: rx(String.raw`\.docker(?:configjson|cfg)["']?\s*[:=]\s*["']?((?:ey|ew)[A-Za-z0-9+/=]{8,})`),
    group: 1,
  },
  {
    id: 'docker-auth',
    kind: 'password',
    title: { zh: 'Docker 仓库凭据', en: 'Docker registry credentials' },
    keywords: ['"auth"'],
    re: rx(String.raw`"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"`),
    group: 1,
    // base64 of user:password
    accept: (value) => Buffer.from(value, 'base64').toString('latin1').includes(':'),
  },
  {
    id: 'jwt-token',
    kind: 'token',
    title: { zh: 'JWT 令牌', en: 'JSON Web Token' },
    keywords: ['eyJ'],
    re: rx(String.raw`${NOT_BEFORE}eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`),
  },
  {
    id: 'jwt-signing-secret',
    kind: 'secret-key',
    title: { zh: 'JWT 签名密钥', en: 'JWT signing secret' },
    keywords: spellings('jwt', 'secret_key_base'),
    re: rx(
      String.raw`(?:jwt[_.-]?(?:secret|signing[_.-]?key|key)|secret[_.-]?key[_.-]?base)${ASSIGN}([^\s"'\`,;]{16,})`,
      'i',
    ),
    group: 1,
    minEntropy: 3.0,
  },
  // --- Passwords ---
  {
    id: 'connection-string-password',
    kind: 'connection-string',
    title: { zh: '连接字符串中的密码', en: 'Password in a connection string' },
    keywords: spellings(...CONNECTION_SCHEMES.map((scheme) => `${scheme}:`)),
    re: rx(
      String.raw`\b(?:jdbc:)?(?:mysql|mariadb|postgres(?:ql)?|redis|rediss|mongodb(?:\+srv)?|amqps?|mssql|sqlserver|oracle|clickhouse|ftp|sftp|smtps?|ldaps?|nats|kafka)://([^\s:/@"'<>]*):([^\s@/"'<>]+)@[^\s/"'<>]`,
      'i',
    ),
    group: 2,
  },
  {
    id: 'wordpress-db-password',
    kind: 'password',
    title: { zh: 'WordPress 数据库密码', en: 'WordPress database password' },
    keywords: ['DB_PASSWORD'],
    re: rx(String.raw`define\s*\(\s*['"]DB_PASSWORD['"]\s*,\s*(['"])([^'"\n]+)\1\s*\)`),
    group: 2,
    shared: String.raw`define\s*\(\s*['"]DB_PASSWORD['"]\s*,\s*(?:'[^'"\n]+'|"[^'"\n]+")\s*\)`,
  },
  {
    id: 'command-line-password',
    kind: 'password',
    title: { zh: '命令行中的密码', en: 'Password on a command line' },
    // mysql -pSECRET, mysqldump --password=SECRET, sshpass -p SECRET (shell histories, cron lines, scripts)
    keywords: ['mysql', 'mariadb', 'sshpass', '--password'],
    re: rx(
      String.raw`\b(?:(?:mysql(?:dump|admin|import|check|slap)?|mariadb(?:-dump)?)\b[^\n]{0,200}?\s(?:-p(?!\s)|--password=)|sshpass\s+-p\s*|--password[= ])(['"]?)([^\s'"]{3,})\1`,
    ),
    group: 2,
    // `(?!\s)` is implied by what follows (a quote or a non-blank character).
    shared: String.raw`\b(?:(?:mysql(?:dump|admin|import|check|slap)?|mariadb(?:-dump)?)\b[^\n]{0,200}?\s(?:-p|--password=)|sshpass\s+-p\s*|--password[= ])(?:'[^\s'"]{3,}'|"[^\s'"]{3,}"|[^\s'"]{3,})`,
  },
  xmlPassword('maven-settings-password', 'password', {
    zh: 'Maven settings.xml 密码',
    en: 'Maven settings.xml password',
  }),
  xmlPassword('maven-settings-passphrase', 'passphrase', {
    zh: 'Maven settings.xml 口令',
    en: 'Maven settings.xml passphrase',
  }),
  xmlPassword('maven-settings-security-master', 'master', {
    zh: 'Maven 主密码',
    en: 'Maven master password',
  }),
  {
    id: 'config-password',
    kind: 'password',
    title: { zh: '配置文件中的明文密码', en: 'Plaintext password in a configuration file' },
    keywords: spellings('password', 'passwd', 'pwd', 'pass'),
    // A whole `key = value` line (.env, .ini, my.cnf, .properties, YAML, shell export).
    re: rx(
      String.raw`^[ \t]*(?:export[ \t]+|-[ \t]+)?["']?([A-Za-z0-9_.-]*(?:password|passwd|pwd|pass)(?:word)?)["']?[ \t]*[:=][ \t]*(?:"([^"\n]{3,200})"|'([^'\n]{3,200})'|([^\s"'#;,]{3,}?)),?(?:[ \t]+[#;].*|[ \t]*)$`,
      'im',
    ),
    group: [2, 3, 4],
    accept: (value, m) => isPasswordKey(m[1] ?? '') && !(m[4] !== undefined && looksLikeCode(value)),
  },
  {
    id: 'config-secret',
    kind: 'secret-key',
    title: { zh: '配置文件中的明文密钥或令牌', en: 'Plaintext secret or token in a configuration file' },
    keywords: [
      ...spellings('secret', 'token'),
      ...joined(['api', 'access'], ['_key', '.key', '-key', 'key']),
    ],
    re: rx(
      String.raw`^[ \t]*(?:export[ \t]+)?["']?([A-Za-z0-9_.-]*(?:secret|token|api[_.-]?key|access[_.-]?key)(?:[_.-]?key|[_.-]?id)?)["']?[ \t]*[:=][ \t]*(["']?)([A-Za-z0-9_+/=.~-]{16,})\2[ \t]*[,;]?[ \t]*$`,
      'im',
    ),
    group: 3,
    minEntropy: 3.5,
    shared: String.raw`^[ \t]*(?:export[ \t]+)?["']?([A-Za-z0-9_.-]*(?:secret|token|api[_.-]?key|access[_.-]?key)(?:[_.-]?key|[_.-]?id)?)["']?[ \t]*[:=][ \t]*(?:"[A-Za-z0-9_+/=.~-]{16,}"|'[A-Za-z0-9_+/=.~-]{16,}'|[A-Za-z0-9_+/=.~-]{16,})[ \t]*[,;]?[ \t]*$`,
    accept: (value, m) =>
      !/(?:public|publishable|_id$|[_.-]url$|path|file|type|name|length|ttl|expir)/i.test(m[1] ?? '') &&
      /\d/.test(value) &&
      !looksLikeCode(value),
  },
];

/**
 * A rule's regex in the syntax RE2 and ripgrep share: a look-behind of one character class becomes "line
 * start or a character outside the class", a look-ahead of one class at the end of the pattern "a
 * character outside the class or line end" (the match may take one more character; the lines it finds
 * are the same); a back-quote loses the escape a template string needed. Anything else that syntax
 * lacks must come as the rule's `shared` source.
 */
export function sharedSyntax(rule: SecretRule): string {
  if (rule.shared !== undefined) return rule.shared;
  const out = rule.re.source
    .replace(/\(\?<!\[((?:\\.|[^\]\\])+)\]\)/g, '(?:^|[^$1])')
    .replace(/\(\?!\[((?:\\.|[^\]\\])+)\]\)$/, '(?:[^$1]|$$)')
    .replaceAll('\\`', '`');
  if (/\(\?<?[=!]|\\[1-9]/.test(out))
    throw new Error(`secret rule ${rule.id}: give its shared-syntax source`);
  return out;
}

/**
 * What the secrets detector searches, as patterns (`Detector.patterns`: documentation, and the set `npm
 * run bench` gives ripgrep): each rule in the shared syntax, and the private-key armour lines.
 */
export const SECRET_PATTERNS: readonly PatternRule[] = [
  ...PRIVATE_KEY_PATTERNS,
  ...SECRET_RULES.map((rule) => {
    const flags = rule.re.flags.replace(/[^im]/g, '');
    return {
      id: rule.id,
      title: rule.title.en,
      regex: sharedSyntax(rule),
      ...(flags === '' ? {} : { flags }),
      keywords: rule.keywords,
    };
  }),
];

/** The rule for an Azure identifiable key's provider signature (characters 76–79). */
export function azureKeyRule(signature: string): string {
  return AZURE_KEY_SIGNATURES[signature] ?? 'azure-identifiable-key';
}

/** Every keyword of every rule (the detector's pre-filter), plus the private-key markers. */
export const SECRET_KEYWORDS: readonly string[] = [
  ...new Set([...SECRET_RULES.flatMap((r) => r.keywords), 'PRIVATE KEY', 'PuTTY-User-Key-File']),
].sort();
