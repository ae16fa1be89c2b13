import { describe, expect, it } from 'vitest';
import { isCriticalFile, CRITICAL_PACKAGES } from './critical-files.ts';
import { KNOWN_MODULES, knownModule, moduleName } from './known-modules.ts';
import { KNOWN_NAMES, KNOWN_PATHS, familyOfLibrary } from './known-paths.ts';
import {
  parseDiversions,
  parseMd5sums,
  parseModulesLoad,
  parseProcModules,
  parseTainted,
  taintLetters,
} from './parse-rootkit.ts';

describe('parseProcModules', () => {
  it.each([
    ['ext4 1040384 1 - Live 0xffffffffc0a00000', { name: 'ext4', size: 1040384, taint: '' }],
    ['diamorphine 16384 0 - Live 0x0000000000000000 (OE)', { name: 'diamorphine', size: 16384, taint: 'OE' }],
    [
      'nvidia_drm 77824 2 nvidia_modeset, Live 0xffffffffc1d1e000 (POE)',
      { name: 'nvidia_drm', size: 77824, taint: 'POE' },
    ],
    ['snd_hda_intel 57344 3 - Loading 0xffffffffc0b00000', { name: 'snd_hda_intel', size: 57344, taint: '' }],
  ])('%s', (line, expected) => {
    expect(parseProcModules(line)).toEqual([{ ...expected, line: 1 }]);
  });

  it('skips blank and malformed lines and keeps line numbers', () => {
    expect(parseProcModules('\ngarbage\nx y z\nzfs 6000 0 - Live 0x0 (PO)\n')).toEqual([
      { name: 'zfs', size: 6000, taint: 'PO', line: 4 },
    ]);
  });
});

describe('parseTainted / taintLetters', () => {
  it.each([
    ['0\n', 0, ''],
    ['4096\n', 4096, 'O'],
    ['12288', 12288, 'OE'],
    ['12289', 12289, 'POE'],
    ['512', 512, 'W'],
  ])('%j → %d (%s)', (text, value, letters) => {
    expect(parseTainted(text)).toBe(value);
    expect(taintLetters(value)).toBe(letters);
  });

  it.each(['', 'abc', '-1', '1 2'])('%j is not a taint value', (text) => {
    expect(parseTainted(text)).toBeNull();
  });
});

describe('parseModulesLoad', () => {
  it('reads one module a line, skipping comments, and drops /etc/modules arguments', () => {
    expect(parseModulesLoad('# comment\n; also\n\nloop\nbonding mode=1\n  diamorphine  \n')).toEqual([
      { name: 'loop', line: 4 },
      { name: 'bonding', line: 5 },
      { name: 'diamorphine', line: 6 },
    ]);
  });
});

describe('parseMd5sums', () => {
  it('reads dpkg md5sums lines into host paths', () => {
    const text = [
      '08a07e7517a09d2f40e2618eff4adf22  bin/ps',
      'CACF6BCF70953D709299C228CD39556B  usr/bin/top',
      'not a line',
      '1234  short/md5',
      'd41d8cd98f00b204e9800998ecf8427e  usr/share/doc/procps/file with space',
    ].join('\n');
    expect(parseMd5sums(text)).toEqual([
      { md5: '08a07e7517a09d2f40e2618eff4adf22', path: '/bin/ps', line: 1 },
      { md5: 'cacf6bcf70953d709299c228cd39556b', path: '/usr/bin/top', line: 2 },
      { md5: 'd41d8cd98f00b204e9800998ecf8427e', path: '/usr/share/doc/procps/file with space', line: 5 },
    ]);
  });
});

describe('parseDiversions', () => {
  it('reads three-line records and ignores a trailing partial one', () => {
    const text = '/usr/bin/ls\n/usr/bin/ls.distrib\nmy-ls\n/bin/sh\n/bin/sh.distrib\n:\n/broken\n';
    const map = parseDiversions(text);
    expect([...map.entries()]).toEqual([
      ['/usr/bin/ls', { to: '/usr/bin/ls.distrib', by: 'my-ls' }],
      ['/bin/sh', { to: '/bin/sh.distrib', by: ':' }],
    ]);
  });
});

describe('critical file list', () => {
  const pkg = (name: string) => CRITICAL_PACKAGES.find((p) => p.package === name)!;
  it.each([
    ['procps', '/bin/ps', true],
    ['procps', '/usr/bin/ps', true],
    ['procps', '/usr/share/doc/procps/ps', false],
    ['procps', '/usr/bin/pmap', false],
    ['libc6', '/lib/x86_64-linux-gnu/libc.so.6', true],
    ['libc6', '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', true],
    ['libc6', '/lib/x86_64-linux-gnu/libc-2.31.so', true],
    ['libc6', '/lib/x86_64-linux-gnu/libm.so.6', false],
    ['libc6', '/usr/share/gdb/auto-load/lib/x86_64-linux-gnu/libc.so.6-gdb.py', false],
    ['libpam-modules', '/lib/x86_64-linux-gnu/security/pam_unix.so', true],
    ['libpam-modules', '/usr/lib/x86_64-linux-gnu/security/pam_unix.so', true],
    ['libkeyutils1', '/lib/x86_64-linux-gnu/libkeyutils.so.1.10', true],
    ['openssh-server', '/usr/sbin/sshd', true],
  ])('%s %s → %s', (name, path, expected) => {
    expect(isCriticalFile(pkg(name), path)).toBe(expected);
  });
});

describe('known tables', () => {
  it('fold module names as the kernel lists them', () => {
    expect(moduleName('/lib/modules/6.1.0/extra/adore-ng.ko.xz')).toBe('adore_ng');
    expect(knownModule('adore-ng')?.family).toBe('Adore-ng');
    expect(knownModule('ext4')).toBeUndefined();
    expect(knownModule('diamorphine_helper')).toBeUndefined();
  });

  it('have unique keys and absolute paths, and name preloaded libraries', () => {
    expect(new Set(KNOWN_PATHS.map((k) => k.path)).size).toBe(KNOWN_PATHS.length);
    expect(new Set(KNOWN_NAMES.map((k) => k.name)).size).toBe(KNOWN_NAMES.length);
    expect(new Set(KNOWN_MODULES.map((k) => k.name)).size).toBe(KNOWN_MODULES.length);
    for (const k of KNOWN_PATHS) expect(k.path).toMatch(/^\/[^\s]/);
    expect(familyOfLibrary('/usr/lib/x86_64-linux-gnu/libprocesshider.so')?.family).toBe('libprocesshider');
    expect(familyOfLibrary('/lib/libselinux.so')?.family).toBe('Azazel/BEURK');
    expect(familyOfLibrary('/usr/lib/x86_64-linux-gnu/libselinux.so.1')).toBeUndefined();
    expect(familyOfLibrary('/usr/local/lib/libsystemd-helper.so')).toBeUndefined();
  });

  it('never list a library name that current distributions ship', () => {
    for (const legit of [
      'libkeyutils.so.1.9',
      'libkeyutils.so.1.10',
      'libselinux.so.1',
      'libudev.so.1',
      'libc.so.6',
    ])
      expect(KNOWN_NAMES.map((k) => k.name)).not.toContain(legit);
  });
});
