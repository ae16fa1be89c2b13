import { describe, expect, it } from 'vitest';
import { isDocument } from './documents.ts';
import { findEmails, isEmail } from './email.ts';
import { findAll } from './index.ts';
import { findLabelledIps, isIp } from './ip.ts';
import { parsePlate } from './plate.ts';

const kindsIn = (text: string): string[] => findAll(text).map((m) => `${m.kind}:${m.value}`);

describe('email', () => {
  it.each(['a@example.com', 'first.last+tag@mail.example.cn', "o'brien@example.org", 'x_y-z@sub.domain.co'])(
    'valid %s',
    (v) => expect(isEmail(v)).toBe(true),
  );
  it.each(['a@b', 'a@b.c', '@example.com', 'a@@example.com', 'icon@2x.png', 'lib@1.2.3', 'a@example.123'])(
    'invalid %s',
    (v) => expect(isEmail(v)).toBe(false),
  );
  it('in text: bounded by non-address characters, git remotes skipped', () => {
    const text =
      '联系：张三<zhang.san@example.com>；git@github.com:org/repo.git；logo@2x.png, 邮箱 li@example.cn.';
    expect(findEmails(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'zhang.san@example.com',
      'li@example.cn',
    ]);
  });
  it('a local part over 64 characters or a domain over 253 is not an address', () => {
    expect(isEmail(`${'a'.repeat(65)}@example.com`)).toBe(false);
    expect(isEmail(`${'a'.repeat(64)}@example.com`)).toBe(true);
    expect(isEmail(`a@${'b'.repeat(260)}.com`)).toBe(false);
    expect(findEmails(`${'x'.repeat(100_000)}@${'y'.repeat(100_000)}.com`)).toEqual([]);
  });

  it('an e-mail whose local part is a phone number is one match (longest wins)', () => {
    expect(kindsIn('13812345678@example.com')).toEqual(['email:13812345678@example.com']);
  });
});

describe('passports and travel permits (need a label)', () => {
  it.each([
    ['护照号 E12345678', 'passport:E12345678'],
    ['passport_no: EA1234567', 'passport:EA1234567'],
    ['护照 G12345678', 'passport:G12345678'],
    ['港澳通行证 C12345678', 'hk-macau-permit:C12345678'],
    ['回乡证 H1234567800', 'hk-macau-permit:H1234567800'],
    ['港澳居民来往内地通行证 M12345678', 'hk-macau-permit:M12345678'],
    ['台胞证 12345678', 'taiwan-permit:12345678'],
    ['往来台湾通行证 L12345678', 'taiwan-permit:L12345678'],
  ])('%s', (text, expected) => expect(kindsIn(text)).toEqual([expected]));

  it.each([
    'E12345678',
    'invoice E12345678',
    'H12345678',
    'build 20230315',
    'M12345678 ok',
    'EI1234567 护照',
  ])('look-alike or unlabelled: %s', (text) => expect(kindsIn(text)).toEqual([]));

  it('whole-value validation for labelled columns', () => {
    expect(isDocument('passport', 'e12345678')).toBe(true);
    expect(isDocument('passport', 'EO1234567')).toBe(false);
    expect(isDocument('taiwan-permit', '1234567890(B)')).toBe(true);
    expect(isDocument('hk-macau-permit', 'H123456789')).toBe(false);
  });
});

describe('licence plates', () => {
  it.each([
    ['粤B12345', '粤B12345'],
    ['京A·8K3L9', '京A8K3L9'],
    ['沪AD12345', '沪AD12345'],
    ['苏E12345F', '苏E12345F'],
    ['浙C1234学', '浙C1234学'],
  ])('valid %s', (v, norm) => expect(parsePlate(v)).toBe(norm));
  it.each(['粤I12345', '粤BABCDE', 'XB12345', '粤B1234', '粤B1234567', '沪AX12345'])('invalid %s', (v) =>
    expect(parsePlate(v)).toBeUndefined(),
  );
  it('in text', () => {
    expect(kindsIn('车牌：粤B·12345，车主')).toEqual(['licence-plate:粤B·12345']);
    expect(kindsIn('京AD12345 and 苏E 12345F')).toEqual([
      'licence-plate:京AD12345',
      'licence-plate:苏E 12345F',
    ]);
    expect(kindsIn('广B12345')).toEqual([]);
    expect(kindsIn('教练车浙C1234学，')).toEqual(['licence-plate:浙C1234学']);
    expect(kindsIn('挂车 冀A·1234挂')).toEqual(['licence-plate:冀A·1234挂']);
    expect(kindsIn('浙C1234号')).toEqual([]);
  });
});

describe('IP addresses only in personal context', () => {
  it.each(['203.0.113.5', '10.0.0.1', '2001:db8::1'])('valid %s', (v) => expect(isIp(v)).toBe(true));
  it.each(['256.1.1.1', '1.2.3', '0.0.0.0', '::1', '01.2.3.4'])('invalid %s', (v) =>
    expect(isIp(v)).toBe(false),
  );
  it.each([
    ['用户IP：203.0.113.5', '203.0.113.5'],
    ['login ip=198.51.100.7', '198.51.100.7'],
    ['{"client_ip": "2001:db8::42"}', '2001:db8::42'],
    ['X-Forwarded-For: 203.0.113.9', '203.0.113.9'],
  ])('%s', (text, ip) => {
    expect(findLabelledIps(text).map((s) => text.slice(s.start, s.end))).toEqual([ip]);
    expect(kindsIn(text)).toEqual([`ip-address:${ip}`]);
  });
  it.each(['listen 203.0.113.5:80', 'server 10.0.0.1;', 'version 1.2.3.4', 'nameserver 8.8.8.8'])(
    'not personal: %s',
    (text) => expect(kindsIn(text)).toEqual([]),
  );
});
