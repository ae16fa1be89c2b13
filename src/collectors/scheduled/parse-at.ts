/**
 * at(1) job files in /var/spool/cron/atjobs (Debian) and /var/spool/at (RHEL). `at` writes a shell
 * preamble (a `# atrun uid=… gid=…` marker, umask, the saved environment, a `cd … || { … }` block) and
 * then the user's commands, in newer versions inside `${SHELL:-/bin/sh} << 'marcinDELIMITER…'`. The job
 * file name encodes the queue, job number and start time. Pure.
 */
import type { FileLine } from '../../core/evidence.ts';

export interface AtJob {
  /** From the `# atrun uid=N` marker. */
  uid: number | null;
  commands: { command: string; where: FileLine }[];
}

export function parseAtJob(text: string, path: string): AtJob {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const uidMatch = /^#\s*atrun\s+uid=(\d+)/m.exec(text);
  const uid = uidMatch ? Number(uidMatch[1]) : null;

  // The user's part starts after the `cd … || {` … `}` block; without one, after the preamble lines.
  let start = 0;
  const cd = lines.findIndex((l) => /^cd\s.*\|\|\s*\{\s*$/.test(l));
  if (cd >= 0) {
    const close = lines.findIndex((l, i) => i > cd && /^\s*\}\s*$/.test(l));
    start = close >= 0 ? close + 1 : cd + 1;
  } else {
    while (start < lines.length && isPreamble(lines[start]!)) start++;
  }
  let end = lines.length;
  const here = /^\$\{SHELL:-\/bin\/sh\}\s*<<\s*'?([A-Za-z0-9_]+)'?\s*$/.exec(lines[start] ?? '');
  if (here) {
    start++;
    const stop = lines.findIndex((l, i) => i >= start && l === here[1]);
    if (stop >= 0) end = stop;
  }
  const commands: AtJob['commands'] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    commands.push({ command: line, where: { path, line: i + 1 } });
  }
  return { uid, commands };
}

function isPreamble(line: string): boolean {
  const t = line.trim();
  return (
    t === '' ||
    t.startsWith('#') ||
    /^umask\s+\d+$/.test(t) ||
    /^[A-Za-z_][A-Za-z0-9_]*=.*;\s*export\s+[A-Za-z_][A-Za-z0-9_]*$/.test(t) ||
    /^(SHELL|OLDPWD)=/.test(t)
  );
}

/**
 * "a0001a01c2b3c4": queue letter, five hex digits of job number, eight hex digits of minutes since
 * the epoch. Returns undefined for other names (.SEQ, spool directories).
 */
export function atJobName(name: string): { queue: string; job: number; runAt: string } | undefined {
  const m = /^([a-zA-Z=])([0-9a-f]{5})([0-9a-f]{8})$/.exec(name);
  if (!m) return undefined;
  return {
    queue: m[1]!,
    job: parseInt(m[2]!, 16),
    runAt: new Date(parseInt(m[3]!, 16) * 60_000).toISOString(),
  };
}

/** uid → user name from /etc/passwd text (first entry wins). */
export function passwdNames(text: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 3 || line.startsWith('#')) continue;
    const uid = Number(f[2]);
    if (f[0] && Number.isInteger(uid) && !names.has(uid)) names.set(uid, f[0]);
  }
  return names;
}
