import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.ts';
import { openRoot } from '../../host/root.ts';
import { scanInventory } from '../../pii/sources/scan.ts';
import { collect, evaluate } from '../../core/scan.ts';
import { renderJson } from '../../report/json.ts';
import { renderText } from '../../report/text.ts';

const CHECKS_DIR = path.resolve(import.meta.dirname, '../../checks/personal-data');
const children = path.join(CHECKS_DIR, 'pii-sensitive-plaintext-found/fixtures/fail-children/root');
const cards = path.join(CHECKS_DIR, 'pii-plaintext-volume-found/fixtures/fail-fifty-cards/root');
const clock = () => new Date('2026-11-23T10:00:00.000Z');

describe('pii collector', () => {
  it('reads the data files of a fixture tree (full mode by default off the live root)', async () => {
    const bundle = await collect({ root: children, sections: ['pii'], clock });
    const pii = bundle.sections.pii!;
    expect(pii.mode).toBe('full');
    expect(pii.scannedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(pii.rows.map((r) => [r.location, r.kind, r.records, r.minors])).toEqual([
      ['/tmp/students.ndjson#idCard', 'cn-id', 4, 4],
      ['/tmp/students.ndjson#姓名', 'name', 4, 4],
    ]);
    expect(bundle.gaps).toEqual([]);
  });

  it('quick mode reads the web roots (/srv is a conventional one)', async () => {
    const quick = await collect({ root: cards, sections: ['pii'], clock, content: { mode: 'quick' } });
    expect(quick.sections.pii!.rows.map((r) => r.location)).toEqual(['/srv/pay/cards.csv#card_no']);
  });

  it('is off when the content scan is off: a gap, so the checks are not assessed', async () => {
    const bundle = await collect({ root: children, sections: ['pii'], clock, content: { mode: 'off' } });
    expect(bundle.sections.pii!.rows).toEqual([]);
    expect(bundle.gaps).toMatchObject([{ section: 'pii', reason: 'truncated' }]);
    const report = evaluate(bundle, CHECKS, { lang: 'en', clock });
    expect(report.inventory).toBeUndefined();
    expect(report.checks.filter((c) => c.checkId.startsWith('pii-')).map((c) => c.outcome)).toEqual([
      'not-assessed',
      'not-assessed',
      'not-assessed',
    ]);
  });

  it('the report carries the inventory in JSON and a short table in text', async () => {
    const bundle = await collect({ root: cards, sections: ['pii'], clock });
    const report = evaluate(bundle, CHECKS, { lang: 'en', clock, startedAt: clock().toISOString() });
    const json = JSON.parse(renderJson(report)) as { inventory?: { totals: { records: number } } };
    expect(json.inventory?.totals.records).toBe(50);
    expect(Object.keys(json).at(-1)).toBe('inventory');
    const text = renderText(report, { color: false });
    expect(text).toMatch(/Personal-data inventory \(50 plaintext records/);
    expect(text).toMatch(/\/srv\/pay\/cards\.csv#card_no\s+bank card numbers\s+50/);
    const volume = report.findings.filter((f) => f.checkId === 'pii-plaintext-volume-found');
    expect(volume).toHaveLength(1);
    expect(volume[0]!.message).toMatch(/may meet the serious threshold of 50 items/);
    // No unmasked card number anywhere in the report.
    const card = /\b62\d{17}\b/;
    expect(card.test(renderJson(report))).toBe(false);
  });
});

describe('pii budget', () => {
  it('stops reading data files past the byte budget and says so in one gap', async () => {
    const root = await openRoot(path.join(CHECKS_DIR, 'pii-plaintext-found/fixtures/pass-masked/root'));
    const inv = await scanInventory(root, { now: clock(), maxTotalBytes: 1 });
    // The first file is always read; the second is past the budget.
    expect(inv.sources).toHaveLength(1);
    expect(inv.gaps).toMatchObject([
      { path: '/', reason: 'truncated', detail: expect.stringMatching(/^1 data files/) as unknown },
    ]);
  });
});
