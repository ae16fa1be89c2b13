/**
 * Shared by the auth-log checks: the sources that brute-forced the host, from the section's verdicts
 * (Wazuh 5712, 5763, 5720 and btmp bursts — the per-source rules).
 */
import type { AuthLogSection, Verdict } from '../../collectors/authlog/authlog.types.ts';
import { SOURCE_BRUTE_FORCE_RULES } from '../../collectors/authlog/correlate.ts';

export interface BruteForceSource {
  ip: string;
  /** Failure lines in the logs plus failed-login records in btmp. */
  failures: number;
  /** The source's earliest verdict. */
  first: Verdict;
}

/** Brute-forcing sources, busiest first. */
export function bruteForceSources(authlog: AuthLogSection): BruteForceSource[] {
  const first = new Map<string, Verdict>();
  for (const v of authlog.verdicts) {
    if (!SOURCE_BRUTE_FORCE_RULES.includes(v.rule) || v.source === undefined) continue;
    const seen = first.get(v.source);
    if (!seen || v.first.epoch < seen.first.epoch) first.set(v.source, v);
  }
  const sources = new Map(authlog.sources.map((s) => [s.ip, s]));
  return [...first]
    .map(([ip, v]) => {
      const s = sources.get(ip);
      const failures = (s?.failures ?? 0) + (s?.btmpFailures ?? 0);
      return { ip, failures: failures > 0 ? failures : v.events, first: v };
    })
    .sort((a, b) => b.failures - a.failures || a.ip.localeCompare(b.ip));
}

/** A section time for a message: "2026-04-13 18:00:21 UTC", or the host's wall clock when its zone is unknown. */
export function displayTime(iso: string): string {
  const utc = iso.endsWith('Z');
  const text = iso.replace('T', ' ').replace(/\.\d+Z?$|Z$/, '');
  return utc ? `${text} UTC` : text;
}
