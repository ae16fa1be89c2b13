import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../core/collector.ts';
import type { EvidenceBundle, Gap } from '../../core/evidence.ts';
import { collect } from '../../core/scan.ts';
import { openRoot, type HostRoot } from '../../host/root.ts';
import { loggingCollector } from './logging.collector.ts';
import type { LoggingSection } from './logging.types.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

async function scan(name: string): Promise<{ logging: LoggingSection; gaps: EvidenceBundle['gaps'] }> {
  const bundle = await collect({ root: path.join(FIXTURES, name, 'root'), sections: ['logging'] });
  return { logging: bundle.sections.logging!, gaps: bundle.gaps };
}

const row = (l: LoggingSection) => l.retention.map((r) => [r.log, r.kind, r.days, r.basis]);

describe('logging collector', () => {
  it('Debian with rsyslog: 28 days for auth.log and syslog, 14 for nginx, a GBK drop-in read, taboo files skipped', async () => {
    const { logging, gaps } = await scan('debian-rsyslog');
    expect(gaps).toEqual([]);
    expect(logging.rsyslog.installed).toBe(true);
    expect(logging.rsyslog.configFiles).toEqual(['/etc/rsyslog.conf', '/etc/rsyslog.d/50-local.conf']);
    expect(logging.rsyslog.authDestinations).toEqual([
      { path: '/var/log/auth.log', remote: false, where: { path: '/etc/rsyslog.conf', line: 29 } },
    ]);
    expect(logging.logrotate.configFiles).toEqual([
      '/etc/logrotate.conf',
      '/etc/logrotate.d/nginx',
      '/etc/logrotate.d/rsyslog',
    ]);
    expect(row(logging)).toEqual([
      ['/var/log/app.log', 'other', null, 'not rotated'],
      ['/var/log/auth.log', 'security', 28, 'weekly × rotate 4'],
      ['/var/log/cron.log', 'other', 28, 'weekly × rotate 4'],
      ['/var/log/kern.log', 'system', 28, 'weekly × rotate 4'],
      ['/var/log/mail.log', 'other', 28, 'weekly × rotate 4'],
      ['/var/log/nginx/*.log', 'web', 14, 'daily × rotate 14'],
      ['/var/log/syslog', 'system', 28, 'weekly × rotate 4'],
      ['/var/log/user.log', 'system', 28, 'weekly × rotate 4'],
    ]);
    const auth = logging.retention.find((r) => r.log === '/var/log/auth.log')!;
    expect(auth.where).toEqual({ path: '/etc/logrotate.d/rsyslog', line: 1 });
    expect(auth.rotation).toMatchObject({ criterion: 'weekly', rotate: 4, maxage: null, missingok: true });
    expect(logging.journald).toMatchObject({
      installed: true,
      storage: 'auto',
      effectiveStorage: 'persistent',
      persistentDirExists: true,
      days: null,
    });
    expect(logging.auditd).toMatchObject({ installed: false, enabled: false, ruleCount: 0, where: null });
  });

  it('RHEL: secure and messages kept min(weekly × 52, maxage 200) = 200 days; httpd logs inherit weekly × rotate 4', async () => {
    const { logging, gaps } = await scan('rhel-rsyslog');
    expect(gaps).toEqual([]);
    expect(row(logging)).toEqual([
      ['/var/log/boot.log', 'other', null, 'not rotated'],
      ['/var/log/cron', 'other', 200, 'min(weekly × rotate 52 = 364, maxage 200)'],
      ['/var/log/httpd/*log', 'web', 28, 'weekly × rotate 4'],
      ['/var/log/maillog', 'other', 200, 'min(weekly × rotate 52 = 364, maxage 200)'],
      ['/var/log/messages', 'system', 200, 'min(weekly × rotate 52 = 364, maxage 200)'],
      ['/var/log/secure', 'security', 200, 'min(weekly × rotate 52 = 364, maxage 200)'],
      ['/var/log/spooler', 'other', 200, 'min(weekly × rotate 52 = 364, maxage 200)'],
    ]);
    expect(logging.rsyslog.authDestinations.map((d) => d.path)).toEqual([
      '/var/log/messages',
      '/var/log/secure',
    ]);
  });

  it('include cycles in rsyslog and logrotate are recorded as gaps and do not loop', async () => {
    const { logging, gaps } = await scan('include-cycle');
    expect(gaps.map((g) => [g.path, g.reason])).toEqual([
      ['/etc/logrotate.conf', 'include-cycle'],
      ['/etc/rsyslog.conf', 'include-cycle'],
    ]);
    expect(logging.rsyslog.configFiles).toEqual([
      '/etc/rsyslog.conf',
      '/etc/rsyslog.d/a.conf',
      '/etc/rsyslog.d/b.conf',
    ]);
    expect(row(logging)).toEqual([
      ['/var/log/auth.log', 'security', 182, 'weekly × rotate 26'],
      ['/var/log/syslog', 'system', 182, 'weekly × rotate 26'],
    ]);
  });

  it('binary garbage in logrotate.conf is a gap, never a silent pass', async () => {
    const { logging, gaps } = await scan('binary-logrotate');
    expect(gaps).toEqual([
      expect.objectContaining({ section: 'logging', path: '/etc/logrotate.conf', reason: 'binary' }),
    ]);
    expect(logging.logrotate.configFiles).toEqual([]);
    expect(row(logging)).toEqual([['/var/log/auth.log', 'security', null, 'not rotated']]);
  });

  it('journald only: /etc hides a drop-in of the same name, later names win, /run counts', async () => {
    const { logging, gaps } = await scan('journald-only');
    expect(gaps).toEqual([]);
    expect(logging.rsyslog).toEqual({
      installed: false,
      configFiles: [],
      destinations: [],
      authDestinations: [],
    });
    expect(logging.journald.configFiles).toEqual([
      '/etc/systemd/journald.conf',
      '/etc/systemd/journald.conf.d/10-vendor.conf',
      '/usr/lib/systemd/journald.conf.d/20-retention.conf',
      '/run/systemd/journald.conf.d/30-short.conf',
    ]);
    expect(logging.journald).toMatchObject({
      installed: true,
      storage: 'persistent',
      effectiveStorage: 'persistent',
      persistentDirExists: false,
      days: 30.4,
      systemMaxUse: '500M',
      where: { path: '/etc/systemd/journald.conf.d/10-vendor.conf', line: 2 },
      retentionWhere: { path: '/run/systemd/journald.conf.d/30-short.conf', line: 2 },
    });
    expect(logging.retention).toEqual([]);
  });

  it('auditd: installed, enabled without systemctl, rules counted from rules.d only', async () => {
    const { logging, gaps } = await scan('auditd');
    expect(gaps).toEqual([]);
    expect(logging.auditd).toEqual({
      installed: true,
      enabled: true,
      ruleCount: 3,
      rulesFiles: ['/etc/audit/rules.d/30-exec.rules', '/etc/audit/rules.d/audit.rules'],
      maxLogFileMb: 8,
      numLogs: 5,
      maxLogFileAction: 'ROTATE',
      where: { path: '/etc/audit/auditd.conf' },
    });
    expect(row(logging)).toEqual([
      [
        '/var/log/audit/audit.log',
        'audit',
        null,
        'size-bounded: max_log_file_action ROTATE keeps num_logs 5 × max_log_file 8 MB',
      ],
    ]);
  });

  it('an empty root yields an empty section and no gaps', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hegui-logging-empty-'));
    try {
      const bundle = await collect({ root: dir, sections: ['logging'] });
      expect(bundle.gaps).toEqual([]);
      expect(bundle.sections.logging).toMatchObject({
        retention: [],
        rsyslog: { installed: false },
        journald: { installed: false },
        auditd: { installed: false },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('logging collector never reads log contents', () => {
  let dir: string;
  const GiB = 1024 * 1024 * 1024;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hegui-logging-sparse-'));
    await mkdir(path.join(dir, 'etc/logrotate.d'), { recursive: true });
    await mkdir(path.join(dir, 'var/log/nginx'), { recursive: true });
    await writeFile(
      path.join(dir, 'etc/rsyslog.conf'),
      '*.*;auth,authpriv.none -/var/log/syslog\nauth,authpriv.* /var/log/auth.log\n',
    );
    await writeFile(path.join(dir, 'etc/logrotate.conf'), 'weekly\nrotate 4\ninclude /etc/logrotate.d\n');
    await writeFile(path.join(dir, 'etc/logrotate.d/rsyslog'), '/var/log/syslog /var/log/auth.log {\n}\n');
    await writeFile(path.join(dir, 'etc/logrotate.d/nginx'), '/var/log/nginx/*.log {\ndaily\nrotate 14\n}\n');
    // Sparse 1 GiB files: truncate a new file, so no disk is used.
    for (const file of ['var/log/syslog', 'var/log/nginx/access.log']) {
      const handle = await open(path.join(dir, file), 'w');
      await handle.truncate(GiB);
      await handle.close();
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('only configuration is read; /var/log is never opened, and the scan stays fast', async () => {
    const real = await openRoot(dir);
    const touched: string[] = [];
    const spy: HostRoot = {
      dir: real.dir,
      live: real.live,
      readText: (p, o) => (touched.push(`read ${p}`), real.readText(p, o)),
      readBytes: (p, o) => (touched.push(`read ${p}`), real.readBytes(p, o)),
      list: (p) => (touched.push(`list ${p}`), real.list(p)),
      readLink: (p) => (touched.push(`link ${p}`), real.readLink(p)),
      stat: (p) => (touched.push(`stat ${p}`), real.stat(p)),
    };
    const gaps: Gap[] = [];
    const started = performance.now();
    const logging = await loggingCollector.collect(createContext('logging', spy, undefined, gaps));
    const elapsed = performance.now() - started;
    expect(gaps).toEqual([]);
    expect(touched.filter((t) => / \/var\/log\/(syslog|auth\.log|nginx)/.test(t))).toEqual([]);
    expect(touched.every((t) => !t.startsWith('read /var/'))).toBe(true);
    expect(logging.retention.map((r) => [r.log, r.days])).toEqual([
      ['/var/log/auth.log', 28],
      ['/var/log/nginx/*.log', 14],
      ['/var/log/syslog', 28],
    ]);
    expect(elapsed).toBeLessThan(2000);
  });
});
