/**
 * What the human-readable renderers (text, html) show, derived once from a Report: intrusion signs,
 * findings grouped by severity, checks not assessed, legal exposure by law and by liability type.
 */
import {
  SEVERITIES,
  type CheckResult,
  type Finding,
  type Outcome,
  type Report,
  type Severity,
} from '../core/finding.ts';
import type { Liability } from '../legal/types.ts';
import {
  INTRUSION_CATEGORIES,
  LAW_NAME,
  LIABILITIES,
  lawCode,
  lawName,
  type IntrusionCategory,
  type Lang,
} from './labels.ts';

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface LawExposure {
  code: string;
  name: string;
  /** Findings citing at least one provision of this law. */
  count: number;
  /** Provision ids cited, in article order. */
  provisions: string[];
}

export interface ReportView {
  lang: Lang;
  /** Intrusion categories present, in the fixed order of INTRUSION_CATEGORIES; empty when none. */
  intrusion: IntrusionCategory[];
  intrusionFindings: number;
  /** Non-empty groups, critical first. */
  groups: SeverityGroup[];
  /** Checks with outcome not-assessed or error. */
  notAssessed: CheckResult[];
  byLaw: LawExposure[];
  byLiability: { liability: Liability; count: number }[];
  /** Findings whose citations include an intruder's possible criminal exposure. */
  intruderExposure: number;
  /** Each operator-duty provision cited, once, with its duty holders and penalties on the scan date. */
  penalties: { citation: string; holders: string[]; penalties: string[] }[];
  totals: Record<Outcome, number>;
}

const INTRUSION = new Set<string>(INTRUSION_CATEGORIES);
const LAW_ORDER = Object.keys(LAW_NAME);
const collator = new Intl.Collator('en', { numeric: true });

export function isIntrusion(f: Finding): boolean {
  return INTRUSION.has(f.category);
}

/** The liability types a finding carries, over all its citations, in the fixed order. */
export function findingLiabilities(f: Finding): Liability[] {
  // Only the operator's own exposure: an intruder's possible criminal liability is not the operator's.
  const set = new Set(f.legal.filter((l) => l.party !== 'intruder').flatMap((l) => l.liability));
  return LIABILITIES.filter((l) => set.has(l));
}

export function buildView(report: Report): ReportView {
  const lang = report.lang;
  const present = new Set(report.findings.filter(isIntrusion).map((f) => f.category));
  const intrusion = INTRUSION_CATEGORIES.filter((c) => present.has(c));

  const groups = SEVERITIES.map((severity) => ({
    severity,
    findings: report.findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);

  const laws = new Map<string, { count: number; provisions: Set<string> }>();
  for (const f of report.findings) {
    const codes = new Set<string>();
    for (const l of f.legal) {
      const code = lawCode(l.provision);
      const entry = laws.get(code) ?? { count: 0, provisions: new Set<string>() };
      entry.provisions.add(l.provision);
      laws.set(code, entry);
      codes.add(code);
    }
    for (const code of codes) laws.get(code)!.count++;
  }
  const rank = (code: string) => {
    const i = LAW_ORDER.indexOf(code);
    return i === -1 ? LAW_ORDER.length : i;
  };
  const byLaw = [...laws.entries()]
    .map(([code, e]) => ({
      code,
      name: lawName(code, lang),
      count: e.count,
      provisions: [...e.provisions].sort(collator.compare),
    }))
    .sort((a, b) => b.count - a.count || rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));

  const byLiability = LIABILITIES.map((liability) => ({
    liability,
    count: report.findings.filter((f) => findingLiabilities(f).includes(liability)).length,
  })).filter((e) => e.count > 0);

  const intruderExposure = report.findings.filter((f) => f.legal.some((l) => l.party === 'intruder')).length;
  const cited = new Map<string, { citation: string; holders: string[]; penalties: string[] }>();
  for (const f of report.findings)
    for (const l of f.legal)
      if (l.party !== 'intruder' && !cited.has(l.provision))
        cited.set(l.provision, {
          citation: l.citation.replace(
            /第[一二三四五六七八九十]+[项款](?=[(（]|$)|\(\d+\)(?= \(|$)| para\. \d+(?= \(|$)/,
            '',
          ),
          holders: [...l.holders],
          penalties: [...l.penalties],
        });
  const penalties = [...cited.entries()]
    .sort(([a], [b]) => rank(lawCode(a)) - rank(lawCode(b)) || collator.compare(a, b))
    .map(([, v]) => v);

  const totals: Record<Outcome, number> = { pass: 0, fail: 0, 'not-assessed': 0, error: 0 };
  for (const c of report.checks) totals[c.outcome]++;

  return {
    lang,
    intrusion,
    intrusionFindings: report.findings.filter(isIntrusion).length,
    groups,
    notAssessed: report.checks.filter((c) => c.outcome === 'not-assessed' || c.outcome === 'error'),
    byLaw,
    byLiability,
    intruderExposure,
    penalties,
    totals,
  };
}

/**
 * Make an attacker-controlled string safe to print on one line: control characters (ESC sequences that
 * would drive a terminal, newlines that would forge report lines) and bidirectional overrides (which
 * reorder what a reader sees) become visible escapes. Tabs become a space.
 */
export function safeLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\t') return ' ';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    const code = c.codePointAt(0)!;
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Like safeLine, but keeps line breaks: for multi-line texts such as a remediation. */
export function safeLines(s: string): string[] {
  return s.split(/\r?\n/).map(safeLine);
}
