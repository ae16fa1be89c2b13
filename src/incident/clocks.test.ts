import { describe, expect, it } from 'vitest';
import { clockNotes, clocks } from './clocks.ts';
import { GRADES, OPERATOR_KINDS, type Grade, type Incident, type OperatorKind } from './model.ts';
import { formatInZone, parseIsoTime } from './time.ts';

function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    title: 't',
    createdAt: '2026-11-23T02:00:00.000Z',
    detectedAt: '2026-11-23T09:30:00+08:00',
    grade: '较大',
    operator: 'other',
    status: 'open',
    host: { hostname: 'web-01' },
    affectedSystems: ['web-01'],
    findings: [],
    crimeSuspected: false,
    attestations: {},
    timeline: [],
    reports: [],
    drills: [],
    ...over,
  };
}

const finding = (category: Incident['findings'][number]['category']) => ({
  checkId: 'x',
  category,
  severity: 'high' as const,
  title: 'x',
  evidence: [],
  provisions: [],
});

const now = new Date('2026-11-23T01:45:00Z'); // 09:45 in Shanghai, 15 minutes after detection

// Expected irm-4 hours per operator kind (catalogue §6a), and whether each grade triggers it.
const HOURS: Record<OperatorKind, number> = { cii: 1, state: 2, other: 4 };
const REPORTABLE: Record<Grade, boolean> = { 特别重大: true, 重大: true, 较大: true, 一般: false };
const DEADLINE: Record<OperatorKind, string> = {
  cii: '2026-11-23T10:30:00+08:00',
  state: '2026-11-23T11:30:00+08:00',
  other: '2026-11-23T13:30:00+08:00',
};
const RECIPIENT: Record<OperatorKind, RegExp> = {
  cii: /保护工作部门和公安机关/,
  state: /网信工作机构/,
  other: /省级网信部门/,
};

describe('irm-4 clock for every operator kind and grade', () => {
  const cases = OPERATOR_KINDS.flatMap((op) => GRADES.map((grade) => [op, grade] as const));
  it.each(cases)('%s × %s', (operator, grade) => {
    const cs = clocks(incident({ operator, grade }), now);
    const irm = cs.find((c) => c.duty === 'irm-report');
    if (!REPORTABLE[grade]) {
      expect(irm).toBeUndefined();
      expect(clockNotes(incident({ operator, grade })).join('\n')).toMatch(/一般.*不适用.*第四条/);
      return;
    }
    expect(irm).toMatchObject({
      provision: 'irm-4',
      deadline: DEADLINE[operator],
      state: 'running',
      ruleStatus: 'V-OFF',
      remainingMs: (HOURS[operator] * 60 - 15) * 60_000,
    });
    expect(irm?.recipient).toMatch(RECIPIENT[operator]);
  });
});

describe('clock states', () => {
  it('is overdue after the deadline and met or met-late once reported', () => {
    const later = new Date('2026-11-23T06:00:00Z'); // 14:00 Shanghai, 30 min past the 4 h deadline
    expect(clocks(incident(), later)[0]).toMatchObject({ state: 'overdue', remainingMs: -30 * 60_000 });
    const onTime = incident({ reports: [{ duty: 'irm-report', at: '2026-11-23T13:29:00+08:00' }] });
    expect(clocks(onTime, later)[0]).toMatchObject({ state: 'met', reportedAt: '2026-11-23T13:29:00+08:00' });
    expect(clocks(onTime, later)[0]?.remainingMs).toBeUndefined();
    const late = incident({ reports: [{ duty: 'irm-report', at: '2026-11-23T05:31:00Z' }] });
    expect(clocks(late, later)[0]).toMatchObject({
      state: 'met-late',
      reportedAt: '2026-11-23T13:31:00+08:00',
    });
    // A report of another duty does not stop this clock.
    const other = incident({ reports: [{ duty: 'pipl-notify', at: '2026-11-23T10:00:00+08:00' }] });
    expect(clocks(other, later)[0]?.state).toBe('overdue');
  });

  it('exactly at the deadline is still running, one millisecond after is overdue', () => {
    const at = new Date('2026-11-23T05:30:00Z');
    expect(clocks(incident(), at)[0]).toMatchObject({ state: 'running', remainingMs: 0 });
    expect(clocks(incident(), new Date(at.getTime() + 1))[0]?.state).toBe('overdue');
  });
});

