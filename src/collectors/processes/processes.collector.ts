/**
 * Processes from /proc/<pid>/{status,stat,cmdline,exe,cwd}. A process that exits while we read it is
 * simply not reported (processes vanish; that is not a gap). An exe or cwd link we may not read (another
 * user's process when not root) is a gap for that field only: the rest of the process is kept.
 */
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { parsePasswd } from '../accounts/parse-passwd.ts';
import { mapLimit, pidsOf } from './map-limit.ts';
import {
  cpuShare,
  isKernelThread,
  isKernelThreadFlag,
  parseCmdline,
  parseExeLink,
  parseStat,
  parseStatus,
  parseUptime,
  userNamesByUid,
} from './parse-proc.ts';
import type { ProcessInfo, ProcessesSection } from './processes.types.ts';

const CONCURRENCY = 32;

async function readProcess(
  ctx: CollectContext,
  pid: number,
  uptime: number | null,
  users: Map<number, string>,
): Promise<ProcessInfo | undefined> {
  const base = `/proc/${pid}`;
  const [statusText, statText, cmdlineText] = await Promise.all([
    ctx.readText(`${base}/status`),
    ctx.readText(`${base}/stat`),
    ctx.readText(`${base}/cmdline`, { allowBinary: true }),
  ]);
  // Gone (or unreadable, which the context has recorded as a gap).
  if (statusText === undefined || statText === undefined) return undefined;
  const status = parseStatus(statusText);
  const stat = parseStat(statText);
  if (!status || !stat) {
    ctx.gap(status ? `${base}/stat` : `${base}/status`, 'read-error', 'unparsable');
    return undefined;
  }
  const cmdline = parseCmdline(cmdlineText ?? '');
  // A kernel thread has no exe or cwd to read (and reading them as non-root would only add gaps).
  const flaggedKernel = isKernelThreadFlag(stat.flags);

  let exe: string | null = null;
  let exeDeleted = false;
  let exeReplaced: boolean | null = null;
  let cwd: string | null = null;
  if (!flaggedKernel) {
    const [exeTarget, cwdTarget] = await Promise.all([
      ctx.readLink(`${base}/exe`, { field: 'exe' }),
      ctx.readLink(`${base}/cwd`, { field: 'cwd' }),
    ]);
    if (exeTarget !== undefined) {
      const link = parseExeLink(exeTarget);
      exe = link.path;
      exeDeleted = link.deleted;
      if (link.deleted && link.path.startsWith('/') && !link.path.startsWith('/memfd:')) {
        const now = await ctx.root.stat(link.path);
        exeReplaced = now.ok ? now.type === 'file' : now.missing ? false : null;
      }
    }
    cwd = cwdTarget ?? null;
  }

  return {
    pid,
    ppid: status.ppid,
    name: status.name,
    cmdline,
    exe,
    exeDeleted,
    exeReplaced,
    cwd,
    uid: status.uid,
    user: users.get(status.uid) ?? null,
    state: status.state || stat.state,
    cpuSeconds: Math.round(stat.cpuSeconds * 100) / 100,
    startedAfterBootSeconds: stat.startedAfterBootSeconds,
    cpuShare: cpuShare(stat.cpuSeconds, uptime, stat.startedAfterBootSeconds),
    kernelThread: isKernelThread({ pid, ppid: status.ppid, cmdline, exe, flags: stat.flags }),
  };
}

export const processesCollector = defineCollector({
  section: 'processes',
  version: 1,
  async collect(ctx): Promise<ProcessesSection> {
    const [entries, uptimeText, passwdText] = await Promise.all([
      ctx.list('/proc'),
      ctx.readText('/proc/uptime'),
      ctx.readText('/etc/passwd'),
    ]);
    const uptimeSeconds = uptimeText === undefined ? null : (parseUptime(uptimeText) ?? null);
    if (uptimeText !== undefined && uptimeSeconds === null)
      ctx.gap('/proc/uptime', 'read-error', 'unparsable');
    const users = userNamesByUid(parsePasswd(passwdText ?? '', '/etc/passwd'));
    // On the live root the scan's own process is not evidence about the host (and hegui may itself run
    // from a dot-directory such as ~/.npm/_npx): leave it out.
    const pids = pidsOf(entries ?? []).filter((pid) => !(ctx.root.live && pid === process.pid));
    const read = await mapLimit(pids, CONCURRENCY, (pid) => readProcess(ctx, pid, uptimeSeconds, users));
    const processes = read.filter((p): p is ProcessInfo => p !== undefined);
    return { processes, uptimeSeconds };
  },
});
