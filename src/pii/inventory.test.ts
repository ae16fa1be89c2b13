import { describe, expect, it } from 'vitest';
import {
  InventoryBuilder,
  maskSample,
  personHash,
  tier2017Of,
  tierStatement,
  type FieldHit,
  type Location,
} from './inventory.ts';
import { isMinor } from './recognisers/sensitive.ts';
import { fakePeople } from './sources/people.fixture.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const csv: Location = { source: '/srv/u.csv', format: 'csv' };
const at = (field: string): Location => ({ ...csv, field });

function person(p: { id: string; phone: string; birth: string }): FieldHit[] {
  return [
    { location: at('id'), kind: 'cn-id', value: p.id, personKey: p.id, birthDate: p.birth },
    { location: at('phone'), kind: 'mobile', value: p.phone, personKey: p.phone },
  ];
}

describe('InventoryBuilder', () => {
  it('counts records, distinct people by ID number, and minors by the scan date', () => {
    const people = fakePeople(10, 3, 5); // people 0 and 5 born in 2018
    const b = new InventoryBuilder(NOW);
    for (const p of people) b.record(person(p));
    for (const p of people.slice(0, 3)) b.record(person(p)); // the same three again
    const inv = b.build();
    const id = inv.rows.find((r) => r.kind === 'cn-id')!;
    expect(id).toMatchObject({
      records: 13,
      people: 10,
      minors: 2,
      sensitive: ['minor'],
      state: 'plaintext',
    });
    expect(inv.totals).toMatchObject({ records: 26, people: 10, minors: 2, sensitivePeople: 2 });
  });

  it('a child is no longer a minor once 14: the scan date decides', () => {
    const [p] = fakePeople(1, 3, 1); // born in 2018
    const later = new InventoryBuilder(
      new Date(`${String(Number(p!.birth.slice(0, 4)) + 14)}-12-31T00:00:00Z`),
    );
    later.record(person(p!));
    expect(later.build().totals.minors).toBe(0);
    const today = new InventoryBuilder(NOW);
    today.record(person(p!));
    expect(today.build().totals.minors).toBe(1);
  });

  it('links a phone seen with an ID number to the same person elsewhere, whatever the order', () => {
    const [p] = fakePeople(1, 9);
    const b = new InventoryBuilder(NOW);
    b.record([
      { location: { source: '/log', format: 'text' }, kind: 'mobile', value: p!.phone, personKey: p!.phone },
    ]);
    b.record(person(p!));
    expect(b.build().totals.people).toBe(1);
  });

  it('records without a key count one person each and say the count is estimated', () => {
    const b = new InventoryBuilder(NOW);
    b.record([{ location: at('name'), kind: 'name', value: '张三' }]);
    b.record([{ location: at('name'), kind: 'name', value: '李四' }]);
    const inv = b.build();
    expect(inv.totals).toMatchObject({ people: 2, peopleEstimated: true });
  });

  it('protected values are counted apart and never sampled', () => {
    const b = new InventoryBuilder(NOW);
    b.record([{ location: at('phone'), kind: 'mobile', value: '138****5678', protection: 'masked' }]);
    b.record([{ location: at('phone'), kind: 'mobile', value: '13812345678', personKey: '13812345678' }]);
    const [row] = b.build().rows;
    expect(row).toMatchObject({
      records: 1,
      protectedRecords: 1,
      state: 'mixed',
      protection: 'masked',
      sample: '138****5678',
    });
  });

  it('bank cards are sensitive financial accounts; ID numbers alone are not marked sensitive (UNVERIFIED)', () => {
    const b = new InventoryBuilder(NOW);
    const [p] = fakePeople(1, 5);
    b.record([{ location: at('card'), kind: 'bank-card', value: p!.card }]);
    b.record([{ location: at('id'), kind: 'cn-id', value: p!.id, personKey: p!.id, birthDate: p!.birth }]);
    const rows = b.build().rows;
    expect(rows.find((r) => r.kind === 'bank-card')?.sensitive).toEqual(['financial-account']);
    expect(rows.find((r) => r.kind === 'cn-id')?.sensitive).toEqual([]);
  });
});

