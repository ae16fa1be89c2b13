import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HeguiError } from '../core/errors.ts';
import { parseInventory } from '../pii/inventory.ts';
import {
  incidentFromReport,
  parseReport,
  personalInfoFromInventory,
  REPORT_SCHEMA_VERSION,
} from './from-report.ts';

const text = readFileSync('test/hosts/compromised/report.golden.json', 'utf8');
const opts = {
  detectedAt: '2026-11-23T08:00:00+08:00',
  grade: '较大' as const,
  operator: 'other' as const,
  now: new Date('2026-11-23T01:00:00Z'),
  id: 'inc-1',
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof HeguiError ? error.code : 'not-coded';
  }
  return undefined;
}

describe('incidentFromReport', () => {
  it('links every finding with its evidence and provisions, and records detection and opening', () => {
    const report = parseReport(text, 'golden');
    const inc = incidentFromReport(report, opts);
    expect(inc.findings).toHaveLength(report.findings.length);
    const uid0 = inc.findings.find((f) => f.checkId === 'accounts-uid0-found');
    expect(uid0).toMatchObject({ category: 'rogue-root-account', evidence: ['/etc/passwd:10'] });
    expect(uid0?.provisions).toEqual(['csl-23', 'csl-27', 'cl-285']);
    expect(inc.host.hostname).toBe('web-01');
    expect(inc.affectedSystems).toEqual(['web-01']);
    expect(inc.timeline.map((t) => [t.kind, t.at])).toEqual([
      ['detected', '2026-11-23T08:00:00+08:00'],
      ['opened', '2026-11-23T09:00:00+08:00'],
    ]);
    expect(inc).toMatchObject({ status: 'open', grade: '较大', operator: 'other', crimeSuspected: false });
    expect(inc.personalInfo).toBeUndefined();
  });

  it('masks secrets in the evidence even from a report scanned with --show-secrets', () => {
    const report = parseReport(text, 'golden');
    const f = report.findings[0]!;
    const unmasked = {
      ...report,
      findings: [{ ...f, where: [{ pid: 7, command: 'mysql -uroot -pS3cretPass db' }, { path: '/srv/a' }] }],
    };
    expect(incidentFromReport(unmasked, opts).findings[0]?.evidence).toEqual([
      'pid 7 (mysql -uroot -p**** db)',
      '/srv/a',
    ]);
  });

  it('takes the PI inventory the scan report carries (report.inventory), and an explicit one first', () => {
    const inventory = JSON.parse(readFileSync('src/incident/fixtures/pi-inventory.json', 'utf8')) as object;
    const report = { ...parseReport(text, 'golden'), inventory };
    expect(incidentFromReport(report as never, opts).personalInfo).toEqual([
      { kind: 'cn-id', records: 1200, people: 1180, sensitive: true, where: '/srv/app/users.csv#id_no' },
    ]);
    const other = { kind: 'mobile', records: 3, people: 3, sensitive: false, where: '/srv/b.csv' };
    expect(incidentFromReport(report as never, { ...opts, personalInfo: [other] }).personalInfo).toEqual([
      other,
    ]);
    const malformed = { ...parseReport(text, 'golden'), inventory: { rows: [{ kind: 1 }] } };
    expect(incidentFromReport(malformed as never, opts).personalInfo).toBeUndefined();
  });

  it('rejects a report from a newer schema, with a coded error', () => {
    const newer = JSON.stringify({ ...JSON.parse(text), schemaVersion: REPORT_SCHEMA_VERSION + 1 });
    expect(codeOf(() => parseReport(newer, 'x'))).toBe('HEGUI_E_REPORT_SCHEMA');
    const report = { ...parseReport(text, 'golden'), schemaVersion: 2 } as unknown as Parameters<
      typeof incidentFromReport
    >[0];
    expect(codeOf(() => incidentFromReport(report, opts))).toBe('HEGUI_E_REPORT_SCHEMA');
  });

  it('rejects text that is not JSON, not a report, or has malformed findings', () => {
    expect(codeOf(() => parseReport('\u0000{not json', 'x'))).toBe('HEGUI_E_REPORT_UNREADABLE');
    expect(codeOf(() => parseReport('[]', 'x'))).toBe('HEGUI_E_REPORT_UNREADABLE');
    expect(codeOf(() => parseReport('{"schemaVersion":"1"}', 'x'))).toBe('HEGUI_E_REPORT_UNREADABLE');
    const bad = JSON.parse(text) as { findings: unknown[] };
    bad.findings = [{ checkId: 'x' }];
    expect(codeOf(() => parseReport(JSON.stringify(bad), 'x'))).toBe('HEGUI_E_REPORT_UNREADABLE');
    expect(codeOf(() => parseReport(text.slice(0, 500), 'x'))).toBe('HEGUI_E_REPORT_UNREADABLE');
    expect(codeOf(() => parseReport(text, 'x'))).toBeUndefined();
    expect(parseReport(`\uFEFF${text}`, 'x').host.hostname).toBe('web-01');
  });
});

const INVENTORY_FIXTURE = JSON.parse(
  readFileSync('src/incident/fixtures/pi-inventory.json', 'utf8'),
) as object;

describe('PI inventory', () => {
  it('keeps the plaintext rows, without samples', () => {
    const pi = personalInfoFromInventory(parseInventory(JSON.stringify(INVENTORY_FIXTURE), 'inv'));
    expect(pi).toEqual([
      { kind: 'cn-id', records: 1200, people: 1180, sensitive: true, where: '/srv/app/users.csv#id_no' },
    ]);
  });

  it('refuses a newer version, non-JSON and malformed rows with HEGUI_E_INVENTORY_UNREADABLE', () => {
    const bad = [
      JSON.stringify({ ...INVENTORY_FIXTURE, version: 2 }),
      'not json',
      JSON.stringify({ version: 1 }),
      JSON.stringify({ ...INVENTORY_FIXTURE, rows: [{ kind: 'cn-id' }] }),
    ];
    for (const text of bad)
      expect(codeOf(() => parseInventory(text, 'inv'))).toBe('HEGUI_E_INVENTORY_UNREADABLE');
  });
});
