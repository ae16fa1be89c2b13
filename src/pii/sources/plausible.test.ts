import { describe, expect, it } from 'vitest';
import { plausible } from './table.ts';

describe('plausible: label-only kinds need a value of the right shape', () => {
  it.each([
    ['name', '张伟', true],
    ['name', '欧阳娜娜', true],
    ['name', 'John Smith', true],
    ['name', 'Li Na', true],
    // package.json / composer.json "name" keys, config names
    ['name', 'shop', false],
    ['name', 'mall-core', false],
    ['name', '@scope/pkg', false],
    ['name', 'acme/forum', false],
    ['address', '北京市朝阳区某某路12号', true],
    ['address', '12 Baker Street, London', true],
    // listen addresses, URLs and e-mail in "address" keys of configs
    ['address', '0.0.0.0:8080', false],
    ['address', '[::1]:443', false],
    ['address', 'https://pay.example.cn/notify', false],
    ['address', 'ops@example.cn', false],
    ['birth-date', '1990-05-06', true],
    ['birth-date', '1990年5月6日', true],
    ['birth-date', 'unknown', false],
    // kinds without a shape rule keep their label's word
    ['health', '高血压', true],
  ] as const)('%s %s → %s', (kind, value, expected) => {
    expect(plausible(kind, value)).toBe(expected);
  });
});
