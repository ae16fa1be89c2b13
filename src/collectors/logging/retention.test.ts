import { describe, expect, it } from 'vitest';
import type { RsyslogDestination } from './logging.types.ts';
import { LOGROTATE_DEFAULTS, type ResolvedBlock } from './parse-logrotate.ts';
import { buildRetention, classifyLog, globToRegExp } from './retention.ts';

describe('classifyLog', () => {
  it.each<[string, { auth: boolean; system: boolean } | undefined, string]>([
    ['/var/log/auth.log', undefined, 'security'],
    ['/var/log/secure', undefined, 'security'],
    ['/var/log/syslog', undefined, 'system'],
    ['/var/log/messages', { auth: true, system: true }, 'system'],
    ['/var/log/kern.log', undefined, 'system'],
    ['/var/log/nginx/*.log', undefined, 'web'],
    ['/var/log/apache2/access.log', undefined, 'web'],
    ['/var/log/httpd/*log', undefined, 'web'],
    ['/www/wwwlogs/*.log', undefined, 'web'],
    ['/var/log/audit/audit.log', undefined, 'audit'],
    ['/var/log/sshd-custom.log', { auth: true, system: false }, 'security'],
    ['/var/log/everything.log', { auth: false, system: true }, 'system'],
    ['/var/log/mail.log', { auth: false, system: false }, 'other'],
    ['/var/log/mysql/error.log', undefined, 'other'],
  ])('%s → %s', (path, flags, kind) => {
    expect(classifyLog(path, flags)).toBe(kind);
  });
});

describe('globToRegExp', () => {
  it.each<[string, string, boolean]>([
    ['/var/log/nginx/*.log', '/var/log/nginx/access.log', true],
    ['/var/log/nginx/*.log', '/var/log/nginx/sub/access.log', false],
    ['/var/log/*.log', '/var/log/auth.log', true],
    ['/var/log/sys?og', '/var/log/syslog', true],
    ['/var/log/[ak]*.log', '/var/log/kern.log', true],
    ['/var/log/[!ak]*.log', '/var/log/kern.log', false],
    ['/var/log/a.log', '/var/log/aXlog', false],
  ])('%s ~ %s', (pattern, path, ok) => {
    expect(globToRegExp(pattern).test(path)).toBe(ok);
  });
});

const dest = (target: string, auth: boolean, system: boolean, line: number): RsyslogDestination => ({
  target,
  type: 'file',
  filter: '',
  auth,
  system,
  ruleset: null,
  where: { path: '/etc/rsyslog.conf', line },
});
const block = (
  patterns: string[],
  over: Partial<ResolvedBlock['settings']>,
  line: number,
  path = '/etc/logrotate.d/rsyslog',
): ResolvedBlock => ({
  patterns,
  settings: { ...LOGROTATE_DEFAULTS, ...over },
  where: { path, line },
});

describe('buildRetention', () => {
  it('joins rsyslog files with the first matching logrotate block, lists other patterns, and marks unrotated files', () => {
    const retention = buildRetention({
      destinations: [
        dest('/var/log/auth.log', true, false, 20),
        dest('/var/log/syslog', false, true, 21),
        dest('/var/log/local.log', false, false, 30),
      ],
      blocks: [
        block(['/var/log/syslog', '/var/log/auth.log'], { criterion: 'weekly', rotate: 4 }, 1),
        block(['/var/log/nginx/*.log'], { criterion: 'daily', rotate: 14 }, 1, '/etc/logrotate.d/nginx'),
        block(['/var/log/auth.log'], { criterion: 'monthly', rotate: 12 }, 1, '/etc/logrotate.d/zz-dup'),
      ],
      audit: null,
    });
    expect(retention.map((r) => [r.log, r.kind, r.days, r.basis, r.source, r.where.path])).toEqual([
      ['/var/log/auth.log', 'security', 28, 'weekly × rotate 4', 'logrotate', '/etc/logrotate.d/rsyslog'],
      ['/var/log/local.log', 'other', null, 'not rotated', 'rsyslog', '/etc/rsyslog.conf'],
      ['/var/log/nginx/*.log', 'web', 14, 'daily × rotate 14', 'logrotate', '/etc/logrotate.d/nginx'],
      ['/var/log/syslog', 'system', 28, 'weekly × rotate 4', 'logrotate', '/etc/logrotate.d/rsyslog'],
    ]);
  });

  it('a glob block covers an rsyslog file', () => {
    const retention = buildRetention({
      destinations: [dest('/var/log/secure', true, false, 2)],
      blocks: [block(['/var/log/*'], { criterion: 'weekly', rotate: 26 }, 3, '/etc/logrotate.d/syslog')],
      audit: null,
    });
    expect(retention.map((r) => [r.log, r.days])).toEqual([
      ['/var/log/*', 182],
      ['/var/log/secure', 182],
    ]);
  });

  it('adds the audit log with its size-bounded basis', () => {
    const retention = buildRetention({
      destinations: [],
      blocks: [],
      audit: {
        logFile: '/var/log/audit/audit.log',
        basis: 'size-bounded: x',
        where: { path: '/etc/audit/auditd.conf' },
      },
    });
    expect(retention).toEqual([
      {
        log: '/var/log/audit/audit.log',
        kind: 'audit',
        days: null,
        atMost: false,
        basis: 'size-bounded: x',
        source: 'auditd',
        rotation: null,
        where: { path: '/etc/audit/auditd.conf' },
      },
    ]);
  });
});
