import { describe, expect, it } from 'vitest';
import type { Report } from '../core/finding.ts';
import { canonicalReport, renderJson } from './json.ts';
import { cleanReport, sampleReport, UNVERIFIED_FIGURE } from './sample-report.ts';

/** Rebuild a value with every object's keys in reverse order. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    ) as T;
  return value;
}

describe('JSON report', () => {
  const report = sampleReport('zh');
  const text = renderJson(report);
  const parsed = JSON.parse(text) as Report;

  it('holds exactly the report (nothing lost, nothing added)', () => {
    expect(parsed).toEqual(report);
  });

  it('writes the keys in contract order (CONTRACT §2), additions after their neighbours', () => {
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion',
      'tool',
      'lang',
      'host',
      'startedAt',
      'finishedAt',
      'summary',
      'findings',
      'checks',
      'gaps',
    ]);
    expect(Object.keys(parsed.tool)).toEqual(['name', 'version']);
    expect(Object.keys(parsed.host)).toEqual(['hostname', 'os', 'root']);
    expect(Object.keys(parsed.summary)).toEqual(['critical', 'high', 'medium', 'low', 'info', 'notAssessed']);
    for (const f of parsed.findings) {
      expect(Object.keys(f)).toEqual([
        'checkId',
        'category',
        'severity',
        'title',
        'message',
        'where',
        'legal',
        'remediation',
      ]);
      for (const l of f.legal)
        expect(Object.keys(l)).toEqual([
          'provision',
          ...(l.clause === undefined ? [] : ['clause']),
          'liability',
          'citation',
          'party',
          'statement',
          'holders',
          'penalties',
        ]);
    }
    const whereKeys = parsed.findings.flatMap((f) => f.where.map((w) => Object.keys(w).join(',')));
    expect(new Set(whereKeys)).toEqual(new Set(['path,line', 'path', 'pid,command', 'socket,pid', 'socket']));
    expect(parsed.checks.map((c) => Object.keys(c).join(','))).toContain('checkId,outcome,reason');
    expect(Object.keys(parsed.gaps[1]!)).toEqual(['path', 'reason', 'section', 'detail']);
  });

  it('says whose exposure each citation is, with the statement, duty holders and penalty lines', () => {
    const legal = parsed.findings.flatMap((f) => f.legal);
    expect(new Set(legal.filter((l) => l.party === 'intruder').map((l) => l.provision))).toEqual(
      new Set(['cl-285', 'cl-286']),
    );
    expect(legal.filter((l) => l.party === 'operator').length + 3).toBe(legal.length);
    const uid0 = parsed.findings.find((f) => f.checkId === 'accounts-uid0-found')!.legal;
    expect(uid0[1]).toMatchObject({
      provision: 'cl-285',
      party: 'intruder',
      statement:
        '如系他人入侵所为，入侵者的行为可能达到《刑法》第二百八十五条第二款规定的入罪标准(由司法机关认定)',
      holders: ['入侵者'],
    });
    expect(uid0[0]).toMatchObject({ party: 'operator', holders: ['网络运营者'] });
    expect(uid0[0]!.penalties.some((p) => p.startsWith('据公开解读，'))).toBe(true);
    expect(text).not.toContain(UNVERIFIED_FIGURE);
    // the canonical form copies the arrays: a renderer that changes it leaves the report alone
    const r = sampleReport('zh');
    const canon = canonicalReport(r).findings[0]!.legal[0]!;
    canon.holders.push('x');
    canon.penalties.length = 0;
    expect(r.findings[0]!.legal[0]!.holders).toEqual(['网络运营者']);
    expect(r.findings[0]!.legal[0]!.penalties).toHaveLength(3);
  });

  it('is byte-for-byte the same whatever order the Report object was built in', () => {
    const shuffled = reversed(sampleReport('zh'));
    expect(Object.keys(shuffled)[0]).toBe('gaps');
    expect(renderJson(shuffled)).toBe(text);
    expect(renderJson(sampleReport('zh'))).toBe(text);
  });

  it('prints the contract fields only, even if a Report object carries more', () => {
    const r = sampleReport('zh');
    Object.assign(r.findings[0]!, { internal: 'x' });
    Object.assign(r.findings[0]!.where[0]!, { inode: 42 });
    Object.assign(r, { debug: true });
    const out = JSON.parse(renderJson(r)) as Record<string, unknown>;
    expect(out).toEqual(sampleReport('zh'));
    expect(out).not.toHaveProperty('debug');
  });

  it('is indented JSON ending in a newline, stable for a clean report', () => {
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "hegui"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const clean = JSON.parse(renderJson(cleanReport('en'))) as Report;
    expect(clean.findings).toEqual([]);
    expect(clean.lang).toBe('en');
  });
});
