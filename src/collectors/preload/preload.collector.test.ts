import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name, 'root');

async function preload(root: string) {
  const bundle = await collect({ root, sections: ['preload'] });
  return { section: bundle.sections.preload!, gaps: bundle.gaps };
}

describe('preload collector', () => {
  it('reads /etc/ld.so.preload and every global LD_PRELOAD, sorted by file and line', async () => {
    const { section, gaps } = await preload(fixture('hooked'));
    expect(gaps).toEqual([]);
    expect(section.ldSoPreload).toEqual([
      { library: '/usr/local/lib/libprocesshider.so', where: { path: '/etc/ld.so.preload', line: 2 } },
    ]);
    expect(section.ldPreloadEnv).toEqual([
      { value: '/usr/lib/libhook.so', where: { path: '/etc/environment', line: 2 } },
      { value: '/opt/.h/lib.so', where: { path: '/etc/profile.d/zz-hook.sh', line: 1 } },
      {
        value: '/usr/lib/x86_64-linux-gnu/libsys.so',
        where: { path: '/etc/systemd/system.conf.d/60-env.conf', line: 2 },
      },
    ]);
  });

  it('a clean host has nothing preloaded', async () => {
    expect(await preload(fixture('clean'))).toEqual({
      section: { ldSoPreload: [], ldPreloadEnv: [] },
      gaps: [],
    });
  });

  it('an unreadable /etc/ld.so.preload is a gap, not an empty list that would pass', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hegui-preload-'));
    try {
      await mkdir(path.join(dir, 'etc'), { recursive: true });
      await writeFile(path.join(dir, 'etc/ld.so.preload'), Buffer.from([0x2f, 0, 0x78]));
      const { section, gaps } = await preload(dir);
      expect(section.ldSoPreload).toEqual([]);
      expect(gaps.map((g) => [g.section, g.path, g.reason])).toEqual([
        ['preload', '/etc/ld.so.preload', 'binary'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
