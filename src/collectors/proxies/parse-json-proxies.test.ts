import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseCaddyJson,
  parseGost,
  parseHysteria,
  parseNaiveClient,
  parseShadowsocks,
  parseTrojan,
  parseV2ray,
  v2rayPorts,
} from './parse-json-proxies.ts';
import type { ParseResult } from './parsed.ts';

/** The listeners of a result as compact tuples: address port/transport protocol mode access @line. */
function summary(r: ParseResult): string[] {
  return (r.config?.listeners ?? []).map(
    (l) =>
      `${l.address ?? '*'} ${l.port}${l.portEnd ? `-${l.portEnd}` : ''}/${l.transport} ${l.protocol} ${l.mode} ${l.access} @${l.where.line ?? 0}`,
  );
}

describe('parseShadowsocks', () => {
  const P = '/etc/shadowsocks-libev/config.json';
  it('reads a libev server', () => {
    const r = parseShadowsocks(
      '{\n  "server": ["::0", "0.0.0.0"],\n  "server_port": 8388,\n  "password": "x",\n  "method": "chacha20-ietf-poly1305",\n  "mode": "tcp_and_udp"\n}',
      P,
      'shadowsocks-libev',
    );
    expect(r.config?.role).toBe('server');
    expect(summary(r)).toEqual([
      '0.0.0.0 8388/tcp+udp shadowsocks forward credentials @3',
      '::0 8388/tcp+udp shadowsocks forward credentials @3',
    ]);
  });

  it('reads a client and its open local SOCKS port', () => {
    const r = parseShadowsocks(
      '{"server":"198.51.100.7","server_port":8388,"local_address":"0.0.0.0","local_port":1080,"password":"x","method":"aes-256-gcm"}',
      P,
      'shadowsocks-libev',
    );
    expect(r.config?.role).toBe('client');
    expect(r.config?.upstream).toMatchObject({ host: '198.51.100.7', port: 8388 });
    expect(summary(r)).toEqual(['0.0.0.0 1080/tcp socks forward open @1']);
  });

  it('lets the process decide the role', () => {
    const text = '{"server":"0.0.0.0","server_port":8388,"local_port":1080,"password":"x"}';
    expect(parseShadowsocks(text, P, 'shadowsocks-libev').config?.role).toBe('server');
    expect(parseShadowsocks(text, P, 'shadowsocks-libev', 'client').config?.role).toBe('client');
  });

  it('reads port_password and rust servers[] with method none as open', () => {
    const multi = parseShadowsocks(
      '{"server":"0.0.0.0","port_password":{"8381":"a","8382":"b"},"method":"aes-128-gcm"}',
      P,
      'shadowsocks-libev',
    );
    expect(summary(multi).map((s) => s.split(' ')[1])).toEqual(['8381/tcp', '8382/tcp']);
    const rust = parseShadowsocks(
      '{"servers":[{"server":"::","server_port":8389,"method":"none"},{"address":"127.0.0.1","port":8390,"password":"p","method":"aes-256-gcm"}]}',
      '/etc/shadowsocks-rust/config.json',
      'shadowsocks-rust',
    );
    expect(summary(rust)).toEqual([
      '::: 8389/tcp shadowsocks forward open @1'.replace('::: ', ':: '),
      '127.0.0.1 8390/tcp shadowsocks forward credentials @1',
    ]);
  });

  it('reads rust locals[] as client listeners', () => {
    const r = parseShadowsocks(
      '{"servers":[{"server":"203.0.113.1","server_port":8388,"password":"p","method":"aes-256-gcm"}],"locals":[{"local_address":"127.0.0.1","local_port":1080},{"local_port":8080,"protocol":"http"},{"local_port":5353,"protocol":"tunnel"}]}',
      '/etc/shadowsocks-rust/c.json',
      'shadowsocks-rust',
    );
    expect(r.config?.role).toBe('client');
    expect(r.config?.upstream?.host).toBe('203.0.113.1');
    expect(summary(r)).toEqual([
      '127.0.0.1 1080/tcp socks forward open @1',
      '127.0.0.1 5353/tcp tunnel tunnel unknown @1',
      '127.0.0.1 8080/tcp http forward open @1',
    ]);
  });

  it('reports invalid JSON with its line', () => {
    expect(parseShadowsocks('{\n"server": \n}', P, 'shadowsocks-libev').error?.line).toBe(3);
  });
});

