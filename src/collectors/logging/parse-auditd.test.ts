import { describe, expect, it } from 'vitest';
import { auditRetentionBasis, countAuditRules, parseAuditdConf } from './parse-auditd.ts';

const CONF = '/etc/audit/auditd.conf';

describe('parseAuditdConf', () => {
  it('reads sizes, counts and the action', () => {
    const text =
      '#\n# This file controls the configuration of the audit daemon\n#\nlocal_events = yes\nlog_file = /var/log/audit/audit.log\nmax_log_file = 8\nnum_logs = 5\nmax_log_file_action = rotate\n';
    expect(parseAuditdConf(text, CONF)).toEqual({
      logFile: '/var/log/audit/audit.log',
      maxLogFileMb: 8,
      numLogs: 5,
      maxLogFileAction: 'ROTATE',
      where: { path: CONF },
    });
  });

  it('falls back to the default log file and nulls', () => {
    expect(parseAuditdConf('max_log_file = big\n', CONF)).toEqual({
      logFile: '/var/log/audit/audit.log',
      maxLogFileMb: null,
      numLogs: null,
      maxLogFileAction: null,
      where: { path: CONF },
    });
  });
});

describe('countAuditRules', () => {
  it.each<[string, string, number]>([
    ['Debian default: control lines only', '-D\n-b 8192\n-f 1\n--backlog_wait_time 60000\n', 0],
    [
      'watches and syscall rules',
      '-D\n-w /etc/passwd -p wa -k identity\n-a always,exit -F arch=b64 -S execve -k exec\n-A exit,always -S open\n',
      3,
    ],
    ['comments and -e are not rules', '# -w /etc/shadow\n-e 2\n  -w /etc/sudoers -p wa\n', 1],
    ['-aalways (no space) counts', '-aalways,exit -S all\n', 1],
  ])('%s', (_name, text, count) => {
    expect(countAuditRules(text)).toBe(count);
  });
});

describe('auditRetentionBasis', () => {
  it.each<[string | null, string]>([
    ['ROTATE', 'size-bounded: max_log_file_action ROTATE keeps num_logs 5 × max_log_file 8 MB'],
    ['KEEP_LOGS', 'not deleted by auditd: max_log_file_action KEEP_LOGS rotates without removing old logs'],
    ['SYSLOG', 'not rotated by auditd (max_log_file_action SYSLOG)'],
    [null, 'size-bounded: max_log_file_action ROTATE keeps num_logs 5 × max_log_file 8 MB'],
  ])('%s', (action, basis) => {
    expect(
      auditRetentionBasis({
        logFile: '/var/log/audit/audit.log',
        maxLogFileMb: 8,
        numLogs: 5,
        maxLogFileAction: action,
        where: { path: CONF },
      }),
    ).toBe(basis);
  });
});
