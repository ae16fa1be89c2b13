/**
 * Plaintext or protected (issue 4, item 3): pure decisions on a value, a column sample and a file head.
 *
 * Protected means a reader of the bytes cannot recover the personal value without a key or an
 * infeasible search: masked values (`110101********1234`, `138****5678`), password hashes and digests
 * (hex 32/40/64/128, bcrypt, argon2, crypt `$1$ $5$ $6$`, PBKDF2), encrypted files and containers (OpenPGP,
 * OpenSSL `Salted__`, age), and high-entropy blobs (base64 or hex ciphertext with no recognisable value
 * in it). Everything else a recogniser validates is plaintext.
 *
 * A hash of an ID number or a phone is reversible by enumeration in practice; we still call it
 * protected here (it is a technical measure in the sense of PIPL Art. 51(3)), and the inventory says
 * which protection it saw so a reviewer can judge it.
 */

import { entropy } from '../detectors/webshell/text-tools.ts';

export type Protection = 'masked' | 'hash' | 'encrypted' | 'high-entropy';

/** Mask characters people use: *, ＊ (full width), •, ●, and runs of x/X of 3 or more. */
const MASK_RUN = /[*＊•●]{2,}|[xX#]{3,}/;
const MASKED_VALUE = /^[^\s]{0,12}(?:[*＊•●]{2,}|[xX#]{3,})[^\s]{0,12}$/;

const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const CRYPT = [
  /^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/, // bcrypt
  /^\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/, // argon2
  /^\$(?:1|5|6|y|gy|7)\$[^\s$]*\$?[./A-Za-z0-9$]{8,}$/, // md5-crypt, sha256/512-crypt, yescrypt, scrypt
  /^(?:pbkdf2_sha(?:1|256|512)|pbkdf2:sha(?:1|256|512):\d+)[$:][^\s]+$/, // Django / Werkzeug
  /^\{(?:SSHA|SHA|SSHA256|SSHA512|SMD5|CRYPT)\}[A-Za-z0-9+/=$.]+$/i, // LDAP
  /^sha(?:1|256|512)\$[^\s$]+\$[0-9a-f]{40,128}$/i,
];

const BASE64 = /^(?:[A-Za-z0-9+/]{4}){4,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]{24,}$/;

/**
 * How a single value is protected, or undefined when it is not recognisably protected. Callers decide
 * first whether the value is a valid plaintext value; a valid ID number is never "high entropy".
 */
export function valueProtection(raw: string): Protection | undefined {
  const value = raw.trim();
  if (value.length < 4) return undefined;
  if (MASKED_VALUE.test(value) && MASK_RUN.test(value)) return 'masked';
  if (HEX_DIGEST.test(value)) return 'hash';
  if (CRYPT.some((re) => re.test(value))) return 'hash';
  if (value.length >= 24 && (BASE64.test(value) || BASE64URL.test(value))) {
    // Ciphertext and random tokens: many distinct symbols, both cases, no long digit runs.
    if (entropy(value) >= 4 && !/\d{8,}/.test(value)) return 'high-entropy';
  }
  return undefined;
}

/**
 * A whole column or key judged from a sample of its values: protected when most non-empty values are
 * protected (the share is `min`, default 0.8). Returns the protection most of them have.
 */
export function columnProtection(values: readonly string[], min = 0.8): Protection | undefined {
  const counts = new Map<Protection, number>();
  let nonEmpty = 0;
  for (const v of values) {
    if (v.trim() === '') continue;
    nonEmpty++;
    const p = valueProtection(v);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  if (nonEmpty === 0) return undefined;
  let best: Protection | undefined;
  let bestN = 0;
  let total = 0;
  for (const [p, n] of counts) {
    total += n;
    if (n > bestN) {
      best = p;
      bestN = n;
    }
  }
  return total / nonEmpty >= min ? best : undefined;
}

export interface FileProtection {
  protection: 'encrypted';
  /** What told us: "OpenPGP armor", "OpenSSL Salted__", "age", "OpenPGP packet", ".enc high entropy". */
  format: string;
}

const ARMOR_PGP = '-----BEGIN PGP MESSAGE-----';
const ARMOR_AGE = '-----BEGIN AGE ENCRYPTED FILE-----';

/** Byte entropy of a buffer (bits per byte, 0..8). */
export function byteEntropy(bytes: Buffer): number {
  if (bytes.length === 0) return 0;
  const counts = new Array<number>(256).fill(0);
  for (const b of bytes) counts[b]!++;
  let h = 0;
  for (const n of counts) {
    if (n === 0) continue;
    const p = n / bytes.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * Is this file an encrypted container, judged from its name and first bytes? OpenSSL `enc` output
 * starts with `Salted__`; age files with `age-encryption.org/v1` (or its armor); OpenPGP with its armor,
 * or, for .gpg/.pgp files, a binary packet header (public-key or symmetric-key encrypted session key,
 * or a symmetrically encrypted data packet). A `.enc` file counts when its head has near-random bytes.
 */
export function fileProtection(path: string, head: Buffer): FileProtection | undefined {
  const start = head.subarray(0, 64).toString('latin1');
  if (start.startsWith('Salted__')) return { protection: 'encrypted', format: 'OpenSSL Salted__' };
  if (start.startsWith('age-encryption.org/v1')) return { protection: 'encrypted', format: 'age' };
  if (start.startsWith(ARMOR_AGE)) return { protection: 'encrypted', format: 'age (armored)' };
  if (start.trimStart().startsWith(ARMOR_PGP)) return { protection: 'encrypted', format: 'OpenPGP armor' };
  const lower = path.toLowerCase();
  if (/\.(?:gpg|pgp)$/.test(lower) && head.length > 0) {
    const b = head[0]!;
    // Old-format tags 1 (PKESK), 3 (SKESK), 9 (SE data), 18 (SEIPD): 0x84-0x87, 0x8c-0x8f, 0xa4-0xa7;
    // new-format: 0xc1, 0xc3, 0xc9, 0xd2.
    const oldTag = (b & 0xc0) === 0x80 ? (b >> 2) & 0x0f : -1;
    const newTag = (b & 0xc0) === 0xc0 ? b & 0x3f : -1;
    if ([1, 3, 9].includes(oldTag) || [1, 3, 9, 18, 20].includes(newTag)) {
      return { protection: 'encrypted', format: 'OpenPGP packet' };
    }
  }
  // Random bytes reach log2(n) bits per byte for short heads and ~8 for long ones.
  if (
    /\.enc$/.test(lower) &&
    head.length >= 64 &&
    byteEntropy(head) >= Math.min(7.5, 0.9 * Math.log2(head.length))
  ) {
    return { protection: 'encrypted', format: '.enc with random-looking content' };
  }
  return undefined;
}
