import { describe, expect, it } from 'vitest';
import { contextBefore } from './context.ts';
import { findAll, RECOGNISERS, resolveOverlaps, scanText } from './index.ts';
import { makeCard, makeCnId, makeUscc, prng } from './synthetic.ts';
import type { PiiMatch } from '../types.ts';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('findAll over mixed text', () => {
  const rand = prng(7);
  const id = makeCnId('330106', '19920515', '238');
  const card = makeCard('622588', 16, rand);
  const uscc = makeUscc('91', '330106', 'MA27XY12');
  const text = [
    `2025-05-01 12:00:01 INFO order=20250501120001 user=张三 身份证=${id} phone=13912345678`,
    `{"name":"李四","mobile":"+86 138 1234 5678","card":"${card}","email":"li.si@example.com"}`,
    `INSERT INTO t VALUES ('${uscc}', '010-62345678', '粤B12345', '用户IP: 203.0.113.7');`,
  ].join('\n');

  it('finds each value once, sorted, with exact offsets', () => {
    const found = findAll(text, NOW);
    expect(found.map((m) => m.kind)).toEqual([
      'cn-id',
      'mobile',
      'mobile',
      'bank-card',
      'email',
      'uscc',
      'landline',
      'licence-plate',
      'ip-address',
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.value);
  });

  it('every recogniser finds only its kind, and validates what it finds', () => {
    for (const r of RECOGNISERS) {
      for (const m of r.find(text)) {
        expect(m.kind).toBe(r.kind);
        if (r.kind !== 'ip-address') expect(r.validate(m.value), `${r.kind} ${m.value}`).toBe(true);
      }
    }
    expect(RECOGNISERS.map((r) => r.kind)).toEqual([...new Set(RECOGNISERS.map((r) => r.kind))]);
  });

  it('minConfidence 0 keeps look-alike-context matches that findAll drops', () => {
    const t = '订单号 13812345678';
    expect(findAll(t)).toEqual([]);
    const all = scanText(t, { minConfidence: 0 });
    expect(all.map((m) => m.kind)).toEqual(['mobile']);
    expect(all[0]!.confidence).toBeLessThan(0.5);
  });

  it('handles empty, non-ASCII-only and huge-token input', () => {
    expect(findAll('')).toEqual([]);
    expect(findAll('姓名张三住址北京市')).toEqual([]);
    expect(findAll('9'.repeat(100_000))).toEqual([]);
    expect(findAll('1-'.repeat(50_000))).toEqual([]);
  });
});

describe('context words', () => {
  it('the nearest label wins', () => {
    const t1 = '订单号 A1, 手机 13812345678';
    expect(contextBefore(t1, t1.indexOf('138'), 'mobile')).toBe('raise');
    const t2 = '手机 x, order_no 13812345678';
    expect(contextBefore(t2, t2.indexOf('138'), 'mobile')).toBe('lower');
    const t3 = 'abc 13812345678';
    expect(contextBefore(t3, t3.indexOf('138'), 'mobile')).toBe('none');
  });
  it('look-alike words only count as words: shanghai, border, its are not labels', () => {
    for (const t of ['shanghai 13812345678', 'border 13812345678', 'its 13812345678', 'reorder 13812345678'])
      expect(
        findAll(t).map((m) => m.kind),
        t,
      ).toEqual(['mobile']);
    for (const t of ['sha256 13812345678', 'ts: 13812345678', 'orderId=13812345678', 'TRACKING 13812345678'])
      expect(findAll(t), t).toEqual([]);
  });

  it('labels on the line before do not count; a table name is not an order label', () => {
    expect(findAll('order_no=1\n13812345678').map((m) => m.kind)).toEqual(['mobile']);
    expect(findAll("INSERT INTO t_order VALUES (1,'13812345678');").map((m) => m.kind)).toEqual(['mobile']);
    expect(findAll("INSERT INTO t_order (order_no) VALUES ('13812345678');")).toEqual([]);
  });

  it('raises a validated value', () => {
    const [plain] = scanText('x 13812345678');
    const [labelled] = scanText('手机号 13812345678');
    expect(labelled!.confidence).toBeGreaterThan(plain!.confidence);
  });
});

describe('resolveOverlaps', () => {
  const m = (kind: PiiMatch['kind'], start: number, end: number, confidence = 0.8): PiiMatch => ({
    kind,
    value: '',
    start,
    end,
    confidence,
  });
  it('keeps the longest, then the more confident, and sorts by start', () => {
    const out = resolveOverlaps([
      m('mobile', 10, 21),
      m('email', 10, 30),
      m('cn-id', 0, 5),
      m('uscc', 40, 58, 0.7),
      m('bank-card', 40, 58, 0.9),
    ]);
    expect(out.map((x) => x.kind)).toEqual(['cn-id', 'email', 'bank-card']);
  });
});
