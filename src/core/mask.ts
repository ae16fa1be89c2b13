/**
 * Masking of secrets and personal data in report text (CONTRACT §2). Applied to every message,
 * remediation and excerpt unless the user passes --show-secrets. Issue 4 extends the recognisers.
 */
const RULES: { pattern: RegExp; replace: (match: string, ...groups: string[]) => string }[] = [
  // scheme://user:password@host
  {
    pattern: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)(@)/gi,
    replace: (_m, a, _p, c) => `${a}****${c}`,
  },
  // password=..., passwd: ..., pwd=...
  {
    pattern: /\b((?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key)\s*[=:]\s*)(['"]?)([^\s'"&;]{2,})/gi,
    replace: (_m, a, q) => `${a}${q}****`,
  },
  // mysql -pSECRET (the MySQL/MariaDB clients only: `find -path`, `cp -p` and `ssh -p 22` are not passwords)
  {
    pattern:
      /(\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mariadb|mariadb-dump)\b[^\n|;&]*?\s-p)([^\s-][^\s]*)/g,
    replace: (_m, a) => `${a}****`,
  },
  // cloud access key ids: keep a recognisable prefix
  { pattern: /\b(LTAI|AKID|AKIA|ASIA)([A-Za-z0-9]{12,})\b/g, replace: (_m, a) => `${a}****` },
  // 18-digit resident ID numbers: keep region (6) and last 4
  { pattern: /\b(\d{6})\d{8}(\d{3}[\dXx])\b/g, replace: (_m, a, b) => `${a}********${b.slice(-4)}` },
  // mainland mobile numbers
  { pattern: /\b(1[3-9]\d)\d{4}(\d{4})\b/g, replace: (_m, a, b) => `${a}****${b}` },
];

export function maskSecrets(text: string): string {
  let out = text;
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}
