import { describe, expect, it } from 'vitest';
import { cnIdCheckChar, parseCnId } from './cn-id.ts';
import { findAll } from './index.ts';
import { breakLast, makeCnId } from './synthetic.ts';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('cn-id validation (GB 11643)', () => {
  const valid = [
    { id: makeCnId('110101', '19900307', '123'), birth: '1990-03-07', region: 'county' },
    { id: makeCnId('440305', '20000229', '456'), birth: '2000-02-29', region: 'county' },
    // 崇文区 110103 was merged in 2010: its province and prefecture exist, so it is accepted.
    { id: makeCnId('110103', '19751231', '001'), birth: '1975-12-31', region: 'prefecture' },
    // 342401: a county of the former 六安地区 (3424), a retired prefecture of an existing province.
    { id: makeCnId('342401', '19650101', '002'), birth: '1965-01-01', region: 'province' },
    // Hong Kong residents' residence permit.
    { id: makeCnId('810000', '19880808', '018'), birth: '1988-08-08', region: 'county' },
    { id: makeCnId('310115', '20250531', '009'), birth: '2025-05-31', region: 'county' },
  ];
  it.each(valid)('accepts $id', ({ id, birth, region }) => {
    const info = parseCnId(id, NOW);
    expect(info).toMatchObject({ id18: id, birthDate: birth, region, legacy: false });
  });

  it('computes the X check character and accepts a lower-case x in text', () => {
    // Search a sequence whose check character is X.
    let id = '';
    for (let seq = 100; seq < 200 && id === ''; seq++) {
      const body = `11010519800101${String(seq)}`;
      if (cnIdCheckChar(body) === 'X') id = `${body}X`;
    }
    expect(id).toMatch(/X$/);
    expect(parseCnId(id, NOW)?.id18).toBe(id);
    const found = findAll(`证件号 ${id.toLowerCase()}`, NOW);
    expect(found.map((m) => [m.kind, m.personKey])).toEqual([['cn-id', id]]);
  });

  const invalid = [
    ['wrong check digit', breakLast(makeCnId('110101', '19900307', '123'))],
    ['unknown province 99', makeCnId('990101', '19900307', '123')],
    ['prefecture 00', makeCnId('110001', '19900307', '123')],
    ['31 February', makeCnId('110101', '19900231', '123')],
    ['month 13', makeCnId('110101', '19901301', '123')],
    ['born in the future', makeCnId('110101', '20250602', '123')],
    ['born before 1880', makeCnId('110101', '18791231', '123')],
    ['17 digits', '11010119900307123'],
    ['letter inside', '1101011990A307123X'],
    ['X not last', 'X10101199003071234'],
  ] as const;
  it.each(invalid)('rejects %s', (_why, id) => {
    expect(parseCnId(id, NOW)).toBeUndefined();
  });

  it('the legacy 15-digit form: 19xx birth date, upgraded person key', () => {
    const legacy = '110101900307123';
    const info = parseCnId(legacy, NOW);
    expect(info?.birthDate).toBe('1990-03-07');
    expect(info?.legacy).toBe(true);
    expect(info?.id18).toBe(makeCnId('110101', '19900307', '123'));
    expect(parseCnId('110101901307123', NOW)).toBeUndefined(); // month 13
    expect(parseCnId('990101900307123', NOW)).toBeUndefined(); // no province 99
    expect(parseCnId('342401900307123', NOW)).toBeUndefined(); // retired prefecture: too weak without a check digit
  });

  it('"now" decides whether a birth date is in the future', () => {
    const id = makeCnId('110101', '20250601', '123');
    expect(parseCnId(id, NOW)).toBeDefined();
    expect(parseCnId(id, new Date('2025-05-31T23:00:00Z'))).toBeUndefined();
  });
});

describe('cn-id in text', () => {
  const id = makeCnId('320102', '19851120', '341');
  it('finds the ID with its birth date and person key, in several surroundings', () => {
    for (const text of [`身份证号：${id}`, `"id_card":"${id}"`, `${id},张三`, `id=${id}&x=1`, `（${id}）`]) {
      const m = findAll(text, NOW);
      expect(m, text).toHaveLength(1);
      expect(m[0]).toMatchObject({ kind: 'cn-id', value: id, personKey: id, birthDate: '1985-11-20' });
      expect(text.slice(m[0]!.start, m[0]!.end)).toBe(id);
    }
  });
  it('finds the grouped 6-8-4 form', () => {
    const text = `ID ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    expect(findAll(text, NOW).map((m) => m.kind)).toEqual(['cn-id']);
  });
  it('does not find an ID inside a longer digit or word run', () => {
    expect(findAll(`9${id}`, NOW)).toEqual([]);
    expect(findAll(`${id}7`, NOW)).toEqual([]);
    expect(findAll(`SF${id}`, NOW)).toEqual([]);
    expect(findAll(`file_${id}`, NOW)).toEqual([]);
  });
  it('an ID-valid number labelled as an order keeps lower confidence than a labelled one', () => {
    const [order] = findAll(`订单号 ${id}`, NOW);
    const [labelled] = findAll(`身份证 ${id}`, NOW);
    expect(order!.confidence).toBeLessThan(labelled!.confidence);
  });
  it('a timestamp-like 18-digit run is not an ID', () => {
    expect(findAll('ts=202401011230450001', NOW)).toEqual([]);
    expect(findAll('1717171717171717171', NOW)).toEqual([]);
  });
});
