/**
 * Scheduled tasks: /etc/crontab, /etc/cron.d, user crontabs, the lines of /etc/cron.{hourly,…}
 * scripts, at jobs, and systemd timers with the commands of the services they start. Parsing is in
 * parse-*.ts and (for units) the shared services/parse-unit.ts. No crontab, atq or systemctl is run.
 */
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { parseExecLine, setting, settingList } from '../services/parse-unit.ts';
import { enabledBy, indexUnits, loadUnit } from '../services/systemd-units.ts';
import { atJobName, parseAtJob, passwdNames } from './parse-at.ts';
import { cronSkipsName, parseCrontab, parseScriptLines, type CronFlavour } from './parse-crontab.ts';
import type { ScheduledSection, ScheduledTask } from './scheduled.types.ts';

const PERIODS = ['hourly', 'daily', 'weekly', 'monthly'] as const;
/** Debian, RHEL (cronie), SUSE and busybox/Alpine keep user crontabs here, one file per user. */
const USER_CRONTAB_DIRS = [
  '/var/spool/cron/crontabs',
  '/var/spool/cron/tabs',
  '/var/spool/cron',
  '/etc/crontabs',
];
const AT_DIRS = ['/var/spool/cron/atjobs', '/var/spool/at'];
const TIMER_KEYS = [
  'OnCalendar',
  'OnActiveSec',
  'OnBootSec',
  'OnStartupSec',
  'OnUnitActiveSec',
  'OnUnitInactiveSec',
  'OnClockChange',
  'OnTimezoneChange',
];
const TIMER_EXEC = ['ExecStartPre', 'ExecStart', 'ExecStartPost'];

