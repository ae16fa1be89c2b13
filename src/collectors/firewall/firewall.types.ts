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

export type FirewallFamily = 'ipv4' | 'ipv6' | 'both';

/**
 * A port (or port range) accepted on input.
 * Ranges of up to PORT_RANGE_EXPAND_MAX ports (32) are listed port by port; a larger range is one entry
 * from `port` to `portEnd`. A rule accepting a protocol without naming ports is the range 1–65535.
 */
export interface OpenPort {
  proto: 'tcp' | 'udp';
  port: number;
  /** Last port of a range too large to list port by port; absent for a single port. */
  portEnd?: number;
  /** The family the accept applies to (an `inet` table rule may narrow to one family). */
  family: FirewallFamily;
  /** Set when the accept applies on one input interface other than loopback (still counted as open). */
  iface?: string;
  where: FileLine;
}

/**
 * How a ruleset gets into the kernel:
 * - 'loaded': read from the live kernel (nft list ruleset, iptables-save);
 * - 'enabled': a config that is loaded at boot (its service is enabled; ufw ENABLED=yes);
 * - 'assumed': a config at rest where we cannot tell whether anything loads it (no systemd unit
 *   directory to look at) — counted as loaded;
 * - 'not-enabled': a config that nothing loads (service not enabled or masked, ufw ENABLED=no).
 */
export type FirewallActivation = 'loaded' | 'enabled' | 'assumed' | 'not-enabled';

/** One input filter: an nft base chain hooked on input, an iptables filter INPUT chain, a ufw or firewalld policy. */
export interface FirewallRuleset {
  source: FirewallSource;
  /** Where the ruleset is declared (the input chain, ufw.conf ENABLED line, firewalld DefaultZone…). */
  where: FileLine;
  /** A readable name: "inet filter input", "filter INPUT", "ufw", "zone public". */
  name: string;
  family: FirewallFamily;
  activation: FirewallActivation;
  /**
   * Whether this ruleset counts toward the host's protection (see reduce.ts): live rulesets when the
   * live kernel state was read; otherwise configs that are enabled or assumed.
   */
  active: boolean;
  /** The effective input decision for traffic no rule matches (a final unconditional DROP counts). */
  inputPolicy: 'drop' | 'accept' | 'unknown';
  /** Rules on the input path (the base chain and the chains it jumps to). */
  ruleCount: number;
  /** The first rule on the input path, when there is one. */
  firstRule?: FileLine;
  /** Ports accepted from any source on input (loopback, established-only and source-restricted rules excluded). */
  openPorts: OpenPort[];
}

/**
 * Per live command: read; program not installed (a fact); failed, timed out or only partly readable
 * (legacy iptables tables present) — a gap; or not run (not a live scan).
 */
export type LiveStatus = 'read' | 'not-installed' | 'failed' | 'not-run';

export interface FirewallSection {
  rulesets: FirewallRuleset[];
  /**
   * The live kernel state is known: a live scan where every firewall program was either read or is not
   * installed (a program that is not installed cannot have loaded rules). False on a scan at rest.
   */
  liveRead: boolean;
  live: { nft: LiveStatus; iptables: LiveStatus; ip6tables: LiveStatus };
  /**
   * The protection state is fully known: the live state was read, or (at rest, or when a live command
   * failed) every firewall file could be read. Checks that report an ABSENCE of protection stay silent
   * when this is false (partial evidence never proves an absence).
   */
  stateKnown: boolean;
  /** IPv6 on the host: /proc/net/if_inet6 non-empty (true), empty or absent with /proc/net present (false), unknown (null). */
  ipv6: boolean | null;
  /** Reduction over active rulesets: does the input path drop by default, per family? */
  defaultDrop: { ipv4: boolean; ipv6: boolean };
  /** Union of ports open to the world across active rulesets that drop by default. */
  openPorts: OpenPort[];
}
