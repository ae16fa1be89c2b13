/**
 * Hits for the scheduled-task checks: one per task whose command carries the signal, with the data
 * every message and remediation in this area uses, including the exact way to remove that task
 * (it depends on where the task lives, so it is hit data in both languages).
 */
import type { Hit } from '../../core/check.ts';
import type { Where } from '../../core/evidence.ts';
import type { ScheduledTask } from '../../collectors/scheduled/scheduled.types.ts';
import { commandSignals, type SignalKind } from './command-signals.ts';

export interface Removal {
  zh: string;
  en: string;
}

/** How to remove exactly this task. */
export function removalOf(task: ScheduledTask): Removal {
  const { path } = task.where;
  const line = task.where.line ?? 0;
  switch (task.kind) {
    case 'crontab':
      return { zh: `编辑 ${path},删除第 ${line} 行`, en: `edit ${path} and delete line ${line}` };
    case 'cron.d':
      return {
        zh: `删除 ${path} 第 ${line} 行;若整个文件都是入侵者写入的,执行 \`rm ${path}\``,
        en: `delete line ${line} of ${path}, or \`rm ${path}\` if the whole file was planted`,
      };
    case 'user-crontab':
      return {
        zh: `执行 \`crontab -u ${task.user ?? '<用户>'} -e\`,删除运行该命令的那一行(${path} 第 ${line} 行)`,
        en: `run \`crontab -u ${task.user ?? '<user>'} -e\` and delete the line running this command (line ${line} of ${path})`,
      };
    case 'periodic-script':
      return {
        zh: `删除 ${path} 第 ${line} 行;若整个脚本都是入侵者放置的,执行 \`rm ${path}\``,
        en: `delete line ${line} of ${path}, or \`rm ${path}\` if the whole script was planted`,
      };
    case 'at-job':
      return task.atJob === undefined
        ? { zh: `执行 \`rm ${path}\` 删除该 at 作业`, en: `delete the at job with \`rm ${path}\`` }
        : {
            zh: `执行 \`atrm ${task.atJob}\` 删除该 at 作业(${path})`,
            en: `delete the at job with \`atrm ${task.atJob}\` (${path})`,
          };
    case 'systemd-timer': {
      const timer = task.timer?.name ?? '<timer>';
      const files = task.timer ? `${task.timer.path} ${path}` : path;
      return {
        zh: `执行 \`systemctl disable --now ${timer}\`,再删除定时器和服务单元文件(\`rm ${files}\`)并执行 \`systemctl daemon-reload\``,
        en: `run \`systemctl disable --now ${timer}\`, then remove the timer and service unit files (\`rm ${files}\`) and run \`systemctl daemon-reload\``,
      };
    }
  }
}

export function whereOf(task: ScheduledTask): Where[] {
  const where: Where[] = [task.where];
  if (task.timer && task.timer.path !== task.where.path) where.push({ path: task.timer.path });
  return where;
}

/** One hit per task whose command carries `kind`. */
export function signalHits<M extends string>(
  tasks: readonly ScheduledTask[],
  kind: SignalKind,
  messageId: M,
): Hit<M>[] {
  const hits: Hit<M>[] = [];
  for (const task of tasks) {
    const signal = commandSignals(task.command).find((s) => s.kind === kind);
    if (!signal) continue;
    const removal = removalOf(task);
    hits.push({
      messageId,
      data: {
        command: task.command,
        detail: signal.detail,
        user: task.user ?? '?',
        schedule: task.schedule,
        location: task.where.line === undefined ? task.where.path : `${task.where.path}:${task.where.line}`,
        path: task.where.path,
        removalZh: removal.zh,
        removalEn: removal.en,
      },
      where: whereOf(task),
    });
  }
  return hits;
}
