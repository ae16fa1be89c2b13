import { describe, expect, it } from 'vitest';
import type { Report } from '../core/finding.ts';
import { renderJson } from './json.ts';
import { cleanReport, sampleReport } from './sample-report.ts';

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
        expect(Object.keys(l)).toEqual(
          l.clause === undefined
            ? ['provision', 'liability', 'citation']
            : ['provision', 'clause', 'liability', 'citation'],
        );
    }
    const whereKeys = parsed.findings.flatMap((f) => f.where.map((w) => Object.keys(w).join(',')));
    expect(new Set(whereKeys)).toEqual(new Set(['path,line', 'path', 'pid,command', 'socket,pid', 'socket']));
    expect(parsed.checks.map((c) => Object.keys(c).join(','))).toContain('checkId,outcome,reason');
    expect(Object.keys(parsed.gaps[1]!)).toEqual(['path', 'reason', 'section', 'detail']);
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