describe('other duties', () => {
  it('PIPL Art. 57 applies when PI is involved, with no fixed deadline', () => {
    expect(clocks(incident(), now).map((c) => c.duty)).toEqual(['irm-report']);
    const pi = incident({
      grade: '一般',
      personalInfo: [{ kind: 'cn-id', records: 10, sensitive: true, where: '/srv/a.csv' }],
    });
    const [c] = clocks(pi, now);
    expect(c).toMatchObject({ duty: 'pipl-notify', provision: 'pipl-57', state: 'no-fixed-deadline' });
    expect(c?.deadline).toBeUndefined();
    expect(
      clocks(incident({ findings: [finding('plaintext-personal-data')] }), now).map((x) => x.duty),
    ).toContain('pipl-notify');
    const notified = { ...pi, reports: [{ duty: 'pipl-notify' as const, at: '2026-11-23T10:00:00+08:00' }] };
    expect(clocks(notified, now)[0]?.state).toBe('met');
  });

  it('a suspected crime adds the police report (V-2ND, printed as reported) and the 24 h case report', () => {
    const cs = clocks(incident({ crimeSuspected: true }), now, 'Asia/Shanghai', 'en');
    const police = cs.find((c) => c.duty === 'police-report');
    expect(police).toMatchObject({ ruleStatus: 'V-2ND', state: 'no-fixed-deadline' });
    expect(police?.basis).toMatch(/^reportedly/);
    expect(
      clocks(incident({ crimeSuspected: true }), now).find((c) => c.duty === 'police-report')?.basis,
    ).toMatch(/^据公开解读/);
    expect(cs.find((c) => c.duty === 'cisr-police-24h')).toMatchObject({
      provision: 'cisr-14',
      deadline: '2026-11-24T09:30:00+08:00',
      ruleStatus: 'V-TEXT',
    });
    expect(clocks(incident(), now).some((c) => c.duty.includes('police'))).toBe(false);
  });

  it('intrusion findings add the intlsec-10 24 h police report', () => {
    const cs = clocks(incident({ findings: [finding('webshell')] }), now);
    expect(cs.find((c) => c.duty === 'intlsec-police-24h')).toMatchObject({
      provision: 'intlsec-10',
      deadline: '2026-11-24T09:30:00+08:00',
    });
    expect(clocks(incident({ findings: [finding('ssh-password-auth')] }), now).map((c) => c.duty)).toEqual([
      'irm-report',
    ]);
  });
});

describe('time zones', () => {
  it('prints the deadline with the offset of the zone given', () => {
    const inc = incident({ operator: 'cii' });
    expect(clocks(inc, now, 'UTC')[0]?.deadline).toBe('2026-11-23T02:30:00+00:00');
    expect(clocks(inc, now, 'Asia/Kolkata')[0]?.deadline).toBe('2026-11-23T08:00:00+05:30');
  });

  it('counts elapsed hours across a DST change (America/New_York, spring forward and fall back)', () => {
    // 2026-03-08 02:00 EST → 03:00 EDT. Detected 00:30 EST; 4 h later is 05:30 EDT (the wall clock moved 5 h).
    const spring = incident({ detectedAt: '2026-03-08T00:30:00-05:00' });
    const t = new Date('2026-03-08T06:00:00Z');
    expect(clocks(spring, t, 'America/New_York')[0]?.deadline).toBe('2026-03-08T05:30:00-04:00');
    // 2026-11-01 02:00 EDT → 01:00 EST. Detected 00:30 EDT, CII 1 h → 01:30 EDT; state 2 h → 01:30 EST.
    const fall = incident({ detectedAt: '2026-11-01T00:30:00-04:00', operator: 'cii' });
    const f = new Date('2026-11-01T04:00:00Z');
    expect(clocks(fall, f, 'America/New_York')[0]?.deadline).toBe('2026-11-01T01:30:00-04:00');
    expect(clocks({ ...fall, operator: 'state' }, f, 'America/New_York')[0]?.deadline).toBe(
      '2026-11-01T01:30:00-05:00',
    );
  });

  it('reads a detection time without an offset in the zone given', () => {
    const inc = incident({ detectedAt: '2026-07-01T09:00:00' });
    expect(clocks(inc, now, 'America/New_York')[0]?.deadline).toBe('2026-07-01T13:00:00-04:00');
    expect(clocks(inc, now)[0]?.deadline).toBe('2026-07-01T13:00:00+08:00');
  });
});

describe('time parsing', () => {
  it.each([
    ['2026-11-23T09:30:00+08:00', '2026-11-23T01:30:00.000Z'],
    ['2026-11-23T09:30+0800', '2026-11-23T01:30:00.000Z'],
    ['2026-11-23 09:30:00Z', '2026-11-23T09:30:00.000Z'],
    ['2026-11-23T09:30:00.250-05:00', '2026-11-23T14:30:00.250Z'],
    ['2026-11-23T09:30:00', '2026-11-23T01:30:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseIsoTime(text).toISOString()).toBe(iso);
  });

  it.each([
    'yesterday',
    '2026-02-30T10:00:00Z',
    '2026-11-23',
    '2026-13-01T00:00:00Z',
    '2026-11-23T24:00:00Z',
    '2026-11-23T10:00:00+25:00',
    '',
  ])('rejects %j with HEGUI_E_TIME_INVALID', (text) => {
    expect(() => parseIsoTime(text)).toThrow(expect.objectContaining({ code: 'HEGUI_E_TIME_INVALID' }));
  });

  it('rejects an unknown zone with a usage error', () => {
    expect(() => formatInZone(now, 'Mars/Olympus')).toThrow(
      expect.objectContaining({ code: 'HEGUI_E_USAGE' }),
    );
  });
});