describe('tiers', () => {
  function inventoryWith(kind: 'bank-card' | 'health' | 'cn-id', n: number) {
    const b = new InventoryBuilder(NOW);
    for (let i = 0; i < n; i++) b.record([{ location: at(kind), kind, value: `v${String(i)}` }]);
    return b.build();
  }

  it.each([
    ['bank-card', 49, 'i2017-50', false],
    ['bank-card', 50, 'i2017-50', true],
    ['health', 499, 'i2017-500', false],
    ['health', 500, 'i2017-500', true],
    ['cn-id', 4999, 'i2017-5000', false],
    ['cn-id', 5000, 'i2017-5000', true],
  ] as const)('%s × %i: %s may meet = %s', (kind, n, id, meets) => {
    const tier = inventoryWith(kind, n).tiers.find((t) => t.id === id)!;
    expect(tier).toMatchObject({ count: n, mayMeet: meets, provision: 'cl-253-1', status: 'V-TEXT' });
  });

  it('combines the tiers in proportion (Art. 5(6))', () => {
    const b = new InventoryBuilder(NOW);
    for (let i = 0; i < 25; i++) b.record([{ location: at('card'), kind: 'bank-card', value: 'x' }]);
    for (let i = 0; i < 2500; i++) b.record([{ location: at('id'), kind: 'cn-id', value: 'y' }]);
    const combined = b.build().tiers.find((t) => t.id === 'i2017-combined')!;
    expect(combined).toMatchObject({ count: 1, mayMeet: true });
  });

  it('cross-border tiers count people, with the catalogue status V-OFF', () => {
    const inv = inventoryWith('bank-card', 3);
    expect(inv.tiers.find((t) => t.id === 'xb-sensitive-any')).toMatchObject({
      count: 3,
      mayMeet: true,
      status: 'V-OFF',
    });
    expect(inv.tiers.find((t) => t.id === 'xb-sensitive-10k')?.mayMeet).toBe(false);
    expect(inv.tiers.find((t) => t.id === 'xb-100k')?.mayMeet).toBe(false);
  });

  it('statements say "may meet" and that storage is not the offence', () => {
    const tier = inventoryWith('bank-card', 600).tiers.find((t) => t.id === 'i2017-50')!;
    expect(tierStatement(tier, 'en')).toMatch(/may meet the especially serious threshold of 500 items/);
    expect(tierStatement(tier, 'en')).toMatch(/storing data is not itself the offence/);
    expect(tierStatement(tier, 'zh')).toMatch(/可能达到.*情节特别严重/);
  });

  it('maps kinds to the 2017 item tiers', () => {
    expect([
      tier2017Of('whereabouts'),
      tier2017Of('bank-card'),
      tier2017Of('health'),
      tier2017Of('mobile'),
    ]).toEqual([50, 50, 500, 5000]);
  });
});

describe('helpers', () => {
  it.each([
    ['cn-id', '11010119900307663X', '110101********663X'],
    ['mobile', '13812345678', '138****5678'],
    ['email', 'zhangsan@example.com', 'z***@example.com'],
    ['name', '欧阳娜娜', '欧***'],
    ['address', '北京市东城区东华门大街1号', '北京市东城区***'],
  ] as const)('maskSample %s', (kind, value, masked) => {
    expect(maskSample(kind, value)).toBe(masked);
  });
  it('personHash is stable and tells different keys apart', () => {
    expect(personHash('13812345678')).toBe(personHash('13812345678'));
    expect(personHash('13812345678')).not.toBe(personHash('13812345679'));
    expect(Number.isSafeInteger(personHash('x'))).toBe(true);
  });
});

describe('minors', () => {
  it('agrees with isMinor on the days around the 14th birthday, 29 February included', () => {
    const births = ['2012-11-22', '2012-11-23', '2012-11-24', '2012-02-29', '2026-11-23', '2026-11-24'];
    for (const now of ['2026-11-23', '2026-02-28', '2026-03-01', '2024-02-29']) {
      const day = new Date(`${now}T12:00:00Z`);
      for (const birth of births) {
        const b = new InventoryBuilder(day);
        b.record([{ location: at('id'), kind: 'cn-id', value: 'x', personKey: 'k', birthDate: birth }]);
        expect(b.build().totals.minors, `${birth} on ${now}`).toBe(isMinor(birth, day) ? 1 : 0);
      }
    }
  });
});
