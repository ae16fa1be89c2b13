import type { Where } from './evidence.ts';
import type { Liability, Party } from '../legal/types.ts';
import type { InventorySummary } from '../pii/inventory.ts';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** CONTRACT §3: the closed list of finding categories. */
export const CATEGORIES = [
  'rogue-root-account',
  'empty-password',
  'ssh-root-login',
  'ssh-password-auth',
  'firewall-missing',
  'database-exposed',
  'log-retention-short',
  'audit-logging-missing',
  'malicious-cron',
  'preload-hijack',
  'suspicious-process',
  'mining',
  'proxy-service',
  'ddos-tool',
  'webshell',
  'gambling-content',
  'pornography-content',
  'fraud-content',
  'pirated-content',
  'hacking-tool-hosted',
  'brute-force',
  'brute-force-compromise',
  'rootkit',
  'plaintext-personal-data',
  'plaintext-sensitive-personal-data',
  'secret-exposed',
  'license-violation',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Outcome = 'pass' | 'fail' | 'not-assessed' | 'error';

export interface FindingLegal {
  provision: string;
  clause?: string;
  liability: Liability[];
  /** Rendered citation in the report language, e.g. 《网络安全法》第二十三条第三项(原第二十一条). */
  citation: string;
  /** Whose exposure this is: the operator's duty, or an intruder's conduct ("may meet the threshold"). */
  party: Party;
  /** The citation as one sentence for people, with the party and the liability. */
  statement: string;
  /** Who bears the duty, in the report language (e.g. 网络运营者); for an intruder, the intruder. */
  holders: string[];
  /** Penalties that apply to conduct on the scan date, each printed as its verification status allows. */
  penalties: string[];
}

export interface Finding {
  checkId: string;
  category: Category;
  severity: Severity;
  title: string;
  message: string;
  where: Where[];
  legal: FindingLegal[];
  remediation: string;
}

export interface CheckResult {
  checkId: string;
  outcome: Outcome;
  /** For not-assessed and error: why. */
  reason?: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'hegui'; version: string };
  lang: 'zh' | 'en';
  host: { hostname: string | null; os: string | null; root: string };
  startedAt: string;
  finishedAt: string;
  summary: Record<Severity, number> & { notAssessed: number };
  findings: Finding[];
  checks: CheckResult[];
  gaps: { path: string; reason: string; section: string; detail?: string; field?: string }[];
  /** Added: the personal-data inventory of the scan (src/pii/inventory.ts), when the pii section was collected. */
  inventory?: InventorySummary;
}
