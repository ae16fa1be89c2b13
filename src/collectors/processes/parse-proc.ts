/**
 * Pure parsers for the per-process files of /proc (proc(5)). Each takes the file's text and returns
 * facts, or undefined when the text is not what the kernel writes (the caller records that).
 */
import type { UserAccount } from '../accounts/accounts.types.ts';

/** Clock ticks per second used by /proc/<pid>/stat times (USER_HZ, 100 on every Linux ABI in use). */
export const CLOCK_TICKS = 100;

/** PF_KTHREAD in the stat flags field (include/linux/sched.h). */
const PF_KTHREAD = 0x00200000;

/**
 * /proc/<pid>/cmdline: arguments separated by NUL, usually with a trailing NUL. Programs that rewrite
 * their title (postgres, redis) pad the old argument area with NULs: trailing empty arguments are dropped.
 */
export function parseCmdline(text: string): string[] {
  const parts = text.split('\0');
  while (parts.length > 0 && parts.at(-1) === '') parts.pop();
  return parts;
}

export interface StatusFacts {
  name: string;
  state: string;
  ppid: number;
  /** Real uid (first of the four Uid columns). */
  uid: number;
}

/** /proc/<pid>/status: "Key:\tvalue" lines; we need Name, State, PPid and the real Uid. */
export function parseStatus(text: string): StatusFacts | undefined {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon);
    if (!fields.has(key)) fields.set(key, line.slice(colon + 1).replace(/^[\t ]+/, ''));
  }
  const name = fields.get('Name');
  const ppid = Number.parseInt(fields.get('PPid') ?? '', 10);
  const uid = Number.parseInt((fields.get('Uid') ?? '').split(/\s+/)[0] ?? '', 10);
  if (name === undefined || Number.isNaN(ppid) || Number.isNaN(uid)) return undefined;
  const state = (fields.get('State') ?? '').trim().charAt(0);
  return { name: unescapeStatusName(name), state, ppid, uid };
}

/** The kernel escapes "\n" and "\\" in the status Name field. */
function unescapeStatusName(name: string): string {
  return name.replace(/\\(n|\\)/g, (_m, c: string) => (c === 'n' ? '\n' : '\\'));
}

export interface StatFacts {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  flags: number;
  /** user + system time in seconds. */
  cpuSeconds: number;
  /** Start time after boot in seconds. */
  startedAfterBootSeconds: number;
}

/**
 * /proc/<pid>/stat: "pid (comm) state ppid …". comm may hold spaces and parentheses, so it runs from the
 * first "(" to the LAST ")". Fields after it are numbered from 3 (state) as in proc(5).
 */
export function parseStat(text: string): StatFacts | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number.parseInt(text.slice(0, open).trim(), 10);
  const comm = text.slice(open + 1, close);
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  // rest[0] is field 3; field n is rest[n - 3].
  const field = (n: number): number => Number(rest[n - 3]);
  const state = rest[0] ?? '';
  const ppid = field(4);
  const flags = field(9);
  const utime = field(14);
  const stime = field(15);
  const starttime = field(22);
  if ([pid, ppid, flags, utime, stime, starttime].some((v) => !Number.isFinite(v)) || state === '')
    return undefined;
  return {
    pid,
    comm,
    state,
    ppid,
    flags,
    cpuSeconds: (utime + stime) / CLOCK_TICKS,
    startedAfterBootSeconds: starttime / CLOCK_TICKS,
  };
}

export function isKernelThreadFlag(flags: number): boolean {
  return (flags & PF_KTHREAD) !== 0;
}

/** /proc/uptime: "seconds-up idle-seconds". */
export function parseUptime(text: string): number | undefined {
  const first = text.trim().split(/\s+/)[0] ?? '';
  if (!/^\d+(\.\d+)?$/.test(first)) return undefined;
  return Number(first);
}

/** A readlink of /proc/<pid>/exe: "/usr/bin/x (deleted)" means the file was unlinked after exec. */
export function parseExeLink(target: string): { path: string; deleted: boolean } {
  const suffix = ' (deleted)';
  if (target.endsWith(suffix)) return { path: target.slice(0, -suffix.length), deleted: true };
  return { path: target, deleted: false };
}

/**
 * A kernel thread has no command line and no executable, and is kthreadd (pid 2) or its child; the
 * PF_KTHREAD flag says so directly when the stat file carries it.
 */
export function isKernelThread(p: {
  pid: number;
  ppid: number;
  cmdline: readonly string[];
  exe: string | null;
  flags?: number;
}): boolean {
  if (p.flags !== undefined && isKernelThreadFlag(p.flags)) return true;
  return p.cmdline.length === 0 && p.exe === null && (p.pid === 2 || p.ppid === 2);
}

/** Average share of one CPU over the process's life, rounded to 4 places; null when it cannot be known. */
export function cpuShare(
  cpuSeconds: number,
  uptimeSeconds: number | null,
  startedAfterBootSeconds: number,
): number | null {
  if (uptimeSeconds === null) return null;
  const alive = uptimeSeconds - startedAfterBootSeconds;
  if (alive <= 0) return null;
  return Math.round((cpuSeconds / alive) * 10000) / 10000;
}

/** uid → user name, the first entry for a uid winning as getpwuid does (accounts' passwd parser reads the file). */
export function userNamesByUid(users: readonly Pick<UserAccount, 'name' | 'uid'>[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const u of users) if (!names.has(u.uid)) names.set(u.uid, u.name);
  return names;
}
