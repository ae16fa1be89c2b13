import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Report } from '../core/finding.ts';
import { buildSarif, fileUri, renderSarif, SARIF_LEVEL } from './sarif.ts';
import { cleanReport, sampleReport, UNVERIFIED_FIGURE } from './sample-report.ts';

// The SARIF 2.1.0 schema (test/schemas/README.md says where it comes from). It is a JSON Schema 2020-12
// document, so it is checked with Ajv's 2020-12 class; Ajv ships no format checks, so the four formats the
// schema uses are defined here, strictly enough to reject a non-ASCII or relative "uri".
const schemaFile = path.join(import.meta.dirname, '../../test/schemas/sarif-schema-2.1.0.json');
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[\x21-\x7e]*$/i.test(s) && URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => /^[\x21-\x7e]*$/.test(s) && URL.canParse(s, 'file:///'));
ajv.addFormat('date-time', (s: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s),
);
ajv.addFormat('uuid', (s: string) => /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(s));
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

function errors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

interface SarifLocation {
  physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } };
  logicalLocations?: {
    name: string;
    fullyQualifiedName: string;
    kind: string;
    properties?: { pid: number };
  }[];
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations?: SarifLocation[];
  properties: { severity: string; category: string; legal: unknown };
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string };
  properties: { category: string; provisions: string[]; liability: string[] };
}
interface SarifRun {
  tool: { driver: { name: string; version: string; rules: SarifRule[] } };
  results: SarifResult[];
  invocations: {
    toolExecutionNotifications?: {
      level: string;
      message: { text: string };
      associatedRule: { id: string };
    }[];
  }[];
  language: string;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: SarifRun[];
}

const sarif = (r: Report) => JSON.parse(renderSarif(r)) as SarifLog;

