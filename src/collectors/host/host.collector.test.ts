import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name, 'root');

describe('host collector', () => {
  it('reads os-release through a symlink, the hostname and /proc/sys/kernel', async () => {
    const bundle = await collect({ root: fixture('debian'), sections: ['host'] });
    expect(bundle.gaps).toEqual([]);
    expect(bundle.sections.host).toEqual({
      hostname: 'web-01',
      os: {
        id: 'debian',
        versionId: '12',
        prettyName: 'Debian GNU/Linux 12 (bookworm)',
        name: 'Debian GNU/Linux',
        idLike: [],
        where: { path: '/etc/os-release', line: 1 },
      },
      kernel: { release: '6.1.0-13-amd64', version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)' },
    });
  });

  it('falls back to /usr/lib/os-release and /proc/version', async () => {
    const bundle = await collect({ root: fixture('centos'), sections: ['host'] });
    expect(bundle.gaps).toEqual([]);
    const host = bundle.sections.host!;
    expect(host.hostname).toBe('db-02.example.cn');
    expect(host.os).toMatchObject({
      id: 'centos',
      idLike: ['rhel', 'fedora'],
      prettyName: 'CentOS Stream 9',
      where: { path: '/usr/lib/os-release', line: 6 },
    });
    expect(host.kernel).toEqual({
      release: '5.14.0-362.el9.x86_64',
      version: '#1 SMP PREEMPT_DYNAMIC Mon Sep 4 11:11:46 UTC 2023',
    });
  });

  it('reports nulls, not gaps, for an empty tree', async () => {
    const bundle = await collect({ root: fixture('empty'), sections: ['host'] });
    expect(bundle.gaps).toEqual([]);
    expect(bundle.sections.host).toEqual({
      hostname: null,
      os: { id: null, versionId: null, prettyName: null, name: null, idLike: [], where: null },
      kernel: { release: null, version: null },
    });
  });
});
