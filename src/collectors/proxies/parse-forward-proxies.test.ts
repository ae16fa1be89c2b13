import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caddySiteAddress,
  parse3proxy,
  parseCaddyfile,
  parseDante,
  parseSquid,
  parseTinyproxy,
  squidAccess,
  squidDirectives,
  squidPort,
} from './parse-forward-proxies.ts';
import type { ParseResult } from './parsed.ts';

function summary(r: ParseResult): string[] {
  return (r.config?.listeners ?? []).map(
    (l) =>
      `${l.address ?? '*'} ${l.port}/${l.transport} ${l.protocol} ${l.mode} ${l.access} @${l.where.line ?? 0} access@${l.accessWhere.line ?? 0}`,
  );
}

const SQ = '/etc/squid/squid.conf';
const squid = (text: string) => parseSquid(squidDirectives(text, SQ), SQ);
const access = (text: string) => squidAccess(squidDirectives(text, SQ), SQ);

describe('Squid', () => {
  const STOCK = [
    'acl localnet src 10.0.0.0/8',
    'acl localnet src 172.16.0.0/12',
    'acl localnet src 192.168.0.0/16',
    'acl SSL_ports port 443',
    'acl Safe_ports port 80 443',
    'acl CONNECT method CONNECT',
    'http_access deny !Safe_ports',
    'http_access deny CONNECT !SSL_ports',
    'http_access allow localhost manager',
    'http_access deny manager',
    'http_access allow localnet',
    'http_access allow localhost',
    'http_access deny all',
    'http_port 3128',
  ].join('\n');

  it('the stock configuration is restricted to local networks', () => {
    const r = squid(STOCK);
    expect(summary(r)).toEqual(['* 3128/tcp http forward restricted @14 access@9']);
    expect(r.config?.listeners[0]?.allowedSources).toEqual([
      '10.0.0.0/8',
      '127.0.0.1/32',
      '172.16.0.0/12',
      '192.168.0.0/16',
      '::1',
    ]);
  });

  it.each([
    ['http_access allow all', 'open', 1],
    ['acl any src 0.0.0.0/0\nhttp_access allow any', 'open', 2],
    ['acl Safe_ports port 80\nhttp_access allow Safe_ports\nhttp_access deny all', 'open', 2],
    ['acl bad dstdomain .x\nhttp_access deny bad', 'open', 2],
    ['', 'restricted', 1],
    ['http_access deny all\nhttp_access allow all', 'restricted', 1],
    [
      'auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwd\nacl users proxy_auth REQUIRED\nhttp_access allow users\nhttp_access deny all',
      'credentials',
      3,
    ],
    [
      'acl localnet src 10.0.0.0/8\nacl users proxy_auth REQUIRED\nhttp_access allow localnet users\nhttp_access allow all',
      'open',
      4,
    ],
    ['acl localnet src 10.0.0.0/8\nhttp_access allow !localnet', 'open', 2],
  ])('%j → %s (line %i)', (text, expected, line) => {
    const d = access(text);
    expect(d.access).toBe(expected);
    expect(d.where.line ?? 1).toBe(line);
  });

  it.each([
    [['3128'], { address: null, port: 3128, mode: 'forward' }],
    [['127.0.0.1:3128'], { address: '127.0.0.1', port: 3128, mode: 'forward' }],
    [['[::1]:3128'], { address: '::1', port: 3128, mode: 'forward' }],
    [['80', 'accel', 'defaultsite=www.example.com'], { address: null, port: 80, mode: 'reverse' }],
    [['3129', 'intercept'], { address: null, port: 3129, mode: 'transparent' }],
    [['99999'], undefined],
  ])('squidPort(%j)', (args, expected) => {
    expect(squidPort(args)).toEqual(expected);
  });

  it('an accelerator (reverse proxy) listener is not a forward proxy', () => {
    expect(summary(squid('http_port 80 accel vhost\nhttp_access allow all'))).toEqual([
      '* 80/tcp http reverse unknown @1 access@2',
    ]);
  });

  it('joins continuation lines and drops comments', () => {
    expect(squidDirectives('# c\nacl a src \\\n 1.2.3.4 # x\n', SQ)).toEqual([
      { name: 'acl', args: ['a', 'src', '1.2.3.4'], where: { path: SQ, line: 2 } },
    ]);
  });
});

describe('3proxy', () => {
  const P = '/etc/3proxy.cfg';
  it('auth none (or no auth line) makes an open proxy', () => {
    expect(summary(parse3proxy('nserver 8.8.8.8\nproxy -p8080\nsocks', P))).toEqual([
      '* 1080/tcp socks forward open @3 access@0',
      '* 8080/tcp http forward open @2 access@0',
    ]);
    expect(summary(parse3proxy('auth none\nproxy -p3128 -i0.0.0.0', P))).toEqual([
      '0.0.0.0 3128/tcp http forward open @2 access@1',
    ]);
  });

  it('auth strong needs credentials; iponly follows the ACL; internal sets the address', () => {
    const text = [
      'users u:CL:p',
      'auth strong',
      'allow u',
      'proxy -p3128',
      'flush',
      'auth iponly',
      'allow * 192.168.1.0/24',
      'internal 127.0.0.1',
      'socks -p1080',
      'flush',
      'allow * *',
      'socks -p1081 -i10.0.0.1',
    ].join('\n');
    expect(summary(parse3proxy(text, P))).toEqual([
      '127.0.0.1 1080/tcp socks forward restricted @9 access@7',
      '10.0.0.1 1081/tcp socks forward open @12 access@11',
      '* 3128/tcp http forward credentials @4 access@2',
    ]);
  });
});

