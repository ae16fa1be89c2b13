import type { FileLine } from '../../core/evidence.ts';

export type ScheduledKind =
  | 'crontab' // /etc/crontab
  | 'cron.d' // /etc/cron.d/*
  | 'user-crontab' // /var/spool/cron/crontabs/<user>, /var/spool/cron/<user>, /var/spool/cron/tabs/<user>, /etc/crontabs/<user>
  | 'periodic-script' // a line of a script in /etc/cron.{hourly,daily,weekly,monthly}
  | 'at-job'
  | 'systemd-timer';

export interface ScheduledTask {
  kind: ScheduledKind;
  /** The account it runs as, when known (a systemd service without User= runs as root). */
  user: string | null;
  /** "*\/5 * * * *", "@reboot", "daily", "OnCalendar=hourly", the start time of an at job… */
  schedule: string;
  command: string;
  /** The line holding the command (for a timer: the ExecStart= line of the service it starts). */
  where: FileLine;
  /** systemd-timer only: the timer that starts the service. */
  timer?: { name: string; path: string; enabled: boolean };
  /** at-job only: the job number (`atrm N`). */
  atJob?: number;
}

export interface ScheduledSection {
  tasks: ScheduledTask[];
}
