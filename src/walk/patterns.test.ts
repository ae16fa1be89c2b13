import { describe, expect, it } from 'vitest';
import { RuleError, RuleSet, lineAt, lineCounter, literalPrefilter, loadRe2 } from './patterns.ts';

const rules = [
  { id: 'stratum', regex: 'stratum\\+tcp://[a-z0-9.]+:[0-9]+', keywords: ['stratum'] },
  { id: 'email', regex: '[a-z]+@example\\.com' },
  { id: 'token', regex: 'tok_[0-9a-f]{8}', keywords: ['tok_'] },
];

describe('RuleSet', () => {
  for (const untrusted of [false, true]) {
    it(`finds matches of every rule whose keywords occur (${untrusted ? 'untrusted' : 'trusted'})`, () => {
      const set = new RuleSet(rules, { untrusted });
      const text = 'a stratum+tcp://pool.x:3333 and bob@example.com and tok_deadbeef';
      expect(set.matches(text).map((m) => [m.rule, m.text])).toEqual([
        ['stratum', 'stratum+tcp://pool.x:3333'],
        ['email', 'bob@example.com'],
        ['token', 'tok_deadbeef'],
      ]);
      expect(set.engine).toBe(untrusted ? (loadRe2() ? 're2' : 'v8-fallback') : 'v8');
    });
  }

  it('skips a rule whose keywords are absent (its regex is not even run)', () => {
    // A regex that would match without its keyword proves the pre-filter decides.
    const set = new RuleSet([{ id: 'x', regex: 'abc', keywords: ['zzz'] }]);
    expect(set.matches('abc abc')).toEqual([]);
    expect(set.matches('abc zzz').map((m) => m.rule)).toEqual(['x']);
    expect([...set.keywordsIn('zzz zzz')]).toEqual(['zzz']);
  });

  it('rejects duplicate ids, bad flags and bad regexes with the rule named', () => {
    expect(() => new RuleSet([rules[0]!, rules[0]!])).toThrow(RuleError);
    expect(() => new RuleSet([{ id: 'f', regex: 'a', flags: 'y' }])).toThrow(/unsupported flags/);
    expect(() => new RuleSet([{ id: 'bad', regex: '(' }])).toThrow(/bad/);
  });

  it('runs a catastrophic user pattern in linear time on RE2', () => {
    if (!loadRe2()) return; // the V8 fallback is not linear: that is why RE2 is preferred
    const set = new RuleSet([{ id: 'redos', regex: '(a+)+$' }], { untrusted: true });
    const started = performance.now();
    set.matches('a'.repeat(50_000) + '!');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('caps matches per rule', () => {
    const set = new RuleSet([{ id: 'a', regex: 'a' }]);
    expect(set.matches('a'.repeat(50), 10)).toHaveLength(10);
  });
});

describe('literalPrefilter', () => {
  for (const forceV8 of [false, true]) {
    it(`tells whether any literal occurs (${forceV8 ? 'V8' : 'RE2 if installed'})`, () => {
      const has = literalPrefilter(['xmrig', 'stratum+tcp', 'a.b'], { forceV8 });
      expect(has('nothing here')).toBe(false);
      expect(has('run ./xmrig now')).toBe(true);
      expect(has('中文 stratum+tcp:// 中文')).toBe(true);
      expect(has('axb')).toBe(false);
      expect(has('a.b')).toBe(true);
    });
  }
  it('refuses non-ASCII literals', () => {
    expect(() => literalPrefilter(['挖矿'])).toThrow(RuleError);
  });
});

describe('line numbers', () => {
  const text = 'a\nb\nc\nd';
  it('lineAt and lineCounter agree', () => {
    const counter = lineCounter(text, 10);
    for (const i of [0, 2, 3, 6, 7]) expect(counter(i)).toBe(lineAt(text, i, 10));
    expect(counter(0)).toBe(10);
    expect(lineAt(text, 6, 1)).toBe(4);
  });
});
