import { describe, expect, it } from 'vitest';
import {
  firewalldRuleset,
  isSafeName,
  parseServicePorts,
  parseZone,
  readXmlTags,
  targetPolicy,
} from './parse-firewalld.ts';

const PUBLIC = `<?xml version="1.0" encoding="utf-8"?>
<!-- a comment with <service name="telnet"/> inside -->
<zone target="DROP">
  <short>Public</short>
  <description>For use in public areas.</description>
  <service name="ssh"/>
  <service name="dhcpv6-client"></service>
  <port port="8080" protocol="tcp"/>
  <port protocol="udp" port="60000-61000"/>
  <interface name="eth0"/>
  <rule family="ipv4">
    <source address="10.0.0.0/8"/>
    <service name="mysql"/>
    <accept/>
  </rule>
  <rule family="ipv6">
    <port port="443" protocol="tcp"/>
    <accept/>
  </rule>
  <rule>
    <port port="23" protocol="tcp"/>
    <drop/>
  </rule>
</zone>
`;

describe('readXmlTags', () => {
  it('reads tags and attributes with lines, skipping comments and declarations', () => {
    const tags = readXmlTags(PUBLIC).filter((t) => !t.closing);
    expect(tags[0]).toEqual({
      name: 'zone',
      attrs: { target: 'DROP' },
      closing: false,
      selfClosing: false,
      line: 3,
    });
    expect(tags.find((t) => t.name === 'service')).toMatchObject({ attrs: { name: 'ssh' }, line: 6 });
    expect(tags.some((t) => t.attrs.name === 'telnet')).toBe(false);
    expect(readXmlTags('<a b="&lt;x&gt;"/>')[0]?.attrs).toEqual({ b: '<x>' });
  });

  it('survives broken XML', () => {
    expect(readXmlTags('<zone target="DROP"<service name=ssh/><port port="1" protocol="tcp"/>')).toHaveLength(
      1,
    );
    expect(readXmlTags('<!-- unterminated <service name="x"/>')).toEqual([]);
  });
});

describe('parseZone', () => {
  it('reads target, services, ports, interfaces and unrestricted accepting rich rules', () => {
    const zone = parseZone(PUBLIC, '/etc/firewalld/zones/public.xml');
    expect(zone.target).toBe('DROP');
    expect(zone.where).toEqual({ path: '/etc/firewalld/zones/public.xml', line: 3 });
    expect(zone.services.map((s) => s.name)).toEqual(['ssh', 'dhcpv6-client']);
    expect(
      zone.ports.map((p) => [p.proto, p.range.from, p.range.to, p.family ?? 'both', p.where.line]),
    ).toEqual([
      ['tcp', 8080, 8080, 'both', 8],
      ['udp', 60000, 61000, 'both', 9],
      ['tcp', 443, 443, 'ipv6', 17],
    ]);
    expect(zone.interfaces).toEqual(['eth0']);
  });

  it('defaults the target', () => {
    expect(parseZone('<zone><service name="ssh"/></zone>', '/x.xml').target).toBe('default');
  });
});

describe('targets and names', () => {
  it.each([
    ['default', 'drop'],
    ['DROP', 'drop'],
    ['%%REJECT%%', 'drop'],
    ['REJECT', 'drop'],
    ['ACCEPT', 'accept'],
  ])('%s → %s', (target, policy) => expect(targetPolicy(target)).toBe(policy));

  it('refuses names that could leave the directory', () => {
    expect(isSafeName('ssh')).toBe(true);
    expect(isSafeName('../../etc/shadow')).toBe(false);
    expect(isSafeName('')).toBe(false);
  });
});

describe('firewalldRuleset', () => {
  it('the default zone gives the policy; services map to ports; bound zones add theirs', () => {
    const zone = parseZone(PUBLIC, '/etc/firewalld/zones/public.xml');
    const internal = parseZone(
      '<zone><interface name="eth1"/><service name="postgresql"/></zone>',
      '/etc/firewalld/zones/internal.xml',
    );
    const trusted = parseZone(
      '<zone target="ACCEPT"><interface name="docker0"/></zone>',
      '/etc/firewalld/zones/trusted.xml',
    );
    const r = firewalldRuleset({
      where: { path: '/etc/firewalld/firewalld.conf', line: 6 },
      activation: 'enabled',
      defaultZoneName: 'public',
      defaultZone: zone,
      boundZones: [
        { name: 'internal', zone: internal },
        { name: 'trusted', zone: trusted },
      ],
      services: new Map([
        ['ssh', parseServicePorts('<service><port protocol="tcp" port="22"/></service>')],
        ['postgresql', parseServicePorts('<service><port protocol="tcp" port="5432"/></service>')],
        ['dhcpv6-client', parseServicePorts('<service><port protocol="udp" port="546"/></service>')],
      ]),
    });
    expect(r.inputPolicy).toBe('drop');
    expect(r.family).toBe('both');
    expect(
      r.openPorts.map(
        (p) =>
          `${p.proto}/${p.port}${p.portEnd ? `-${p.portEnd}` : ''}${p.family === 'both' ? '' : `@${p.family}`}${p.iface ? `%${p.iface}` : ''}`,
      ),
    ).toEqual(['tcp/22', 'tcp/443@ipv6', 'tcp/5432%eth1', 'tcp/8080', 'udp/546', 'udp/60000-61000']);
  });
});
