/**
 * Synthetic people for the source and inventory tests: fake values that pass every check (computed
 * check characters), never real data. Deterministic for a seed.
 */
import { makeCard, makeCnId, makeMobile, prng } from '../recognisers/synthetic.ts';

export interface FakePerson {
  name: string;
  id: string;
  phone: string;
  card: string;
  email: string;
  birth: string;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '洋', '艳'];
const REGIONS = ['110101', '310104', '440305', '330106'];

/** `n` people; `minorEvery` > 0 makes every minorEvery-th one born in 2018 (a child on 2026 scan dates). */
export function fakePeople(n: number, seed = 1, minorEvery = 0): FakePerson[] {
  const rand = prng(seed);
  const out: FakePerson[] = [];
  for (let i = 0; i < n; i++) {
    const minor = minorEvery > 0 && i % minorEvery === 0;
    const year = minor ? 2018 : 1960 + Math.floor(rand() * 40);
    const birth = `${String(year)}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const seq = String(Math.floor(rand() * 1000)).padStart(3, '0');
    out.push({
      name: SURNAMES[i % SURNAMES.length]! + GIVEN[Math.floor(rand() * GIVEN.length)]!,
      id: makeCnId(REGIONS[i % REGIONS.length]!, birth, seq),
      phone: makeMobile(['138', '139', '186', '159'][i % 4]!, rand),
      card: makeCard('622202', 19, rand),
      email: `user${String(i)}@example.com`,
      birth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    });
  }
  return out;
}
