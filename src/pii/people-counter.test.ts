import { describe, expect, it } from 'vitest';
import { PeopleCounter } from './people-counter.ts';
import { personHash } from './inventory.ts';

describe('PeopleCounter', () => {
  it('is exact up to its cap, repeated keys counted once', () => {
    const c = new PeopleCounter(1000);
    for (let i = 0; i < 3; i++) for (let p = 0; p < 1000; p++) c.add(personHash(`id-${String(p)}`));
    expect(c.exact).toBe(true);
    expect(c.size).toBe(1000);
    expect([...c.keys()]).toHaveLength(1000);
  });

  it.each([5_000, 50_000, 400_000])('past the cap, estimates %i people within 5 %%', (n) => {
    const c = new PeopleCounter(1000);
    for (let p = 0; p < n; p++) c.add(personHash(`11010119900101${String(p).padStart(6, '0')}`));
    // Repeats do not move the estimate.
    for (let p = 0; p < n; p += 3) c.add(personHash(`11010119900101${String(p).padStart(6, '0')}`));
    expect(c.exact).toBe(false);
    expect([...c.keys()]).toEqual([]);
    expect(Math.abs(c.size - n) / n).toBeLessThan(0.05);
  });
});

describe('NumberSet and NumberMap', () => {
  it.each([
    ['growing by doubling', Number.POSITIVE_INFINITY],
    ['jumping to the size of a limit', 40_000],
    ['past a limit set too low', 10_000],
  ])('agree with Set and Map on 52-bit keys, through growth, with 0 as a key (%s)', async (_, limit) => {
    const { NumberSet, NumberMap } = await import('./people-counter.ts');
    const s = new NumberSet(16, limit);
    const m = new NumberMap(16, limit);
    const refS = new Set<number>();
    const refM = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      const k = i % 7 === 0 ? 0 : personHash(`k${String(i % 30_011)}`);
      expect(s.add(k)).toBe(!refS.has(k));
      refS.add(k);
      m.set(k, i);
      refM.set(k, i);
    }
    expect(s.size).toBe(refS.size);
    expect(new Set(s.keys())).toEqual(refS);
    expect(m.size).toBe(refM.size);
    for (const [k, v] of refM) expect(m.get(k, -5)).toBe(v);
    expect(m.get(personHash('absent'), -5)).toBe(-5);
    expect(s.has(personHash('absent'))).toBe(false);
  });
});
