import { describe, expect, it } from 'vitest';
import { loadRe2 } from '../walk/patterns.ts';
import { findSecrets, isDocumentationPath, keywordHits } from './find.ts';
import { SECRET_KEYWORDS, SECRET_PATTERNS, SECRET_RULES } from './rules.ts';

/** Synthetic values with the right shapes (none is a real key). */
const ALI_ID = 'LTAI5tQ7xK2mN8pR4vW9yZ3b';
const ALI_SECRET = 'q7Xk2Lm9Np4Rs8Tv3Wy6Za1Bc5De0F';
const TC_ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA';
const TC_KEY = 'Gu5t9xGARNpq86cd98joQYCN3Cozk1qA';
const HW_AK = 'HPUAK3ZQ8M2N7R4T9W1X';
const HW_SK = 'Qm8Zr3Kp7Wt2Vx9Ny4Lb6Hc1Jd5Fg0Sa8Ek3Uo7x';
const BCE_AK = 'a3f9c2e7b1d84f6a9c0e5b7d2f8a1c4e';
const AWS_ID = 'AKIA4QX7ZB2MNC5RT8WY';
const AWS_SECRET = 'wK9mP2xQ7vR4tY8nB3cF6hJ1lD5sG0aZ+e/Wq2Ux';
const GHP = 'ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXy9Zq2Wk7M';
const GLPAT = 'glpat-Xq7Rt2Mn9Kp4Vw8Zy3Lb';
const SLACK = 'xoxb-2938475610-4829301756-Qw8Er7Ty6Ui5Op4As3Df2Gh1';
const STRIPE = 'sk_live_51Hq8Xk2Lm9Np4Rs8Tv3Wy6Za';
const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzeW50aGV0aWMiLCJpYXQiOjE3MDAwMDAwMDB9.Zm9vYmFyYmF6cXV4c3ludGhldGljc2ln';

type Case = [name: string, text: string, expected: string[]];

