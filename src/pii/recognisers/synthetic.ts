/**
 * Synthetic values for tests and benchmarks: fake numbers that pass every check (check characters are
 * computed), never real people's data. Deterministic given the random source.
 */
import { luhn } from './bank-card.ts';
import { cnIdCheckChar } from './cn-id.ts';
import { orgCodeCheckChar, usccCheckChar, USCC_ALPHABET } from './uscc.ts';

/** A small deterministic PRNG (mulberry32) so generated corpora are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function digits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10));
  return s;
}

/** An 18-character ID number with a valid check character. `birth` is YYYYMMDD. */
export function makeCnId(region: string, birth: string, seq: string): string {
  const body = region + birth + seq;
  return body + cnIdCheckChar(body);
}

/** Replace the check character with a wrong one. */
export function breakLast(value: string, alphabet = '0123456789X'): string {
  const last = value[value.length - 1]!;
  const i = alphabet.indexOf(last);
  return value.slice(0, -1) + alphabet[(i + 1) % alphabet.length]!;
}

/** A credit code with valid organisation-code and final check characters. */
export function makeUscc(prefix2: string, region: string, org8: string): string {
  const org = org8 + orgCodeCheckChar(org8);
  const first17 = prefix2 + region + org;
  return first17 + usccCheckChar(first17);
}

export { USCC_ALPHABET };

/** A card number of `length` digits starting with `prefix`, Luhn-valid. */
export function makeCard(prefix: string, length: number, rand: () => number): string {
  const body = prefix + digits(rand, length - prefix.length - 1);
  for (let d = 0; d <= 9; d++) {
    const v = body + String(d);
    if (luhn(v)) return v;
  }
  throw new Error('unreachable');
}

export function makeMobile(prefix3: string, rand: () => number): string {
  return prefix3 + digits(rand, 8);
}

export function randomDigits(rand: () => number, n: number): string {
  return digits(rand, n);
}
