import { describe, expect, it } from 'vitest';
import type { FirewallRuleset, FirewallSection, OpenPort } from '../../collectors/firewall/firewall.types.ts';
import type { SocketInfo } from '../../collectors/sockets/sockets.types.ts';
import {
  endpoint,
  exposureHits,
  findExposures,
  isListening,
  isLoopback,
  reachableFamilies,
  type Engine,
} from './exposure.ts';

function sock(over: Partial<SocketInfo>): SocketInfo {
  return {
    proto: 'tcp',
    localAddress: '0.0.0.0',
    localPort: 3306,
    remoteAddress: '0.0.0.0',
    remotePort: 0,
    state: 'LISTEN',
    inode: 1,
    uid: 101,
    pid: 701,
    process: 'mariadbd',
    ...over,
  };
}

function ruleset(over: Partial<FirewallRuleset>): FirewallRuleset {
  return {
    source: 'iptables-rules',
    where: { path: '/etc/iptables/rules.v4', line: 2 },
    name: 'filter INPUT',
    family: 'ipv4',
    activation: 'assumed',
    active: true,
    inputPolicy: 'drop',
    ruleCount: 3,
    openPorts: [],
    ...over,
  };
}

function firewall(rulesets: FirewallRuleset[], over: Partial<FirewallSection> = {}): FirewallSection {
  return {
    rulesets,
    liveRead: false,
    live: { nft: 'not-run', iptables: 'not-run', ip6tables: 'not-run' },
    stateKnown: true,
    ipv6: true,
    defaultDrop: { ipv4: false, ipv6: false },
    openPorts: [],
    ...over,
  };
}

const open = (
  proto: 'tcp' | 'udp',
  port: number,
  family: OpenPort['family'] = 'both',
  portEnd?: number,
): OpenPort => ({
  proto,
  port,
  ...(portEnd === undefined ? {} : { portEnd }),
  family,
  where: { path: '/etc/nftables.conf', line: 9 },
});

const MYSQL: Engine = { tcpPorts: [3306, 33060], udpPorts: [], processNames: ['mysqld', 'mariadbd'] };
const MEMCACHED: Engine = { tcpPorts: [11211], udpPorts: [11211], processNames: ['memcached'] };

describe('socket helpers', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.12', false],
    ['::ffff:10.0.0.12', false],
    ['fe80::1', false],
  ])('isLoopback(%s) = %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });

  it.each<[Partial<SocketInfo>, boolean | null, string[]]>([
    [{ proto: 'tcp', localAddress: '0.0.0.0' }, true, ['ipv4']],
    [{ proto: 'tcp', localAddress: '10.0.0.12' }, true, ['ipv4']],
    [{ proto: 'tcp', localAddress: '127.0.0.1' }, true, []],
    [{ proto: 'tcp6', localAddress: '::' }, true, ['ipv4', 'ipv6']],
    [{ proto: 'tcp6', localAddress: '::' }, null, ['ipv4', 'ipv6']],
    [{ proto: 'tcp6', localAddress: '::' }, false, ['ipv4']],
    [{ proto: 'tcp6', localAddress: '::1' }, true, []],
    [{ proto: 'tcp6', localAddress: '::ffff:10.0.0.12' }, true, ['ipv4']],
    [{ proto: 'tcp6', localAddress: '2001:db8::10' }, true, ['ipv6']],
    [{ proto: 'udp6', localAddress: '::' }, true, ['ipv4', 'ipv6']],
  ])('reachableFamilies(%j, ipv6=%s)', (over, hostIpv6, expected) => {
    expect(reachableFamilies(sock(over), hostIpv6)).toEqual(expected);
  });

  it.each<[Partial<SocketInfo>, boolean]>([
    [{ proto: 'tcp', state: 'LISTEN' }, true],
    [{ proto: 'tcp6', state: 'ESTABLISHED' }, false],
    [{ proto: 'udp', state: 'UNCONN' }, true],
    [{ proto: 'udp6', state: 'ESTABLISHED' }, false],
    [{ proto: 'udp', state: 'LISTEN' }, false],
  ])('isListening(%j) = %s', (over, expected) => {
    expect(isListening(sock(over))).toBe(expected);
  });

  it('writes IPv6 endpoints in brackets', () => {
    expect(endpoint(sock({}))).toBe('0.0.0.0:3306');
    expect(endpoint(sock({ proto: 'tcp6', localAddress: '::' }))).toBe('[::]:3306');
  });
});

