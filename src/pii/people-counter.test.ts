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
