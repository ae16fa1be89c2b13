import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, runCheck } from '../../core/scan.ts';
import type { AnyCheck } from '../../core/check.ts';
import binaryCheck from '../../checks/intrusion/rootkit-binary-modified-found/rootkit-binary-modified-found.check.ts';
import fileCheck from '../../checks/intrusion/rootkit-known-file-found/rootkit-known-file-found.check.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name, 'root');

async function rootkit(root: string) {
  const bundle = await collect({ root, sections: ['rootkit'] });
  return { section: bundle.sections.rootkit!, gaps: bundle.gaps, bundle };
}

async function withTree(build: (dir: string) => Promise<void>, run: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'hegui-rootkit-'));
  try {
    await build(dir);
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('rootkit collector', () => {
  it('reads every kind of sign from an infected tree', async () => {
    const { section, gaps } = await rootkit(fixture('infected'));
    expect(gaps).toEqual([]);
    expect(section.knownFiles.map((f) => [f.path, f.family, f.type, f.match])).toEqual([
      ['/reptile', 'Reptile', 'dir', 'path'],
      ['/usr/local/lib/libprocesshider.so', 'libprocesshider', 'file', 'path'],
    ]);
    expect(section.preloaded.map((p) => [p.library, p.family, p.where])).toEqual([
      ['/usr/local/lib/libprocesshider.so', 'libprocesshider', { path: '/etc/ld.so.preload', line: 1 }],
    ]);
    const { modules } = section;
    expect([modules.listed, modules.release, modules.treeFound]).toEqual([true, '6.1.0-27-amd64', true]);
    expect(modules.loaded.map((m) => [m.name, m.taint, m.inTree, m.where.line])).toEqual([
      ['diamorphine', 'OE', false, 2],
      ['ext4', '', true, 1],
      ['xhide', 'OE', false, 3],
    ]);
    // printk has a sysfs directory (a built-in with parameters) but no initstate: not a hidden module.
    expect(modules.hidden).toEqual([{ name: 'nf_hide', where: { path: '/sys/module/nf_hide/initstate' } }]);
    expect(modules.taint).toEqual({ value: 12288, where: { path: '/proc/sys/kernel/tainted' } });
    // md5 values below were computed with md5sum(1) on the fixture files.
    expect(section.binaries).toEqual({
      manager: 'dpkg',
      checked: [
        {
          path: '/bin/ps',
          package: 'procps',
          recorded: '0123456789abcdef0123456789abcdef',
          actual: '12eb2cd9c257dc6e652f3b09e783f2ee',
          size: 30,
          where: { path: '/var/lib/dpkg/info/procps.md5sums', line: 1 },
        },
        {
          path: '/usr/bin/top',
          package: 'procps',
          recorded: 'b1db6f9930d537f5bb6a16e4224560ad',
          actual: 'b1db6f9930d537f5bb6a16e4224560ad',
          size: 20,
          where: { path: '/var/lib/dpkg/info/procps.md5sums', line: 2 },
        },
      ],
    });
  });

  it('finds nothing on a clean Debian-like tree', async () => {
    const { section, gaps } = await rootkit(fixture('clean'));
    expect(gaps).toEqual([]);
    expect(section.knownFiles).toEqual([]);
    expect(section.preloaded).toEqual([]);
    expect(section.modules.hidden).toEqual([]);
    expect(section.modules.onDisk).toEqual([]);
    expect(section.modules.loaded.map((m) => m.inTree)).toEqual([true]);
    expect(section.binaries.checked.map((c) => c.actual === c.recorded)).toEqual([true]);
  });

  it('reports a file reached through /lib and /usr/lib once, under its /usr name', async () => {
    await withTree(
      async (dir) => {
        await mkdir(path.join(dir, 'usr/lib/udev'), { recursive: true });
        await symlink('usr/lib', path.join(dir, 'lib'));
        await writeFile(path.join(dir, 'usr/lib/udev/reptile'), 'placeholder\n');
      },
      async (dir) => {
        const { section } = await rootkit(dir);
        expect(section.knownFiles.map((f) => f.path)).toEqual(['/usr/lib/udev/reptile']);
      },
    );
  });

  it('a dangling symlink at a known path is still a sign', async () => {
    await withTree(
      async (dir) => {
        await mkdir(path.join(dir, 'etc'), { recursive: true });
        await symlink('/nowhere/libsystem.so', path.join(dir, 'etc/libsystem.so'));
      },
      async (dir) => {
        const { section } = await rootkit(dir);
        expect(section.knownFiles.map((f) => [f.path, f.type])).toEqual([['/etc/libsystem.so', 'symlink']]);
      },
    );
  });

  it('an unreadable binary is a gap of the binaries field only: the file check still passes', async () => {
    await withTree(
      async (dir) => {
        await mkdir(path.join(dir, 'usr/bin'), { recursive: true });
        await mkdir(path.join(dir, 'var/lib/dpkg/info'), { recursive: true });
        execFileSync('mkfifo', [path.join(dir, 'usr/bin/ps')]);
        await writeFile(
          path.join(dir, 'var/lib/dpkg/info/procps.md5sums'),
          'd41d8cd98f00b204e9800998ecf8427e  usr/bin/ps\n',
        );
      },
      async (dir) => {
        const { section, gaps, bundle } = await rootkit(dir);
        expect(section.binaries.checked).toEqual([]);
        expect(gaps.map((g) => [g.path, g.reason, g.field])).toEqual([
          ['/usr/bin/ps', 'not-a-file', 'binaries'],
        ]);
        expect(runCheck(binaryCheck as unknown as AnyCheck, bundle).result.outcome).toBe('not-assessed');
        expect(runCheck(fileCheck as unknown as AnyCheck, bundle).result.outcome).toBe('pass');
      },
    );
  });

  it('without /proc/modules nothing is judged about modules (disk images, kernels without modules)', async () => {
    await withTree(
      async (dir) => {
        await mkdir(path.join(dir, 'sys/module/nf_hide'), { recursive: true });
        await writeFile(path.join(dir, 'sys/module/nf_hide/initstate'), 'live\n');
      },
      async (dir) => {
        const { section } = await rootkit(dir);
        expect(section.modules).toEqual({
          listed: false,
          release: null,
          treeFound: false,
          loaded: [],
          hidden: [],
          onDisk: [],
          taint: null,
        });
        expect(section.binaries).toEqual({ manager: 'none', checked: [] });
      },
    );
  });
});