const POSITIVE: Case[] = [
  [
    'alibaba id and secret',
    `accessKeyId: ${ALI_ID}\naccessKeySecret: ${ALI_SECRET}\n`,
    ['alibaba-access-key-id:1', 'alibaba-access-key-secret:2'],
  ],
  [
    'alibaba id in a shell export',
    `export ALIBABA_CLOUD_ACCESS_KEY_ID="${ALI_ID}"`,
    ['alibaba-access-key-id:1'],
  ],
  [
    'tencent SecretId/SecretKey',
    `SecretId=${TC_ID}\nTENCENTCLOUD_SECRET_KEY=${TC_KEY}`,
    ['tencent-secret-id:1', 'tencent-secret-key:2'],
  ],
  [
    'huawei AK/SK',
    `HUAWEICLOUD_SDK_AK=${HW_AK}\nHUAWEICLOUD_SDK_SK=${HW_SK}`,
    ['huawei-cloud-access-key:1', 'huawei-cloud-secret-key:2'],
  ],
  ['baidu BCE', `bce_access_key_id = "${BCE_AK}"`, ['baidu-bce-access-key:1']],
  [
    'aws id and secret',
    `aws_access_key_id = ${AWS_ID}\naws_secret_access_key = ${AWS_SECRET}`,
    ['aws-access-key-id:1', 'aws-secret-access-key:2'],
  ],
  ['aws STS id', `key ASIA4QX7ZB2MNC5RT8WY`, ['aws-access-key-id:1']],
  ['github classic', `token: ${GHP}`, ['github-pat:1']],
  ['gitlab', `GITLAB_TOKEN ${GLPAT}`, ['gitlab-token:1']],
  ['slack', `"${SLACK}"`, ['slack-token:1']],
  ['stripe secret', `STRIPE=${STRIPE}`, ['stripe-secret-key:1']],
  ['jwt', `Authorization: Bearer ${JWT}`, ['jwt-token:1']],
  ['jwt signing secret', `JWT_SECRET=Qm8Zr3Kp7Wt2Vx9Ny4Lb6Hc1`, ['jwt-signing-secret:1']],
  ['mysql url', `DATABASE_URL=mysql://app:S3cr3tPw9@db.internal:3306/shop`, ['connection-string-password:1']],
  ['postgres url', `dsn = "postgresql://report:Rt7-kq2Lm@10.0.0.5/sales"`, ['connection-string-password:1']],
  ['redis url with empty user', `redis://:Zr3Kp7Wt2@cache:6379/0`, ['connection-string-password:1']],
  [
    'mongodb+srv url',
    `MONGO=mongodb+srv://ops:Vx9Ny4Lb@cluster0.mongo.net/db`,
    ['connection-string-password:1'],
  ],
  ['.env password', `DB_HOST=localhost\nDB_PASSWORD=Hq8Xk2Lm9`, ['config-password:2']],
  [
    'wp-config',
    `define( 'DB_NAME', 'wp' );\ndefine( 'DB_PASSWORD', 'Wp9!kQ2@zL' );`,
    ['wordpress-db-password:2'],
  ],
  [
    'spring properties',
    `spring.datasource.url=jdbc:mysql://db/app\nspring.datasource.password=Sp8rIng2x`,
    ['config-password:2'],
  ],
  [
    'application.yml',
    `spring:\n  datasource:\n    username: app\n    password: Ym9Lq2Xz`,
    ['config-password:4'],
  ],
  ['my.cnf', `[client]\nuser=root\npassword=My5qlR00t`, ['config-password:3']],
  [
    'mysql -p in a shell history',
    `cd /srv\nmysql -uroot -pR00t#2026 shop < dump.sql`,
    ['command-line-password:2'],
  ],
  [
    'mysqldump --password= in cron',
    `0 3 * * * mysqldump --password='Bk9!xQ2z' shop > /b.sql`,
    ['command-line-password:1'],
  ],
  ['sshpass -p', `sshpass -p 'Ss8#kQ2x' ssh root@10.0.0.2`, ['command-line-password:1']],
  ['camelCase key naming a password', `dbPassword: "Zx8#kQ2m"`, ['config-password:1']],
  ['camelCase api key', `apiKey: "Xq7Rt2Mn9Kp4Vw8Zy3LbHc1Jd"`, ['config-secret:1']],
  ['PascalCase access key', `AccessKey=Xq7Rt2Mn9Kp4Vw8Zy3LbHc1Jd`, ['config-secret:1']],
  ['header-style api key', `"Api-Key": "Xq7Rt2Mn9Kp4Vw8Zy3LbHc1Jd",`, ['config-secret:1']],
  // Overlapping names: `bceaccess` and `access_key` share characters; both count.
  ['access_key inside another name', `bceaccess_key = 0dzvhuRS7qa1ygV8`, ['config-secret:1']],
  [
    'baidu camelCase',
    `bceAk: ${BCE_AK}\nBceSecretKey=${BCE_AK}`,
    ['baidu-bce-access-key:1', 'baidu-bce-secret-key:2'],
  ],
  ['baidu upper case', `BCE_ACCESS_KEY_ID=${BCE_AK}`, ['baidu-bce-access-key:1']],
  ['huawei camelCase', `ObsSecretKey: ${HW_SK}`, ['huawei-cloud-secret-key:1']],
  ['ini comment after the value', `password = Zx8kQ2m9 ; prod`, ['config-password:1']],
  ['generic api token with entropy', `api_token = "Xq7Rt2Mn9Kp4Vw8Zy3LbHc1Jd"`, ['config-secret:1']],
  [
    'gcp service account',
    `{"type": "service_account", "private_key_id": "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"}`,
    ['gcp-service-account:1'],
  ],
  [
    'azure storage connection string',
    `DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${'Ab3+'.repeat(21)}Cd==`,
    ['azure-storage-account-key:1'],
  ],
];

