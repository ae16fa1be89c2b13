import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDirective,
  isTabooName,
  LOGROTATE_DEFAULTS,
  parseLogrotate,
  resolveLogrotate,
  rotationRetention,
  splitDirective,
  type LogrotateStatement,
} from './parse-logrotate.ts';
import type { RotationSettings } from './logging.types.ts';

const P = '/etc/logrotate.d/x';

const DEBIAN_MAIN = `# see "man logrotate" for details

# global options do not affect preceding include directives

# rotate log files weekly
weekly

# keep 4 weeks worth of backlogs
rotate 4

# create new (empty) log files after rotating old ones
create

# use date as a suffix of the rotated file
#dateext

# uncomment this if you want your log files compressed
#compress

# packages drop log rotation information into this directory
include /etc/logrotate.d

# system-specific logs may also be configured here.
`;

const DEBIAN_RSYSLOG = `/var/log/syslog
/var/log/mail.log
/var/log/kern.log
/var/log/auth.log
/var/log/user.log
/var/log/cron.log
{
\trotate 4
\tweekly
\tmissingok
\tnotifempty
\tcompress
\tdelaycompress
\tsharedscripts
\tpostrotate
\t\t/usr/lib/rsyslog/rsyslog-rotate
\tendscript
}
`;

const DEBIAN_NGINX = `/var/log/nginx/*.log {
\tdaily
\tmissingok
\trotate 14
\tcompress
\tdelaycompress
\tnotifempty
\tcreate 0640 www-data adm
\tsharedscripts
\tprerotate
\t\tif [ -d /etc/logrotate.d/httpd-prerotate ]; then \\
\t\t\trun-parts /etc/logrotate.d/httpd-prerotate; \\
\t\tfi \\
\tendscript
\tpostrotate
\t\tinvoke-rc.d nginx rotate >/dev/null 2>&1
\tendscript
}
`;

describe('splitDirective', () => {
  it.each([
    ['rotate 4', 'rotate', '4'],
    ['rotate=4', 'rotate', '4'],
    ['size = 100M', 'size', '100M'],
    ['weekly', 'weekly', ''],
    ['olddir /var/log/old', 'olddir', '/var/log/old'],
  ])('%s', (text, key, value) => {
    expect(splitDirective(text)).toEqual({ key, value });
  });
});

