import { describe, expect, it } from 'vitest';
import type { FirewallSection } from '../../collectors/firewall/firewall.types.ts';
import type { ProcessInfo } from '../../collectors/processes/processes.types.ts';
import type { ProxyConfig } from '../../collectors/proxies/proxies.types.ts';
import type { ServiceUnit } from '../../collectors/services/services.types.ts';
import type { SocketInfo } from '../../collectors/sockets/sockets.types.ts';
import {
  addressFamilies,
  endpointsText,
  groupEndpoints,
  proxyEndpoints,
  runningProgram,
  runsConfig,
  tunnelClients,
  unitName,
  unitRuns,
  type ProxyEvidence,
} from './proxy-facts.ts';

function proc(pid: number, cmdline: string[], extra: Partial<ProcessInfo> = {}): ProcessInfo {
  return {
    pid,
    ppid: 1,
    name: (cmdline[0] ?? '').split('/').pop()!.slice(0, 15),
    cmdline,
    exe: cmdline[0] ?? null,
    exeDeleted: false,
    exeReplaced: null,
    cwd: '/',
    uid: 0,
    user: 'root',
    state: 'S',
    cpuSeconds: 1,
    startedAfterBootSeconds: 10,
    cpuShare: 0,
    kernelThread: false,
    ...extra,
  };
}

function sock(
  proto: SocketInfo['proto'],
  address: string,
  port: number,
  pid: number | null,
  process: string | null = null,
): SocketInfo {
  const udp = proto.startsWith('udp');
  return {
    proto,
    localAddress: address,
    localPort: port,
    remoteAddress: proto.endsWith('6') ? '::' : '0.0.0.0',
    remotePort: 0,
    state: udp ? 'UNCONN' : 'LISTEN',
    inode: pid === null ? 0 : 1000 + port,
    uid: 0,
    pid,
    process,
  };
}

function config(extra: Partial<ProxyConfig> & Pick<ProxyConfig, 'kind' | 'path'>): ProxyConfig {
  return {
    role: 'server',
    files: [extra.path],
    listeners: [],
    upstream: null,
    forwards: [],
    peers: null,
    foundBy: 'standard-path',
    ...extra,
  };
}

function unit(name: string, command: string, enabled = true, masked = false): ServiceUnit {
  return {
    name,
    path: `/lib/systemd/system/${name}`,
    enabled,
    masked,
    wantedBy: [],
    execStart: [{ command, where: { path: `/lib/systemd/system/${name}`, line: 5 } }],
    user: null,
  };
}

const OPEN_FW: FirewallSection = {
  rulesets: [],
  liveRead: false,
  live: { nft: 'not-run', iptables: 'not-run', ip6tables: 'not-run' },
  stateKnown: true,
  ipv6: true,
  defaultDrop: { ipv4: false, ipv6: false },
  openPorts: [],
};

const XRAY = config({
  kind: 'xray',
  path: '/usr/local/etc/xray/config.json',
  listeners: [
    {
      address: '0.0.0.0',
      port: 443,
      transport: 'tcp',
      protocol: 'vmess',
      mode: 'forward',
      access: 'credentials',
      accessWhere: { path: '/usr/local/etc/xray/config.json', line: 3 },
      where: { path: '/usr/local/etc/xray/config.json', line: 3 },
    },
  ],
});

function evidence(over: Partial<ProxyEvidence>): ProxyEvidence {
  return {
    proxies: { configs: [], interfaces: null },
    processes: { processes: [], uptimeSeconds: null },
    sockets: { sockets: [] },
    firewall: OPEN_FW,
    services: { units: [] },
    ...over,
  };
}

describe('runsConfig', () => {
  const run = (cmdline: string[], cwd = '/') => runningProgram(proc(10, cmdline, { cwd }))!;
  it.each([
    [['/usr/local/bin/xray', 'run', '-config', '/usr/local/etc/xray/config.json'], true],
    [['/usr/local/bin/xray', 'run', '-c', 'config.json'], false],
    [['/usr/local/bin/xray', 'run'], true],
    [['/usr/bin/v2ray', 'run', '-confdir', '/usr/local/etc/xray'], true],
    [['/usr/local/bin/xray', 'run', '-c', '/root/other.json'], false],
    [['/usr/bin/ss-server', '-c', '/usr/local/etc/xray/config.json'], false],
  ])('%j → %s', (cmdline, expected) => {
    expect(runsConfig(run(cmdline), XRAY)).toBe(expected);
  });

  it('resolves a relative path against the working directory', () => {
    expect(
      runsConfig(run(['/usr/local/bin/xray', 'run', '-c', 'config.json'], '/usr/local/etc/xray'), XRAY),
    ).toBe(true);
  });

  it('a file found only on a command line is not assumed to be read by a bare process', () => {
    expect(runsConfig(run(['/usr/local/bin/xray', 'run']), { ...XRAY, foundBy: 'command-line' })).toBe(false);
  });

  it('a client program does not run a server configuration', () => {
    const ss = config({ kind: 'shadowsocks-libev', path: '/etc/shadowsocks-libev/config.json' });
    expect(runsConfig(run(['/usr/bin/ss-local', '-c', '/etc/shadowsocks-libev/config.json']), ss)).toBe(
      false,
    );
    expect(runsConfig(run(['/usr/bin/ss-server', '-c', '/etc/shadowsocks-libev/config.json']), ss)).toBe(
      true,
    );
  });

  it('identifies a renamed copy by its exe', () => {
    expect(
      runningProgram(proc(11, ['[kworker/0:1]'], { exe: '/tmp/.x/xray', name: 'kworker/0:1' }))?.info.kind,
    ).toBe('xray');
    expect(runningProgram(proc(12, ['/usr/sbin/nginx']))).toBeUndefined();
  });
});

