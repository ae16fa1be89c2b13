import { describe, expect, it } from 'vitest';
import { columnProtection, fileProtection, valueProtection } from './protected.ts';

describe('valueProtection', () => {
  it.each([
    ['110101********1234', 'masked'],
    ['138****5678', 'masked'],
    ['6222 **** **** 1043', undefined], // spaces: not one token
    ['张*', undefined], // too short to judge
    ['王**', undefined],
    ['622202XXXXXXXXX1043', 'masked'],
    ['5f4dcc3b5aa765d61d8327deb882cf99', 'hash'], // md5
    ['a94a8fe5ccb19ba61c4c0873d391e987982fbbd3', 'hash'], // sha1
    ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'hash'], // sha256
    ['$2y$10$abcdefghijklmnopqrstuuOIxmK2Xz0V2dJ1q3hH1VY0Gm2Jr9J3K', 'hash'],
    ['$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$YWJjZGVmZ2hpamtsbW5vcA', 'hash'],
    ['$6$rounds=5000$salt$abcdefghijABCDEFGHIJ0123456789./', 'hash'],
    ['U2FsdGVkX1+vupppZksvRf5pq5g5XjFRlipRkwB0K1Y=', 'high-entropy'],
  ] as const)('%s → %s', (value, expected) => {
    expect(valueProtection(value)).toBe(expected);
  });

  it.each([
    '11010119900307663X', // a plaintext ID number (digits only, no mask)
    '13812345678',
    'zhangsan@example.com',
    '6222021234567890123',
    '北京市东城区东华门大街1号',
  ])('plaintext %s is not protected', (value) => {
    expect(valueProtection(value)).toBeUndefined();
  });
});

describe('columnProtection', () => {
  it('is protected when most values are', () => {
    expect(columnProtection(['138****5678', '139****0000', '186****1111', ''])).toBe('masked');
  });
  it('is not protected when a fifth or more are plaintext', () => {
    expect(columnProtection(['138****5678', '13912345678', '186****1111', '15912345678'])).toBeUndefined();
  });
  it('an empty column has no protection', () => {
    expect(columnProtection(['', ' '])).toBeUndefined();
  });
});

describe('fileProtection', () => {
  it('recognises OpenSSL, age and OpenPGP containers', () => {
    expect(fileProtection('/b/users.csv.enc', Buffer.from('Salted__12345678abc'))?.format).toBe(
      'OpenSSL Salted__',
    );
    expect(fileProtection('/b/x', Buffer.from('age-encryption.org/v1\n-> X25519 abc'))?.format).toBe('age');
    expect(fileProtection('/b/x.asc', Buffer.from('-----BEGIN PGP MESSAGE-----\n\nhQEMA'))?.format).toBe(
      'OpenPGP armor',
    );
    expect(fileProtection('/b/x.gpg', Buffer.from([0x85, 0x01, 0x0c, 0x03]))?.format).toBe('OpenPGP packet');
    expect(fileProtection('/b/x.gpg', Buffer.from([0xc1, 0x01, 0x0c, 0x03]))?.format).toBe('OpenPGP packet');
  });
  it('a .enc file counts only with random-looking content', () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    expect(fileProtection('/b/data.enc', random)?.protection).toBe('encrypted');
    expect(
      fileProtection('/b/data.enc', Buffer.from('name,phone\n张三,13812345678\n'.repeat(50))),
    ).toBeUndefined();
  });
  it('plain CSV, a PGP public key block and a .gpg text file are not encrypted containers', () => {
    expect(fileProtection('/b/users.csv', Buffer.from('name,phone\n'))).toBeUndefined();
    expect(fileProtection('/b/key.asc', Buffer.from('-----BEGIN PGP PUBLIC KEY BLOCK-----'))).toBeUndefined();
    expect(fileProtection('/b/notes.gpg', Buffer.from('hello'))).toBeUndefined();
  });
});
