/**
 * Pure judgements on a candidate secret value: is it a placeholder (documentation, templates, test
 * keys), is it protected (encrypted, hashed, a reference to a vault), how random is it, and its mask.
 */

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Words that make a value a placeholder wherever they appear in it. */
const PLACEHOLDER_WORDS =
  /example|sample|placeholder|changeme|change[_-]me|change[_-]?this|replace[_-]?me|your[_-]?(?:own[_-]?)?(?:password|passwd|secret|token|key|pass|pwd|access|api)|dummy|redacted|notreal|not[_-]real|fake[_-]?(?:key|secret|password|token)|insert[_-]|<[^>]*>/i;

/** Whole values that are placeholders. */
const PLACEHOLDER_VALUES = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'token',
  'key',
  'null',
  'none',
  'nil',
  'undefined',
  'true',
  'false',
  'empty',
  'test',
  'xxx',
  'todo',
  'tbd',
  'foo',
  'bar',
  'foobar',
  'value',
  'string',
  'required',
  'optional',
  'mypassword',
  'yourpassword',
  'secretpassword',
  'password123',
]);

/** Values that stand for something else: variables, templates, references. */
const INDIRECT = [
  /^\$\{[^}]*\}$/, // ${DB_PASSWORD}, ${env.X}
  /^\$\(.*\)$/, // $(cat file)
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $DB_PASSWORD
  /^%\(?[A-Za-z_][A-Za-z0-9_]*\)?[sd%]?$/, // %(pw)s, %PASSWORD%
  /^\{\{.*\}\}$/, // {{ password }}
  /^\{%.*%\}$/,
  /^<%.*%>$/,
  /^\[\[.*\]\]$/,
  /^(?:env|ENV|os\.environ|process\.env|getenv)\b/, // env('X'), process.env.X
  /^[A-Za-z_][A-Za-z0-9_]*\(.*\)$/, // a function call in code: getPassword(), env('DB_PASSWORD')
  /^\/run\/secrets\//,
  /^(?:file|vault|secret|ssm|arn):/i, // references to a secret store
];

/** Values that are encrypted or hashed: the secret is not in plaintext. */
const PROTECTED = [
  /^ENC\(.+\)$/, // jasypt
  /^\{cipher\}/, // Spring Cloud Config
  /^\{[A-Za-z0-9+/=]{12,}\}$/, // Maven's encrypted {…}
  /^!vault\b/, // Ansible Vault
  /^\$ANSIBLE_VAULT/,
  /^\$(?:1|2[abxy]?|5|6|y|argon2(?:id|i|d)?|pbkdf2[-_a-z0-9]*|scrypt|sha1|md5)\$/, // crypt(3) and kin
  /^\{(?:SSHA|SHA|SMD5|MD5|CRYPT|PBKDF2[-A-Z0-9]*|SSHA256|SSHA512|ARGON2)\}/i, // LDAP hashes
  /^(?:md5|sha1|sha256)[:$][0-9a-f]{32,}$/i,
  /^SCRAM-SHA-256\$/, // PostgreSQL
  /^\*[0-9A-F]{40}$/, // MySQL native password hash
];

/** The value is a placeholder, a template or a reference, not a real secret. */
export function isPlaceholder(raw: string): boolean {
  const value = raw.trim();
  if (value.length === 0) return true;
  if (PLACEHOLDER_VALUES.has(value.toLowerCase())) return true;
  if (PLACEHOLDER_WORDS.test(value)) return true;
  if (INDIRECT.some((re) => re.test(value))) return true;
  // One character repeated, or only masking characters: ********, xxxxxxxx, 00000000, ....
  if (/^(.)\1*$/.test(value)) return true;
  if (/^[xX*.#?_-]+$/.test(value)) return true;
  return false;
}

/** A token with an issuer's prefix that follows the documentation convention (`AKIAIOSFODNN7EXAMPLE`), or is masked. */
export function isExampleToken(value: string): boolean {
  return /example/i.test(value) || /^(.)\1*$/.test(value) || /[xX*]{8,}/.test(value);
}

/** The value is encrypted or hashed (still worth knowing, but not a plaintext secret). */
export function isProtectedValue(raw: string): boolean {
  const value = raw.trim();
  return PROTECTED.some((re) => re.test(value));
}

/** Prefixes that identify a token's issuer and are kept visible in masks. */
const VISIBLE_PREFIXES = [
  'github_pat_',
  'packagist_',
  'sk_live_',
  'sk_test_',
  'rk_live_',
  'rk_test_',
  'pk_live_',
  'pk_test_',
  'eyJrIjoi',
  'glpat-',
  'xoxb-',
  'xoxp-',
  'xoxa-',
  'xoxr-',
  'xoxs-',
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'LTAI',
  'AKID',
  'AKIA',
  'ASIA',
  'AIza',
  'hf_',
  'eyJ',
];

/**
 * The mask shown in findings: a known issuer prefix, four stars, an ellipsis and the last two
 * characters when the value is long enough that they say nothing (`LTAI****…x9`); short values and
 * passwords show nothing of themselves.
 */
export function maskSecret(value: string, options: { password?: boolean } = {}): string {
  if (options.password || value.length < 16) return '****';
  const prefix = VISIBLE_PREFIXES.find((p) => value.startsWith(p)) ?? '';
  return `${prefix}****…${value.slice(-2)}`;
}
