import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FirewallRuleset } from './firewall.types.ts';
import { findNftIncludes, nftRulesets, parseNft, tokenizeNft, type NftSource } from './parse-nft.ts';
import { parseServices } from './ports.ts';

const PATH = '/etc/nftables.conf';

function rulesets(text: string, load?: (p: string) => NftSource[]): FirewallRuleset[] {
  return nftRulesets(parseNft({ path: PATH, text }, load), {
    source: 'nftables.conf',
    activation: 'enabled',
  });
}

/** The first input ruleset in short form: policy, rule count, open ports as `proto/port[-end][@family][%iface]`. */
function summary(text: string) {
  const r = rulesets(text)[0];
  if (!r) return undefined;
  return {
    policy: r.inputPolicy,
    rules: r.ruleCount,
    open: r.openPorts.map(
      (p) =>
        `${p.proto}/${p.port}${p.portEnd ? `-${p.portEnd}` : ''}${p.family === 'both' ? '' : `@${p.family}`}${p.iface ? `%${p.iface}` : ''}`,
    ),
  };
}

const input = (body: string, policy = 'drop', family = 'inet') =>
  `table ${family} filter {\n  chain input {\n    type filter hook input priority filter; policy ${policy};\n${body}\n  }\n}\n`;

describe('tokenizeNft', () => {
  it('drops comments and continuations, keeps strings and punctuation with lines', () => {
    const tokens = tokenizeNft(
      '#!/usr/sbin/nft -f\ntcp dport { 22, 80 } \\\n accept # ok\niifname "lo # x" accept',
    );
    expect(tokens.filter((t) => t.t !== 'nl').map((t) => ('v' in t ? t.v : t.t))).toEqual([
      'tcp',
      'dport',
      '{',
      '22',
      ',',
      '80',
      '}',
      'accept',
      'iifname',
      'lo # x',
      'accept',
    ]);
    expect(tokens.find((t) => 'v' in t && t.v === 'iifname')?.line).toBe(4);
  });
});

