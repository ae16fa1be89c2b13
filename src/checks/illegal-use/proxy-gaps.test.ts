/**
 * A scan without root cannot read /etc/wireguard or /etc/openvpn/server (they hold private keys). That gap
 * keeps the VPN check from passing, but not the proxy checks that never use VPN configurations.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyCheck } from '../../core/check.ts';
import type { Gap } from '../../core/evidence.ts';
import { collect, runCheck } from '../../core/scan.ts';
import { gapField } from '../../collectors/proxies/proxies.collector.ts';
import openProxy from './proxy-open-proxy-exposed/proxy-open-proxy-exposed.check.ts';
import serviceRunning from './proxy-service-running/proxy-service-running.check.ts';
import tunnelClient from './proxy-tunnel-client-running/proxy-tunnel-client-running.check.ts';
import vpnServer from './proxy-vpn-server-running/proxy-vpn-server-running.check.ts';

const root = path.join(import.meta.dirname, 'proxy-service-running/fixtures/pass-localhost-only/root');

describe('gaps in VPN configuration directories', () => {
  it('only WireGuard and OpenVPN reads are field gaps', () => {
    expect(gapField('wireguard')).toBe('wireguard');
    expect(gapField('openvpn')).toBe('openvpn');
    expect(gapField('squid')).toBeUndefined();
    expect(gapField('xray')).toBeUndefined();
  });

  it.each(['wireguard', 'openvpn'])(
    'a %s gap leaves the VPN check not assessed and the others assessed',
    async (field) => {
      const bundle = await collect({
        root,
        sections: ['proxies', 'processes', 'sockets', 'firewall', 'services'],
      });
      const gap: Gap = { section: 'proxies', path: `/etc/${field}`, reason: 'permission-denied', field };
      const gapped = { ...bundle, gaps: [...bundle.gaps, gap] };
      const outcome = (c: unknown) => runCheck(c as AnyCheck, gapped).result.outcome;
      expect(outcome(vpnServer)).toBe('not-assessed');
      expect(outcome(openProxy)).toBe('pass');
      expect(outcome(serviceRunning)).toBe('pass');
      expect(outcome(tunnelClient)).toBe('pass');
    },
  );

  it('any other proxies gap leaves every proxy check not assessed', async () => {
    const bundle = await collect({
      root,
      sections: ['proxies', 'processes', 'sockets', 'firewall', 'services'],
    });
    const gap: Gap = { section: 'proxies', path: '/etc/squid/squid.conf', reason: 'permission-denied' };
    const gapped = { ...bundle, gaps: [...bundle.gaps, gap] };
    for (const c of [vpnServer, openProxy, serviceRunning, tunnelClient])
      expect(runCheck(c as unknown as AnyCheck, gapped).result.outcome).toBe('not-assessed');
  });
});
