import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';
import { parseNetDev } from './proxies.collector.ts';

const host = path.join(import.meta.dirname, 'fixtures/host/root');

async function proxies(root: string) {
  const bundle = await collect({ root, sections: ['proxies'] });
  return { section: bundle.sections.proxies!, gaps: bundle.gaps };
}

describe('proxies collector', () => {
  it('finds configurations at standard paths and on command lines, sorted, in host paths', async () => {
    const { section } = await proxies(host);
    expect(section.configs.map((c) => [c.path, c.kind, c.role, c.foundBy])).toEqual([
      ['/etc/frp/frpc.toml', 'frp', 'client', 'standard-path'],
      ['/etc/openvpn/office.conf', 'openvpn', 'client', 'standard-path'],
      ['/etc/openvpn/server/server.conf', 'openvpn', 'server', 'standard-path'],
      ['/etc/shadowsocks-libev/config.json', 'shadowsocks-libev', 'server', 'standard-path'],
      ['/etc/squid/squid.conf', 'squid', 'server', 'standard-path'],
      ['/etc/wireguard/wg0.conf', 'wireguard', 'server', 'standard-path'],
      ['/etc/xray/config.json', 'xray', 'server', 'standard-path'],
      ['/opt/hy/config.yaml', 'hysteria', 'server', 'command-line'],
      // ss-local names a relative file: resolved against the process's cwd, and the program makes it a client.
      ['/root/ss/local.json', 'shadowsocks-libev', 'client', 'command-line'],
    ]);
    expect(JSON.stringify(section)).not.toContain('fixtures');
  });

  it('follows squid includes, so a drop-in "allow all" makes the proxy open', async () => {
    const squid = (await proxies(host)).section.configs.find((c) => c.kind === 'squid')!;
    expect(squid.files).toEqual(['/etc/squid/conf.d/open.conf', '/etc/squid/squid.conf']);
    expect(squid.listeners).toMatchObject([
      {
        port: 3128,
        access: 'open',
        accessWhere: { path: '/etc/squid/conf.d/open.conf', line: 2 },
        where: { path: '/etc/squid/squid.conf', line: 3 },
      },
    ]);
  });

  it('records an unparseable configuration as a gap, and a Caddyfile without forward_proxy as nothing', async () => {
    const { section, gaps } = await proxies(host);
    expect(gaps).toEqual([
      {
        section: 'proxies',
        path: '/etc/trojan/config.json',
        reason: 'read-error',
        detail: expect.stringContaining('cannot parse as trojan: line 4') as string,
      },
    ]);
    expect(section.configs.some((c) => c.path === '/etc/caddy/Caddyfile')).toBe(false);
  });

  it('lists interfaces from /proc/net/dev, and null when there is no /proc', async () => {
    expect((await proxies(host)).section.interfaces).toEqual(['eth0', 'lo', 'wg0']);
    const empty = await proxies(path.join(import.meta.dirname, 'fixtures/host/root/etc/caddy'));
    expect(empty.section).toEqual({ configs: [], interfaces: null });
    expect(parseNetDev('h1\nh2\n  eth0: 1 2\nbad line\n')).toEqual(['eth0']);
  });
});