describe('parseLogrotate', () => {
  it('reads the Debian main file: directives and the include, in order, with lines', () => {
    const { statements, problems } = parseLogrotate(DEBIAN_MAIN, '/etc/logrotate.conf');
    expect(problems).toEqual([]);
    expect(statements).toEqual([
      {
        type: 'directive',
        directive: { key: 'weekly', value: '', where: { path: '/etc/logrotate.conf', line: 6 } },
      },
      {
        type: 'directive',
        directive: { key: 'rotate', value: '4', where: { path: '/etc/logrotate.conf', line: 9 } },
      },
      {
        type: 'directive',
        directive: { key: 'create', value: '', where: { path: '/etc/logrotate.conf', line: 12 } },
      },
      { type: 'include', target: '/etc/logrotate.d', where: { path: '/etc/logrotate.conf', line: 21 } },
    ]);
  });

  it('reads a block whose paths span several lines before "{", and skips the script', () => {
    const { statements, problems } = parseLogrotate(DEBIAN_RSYSLOG, P);
    expect(problems).toEqual([]);
    expect(statements).toHaveLength(1);
    const block = statements[0] as Extract<LogrotateStatement, { type: 'block' }>;
    expect(block.patterns).toEqual([
      '/var/log/syslog',
      '/var/log/mail.log',
      '/var/log/kern.log',
      '/var/log/auth.log',
      '/var/log/user.log',
      '/var/log/cron.log',
    ]);
    expect(block.where).toEqual({ path: P, line: 1 });
    expect(block.directives.map((d) => d.key)).toEqual([
      'rotate',
      'weekly',
      'missingok',
      'notifempty',
      'compress',
      'delaycompress',
      'sharedscripts',
    ]);
  });

  it('does not take words inside scripts for directives (a "rotate" in a shell line)', () => {
    const { statements } = parseLogrotate(DEBIAN_NGINX, P);
    const block = statements[0] as Extract<LogrotateStatement, { type: 'block' }>;
    expect(block.directives.map((d) => d.key)).not.toContain('if');
    expect(block.directives.find((d) => d.key === 'rotate')?.value).toBe('14');
    expect(block.directives).toHaveLength(8);
  });

  it.each<[string, string, string[], number]>([
    [
      'quoted names',
      '"/var/log/my app.log" /var/log/b.log {\nrotate 2\n}\n',
      ['/var/log/my app.log', '/var/log/b.log'],
      0,
    ],
    ['brace on its own line', '/var/log/a.log\n{\nrotate 2\n}\n', ['/var/log/a.log'], 0],
    ['one-line block', '/var/log/a.log { rotate 2 }\n', ['/var/log/a.log'], 0],
    ['CRLF line ends', '/var/log/a.log {\r\n  rotate 2\r\n}\r\n', ['/var/log/a.log'], 0],
  ])('%s', (_name, text, patterns, problems) => {
    const parsed = parseLogrotate(text, P);
    expect(parsed.problems).toHaveLength(problems);
    const block = parsed.statements.find((s) => s.type === 'block') as Extract<
      LogrotateStatement,
      { type: 'block' }
    >;
    expect(block.patterns).toEqual(patterns);
    expect(block.directives).toEqual([
      { key: 'rotate', value: '2', where: expect.objectContaining({ path: P }) as unknown },
    ]);
  });

  it.each([
    ['unclosed block', '/var/log/a.log {\nrotate 2\n', "block not closed with '}'"],
    ['names without a brace', '/var/log/a.log\n', "log file names without '{'"],
    ['stray closing brace', '}\n', "unexpected '}' without a block"],
    ['include inside a block', '/var/log/a {\ninclude /etc/x\n}\n', 'include is not allowed inside a block'],
    ['script never ended', '/var/log/a {\npostrotate\n  kill -HUP 1\n', 'script without endscript'],
  ])('reports %s', (_name, text, message) => {
    expect(parseLogrotate(text, P).problems.map((p) => p.message)).toContain(message);
  });

  it('keeps a GBK comment out of the way (decoded text with Chinese characters)', () => {
    const parsed = parseLogrotate('# 日志轮转配置:保留六个月\nweekly\nrotate 26\n', P);
    expect(parsed.problems).toEqual([]);
    expect(parsed.statements.map((s) => (s.type === 'directive' ? s.directive.key : s.type))).toEqual([
      'weekly',
      'rotate',
    ]);
  });
});

describe('resolveLogrotate', () => {
  it('a block inherits the defaults as they stand where the block is, and overrides them', () => {
    const text =
      'weekly\nrotate 4\n/var/log/a {\n}\ndaily\n/var/log/b {\nrotate 30\n}\n/var/log/c {\nmonthly\n}\n';
    const blocks = resolveLogrotate(parseLogrotate(text, P).statements);
    expect(blocks.map((b) => [b.patterns[0], b.settings.criterion, b.settings.rotate])).toEqual([
      ['/var/log/a', 'weekly', 4],
      ['/var/log/b', 'daily', 30],
      ['/var/log/c', 'monthly', 4],
    ]);
  });

  it('a block does not change the defaults of the blocks after it', () => {
    const blocks = resolveLogrotate(
      parseLogrotate('weekly\nrotate 4\n/a {\nrotate 99\ndaily\n}\n/b {\n}\n', P).statements,
    );
    expect(blocks[1]!.settings).toMatchObject({ criterion: 'weekly', rotate: 4 });
  });

  it('without any directive, the logrotate built-in defaults apply (size 1M, rotate 0)', () => {
    const blocks = resolveLogrotate(parseLogrotate('/var/log/a {\n}\n', P).statements);
    expect(blocks[0]!.settings).toEqual(LOGROTATE_DEFAULTS);
  });

  it('size then weekly: the last criterion wins; maxsize stays beside the period', () => {
    const weeklyLast = resolveLogrotate(
      parseLogrotate('/a {\nsize 10M\nweekly\nmaxsize 1G\n}\n', P).statements,
    )[0]!;
    expect(weeklyLast.settings).toMatchObject({ criterion: 'weekly', size: '10M', maxsize: '1G' });
    const sizeLast = resolveLogrotate(parseLogrotate('/a {\nweekly\nsize=10M\n}\n', P).statements)[0]!;
    expect(sizeLast.settings.criterion).toBe('size');
  });
});