describe('Dante', () => {
  const P = '/etc/danted.conf';
  const OPEN = [
    'logoutput: syslog',
    'internal: eth0 port = 1080',
    'internal: 127.0.0.1 port=1081',
    'external: eth0',
    'socksmethod: none',
    'client pass {',
    '  from: 0.0.0.0/0 to: 0.0.0.0/0',
    '}',
    'socks pass {',
    '  from: 0.0.0.0/0 to: 0.0.0.0/0',
    '}',
  ].join('\n');

  it('socksmethod none from anywhere is an open proxy', () => {
    expect(summary(parseDante(OPEN, P))).toEqual([
      'eth0 1080/tcp socks forward open @2 access@5',
      '127.0.0.1 1081/tcp socks forward open @3 access@5',
    ]);
  });

  it('username authentication needs credentials, also when a rule sets it', () => {
    expect(
      parseDante(OPEN.replace('socksmethod: none', 'socksmethod: username'), P).config?.listeners[0]?.access,
    ).toBe('credentials');
    const ruleLevel = OPEN.replace(
      'socks pass {\n  from: 0.0.0.0/0 to: 0.0.0.0/0',
      'socks pass {\n  from: 0.0.0.0/0 to: 0.0.0.0/0\n  socksmethod: username',
    );
    expect(parseDante(ruleLevel, P).config?.listeners[0]?.access).toBe('credentials');
  });

  it('rules from one network only are restricted; one-line blocks and old method: work', () => {
    const text =
      'internal: 0.0.0.0 port = 1080\nmethod: none\nclient pass { from: 10.0.0.0/8 to: 0.0.0.0/0 }\nsocks pass { from: 10.0.0.0/8 to: 0.0.0.0/0 }\n';
    const r = parseDante(text, P);
    expect(summary(r)).toEqual(['0.0.0.0 1080/tcp socks forward restricted @1 access@3']);
    expect(r.config?.listeners[0]?.allowedSources).toEqual(['10.0.0.0/8']);
  });
});

describe('tinyproxy', () => {
  const P = '/etc/tinyproxy/tinyproxy.conf';
  it.each([
    ['Port 8888\nListen 0.0.0.0', '0.0.0.0 8888/tcp http forward open @1 access@0'],
    ['Port 8888\nAllow 127.0.0.1\nAllow 192.168.0.0/16', '* 8888/tcp http forward restricted @1 access@2'],
    ['Port 8888\nAllow 0.0.0.0/0', '* 8888/tcp http forward open @1 access@2'],
    ['Port 3128\nBasicAuth user pass', '* 3128/tcp http forward credentials @1 access@2'],
    ['Listen 127.0.0.1', '127.0.0.1 8888/tcp http forward open @0 access@0'],
    [
      'Port 80\nReverseOnly Yes\nReversePath "/" "http://127.0.0.1:8080/"',
      '* 80/tcp http reverse unknown @1 access@0',
    ],
  ])('%j', (text, expected) => {
    expect(summary(parseTinyproxy(text, P))).toEqual([expected]);
  });
});

describe('Caddyfile (NaiveProxy)', () => {
  const P = '/etc/caddy/Caddyfile';
  it('finds forward_proxy in a site block, with and without basic_auth', () => {
    const text = [
      '{',
      '  order forward_proxy before file_server',
      '}',
      ':443, naive.example.com {',
      '  tls me@example.com',
      '  route {',
      '    forward_proxy {',
      '      basic_auth user pass',
      '      hide_ip',
      '    }',
      '    file_server { root /var/www/html }',
      '  }',
      '}',
      'http://open.example.com:8080 {',
      '  forward_proxy',
      '}',
    ].join('\n');
    expect(summary(parseCaddyfile(text, P))).toEqual([
      '* 443/tcp naive forward credentials @4 access@7',
      '* 8080/tcp naive forward open @14 access@15',
    ]);
  });

  it('reads a single-site Caddyfile without braces', () => {
    expect(
      summary(
        parseCaddyfile('naive.example.com\nroute {\n  forward_proxy {\n    probe_resistance\n  }\n}\n', P),
      ),
    ).toEqual(['* 443/tcp naive forward open @1 access@3']);
  });

  it('a web server or reverse proxy is not a forward proxy', () => {
    expect(parseCaddyfile('example.com {\n  reverse_proxy 127.0.0.1:8080\n}\n', P).config).toBeUndefined();
  });

  it.each([
    ['example.com', 443],
    ['http://example.com', 80],
    [':8443', 8443],
    ['1.2.3.4:9443', 9443],
  ])('caddySiteAddress(%j) → port %i', (a, port) => {
    expect(caddySiteAddress(a)?.port).toBe(port);
  });
});

describe('every forward-proxy parser', () => {
  it('never throws on arbitrary text', () => {
    const token = fc.constantFrom(
      '{',
      '}',
      ' ',
      '\n',
      '#',
      'http_access allow all',
      'acl a src 1.2.3.4',
      'http_port 3128',
      'include x',
      'auth none',
      'proxy -p1',
      'allow * *',
      'internal: eth0 port = 1',
      'client pass',
      'socks pass',
      'from: 0.0.0.0/0',
      'socksmethod: none',
      'Port 8888',
      'Allow 0.0.0.0/0',
      'forward_proxy',
      'basic_auth a b',
      ':443',
      '\\',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 80 }).map((t) => t.join('')),
        (text) => {
          squid(text);
          parse3proxy(text, '/x');
          parseDante(text, '/x');
          parseTinyproxy(text, '/x');
          parseCaddyfile(text, '/x');
        },
      ),
    );
  });
});
