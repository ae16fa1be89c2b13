/**
 * One value → its replacement, per mode (pure). Masks keep a format people recognise
 * (`110101********1234`, `138****5678`); pseudonyms are keyed HMAC (SHA-256 or SM3), stable for the same
 * key and value, and keep the value's shape while never being a valid value of the kind (an ID number
 * gets the unassigned province code 99, a phone the unused prefix 10, a card the unassigned BIN 99), so
 * a later scan finds no personal data in the output and a pseudonym cannot collide with a real person's
 * number; generalisation drops detail (birth date → year, address → province and city, IP → its /24).
 */
import { hash } from 'node:crypto';
import { cnIdCheckChar } from '../pii/recognisers/cn-id.ts';
import type { PiiKind } from '../pii/types.ts';

export const REDACT_MODES = ['mask', 'pseudonymise', 'generalise'] as const;
export type RedactMode = (typeof REDACT_MODES)[number];
export const REDACT_HASHES = ['sha256', 'sm3'] as const;
export type RedactHash = (typeof REDACT_HASHES)[number];

export interface RedactConfig {
  mode: RedactMode;
  /** The user's key (pseudonymise). */
  key?: Buffer;
  hash?: RedactHash;
}

const STAR = '*';

/** The characters of a value (code points: a Chinese name is one per character). */
function chars(value: string): string[] {
  return Array.from(value);
}

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  if (value.length <= keepStart + keepEnd) return STAR.repeat(value.length);
  return (
    value.slice(0, keepStart) +
    STAR.repeat(value.length - keepStart - keepEnd) +
    value.slice(value.length - keepEnd)
  );
}

/** Mask only the digits between the first `keepStart` and the last `keepEnd` digits (separators stay). */
function maskDigits(value: string, keepStart: number, keepEnd: number): string {
  const total = value.replace(/\D/g, '').length;
  let seen = 0;
  let out = '';
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') {
      seen++;
      out += seen <= keepStart || seen > total - keepEnd ? ch : STAR;
    } else out += ch;
  }
  return out;
}

export function maskValue(kind: PiiKind, value: string): string {
  switch (kind) {
    case 'cn-id':
      return maskMiddle(value, 6, 4);
    case 'mobile':
      return maskDigits(value, value.replace(/\D/g, '').length > 11 ? 5 : 3, 4);
    case 'landline':
      return maskDigits(value, 3, 2);
    case 'bank-card':
      return maskDigits(value, 6, 4);
    case 'email': {
      const at = value.lastIndexOf('@');
      return at <= 0 ? maskMiddle(value, 1, 0) : `${value[0] ?? ''}***${value.slice(at)}`;
    }
    case 'ip-address': {
      const parts = value.split('.');
      return parts.length === 4 ? `${parts[0]}.${parts[1]}.*.*` : maskMiddle(value, 4, 0);
    }
    case 'name':
      return chars(value)
        .map((ch, i) => (i === 0 ? ch : STAR))
        .join('');
    case 'address':
      return generaliseAddress(value) + '****';
    case 'birth-date': {
      const year = /(19|20)\d\d/.exec(value)?.[0];
      return year ? `${year}-**-**` : STAR.repeat(value.length);
    }
    case 'password':
      return '****';
    default: {
      const cs = chars(value);
      if (cs.length <= 4) return STAR.repeat(cs.length);
      const keep = cs.length >= 8 ? 2 : 1;
      return cs.map((ch, i) => (i < keep || i >= cs.length - keep ? ch : STAR)).join('');
    }
  }
}

/** Province and city of a Chinese address (`广东省深圳市南山区…` → `广东省深圳市`), else its first words. */
export function generaliseAddress(value: string): string {
  const m = /^(.{2,8}?(?:省|自治区|特别行政区))?(.{2,10}?(?:市|自治州|州|盟|地区))?/.exec(value);
  const kept = (m?.[1] ?? '') + (m?.[2] ?? '');
  if (kept !== '') return kept;
  // Not a Chinese address: the last comma-separated part (city or country in Western order).
  const parts = value.split(',').map((p) => p.trim());
  return parts.length > 1 ? (parts.at(-1) ?? '') : '';
}

export function generaliseValue(kind: PiiKind, value: string): string {
  switch (kind) {
    case 'birth-date':
      return /(19|20)\d\d/.exec(value)?.[0] ?? STAR.repeat(value.length);
    case 'address':
      return generaliseAddress(value) || STAR.repeat(4);
    case 'cn-id':
      // Region and birth year stay (what an analysis of regions and ages needs); the person goes.
      return value.length === 18 ? `${value.slice(0, 10)}${STAR.repeat(8)}` : maskMiddle(value, 6, 0);
    case 'mobile':
      return maskDigits(value, 3, 0);
    case 'ip-address': {
      const parts = value.split('.');
      return parts.length === 4 ? `${parts[0]}.${parts[1]}.${parts[2]}.0` : maskMiddle(value, 4, 0);
    }
    default:
      return maskValue(kind, value);
  }
}