describe('applyDirective', () => {
  const d = (key: string, value = '') => ({ key, value, where: { path: P } });
  it.each<[string, string, Partial<RotationSettings>]>([
    ['rotate', '-1', { rotate: -1 }],
    ['rotate', '-2', { rotate: 0 }],
    ['rotate', 'many', { rotate: 0 }],
    ['maxage', '0', { maxage: null }],
    ['maxage', '180', { maxage: 180 }],
    ['olddir', '/var/log/old', { olddir: '/var/log/old' }],
    ['missingok', '', { missingok: true }],
    ['hourly', '', { criterion: 'hourly' }],
    ['compress', '', {}],
  ])('%s %s', (key, value, change) => {
    expect(applyDirective(LOGROTATE_DEFAULTS, d(key, value))).toEqual({ ...LOGROTATE_DEFAULTS, ...change });
  });
});

describe('rotationRetention', () => {
  const s = (over: Partial<RotationSettings>): RotationSettings => ({
    ...LOGROTATE_DEFAULTS,
    criterion: 'weekly',
    ...over,
  });
  it.each<[string, Partial<RotationSettings>, number | null, boolean, string]>([
    ['Debian rsyslog', { rotate: 4 }, 28, false, 'weekly × rotate 4'],
    ['Debian nginx', { criterion: 'daily', rotate: 14 }, 14, false, 'daily × rotate 14'],
    ['six months weekly', { rotate: 26 }, 182, false, 'weekly × rotate 26'],
    ['six months monthly', { criterion: 'monthly', rotate: 6 }, 180, false, 'monthly × rotate 6'],
    ['yearly', { criterion: 'yearly', rotate: 1 }, 365, false, 'yearly × rotate 1'],
    ['hourly', { criterion: 'hourly', rotate: 48 }, 2, false, 'hourly × rotate 48'],
    ['rotate 0 keeps the current period only', { rotate: 0 }, 0, false, 'weekly × rotate 0'],
    [
      'maxage caps',
      { criterion: 'daily', rotate: 365, maxage: 30 },
      30,
      false,
      'min(daily × rotate 365 = 365, maxage 30)',
    ],
    ['maxage above the count changes nothing', { rotate: 4, maxage: 180 }, 28, false, 'weekly × rotate 4'],
    ['rotate -1 with maxage', { rotate: -1, maxage: 200 }, 200, false, 'weekly, rotate -1, maxage 200'],
    ['rotate -1 alone', { rotate: -1 }, null, false, 'not rotated away (weekly, rotate -1 without maxage)'],
    ['size only', { criterion: 'size', size: '100M', rotate: 5 }, null, false, 'size-based (size 100M)'],
    [
      'built-in default',
      { criterion: 'size', rotate: 0 },
      null,
      false,
      'size-based (size 1M (built-in default))',
    ],
    [
      'maxsize makes a ceiling',
      { criterion: 'daily', rotate: 200, maxsize: '1G' },
      200,
      true,
      'daily × rotate 200, maxsize 1G',
    ],
  ])('%s', (_name, over, days, atMost, basis) => {
    expect(rotationRetention(s(over))).toEqual({ days, atMost, basis });
  });
});

describe('isTabooName', () => {
  it.each([
    ['rsyslog', false],
    ['nginx', false],
    ['nginx.dpkg-old', true],
    ['apache2.dpkg-dist', true],
    ['syslog~', true],
    ['x.rpmsave', true],
    ['x.disabled', true],
    ['x.rhn-cfg-tmp-123', true],
  ])('%s → %s', (name, taboo) => {
    expect(isTabooName(name)).toBe(taboo);
  });
});

describe('parseLogrotate (fuzz)', () => {
  it('never throws, and every fact points at a line of the input', () => {
    const piece = fc.constantFrom(
      'weekly',
      'rotate 4',
      '{',
      '}',
      '/var/log/a',
      '"/x y"',
      'postrotate',
      'endscript',
      '#c',
      'include /d',
      'size=1M',
      '\t',
      ' ',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(piece, { maxLength: 60 }).map((a) => a.join('\n')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseLogrotate(t, P);
        const lines = t.split(/\r?\n/).length;
        for (const s of parsed.statements) {
          const where = s.type === 'directive' ? s.directive.where : s.where;
          expect(where.line).toBeGreaterThanOrEqual(1);
          expect(where.line).toBeLessThanOrEqual(lines);
        }
        for (const block of resolveLogrotate(parsed.statements)) {
          const r = rotationRetention(block.settings);
          if (r.days !== null) expect(r.days).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
