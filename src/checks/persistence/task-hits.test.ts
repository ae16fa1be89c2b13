import { describe, expect, it } from 'vitest';
import type { ScheduledTask } from '../../collectors/scheduled/scheduled.types.ts';
import { removalOf, signalHits } from './task-hits.ts';

const task = (over: Partial<ScheduledTask>): ScheduledTask => ({
  kind: 'crontab',
  user: 'root',
  schedule: '* * * * *',
  command: '/tmp/x',
  where: { path: '/etc/crontab', line: 7 },
  ...over,
});

describe('removalOf', () => {
  it.each<[string, Partial<ScheduledTask>, string]>([
    ['/etc/crontab', {}, 'edit /etc/crontab and delete line 7'],
    [
      'cron.d',
      { kind: 'cron.d', where: { path: '/etc/cron.d/php-sess', line: 1 } },
      'delete line 1 of /etc/cron.d/php-sess, or `rm /etc/cron.d/php-sess` if the whole file was planted',
    ],
    [
      'user crontab',
      {
        kind: 'user-crontab',
        user: 'www-data',
        where: { path: '/var/spool/cron/crontabs/www-data', line: 3 },
      },
      'run `crontab -u www-data -e` and delete the line running this command (line 3 of /var/spool/cron/crontabs/www-data)',
    ],
    [
      'periodic script',
      { kind: 'periodic-script', where: { path: '/etc/cron.hourly/sysupdate', line: 3 } },
      'delete line 3 of /etc/cron.hourly/sysupdate, or `rm /etc/cron.hourly/sysupdate` if the whole script was planted',
    ],
    [
      'at job',
      { kind: 'at-job', atJob: 5, where: { path: '/var/spool/cron/atjobs/a0000501c2b3c4', line: 10 } },
      'delete the at job with `atrm 5` (/var/spool/cron/atjobs/a0000501c2b3c4)',
    ],
    [
      'systemd timer',
      {
        kind: 'systemd-timer',
        where: { path: '/etc/systemd/system/x.service', line: 3 },
        timer: { name: 'x.timer', path: '/etc/systemd/system/x.timer', enabled: true },
      },
      'run `systemctl disable --now x.timer`, then remove the timer and service unit files (`rm /etc/systemd/system/x.timer /etc/systemd/system/x.service`) and run `systemctl daemon-reload`',
    ],
  ])('%s', (_name, over, en) => {
    const removal = removalOf(task(over));
    expect(removal.en).toBe(en);
    expect(removal.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('signalHits', () => {
  it('one hit per task carrying the signal, with the timer file as a second location', () => {
    const tasks = [
      task({ command: '/tmp/x' }),
      task({ command: 'find /tmp -delete', where: { path: '/etc/crontab', line: 8 } }),
      task({
        kind: 'systemd-timer',
        user: null,
        command: '/dev/shm/y',
        where: { path: '/etc/systemd/system/y.service', line: 2 },
        timer: { name: 'y.timer', path: '/etc/systemd/system/y.timer', enabled: false },
      }),
    ];
    const hits = signalHits(tasks, 'tempPath', 'tempPath');
    expect(hits.map((h) => [h.data?.location, h.data?.detail, h.data?.user, h.where])).toEqual([
      ['/etc/crontab:7', '/tmp/x', 'root', [{ path: '/etc/crontab', line: 7 }]],
      [
        '/etc/systemd/system/y.service:2',
        '/dev/shm/y',
        '?',
        [{ path: '/etc/systemd/system/y.service', line: 2 }, { path: '/etc/systemd/system/y.timer' }],
      ],
    ]);
    expect(signalHits(tasks, 'downloadExec', 'x')).toEqual([]);
  });
});
