import { describe, expect, it } from 'vitest';
import { parseDpkgStatus } from './parse-dpkg-status.ts';

const row = (p: { name: string; version: string; arch: string }) => `${p.name} ${p.version} ${p.arch}`;

describe('parseDpkgStatus', () => {
  it.each([
    [
      'one installed package',
      'Package: a\nStatus: install ok installed\nVersion: 1.0\nArchitecture: all\n',
      ['a 1.0 all'],
    ],
    [
      'field order does not matter',
      'Version: 2\nArchitecture: amd64\nStatus: install ok installed\nPackage: b\n',
      ['b 2 amd64'],
    ],
    [
      'not installed states dropped',
      'Package: a\nStatus: deinstall ok config-files\nVersion: 1\n\nPackage: b\nStatus: install ok unpacked\nVersion: 1\n\nPackage: c\nStatus: install reinstreq half-installed\nVersion: 1\n',
      [],
    ],
    [
      'held and marked-for-removal packages are still installed',
      'Package: c\nStatus: hold ok installed\nVersion: 1\n\nPackage: d\nStatus: deinstall ok installed\nVersion: 2\n',
      ['c 1 ', 'd 2 '],
    ],
    [
      'continuation lines ignored',
      'Package: a\nStatus: install ok installed\nDescription: x\n Package: evil\n Status: install ok installed\nVersion: 3\n',
      ['a 3 '],
    ],
    [
      'CRLF and several blank lines',
      'Package: a\r\nStatus: install ok installed\r\nVersion: 1\r\n\r\n\r\nPackage: b\r\nStatus: install ok installed\r\nVersion: 2\r\n',
      ['a 1 ', 'b 2 '],
    ],
    ['no trailing newline', 'Package: z\nStatus: install ok installed\nVersion: 9', ['z 9 ']],
    [
      'sorted by name then arch',
      'Package: b\nStatus: install ok installed\nArchitecture: i386\n\nPackage: b\nStatus: install ok installed\nArchitecture: amd64\n\nPackage: a\nStatus: install ok installed\n',
      ['a  ', 'b  amd64', 'b  i386'],
    ],
    ['stanza without Package ignored', 'Status: install ok installed\nVersion: 1\n', []],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(parseDpkgStatus(text).map(row)).toEqual(expected);
  });

  it('parses a status file of 20,000 packages (about 10 MB) in one quick pass', () => {
    const stanza = (i: number) =>
      `Package: pkg-${i}\nStatus: ${i % 10 === 0 ? 'deinstall ok config-files' : 'install ok installed'}\nPriority: optional\nSection: misc\nInstalled-Size: ${i}\nMaintainer: M <m@example.invalid>\nArchitecture: amd64\nVersion: 1.${i}-1\nDepends: libc6 (>= 2.36), libfoo${i % 7}\nDescription: synthetic package ${i}\n${' line of a long description that goes on for a while.\n'.repeat(8)}`;
    const text = Array.from({ length: 20_000 }, (_, i) => stanza(i)).join('\n');
    expect(text.length).toBeGreaterThan(9_000_000);
    const started = performance.now();
    const packages = parseDpkgStatus(text);
    const ms = performance.now() - started;
    expect(packages.length).toBe(18_000);
    expect(ms).toBeLessThan(1500);
  });
});