describe('parseNft → input rulesets', () => {
  it.each([
    [
      'Debian default: input chain without policy or rules',
      input('', 'accept').replace(' policy accept;', ''),
      { policy: 'accept', rules: 0, open: [] },
    ],
    ['drop policy, ssh open', input('tcp dport 22 accept'), { policy: 'drop', rules: 1, open: ['tcp/22'] }],
    [
      'established, loopback and icmp are not open ports',
      input(
        'ct state established,related accept\niif lo accept\niifname "lo" accept\nct state { established, related } accept\nicmp type echo-request accept\nmeta l4proto ipv6-icmp accept',
      ),
      { policy: 'drop', rules: 6, open: [] },
    ],
    [
      'a source restriction is not open to the world',
      input('ip saddr 10.0.0.0/8 tcp dport 3306 accept\nip6 saddr @admins tcp dport 22 accept'),
      { policy: 'drop', rules: 2, open: [] },
    ],
    [
      'a negated source restriction is open',
      input('ip saddr != 10.0.0.0/8 tcp dport 3306 accept'),
      { policy: 'drop', rules: 1, open: ['tcp/3306@ipv4'] },
    ],
    [
      'sets, small ranges listed, large ranges kept as bounds',
      input('tcp dport { 80, 443, 8000-8002 } accept\nudp dport 10000-20000 accept'),
      {
        policy: 'drop',
        rules: 2,
        open: ['tcp/80', 'tcp/443', 'tcp/8000', 'tcp/8001', 'tcp/8002', 'udp/10000-20000'],
      },
    ],
    [
      'th dport opens tcp and udp',
      input('th dport 53 accept'),
      { policy: 'drop', rules: 1, open: ['tcp/53', 'udp/53'] },
    ],
    [
      'a final drop makes an accept policy drop',
      input('tcp dport 22 accept\ncounter drop', 'accept'),
      { policy: 'drop', rules: 2, open: ['tcp/22'] },
    ],
    [
      'a final logged reject counts as drop',
      input(
        'tcp dport 22 accept\nlog prefix "in: " level info counter reject with icmpx type admin-prohibited',
        'accept',
      ),
      { policy: 'drop', rules: 2, open: ['tcp/22'] },
    ],
    [
      'an unconditional accept makes a drop policy accept',
      input('accept\ntcp dport 22 accept'),
      { policy: 'accept', rules: 1, open: [] },
    ],
    [
      'a conditional drop is not the default',
      input('ct state invalid drop\ntcp dport 23 drop', 'accept'),
      { policy: 'accept', rules: 2, open: [] },
    ],
    [
      'a negated port accepts every port',
      input('tcp dport != 22 accept'),
      { policy: 'drop', rules: 1, open: ['tcp/1-65535'] },
    ],
    [
      'a protocol without ports accepts every port',
      input('meta l4proto tcp accept'),
      { policy: 'drop', rules: 1, open: ['tcp/1-65535'] },
    ],
    [
      'an interface accept opens every port on it',
      input('iifname "eth1" accept'),
      { policy: 'drop', rules: 1, open: ['tcp/1-65535%eth1', 'udp/1-65535%eth1'] },
    ],
    [
      'ct state new without ports opens everything',
      input('ct state new accept'),
      { policy: 'drop', rules: 1, open: ['tcp/1-65535', 'udp/1-65535'] },
    ],
    [
      'nfproto narrows the family in an inet table',
      input('meta nfproto ipv4 tcp dport 80 accept\nip6 nexthdr tcp tcp dport 443 accept'),
      { policy: 'drop', rules: 2, open: ['tcp/80@ipv4', 'tcp/443@ipv6'] },
    ],
    [
      'service names',
      input('tcp dport { ssh, https } accept'),
      { policy: 'drop', rules: 1, open: ['tcp/22', 'tcp/443'] },
    ],
    [
      'a verdict map opens its accept keys only',
      input('tcp dport vmap { 22 : accept, 23 : drop, 80 : accept }'),
      { policy: 'drop', rules: 1, open: ['tcp/22', 'tcp/80'] },
    ],
    [
      'ct state verdict map',
      input('ct state vmap { established : accept, related : accept, invalid : drop }'),
      { policy: 'drop', rules: 1, open: [] },
    ],
    [
      'iptables-nft live output',
      input(
        'iifname "lo" counter packets 0 bytes 0 accept\nmeta l4proto tcp tcp dport 22 counter packets 10 bytes 600 accept\nip protocol udp udp dport 123 counter packets 0 bytes 0 accept',
        'drop',
        'ip',
      ),
      { policy: 'drop', rules: 3, open: ['tcp/22@ipv4', 'udp/123@ipv4'] },
    ],
    [
      'a multi-line set',
      input('tcp dport {\n      22,\n      80\n    } accept'),
      { policy: 'drop', rules: 1, open: ['tcp/22', 'tcp/80'] },
    ],
  ])('%s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('follows jumps and gotos into user chains, with the jump rule narrowing them', () => {
    const text = `table inet filter {
  chain web { tcp dport { 80, 443 } accept }
  chain ssh { accept }
  chain tail { reject }
  chain input {
    type filter hook input priority 0; policy accept;
    jump web
    tcp dport 22 jump ssh
    goto tail
    tcp dport 9999 accept
  }
}`;
    expect(summary(text)).toEqual({ policy: 'drop', rules: 6, open: ['tcp/22', 'tcp/80', 'tcp/443'] });
  });

  it('firewalld live ruleset: zone dispatch, final rejects, per-interface copies folded', () => {
    const text = `table inet firewalld {
  chain filter_INPUT {
    type filter hook input priority filter + 10; policy accept;
    ct state { established, related } accept
    ct status dnat accept
    iifname "lo" accept
    ct state invalid drop
    jump filter_INPUT_POLICIES
    reject with icmpx admin-prohibited
  }
  chain filter_INPUT_POLICIES {
    iifname "eth0" jump filter_IN_public
    iifname "eth0" reject with icmpx admin-prohibited
    jump filter_IN_public
    reject with icmpx admin-prohibited
  }
  chain filter_IN_public {
    jump filter_IN_public_allow
    meta l4proto { icmp, ipv6-icmp } accept
  }
  chain filter_IN_public_allow {
    tcp dport 22 accept
    ip6 daddr fe80::/64 udp dport 546 accept
    iifname "eth1" tcp dport 5432 accept
  }
}`;
    expect(summary(text)).toEqual({
      policy: 'drop',
      rules: 14,
      open: ['tcp/22', 'tcp/5432%eth1', 'udp/546@ipv6'],
    });
  });

  it('does not loop on jump cycles', () => {
    const text = `table ip t {
  chain a { jump b }
  chain b { jump a
    tcp dport 1 accept }
  chain input { type filter hook input priority 0; policy drop; jump a }
}`;
    expect(summary(text)).toEqual({ policy: 'drop', rules: 4, open: ['tcp/1@ipv4'] });
  });

  it('expands define variables and named sets', () => {
    const text = `define SSH = 2222
define WEB = { 80, 443 }
define BOTH = { $SSH, 8080 }
table inet filter {
  chain input {
    type filter hook input priority 0; policy drop;
    tcp dport $SSH accept
    tcp dport $WEB accept
    tcp dport $BOTH accept
    udp dport @game accept
  }
  set game {
    type inet_service
    flags interval
    elements = { 27015-27016 }
  }
}`;
    expect(summary(text)?.open).toEqual([
      'tcp/80',
      'tcp/443',
      'tcp/2222',
      'tcp/8080',
      'udp/27015',
      'udp/27016',
    ]);
  });

  it('maps table families and ignores non-input and non-filter chains', () => {
    const text = `table ip a { chain input { type filter hook input priority 0; policy drop; } }
table ip6 b { chain input { type filter hook input priority 0; policy drop; } }
table filter { chain INPUT { type filter hook input priority 0; policy accept; } }
table bridge c { chain input { type filter hook input priority 0; policy drop; } }
table inet d { chain fwd { type filter hook forward priority 0; policy drop; }
  chain nat_in { type nat hook input priority 100; policy accept; } }`;
    expect(rulesets(text).map((r) => [r.name, r.family, r.inputPolicy, r.where.line])).toEqual([
      ['ip a input', 'ipv4', 'drop', 1],
      ['ip6 b input', 'ipv6', 'drop', 2],
      ['ip filter INPUT', 'ipv4', 'accept', 3],
    ]);
  });

  it('merges a table declared twice and reads the flat add/insert forms', () => {
    const text = `add table inet fw
add chain inet fw input { type filter hook input priority 0 ; policy drop ; }
add rule inet fw input tcp dport { 80, 443 } accept
insert rule inet fw input tcp dport 22 accept
table inet fw {
  chain input {
    udp dport 53 accept
  }
}`;
    const r = rulesets(text);
    expect(r).toHaveLength(1);
    expect(r[0]!.inputPolicy).toBe('drop');
    expect(r[0]!.firstRule).toEqual({ path: PATH, line: 4 });
    expect(r[0]!.openPorts.map((p) => `${p.proto}/${p.port}`)).toEqual([
      'tcp/22',
      'tcp/80',
      'tcp/443',
      'udp/53',
    ]);
  });

  it('flush ruleset discards what was declared before it', () => {
    const text = `table inet old { chain input { type filter hook input priority 0; policy drop; } }
flush ruleset
table inet new { chain input { type filter hook input priority 0; policy accept; } }`;
    const parsed = parseNft({ path: PATH, text });
    expect(parsed.flushRuleset).toEqual({ path: PATH, line: 2 });
    expect(
      nftRulesets(parsed, { source: 'nftables.conf', activation: 'enabled' }).map((r) => r.name),
    ).toEqual(['inet new input']);
  });

  it('reads includes through the loader, with file and line of each rule, and skips cycles', () => {
    const files: Record<string, string> = {
      '/etc/nftables.d/ssh.nft':
        'add rule inet filter input tcp dport 22 accept\ninclude "/etc/nftables.conf"\n',
    };
    const text = `table inet filter { chain input { type filter hook input priority 0; policy drop; } }
include "/etc/nftables.d/*.nft"`;
    expect(findNftIncludes(text)).toEqual([{ pattern: '/etc/nftables.d/*.nft', line: 2 }]);
    const load = (pattern: string): NftSource[] =>
      pattern === '/etc/nftables.d/*.nft'
        ? [{ path: '/etc/nftables.d/ssh.nft', text: files['/etc/nftables.d/ssh.nft']! }]
        : pattern === PATH
          ? [{ path: PATH, text }]
          : [];
    const parsed = parseNft({ path: PATH, text }, (p) => load(p));
    expect(parsed.skippedIncludes).toEqual([
      { pattern: PATH, where: { path: '/etc/nftables.d/ssh.nft', line: 2 }, reason: 'cycle' },
    ]);
    const r = nftRulesets(parsed, { source: 'nftables.conf', activation: 'enabled' });
    expect(r[0]!.openPorts).toEqual([
      { proto: 'tcp', port: 22, family: 'both', where: { path: '/etc/nftables.d/ssh.nft', line: 1 } },
    ]);
  });

  it('resolves service names from the host /etc/services', () => {
    const services = parseServices('myapp\t7000/tcp\t\t# custom\nssh 22/tcp\n');
    const r = nftRulesets(
      parseNft({ path: PATH, text: input('tcp dport { myapp, ssh, unknownname } accept') }),
      {
        source: 'nftables.conf',
        activation: 'enabled',
        services,
      },
    );
    // An unknown name cannot be pinned to a port: counted as every port rather than none.
    expect(r[0]!.openPorts.map((p) => `${p.port}-${p.portEnd ?? ''}`)).toEqual(['1-65535']);
    const known = nftRulesets(parseNft({ path: PATH, text: input('tcp dport { myapp, ssh } accept') }), {
      source: 'nftables.conf',
      activation: 'enabled',
      services,
    });
    expect(known[0]!.openPorts.map((p) => p.port)).toEqual([22, 7000]);
  });

  it('stays linear on hostile nesting and define blow-ups', () => {
    const deep = input(
      `tcp dport ${'{ '.repeat(50_000)}22${' }'.repeat(50_000)} accept\ntcp dport 80 accept`,
    );
    expect(summary(deep)?.open).toContain('tcp/80');
    const defines = Array.from({ length: 30 }, (_, k) => `define D${k + 1} = { $D${k}, $D${k} }`).join('\n');
    const blown = `define D0 = 1\n${defines}\n${input('tcp dport $D30 accept')}`;
    // Past the define depth limit the variable stays unresolved: counted as every port, never as none.
    expect(summary(blown)?.open).toEqual(['tcp/1-65535']);
    const nested = `define WEB = { 80, 443 }\n${input('tcp dport { $WEB, 8080 } accept')}`;
    expect(summary(nested)?.open).toEqual(['tcp/80', 'tcp/443', 'tcp/8080']);
  });

  it('never throws and terminates on arbitrary text (fuzz)', () => {
    const words = [
      'table',
      'inet',
      'ip',
      'filter',
      'chain',
      'input',
      'type',
      'hook',
      'policy',
      'drop',
      'accept',
      'reject',
      'priority',
      '0',
      '{',
      '}',
      ';',
      '\n',
      ',',
      ':',
      'tcp',
      'udp',
      'th',
      'dport',
      '22',
      '1-65535',
      '!=',
      'jump',
      'goto',
      'return',
      'include',
      '"x"',
      'define',
      'X',
      '$X',
      '=',
      'vmap',
      '@s',
      'set',
      's',
      'elements',
      '#',
      '\\\n',
      'flush',
      'ruleset',
      'add',
      'insert',
      'rule',
      'saddr',
      'ct',
      'state',
      'established',
      'meta',
      'l4proto',
      'iifname',
      '"lo"',
      'counter',
      'log',
      'prefix',
      'comment',
    ];
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(fc.constantFrom(...words), { maxLength: 300 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseNft({ path: PATH, text: t }, () => [{ path: '/etc/x.nft', text: t }]);
        const r = nftRulesets(parsed, { source: 'nftables.conf', activation: 'enabled' });
        expect(Array.isArray(r)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
