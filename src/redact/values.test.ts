import { describe, expect, it } from 'vitest';
import { RECOGNISERS, findAll } from '../pii/recognisers/index.ts';
import { makeCard, makeCnId, makeMobile, prng } from '../pii/recognisers/synthetic.ts';
import type { PiiKind } from '../pii/types.ts';
import {
  generaliseAddress,
  generaliseValue,
  maskValue,
  pseudonymiseValue,
  type RedactConfig,
} from './values.ts';

const ID = makeCnId('110105', '19491231', '002');
const rand = prng(7);
const MOBILE = makeMobile('138', rand);
const CARD = makeCard('622202', 19, rand);
const KEY: RedactConfig = {
  mode: 'pseudonymise',
  key: Buffer.from('0123456789abcdef-test-key'),
  hash: 'sha256',
};
const validate = (kind: PiiKind, v: string) => RECOGNISERS.find((r) => r.kind === kind)?.validate(v) ?? false;

describe('maskValue', () => {
  it.each<[PiiKind, string, string]>([
    ['cn-id', ID, `110105********${ID.slice(-4)}`],
    ['mobile', MOBILE, `138****${MOBILE.slice(-4)}`],
    ['mobile', '+86 138-1234-5678', '+86 138-****-5678'],
    ['bank-card', CARD, `622202*********${CARD.slice(-4)}`],
    ['email', 'zhang.san@example.com', 'z***@example.com'],
    ['name', '欧阳娜娜', '欧***'],
    ['birth-date', '1990-05-17', '1990-**-**'],
    ['address', '广东省深圳市南山区科技园1号', '广东省深圳市****'],
    ['password', 'hunter2', '****'],
  ])('%s %s → %s', (kind, value, masked) => {
    expect(maskValue(kind, value)).toBe(masked);
    expect(validate(kind, maskValue(kind, value))).toBe(false);
  });
});

describe('generaliseValue', () => {
  it.each<[PiiKind, string, string]>([
    ['birth-date', '1990-05-17', '1990'],
    ['address', '北京市朝阳区建国路88号', '北京市'],
    ['address', '新疆维吾尔自治区乌鲁木齐市天山区', '新疆维吾尔自治区乌鲁木齐市'],
    ['cn-id', ID, `${ID.slice(0, 10)}********`],
  ])('%s %s → %s', (kind, value, out) => {
    expect(generaliseValue(kind, value)).toBe(out);
  });
  it('drops everything of an address it cannot place', () => {
    expect(generaliseAddress('某某路1号')).toBe('');
  });
});

describe('pseudonymiseValue', () => {
  it('is stable for the same key, differs for another key, and keeps the shape', () => {
    const other: RedactConfig = { ...KEY, key: Buffer.from('another-key-0123456789') };
    const a = pseudonymiseValue(KEY, 'cn-id', ID);
    expect(pseudonymiseValue(KEY, 'cn-id', ID)).toBe(a);
    expect(pseudonymiseValue(other, 'cn-id', ID)).not.toBe(a);
    expect(a).toMatch(/^99\d{15}[\dX]$/);
    expect(pseudonymiseValue(KEY, 'mobile', MOBILE)).toMatch(/^10\d{9}$/);
    expect(pseudonymiseValue(KEY, 'bank-card', CARD)).toHaveLength(CARD.length);
    expect(pseudonymiseValue(KEY, 'mobile', '138-1234-5678')).toMatch(/^10\d-\d{4}-\d{4}$/);
  });

  it('never yields a valid ID, phone or card (a later scan finds nothing)', () => {
    const r = prng(99);
    for (let i = 0; i < 300; i++) {
      const id = makeCnId('440305', `19${String(50 + (i % 50))}0${1 + (i % 9)}1${i % 10}`, String(100 + i));
      const text = [id, makeMobile('139', r), makeCard('62', 16, r)]
        .map((v, k) => pseudonymiseValue(KEY, (['cn-id', 'mobile', 'bank-card'] as const)[k]!, v))
        .join(' ');
      expect(findAll(text)).toEqual([]);
    }
  });

  it('an ID pseudonym has a correct check character', () => {
    const p = pseudonymiseValue(KEY, 'cn-id', ID);
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = weights.reduce((s, w, i) => s + w * Number(p[i]), 0);
    expect(p[17]).toBe('10X98765432'[sum % 11]);
  });

  it('SM3 gives other pseudonyms than SHA-256 for the same key', () => {
    expect(pseudonymiseValue({ ...KEY, hash: 'sm3' }, 'name', '张三')).not.toBe(
      pseudonymiseValue(KEY, 'name', '张三'),
    );
  });
});

describe('hmac', () => {
  it('equals node:crypto HMAC for SHA-256 and SM3, short and long keys', async () => {
    const { createHmac } = await import('node:crypto');
    const { hmac } = await import('./values.ts');
    for (const key of [Buffer.from('short key 16 byt'), Buffer.alloc(100, 7)]) {
      for (const hash of ['sha256', 'sm3'] as const) {
        expect(hmac({ mode: 'pseudonymise', key, hash }, 'mobile:13812345678').toString('hex')).toBe(
          createHmac(hash, key).update('mobile:13812345678').digest('hex'),
        );
      }
    }
  });
});

describe('Redactor.text with labels', () => {
  it('replaces the value after a name, address or birth-date label, not other labelled values', async () => {
    const { Redactor } = await import('./redactor.ts');
    const r = new Redactor({ mode: 'mask' });
    expect(r.text('下单 姓名：张三丰, 地址=广东省深圳市南山区科技园1号 status=ok')).toBe(
      '下单 姓名：张**, 地址=广东省深圳市**** status=ok',
    );
    expect(r.text('GET /api?name="李四"&page=2')).toBe('GET /api?name="李*"&page=2');
    expect(r.text('version: 1.2.3 host=web01')).toBe('version: 1.2.3 host=web01');
    expect(Object.fromEntries(r.counts)).toEqual({ name: 2, address: 1 });
  });
});
