/**
 * The reduction from rulesets to the host's protection (pure).
 *
 * Which rulesets count (`active`):
 * - When the live kernel state was read (a live scan where each firewall program was read or is not
 *   installed), ONLY the live rulesets count. Whatever ufw, firewalld or nftables.service load shows
 *   up there; a config file that is enabled at boot but not loaded now (service failed, rules flushed
 *   by hand) does not protect the host now, and a config that nothing loads never does. So a live read
 *   showing no input rules means no firewall, whatever the files say.
 * - Otherwise (a scan at rest, or a live scan where a command failed or timed out) the live rulesets
 *   that were read count, and so do the configs that are loaded at boot ('enabled') or that we cannot
 *   tell about ('assumed').
 *
 * `defaultDrop.<family>` is true when an active ruleset covering that family drops by default on input.
 * `openPorts` is the union of the world-open ports of the active rulesets that drop by default.
 */
import type { FirewallRuleset, FirewallSection, LiveStatus, OpenPort } from './firewall.types.ts';
import { normaliseOpenPorts } from './ports.ts';

const LIVE_SOURCES = new Set<FirewallRuleset['source']>(['nft-live', 'iptables-live', 'ip6tables-live']);

export function isLiveSource(source: FirewallRuleset['source']): boolean {
  return LIVE_SOURCES.has(source);
}

export function coversFamily(ruleset: FirewallRuleset['family'], family: 'ipv4' | 'ipv6'): boolean {
  return ruleset === 'both' || ruleset === family;
}

const SOURCE_ORDER: FirewallRuleset['source'][] = [
  'nft-live',
  'iptables-live',
  'ip6tables-live',
  'nftables.conf',
  'iptables-rules',
  'ip6tables-rules',
  'ufw',
  'firewalld',
];

export interface ReduceInput {
  rulesets: FirewallRuleset[];
  live: FirewallSection['live'];
  /** Every firewall file that exists could be read (no gap). */
  filesComplete: boolean;
  ipv6: boolean | null;
}

export function reduceFirewall(input: ReduceInput): FirewallSection {
  const statuses: LiveStatus[] = [input.live.nft, input.live.iptables, input.live.ip6tables];
  const liveScan = statuses.some((s) => s !== 'not-run');
  const liveFailed = statuses.includes('failed');
  const liveRead = liveScan && !liveFailed;
  const rulesets = input.rulesets
    .map((r) => ({
      ...r,
      active:
        isLiveSource(r.source) || (!liveRead && (r.activation === 'enabled' || r.activation === 'assumed')),
    }))
    .sort(
      (a, b) =>
        SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source) ||
        a.where.path.localeCompare(b.where.path) ||
        (a.where.line ?? 0) - (b.where.line ?? 0) ||
        a.name.localeCompare(b.name),
    );
  const dropping = rulesets.filter((r) => r.active && r.inputPolicy === 'drop');
  const open: OpenPort[] = dropping.flatMap((r) => r.openPorts);
  return {
    rulesets,
    liveRead,
    live: { ...input.live },
    // A failed live read leaves the kernel unknown whatever the files say; at rest, the files decide.
    stateKnown: liveRead || (!liveFailed && input.filesComplete),
    ipv6: input.ipv6,
    defaultDrop: {
      ipv4: dropping.some((r) => coversFamily(r.family, 'ipv4')),
      ipv6: dropping.some((r) => coversFamily(r.family, 'ipv6')),
    },
    openPorts: normaliseOpenPorts(open),
  };
}
