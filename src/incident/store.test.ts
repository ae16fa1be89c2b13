import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../core/finding.ts';
import { DIALECTS, testStore, type TestStore } from '../storage/test-stores.ts';
import { incidentFromReport, parseReport } from './from-report.ts';
import { IncidentStore, newId } from './store.ts';

const report: Report = parseReport(
  readFileSync('test/hosts/compromised/report.golden.json', 'utf8'),
  'golden',
);
const now = new Date('2026-11-23T02:00:00Z');

function opened(id = newId('inc'), detectedAt = '2026-11-23T09:30:00+08:00') {
  return incidentFromReport(report, {
    id,
    detectedAt,
    grade: '较大',
    operator: 'other',
    now,
    personalInfo: [{ kind: 'cn-id', records: 3, people: 3, sensitive: true, where: '/srv/u.csv' }],
  });
}

describe.each(DIALECTS)('IncidentStore on %s', (dialect) => {
  let t: TestStore | undefined;
  let store: IncidentStore;
  beforeAll(async () => {
    const opened = await testStore(dialect);
    t = opened;
    store = new IncidentStore(opened.store.db, () => new Date('2026-11-24T00:00:00Z'));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('round-trips an incident with its findings, PI, timeline and source report', async () => {
    const inc = { ...opened(), insider: { suspected: true, note: 'ex-admin' } };
    await store.create(inc, report);
    const back = await store.get(inc.id);
    expect(back).toEqual({ ...inc, drills: [] });
    expect((await store.sourceReport(inc.id))?.findings).toHaveLength(report.findings.length);
  });

  it('lists incidents newest detection first', async () => {
    const older = opened(newId('inc'), '2026-01-02T00:00:00+08:00');
    const newer = opened(newId('inc'), '2026-12-01T00:00:00+08:00');
    await store.create(older);
    await store.create(newer);
    const ids = (await store.list()).map((s) => s.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(await store.sourceReport(older.id)).toBeUndefined();
  });

  it('updates fields, merges attestations and appends timeline entries in order', async () => {
    const inc = opened();
    await store.create(inc);
    await store.update(inc.id, { grade: '重大', attestations: { plan: true } }, [
      { at: '2026-11-23T10:00:00+08:00', kind: 'updated', text: 'regraded' },
    ]);
    const back = await store.update(inc.id, { crimeSuspected: true, attestations: { logs6m: false } }, [
      { at: '2026-11-23T10:05:00+08:00', kind: 'note', text: 'second' },
      { at: '2026-11-23T10:06:00+08:00', kind: 'note', text: 'third' },
    ]);
    expect(back).toMatchObject({
      grade: '重大',
      crimeSuspected: true,
      attestations: { plan: true, logs6m: false },
    });
    expect(back.timeline.map((e) => e.kind)).toEqual(['detected', 'opened', 'updated', 'note', 'note']);
    expect(back.timeline.at(-1)?.text).toBe('third');
  });

  it('records reports made and closes once', async () => {
    const inc = opened();
    await store.create(inc);
    const r = await store.recordReport(
      inc.id,
      { duty: 'irm-report', at: '2026-11-23T11:00:00+08:00', to: '省网信办' },
      { at: '2026-11-23T11:00:00+08:00', kind: 'reported', text: 'irm' },
    );
    expect(r.reports).toEqual([{ duty: 'irm-report', at: '2026-11-23T11:00:00+08:00', to: '省网信办' }]);
    const c1 = await store.close(inc.id);
    expect(c1).toMatchObject({ status: 'closed', closedAt: '2026-11-24T00:00:00.000Z' });
    const c2 = await store.close(inc.id);
    expect(c2.timeline.filter((e) => e.kind === 'closed')).toHaveLength(1);
  });

  it('records drills and shows them with every incident', async () => {
    await store.recordDrill({
      at: '2026-06-01T10:00:00+08:00',
      scenario: 'ransomware',
      participants: ['a', 'b'],
    });
    await store.recordDrill({
      at: '2026-03-01T10:00:00+08:00',
      scenario: 'webshell',
      participants: [],
      notes: 'n',
    });
    const drills = await store.drills();
    expect(drills.map((d) => d.scenario)).toEqual(['webshell', 'ransomware']);
    expect(drills[0]).toEqual({
      at: '2026-03-01T10:00:00+08:00',
      scenario: 'webshell',
      participants: [],
      notes: 'n',
    });
    const inc = opened();
    await store.create(inc);
    expect((await store.get(inc.id)).drills).toHaveLength(2);
  });

  it('refuses an unknown id with HEGUI_E_INCIDENT_NOT_FOUND everywhere', async () => {
    const code: unknown = expect.objectContaining({ code: 'HEGUI_E_INCIDENT_NOT_FOUND' });
    await expect(store.get('inc-nope')).rejects.toThrow(code);
    await expect(store.update('inc-nope', { grade: '一般' })).rejects.toThrow(code);
    await expect(store.close('inc-nope')).rejects.toThrow(code);
    await expect(store.sourceReport('inc-nope')).rejects.toThrow(code);
    await expect(
      store.recordReport(
        'inc-nope',
        { duty: 'irm-report', at: 'x' },
        { at: 'x', kind: 'reported', text: '' },
      ),
    ).rejects.toThrow(code);
  });

  it('refuses a duplicate id', async () => {
    const inc = opened();
    await store.create(inc);
    await expect(store.create(inc)).rejects.toThrow();
    expect((await store.get(inc.id)).timeline).toHaveLength(2);
  });
});
