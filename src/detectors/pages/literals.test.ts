import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralMatcher } from './literals.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** What the matcher must equal: the alternation regex, counted over matchAll. */
function viaRegex(literals: string[], text: string, words: boolean): Map<string, number> {
  const body = literals.map(escape).join('|');
  const re = new RegExp(words ? `(?<![a-z0-9])(?:${body})(?![a-z0-9])` : body, 'g');
  const out = new Map<string, number>();
  for (const m of text.matchAll(re)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
}

function viaMatcher(literals: string[], text: string, words: boolean): Map<string, number> {
  const out = new Map<string, number>();
  new LiteralMatcher(literals, words).countInto(text, out);
  return out;
}

describe('LiteralMatcher', () => {
  it('counts like the alternation regex: leftmost, first listed wins, no overlap, word edges', () => {
    const literals = [
      'bet slip',
      'bets',
      'bet',
      'betting',
      'slip',
      '18+',
      '投注',
      '投注记录',
      '记录',
      'av在线',
    ];
    const text = 'betslip bet slip bets betting abet bet1 18+ x18+ 投注记录投注 av在线 bet';
    for (const words of [false, true])
      expect(viaMatcher(literals, text, words)).toEqual(viaRegex(literals, text, words));
    expect(viaMatcher(literals, text, true).get('bet')).toBe(1);
  });

  it('agrees with the regex on random texts and literal lists', () => {
    const alphabet = fc.constantFrom('a', 'b', 'e', 't', ' ', '1', '投', '注', '-', 's');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        fc.boolean(),
        (literals, text, words) => {
          expect(viaMatcher(literals, text, words)).toEqual(viaRegex(literals, text, words));
        },
      ),
      { numRuns: 400 },
    );
  });
});