describe('unitRuns', () => {
  const wg = config({ kind: 'wireguard', path: '/etc/wireguard/wg0.conf' });
  const ovpn = config({ kind: 'openvpn', path: '/etc/openvpn/server/server.conf' });
  it.each([
    [unit('xray.service', '/usr/local/bin/xray run -config /usr/local/etc/xray/config.json'), XRAY, true],
    [
      unit('xray.service', '/usr/local/bin/xray run -config /usr/local/etc/xray/config.json', false),
      XRAY,
      false,
    ],
    [
      unit('xray.service', '/usr/local/bin/xray run -config /usr/local/etc/xray/config.json', true, true),
      XRAY,
      false,
    ],
    [unit('xray.service', '/usr/local/bin/xray run'), XRAY, true],
    [unit('xray@.service', '/usr/local/bin/xray run -config /usr/local/etc/xray/%i.json'), XRAY, true],
    [unit('other.service', '/usr/local/bin/xray run -config /etc/xray/other.json'), XRAY, false],
    [unit('nginx.service', '/usr/sbin/nginx -g "daemon on;"'), XRAY, false],
    [unit('wg-quick@.service', '/usr/bin/wg-quick up %i'), wg, true],
    [unit('openvpn-server@.service', '/usr/sbin/openvpn --status %t/s-%i.log --config %i.conf'), ovpn, true],
  ] as const)('%#', (u, c, expected) => {
    expect(unitRuns(u, c)).toBe(expected);
  });

  it('names the unit to stop, instances included', () => {
    expect(unitName({ kind: 'openvpn', config: ovpn, unit: unit('openvpn-server@.service', 'x') })).toBe(
      'openvpn-server@server.service',
    );
    expect(unitName({ kind: 'wireguard', config: wg, unit: null })).toBe('wg-quick@wg0.service');
    expect(unitName({ kind: 'xray', config: XRAY, unit: null })).toBe('xray.service');
  });
});

describe('addressFamilies', () => {
  it.each([
    [null, true, ['ipv4']],
    ['0.0.0.0', true, ['ipv4']],
    ['::', true, ['ipv4', 'ipv6']],
    ['::0', false, ['ipv4']],
    ['127.0.0.1', true, []],
    ['::1', true, []],
    ['localhost', true, []],
    ['lo', true, []],
    ['eth0', true, ['ipv4']],
    ['2001:db8::1', true, ['ipv6']],
    ['2001:db8::1', false, []],
    ['203.0.113.4', null, ['ipv4']],
  ] as const)('%s (ipv6 %s) → %j', (address, ipv6, expected) => {
    expect(addressFamilies(address, ipv6)).toEqual(expected);
  });
});

