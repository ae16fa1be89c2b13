/**
 * What a capture copies (pure): the files the findings name, then the standard evidence set of a
 * Linux host, and the one transformation applied on purpose (password hashes out of /etc/shadow).
 */
import type { EvidenceBundle } from '../core/evidence.ts';
import type { Report } from '../core/finding.ts';
import { normaliseHostPath } from '../host/root.ts';

/** Files named by the report's findings, sorted; a named process's program as /proc/PID/exe. */
export function pathsFromReport(report: Report): string[] {
  const out = new Set<string>();
  for (const f of report.findings) {
    for (const w of f.where) {
      if ('path' in w) out.add(normaliseHostPath(w.path));
      else if ('command' in w && Number.isInteger(w.pid) && w.pid > 0) out.add(`/proc/${w.pid}/exe`);
    }
  }
  return [...out].sort();
}

export const STANDARD_FILES: readonly string[] = [
  '/etc/passwd',
  '/etc/group',
  '/etc/shadow',
  '/etc/sudoers',
  '/etc/hosts',
  '/etc/hostname',
  '/etc/os-release',
  '/etc/ld.so.preload',
  '/etc/crontab',
  '/etc/anacrontab',
  '/etc/ssh/sshd_config',
  '/var/log/wtmp',
  '/var/log/btmp',
  '/var/log/lastlog',
];

/** Directories whose matching regular files are all taken. */
export const STANDARD_DIRS: readonly { dir: string; match: RegExp }[] = [
  // auth logs, syslog/messages and their rotations (auth.log.1, auth.log.2.gz, secure-20261101, wtmp.1)
  { dir: '/var/log', match: /^(?:auth\.log|secure|syslog|messages|kern\.log|wtmp|btmp)(?:[.-][\w.-]*)?$/ },
  { dir: '/etc/cron.d', match: /^[^.]/ },
  { dir: '/var/spool/cron/crontabs', match: /^[^.]/ },
  { dir: '/var/spool/cron', match: /^[^.]/ },
  { dir: '/etc/ssh/sshd_config.d', match: /\.conf$/ },
  { dir: '/etc/sudoers.d', match: /^[^.]/ },
];

const HOME_FILES = [
  '.bash_history',
  '.zsh_history',
  '.ash_history',
  '.sh_history',
  '.mysql_history',
  '.psql_history',
  '.python_history',
  '.ssh/authorized_keys',
  '.ssh/authorized_keys2',
];

/** Home directories worth reading: root's and every account's real home (not / or /nonexistent). */
export function homes(bundle: EvidenceBundle): string[] {
  const out = new Set<string>(['/root']);
  for (const u of bundle.sections.accounts?.users ?? []) {
    const home = normaliseHostPath(u.home);
    if (home === '/' || home === '/nonexistent' || home.startsWith('/proc') || home.startsWith('/dev'))
      continue;
    out.add(home);
  }
  return [...out].sort();
}

export function homeFiles(home: string): string[] {
  return HOME_FILES.map((f) => `${home === '/' ? '' : home}/${f}`);
}

/**
 * /etc/shadow with every password hash replaced: the capture should not carry crackable hashes. What
 * the field says about the account stays: empty (no password), locked (!), disabled (*), and the hash
 * scheme ($6$, $y$, …), e.g. "!$6$" + marker for a locked SHA-512 password.
 */
export function stripShadowHashes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const fields = line.split(':');
      if (fields.length < 2) return line;
      const value = fields[1]!;
      const lock = /^[!*]*/.exec(value)![0];
      const rest = value.slice(lock.length);
      if (rest === '') return line;
      const scheme = /^\$[\w-]+\$/.exec(rest)?.[0] ?? '';
      fields[1] = `${lock}${scheme}<hash-removed-by-hegui>`;
      return fields.join(':');
    })
    .join('\n');
}
