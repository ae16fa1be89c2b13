/**
 * SARIF 2.1.0 (OASIS): one run; one rule per check that produced a finding, one result per finding.
 * Files are located by file URI of the host path; processes and sockets by logical locations.
 * The legal mapping travels in property bags (rule: provisions and the operator's liability; result: the
 * citations, each with the party whose exposure it is).
 */
import { createRequire } from 'node:module';
import type { Where } from '../core/evidence.ts';
import type { Finding, FindingLegal, Report, Severity } from '../core/finding.ts';
import { formatWhere } from '../core/where.ts';
import { canonicalReport } from './json.ts';
import { findingLiabilities } from './model.ts';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Record<Severity, Level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning reads a CVSS-like score from rule properties to rank security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

const pkg = createRequire(import.meta.url)('../../package.json') as { homepage?: unknown };
const HOMEPAGE =
  typeof pkg.homepage === 'string' && /^https?:\/\//.test(pkg.homepage) ? pkg.homepage : undefined;

/** "/etc/cron.d/x y" → "file:///etc/cron.d/x%20y"; a relative path stays a relative reference. */
export function fileUri(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

/** "accounts-uid0-found" → "AccountsUid0Found" (SARIF guidance: rule names are PascalCase). */
function ruleName(checkId: string): string {
  return checkId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function location(w: Where): Record<string, unknown> {
  if ('path' in w) {
    return {
      physicalLocation: {
        artifactLocation: { uri: fileUri(w.path) },
        ...(w.line !== undefined && w.line >= 1 ? { region: { startLine: w.line } } : {}),
      },
    };
  }
  if ('command' in w) {
    return {
      logicalLocations: [
        { name: w.command, fullyQualifiedName: formatWhere(w), kind: 'process', properties: { pid: w.pid } },
      ],
    };
  }
  return {
    logicalLocations: [
      {
        name: w.socket,
        fullyQualifiedName: formatWhere(w),
        kind: 'socket',
        ...(w.pid !== undefined ? { properties: { pid: w.pid } } : {}),
      },
    ],
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function rule(checkId: string, findings: Finding[]): Record<string, unknown> {
  const first = findings[0]!;
  const liability = unique(findings.flatMap(findingLiabilities));
  return {
    id: checkId,
    name: ruleName(checkId),
    shortDescription: { text: first.title },
    help: { text: first.remediation },
    defaultConfiguration: { level: SARIF_LEVEL[first.severity] },
    properties: {
      category: first.category,
      severity: first.severity,
      provisions: unique(findings.flatMap((f) => f.legal.map((l) => l.provision))),
      liability: (['administrative', 'civil', 'criminal'] as const).filter((l) => liability.includes(l)),
      tags: ['security', 'compliance', first.category],
      'security-severity': SECURITY_SEVERITY[first.severity],
    },
  };
}

/**
 * A citation in a result's property bag. `party` always travels with it: a consumer that reads only
 * provision and liability would otherwise take an intruder's possible criminal exposure (a Criminal Law
 * citation) for the operator's own.
 */
function legalEntry(l: FindingLegal): FindingLegal {
  return {
    provision: l.provision,
    ...(l.clause !== undefined ? { clause: l.clause } : {}),
    liability: [...l.liability],
    citation: l.citation,
    party: l.party,
    statement: l.statement,
    holders: [...l.holders],
    penalties: [...l.penalties],
  };
}

export function buildSarif(input: Report): Record<string, unknown> {
  const report = canonicalReport(input);
  const byCheck = new Map<string, Finding[]>();
  for (const f of report.findings) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
  const ruleIds = [...byCheck.keys()].sort();
  const rules = ruleIds.map((id) => rule(id, byCheck.get(id)!));

  const results = report.findings.map((f) => ({
    ruleId: f.checkId,
    ruleIndex: ruleIds.indexOf(f.checkId),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    ...(f.where.length > 0 ? { locations: f.where.map(location) } : {}),
    properties: { severity: f.severity, category: f.category, legal: f.legal.map(legalEntry) },
  }));

  const notifications = report.checks
    .filter((c) => c.outcome === 'not-assessed' || c.outcome === 'error')
    .map((c) => ({
      level: c.outcome === 'error' ? 'error' : 'warning',
      message: { text: `${c.checkId}: ${c.outcome}${c.reason ? ` (${c.reason})` : ''}` },
      associatedRule: { id: c.checkId },
      properties: { outcome: c.outcome },
    }));

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'hegui',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(HOMEPAGE ? { informationUri: HOMEPAGE } : {}),
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        language: report.lang === 'en' ? 'en-US' : 'zh-CN',
        results,
        properties: {
          host: report.host,
          summary: report.summary,
          checks: report.checks,
          gaps: report.gaps,
        },
      },
    ],
  };
}

export function renderSarif(report: Report): string {
  return `${JSON.stringify(buildSarif(report), null, 2)}\n`;
}
