import { describe, expect, it } from 'vitest';
import { PII_KINDS } from '../types.ts';
import { isMinor, sensitiveGroup, sensitivityOf } from './sensitive.ts';

describe('sensitivity (PIPL Art. 28, catalogue §7)', () => {
  it.each([
    ['bank-card', 'financial-account'],
    ['whereabouts', 'whereabouts'],
    ['health', 'health'],
    ['biometric', 'biometric'],
    ['religion', 'religion'],
  ] as const)('%s is V-TEXT sensitive: %s', (kind, group) => {
    expect(sensitivityOf(kind)).toEqual({ status: 'V-TEXT', group });
    expect(sensitiveGroup(kind)).toBe(group);
  });

  it('the ID number (and travel documents) are modelled as UNVERIFIED, without a group', () => {
    for (const kind of ['cn-id', 'passport', 'hk-macau-permit', 'taiwan-permit'] as const) {
      expect(sensitivityOf(kind)?.status).toBe('UNVERIFIED');
      expect(sensitiveGroup(kind)).toBeUndefined();
    }
  });

  it('every other kind is not sensitive by kind', () => {
    const decided = new Set([
      'bank-card',
      'whereabouts',
      'health',
      'biometric',
      'religion',
      'cn-id',
      'passport',
      'hk-macau-permit',
      'taiwan-permit',
    ]);
    for (const kind of PII_KINDS.filter((k) => !decided.has(k)))
      expect(sensitivityOf(kind), kind).toBeUndefined();
  });
});

describe('isMinor (under 14)', () => {
  const now = new Date('2025-06-15T08:00:00Z');
  it.each([
    ['2011-06-16', true], // 14 tomorrow
    ['2011-06-15', false], // 14 today
    ['2011-06-14', false],
    ['2020-01-01', true],
    ['2025-06-15', true], // born today
    ['1990-03-07', false],
    ['2025-06-16', false], // not born yet: not a person
    ['not a date', false],
  ])('%s → %s', (birth, minor) => expect(isMinor(birth, now)).toBe(minor));

  it('a 29 February birthday turns 14 on 1 March of a common year', () => {
    expect(isMinor('2012-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(true);
    expect(isMinor('2012-02-29', new Date('2026-03-01T12:00:00Z'))).toBe(false);
  });
});
