/**
 * An incident from a scan report (issue 5 item 2): pure, so that the store, the CLI and the documents
 * build the same record. `parseReport` validates the JSON text of a report (no I/O here either).
 */
import { HeguiError } from '../core/errors.ts';
import type { Report } from '../core/finding.ts';
import type { PiiInventory } from '../pii/inventory.ts';
import { maskSecrets } from '../core/mask.ts';
import { formatWhere } from '../core/where.ts';
import type { Grade, Incident, IncidentFinding, OperatorKind } from './model.ts';
import { DEFAULT_TZ, formatInZone } from './time.ts';

/** The newest report schema this hegui reads (CONTRACT §2). */
export const REPORT_SCHEMA_VERSION = 1;

export type PersonalInfo = NonNullable<Incident['personalInfo']>;

export interface FromReportOptions {
  /** When the incident was detected, ISO 8601 (the clocks run from here). */
  detectedAt: string;
  grade: Grade;
  operator: OperatorKind;
  now: Date;
  id: string;
  title?: string;
  crimeSuspected?: boolean;
  /** The PI involved; absent: taken from the report's PI inventory when it carries one. */
  personalInfo?: PersonalInfo;
  /** Systems affected besides the scanned host. */
  affectedSystems?: string[];
  /** Zone for the timeline's opening entry (default Asia/Shanghai). */
  tz?: string;
}

function checkSchema(version: unknown, source: string): void {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new HeguiError(
      'HEGUI_E_REPORT_UNREADABLE',
      `${source} has no valid schemaVersion; it is not a hegui JSON report`,
    );
  }
  if (version > REPORT_SCHEMA_VERSION) {
    throw new HeguiError(
      'HEGUI_E_REPORT_SCHEMA',
      `${source} has schemaVersion ${version}; this hegui reads reports up to ${REPORT_SCHEMA_VERSION}`,
    );
  }
}

/** A UTF-8 byte-order mark, as some editors on Windows write, is not part of the JSON. */
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Validate the JSON text of a hegui report: HEGUI_E_REPORT_UNREADABLE / HEGUI_E_REPORT_SCHEMA. */
export function parseReport(text: string, source: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(text));
  } catch (error) {
    throw new HeguiError('HEGUI_E_REPORT_UNREADABLE', `${source} is not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!isObject(value))
    throw new HeguiError('HEGUI_E_REPORT_UNREADABLE', `${source} is not a hegui JSON report`);
  checkSchema(value.schemaVersion, source);
  const host = value.host;
  const findings = value.findings;
  if (
    !isObject(value.tool) ||
    value.tool.name !== 'hegui' ||
    !isObject(host) ||
    !Array.isArray(findings) ||
    !findings.every(
      (f) =>
        isObject(f) &&
        typeof f.checkId === 'string' &&
        typeof f.category === 'string' &&
        typeof f.severity === 'string' &&
        typeof f.title === 'string' &&
        Array.isArray(f.where) &&
        Array.isArray(f.legal),
    )
  ) {
    throw new HeguiError(
      'HEGUI_E_REPORT_UNREADABLE',
      `${source} is not a hegui JSON report (tool, host or findings missing or malformed)`,
    );
  }
  return value as unknown as Report;
}

/**
 * The PI involved, one row per location and kind that holds plaintext records (protected-only rows are
 * left out: their values were not readable). Samples are never copied.
 */
export function personalInfoFromInventory(inv: Pick<PiiInventory, 'rows'>): PersonalInfo {
  return inv.rows
    .filter((r) => r.records > 0)
    .map((r) => ({
      kind: r.kind,
      records: r.records,
      people: r.people,
      sensitive: r.sensitive.length > 0,
      where: r.location,
    }));
}

/** The PI inventory the scan report carries (`report.inventory`, issue 4), when the pii section was collected. */
function inventoryOf(report: Report): PersonalInfo | undefined {
  const inv = (report as { inventory?: unknown }).inventory;
  if (!isObject(inv) || !Array.isArray(inv.rows)) return undefined;
  const ok = inv.rows.every(
    (r) =>
      isObject(r) &&
      typeof r.kind === 'string' &&
      typeof r.records === 'number' &&
      typeof r.people === 'number' &&
      Array.isArray(r.sensitive) &&
      typeof r.location === 'string',
  );
  if (!ok) return undefined;
  const rows = personalInfoFromInventory(inv as Pick<PiiInventory, 'rows'>);
  return rows.length === 0 ? undefined : rows;
}

function incidentFinding(f: Report['findings'][number]): IncidentFinding {
  return {
    checkId: f.checkId,
    category: f.category,
    severity: f.severity,
    title: f.title,
    // Command lines masked as the scan masks them, even from a --show-secrets report: the record is kept.
    evidence: f.where.map((w) => formatWhere('command' in w ? { ...w, command: maskSecrets(w.command) } : w)),
    provisions: [...new Set(f.legal.map((l) => l.provision))],
  };
}

export function incidentFromReport(report: Report, opts: FromReportOptions): Incident {
  checkSchema((report as { schemaVersion: unknown }).schemaVersion, 'the report');
  const now = opts.now.toISOString();
  const hostname = report.host.hostname ?? (report.lang === 'en' ? 'unknown host' : '未知主机');
  const title =
    opts.title ?? (report.lang === 'en' ? `Security incident on ${hostname}` : `${hostname} 网络安全事件`);
  const personalInfo = opts.personalInfo ?? inventoryOf(report);
  const affected = [hostname, ...(opts.affectedSystems ?? [])];
  return {
    id: opts.id,
    title,
    createdAt: now,
    detectedAt: opts.detectedAt,
    grade: opts.grade,
    operator: opts.operator,
    status: 'open',
    host: {
      hostname,
      root: report.host.root,
      scannedAt: report.finishedAt,
      hegui: report.tool.version,
    },
    affectedSystems: [...new Set(affected)],
    findings: report.findings.map(incidentFinding),
    ...(personalInfo === undefined ? {} : { personalInfo }),
    crimeSuspected: opts.crimeSuspected ?? false,
    attestations: {},
    timeline: [
      {
        at: opts.detectedAt,
        kind: 'detected',
        text:
          report.lang === 'en'
            ? `Detected; scan of ${hostname} found ${report.findings.length} problem(s)`
            : `发现事件；对 ${hostname} 的扫描发现 ${report.findings.length} 个问题`,
      },
      {
        at: formatInZone(opts.now, opts.tz ?? DEFAULT_TZ),
        kind: 'opened',
        text: report.lang === 'en' ? `Incident opened, graded ${opts.grade}` : `立案，定级为${opts.grade}`,
      },
    ],
    reports: [],
    drills: [],
  };
}