const NEGATIVE: Case[] = [
  ['aws documentation key', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', []],
  ['placeholder password', 'DB_PASSWORD=changeme', []],
  ['env reference', 'DB_PASSWORD=${DB_PASSWORD}', []],
  ['masked', 'password=********', []],
  ['xxx', 'password: xxx', []],
  ['angle brackets', 'mysql://root:<password>@localhost/db', []],
  ['jinja template', 'password: "{{ db_password }}"', []],
  ['your-password', 'DB_PASSWORD=your_password_here', []],
  ['password length setting', 'password_min_length = 12', []],
  ['low-entropy generic token', 'api_token = "aaaaaaaabbbbbbbbcccccccc"', []],
  ['url without password', 'mysql://root@localhost/db', []],
  ['LTAI glued to a word', 'asdLTAI1234567890ABCDEFG123', []],
  ['LTAI too long', 'LTAI1234567890ABCDEFG123asd', []],
  ['ghp inside a word', 'Sogho_ICANVASRENDERINGVIACONTEXT2D3D5D7D8D', []],
  [
    'public key hex',
    'publicKey="F1645C4C0C93C1AB99285D622CAA652C1DFAD63D745D6F2DE5F17E5EAF0FC4963D261C8A"',
    [],
  ],
  ['mysql -p prompting for the password', 'mysql -u root -p shop', []],
  ['mysql -p with a variable', 'mysql -uroot -p"$MYSQL_PWD" shop', []],
  ['bypass is not a password key', '  proxy.bypass = options.proxyBypassList', []],
  ['member expression in code', '    password: credentials.password,', []],
  ['camelCase identifier in code', '      password: tString,', []],
  ['numeric constant in code', 'exports.ER_NOT_VALID_PASSWORD = 1819;', []],
  ['token schema name in code', '  progressToken: ProgressTokenSchema', []],
  ['password policy setting', 'PASSWORD_MIN_LENGTH=12', []],
  ['password from a function', "password = getenv('DB_PASSWORD')", []],
];

describe('findSecrets', () => {
  it.each(POSITIVE)('finds: %s', (_name, text, expected) => {
    expect(findSecrets(text).map((f) => `${f.rule}:${f.line}`)).toEqual(expected);
  });
  it.each(NEGATIVE)('ignores: %s', (_name, text, expected) => {
    expect(findSecrets(text).map((f) => `${f.rule}:${f.line}`)).toEqual(expected);
  });

  it('masks: the prefix and the last two characters, never the body', () => {
    const [f] = findSecrets(`k=${ALI_ID}`);
    expect(f?.masked).toBe('LTAI****…3b');
    const [p] = findSecrets('mysql://u:S3cr3tPw9@h/d');
    expect(p?.masked).toBe('****');
    expect(p?.value).toBe('S3cr3tPw9');
  });

  it('counts lines from firstLine', () => {
    expect(findSecrets(`\n\n${GHP}`, 41)[0]?.line).toBe(43);
  });

  it('reports hashed and encrypted values as protected', () => {
    const f = findSecrets(
      'password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n<password>{COQLCE6DU6GtcS5P=}</password>',
    );
    expect(f.map((x) => x.protection)).toEqual(['encrypted', 'encrypted']);
  });

  it('finds secrets on a 10 MB line in linear time', () => {
    const text = `${'a '.repeat(5_000_000)}${GHP}`;
    expect(findSecrets(text).map((f) => f.rule)).toEqual(['github-pat']);
  });
});

/** Deterministic xorshift32, for generated texts. */
function rng(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/** At each position, the longest keyword that starts there: what keywordHits must return. */
function naiveHits(text: string): { keyword: string; index: number }[] {
  const byFirst = new Map<string, string[]>();
  for (const k of [...SECRET_KEYWORDS].sort((a, b) => b.length - a.length))
    byFirst.set(k[0]!, [...(byFirst.get(k[0]!) ?? []), k]);
  const out: { keyword: string; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const keyword = byFirst.get(text[i]!)?.find((k) => text.startsWith(k, i));
    if (keyword !== undefined) out.push({ keyword, index: i });
  }
  return out;
}

describe('keywordHits', () => {
  // Pieces: keywords, their neighbours, and characters above U+00FF whose low byte is a keyword letter
  // (Ű is U+0170, `p` is 0x70; ō is U+014D, `M`): RE2 reads Latin-1 bytes, the text is not.
  const pieces = [
    ...SECRET_KEYWORDS,
    'pas',
    'asswd',
    'bc',
    'e_',
    'Ű',
    'ōysql',
    'ŰASSWORD',
    '用户',
    '密码',
    ' ',
    '\n',
    '=',
    '"',
    'x',
    '3abce9f0',
    'ce',
  ];
  const texts = Array.from({ length: 300 }, (_, t) => {
    const r = rng(t + 1);
    // Sparse texts (long runs without keywords) and dense ones (switching from RE2 to the scan).
    const filler = t % 3 === 0 ? 'lorem ipsum dolor '.repeat(1 + r(40)) : '';
    return Array.from(
      { length: 5 + r(200) },
      () => (r(4) === 0 ? filler : '') + pieces[r(pieces.length)]!,
    ).join('');
  });

  it('finds every keyword occurrence, overlapping ones too, at each position the longest', () => {
    for (const text of texts) expect(keywordHits(text, false)).toEqual(naiveHits(text));
  });

  it.runIf(loadRe2() !== null)('gives the same hits through RE2 as through the character scan', () => {
    for (const text of texts) expect(keywordHits(text, true)).toEqual(keywordHits(text, false));
  });

  it('does not take hex strings for a Baidu key name', () => {
    expect(keywordHits('request id=3abce9f0 BCE12 Bce0')).toEqual([]);
  });
});

describe('the engine pre-filter contract', () => {
  /** Key names in the spellings configuration files use, each with a value the rules accept. */
  const names = SECRET_RULES.flatMap((r) => r.keywords).filter((k) => /^[A-Za-z]/.test(k));
  it("every finding holds one of its rule's keywords on its line", () => {
    const r = rng(7);
    const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const value = (n: number) => Array.from({ length: n }, () => alnum[r(alnum.length)]).join('');
    const lines = names.flatMap((k) =>
      ['_key', 'Key', '_secret_key', '_ak', 'Sk', '_token', '_password', '_access_key_id'].map(
        (suffix) => `${k}${suffix} = "${value([16, 20, 32, 40][r(4)]!)}"`,
      ),
    );
    const keywordsOf = new Map(SECRET_RULES.map((rule) => [rule.id, rule.keywords]));
    let findings = 0;
    for (const line of lines) {
      for (const f of findSecrets(`${line}\n`)) {
        // Azure identifiable keys are reported under their provider's name.
        const own = keywordsOf.get(f.rule) ?? keywordsOf.get('azure-identifiable-key')!;
        expect(
          own.some((k) => line.includes(k)),
          `${f.rule}: ${line}`,
        ).toBe(true);
        findings++;
      }
    }
    expect(findings).toBeGreaterThan(500);
  });
});

describe('SECRET_PATTERNS (what the bench gives ripgrep)', () => {
  it('has one pattern per rule and per private-key armour, in the syntax RE2 and ripgrep share', () => {
    expect(SECRET_PATTERNS.map((p) => p.id)).toEqual([
      'private-key',
      'putty-private-key',
      ...SECRET_RULES.map((r) => r.id),
    ]);
    const RE2 = loadRe2();
    for (const p of SECRET_PATTERNS) {
      expect(p.regex, p.id).not.toMatch(/\(\?<?[=!]|\\[1-9]/);
      if (RE2) expect(() => new RE2(p.regex, `g${p.flags ?? ''}`), p.id).not.toThrow();
    }
  });

  it('matches wherever its rule finds a secret', () => {
    const byId = new Map(SECRET_PATTERNS.map((p) => [p.id, new RegExp(p.regex, p.flags ?? '')]));
    const cases = POSITIVE.map(([, text]) => text);
    for (const text of cases) {
      for (const f of findSecrets(text)) {
        if (f.rule === 'private-key') continue;
        const id = f.rule.startsWith('azure-') && !byId.has(f.rule) ? 'azure-identifiable-key' : f.rule;
        const from = text.lastIndexOf('\n', f.start - 1) + 1;
        const eol = text.indexOf('\n', f.end);
        expect(byId.get(id)?.test(text.slice(from, eol < 0 ? undefined : eol)), `${f.rule}: ${text}`).toBe(
          true,
        );
      }
    }
  });
});

describe('isDocumentationPath', () => {
  it.each([
    ['/srv/app/README.md', true],
    ['/srv/app/.env.example', true],
    ['/var/www/wp-config-sample.php', true],
    ['/srv/app/examples/config.yml', true],
    ['/srv/app/.env', false],
    ['/var/www/wp-config.php', false],
  ])('%s → %s', (path, doc) => {
    expect(isDocumentationPath(path)).toBe(doc);
  });
});
