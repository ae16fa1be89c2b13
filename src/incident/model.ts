/**
 * The incident record and what is derived from it (issue 5; CONTRACT §5). The store keeps
 * Incidents; clocks, the containment checklist and the liability analysis are pure functions of an
 * Incident (and the scan report it came from); documents render all of them.
 */
import type { Category, Severity } from '../core/finding.ts';

export const GRADES = ['特别重大', '重大', '较大', '一般'] as const;
export type Grade = (typeof GRADES)[number];

/** cii: critical information infrastructure operator; state: central and state organs and their units. */
export const OPERATOR_KINDS = ['cii', 'state', 'other'] as const;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];

export interface IncidentFinding {
  checkId: string;
  category: Category;
  severity: Severity;
  title: string;
  /** Evidence locations as the report gives them (file:line, pid, socket). */
  evidence: string[];
  provisions: string[];
}

export interface TimelineEntry {
  /** ISO 8601 with offset. */
  at: string;
  kind: 'detected' | 'opened' | 'updated' | 'reported' | 'notified' | 'contained' | 'closed' | 'note';
  text: string;
}

/** A report or notice the operator says was made; it stops the matching clock. */
export interface ReportMade {
  duty: ClockDuty;
  at: string;
  to?: string;
}

export interface Drill {
  at: string;
  scenario: string;
  participants: string[];
  notes?: string;
}

export interface Incident {
  id: string;
  title: string;
  createdAt: string;
  detectedAt: string;
  grade: Grade;
  operator: OperatorKind;
  /** GB/T 20986-2023 category chosen or proposed (code and name), when known. */
  eventCategory?: { code: string; name: string };
  status: 'open' | 'closed';
  closedAt?: string;
  /** The host the report came from, and any other systems the user adds. */
  host: { hostname: string; root?: string; scannedAt?: string; hegui?: string };
  affectedSystems: string[];
  findings: IncidentFinding[];
  /** From the PI inventory when present: kinds, records, distinct people, sensitive or not. */
  personalInfo?: { kind: string; records: number; people?: number; sensitive: boolean; where: string }[];
  /** The user marks these; hegui never decides them silently. */
  crimeSuspected: boolean;
  insider?: { suspected: boolean; note?: string };
  /** Duties the user states met (response plan exists, logs kept 6 months, …) for the liability analysis. */
  attestations: Record<string, boolean>;
  timeline: TimelineEntry[];
  reports: ReportMade[];
  drills: Drill[];
  /** Who reports and whom to contact (documents print blanks for what is missing). */
  reporter?: { unit?: string; person?: string; phone?: string; email?: string; address?: string };
}

export type ClockDuty =
  'irm-report' | 'pipl-notify' | 'police-report' | 'cisr-police-24h' | 'intlsec-police-24h';

export const CLOCK_DUTIES: readonly ClockDuty[] = [
  'irm-report',
  'pipl-notify',
  'police-report',
  'cisr-police-24h',
  'intlsec-police-24h',
];

export interface Clock {
  duty: ClockDuty;
  /** Who receives it, in the report language. */
  recipient: string;
  /** ISO 8601 with the offset of the zone the clock was computed in; absent: "without delay", no fixed hour. */
  deadline?: string;
  provision: string;
  /** The item or paragraph of the provision, when the duty sits in one (intlsec-10 item 6). */
  clause?: string;
  state: 'running' | 'overdue' | 'met' | 'met-late' | 'no-fixed-deadline';
  /** Milliseconds left (negative when overdue), when there is a deadline and it is not met. */
  remainingMs?: number;
  /** Catalogue status of the rule behind the clock; a V-2ND rule is printed as reported (据公开解读). */
  ruleStatus?: 'V-TEXT' | 'V-OFF' | 'V-2ND';
  /** How the duty arises and how its deadline is set, one line in the report language. */
  basis?: string;
  /** When the report or notice was made (state met or met-late). */
  reportedAt?: string;
}

export interface ContainmentItem {
  kind: 'process' | 'cron' | 'service' | 'account' | 'key' | 'file' | 'port' | 'preload' | 'other';
  target: string;
  why: string;
  /** The exact command the operator may run; hegui never runs it. */
  command: string;
  fromCheck: string;
}

export interface LiabilityPoint {
  party: 'operator' | 'intruder' | 'insider';
  duty: string;
  /** met / missed by the evidence, or unknown (not assessed, or the user did not say). */
  status: 'met' | 'missed' | 'unknown';
  basis: string;
  provisions: string[];
  /** A stable key for the duty or conduct (e.g. 'log-retention', 'timely-report', 'cl-285'). */
  key?: string;
  /** Administrative / civil / criminal exposure this point is about. */
  exposure?: ('administrative' | 'civil' | 'criminal')[];
  /** The citations, each as one sentence with party and liability (src/legal/render.ts legalStatement). */
  statements?: string[];
  /** Penalties and thresholds, each printed as its verification status allows (penaltiesOn). */
  penalties?: string[];
}

/** The part of a capture manifest the police summary lists (capture item path and SHA-256). */
export interface CaptureSummary {
  /** Capture file name or path as the user gave it. */
  file?: string;
  collectedAt?: string;
  items: { path: string; sha256: string; size?: number }[];
}