describe('findExposures', () => {
  it('reports a public listener when no firewall is configured', () => {
    const found = findExposures({ sockets: [sock({})] }, firewall([]), MYSQL);
    expect(found).toEqual([
      {
        transport: 'tcp',
        port: 3306,
        sockets: [sock({})],
        families: ['ipv4'],
        pid: 701,
        process: 'mariadbd',
      },
    ]);
  });

  it('stays silent when the firewall state is not fully known', () => {
    expect(findExposures({ sockets: [sock({})] }, firewall([], { stateKnown: false }), MYSQL)).toEqual([]);
  });

  it('a dropping input policy without an accept for the port filters it', () => {
    expect(
      findExposures({ sockets: [sock({})] }, firewall([ruleset({ openPorts: [open('tcp', 22)] })]), MYSQL),
    ).toEqual([]);
  });

  it('an accept for the port (single, or inside a range) keeps it exposed', () => {
    expect(
      findExposures({ sockets: [sock({})] }, firewall([ruleset({ openPorts: [open('tcp', 3306)] })]), MYSQL),
    ).toHaveLength(1);
    expect(
      findExposures(
        { sockets: [sock({})] },
        firewall([ruleset({ openPorts: [open('tcp', 1000, 'both', 9999)] })]),
        MYSQL,
      ),
    ).toHaveLength(1);
    // a udp accept does not open the tcp port
    expect(
      findExposures({ sockets: [sock({})] }, firewall([ruleset({ openPorts: [open('udp', 3306)] })]), MYSQL),
    ).toEqual([]);
  });

  it('an inactive or accepting ruleset filters nothing', () => {
    expect(
      findExposures({ sockets: [sock({})] }, firewall([ruleset({ active: false })]), MYSQL),
    ).toHaveLength(1);
    expect(
      findExposures({ sockets: [sock({})] }, firewall([ruleset({ inputPolicy: 'accept' })]), MYSQL),
    ).toHaveLength(1);
  });

  it('a dual-stack [::] listener stays exposed over the family the firewall leaves open', () => {
    const s = sock({ proto: 'tcp6', localAddress: '::' });
    const v4Only = firewall([ruleset({ family: 'ipv4' })]);
    expect(findExposures({ sockets: [s] }, v4Only, MYSQL)[0]?.families).toEqual(['ipv6']);
    expect(findExposures({ sockets: [s] }, { ...v4Only, ipv6: false }, MYSQL)).toEqual([]);
    const v6Accept = firewall([ruleset({ family: 'both', openPorts: [open('tcp', 3306, 'ipv6')] })]);
    expect(findExposures({ sockets: [s] }, v6Accept, MYSQL)[0]?.families).toEqual(['ipv6']);
  });

  it('matches the engine by port or by process name, never by neither', () => {
    const sockets = [
      sock({ localPort: 3307, inode: 2 }),
      sock({ localPort: 3306, process: 'docker-proxy', pid: 900, inode: 3 }),
      sock({ localPort: 8080, process: 'nginx', pid: 840, inode: 4 }),
    ];
    expect(findExposures({ sockets }, firewall([]), MYSQL).map((e) => [e.port, e.process])).toEqual([
      [3306, 'docker-proxy'],
      [3307, 'mariadbd'],
    ]);
  });

  it('groups the sockets of one port, keeps tcp and udp apart, and ignores loopback and connections', () => {
    const sockets = [
      sock({ localPort: 11211, process: 'memcached', pid: 1400, inode: 1 }),
      sock({
        proto: 'tcp6',
        localAddress: '::',
        localPort: 11211,
        process: 'memcached',
        pid: 1400,
        inode: 2,
      }),
      sock({ proto: 'udp', localPort: 11211, state: 'UNCONN', process: 'memcached', pid: 1400, inode: 3 }),
      sock({ proto: 'udp', localAddress: '127.0.0.1', localPort: 11211, state: 'UNCONN', inode: 4 }),
      sock({
        proto: 'udp',
        localPort: 11211,
        state: 'ESTABLISHED',
        remoteAddress: '10.0.0.30',
        remotePort: 4000,
        inode: 5,
      }),
    ];
    const found = findExposures({ sockets }, firewall([]), MEMCACHED);
    expect(found.map((e) => [e.transport, e.port, e.sockets.map((s) => s.inode), e.families])).toEqual([
      ['tcp', 11211, [1, 2], ['ipv4', 'ipv6']],
      ['udp', 11211, [3], ['ipv4']],
    ]);
  });
});

describe('exposureHits', () => {
  it('names the process when known and points at every socket', () => {
    const sockets = [sock({}), sock({ proto: 'tcp6', localAddress: '::', inode: 2 })];
    expect(exposureHits({ sockets: { sockets }, firewall: firewall([]) }, MYSQL)).toEqual([
      {
        messageId: 'exposed',
        data: {
          port: 3306,
          transport: 'tcp',
          endpoints: '0.0.0.0:3306, [::]:3306',
          families: 'IPv4 + IPv6',
          pid: 701,
          process: 'mariadbd',
        },
        where: [
          { socket: 'tcp 0.0.0.0:3306', pid: 701 },
          { socket: 'tcp6 [::]:3306', pid: 701 },
        ],
      },
    ]);
  });

  it('says so when the owner is unknown', () => {
    const hits = exposureHits(
      { sockets: { sockets: [sock({ pid: null, process: null })] }, firewall: firewall([]) },
      MYSQL,
    );
    expect(hits).toEqual([
      {
        messageId: 'exposedUnknownProcess',
        data: { port: 3306, transport: 'tcp', endpoints: '0.0.0.0:3306', families: 'IPv4' },
        where: [{ socket: 'tcp 0.0.0.0:3306' }],
      },
    ]);
  });
});
