/**
 * The pipeline (DESIGN §1): collect a bundle from a root, then evaluate checks over it into a report.
 * Collect once, evaluate many times: `evaluate` sees only the bundle.
 */
import { COLLECTORS } from '../collectors/index.ts';
import { createContext } from './collector.ts';
import {
  BUNDLE_SCHEMA_VERSION,
  type EvidenceBundle,
  type Gap,
  type SectionName,
  type Sections,
} from './evidence.ts';
import { interpolate, type AnyCheck } from './check.ts';
import { SEVERITIES, type CheckResult, type Finding, type Report, type Severity } from './finding.ts';
import { liveExec, type HostExec } from '../host/exec.ts';
import type { ContentOptions } from '../walk/options.ts';
import { openRoot } from '../host/root.ts';
import { HeguiError } from './errors.ts';
import { stat } from 'node:fs/promises';
import { maskSecrets } from './mask.ts';
import { compareWhere } from './where.ts';
import { legalForFinding } from '../legal/render.ts';
import { VERSION } from './version.ts';
import { inventorySummary } from '../pii/inventory.ts';

export interface CollectOptions {
  root: string;
  /** Defaults to the live executor when root is "/", none otherwise. */
  exec?: HostExec | undefined;
  sections?: readonly SectionName[];
  clock?: () => Date;
  /** What the content scan covers (--content, --include, --exclude) and its progress callback. */
  content?: ContentOptions;
}

export async function checkRoot(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    throw new HeguiError('HEGUI_E_ROOT_NOT_FOUND', `${dir} does not exist`, { cause: error });
  }
  if (!info.isDirectory()) throw new HeguiError('HEGUI_E_ROOT_NOT_DIR', `${dir} is not a directory`);
}

export async function collect(options: CollectOptions): Promise<EvidenceBundle> {
  await checkRoot(options.root);
  const root = await openRoot(options.root);
  const exec = options.exec ?? (root.live ? liveExec() : undefined);
  const clock = options.clock ?? (() => new Date());
  const names = options.sections ?? (Object.keys(COLLECTORS) as SectionName[]);
  const gaps: Gap[] = [];
  const sections: Partial<Sections> = {};
  const versions: Partial<Record<SectionName, number>> = {};
  const collectedAt = clock().toISOString();
  await Promise.all(
    names.map(async (name) => {
      const collector = COLLECTORS[name];
      const ctx = createContext(name, root, exec, gaps, options.content, new Date(collectedAt));
      try {
        (sections as Record<string, unknown>)[name] = await collector.collect(ctx);
        versions[name] = collector.version;
      } catch (error) {
        // A collector bug must not sink the scan: the section is missing and every check needing it is not assessed.
        gaps.push({ section: name, path: '/', reason: 'collector-error', detail: (error as Error).message });
      }
    }),
  );
  gaps.sort(
    (a, b) =>
      a.section.localeCompare(b.section) || a.path.localeCompare(b.path) || a.reason.localeCompare(b.reason),
  );
  return {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    tool: { name: 'hegui', version: VERSION },
    root: options.root,
    live: root.live,
    collectedAt,
    versions,
    sections,
    gaps,
  };
}

export interface EvaluateOptions {
  lang: 'zh' | 'en';
  showSecrets?: boolean;
  /** When the evaluation started and finished; injected so that golden reports are stable. */
  startedAt?: string;
  clock?: () => Date;
}

export function runCheck(
  check: AnyCheck,
  bundle: EvidenceBundle,
): { result: CheckResult; hits: ReturnType<AnyCheck['evaluate']> } {
  const missing = check.needs.filter((n) => bundle.sections[n] === undefined);
  if (missing.length > 0) {
    return {
      result: { checkId: check.id, outcome: 'not-assessed', reason: `no evidence: ${missing.join(', ')}` },
      hits: [],
    };
  }
  let hits;
  try {
    hits = check.evaluate(bundle.sections as Sections);
  } catch (error) {
    return { result: { checkId: check.id, outcome: 'error', reason: (error as Error).message }, hits: [] };
  }
  if (hits.length > 0) return { result: { checkId: check.id, outcome: 'fail' }, hits };
  const tolerated = new Set<string>(check.tolerates ?? []);
  const gapped = bundle.gaps.filter(
    (g) =>
      check.needs.includes(g.section) && !(g.field !== undefined && tolerated.has(`${g.section}.${g.field}`)),
  );
  if (gapped.length > 0) {
    const first = gapped[0]!;
    return {
      result: {
        checkId: check.id,
        outcome: 'not-assessed',
        reason: `${first.path}: ${first.reason}${gapped.length > 1 ? ` (+${gapped.length - 1})` : ''}`,
      },
      hits: [],
    };
  }
  return { result: { checkId: check.id, outcome: 'pass' }, hits: [] };
}

export function evaluate(
  bundle: EvidenceBundle,
  checks: readonly AnyCheck[],
  options: EvaluateOptions,
): Report {
  const clock = options.clock ?? (() => new Date());
  const startedAt = options.startedAt ?? clock().toISOString();
  const { lang } = options;
  const mask = options.showSecrets ? (s: string) => s : maskSecrets;
  const scanDate = bundle.collectedAt.slice(0, 10);
  const findings: Finding[] = [];
  const results: CheckResult[] = [];
  for (const check of checks) {
    const { result, hits } = runCheck(check, bundle);
    results.push(result);
    for (const hit of hits) {
      const template = check.messages[hit.messageId];
      findings.push({
        checkId: check.id,
        category: check.category,
        severity: hit.severity ?? check.severity,
        title: check.title[lang],
        message: mask(interpolate(template ? template[lang] : hit.messageId, hit.data)),
        where: hit.where.map((w) => ('command' in w ? { ...w, command: mask(w.command) } : w)),
        legal: check.legal.map((ref) => legalForFinding(ref, lang, scanDate)),
        remediation: mask(interpolate(check.remediation[lang], hit.data)),
      });
    }
  }
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  findings.sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      a.checkId.localeCompare(b.checkId) ||
      compareWhere(a.where, b.where) ||
      a.message.localeCompare(b.message),
  );
  results.sort((a, b) => a.checkId.localeCompare(b.checkId));
  const summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0, notAssessed: 0 };
  for (const f of findings) summary[f.severity]++;
  summary.notAssessed = results.filter((r) => r.outcome === 'not-assessed').length;
  const host = bundle.sections.host;
  return {
    schemaVersion: 1,
    tool: { name: 'hegui', version: VERSION },
    lang,
    host: { hostname: host?.hostname ?? null, os: host?.os.prettyName ?? null, root: bundle.root },
    startedAt,
    finishedAt: options.startedAt ?? clock().toISOString(),
    summary,
    findings,
    checks: results,
    gaps: bundle.gaps.map((g) => ({ ...g })),
    ...(bundle.sections.pii && bundle.sections.pii.mode !== 'off'
      ? { inventory: inventorySummary(bundle.sections.pii, mask) }
      : {}),
  };
}