describe('proxyEndpoints', () => {
  const xray = proc(100, ['/usr/local/bin/xray', 'run', '-config', '/usr/local/etc/xray/config.json']);

  it('joins a config, its process and its socket', () => {
    const eps = proxyEndpoints(
      evidence({
        proxies: { configs: [XRAY], interfaces: null },
        processes: { processes: [xray], uptimeSeconds: 1 },
        sockets: { sockets: [sock('tcp', '0.0.0.0', 443, 100, 'xray')] },
      }),
    );
    expect(eps).toMatchObject([
      { kind: 'xray', state: 'listening', families: ['ipv4'], port: 443, process: { pid: 100 } },
    ]);
    expect(endpointsText(eps)).toBe('tcp 0.0.0.0:443');
  });

  it('says nothing when the firewall state is not known', () => {
    const ev = evidence({
      firewall: { ...OPEN_FW, stateKnown: false },
      proxies: { configs: [XRAY], interfaces: null },
      processes: { processes: [xray], uptimeSeconds: 1 },
      sockets: { sockets: [sock('tcp', '0.0.0.0', 443, 100)] },
    });
    expect(proxyEndpoints(ev)).toEqual([]);
  });

  it('does not take another program’s socket on the configured port', () => {
    const nginx = proc(200, ['/usr/sbin/nginx']);
    const ev = evidence({
      proxies: { configs: [XRAY], interfaces: null },
      processes: { processes: [nginx], uptimeSeconds: 1 },
      sockets: { sockets: [sock('tcp', '0.0.0.0', 443, 200, 'nginx')] },
    });
    expect(proxyEndpoints(ev)).toEqual([]);
  });

  it('running but not on the configured port: the file is not what runs, no endpoint', () => {
    const ev = evidence({
      proxies: { configs: [XRAY], interfaces: null },
      processes: { processes: [xray], uptimeSeconds: 1 },
      services: {
        units: [unit('xray.service', '/usr/local/bin/xray run -config /usr/local/etc/xray/config.json')],
      },
    });
    expect(proxyEndpoints(ev).filter((e) => e.config !== null)).toEqual([]);
  });

  it('enabled but not running: reachable from its configured address once started', () => {
    const ev = evidence({
      proxies: { configs: [XRAY], interfaces: null },
      processes: { processes: [proc(1, ['/sbin/init'])], uptimeSeconds: 1 },
      services: {
        units: [unit('xray.service', '/usr/local/bin/xray run -config /usr/local/etc/xray/config.json')],
      },
    });
    const eps = proxyEndpoints(ev);
    expect(eps).toMatchObject([{ state: 'enabled', families: ['ipv4'], unit: { name: 'xray.service' } }]);
    expect(endpointsText(eps)).toBe('tcp 0.0.0.0:443');
  });

  it('a program without a config: its declared and non-ephemeral sockets only', () => {
    const gost = proc(300, ['/usr/bin/gost', '-L', 'socks5://:1080', '-L', 'udp://:40000/8.8.8.8:53']);
    const ev = evidence({
      processes: { processes: [gost], uptimeSeconds: 1 },
      sockets: {
        sockets: [
          sock('tcp', '0.0.0.0', 1080, 300),
          sock('udp', '0.0.0.0', 40000, 300),
          sock('udp', '0.0.0.0', 51234, 300),
        ],
      },
    });
    const eps = proxyEndpoints(ev);
    expect(eps.map((e) => [e.transport, e.port, e.protocol, e.access])).toEqual([
      ['tcp', 1080, 'socks5', 'open'],
      ['udp', 40000, 'udp', 'unknown'],
    ]);
    expect(groupEndpoints(eps)).toHaveLength(1);
  });

  it('WireGuard: a kernel socket without owner counts, on the configured port', () => {
    const wg = config({
      kind: 'wireguard',
      path: '/etc/wireguard/wg0.conf',
      peers: 3,
      listeners: [
        {
          address: null,
          port: 51820,
          transport: 'udp',
          protocol: 'wireguard',
          mode: 'vpn',
          access: 'credentials',
          accessWhere: { path: '/etc/wireguard/wg0.conf', line: 1 },
          where: { path: '/etc/wireguard/wg0.conf', line: 3 },
        },
      ],
    });
    const ev = evidence({
      proxies: { configs: [wg], interfaces: ['eth0', 'wg0'] },
      sockets: { sockets: [sock('udp6', '::', 51820, null)] },
    });
    expect(proxyEndpoints(ev)).toMatchObject([
      { kind: 'wireguard', state: 'listening', families: ['ipv4', 'ipv6'] },
    ]);
  });
});

describe('tunnelClients', () => {
  const frpc = config({
    kind: 'frp',
    role: 'client',
    path: '/etc/frp/frpc.toml',
    upstream: { host: '203.0.113.9', port: 7000, where: { path: '/etc/frp/frpc.toml', line: 1 } },
  });
  it('a running frpc with its file, and a bare npc', () => {
    const ev = {
      proxies: { configs: [frpc], interfaces: null },
      processes: {
        processes: [
          proc(1, ['/usr/bin/frpc', '-c', '/etc/frp/frpc.toml']),
          proc(2, ['/opt/npc', '-server=198.51.100.1:8024', '-vkey=x']),
        ],
        uptimeSeconds: 1,
      },
      services: { units: [] },
    };
    expect(tunnelClients(ev).map((t) => [t.kind, t.state, t.config?.path ?? null, t.upstream])).toEqual([
      ['frp', 'running', '/etc/frp/frpc.toml', { host: '203.0.113.9', port: 7000 }],
      ['nps', 'running', null, { host: '198.51.100.1', port: 8024 }],
    ]);
  });

  it('nothing for an idle file, and nothing for frps', () => {
    const ev = {
      proxies: { configs: [frpc], interfaces: null },
      processes: { processes: [proc(1, ['/usr/bin/frps', '-c', '/etc/frp/frps.toml'])], uptimeSeconds: 1 },
      services: { units: [unit('frpc.service', '/usr/bin/frpc -c /etc/frp/frpc.toml', false)] },
    };
    expect(tunnelClients(ev)).toEqual([]);
  });
});
