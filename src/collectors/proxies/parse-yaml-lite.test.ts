import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { member, toPlain } from './parse-jsonc.ts';
import { parseYamlLite, splitMappingEntry, stripYamlComment } from './parse-yaml-lite.ts';

describe('parseYamlLite', () => {
  it('reads a Hysteria 2 server config', () => {
    const text = [
      '# hysteria2',
      'listen: :443 # all addresses',
      'tls:',
      '  cert: /etc/hysteria/cert.pem',
      '  key: "/etc/hysteria/key.pem"',
      'auth:',
      '  type: password',
      "  password: 'p#ss'",
      'masquerade:',
      '  type: proxy',
      '  proxy:',
      '    url: https://news.example.com/',
    ].join('\n');
    const v = parseYamlLite(text);
    expect(toPlain(v)).toEqual({
      listen: ':443',
      tls: { cert: '/etc/hysteria/cert.pem', key: '/etc/hysteria/key.pem' },
      auth: { type: 'password', password: 'p#ss' },
      masquerade: { type: 'proxy', proxy: { url: 'https://news.example.com/' } },
    });
    expect(member(v, 'auth')?.line).toBe(6);
    expect(member(member(v, 'auth')?.value, 'type')?.line).toBe(7);
  });

  it('reads sequences of mappings (gost v3, frp)', () => {
    const text = [
      'services:',
      '- name: service-0',
      '  addr: ":8080"',
      '  handler:',
      '    type: http',
      '    auth:',
      '      username: u',
      '      password: p',
      '  listener:',
      '    type: tcp',
      '- name: service-1',
      '  addr: 127.0.0.1:1080',
      '  handler: {type: socks5}',
      'ports: [80, 443]',
      'list:',
      '  - a',
      '  - - nested',
      '  -',
      '    k: v',
    ].join('\n');
    expect(toPlain(parseYamlLite(text))).toEqual({
      services: [
        {
          name: 'service-0',
          addr: ':8080',
          handler: { type: 'http', auth: { username: 'u', password: 'p' } },
          listener: { type: 'tcp' },
        },
        { name: 'service-1', addr: '127.0.0.1:1080', handler: { type: 'socks5' } },
      ],
      ports: [80, 443],
      list: ['a', ['nested'], { k: 'v' }],
    });
  });

  it('types scalars as YAML 1.2 core does', () => {
    expect(
      toPlain(
        parseYamlLite('a: true\nb: ~\nc: 7000\nd: "7000"\ne: 1.5\nf: yes\ng: |\n  line1\n  line2\nh: x'),
      ),
    ).toEqual({
      a: true,
      b: null,
      c: 7000,
      d: '7000',
      e: 1.5,
      f: 'yes',
      g: 'line1\nline2',
      h: 'x',
    });
  });

  it('stops at a second document and ignores the marker of the first', () => {
    expect(toPlain(parseYamlLite('---\na: 1\n---\nb: 2'))).toEqual({ a: 1 });
  });

  it.each([
    ['listen: :443', ['listen', ':443']],
    ['url: https://x:1/y', ['url', 'https://x:1/y']],
    ['"quoted key": v', ['quoted key', 'v']],
    ['https://x', undefined],
    ['- a: b', undefined],
  ])('splitMappingEntry(%j)', (text, expected) => {
    expect(splitMappingEntry(text)).toEqual(expected);
  });

  it('strips comments outside quotes only', () => {
    expect(stripYamlComment('a: "x # y" # z')).toBe('a: "x # y"');
    expect(stripYamlComment('a: b#c')).toBe('a: b#c');
  });

  it('never throws or hangs on arbitrary indentation and tokens', () => {
    const token = fc.constantFrom(
      'a:',
      'b: 1',
      '- ',
      '-',
      '  ',
      '    ',
      '"',
      "'",
      '#',
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
      ':',
      'x',
      '\n',
      '\t',
      '---',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 200 }).map((t) => t.join('')),
        (text) => void parseYamlLite(text),
      ),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseYamlLite(text)));
  });

  it('survives very deep indentation', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(parseYamlLite(text).kind).toBe('object');
  });
});
