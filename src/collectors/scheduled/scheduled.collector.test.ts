import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name, 'root');

async function scheduled(root: string) {
  const bundle = await collect({ root, sections: ['scheduled'] });
  return { tasks: bundle.sections.scheduled!.tasks, gaps: bundle.gaps };
}

const row = (t: Awaited<ReturnType<typeof scheduled>>['tasks'][number]) => [
  `${t.where.path}:${t.where.line ?? ''}`,
  t.kind,
  t.user,
  t.schedule,
  t.command,
];

describe('scheduled collector', () => {
  it('Debian: crontab, cron.d (run-parts names only), user crontab, periodic scripts, at jobs, timers', async () => {
    const { tasks, gaps } = await scheduled(fixture('debian'));
    expect(gaps).toEqual([]);
    expect(tasks.map(row)).toEqual([
      [
        '/etc/cron.d/php:1',
        'cron.d',
        'root',
        '09,39 * * * *',
        '[ -x /usr/lib/php/sessionclean ] && /usr/lib/php/sessionclean',
      ],
      ['/etc/cron.daily/rotate:3', 'periodic-script', 'root', 'daily', 'test -x /usr/sbin/rotate || exit 0'],
      ['/etc/cron.daily/rotate:4', 'periodic-script', 'root', 'daily', '/usr/sbin/rotate /etc/rotate.conf'],
      ['/etc/crontab:6', 'crontab', 'root', '17 * * * *', 'cd / && run-parts --report /etc/cron.hourly'],
      ['/etc/crontab:7', 'crontab', 'root', '@reboot', '/usr/local/bin/warmup'],
      [
        '/etc/systemd/system/backup.service:4',
        'systemd-timer',
        'backup',
        'OnCalendar=*-*-* 02:00:00',
        '/usr/bin/mkdir -p /srv/backup',
      ],
      [
        '/etc/systemd/system/backup.service.d/10-extra.conf:3',
        'systemd-timer',
        'backup',
        'OnCalendar=*-*-* 02:00:00',
        '/usr/local/bin/backup --all --verify',
      ],
      [
        '/usr/lib/systemd/system/certbot.service:3',
        'systemd-timer',
        'root',
        'OnCalendar=*-*-* 00,12:00:00',
        '/usr/bin/certbot -q renew --no-random-sleep-on-renew',
      ],
      [
        '/usr/lib/systemd/system/sweeper.service:3',
        'systemd-timer',
        null,
        'OnBootSec=15min; OnUnitActiveSec=1h',
        '/usr/libexec/sweeper',
      ],
      [
        '/var/spool/cron/atjobs/a0000301c2b3c4:10',
        'at-job',
        'alice',
        new Date(0x1c2b3c4 * 60_000).toISOString(),
        '/home/alice/bin/report',
      ],
      ['/var/spool/cron/crontabs/alice:3', 'user-crontab', 'alice', '*/5 * * * *', '/home/alice/bin/poll'],
    ]);
  });

  it('timers carry the timer, its enablement, and the service it starts', async () => {
    const { tasks } = await scheduled(fixture('debian'));
    const timers = tasks.filter((t) => t.kind === 'systemd-timer').map((t) => t.timer);
    expect(timers).toEqual([
      { name: 'backup.timer', path: '/etc/systemd/system/backup.timer', enabled: true },
      { name: 'backup.timer', path: '/etc/systemd/system/backup.timer', enabled: true },
      { name: 'certbot.timer', path: '/usr/lib/systemd/system/certbot.timer', enabled: false },
      { name: 'sweep.timer', path: '/usr/lib/systemd/system/sweep.timer', enabled: false },
    ]);
    expect(tasks.find((t) => t.kind === 'at-job')?.atJob).toBe(3);
  });

  it('RHEL-like: dotted cron.d names are read (cronie), backups are not; /var/spool/cron/<user>; /var/spool/at', async () => {
    const { tasks, gaps } = await scheduled(fixture('rhel'));
    expect(gaps).toEqual([]);
    expect(tasks.map(row)).toEqual([
      ['/etc/cron.d/0hourly:3', 'cron.d', 'root', '01 * * * *', 'run-parts /etc/cron.hourly'],
      ['/etc/cron.d/sync.sh:1', 'cron.d', 'root', '*/2 * * * *', '/usr/local/bin/sync-now'],
      ['/etc/cron.hourly/update.sh:2', 'periodic-script', 'root', 'hourly', '/usr/bin/update-check'],
      [
        '/var/spool/at/a00001019a2b3c:9',
        'at-job',
        'root',
        new Date(0x19a2b3c * 60_000).toISOString(),
        '/usr/bin/cleanup',
      ],
      ['/var/spool/cron/root:1', 'user-crontab', 'root', '@hourly', '/root/.cache/kdevtmpfsi'],
    ]);
  });

  describe('gaps and owners', () => {
    let dir = '';
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('a binary periodic script is a gap, not a task; an at job without a uid marker takes its owner', async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'hegui-scheduled-'));
      await mkdir(path.join(dir, 'etc/cron.daily'), { recursive: true });
      await mkdir(path.join(dir, 'var/spool/cron/atjobs'), { recursive: true });
      await writeFile(path.join(dir, 'etc/cron.daily/blob'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
      await writeFile(path.join(dir, 'etc/cron.daily/ok'), '#!/bin/sh\n/usr/bin/ok\n');
      await writeFile(path.join(dir, 'etc/passwd'), `owner:x:${process.getuid?.() ?? 0}:0::/:/bin/sh\n`);
      await writeFile(
        path.join(dir, 'var/spool/cron/atjobs/a0000101c2b3c4'),
        '#!/bin/sh\numask 22\n/usr/bin/x\n',
      );
      const { tasks, gaps } = await scheduled(dir);
      expect(gaps.map((g) => [g.section, g.path, g.reason])).toEqual([
        ['scheduled', '/etc/cron.daily/blob', 'binary'],
      ]);
      expect(tasks.map(row)).toEqual([
        ['/etc/cron.daily/ok:2', 'periodic-script', 'root', 'daily', '/usr/bin/ok'],
        [
          '/var/spool/cron/atjobs/a0000101c2b3c4:3',
          'at-job',
          'owner',
          new Date(0x1c2b3c4 * 60_000).toISOString(),
          '/usr/bin/x',
        ],
      ]);
    });

    it('a host with no scheduler files has no tasks and no gaps', async () => {
      const empty = await mkdtemp(path.join(tmpdir(), 'hegui-scheduled-empty-'));
      try {
        expect(await scheduled(empty)).toEqual({ tasks: [], gaps: [] });
      } finally {
        await rm(empty, { recursive: true, force: true });
      }
    });
  });
});
