import type { FileLine } from '../../core/evidence.ts';

export interface LogRetention {
  /** The log file (host path) or "journald". */
  log: string;
  /** What the log is: system, security (auth), web, audit. */
  kind: 'system' | 'security' | 'web' | 'audit' | 'other';
  /** Effective retention in days; null = unbounded (never rotated away). */
  days: number | null;
  /** How the figure was reached, e.g. "weekly × rotate 4". */
  basis: string;
  where: FileLine;
}

export interface LoggingSection {
  rsyslog: { installed: boolean; authDestinations: { path: string; where: FileLine }[] };
  journald: { storage: 'persistent' | 'volatile' | 'auto' | 'none'; persistentDirExists: boolean; where: FileLine | null };
  auditd: { installed: boolean; enabled: boolean; ruleCount: number; where: FileLine | null };
  retention: LogRetention[];
}
