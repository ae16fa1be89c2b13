/**
 * The JSON report (CONTRACT §2). Keys are written in one fixed order whatever order the Report object
 * was built in, optional keys only when set, so the same report always prints byte for byte the same.
 * Fields beyond the contract example (lang, legal[].citation, checks[].reason, gaps[].section/detail)
 * are additions the contract allows.
 */
import type { Where } from '../core/evidence.ts';
import type { CheckResult, Finding, FindingLegal, Report } from '../core/finding.ts';

function where(w: Where): Where {
  if ('path' in w) return w.line === undefined ? { path: w.path } : { path: w.path, line: w.line };
  if ('command' in w) return { pid: w.pid, command: w.command };
  return w.pid === undefined ? { socket: w.socket } : { socket: w.socket, pid: w.pid };
}

function legal(l: FindingLegal): FindingLegal {
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

function finding(f: Finding): Finding {
  return {
    checkId: f.checkId,
    category: f.category,
    severity: f.severity,
    title: f.title,
    message: f.message,
    where: f.where.map(where),
    legal: f.legal.map(legal),
    remediation: f.remediation,
  };
}

function check(c: CheckResult): CheckResult {
  return { checkId: c.checkId, outcome: c.outcome, ...(c.reason !== undefined ? { reason: c.reason } : {}) };
}

/** The report with its keys in contract order. */
export function canonicalReport(report: Report): Report {
  const s = report.summary;
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    lang: report.lang,
    host: { hostname: report.host.hostname, os: report.host.os, root: report.host.root },
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    summary: {
      critical: s.critical,
      high: s.high,
      medium: s.medium,
      low: s.low,
      info: s.info,
      notAssessed: s.notAssessed,
    },
    findings: report.findings.map(finding),
    checks: report.checks.map(check),
    gaps: report.gaps.map((g) => ({
      path: g.path,
      reason: g.reason,
      section: g.section,
      ...(g.detail !== undefined ? { detail: g.detail } : {}),
      ...(g.field !== undefined ? { field: g.field } : {}),
    })),
    ...(report.inventory !== undefined ? { inventory: report.inventory } : {}),
  };
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(canonicalReport(report), null, 2)}\n`;
}
