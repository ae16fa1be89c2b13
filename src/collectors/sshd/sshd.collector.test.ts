import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';
import { collectWith, denyingRoot } from '../accounts/testing.ts';
import { sshdCollector } from './sshd.collector.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name, 'root');
const C = '/etc/ssh/sshd_config';

describe('sshd collector', () => {
  it('expands globbed and relative Includes in place, Match blocks run to the next Match or end of file', async () => {
    const bundle = await collect({ root: fixture('debian'), sections: ['sshd'] });
    expect(bundle.gaps).toEqual([]);
    const sshd = bundle.sections.sshd!;
    expect(sshd.present).toBe(true);
    expect(sshd.installed).toBe(true);
    expect(sshd.unread).toEqual([]);
    expect(sshd.files).toEqual([
      C,
      '/etc/ssh/sshd_config.d/50-cloud-init.conf',
      '/etc/ssh/sshd_config.d/60-hardening.conf',
      '/etc/ssh/match.d/deploy.conf',
    ]);
    // The drop-in comes first, so its PasswordAuthentication no wins over the main file's yes.
    expect(sshd.effective.passwordauthentication).toEqual({
      value: 'no',
      where: { path: '/etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1 },
    });
    expect(sshd.effective.permitrootlogin).toEqual({ value: 'yes', where: { path: C, line: 6 } });
    expect(sshd.effective.permitemptypasswords).toEqual({
      value: 'no',
      where: { path: '/etc/ssh/sshd_config.d/60-hardening.conf', line: 1 },
    });
    expect(sshd.effective.maxauthtries).toEqual({ value: '3', where: { path: C, line: 14 } });
    expect(sshd.effective.authorizedkeysfile?.value).toBe('.ssh/authorized_keys /etc/ssh/keys/%u');
    expect(sshd.effective.usepam).toEqual({ value: 'yes', where: { path: C, line: 9 } });
    expect(sshd.effective.pubkeyauthentication).toEqual({ value: 'yes', where: null });
    // The Match in the drop-in ends with that file: the main file's settings after the Include stay global.
    expect(
      sshd.matches.map((m) => [
        m.criteria,
        `${m.where.path}:${m.where.line}`,
        m.settings.map((s) => `${s.key}=${s.value}@${s.where.path}:${s.where.line}`),
      ]),
    ).toEqual([
      [
        'Address 192.168.0.0/16',
        '/etc/ssh/sshd_config.d/60-hardening.conf:2',
        ['permitemptypasswords=yes@/etc/ssh/sshd_config.d/60-hardening.conf:3'],
      ],
      [
        'User deploy Address 10.0.0.0/8',
        `${C}:17`,
        [
          'passwordauthentication=yes@/etc/ssh/sshd_config:18',
          'x11forwarding=no@/etc/ssh/match.d/deploy.conf:1',
          'permitrootlogin=no@/etc/ssh/sshd_config:20',
        ],
      ],
      [
        'Group sftp',
        `${C}:21`,
        ['forcecommand=internal-sftp@/etc/ssh/sshd_config:22', 'permitrootlogin=yes@/etc/ssh/sshd_config:23'],
      ],
    ]);
    expect(sshd.global.some((s) => s.key === 'permitemptypasswords' && s.value === 'yes')).toBe(false);
  });

  it('records an Include cycle as an include-cycle gap and terminates', async () => {
    const bundle = await collect({ root: fixture('include-cycle'), sections: ['sshd'] });
    expect(bundle.gaps).toEqual([
      {
        section: 'sshd',
        path: '/etc/ssh/a.conf',
        reason: 'include-cycle',
        detail: 'included again from /etc/ssh/b.conf',
      },
    ]);
    const sshd = bundle.sections.sshd!;
    expect(sshd.unread).toEqual(['/etc/ssh/a.conf']);
    expect(sshd.global.map((s) => s.key)).toEqual([
      'permitrootlogin',
      'x11forwarding',
      'usepam',
      'passwordauthentication',
    ]);
  });

  it('decodes a GBK-encoded sshd_config', async () => {
    const bundle = await collect({ root: fixture('gbk'), sections: ['sshd'] });
    expect(bundle.gaps).toEqual([]);
    const sshd = bundle.sections.sshd!;
    expect(sshd.effective.banner).toEqual({ value: '/etc/ssh/横幅.txt', where: { path: C, line: 3 } });
    expect(sshd.effective.passwordauthentication).toEqual({ value: 'no', where: { path: C, line: 2 } });
  });

  it('turns a binary sshd_config into a binary gap and marks it unread', async () => {
    const bundle = await collect({ root: fixture('binary'), sections: ['sshd'] });
    expect(bundle.gaps).toEqual([
      { section: 'sshd', path: C, reason: 'binary', detail: 'NUL bytes in a text file' },
    ]);
    expect(bundle.sections.sshd).toMatchObject({
      present: true,
      installed: true,
      global: [],
      files: [],
      unread: [C],
    });
  });

  it('records an unreadable sshd_config (EACCES at the HostRoot seam) as a gap', async () => {
    const { section, gaps } = await collectWith(
      sshdCollector,
      await denyingRoot(fixture('debian'), ['/etc/ssh/sshd_config.d/50-cloud-init.conf']),
    );
    expect(gaps).toEqual([
      {
        section: 'sshd',
        path: '/etc/ssh/sshd_config.d/50-cloud-init.conf',
        reason: 'permission-denied',
        detail: 'EACCES',
      },
    ]);
    expect(section.unread).toEqual(['/etc/ssh/sshd_config.d/50-cloud-init.conf']);
    // Without the drop-in the main file's value is what we see — which is why checks refuse to judge.
    expect(section.effective.passwordauthentication?.value).toBe('yes');
  });

  it('knows when sshd is not installed or not configured, without gaps', async () => {
    const notInstalled = await collect({ root: fixture('not-installed'), sections: ['sshd'] });
    expect(notInstalled.gaps).toEqual([]);
    expect(notInstalled.sections.sshd).toMatchObject({ present: true, installed: false });
    const absent = await collect({ root: fixture('absent'), sections: ['sshd'] });
    expect(absent.gaps).toEqual([]);
    expect(absent.sections.sshd).toMatchObject({
      present: false,
      installed: false,
      global: [],
      matches: [],
      files: [],
      unread: [],
    });
    expect(absent.sections.sshd!.effective.permitrootlogin).toEqual({
      value: 'prohibit-password',
      where: null,
    });
  });
});
