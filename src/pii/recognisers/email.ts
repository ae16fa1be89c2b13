/**
 * E-mail addresses, found from each '@' outwards (no regex over the whole text). File names with an
 * @-suffix (icon@2x.png), package specifiers (pkg@1.2.3) and git remotes (git@host:repo) are not mail.
 */

const LOCAL = new Uint8Array(128);
const DOMAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const alnum = /[0-9A-Za-z]/.test(ch);
  LOCAL[c] = alnum || "._%+-'".includes(ch) ? 1 : 0;
  DOMAIN[c] = alnum || '.-'.includes(ch) ? 1 : 0;
}

/** Top-level "domains" that are really file extensions. */
const NOT_TLDS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'css',
  'js',
  'ts',
  'map',
  'json',
  'txt',
  'log',
]);

export interface Span {
  start: number;
  end: number;
}

/** The e-mail address around the '@' at `at`, if any. */
export function emailAt(text: string, at: number): Span | undefined {
  // Scans are bounded (a local part has at most 64 characters, a domain 253), so a long run of
  // address characters with many '@' in it costs linear time.
  let s = at;
  const leftLimit = Math.max(0, at - 65);
  while (s > leftLimit) {
    const c = text.charCodeAt(s - 1);
    if (c >= 128 || LOCAL[c] === 0) break;
    s--;
  }
  while (s < at && text[s] === '.') s++;
  if (s === at || at - s > 64) return undefined;
  let e = at + 1;
  const n = Math.min(text.length, at + 255);
  while (e < n) {
    const c = text.charCodeAt(e);
    if (c >= 128 || DOMAIN[c] === 0) break;
    e++;
  }
  while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
  const domain = text.slice(at + 1, e);
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => l === '' || l.length > 63)) return undefined;
  const tld = labels[labels.length - 1]!;
  if (!/^[A-Za-z]{2,24}$/.test(tld) || NOT_TLDS.has(tld.toLowerCase())) return undefined;
  const local = text.slice(s, at);
  if (local === 'git' && text[e] === ':') return undefined;
  return { start: s, end: e };
}

export function findEmails(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) return out;
    const span = emailAt(text, at);
    if (span !== undefined) {
      out.push(span);
      from = span.end;
    } else from = at + 1;
  }
}

export function isEmail(value: string): boolean {
  const v = value.trim();
  const at = v.indexOf('@');
  if (at < 0 || v.indexOf('@', at + 1) >= 0) return false;
  const span = emailAt(v, at);
  return span !== undefined && span.start === 0 && span.end === v.length;
}