describe('parseV2ray', () => {
  const P = '/usr/local/etc/xray/config.json';
  const config = `{
  // comments are allowed
  "inbounds": [
    { "port": 443, "protocol": "vless", "settings": { "clients": [{ "id": "uuid" }], "decryption": "none" } },
    { "listen": "127.0.0.1", "port": 10808, "protocol": "socks", "settings": { "auth": "noauth", "udp": true } },
    { "listen": "0.0.0.0", "port": "10809", "protocol": "http", "settings": {} },
    { "port": 1080, "protocol": "socks", "settings": { "auth": "password", "accounts": [{ "user": "u", "pass": "p" }] } },
    { "port": "20000-20010", "protocol": "vmess", "streamSettings": { "network": "kcp" } },
    { "listen": "/dev/shm/xray.sock", "protocol": "vless" },
    { "port": 12345, "protocol": "dokodemo-door", "settings": { "network": "tcp,udp", "followRedirect": true } },
    { "port": "env:PORT", "protocol": "trojan" },
  ],
  "outbounds": [{ "protocol": "freedom" }]
}`;
  it('reads every network inbound with its access', () => {
    const r = parseV2ray(config, P, 'xray');
    expect(r.config?.role).toBe('server');
    expect(summary(r)).toEqual([
      '0.0.0.0 443/tcp vless forward credentials @4',
      '0.0.0.0 1080/tcp socks forward credentials @7',
      '127.0.0.1 10808/tcp+udp socks forward open @5',
      '0.0.0.0 10809/tcp http forward open @6',
      '0.0.0.0 12345/tcp+udp dokodemo-door transparent unknown @10',
      '0.0.0.0 20000-20010/udp vmess forward credentials @8',
    ]);
    expect(r.config?.listeners.find((l) => l.port === 10808)?.accessWhere.line).toBe(5);
  });

  it('treats a config with loopback SOCKS/HTTP inbounds only as a client and finds its server', () => {
    const r = parseV2ray(
      '{"inbounds":[{"listen":"127.0.0.1","port":1080,"protocol":"socks"}],"outbounds":[{"protocol":"vmess","settings":{"vnext":[{"address":"203.0.113.5","port":443}]}}]}',
      '/etc/v2ray/config.json',
      'v2ray',
    );
    expect(r.config?.role).toBe('client');
    expect(r.config?.upstream).toMatchObject({ host: '203.0.113.5', port: 443 });
  });

  it('reads the v4 inbound / inboundDetour form', () => {
    const r = parseV2ray(
      '{"inbound":{"port":8443,"protocol":"vmess"},"inboundDetour":[{"port":8444,"protocol":"shadowsocks","settings":{"method":"aes-128-gcm"}}]}',
      P,
      'v2ray',
    );
    expect(summary(r).map((s) => s.split(' ').slice(1, 3).join(' '))).toEqual([
      '8443/tcp vmess',
      '8444/tcp shadowsocks',
    ]);
  });

  it.each([
    ['443', [{ port: 443 }]],
    ['80,443,1000-1002', [{ port: 80 }, { port: 443 }, { port: 1000, portEnd: 1002 }]],
    ['env:PORT', []],
    ['70000', []],
    ['9-3', []],
  ])('v2rayPorts(%j)', (text, expected) => {
    expect(v2rayPorts({ kind: 'string', line: 1, value: text })).toEqual(expected);
  });
});

describe('parseTrojan', () => {
  it('reads a server and a client', () => {
    const server = parseTrojan(
      '{"run_type":"server","local_addr":"0.0.0.0","local_port":443,"remote_addr":"127.0.0.1","remote_port":80,"password":["p"]}',
      '/etc/trojan/config.json',
      'trojan',
    );
    expect(server.config?.role).toBe('server');
    expect(summary(server)).toEqual(['0.0.0.0 443/tcp trojan forward credentials @1']);
    const client = parseTrojan(
      '{"run_type":"client","local_addr":"127.0.0.1","local_port":1080,"remote_addr":"vpn.example.net","remote_port":443}',
      '/etc/trojan/client.json',
      'trojan',
    );
    expect(client.config?.role).toBe('client');
    expect(client.config?.upstream?.host).toBe('vpn.example.net');
    expect(summary(client)).toEqual(['127.0.0.1 1080/tcp socks forward open @1']);
  });

  it('reads trojan-go YAML', () => {
    const r = parseTrojan(
      'run-type: x\nrun_type: server\nlocal_addr: 0.0.0.0\nlocal_port: 8443\npassword:\n  - p\n',
      '/etc/trojan-go/config.yaml',
      'trojan-go',
    );
    expect(summary(r)).toEqual(['0.0.0.0 8443/tcp trojan forward credentials @4']);
  });
});