describe('SARIF 2.1.0', () => {
  it('uses the schema file named in test/schemas/README.md, unchanged', () => {
    const readme = readFileSync(path.join(path.dirname(schemaFile), 'README.md'), 'utf8');
    const sha = createHash('sha256').update(readFileSync(schemaFile)).digest('hex');
    expect(readme).toContain(sha);
  });

  it.each([
    ['zh sample', sampleReport('zh')],
    ['en sample', sampleReport('en')],
    ['clean report', cleanReport('zh')],
  ])('the %s validates against the official schema', (_name, report) => {
    expect(errors(sarif(report))).toEqual([]);
  });

  it('the validator rejects invalid documents', () => {
    const bad = sarif(sampleReport('zh'));
    bad.runs[0]!.results[0]!.level = 'fatal';
    expect(errors(bad)).toContain('/runs/0/results/0/level must be equal to one of the allowed values');

    const noVersion = sarif(sampleReport('zh')) as Partial<SarifLog>;
    delete noVersion.version;
    expect(errors(noVersion).length).toBeGreaterThan(0);

    const badUri = sarif(sampleReport('zh'));
    badUri.runs[0]!.results[0]!.locations![0]!.physicalLocation!.artifactLocation.uri = 'file:///a b/用户';
    expect(errors(badUri).join('\n')).toMatch(/artifactLocation\/uri must match format "uri-reference"/);

    const badLine = sarif(sampleReport('zh'));
    badLine.runs[0]!.results[0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(errors(badLine).length).toBeGreaterThan(0);
  });

  const report = sampleReport('zh');
  const log = sarif(report);
  const run = log.runs[0]!;

  it('declares the schema, version 2.1.0, one run by hegui in the report language', () => {
    expect(log.$schema).toBe(
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    );
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('hegui');
    expect(run.tool.driver.version).toBe(report.tool.version);
    expect(run.language).toBe('zh-CN');
    expect(sarif(sampleReport('en')).runs[0]!.language).toBe('en-US');
  });

  it('has one rule per check that produced a finding, with title, remediation and the legal mapping', () => {
    const ids = [...new Set(report.findings.map((f) => f.checkId))].sort();
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ids);
    expect(run.tool.driver.rules.map((r) => r.id)).not.toContain('firewall-policy-missing');
    for (const rule of run.tool.driver.rules) {
      const f = report.findings.find((x) => x.checkId === rule.id)!;
      expect(rule.shortDescription.text).toBe(f.title);
      expect(rule.help.text).toBe(f.remediation);
      expect(rule.properties.category).toBe(f.category);
      expect(rule.properties.provisions).toEqual(f.legal.map((l) => l.provision));
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    }
    const uid0 = run.tool.driver.rules.find((r) => r.id === 'accounts-uid0-found')!;
    expect(uid0.name).toBe('AccountsUid0Found');
    expect(uid0.properties.provisions).toEqual(['csl-23', 'cl-285']);
    // cl-285 is cited for what an intruder's conduct may meet: not a liability of the operator
    expect(uid0.properties.liability).toEqual(['administrative']);
    for (const rule of run.tool.driver.rules) expect(rule.properties.liability).not.toContain('criminal');
    const pii = run.tool.driver.rules.find((r) => r.id === 'pii-plaintext-found')!;
    expect(pii.properties.liability).toEqual(['administrative', 'civil']);
  });

  it('has one result per finding with the rule, the level for its severity, the message and the legal bag', () => {
    expect(run.results).toHaveLength(report.findings.length);
    report.findings.forEach((f, i) => {
      const r = run.results[i]!;
      expect(r.ruleId).toBe(f.checkId);
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(f.checkId);
      expect(r.level).toBe(SARIF_LEVEL[f.severity]);
      expect(r.message.text).toBe(f.message);
      expect(r.properties.severity).toBe(f.severity);
      expect(r.properties.legal).toEqual(f.legal);
    });
    expect(SARIF_LEVEL).toEqual({
      critical: 'error',
      high: 'error',
      medium: 'warning',
      low: 'note',
      info: 'note',
    });
    expect(run.results.map((r) => r.level)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'warning',
      'warning',
      'note',
      'note',
    ]);
  });

  it('says in each legal entry of a result whose exposure it is', () => {
    const entries = run.results.flatMap((r) => r.properties.legal as Record<string, unknown>[]);
    expect(entries.length).toBe(report.findings.flatMap((f) => f.legal).length);
    for (const e of entries) {
      expect(Object.keys(e)).toEqual([
        'provision',
        ...(e.clause === undefined ? [] : ['clause']),
        'liability',
        'citation',
        'party',
        'statement',
        'holders',
        'penalties',
      ]);
      expect(e.party).toBe(String(e.provision).startsWith('cl-') ? 'intruder' : 'operator');
    }
    const uid0 = run.results.find((r) => r.ruleId === 'accounts-uid0-found')!.properties.legal;
    expect(uid0).toMatchObject([
      { provision: 'csl-23', clause: '2', party: 'operator', holders: ['网络运营者'] },
      {
        provision: 'cl-285',
        clause: '2',
        liability: ['criminal'],
        party: 'intruder',
        statement: expect.stringContaining(
          '入侵者的行为可能达到《刑法》第二百八十五条第二款规定的入罪标准',
        ) as unknown,
        holders: ['入侵者'],
      },
    ]);
    expect(sarif(sampleReport('en')).runs[0]!.results[0]!.properties.legal).toMatchObject([
      { party: 'operator' },
      { party: 'intruder', statement: expect.stringMatching(/^If someone broke in to do this/) as unknown },
    ]);
  });

  it('never carries an unverified penalty figure', () => {
    for (const lang of ['zh', 'en'] as const) {
      const out = renderSarif(sampleReport(lang));
      expect(out).not.toContain(UNVERIFIED_FIGURE);
      expect(out).toContain(lang === 'zh' ? '未经核实,不作为事实引用' : 'unverified — not stated as fact');
    }
  });

  it('locates files by URI and line, processes and sockets by logical locations', () => {
    const at = (checkId: string) => run.results.find((r) => r.ruleId === checkId)!.locations!;
    expect(at('accounts-uid0-found')).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'file:///etc/passwd' }, region: { startLine: 3 } } },
    ]);
    expect(at('audit-auditd-missing')).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'file:///etc/audit/auditd.conf' } } },
    ]);
    const mining = at('mining-process-running');
    expect(mining[0]!.physicalLocation).toBeUndefined();
    expect(mining[0]!.logicalLocations![0]).toMatchObject({
      kind: 'process',
      name: '/tmp/.x/kworkerd -o stratum+tcp://198.51.100.7:3333',
      properties: { pid: 4242 },
    });
    expect(mining[1]!.logicalLocations![0]).toMatchObject({
      kind: 'socket',
      name: 'tcp 192.0.2.10:51234 -> 198.51.100.7:3333',
      fullyQualifiedName: 'tcp 192.0.2.10:51234 -> 198.51.100.7:3333 (pid 4242)',
    });
    const redis = at('database-redis-exposed');
    expect(redis[0]!.logicalLocations![0]).toEqual({
      name: 'tcp 0.0.0.0:6379',
      fullyQualifiedName: 'tcp 0.0.0.0:6379',
      kind: 'socket',
    });
    expect(redis[1]!.physicalLocation!.region).toEqual({ startLine: 69 });
    const pii = at('pii-plaintext-found')[0]!.physicalLocation!.artifactLocation.uri;
    expect(pii).toBe('file:///var/www/app/export/%E7%94%A8%E6%88%B7%20%E5%90%8D%E5%8D%95.csv');
    expect(decodeURIComponent(new URL(pii).pathname)).toBe('/var/www/app/export/用户 名单.csv');
  });

  it('reports checks not assessed or in error as tool notifications', () => {
    const notes = run.invocations[0]!.toolExecutionNotifications!;
    expect(notes.map((n) => [n.associatedRule.id, n.level])).toEqual([
      ['log-journald-disabled', 'warning'],
      ['webshell-php-found', 'error'],
    ]);
    expect(notes[0]!.message.text).toContain('/var/log/journal: permission-denied');
  });

  it('is deterministic', () => {
    expect(renderSarif(sampleReport('zh'))).toBe(renderSarif(sampleReport('zh')));
    expect(JSON.stringify(buildSarif(report))).toBe(JSON.stringify(log));
  });
});

describe('fileUri', () => {
  it.each([
    ['/etc/passwd', 'file:///etc/passwd'],
    ['/var/www/a b#c?.php', 'file:///var/www/a%20b%23c%3F.php'],
    ['/home/用户/x', 'file:///home/%E7%94%A8%E6%88%B7/x'],
    ['relative/x y', 'relative/x%20y'],
  ])('%s → %s', (p, uri) => {
    expect(fileUri(p)).toBe(uri);
  });
});
