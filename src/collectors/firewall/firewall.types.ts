import type { FileLine } from '../../core/evidence.ts';

export type FirewallSource =
  | 'nft-live'
  | 'iptables-live'
  | 'ip6tables-live'
  | 'nftables.conf'
  | 'iptables-rules'
  | 'ip6tables-rules'
  | 'ufw'
  | 'firewalld';

export interface FirewallRuleset {
  source: FirewallSource;
  where: FileLine;
  family: 'ipv4' | 'ipv6' | 'both';
  /** Whether this ruleset is in force or will be at boot (ufw ENABLED=yes, firewalld service enabled…). */
  active: boolean;
  /** The effective input decision for traffic no rule matches. */
  inputPolicy: 'drop' | 'accept' | 'unknown';
  ruleCount: number;
  /** Ports accepted from any source on input. */
  openPorts: { proto: 'tcp' | 'udp'; port: number; where: FileLine }[];
}

export interface FirewallSection {
  rulesets: FirewallRuleset[];
  /** Live kernel state was read (scan of "/" with the tools present and permitted). */
  liveRead: boolean;
  /** Reduction over active rulesets: does the input path drop by default, per family? */
  defaultDrop: { ipv4: boolean; ipv6: boolean };
  /** Union of ports open to the world across active rulesets that drop by default. */
  openPorts: { proto: 'tcp' | 'udp'; port: number; where: FileLine }[];
}
