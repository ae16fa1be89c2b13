import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceBundle } from '../../core/evidence.ts';
import { fixtureExec } from '../../core/fixtures.ts';
import { collect } from '../../core/scan.ts';
import { recordedExec, type HostExec } from '../../host/exec.ts';
import type { FirewallSection } from './firewall.types.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');

async function run(
  name: string,
  exec?: HostExec,
): Promise<{ firewall: FirewallSection; gaps: EvidenceBundle['gaps'] }> {
  const dir = path.join(fixtures, name);
  const bundle = await collect({
    root: path.join(dir, 'root'),
    exec: exec ?? (await fixtureExec(dir)),
    sections: ['firewall'],
  });
  return { firewall: bundle.sections.firewall!, gaps: bundle.gaps };
}

const ports = (s: FirewallSection) =>
  s.openPorts.map((p) => `${p.proto}/${p.port}${p.family === 'both' ? '' : `@${p.family}`}`);

describe('firewall collector', () => {
  it('Debian nftables.conf, enabled, with a glob include (dot files skipped)', async () => {
    const { firewall, gaps } = await run('debian-nftables');
    expect(gaps).toEqual([]);
    expect(
      firewall.rulesets.map((r) => [r.source, r.name, r.activation, r.active, r.inputPolicy, r.ruleCount]),
    ).toEqual([['nftables.conf', 'inet filter input', 'enabled', true, 'drop', 4]]);
    expect(firewall.defaultDrop).toEqual({ ipv4: true, ipv6: true });
    expect(ports(firewall)).toEqual(['tcp/22', 'tcp/80', 'tcp/443']);
    expect(firewall.openPorts[1]!.where).toEqual({ path: '/etc/nftables.d/web.nft', line: 2 });
    expect(firewall).toMatchObject({
      liveRead: false,
      stateKnown: true,
      ipv6: null,
      live: { nft: 'not-run' },
    });
  });

  it('an include cycle is a gap, and what was read is still used', async () => {
    const { firewall, gaps } = await run('nft-include-cycle');
    expect(gaps.map((g) => [g.path, g.reason])).toEqual([['/etc/nftables.conf', 'include-cycle']]);
    expect(firewall.stateKnown).toBe(false);
    // No systemd directory in this image: whether nftables.service loads it cannot be told, so it counts.
    expect(firewall.rulesets.map((r) => [r.activation, r.active])).toEqual([['assumed', true]]);
    expect(ports(firewall)).toEqual(['tcp/22']);
  });

  it('RHEL rule files: a final REJECT is a drop default; a service that is not enabled does not count', async () => {
    const { firewall } = await run('rhel-iptables');
    expect(
      firewall.rulesets.map((r) => [r.source, r.where.path, r.family, r.activation, r.active, r.inputPolicy]),
    ).toEqual([
      ['iptables-rules', '/etc/sysconfig/iptables', 'ipv4', 'not-enabled', false, 'drop'],
      ['ip6tables-rules', '/etc/sysconfig/ip6tables', 'ipv6', 'enabled', true, 'drop'],
    ]);
    expect(firewall.defaultDrop).toEqual({ ipv4: false, ipv6: true });
    expect(ports(firewall)).toEqual(['tcp/22@ipv6']);
  });

  it('ufw: ENABLED=yes, drop default, user rules per family', async () => {
    const { firewall } = await run('ufw');
    expect(
      firewall.rulesets.map((r) => [r.name, r.family, r.activation, r.active, r.inputPolicy, r.where.line]),
    ).toEqual([
      ['ufw', 'ipv4', 'enabled', true, 'drop', 5],
      ['ufw (IPv6)', 'ipv6', 'enabled', true, 'drop', 5],
    ]);
    expect(ports(firewall)).toEqual(['tcp/22@ipv4', 'tcp/22@ipv6']);
  });

  it('firewalld: /etc zone overrides /usr/lib, services from files or the built-in table, unsafe names ignored', async () => {
    const { firewall, gaps } = await run('firewalld');
    expect(gaps).toEqual([]);
    expect(firewall.rulesets.map((r) => [r.source, r.name, r.where, r.activation, r.inputPolicy])).toEqual([
      ['firewalld', 'zone public', { path: '/etc/firewalld/firewalld.conf', line: 4 }, 'enabled', 'drop'],
    ]);
    expect(ports(firewall)).toEqual(['tcp/22', 'tcp/80', 'tcp/8443']);
  });

  it('live read showing no rules: the enabled nftables.conf does not protect', async () => {
    const { firewall } = await run('live-empty');
    expect(firewall.live).toEqual({ nft: 'read', iptables: 'not-installed', ip6tables: 'not-installed' });
    expect(firewall.liveRead).toBe(true);
    expect(firewall.rulesets.map((r) => [r.source, r.activation, r.active])).toEqual([
      ['nftables.conf', 'enabled', false],
    ]);
    expect(firewall.defaultDrop).toEqual({ ipv4: false, ipv6: false });
  });

  it('live nft and iptables-save: both parsed with the same parsers, evidence located in the command output', async () => {
    const { firewall } = await run('live-rules');
    expect(firewall.rulesets.map((r) => [r.source, r.name, r.where, r.inputPolicy])).toEqual([
      ['nft-live', 'inet filter input', { path: 'exec:nft list ruleset', line: 2 }, 'drop'],
      ['nft-live', 'ip filter INPUT', { path: 'exec:nft list ruleset', line: 11 }, 'accept'],
      ['iptables-live', 'filter INPUT', { path: 'exec:iptables-save', line: 3 }, 'accept'],
    ]);
    expect(firewall.defaultDrop).toEqual({ ipv4: true, ipv6: true });
    expect(ports(firewall)).toEqual(['tcp/22', 'tcp/80', 'tcp/443']);
    expect(firewall.ipv6).toBe(true);
  });

  it('a live command that fails is a gap and leaves the state unknown; a missing program is not', async () => {
    const exec = recordedExec({
      'nft list ruleset': {
        ok: false,
        notInstalled: false,
        reason: 'command-failed',
        detail: 'Operation not permitted (you must be root)',
      },
      'iptables-save': { ok: false, notInstalled: false, reason: 'timeout', detail: 'killed after 5000 ms' },
    });
    const { firewall, gaps } = await run('debian-nftables', exec);
    expect(gaps.map((g) => [g.path, g.reason])).toEqual([
      ['exec:iptables-save', 'timeout'],
      ['exec:nft list ruleset', 'command-failed'],
    ]);
    expect(firewall.live).toEqual({ nft: 'failed', iptables: 'failed', ip6tables: 'not-installed' });
    expect(firewall).toMatchObject({ liveRead: false, stateKnown: false });
    // The enabled config still counts: it is the best evidence of what is loaded.
    expect(firewall.defaultDrop).toEqual({ ipv4: true, ipv6: true });
  });

  it('iptables-save warning of legacy tables: what was read is kept, the state is partial', async () => {
    const exec = recordedExec({
      'iptables-save':
        '# Warning: iptables-legacy tables present, use iptables-legacy-save to see them\n*filter\n:INPUT DROP [0:0]\nCOMMIT\n',
    });
    const { firewall, gaps } = await run('debian-nftables', exec);
    expect(gaps.map((g) => [g.path, g.reason])).toEqual([['exec:iptables-save', 'truncated']]);
    expect(firewall.live.iptables).toBe('failed');
    expect(
      firewall.rulesets.filter((r) => r.source === 'iptables-live').map((r) => [r.inputPolicy, r.active]),
    ).toEqual([['drop', true]]);
    expect(firewall.stateKnown).toBe(false);
  });

  it('binary garbage in nftables.conf is a gap, never a parse', async () => {
    const { firewall, gaps } = await run('binary-nftables');
    expect(gaps.map((g) => [g.path, g.reason])).toEqual([['/etc/nftables.conf', 'binary']]);
    expect(firewall.rulesets).toEqual([]);
    expect(firewall.stateKnown).toBe(false);
  });

  it('a GBK-encoded rules file is decoded and parsed; no systemd directory means assumed; empty if_inet6 means no IPv6', async () => {
    const { firewall, gaps } = await run('gbk-no-systemd');
    expect(gaps).toEqual([]);
    expect(
      firewall.rulesets.map((r) => [r.source, r.activation, r.active, r.inputPolicy, r.ruleCount]),
    ).toEqual([['iptables-rules', 'assumed', true, 'drop', 3]]);
    expect(ports(firewall)).toEqual(['tcp/22@ipv4', 'tcp/80@ipv4', 'tcp/443@ipv4']);
    expect(firewall.ipv6).toBe(false);
  });
});