/** HMAC (RFC 2104) from two one-shot hashes with the key pads prepared once per config (3× faster). */
const PADS = new WeakMap<RedactConfig, { inner: Buffer; outer: Buffer }>();
const BLOCK = 64; // SHA-256 and SM3 both hash 64-byte blocks and give 32-byte digests
/** Scratch space reused by every HMAC (fewer short-lived buffers: the heap stays smaller). */
let scratch = Buffer.alloc(BLOCK + 256);
const outerScratch = Buffer.alloc(BLOCK + 32);

export function hmac(config: RedactConfig, message: string): Buffer {
  const algorithm = config.hash ?? 'sha256';
  let pads = PADS.get(config);
  if (pads === undefined) {
    let key = config.key ?? Buffer.alloc(0);
    if (key.length > BLOCK) key = hash(algorithm, key, 'buffer');
    const inner = Buffer.alloc(BLOCK, 0x36);
    const outer = Buffer.alloc(BLOCK, 0x5c);
    for (let i = 0; i < key.length; i++) {
      inner[i] = key[i]! ^ 0x36;
      outer[i] = key[i]! ^ 0x5c;
    }
    pads = { inner, outer };
    PADS.set(config, pads);
  }
  const length = Buffer.byteLength(message);
  if (BLOCK + length > scratch.length) scratch = Buffer.alloc(BLOCK + length);
  pads.inner.copy(scratch, 0);
  scratch.write(message, BLOCK);
  const inner = hash(algorithm, scratch.subarray(0, BLOCK + length), 'buffer');
  pads.outer.copy(outerScratch, 0);
  inner.copy(outerScratch, BLOCK);
  return hash(algorithm, outerScratch.subarray(0, BLOCK + inner.length), 'buffer');
}

/** Digits 0–9 drawn from an HMAC (a counter extends the stream when more are needed). */
function digitStream(config: RedactConfig, input: string): () => number {
  let block = 0;
  let bytes: Buffer = Buffer.alloc(0);
  let i = 0;
  return () => {
    for (;;) {
      if (i >= bytes.length) {
        bytes = hmac(config, `${block++}\0${input}`);
        i = 0;
      }
      const b = bytes[i++]!;
      if (b < 250) return b % 10;
    }
  };
}

function digits(next: () => number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += String(next());
  return s;
}

function luhnDigit(body: string): string {
  for (let d = 0; d <= 9; d++) {
    const v = body + String(d);
    let sum = 0;
    for (let k = 0; k < v.length; k++) {
      let n = v.charCodeAt(v.length - 1 - k) - 48;
      if (k % 2 === 1) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      sum += n;
    }
    if (sum % 10 === 0) return String(d);
  }
  return '0';
}

export function hmacHex(config: RedactConfig, input: string, length: number): string {
  return hmac(config, input).toString('hex').slice(0, length);
}

/** Keep the separators of `value`, replace its digits in order by `digitsOut`. */
function refill(value: string, digitsOut: string): string {
  let k = 0;
  let out = '';
  for (const ch of value) out += ch >= '0' && ch <= '9' ? (digitsOut[k++] ?? '0') : ch;
  return out;
}

export function pseudonymiseValue(config: RedactConfig, kind: PiiKind, value: string): string {
  const norm = value.replace(/[\s-]/g, '').toUpperCase();
  const next = digitStream(config, `${kind}:${norm}`);
  switch (kind) {
    case 'cn-id': {
      if (norm.length !== 18) return `99${digits(next, norm.length - 2)}`;
      const year = 1950 + ((next() * 10 + next()) % 60);
      const month = 1 + ((next() * 10 + next()) % 12);
      const day = 1 + ((next() * 10 + next()) % 28);
      const body = `99${digits(next, 4)}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${digits(next, 3)}`;
      return body + cnIdCheckChar(body);
    }
    case 'mobile': {
      const d = value.replace(/\D/g, '');
      const local = d.slice(-11);
      const pseudo = `10${digits(next, 9)}`;
      return refill(value, d.slice(0, d.length - local.length) + pseudo);
    }
    case 'landline': {
      const d = value.replace(/\D/g, '');
      const area = /^0(?:[12]\d|[3-9]\d\d)/.exec(d)?.[0] ?? '';
      return refill(value, area + digits(next, d.length - area.length));
    }
    case 'bank-card': {
      const d = value.replace(/\D/g, '');
      const body = `99${digits(next, Math.max(0, d.length - 3))}`;
      return refill(value, body + luhnDigit(body));
    }
    case 'email': {
      const at = value.lastIndexOf('@');
      const domain = at > 0 ? value.slice(at + 1) : 'example.invalid';
      return `u${hmacHex(config, `${kind}:${norm}`, 12)}@${domain}`;
    }
    case 'ip-address':
      return `10.${[0, 1, 2].map(() => String(next() * 25 + next())).join('.')}`;
    case 'birth-date':
      return value.replace(/\d/g, () => String(next()));
    default: {
      const len = Math.max(8, Math.min(16, chars(value).length));
      return `${kind === 'name' ? 'N' : 'P'}${hmacHex(config, `${kind}:${norm}`, len - 1)}`;
    }
  }
}

export function redactValue(config: RedactConfig, kind: PiiKind, value: string): string {
  switch (config.mode) {
    case 'mask':
      return maskValue(kind, value);
    case 'generalise':
      return generaliseValue(kind, value);
    case 'pseudonymise':
      return pseudonymiseValue(config, kind, value);
  }
}
