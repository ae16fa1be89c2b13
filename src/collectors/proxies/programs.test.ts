import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commandListeners,
  commandUpstream,
  configArgs,
  gostNode,
  programByName,
  roleFromArgs,
  splitHostPort,
} from './programs.ts';

describe('programByName', () => {
  it.each([
    ['/usr/local/bin/xray', 'xray'],
    ['ss-server', 'ss-server'],
    ['/opt/frp/frps_0.58.1', 'frps'],
    ['xray-linux-64', 'xray'],
    ['frpc-v0.52.3', 'frpc'],
    ['/usr/sbin/nginx', undefined],
    ['sshd', undefined],
    ['gost', 'gost'],
  ])('%s → %s', (name, program) => {
    expect(programByName(name)?.program).toBe(program);
  });
});

describe('roleFromArgs', () => {
  it.each([
    ['hysteria', ['server', '-c', '/etc/hysteria/config.yaml'], 'server'],
    ['hysteria', ['client'], 'client'],
    ['brook', ['server', '-l', ':9999', '-p', 'x'], 'server'],
    ['brook', ['client', '-s', '1.2.3.4:9999'], 'client'],
    ['openvpn', ['--mode', 'server'], 'server'],
    ['ss-local', ['-c', 'x'], 'client'],
    ['xray', ['run'], null],
  ])('%s %j → %s', (name, args, role) => {
    expect(roleFromArgs(programByName(name)!, args)).toBe(role);
  });
});

describe('configArgs', () => {
  it.each([
    ['xray', ['run', '-c', '/usr/local/etc/xray/config.json'], ['/usr/local/etc/xray/config.json'], []],
    [
      'v2ray',
      ['run', '-config=/etc/v2ray/a.json,/etc/v2ray/b.json'],
      ['/etc/v2ray/a.json', '/etc/v2ray/b.json'],
      [],
    ],
    ['xray', ['run', '-confdir', '/etc/xray/conf'], [], ['/etc/xray/conf']],
    ['shadowsocks-libev', ['-c', 'config.json', '-u'], ['config.json'], []],
    ['openvpn', ['--status', '/run/x.log', '--config', 'server.conf'], ['server.conf'], []],
    ['naiveproxy', ['/etc/naive/config.json'], [], []],
    ['naiveproxy', ['x', '/etc/naive/config.json'], ['/etc/naive/config.json'], []],
    ['squid', ['-f', '/etc/squid/other.conf', '-N'], ['/etc/squid/other.conf'], []],
    ['frp', ['-d', 'x'], [], []],
    ['gost', ['-C', '/etc/gost/gost.json'], ['/etc/gost/gost.json'], []],
  ] as const)('%s %j', (kind, args, files, dirs) => {
    expect(configArgs(kind, args)).toEqual({ files, dirs });
  });
});

describe('command-line listeners', () => {
  it.each([
    [
      'socks5://user:pass@:1080',
      { address: null, port: 1080, protocol: 'socks5', mode: 'forward', access: 'credentials' },
    ],
    [':8080', { address: null, port: 8080, protocol: 'auto', mode: 'forward', access: 'open' }],
    [
      'http://127.0.0.1:8080',
      { address: '127.0.0.1', port: 8080, protocol: 'http', mode: 'forward', access: 'open' },
    ],
    [
      'relay+tls://[::]:443',
      { address: '::', port: 443, protocol: 'relay', mode: 'forward', access: 'open' },
    ],
    [
      'tcp://:2222/10.0.0.5:22',
      { address: null, port: 2222, protocol: 'tcp', mode: 'tunnel', access: 'unknown' },
    ],
    ['rtcp://:2222/127.0.0.1:22', undefined],
    ['not a url', undefined],
  ])('gostNode(%j)', (url, expected) => {
    expect(gostNode(url)).toEqual(expected);
  });

  it('reads gost, brook and shadowsocks command lines', () => {
    expect(
      commandListeners('gost', 'gost', ['-L', 'socks5://:1080', '-L=http://:8080', '-F', 'relay://x:1']),
    ).toMatchObject([{ port: 1080 }, { port: 8080 }]);
    expect(commandListeners('brook', 'brook', ['server', '-l', ':9999', '-p', 'pw'])).toEqual([
      { address: null, port: 9999, protocol: 'brook', mode: 'forward', access: 'credentials' },
    ]);
    expect(commandListeners('brook', 'brook', ['socks5', '--socks5', '0.0.0.0:1080'])).toEqual([
      { address: '0.0.0.0', port: 1080, protocol: 'socks', mode: 'forward', access: 'open' },
    ]);
    expect(
      commandListeners('shadowsocks-libev', 'ss-server', ['-s', '0.0.0.0', '-p', '8388', '-k', 'x']),
    ).toMatchObject([{ address: '0.0.0.0', port: 8388, access: 'credentials' }]);
    expect(commandListeners('shadowsocks-rust', 'ssserver', ['-s', '[::]:8388', '-k', 'x'])).toMatchObject([
      { address: '::', port: 8388 },
    ]);
    expect(
      commandListeners('shadowsocks-libev', 'ss-local', ['-s', 'x', '-b', '0.0.0.0', '-l', '1080']),
    ).toMatchObject([{ address: '0.0.0.0', port: 1080, access: 'open' }]);
    expect(commandUpstream('nps', ['-server=203.0.113.10:8024', '-vkey=x'])).toEqual({
      host: '203.0.113.10',
      port: 8024,
    });
  });

  it.each([
    ['1.2.3.4:80', { host: '1.2.3.4', port: 80 }],
    [':80', { host: null, port: 80 }],
    ['[::1]:80', { host: '::1', port: 80 }],
    ['x:0', undefined],
    ['x', undefined],
  ])('splitHostPort(%j)', (text, expected) => {
    expect(splitHostPort(text)).toEqual(expected);
  });

  it('never throws on arbitrary arguments', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              '-c',
              '-L',
              '-l',
              '-s',
              '-p',
              '-b',
              '--socks5',
              '-confdir',
              'server',
              ':1',
              'x.json',
            ),
          ),
        ),
        (args) => {
          for (const [kind, program] of [
            ['gost', 'gost'],
            ['brook', 'brook'],
            ['shadowsocks-libev', 'ss-server'],
            ['shadowsocks-rust', 'sslocal'],
            ['xray', 'xray'],
          ] as const) {
            commandListeners(kind, program, args);
            configArgs(kind, args);
          }
        },
      ),
    );
  });
});
