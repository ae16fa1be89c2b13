/**
 * auditd: /etc/audit/auditd.conf (`key = value`) and audit rules files (auditctl syntax).
 * Pure parsers; the collector decides which rules files count.
 */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';

export interface AuditdConf {
  logFile: string;
  maxLogFileMb: number | null;
  numLogs: number | null;
  maxLogFileAction: string | null;
  where: FileLine;
}

export const DEFAULT_AUDIT_LOG = '/var/log/audit/audit.log';

/** auditd.conf: keys are case-insensitive, values as written (actions upper-cased). */
export function parseAuditdConf(text: string, path: string): AuditdConf {
  const values = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    values.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  const int = (key: string): number | null => {
    const v = values.get(key);
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : null;
  };
  const action = values.get('max_log_file_action');
  return {
    logFile: values.get('log_file') || DEFAULT_AUDIT_LOG,
    maxLogFileMb: int('max_log_file'),
    numLogs: int('num_logs'),
    maxLogFileAction: action ? action.toUpperCase() : null,
    where: at(path),
  };
}

/** Count audit rules: `-a`/`-A` syscall rules and `-w` watches. Control lines (-D, -b, -e, -f, …) are not rules. */
export function countAuditRules(text: string): number {
  let count = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^-(a|A|w)(\s|$)/.test(line) || /^-[aAw]\S/.test(line)) count++;
  }
  return count;
}

/** How long auditd keeps its log: never a figure in days, since rotation is by size. */
export function auditRetentionBasis(conf: AuditdConf | null): string {
  // auditd's built-in defaults: max_log_file 8 (MB), num_logs 5, max_log_file_action ROTATE.
  const action = conf?.maxLogFileAction ?? 'ROTATE';
  const size = conf?.maxLogFileMb ?? 8;
  const logs = conf?.numLogs ?? 5;
  switch (action) {
    case 'ROTATE':
      return `size-bounded: max_log_file_action ROTATE keeps num_logs ${logs} × max_log_file ${size} MB`;
    case 'KEEP_LOGS':
      return 'not deleted by auditd: max_log_file_action KEEP_LOGS rotates without removing old logs';
    default:
      return `not rotated by auditd (max_log_file_action ${action})`;
  }
}
