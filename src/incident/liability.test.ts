import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../core/finding.ts';
import { incidentFromReport, parseReport } from './from-report.ts';
import { liability } from './liability.ts';
import type { Incident, LiabilityPoint } from './model.ts';

const GOLDEN = new URL('../../test/hosts/compromised/report.golden.json', import.meta.url);
const report: Report = parseReport(readFileSync(GOLDEN, 'utf8'), 'golden');
const NOW = new Date('2026-11-23T11:00:00Z');

function incident(extra: Partial<Incident> = {}): Incident {
  return {
    ...incidentFromReport(report, {
      detectedAt: '2026-11-23T18:30:00+08:00',
      grade: '较大',
      operator: 'other',
      now: NOW,
      id: 'inc-test',
    }),
    ...extra,
  };
}

function byKey(points: LiabilityPoint[], key: string, party = 'operator'): LiabilityPoint {
  const p = points.find((x) => x.key === key && x.party === party);
  if (!p) throw new Error(`no ${party} point ${key}: ${points.map((x) => `${x.party}:${x.key}`).join(', ')}`);
  return p;
}

/** A report whose only checks are the given ones, all with the given outcome, and no findings. */
function cleanReport(checks: string[], outcome: 'pass' | 'not-assessed'): Report {
  return { ...report, findings: [], checks: checks.map((checkId) => ({ checkId, outcome })) };
}

describe('liability: the operator', () => {
  it('marks duties missed from the compromised host’s findings, citing the provisions', () => {
    const points = liability(incident(), report, 'en', { now: NOW });
    const logs = byKey(points, 'log-retention');
    expect(logs.status).toBe('missed');
    expect(logs.basis).toContain('kept for less than six months');
    expect(logs.provisions).toEqual(['csl-23', 'csl-61']);
    expect(logs.statements?.[0]).toContain('Cybersecurity Law Art. 23(3) (formerly Art. 21)');
    expect(byKey(points, 'audit-logging').status).toBe('missed');
    expect(byKey(points, 'firewall').status).toBe('missed');
    expect(byKey(points, 'firewall').basis).toContain('Redis');
    expect(byKey(points, 'access-control').status).toBe('missed');
  });

  it('marks a duty met only when every related check ran and passed, unknown when not assessed', () => {
    const inc = { ...incident(), findings: [] };
    const logChecks = report.checks.filter((c) => c.checkId.startsWith('log-')).map((c) => c.checkId);
    expect(logChecks.length).toBeGreaterThan(0);
    const met = byKey(liability(inc, cleanReport(logChecks, 'pass'), 'en', { now: NOW }), 'log-retention');
    expect(met.status).toBe('met');
    const na = byKey(
      liability(inc, cleanReport(logChecks, 'not-assessed'), 'en', { now: NOW }),
      'log-retention',
    );
    expect(na.status).toBe('unknown');
    // no report at all: never guessed
    const none = liability(inc, undefined, 'en', { now: NOW });
    for (const key of [
      'log-retention',
      'audit-logging',
      'firewall',
      'access-control',
      'response-plan',
      'patching',
    ])
      expect(byKey(none, key).status).toBe('unknown');
  });

  it('takes the operator’s statement when the evidence is silent, and the evidence when they disagree', () => {
    const plan = byKey(
      liability(incident({ attestations: { 'response-plan': true } }), report, 'zh'),
      'response-plan',
    );
    expect(plan.status).toBe('met');
    const noPlan = byKey(
      liability(incident({ attestations: { 'response-plan': false } }), report, 'zh'),
      'response-plan',
    );
    expect(noPlan.status).toBe('missed');
    const logs = byKey(
      liability(incident({ attestations: { 'logs-6-months': true } }), report, 'en'),
      'log-retention',
    );
    expect(logs.status).toBe('missed');
    expect(logs.basis).toContain('disagrees with the evidence');
  });

  it('counts a recorded drill as a response plan', () => {
    const inc = incident({
      drills: [{ at: '2026-06-01T10:00:00+08:00', scenario: 'ransomware', participants: ['ops'] }],
    });
    const plan = byKey(liability(inc, report, 'en'), 'response-plan');
    expect(plan.status).toBe('met');
    expect(plan.basis).toContain('2026-06-01');
  });

  it('reads the timely-report duty from the clocks: running, overdue, met, late', () => {
    const inc = incident();
    const early = byKey(
      liability(inc, report, 'en', { now: new Date('2026-11-23T11:00:00Z') }),
      'report:irm-report',
    );
    expect(early.status).toBe('unknown');
    expect(early.basis).toContain('2026-11-23T22:30:00+08:00');
    const late = byKey(
      liability(inc, report, 'en', { now: new Date('2026-11-23T15:00:00Z') }),
      'report:irm-report',
    );
    expect(late.status).toBe('missed');
    const made = incident({ reports: [{ duty: 'irm-report', at: '2026-11-23T20:00:00+08:00' }] });
    expect(byKey(liability(made, report, 'en', { now: NOW }), 'report:irm-report').status).toBe('met');
    const tardy = incident({ reports: [{ duty: 'irm-report', at: '2026-11-23T23:00:00+08:00' }] });
    expect(byKey(liability(tardy, report, 'en', { now: NOW }), 'report:irm-report').status).toBe('missed');
    // 一般: no irm clock, so no such point
    const minor = incident({ grade: '一般' });
    expect(liability(minor, report, 'en', { now: NOW }).some((p) => p.key === 'report:irm-report')).toBe(
      false,
    );
  });

  it('adds the PI duties only when personal information is involved', () => {
    const without = liability(incident(), report, 'en', { now: NOW });
    expect(without.some((p) => p.provisions.includes('pipl-57'))).toBe(false);
    const inc = incident({
      personalInfo: [{ kind: 'ID number', records: 1200, sensitive: false, where: '/srv/db' }],
    });
    const points = liability(inc, report, 'en', { now: NOW });
    expect(byKey(points, 'report:pipl-notify').provisions).toEqual(['pipl-57', 'pipl-66']);
    expect(byKey(points, 'pi-security').provisions).toContain('pipl-51');
    expect(byKey(points, 'pi-security').status).toBe('unknown');
    expect(byKey(points, 'pi-civil').exposure).toEqual(['civil']);
    expect(byKey(points, 'response-plan').provisions).toEqual(['csl-27', 'pipl-51']);
    // PIPL Art. 66 serious tier is V-TEXT: printed as fact
    expect(byKey(points, 'report:pipl-notify').penalties?.join('\n')).toMatch(/50,000,000|5,000 ?万|5%/);
  });

  it('only ever puts the operator’s Art. 286-1 exposure behind a refused order', () => {
    const p = byKey(liability(incident(), report, 'en', { now: NOW }), 'cl-286-1');
    expect(p.status).toBe('unknown');
    expect(p.basis).toContain('written correction order');
    expect(p.statements?.[0]).toContain('criminal liability if the threshold is met (for a court to decide)');
  });

  it('prints V-2ND penalties as reported and never an UNVERIFIED figure', () => {
    const logs = byKey(liability(incident(), report, 'en', { now: NOW }), 'log-retention');
    const reported = logs.penalties!.filter((l) => l.includes('2,000,000'));
    expect(reported.length).toBeGreaterThan(0);
    for (const line of reported) expect(line.startsWith('Reported:')).toBe(true);
    for (const line of logs.penalties!.filter((l) => l.includes('unverified')))
      expect(line).not.toMatch(/RMB/);
    const zh = byKey(liability(incident(), report, 'zh', { now: NOW }), 'log-retention');
    expect(zh.penalties!.filter((l) => l.includes('200万')).every((l) => l.startsWith('据公开解读'))).toBe(
      true,
    );
  });
});

