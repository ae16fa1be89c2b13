import { describe, expect, it } from 'vitest';
import {
  base58Decode,
  isBase58CheckAddress,
  isBech32Address,
  isEthereumAddress,
  isMoneroAddress,
  maskWallet,
  walletKind,
} from './wallets.ts';

// Well-known public addresses (the Bitcoin genesis coinbase, BIP-173 and BIP-350 test vectors).
const GENESIS = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const BECH32 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const BECH32M = 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0';
const XMR = '4' + 'A' + '1'.repeat(93);

describe('wallet formats', () => {
  it('Bitcoin base58check: valid checksums pass, one changed character fails', () => {
    expect(isBase58CheckAddress(GENESIS)).toBe(true);
    expect(isBase58CheckAddress(P2SH)).toBe(true);
    expect(isBase58CheckAddress(GENESIS.slice(0, -1) + 'b')).toBe(false);
    expect(isBase58CheckAddress('1' + 'a'.repeat(33))).toBe(false);
  });
  it('bech32 and bech32m: valid checksums pass, a flip fails, mixed case fails', () => {
    expect(isBech32Address(BECH32)).toBe(true);
    expect(isBech32Address(BECH32.toUpperCase())).toBe(true);
    expect(isBech32Address(BECH32M)).toBe(true);
    expect(isBech32Address(BECH32.slice(0, -1) + '5')).toBe(false);
    expect(isBech32Address('bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false);
  });
  it('Monero by prefix, second character and length', () => {
    expect(isMoneroAddress(XMR)).toBe(true);
    expect(isMoneroAddress('8B' + '1'.repeat(93))).toBe(true);
    expect(isMoneroAddress('4' + 'x'.repeat(105))).toBe(true);
    expect(isMoneroAddress('4z' + '1'.repeat(93))).toBe(false);
    expect(isMoneroAddress(XMR.slice(1))).toBe(false);
    expect(isMoneroAddress('40' + '0'.repeat(93))).toBe(false); // 0 is not base58
  });
  it('Ethereum by shape', () => {
    expect(isEthereumAddress('0x' + 'aB'.repeat(20))).toBe(true);
    expect(isEthereumAddress('0x' + 'g'.repeat(40))).toBe(false);
  });
  it('walletKind ignores a worker suffix; maskWallet keeps the ends', () => {
    expect(walletKind(`${XMR}.rig01`)).toBe('monero');
    expect(walletKind(`${GENESIS}+5000`)).toBe('bitcoin');
    expect(walletKind('YOUR_WALLET_ADDRESS')).toBe(null);
    expect(maskWallet(GENESIS)).toBe('1A1zP1…fNa'.replace('…fNa', '…vfNa'));
  });
  it('base58Decode keeps leading zero bytes', () => {
    expect(base58Decode('11')).toEqual(Buffer.from([0, 0]));
    expect(base58Decode('0')).toBe(null);
  });
});
