import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name, 'root');

describe('packages collector', () => {
  it('reads installed packages from the dpkg status file', async () => {
    const bundle = await collect({ root: fixture('debian'), sections: ['packages'] });
    expect(bundle.gaps).toEqual([]);
    expect(bundle.sections.packages).toEqual({
      manager: 'dpkg',
      packages: [
        { name: 'base-files', version: '12.4+deb12u7', arch: 'amd64' },
        { name: 'libc6', version: '2.36-9+deb12u7', arch: 'amd64' },
        { name: 'libc6', version: '2.36-9+deb12u7', arch: 'i386' },
        { name: 'openssh-server', version: '1:9.2p1-2+deb12u3', arch: 'amd64' },
      ],
    });
  });

  it('reports manager none without a dpkg database, and no gap', async () => {
    const bundle = await collect({ root: fixture('none'), sections: ['packages'] });
    expect(bundle.sections.packages).toEqual({ manager: 'none', packages: [] });
    expect(bundle.gaps).toEqual([]);
  });
});