describe('parseHysteria', () => {
  it('reads a Hysteria 2 YAML server (listen defaults to :443)', () => {
    expect(
      summary(
        parseHysteria('listen: :8443\nauth:\n  type: password\n  password: x\n', '/etc/hysteria/config.yaml'),
      ),
    ).toEqual(['0.0.0.0 8443/udp hysteria forward credentials @1']);
    expect(
      summary(parseHysteria('tls:\n  cert: a\nauth:\n  type: userpass\n', '/etc/hysteria/config.yaml')),
    ).toEqual(['0.0.0.0 443/udp hysteria forward credentials @1']);
  });

  it('reads Hysteria 1 JSON with auth none as open', () => {
    const r = parseHysteria(
      '{"listen": "[::]:36712", "auth": {"mode": "none"}}',
      '/etc/hysteria/config.json',
    );
    expect(summary(r)).toEqual([':: 36712/udp hysteria forward open @1']);
  });

  it('reads a client with its local SOCKS5 port', () => {
    const r = parseHysteria(
      'server: hy.example.net:443\nauth: x\nsocks5:\n  listen: 0.0.0.0:1080\n',
      '/etc/hysteria/client.yaml',
    );
    expect(r.config?.role).toBe('client');
    expect(r.config?.upstream).toMatchObject({ host: 'hy.example.net', port: 443 });
    expect(summary(r)).toEqual(['0.0.0.0 1080/tcp socks forward open @4']);
  });
});

describe('NaiveProxy', () => {
  it('reads the naive client file', () => {
    const r = parseNaiveClient(
      '{"listen": "socks://0.0.0.0:1080", "proxy": "https://user:pass@naive.example.com"}',
      '/etc/naive/config.json',
    );
    expect(r.config?.upstream).toMatchObject({ host: 'naive.example.com', port: 443 });
    expect(summary(r)).toEqual(['0.0.0.0 1080/tcp socks forward open @1']);
    expect(
      parseNaiveClient('{"listen": "socks://127.0.0.1:1080"}', '/etc/naive/x.json').config,
    ).toBeUndefined();
  });

  it('reads Caddy JSON with a forward_proxy handler, and ignores a plain web server', () => {
    const naive = `{"apps":{"http":{"servers":{"srv0":{"listen":[":443"],"routes":[{"handle":[{"handler":"forward_proxy","hide_ip":true,"auth_credentials":["dXNlcjpwYXNz"]}]}]}}}}}`;
    expect(summary(parseCaddyJson(naive, '/etc/caddy/caddy.json'))).toEqual([
      '0.0.0.0 443/tcp naive forward credentials @1',
    ]);
    const open = naive.replace(',"auth_credentials":["dXNlcjpwYXNz"]', '');
    expect(summary(parseCaddyJson(open, '/etc/caddy/caddy.json'))).toEqual([
      '0.0.0.0 443/tcp naive forward open @1',
    ]);
    const web = `{"apps":{"http":{"servers":{"srv0":{"listen":[":443"],"routes":[{"handle":[{"handler":"reverse_proxy","upstreams":[{"dial":"127.0.0.1:8080"}]}]}]}}}}}`;
    expect(parseCaddyJson(web, '/etc/caddy/caddy.json').config).toBeUndefined();
  });
});

describe('parseGost', () => {
  it('reads v2 ServeNodes', () => {
    const r = parseGost(
      '{"ServeNodes": [":8080", "socks5://u:p@:1080", "tcp://:2222/10.0.0.5:22", "rtcp://:2223/127.0.0.1:22"], "ChainNodes": ["relay+tls://203.0.113.8:443"]}',
      '/etc/gost/gost.json',
    );
    expect(r.config?.role).toBe('server');
    expect(summary(r)).toEqual([
      '0.0.0.0 1080/tcp socks5 forward credentials @1',
      '0.0.0.0 2222/tcp tcp tunnel unknown @1',
      '0.0.0.0 8080/tcp auto forward open @1',
    ]);
  });

  it('reads v3 services in YAML', () => {
    const r = parseGost(
      'services:\n- name: s0\n  addr: ":8080"\n  handler:\n    type: http\n  listener:\n    type: tcp\n- name: s1\n  addr: 127.0.0.1:1080\n  handler:\n    type: socks5\n    auth:\n      username: u\n      password: p\n',
      '/etc/gost/gost.yml',
    );
    expect(summary(r)).toEqual([
      '127.0.0.1 1080/tcp socks5 forward credentials @9',
      '0.0.0.0 8080/tcp http forward open @3',
    ]);
  });
});

describe('every JSON parser', () => {
  it('never throws on arbitrary text', () => {
    const parsers = [
      (t: string) => parseShadowsocks(t, '/x.json', 'shadowsocks-libev'),
      (t: string) => parseV2ray(t, '/x.json', 'v2ray'),
      (t: string) => parseTrojan(t, '/x.json', 'trojan'),
      (t: string) => parseHysteria(t, '/x.yaml'),
      (t: string) => parseNaiveClient(t, '/x.json'),
      (t: string) => parseCaddyJson(t, '/x.json'),
      (t: string) => parseGost(t, '/x.yaml'),
    ];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.string(), (value, junk) => {
        for (const p of parsers) {
          p(JSON.stringify(value));
          p(junk);
        }
      }),
    );
  });
});
