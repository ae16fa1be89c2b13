import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';
import { accountsCollector } from './accounts.collector.ts';
import { collectWith, denyingRoot } from './testing.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name, 'root');
const isRoot = process.getuid?.() === 0;
const temps: string[] = [];
afterAll(async () => {
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

describe('accounts collector', () => {
  it('reads passwd, shadow, group and sudoers with its includedir', async () => {
    const bundle = await collect({ root: fixture('debian'), sections: ['accounts'] });
    expect(bundle.gaps).toEqual([]);
    const a = bundle.sections.accounts!;
    expect(a.users.map((u) => u.name)).toEqual([
      'root',
      'daemon',
      'bin',
      'sync',
      'www-data',
      'nobody',
      'alice',
      'bob',
    ]);
    expect(a.users.find((u) => u.name === 'bob')).toMatchObject({
      shell: '',
      loginShell: true,
      where: { path: '/etc/passwd', line: 8 },
    });
    expect(a.shadowPresent).toBe(true);
    expect(a.shadow.map((s) => [s.name, s.status, s.scheme])).toEqual([
      ['root', 'hash', 'yescrypt'],
      ['daemon', 'no-login', null],
      ['bin', 'no-login', null],
      ['sync', 'no-login', null],
      ['www-data', 'no-login', null],
      ['nobody', 'no-login', null],
      ['alice', 'hash', 'sha512'],
      ['bob', 'locked', 'md5'],
    ]);
    expect(JSON.stringify(bundle)).not.toContain('FAKE');
    expect(a.groups.find((g) => g.name === 'sudo')?.members).toEqual(['alice', 'bob']);
    expect(a.sudoFiles).toEqual([
      '/etc/sudoers',
      '/etc/sudoers.d/90-cloud-init-users',
      '/etc/sudoers.d/README',
    ]);
    expect(
      a.sudo.map((r) => [
        r.principal,
        r.runAs,
        r.commands.join(' | '),
        r.noPasswd,
        `${r.where.path}:${r.where.line}`,
      ]),
    ).toEqual([
      ['root', 'ALL:ALL', 'ALL', false, '/etc/sudoers:13'],
      ['%sudo', 'ALL:ALL', 'ALL', false, '/etc/sudoers:16'],
      [
        'alice',
        'root',
        '/usr/bin/systemctl restart nginx | /usr/bin/systemctl restart php-fpm',
        true,
        '/etc/sudoers:18',
      ],
      [
        '%ops',
        'root',
        '/usr/bin/systemctl restart nginx | /usr/bin/systemctl restart php-fpm',
        true,
        '/etc/sudoers:18',
      ],
      ['deploy', 'ALL', 'ALL', true, '/etc/sudoers.d/90-cloud-init-users:2'],
    ]);
    // Files sudo skips in an includedir ("~" suffix, a ".") are not read.
    expect(a.sudo.some((r) => r.principal === 'mallory')).toBe(false);
  });

  it('records an include cycle in sudoers as a gap and still terminates', async () => {
    const bundle = await collect({ root: fixture('sudoers-cycle'), sections: ['accounts'] });
    expect(bundle.gaps).toEqual([
      {
        section: 'accounts',
        path: '/etc/sudoers',
        reason: 'include-cycle',
        detail: 'included again from /etc/sudoers.d/loop',
      },
    ]);
    expect(bundle.sections.accounts!.sudo.map((r) => r.principal)).toEqual(['root', 'ops']);
  });

  it('decodes a GBK-encoded passwd (GECOS 管理员)', async () => {
    const bundle = await collect({ root: fixture('gbk'), sections: ['accounts'] });
    expect(bundle.gaps).toEqual([]);
    expect(bundle.sections.accounts!.users.find((u) => u.name === 'admin')?.gecos).toBe('管理员,,,');
  });

  it('turns a binary passwd into a gap, not a crash or a partial parse', async () => {
    const bundle = await collect({ root: fixture('binary'), sections: ['accounts'] });
    expect(bundle.gaps).toEqual([
      { section: 'accounts', path: '/etc/passwd', reason: 'binary', detail: 'NUL bytes in a text file' },
    ]);
    expect(bundle.sections.accounts!.users).toEqual([]);
  });

  it('records an unreadable shadow (EACCES at the HostRoot seam) as a gap', async () => {
    const { section, gaps } = await collectWith(
      accountsCollector,
      await denyingRoot(fixture('debian'), ['/etc/shadow']),
    );
    expect(gaps).toEqual([
      { section: 'accounts', path: '/etc/shadow', reason: 'permission-denied', detail: 'EACCES' },
    ]);
    expect(section.shadowPresent).toBe(false);
    expect(section.shadow).toEqual([]);
    expect(section.users).toHaveLength(8);
  });

  // chmod 000 denies nothing to root (CAP_DAC_OVERRIDE); the stub test above covers that case.
  it.skipIf(isRoot)('records a chmod 000 shadow as a permission-denied gap (non-root only)', async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'hegui-accounts-'));
    temps.push(tmp);
    await cp(fixture('debian'), tmp, { recursive: true, verbatimSymlinks: true });
    await chmod(path.join(tmp, 'etc/shadow'), 0o000);
    const bundle = await collect({ root: tmp, sections: ['accounts'] });
    expect(bundle.gaps).toMatchObject([
      { section: 'accounts', path: '/etc/shadow', reason: 'permission-denied' },
    ]);
  });
});