async function flavourOf(ctx: CollectContext): Promise<CronFlavour> {
  if ((await ctx.root.stat('/etc/debian_version')).ok) return 'debian';
  const osRelease = await ctx.root.readText('/etc/os-release');
  if (osRelease.ok && /^(ID|ID_LIKE)=["']?[^\n]*\b(debian|ubuntu)\b/m.test(osRelease.text)) return 'debian';
  return 'other';
}

const isFile = (type: string) => type === 'file' || type === 'symlink';

async function cronFiles(ctx: CollectContext, flavour: CronFlavour): Promise<ScheduledTask[]> {
  const tasks: ScheduledTask[] = [];
  const crontab = await ctx.readText('/etc/crontab');
  if (crontab !== undefined) {
    for (const e of parseCrontab(crontab, '/etc/crontab', { system: true }))
      tasks.push({ kind: 'crontab', ...e });
  }
  for (const entry of (await ctx.list('/etc/cron.d')) ?? []) {
    if (!isFile(entry.type) || cronSkipsName(entry.name, flavour)) continue;
    const path = `/etc/cron.d/${entry.name}`;
    const text = await ctx.readText(path);
    if (text === undefined) continue;
    for (const e of parseCrontab(text, path, { system: true })) tasks.push({ kind: 'cron.d', ...e });
  }
  return tasks;
}

async function userCrontabs(ctx: CollectContext): Promise<ScheduledTask[]> {
  const tasks: ScheduledTask[] = [];
  for (const dir of USER_CRONTAB_DIRS) {
    for (const entry of (await ctx.list(dir)) ?? []) {
      if (!isFile(entry.type) || entry.name.startsWith('.')) continue;
      const path = `${dir}/${entry.name}`;
      const text = await ctx.readText(path);
      if (text === undefined) continue;
      for (const e of parseCrontab(text, path, { system: false, user: entry.name }))
        tasks.push({ kind: 'user-crontab', ...e });
    }
  }
  return tasks;
}

async function periodicScripts(ctx: CollectContext, flavour: CronFlavour): Promise<ScheduledTask[]> {
  const tasks: ScheduledTask[] = [];
  for (const period of PERIODS) {
    const dir = `/etc/cron.${period}`;
    for (const entry of (await ctx.list(dir)) ?? []) {
      if (!isFile(entry.type) || cronSkipsName(entry.name, flavour)) continue;
      const path = `${dir}/${entry.name}`;
      // A binary here is not parsed: the context records it as a gap, so no check can pass over it.
      const text = await ctx.readText(path);
      if (text === undefined) continue;
      for (const line of parseScriptLines(text, path)) {
        tasks.push({ kind: 'periodic-script', user: 'root', schedule: period, ...line });
      }
    }
  }
  return tasks;
}

async function atJobs(ctx: CollectContext): Promise<ScheduledTask[]> {
  const tasks: ScheduledTask[] = [];
  let names: Map<number, string> | undefined;
  const userOf = async (uid: number | null): Promise<string | null> => {
    if (uid === null) return null;
    if (!names) {
      const passwd = await ctx.readText('/etc/passwd');
      names = passwd === undefined ? new Map() : passwdNames(passwd);
    }
    return names.get(uid) ?? null;
  };
  for (const dir of AT_DIRS) {
    for (const entry of (await ctx.list(dir)) ?? []) {
      const info = atJobName(entry.name);
      if (!info || !isFile(entry.type)) continue;
      const path = `${dir}/${entry.name}`;
      const text = await ctx.readText(path);
      if (text === undefined) continue;
      const job = parseAtJob(text, path);
      let uid = job.uid;
      if (uid === null) {
        const stat = await ctx.root.stat(path);
        uid = stat.ok ? stat.uid : null;
      }
      const user = await userOf(uid);
      for (const c of job.commands) {
        tasks.push({ kind: 'at-job', user, schedule: info.runAt, ...c, atJob: info.job });
      }
    }
  }
  return tasks;
}

async function timers(ctx: CollectContext): Promise<ScheduledTask[]> {
  const tasks: ScheduledTask[] = [];
  const index = await indexUnits(ctx);
  for (const name of [...index.files.keys()].filter((n) => n.endsWith('.timer')).sort()) {
    const timer = await loadUnit(ctx, index, name);
    if (!timer || timer.masked) continue;
    const schedule = TIMER_KEYS.flatMap((key) =>
      settingList(timer.files, 'Timer', key).map((e) => `${key}=${e.value}`),
    ).join('; ');
    const serviceName = setting(timer.files, 'Timer', 'Unit')?.value ?? name.replace(/\.timer$/, '.service');
    const service = await loadUnit(ctx, index, serviceName);
    if (!service || service.masked) continue;
    const user = setting(service.files, 'Service', 'User')?.value;
    const dynamic = /^(1|yes|true|on)$/i.test(setting(service.files, 'Service', 'DynamicUser')?.value ?? '');
    const info = { name, path: timer.path, enabled: enabledBy(index, name).length > 0 };
    for (const key of TIMER_EXEC) {
      for (const e of settingList(service.files, 'Service', key)) {
        tasks.push({
          kind: 'systemd-timer',
          user: user ?? (dynamic ? null : 'root'),
          schedule,
          command: parseExecLine(e.value).command,
          where: e.where,
          timer: info,
        });
      }
    }
  }
  return tasks;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const scheduledCollector = defineCollector({
  section: 'scheduled',
  version: 1,
  async collect(ctx): Promise<ScheduledSection> {
    const flavour = await flavourOf(ctx);
    const tasks = [
      ...(await cronFiles(ctx, flavour)),
      ...(await userCrontabs(ctx)),
      ...(await periodicScripts(ctx, flavour)),
      ...(await atJobs(ctx)),
      ...(await timers(ctx)),
    ];
    tasks.sort(
      (a, b) =>
        byCodeUnit(a.where.path, b.where.path) ||
        (a.where.line ?? 0) - (b.where.line ?? 0) ||
        byCodeUnit(a.timer?.name ?? '', b.timer?.name ?? '') ||
        byCodeUnit(a.command, b.command),
    );
    return { tasks };
  },
});
