/**
 * Small pure helpers shared by the process checks: where a process is, what path it claims to run from,
 * and how that path looks (temporary, hidden).
 */
import type { Where } from '../../core/evidence.ts';
import type { ProcessInfo } from '../../collectors/processes/processes.types.ts';

/** Longest command line shown in a report; longer ones are cut with "…". */
export const MAX_COMMAND_CHARS = 240;

/** How a report points at a process: its pid and its command line (or its name when it has none). */
export function processWhere(p: ProcessInfo): Where {
  const full = p.cmdline.join(' ').trim();
  const command = full.length > MAX_COMMAND_CHARS ? `${full.slice(0, MAX_COMMAND_CHARS - 1)}…` : full;
  return { pid: p.pid, command: command === '' ? `[${p.name}]` : command };
}

/** A process that runs a program of its own (not a kernel thread, not a zombie without a command line). */
export function isUserSpace(p: ProcessInfo): boolean {
  return !p.kernelThread && (p.exe !== null || p.cmdline.length > 0);
}

/**
 * argv[0] when it is an absolute path. A title rewritten with setproctitle keeps the arguments in argv[0]
 * ("/tmp/x --flag"), so only the first word counts.
 */
export function argv0Path(p: ProcessInfo): string | null {
  const first = (p.cmdline[0] ?? '').trim().split(/\s+/)[0] ?? '';
  return first.startsWith('/') ? first : null;
}

/** World-writable scratch locations from which no installed program runs. */
export const TEMP_DIRS = ['/tmp', '/var/tmp', '/dev/shm', '/run/shm'] as const;

export function tempDirOf(path: string): string | null {
  for (const dir of TEMP_DIRS) if (path === dir || path.startsWith(`${dir}/`)) return dir;
  return null;
}

/** The first hidden component ("." name) of an absolute path, or null. */
export function hiddenComponent(path: string): string | null {
  for (const part of path.split('/')) {
    if (part.startsWith('.') && part !== '.' && part !== '..') return part;
  }
  return null;
}

/** Script interpreters: `sh /tmp/x.sh` runs /tmp/x.sh even though the exe is /usr/bin/dash. */
const INTERPRETER =
  /^(?:ba|da|z|k|c|tc|a)?sh$|^busybox$|^python[0-9.]*$|^perl[0-9.]*$|^php[0-9.]*$|^ruby[0-9.]*$|^node$|^lua[0-9.]*$/;

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The script a shell or interpreter runs, when given as an absolute path right after the options. */
export function interpretedScript(p: ProcessInfo): string | null {
  const program = basename(p.exe ?? argv0Path(p) ?? p.cmdline[0] ?? '');
  if (!INTERPRETER.test(program)) return null;
  for (const arg of p.cmdline.slice(1)) {
    if (arg === '-c' || arg === '-e') return null; // inline code, not a script file
    if (arg.startsWith('-')) continue;
    return arg.startsWith('/') ? arg : null;
  }
  return null;
}
