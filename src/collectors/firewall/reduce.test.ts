import { describe, expect, it } from 'vitest';
import type { FirewallRuleset, FirewallSection } from './firewall.types.ts';
import { isFilteredFromWorld } from './reachability.ts';
import { reduceFirewall } from './reduce.ts';

function ruleset(over: Partial<FirewallRuleset>): FirewallRuleset {
  return {
    source: 'nftables.conf',
    where: { path: '/etc/nftables.conf', line: 3 },
    name: 'inet filter input',
    family: 'both',
    activation: 'enabled',
    active: false,
    inputPolicy: 'drop',
    ruleCount: 1,
    openPorts: [],
    ...over,
  };
}

const AT_REST: FirewallSection['live'] = { nft: 'not-run', iptables: 'not-run', ip6tables: 'not-run' };
const LIVE_NFT: FirewallSection['live'] = {
  nft: 'read',
  iptables: 'not-installed',
  ip6tables: 'not-installed',
};
const LIVE_FAILED: FirewallSection['live'] = { nft: 'failed', iptables: 'failed', ip6tables: 'failed' };

describe('reduceFirewall', () => {
  it.each([
    ['at rest, an enabled config counts', AT_REST, [ruleset({})], [true], { ipv4: true, ipv6: true }, true],
    [
      'at rest, an assumed config counts',
      AT_REST,
      [ruleset({ activation: 'assumed', family: 'ipv4' })],
      [true],
      { ipv4: true, ipv6: false },
      true,
    ],
    [
      'at rest, a config nothing loads does not',
      AT_REST,
      [ruleset({ activation: 'not-enabled' })],
      [false],
      { ipv4: false, ipv6: false },
      true,
    ],
    [
      'live read showing no rules: an enabled config does not protect',
      LIVE_NFT,
      [ruleset({})],
      [false],
      { ipv4: false, ipv6: false },
      true,
    ],
    [
      'live read: only live rulesets count',
      LIVE_NFT,
      [
        ruleset({ source: 'nft-live', activation: 'loaded', family: 'ipv4' }),
        ruleset({ source: 'ufw', family: 'ipv6' }),
      ],
      [true, false],
      { ipv4: true, ipv6: false },
      true,
    ],
    [
      'live failed: configs count, the state is unknown',
      LIVE_FAILED,
      [ruleset({})],
      [true],
      { ipv4: true, ipv6: true },
      false,
    ],
    [
      'an accepting ruleset does not drop',
      AT_REST,
      [ruleset({ inputPolicy: 'accept' })],
      [true],
      { ipv4: false, ipv6: false },
      true,
    ],
  ] as const)('%s', (_name, live, rulesets, active, defaultDrop, stateKnown) => {
    const s = reduceFirewall({ rulesets: [...rulesets], live, filesComplete: true, ipv6: null });
    expect(s.rulesets.map((r) => r.active)).toEqual(active);
    expect(s.defaultDrop).toEqual(defaultDrop);
    expect(s.stateKnown).toBe(stateKnown);
  });

  it('an unreadable file leaves the state unknown at rest but not after a live read', () => {
    expect(reduceFirewall({ rulesets: [], live: AT_REST, filesComplete: false, ipv6: null }).stateKnown).toBe(
      false,
    );
    expect(
      reduceFirewall({ rulesets: [], live: LIVE_NFT, filesComplete: false, ipv6: null }).stateKnown,
    ).toBe(true);
    expect(reduceFirewall({ rulesets: [], live: LIVE_NFT, filesComplete: true, ipv6: null }).liveRead).toBe(
      true,
    );
    expect(reduceFirewall({ rulesets: [], live: AT_REST, filesComplete: true, ipv6: null }).liveRead).toBe(
      false,
    );
  });

  it('openPorts unions the dropping active rulesets only, sorted', () => {
    const where = { path: '/etc/nftables.conf', line: 9 };
    const s = reduceFirewall({
      rulesets: [
        ruleset({
          openPorts: [
            { proto: 'tcp', port: 443, family: 'both', where },
            { proto: 'tcp', port: 22, family: 'both', where },
          ],
        }),
        ruleset({
          source: 'ufw',
          inputPolicy: 'accept',
          openPorts: [{ proto: 'tcp', port: 3306, family: 'ipv4', where }],
        }),
        ruleset({
          activation: 'not-enabled',
          openPorts: [{ proto: 'tcp', port: 6379, family: 'both', where }],
        }),
      ],
      live: AT_REST,
      filesComplete: true,
      ipv6: true,
    });
    expect(s.openPorts.map((p) => p.port)).toEqual([22, 443]);
  });
});

describe('isFilteredFromWorld', () => {
  const where = { path: '/etc/nftables.conf', line: 9 };
  const section = reduceFirewall({
    rulesets: [
      ruleset({
        family: 'ipv4',
        openPorts: [
          { proto: 'tcp', port: 22, family: 'ipv4', where },
          { proto: 'tcp', port: 10000, portEnd: 20000, family: 'ipv4', where },
        ],
      }),
      ruleset({ source: 'iptables-rules', family: 'ipv6', inputPolicy: 'accept' }),
      ruleset({ activation: 'not-enabled', family: 'ipv6' }),
    ],
    live: AT_REST,
    filesComplete: true,
    ipv6: true,
  });
  it.each([
    ['ipv4', 'tcp', 3306, true],
    ['ipv4', 'tcp', 22, false],
    ['ipv4', 'udp', 22, true],
    ['ipv4', 'tcp', 15000, false],
    ['ipv4', 'tcp', 20001, true],
    ['ipv6', 'tcp', 3306, false],
  ] as const)('%s %s/%i → %s', (family, proto, port, expected) => {
    expect(isFilteredFromWorld(section, family, proto, port)).toBe(expected);
  });

  it('two dropping rulesets: a port open in one is still filtered by the other', () => {
    const both = reduceFirewall({
      rulesets: [
        ruleset({ openPorts: [{ proto: 'tcp', port: 5432, family: 'both', where }] }),
        ruleset({ source: 'iptables-rules', family: 'ipv4' }),
      ],
      live: AT_REST,
      filesComplete: true,
      ipv6: true,
    });
    expect(isFilteredFromWorld(both, 'ipv4', 'tcp', 5432)).toBe(true);
    expect(isFilteredFromWorld(both, 'ipv6', 'tcp', 5432)).toBe(false);
  });
});
