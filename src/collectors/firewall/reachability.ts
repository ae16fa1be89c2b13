/**
 * Is a listening port shielded by the host firewall? For the database-exposed checks (pure).
 *
 * Every active input filter must let a packet through (nft base chains on the same hook, iptables
 * and nft tables side by side: a drop in any of them is final). So a port is filtered from the world
 * for a family when at least one active ruleset covering that family drops by default and does not
 * accept that port from any source. Loopback-only, established-only and source-restricted accepts do
 * not count as open; an accept limited to one interface other than loopback does (we cannot tell which
 * interface faces the world).
 *
 * A socket bound to `[::]` without IPV6_V6ONLY accepts IPv4 too: ask for both families and treat the
 * port as filtered only when both answers are true.
 */
import type { FirewallSection } from './firewall.types.ts';
import { coversFamily } from './reduce.ts';

export function isFilteredFromWorld(
  firewall: FirewallSection,
  family: 'ipv4' | 'ipv6',
  proto: 'tcp' | 'udp',
  port: number,
): boolean {
  return firewall.rulesets.some(
    (r) =>
      r.active &&
      r.inputPolicy === 'drop' &&
      coversFamily(r.family, family) &&
      !r.openPorts.some(
        (p) =>
          p.proto === proto &&
          coversFamily(p.family, family) &&
          port >= p.port &&
          port <= (p.portEnd ?? p.port),
      ),
  );
}