describe('liability: the intruder and an insider', () => {
  it('phrases the intruder’s conduct as “may meet the threshold”, with the 2011 thresholds', () => {
    const points = liability(incident(), report, 'en', { now: NOW }).filter((p) => p.party === 'intruder');
    expect(points.map((p) => p.key)).toEqual(['cl-285', 'cl-286']);
    for (const p of points) {
      expect(p.status).toBe('unknown');
      expect(p.exposure).toEqual(['criminal']);
      for (const s of p.statements!) expect(s).toMatch(/may meet the threshold of Criminal Law Art\. 28[56]/);
      expect(JSON.stringify(p)).not.toMatch(/is a crime|committed/i);
    }
    expect(points[0]!.penalties!.join('\n')).toContain('control of 20 or more computer systems');
    expect(points[0]!.basis).toContain('A crypto-currency miner is running');
    const zh = liability(incident(), report, 'zh', { now: NOW }).filter((p) => p.party === 'intruder');
    for (const p of zh) for (const s of p.statements!) expect(s).toContain('可能达到');
    expect(JSON.stringify(zh)).not.toMatch(/构成犯罪|已构成/);
  });

  it('adds an insider only when the user marks one, with Art. 253-1 when PI is involved', () => {
    expect(liability(incident(), report, 'en').some((p) => p.party === 'insider')).toBe(false);
    const marked = incident({ insider: { suspected: true, note: 'former admin' } });
    const points = liability(marked, report, 'en').filter((p) => p.party === 'insider');
    expect(points.map((p) => p.key)).toEqual(['cl-285', 'cl-286']);
    expect(points[0]!.basis).toContain('former admin');
    expect(points[0]!.statements![0]).toMatch(
      /^If an insider did this, their conduct may meet the threshold of/,
    );
    const withPi = liability(
      { ...marked, personalInfo: [{ kind: 'phone', records: 10, sensitive: false, where: '/srv' }] },
      report,
      'en',
    ).filter((p) => p.party === 'insider');
    expect(withPi.map((p) => p.key)).toContain('cl-253-1');
  });

  it('without the report, takes the intruder provisions the findings cite', () => {
    const points = liability(incident(), undefined, 'en').filter((p) => p.party === 'intruder');
    expect(points.map((p) => p.key)).toEqual(['cl-285', 'cl-286']);
  });
});
