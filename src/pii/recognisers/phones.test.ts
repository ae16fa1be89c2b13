import { describe, expect, it } from 'vitest';
import { findAll, RECOGNISERS } from './index.ts';
import { isAreaCode, parseLandline } from './landline.ts';
import { isMobile11, parseMobile } from './mobile.ts';

const kindsIn = (text: string): string[] => findAll(text).map((m) => `${m.kind}:${m.value}`);
const mobileRec = RECOGNISERS.find((r) => r.kind === 'mobile')!;

describe('mobile numbers', () => {
  it.each([
    '13012345678',
    '14512345678',
    '15912345678',
    '16212345678',
    '17012345678',
    '18812345678',
    '19912345678',
  ])('current prefix %s', (v) => expect(isMobile11(v)).toBe(true));
  it.each([
    ['140 is IoT', '14012345678'],
    ['154 unallocated', '15412345678'],
    ['160 unallocated', '16012345678'],
    ['194 unallocated', '19412345678'],
    ['12x is not mobile', '12012345678'],
    ['10 digits', '1381234567'],
    ['starts with 2', '23812345678'],
  ])('rejects %s', (_why, v) => expect(isMobile11(v)).toBe(false));

  it.each([
    ['+86 138 1234 5678', '13812345678'],
    ['+86-138-1234-5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['138-1234-5678', '13812345678'],
  ])('whole value %s', (v, digits) => {
    expect(parseMobile(v)).toBe(digits);
    expect(mobileRec.validate(v)).toBe(true);
  });

  it.each([
    ['手机：13812345678', 'mobile:13812345678'],
    ['tel 138 1234 5678 ok', 'mobile:138 1234 5678'],
    ['call +86 138-1234-5678', 'mobile:+86 138-1234-5678'],
    ['"phone":"+8613812345678"', 'mobile:8613812345678'],
    ['0086 13812345678', 'mobile:0086 13812345678'],
    ['2024-03-15 13812345678 登录', 'mobile:13812345678'],
  ])('in text %s', (text, expected) => expect(kindsIn(text)).toEqual([expected]));

  it('gives the 11 digits as person key, whatever the form', () => {
    const keys = findAll('a 138-1234-5678 b +86 13812345678 c 13812345678').map((m) => m.personKey);
    expect(keys).toEqual(['13812345678', '13812345678', '13812345678']);
  });

  it.each([
    ['inside a longer digit run', '2138123456789'],
    ['inside a tracking id', 'SF13812345678CN'],
    ['a 13-digit millisecond timestamp', '1381234567890'],
    ['an order number label', '订单号：13812345678'],
    ['an order_no key', '"order_no": "13812345678"'],
    ['a tracking label', 'tracking 13812345678'],
    ['a timestamp label', '时间戳 13812345678'],
    ['a decimal', '0.13812345678'],
    ['a decimal with the number first', '13812345678.25'],
    ['a dotted version', 'v2.13812345678.1'],
  ])('look-alike: %s', (_why, text) => {
    expect(kindsIn(text)).toEqual([]);
  });
});

describe('landlines', () => {
  it.each([
    ['010', true],
    ['021', true],
    ['0755', true],
    ['0371', true],
    ['011', false],
    ['0123', false],
    ['0212', false],
    ['755', false],
  ])('area code %s: %s', (code, ok) => expect(isAreaCode(code)).toBe(ok));

  it.each([
    ['010-62345678', '010-62345678'],
    ['(010)62345678', '010-62345678'],
    ['（0755）2345678', '0755-2345678'],
    ['0755 22345678', '0755-22345678'],
    ['+86-10-62345678', '010-62345678'],
    ['021-52345678-801', '021-52345678'],
    ['01062345678', '010-62345678'],
  ])('whole value %s', (v, norm) => expect(parseLandline(v)).toBe(norm));

  it.each([
    ['local number starting 1', '010-12345678'],
    ['local number of 6 digits', '010-623456'],
    ['bad area code', '011-62345678'],
    ['letters', '010-6234567a'],
  ])('rejects %s', (_why, v) => expect(parseLandline(v)).toBeUndefined());

  it.each([
    ['电话：010-62345678', 'landline:010-62345678'],
    ['fax (021)52345678', 'landline:(021)52345678'],
    ['call 0755-22345678-801 now', 'landline:0755-22345678-801'],
    ['+86 10 62345678', 'landline:+86 10 62345678'],
    ['座机 01062345678', 'landline:01062345678'],
  ])('in text %s', (text, expected) => expect(kindsIn(text)).toEqual([expected]));

  it('an unseparated number needs a label; a date range is not a phone', () => {
    expect(kindsIn('x 01062345678 y')).toEqual([]);
    expect(kindsIn('2023-20230315')).toEqual([]);
    expect(kindsIn('v0.1.2-20230315')).toEqual([]);
  });
});
