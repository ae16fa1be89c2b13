/**
 * Shared reading of the firewall section for the firewall-missing checks.
 */
import type { FirewallRuleset, FirewallSection } from '../../collectors/firewall/firewall.types.ts';
import type { FileLine, Where } from '../../core/evidence.ts';

/** The legal basis every firewall check cites (catalogue §9 row 14). */
export const FIREWALL_LEGAL = [
  { provision: 'csl-23', clause: '2' },
  { provision: 'intlsec-10', clause: '2' },
  { provision: 'ndsr-9' },
] as const;

/** A ruleset that filters anything: it has input rules or drops by default. */
export function isEffective(r: FirewallRuleset): boolean {
  return r.ruleCount > 0 || r.inputPolicy === 'drop';
}

export function families(r: FirewallRuleset): ('ipv4' | 'ipv6')[] {
  return r.family === 'both' ? ['ipv4', 'ipv6'] : [r.family];
}

/** "/etc/nftables.conf:7" or "/etc/ufw/ufw.conf". */
export function location(where: FileLine): string {
  return where.line === undefined ? where.path : `${where.path}:${where.line}`;
}

/** The conventional firewall files, named when there is nothing else to point at. */
export const FIREWALL_FILES: Where[] = [
  { path: '/etc/nftables.conf' },
  { path: '/etc/iptables/rules.v4' },
  { path: '/etc/sysconfig/iptables' },
  { path: '/etc/ufw/ufw.conf' },
  { path: '/etc/firewalld/firewalld.conf' },
];

/** Distinct locations, in order. */
export function distinct(wheres: readonly FileLine[]): FileLine[] {
  const seen = new Set<string>();
  const out: FileLine[] = [];
  for (const w of wheres) {
    const key = location(w);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w.line === undefined ? { path: w.path } : { path: w.path, line: w.line });
  }
  return out;
}

export function activeEffective(firewall: FirewallSection): FirewallRuleset[] {
  return firewall.rulesets.filter((r) => r.active && isEffective(r));
}
