import { describe, expect, it } from 'vitest';
import {
  cpuShare,
  isKernelThread,
  parseCmdline,
  parseExeLink,
  parseStat,
  parseStatus,
  parseUptime,
  userNamesByUid,
} from './parse-proc.ts';
import { parsePasswd } from '../accounts/parse-passwd.ts';

describe('parseCmdline', () => {
  it.each([
    ['', []],
    ['/usr/sbin/mariadbd\0', ['/usr/sbin/mariadbd']],
    [
      'mosquitto\0-d\0-c\0/etc/mosquitto/mosquitto.conf\0',
      ['mosquitto', '-d', '-c', '/etc/mosquitto/mosquitto.conf'],
    ],
    ['no-trailing-nul\0x', ['no-trailing-nul', 'x']],
    ['a\0\0b\0', ['a', '', 'b']],
    // setproctitle padding (postgres, redis): trailing empty arguments dropped
    ['postgres: 15/main: checkpointer \0\0\0\0\0\0', ['postgres: 15/main: checkpointer ']],
    ['\0\0', []],
  ])('%j → %j', (text, expected) => {
    expect(parseCmdline(text)).toEqual(expected);
  });
});

describe('parseStatus', () => {
  const status = (name: string, ppid = '1', uid = '33\t33\t33\t33') =>
    `Name:\t${name}\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t7\nPid:\t7\nPPid:\t${ppid}\nUid:\t${uid}\nGid:\t33\t33\t33\t33\n`;
  it('reads Name, State, PPid and the real uid', () => {
    expect(parseStatus(status('nginx', '840', '33\t0\t0\t0'))).toEqual({
      name: 'nginx',
      state: 'S',
      ppid: 840,
      uid: 33,
    });
  });
  it('keeps spaces and brackets in Name and unescapes \\n and \\\\', () => {
    expect(parseStatus(status('[kworker/0:2]'))?.name).toBe('[kworker/0:2]');
    expect(parseStatus(status('a b\\\\c\\nd'))?.name).toBe('a b\\c\nd');
  });
  it('reads a zombie state', () => {
    expect(parseStatus(status('x').replace('S (sleeping)', 'Z (zombie)'))?.state).toBe('Z');
  });
  it.each([[''], ['Name:\tx\n'], ['Name:\tx\nPPid:\tabc\nUid:\t0\t0\t0\t0\n']])('rejects %j', (text) => {
    expect(parseStatus(text)).toBeUndefined();
  });
});

describe('parseStat', () => {
  const tail =
    'S 1 4242 4242 0 -1 4194560 1000 0 0 0 3600000 2000 0 0 20 0 1 0 150000 123456789 2000 18446744073709551615 0 0';
  it('reads state, ppid, flags, cpu time and start time (clock ticks = 100)', () => {
    expect(parseStat(`4242 (kdevtmpfsi) ${tail}\n`)).toEqual({
      pid: 4242,
      comm: 'kdevtmpfsi',
      state: 'S',
      ppid: 1,
      flags: 4194560,
      cpuSeconds: 36020,
      startedAfterBootSeconds: 1500,
    });
  });
  it('parses comm with spaces and parentheses from the LAST ")"', () => {
    const facts = parseStat(`77 (evil) S 9 9 (x) ${tail.replace('S 1 ', 'R 5 ')}`);
    expect(facts?.comm).toBe('evil) S 9 9 (x');
    expect(facts?.state).toBe('R');
    expect(facts?.ppid).toBe(5);
    expect(parseStat(`78 (a b) ${tail}`)?.comm).toBe('a b');
  });
  it('reads a real kernel thread line (PF_KTHREAD set)', () => {
    const f = parseStat(
      '2 (kthreadd) S 0 0 0 0 -1 2129984 0 0 0 0 0 1 0 0 20 0 1 0 1 0 0 18446744073709551615 0 0',
    );
    expect(f?.flags).toBe(2129984);
    expect(isKernelThread({ pid: 2, ppid: 0, cmdline: [], exe: null, flags: f!.flags })).toBe(true);
  });
  it.each([['garbage'], ['12 (x) S 1'], ['12 (x'], ['']])('rejects %j', (text) => {
    expect(parseStat(text)).toBeUndefined();
  });
});

describe('isKernelThread', () => {
  it.each([
    [{ pid: 2, ppid: 0, cmdline: [], exe: null }, true],
    [{ pid: 35, ppid: 2, cmdline: [], exe: null }, true],
    [{ pid: 36, ppid: 2, cmdline: [], exe: null, flags: 0x400100 }, true],
    [{ pid: 4300, ppid: 1, cmdline: ['[kworker/0:2]'], exe: '/tmp/.X11-unix/.kw' }, false],
    // a zombie: no cmdline and no exe, but not a child of kthreadd
    [{ pid: 900, ppid: 1, cmdline: [], exe: null }, false],
    // a user-mode helper started by the kernel has a command line and an exe
    [{ pid: 901, ppid: 2, cmdline: ['/sbin/modprobe', '-q', 'x'], exe: '/usr/bin/kmod' }, false],
    [{ pid: 902, ppid: 1, cmdline: [], exe: null, flags: 0x00200000 }, true],
  ])('%j → %s', (p, expected) => {
    expect(isKernelThread(p)).toBe(expected);
  });
});

describe('parseUptime', () => {
  it.each([
    ['1320.59 2451.24\n', 1320.59],
    ['40000.00 70000.00', 40000],
    ['', undefined],
    ['x y', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseUptime(text)).toBe(expected);
  });
});

describe('parseExeLink', () => {
  it.each([
    ['/usr/sbin/nginx', { path: '/usr/sbin/nginx', deleted: false }],
    ['/var/tmp/.s/.x/kdevtmpfsi (deleted)', { path: '/var/tmp/.s/.x/kdevtmpfsi', deleted: true }],
    ['/memfd:sealed-91173221a7ea (deleted)', { path: '/memfd:sealed-91173221a7ea', deleted: true }],
    ['/opt/app (deleted) copy', { path: '/opt/app (deleted) copy', deleted: false }],
  ])('%j', (target, expected) => {
    expect(parseExeLink(target)).toEqual(expected);
  });
});

describe('cpuShare', () => {
  it.each([
    // 36020 s of CPU over 40000 − 1500 s of life
    [36020, 40000, 1500, 0.9356],
    [0.5, 100, 99.5, 1],
    [10, null, 0, null],
    [10, 100, 100, null],
    [10, 100, 120, null],
  ])('cpu %s, uptime %s, start %s → %s', (cpu, uptime, start, expected) => {
    expect(cpuShare(cpu, uptime, start)).toBe(expected);
  });
});

describe('userNamesByUid', () => {
  it('maps uid to the first name, reading /etc/passwd with the accounts parser', () => {
    const text = [
      'root:x:0:0:root:/root:/bin/bash',
      '# comment:x:5',
      'toor:x:0:0::/root:/bin/sh',
      'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
      'broken:x:abc:0::/:/bin/sh',
      'short:x',
      '',
    ].join('\n');
    expect([...userNamesByUid(parsePasswd(text, '/etc/passwd'))]).toEqual([
      [0, 'root'],
      [33, 'www-data'],
    ]);
  });
});
