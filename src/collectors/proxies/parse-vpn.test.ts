import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOpenvpn, parseWireguard } from './parse-vpn.ts';

describe('parseWireguard', () => {
  const P = '/etc/wireguard/wg0.conf';
  it('a ListenPort makes a server; peers are counted', () => {
    const r = parseWireguard(
      '[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820\nPrivateKey = x=\n\n[Peer]\nPublicKey = a=\nAllowedIPs = 10.8.0.2/32\n[Peer]\nPublicKey = b=\nAllowedIPs = 10.8.0.3/32\n',
      P,
    );
    expect(r.config).toMatchObject({ role: 'server', peers: 2 });
    expect(r.config?.listeners).toEqual([
      {
        address: null,
        port: 51820,
        transport: 'udp',
        protocol: 'wireguard',
        mode: 'vpn',
        access: 'credentials',
        accessWhere: { path: P, line: 1 },
        where: { path: P, line: 3 },
      },
    ]);
  });

  it('without a ListenPort it is a client of its peer endpoint', () => {
    const r = parseWireguard(
      '[Interface]\nPrivateKey = x=\n[Peer]\nPublicKey = a=\nEndpoint = vpn.example.net:51820\n',
      P,
    );
    expect(r.config).toMatchObject({
      role: 'client',
      peers: 1,
      listeners: [],
      upstream: { host: 'vpn.example.net', port: 51820 },
    });
  });

  it('a file with neither section is not WireGuard', () => {
    expect(parseWireguard('hello', P).config).toBeUndefined();
  });
});

describe('parseOpenvpn', () => {
  const P = '/etc/openvpn/server/server.conf';
  it('reads a server with its defaults and overrides', () => {
    const r = parseOpenvpn(
      '# server\nport 443\nproto tcp-server\ndev tun\nserver 10.8.0.0 255.255.255.0\n<ca>\nport 1\n</ca>\n',
      P,
    );
    expect(r.config?.role).toBe('server');
    expect(r.config?.listeners).toMatchObject([
      {
        address: null,
        port: 443,
        transport: 'tcp',
        protocol: 'openvpn',
        where: { line: 2 },
        accessWhere: { line: 5 },
      },
    ]);
    const d = parseOpenvpn('mode server\ntls-server\nlocal 203.0.113.4\n', P);
    expect(d.config?.listeners).toMatchObject([{ address: '203.0.113.4', port: 1194, transport: 'udp' }]);
  });

  it('reads a client and its remote', () => {
    const r = parseOpenvpn('client\nremote vpn.example.net 1194 udp\n', '/etc/openvpn/client.conf');
    expect(r.config).toMatchObject({
      role: 'client',
      listeners: [],
      upstream: { host: 'vpn.example.net', port: 1194 },
    });
  });

  it('ignores a file that is neither', () => {
    expect(parseOpenvpn('verb 3\n', P).config).toBeUndefined();
  });

  it('never throws', () => {
    const token = fc.constantFrom(
      'server 10.8.0.0 255.255.255.0',
      'client',
      'port 1',
      'proto tcp',
      '<ca>',
      '</ca>',
      '[Interface]',
      '[Peer]',
      'ListenPort = 1',
      'Endpoint = x:1',
      '\n',
      ' ',
      '#',
      ';',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }).map((t) => t.join('')),
        (text) => {
          parseOpenvpn(text, P);
          parseWireguard(text, P);
        },
      ),
    );
  });
});
