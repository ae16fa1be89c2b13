import type { FileLine } from '../../core/evidence.ts';

export type ScheduledKind =
  | 'crontab' // /etc/crontab
  | 'cron.d' // /etc/cron.d/*
  | 'user-crontab' // /var/spool/cron/crontabs/<user>, /var/spool/cron/<user>
  | 'periodic-script' // a line of a script in /etc/cron.{hourly,daily,weekly,monthly}
  | 'at-job'
  | 'systemd-timer';

export interface ScheduledTask {
  kind: ScheduledKind;
  /** The account it runs as, when known. */
  user: string | null;
  /** "*\/5 * * * *", "@reboot", "daily", "OnCalendar=hourly"… */
  schedule: string;
  command: string;
  where: FileLine;
}

export interface ScheduledSection {
  tasks: ScheduledTask[];
}
