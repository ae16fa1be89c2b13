/**
 * Crypto-currency wallet address formats: pure validators. Monero by prefix, length and alphabet (its
 * Keccak checksum is not checked); Bitcoin base58 addresses by their double-SHA-256 checksum and bech32
 * (segwit) addresses by their BCH checksum; Ethereum by shape only (0x + 40 hex). An address alone is
 * not evidence of mining: the detector counts it only beside a miner signal.
 */
import { createHash } from 'node:crypto';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map(Array.from({ length: BASE58.length }, (_, i) => [BASE58.charAt(i), i] as const));

/**
 * Monero: a standard address (95 characters: "4", or "8" for a sub-address, then [0-9AB]) or an
 * integrated one (106 characters starting with "4").
 */
export const MONERO_ADDRESS = /^(?:[48][0-9AB][1-9A-HJ-NP-Za-km-z]{93}|4[1-9A-HJ-NP-Za-km-z]{105})$/;
/** The same shapes for scanning text, bounded on both sides by a non-base58 character. */
export const MONERO_IN_TEXT =
  /(?<![1-9A-HJ-NP-Za-km-z])(?:[48][0-9AB][1-9A-HJ-NP-Za-km-z]{93}|4[1-9A-HJ-NP-Za-km-z]{105})(?![1-9A-HJ-NP-Za-km-z])/g;

export function isMoneroAddress(text: string): boolean {
  return MONERO_ADDRESS.test(text);
}

export function base58Decode(text: string): Buffer | null {
  let value = 0n;
  for (const c of text) {
    const digit = BASE58_INDEX.get(c);
    if (digit === undefined) return null;
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  for (const c of text) {
    if (c !== '1') break;
    bytes.unshift(0);
  }
  return Buffer.from(bytes);
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/** Base58Check: version byte + payload + the first 4 bytes of SHA-256(SHA-256(version + payload)). */
export function isBase58CheckAddress(text: string): boolean {
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(text)) return false;
  const raw = base58Decode(text);
  if (!raw || raw.length !== 25) return false;
  const body = raw.subarray(0, 21);
  const check = sha256(sha256(body)).subarray(0, 4);
  return check.equals(raw.subarray(21)) && (raw[0] === 0x00 || raw[0] === 0x05);
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i]!;
  }
  return chk >>> 0;
}

/** A bech32 / bech32m segwit address on the Bitcoin main net ("bc1…"), checksum verified. */
export function isBech32Address(text: string): boolean {
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return false;
  if (!/^bc1[02-9ac-hj-np-z]{11,71}$/.test(lower)) return false;
  const data = Array.from({ length: lower.length - 3 }, (_, i) => BECH32.indexOf(lower.charAt(i + 3)));
  const hrp = ['b'.charCodeAt(0), 'c'.charCodeAt(0)];
  const expanded = [...hrp.map((c) => c >>> 5), 0, ...hrp.map((c) => c & 31)];
  const check = polymod([...expanded, ...data]);
  return check === 1 || check === 0x2bc830a3;
}

export function isBitcoinAddress(text: string): boolean {
  return isBase58CheckAddress(text) || isBech32Address(text);
}

export function isEthereumAddress(text: string): boolean {
  return /^0x[0-9a-fA-F]{40}$/.test(text);
}

export type WalletKind = 'monero' | 'bitcoin' | 'ethereum';

/** The kind of wallet a token is (a trailing ".worker" or "+difficulty" of a pool login is ignored). */
export function walletKind(token: string): WalletKind | null {
  const bare = token.replace(/[.+/][\w-]*$/, '');
  if (isMoneroAddress(bare)) return 'monero';
  if (isEthereumAddress(bare)) return 'ethereum';
  if (isBitcoinAddress(bare)) return 'bitcoin';
  return null;
}

/** A wallet shown in a report: enough to recognise it, not the whole address. */
export function maskWallet(address: string): string {
  return address.length <= 12 ? address : `${address.slice(0, 6)}…${address.slice(-4)}`;
}
