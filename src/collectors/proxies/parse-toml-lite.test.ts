import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { member, toPlain } from './parse-jsonc.ts';
import { iniGet, parseIni, parseTomlLite, splitKey } from './parse-toml-lite.ts';

describe('parseTomlLite', () => {
  it('reads an frpc.toml', () => {
    const text = [
      '# frpc',
      'serverAddr = "203.0.113.9"',
      'serverPort = 7_000',
      'auth.method = "token"',
      "auth.token = 'abc'",
      '',
      '[[proxies]]',
      'name = "ssh"',
      'type = "tcp"',
      'localIP = "127.0.0.1"',
      'localPort = 22',
      'remotePort = 6000 # on the server',
      '',
      '[[proxies]]',
      'name = "web"',
      'type = "http"',
      'localPort = 80',
      'customDomains = [',
      '  "a.example.com", # one',
      '  "b.example.com",',
      ']',
      '[webServer]',
      'port = 7400',
      'tls = { enable = true, certFile = "c" }',
    ].join('\n');
    const v = parseTomlLite(text);
    expect(toPlain(v)).toEqual({
      serverAddr: '203.0.113.9',
      serverPort: 7000,
      auth: { method: 'token', token: 'abc' },
      proxies: [
        { name: 'ssh', type: 'tcp', localIP: '127.0.0.1', localPort: 22, remotePort: 6000 },
        { name: 'web', type: 'http', localPort: 80, customDomains: ['a.example.com', 'b.example.com'] },
      ],
      webServer: { port: 7400, tls: { enable: true, certFile: 'c' } },
    });
    expect(member(v, 'serverPort')?.line).toBe(3);
  });

  it('reads strings with escapes and multi-line strings', () => {
    expect(toPlain(parseTomlLite('a = "x\\ty\\u4e2d"\nb = """\nline1\nline2"""\nc = true'))).toEqual({
      a: 'x\ty中',
      b: 'line1\nline2',
      c: true,
    });
  });

  it.each([
    ['a.b."c.d"', ['a', 'b', 'c.d']],
    ["'x y'.z", ['x y', 'z']],
    ['plain', ['plain']],
  ])('splitKey(%j)', (raw, expected) => {
    expect(splitKey(raw)).toEqual(expected);
  });

  it('stays linear on unclosed brackets', () => {
    const text = 'a = [\n' + '[\n'.repeat(20000);
    const t0 = Date.now();
    parseTomlLite(text);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('never throws on arbitrary text', () => {
    const token = fc.constantFrom(
      'a',
      '=',
      ' ',
      '"',
      "'",
      '"""',
      '[',
      ']',
      '[[',
      ']]',
      '{',
      '}',
      ',',
      '.',
      '#',
      '\n',
      '1',
      '_',
      'true',
      '\\',
      '\\u',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 200 }).map((t) => t.join('')),
        (text) => void parseTomlLite(text),
      ),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseTomlLite(text)));
  });
});

describe('parseIni', () => {
  it('keeps repeated sections in order with lines', () => {
    const s = parseIni(
      '[Interface]\nListenPort = 51820 # port\n; c\n[Peer]\nPublicKey = a=\n[Peer]\nPublicKey = b=\n',
    );
    expect(s.map((x) => [x.name, x.line])).toEqual([
      ['Interface', 1],
      ['Peer', 4],
      ['Peer', 6],
    ]);
    expect(iniGet(s[0], 'listenport')).toEqual({ key: 'ListenPort', value: '51820', line: 2 });
    expect(iniGet(s[1], 'PublicKey')?.value).toBe('a=');
  });

  it('puts entries before any header in section ""', () => {
    expect(parseIni('appname = nps\nbridge_port=8024')[0]).toMatchObject({
      name: '',
      entries: [{ key: 'appname' }, { key: 'bridge_port', value: '8024' }],
    });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseIni(text)));
  });
});
