import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrp, parseNps } from './parse-tunnels.ts';

describe('parseFrp', () => {
  it('reads frps.ini with and without a token', () => {
    const r = parseFrp(
      '[common]\nbind_port = 7000\nkcp_bind_port = 7000\ntoken = s3cret\n',
      '/etc/frp/frps.ini',
    );
    expect(r.config?.role).toBe('server');
    expect(
      r.config?.listeners.map(
        (l) =>
          `${l.address} ${l.port}/${l.transport} ${l.access} @${l.where.line} access@${l.accessWhere.line}`,
      ),
    ).toEqual(['0.0.0.0 7000/tcp credentials @2 access@4', '0.0.0.0 7000/udp credentials @3 access@4']);
    const open = parseFrp('[common]\nbind_addr = 0.0.0.0\nbind_port = 7100\n', '/etc/frp/frps.ini');
    expect(open.config?.listeners).toMatchObject([
      { port: 7100, protocol: 'frp', mode: 'tunnel', access: 'open' },
    ]);
  });

  it('reads frpc.ini forwards', () => {
    const r = parseFrp(
      '[common]\nserver_addr = 203.0.113.9\nserver_port = 7000\n\n[ssh]\ntype = tcp\nlocal_ip = 127.0.0.1\nlocal_port = 22\nremote_port = 6000\n',
      '/etc/frp/frpc.ini',
    );
    expect(r.config).toMatchObject({
      role: 'client',
      upstream: { host: '203.0.113.9', port: 7000, where: { line: 2 } },
      forwards: [{ name: 'ssh', type: 'tcp', local: '127.0.0.1:22', remotePort: 6000, where: { line: 5 } }],
    });
  });

  it('reads frps.toml and frpc.toml', () => {
    const s = parseFrp('bindPort = 7000\nauth.token = "t"\n', '/etc/frp/frps.toml');
    expect(s.config?.listeners).toMatchObject([
      { port: 7000, access: 'credentials', accessWhere: { line: 2 } },
    ]);
    const noToken = parseFrp('bindAddr = "0.0.0.0"\nbindPort = 7001\n', '/etc/frp/frps.toml');
    expect(noToken.config?.listeners).toMatchObject([{ port: 7001, access: 'open' }]);
    const c = parseFrp(
      'serverAddr = "frp.example.net"\nserverPort = 7000\n[[proxies]]\nname = "rdp"\ntype = "tcp"\nlocalIP = "10.0.0.5"\nlocalPort = 3389\nremotePort = 13389\n',
      '/etc/frp/frpc.toml',
    );
    expect(c.config).toMatchObject({
      role: 'client',
      upstream: { host: 'frp.example.net', port: 7000 },
      forwards: [{ name: 'rdp', local: '10.0.0.5:3389', remotePort: 13389, where: { line: 3 } }],
    });
  });

  it('reads frpc.yaml and reports broken JSON', () => {
    const c = parseFrp(
      'serverAddr: 198.51.100.2\nproxies:\n  - name: web\n    type: http\n    localPort: 80\n',
      '/etc/frp/frpc.yaml',
    );
    expect(c.config?.forwards).toMatchObject([
      { name: 'web', type: 'http', local: '127.0.0.1:80', remotePort: null },
    ]);
    expect(parseFrp('{"bindPort": }', '/etc/frp/frps.json').error?.line).toBe(1);
  });
});

describe('parseNps', () => {
  it('reads nps.conf', () => {
    const r = parseNps(
      'appname = nps\nruntime = dev\nbridge_type=tcp\nbridge_port=8024\nbridge_ip=0.0.0.0\nweb_port = 8080\n',
      '/etc/nps/conf/nps.conf',
    );
    expect(r.config?.listeners).toMatchObject([
      {
        address: '0.0.0.0',
        port: 8024,
        transport: 'tcp',
        protocol: 'nps',
        mode: 'tunnel',
        access: 'credentials',
        where: { line: 4 },
      },
    ]);
  });

  it('reads npc.conf tunnels', () => {
    const r = parseNps(
      '[common]\nserver_addr=203.0.113.10:8024\nconn_type=tcp\nvkey=abc\n[ssh]\nmode=tcp\ntarget_addr=127.0.0.1:22\nserver_port=10022\n',
      '/etc/nps/conf/npc.conf',
    );
    expect(r.config).toMatchObject({
      role: 'client',
      upstream: { host: '203.0.113.10', port: 8024 },
      forwards: [{ name: 'ssh', type: 'tcp', local: '127.0.0.1:22', remotePort: 10022 }],
    });
  });

  it('never throws', () => {
    const token = fc.constantFrom(
      '[common]',
      '[x]',
      'bind_port = 7000',
      'server_addr = a:1',
      'token = t',
      'bindPort = 1',
      '[[proxies]]',
      'name = "a"',
      '\n',
      '=',
      '"',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }).map((t) => t.join('')),
        (text) => {
          for (const p of [
            '/etc/frp/frps.ini',
            '/etc/frp/frpc.toml',
            '/etc/frp/frpc.yaml',
            '/etc/frp/frps.json',
          ])
            parseFrp(text, p);
          parseNps(text, '/etc/nps/conf/nps.conf');
          parseNps(text, '/etc/nps/conf/npc.conf');
        },
      ),
    );
  });
});
