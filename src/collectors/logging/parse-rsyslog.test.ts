import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expressionFilter,
  logicalLines,
  objectParams,
  parseRsyslog,
  selectorFilter,
} from './parse-rsyslog.ts';

const P = '/etc/rsyslog.conf';

const DEBIAN_RSYSLOG = `# /etc/rsyslog.conf configuration file for rsyslog
module(load="imuxsock") # provides support for local system logging
module(load="imklog")   # provides kernel logging support

$FileOwner root
$FileGroup adm
$FileCreateMode 0640
$DirCreateMode 0755
$Umask 0022

#
# Include all config files in /etc/rsyslog.d/
#
$IncludeConfig /etc/rsyslog.d/*.conf

###############
#### RULES ####
###############

auth,authpriv.*\t\t\t/var/log/auth.log
*.*;auth,authpriv.none\t\t-/var/log/syslog
#cron.*\t\t\t\t/var/log/cron.log
kern.*\t\t\t\t-/var/log/kern.log
mail.*\t\t\t\t-/var/log/mail.log
user.*\t\t\t\t-/var/log/user.log

*.emerg\t\t\t\t:omusrmsg:*
`;

const RHEL_RSYSLOG = `*.info;mail.none;authpriv.none;cron.none                /var/log/messages
authpriv.*                                              /var/log/secure
mail.*                                                  -/var/log/maillog
cron.*                                                  /var/log/cron
local7.*                                                /var/log/boot.log
`;

const dests = (text: string) => parseRsyslog(text, P).destinations.map((d) => [d.target, d.auth, d.system]);

describe('selectorFilter', () => {
  it.each<[string, boolean, boolean]>([
    ['auth,authpriv.*', true, false],
    ['*.*;auth,authpriv.none', false, true],
    ['*.info;mail.none;authpriv.none;cron.none', true, true],
    ['authpriv.*', true, false],
    ['kern.*', false, true],
    ['mail.*', false, false],
    ['auth.crit', false, false],
    ['auth.=info', true, false],
    ['auth.!info', false, false],
    ['security.*', true, false],
    ['*.emerg', false, true],
    ['*.*', true, true],
    ['local7.*', false, false],
  ])('%s → auth %s, system %s', (selector, auth, system) => {
    expect(selectorFilter(selector)).toEqual({ text: selector, auth, system });
  });
});

describe('expressionFilter', () => {
  it.each<[string, boolean, boolean]>([
    ["$syslogfacility-text == 'authpriv'", true, false],
    ['$syslogfacility-text == "kern"', false, true],
    ["$programname == 'sshd'", true, false],
    ["$programname startswith 'sudo'", true, false],
    ["$programname != 'sshd'", false, false],
    ["$msg contains 'error'", false, false],
    ['$syslogfacility <= 4', true, false],
  ])('%s', (expression, auth, system) => {
    expect(expressionFilter(expression)).toMatchObject({ auth, system });
  });
});

describe('objectParams', () => {
  it('reads quoted, single-quoted and bare values; names are lower-cased', () => {
    expect(objectParams(`type="omfile" File='/var/log/a b.log' dirCreateMode="0700" queue.size=100`)).toEqual(
      {
        type: 'omfile',
        file: '/var/log/a b.log',
        dircreatemode: '0700',
        'queue.size': '100',
      },
    );
  });
});

describe('logicalLines', () => {
  it('joins multi-line objects, backslash continuations, and an if whose then comes later', () => {
    const text =
      'action(type="omfile"\n  file="/var/log/a.log")\n*.=info;\\\n  *.=notice /var/log/m\nif $programname == "sshd"\n  then /var/log/s\n';
    expect(logicalLines(text)).toEqual([
      { text: 'action(type="omfile" file="/var/log/a.log")', line: 1 },
      { text: '*.=info; *.=notice /var/log/m', line: 3 },
      { text: 'if $programname == "sshd" then /var/log/s', line: 5 },
    ]);
  });

  it('drops block comments (also over lines) but not "/*" inside quotes, and keeps $ lines whole', () => {
    const text =
      '/* one\n two */ include(file="/etc/rsyslog.d/*.conf") # tail\n$IncludeConfig /etc/rsyslog.d/*.conf\n';
    expect(logicalLines(text)).toEqual([
      { text: 'include(file="/etc/rsyslog.d/*.conf")', line: 2 },
      { text: '$IncludeConfig /etc/rsyslog.d/*.conf', line: 3 },
    ]);
  });
});

describe('parseRsyslog', () => {
  it('reads the Debian configuration: include, and which files get auth and system messages', () => {
    const parsed = parseRsyslog(DEBIAN_RSYSLOG, P);
    expect(parsed.includes).toEqual([
      { pattern: '/etc/rsyslog.d/*.conf', optional: false, where: { path: P, line: 14 } },
    ]);
    expect(parsed.destinations.map((d) => [d.target, d.type, d.auth, d.system, d.where.line])).toEqual([
      ['/var/log/auth.log', 'file', true, false, 20],
      ['/var/log/syslog', 'file', false, true, 21],
      ['/var/log/kern.log', 'file', false, true, 23],
      ['/var/log/mail.log', 'file', false, false, 24],
      ['/var/log/user.log', 'file', false, true, 25],
    ]);
    expect(parsed.destinations[1]!.filter).toBe('*.*;auth,authpriv.none');
  });

  it('reads the RHEL configuration: /var/log/secure gets authpriv, /var/log/messages gets auth and system', () => {
    expect(dests(RHEL_RSYSLOG)).toEqual([
      ['/var/log/messages', true, true],
      ['/var/log/secure', true, false],
      ['/var/log/maillog', false, false],
      ['/var/log/cron', false, false],
      ['/var/log/boot.log', false, false],
    ]);
  });

  it.each<[string, string, (string | boolean)[][]]>([
    [
      'RainerScript omfile after a selector',
      'auth,authpriv.* action(type="omfile" file="/var/log/a.log")',
      [['/var/log/a.log', true, false]],
    ],
    [
      'omfile with no filter receives everything',
      'action(type="omfile" file="/var/log/all.log")',
      [['/var/log/all.log', true, true]],
    ],
    [
      'if … then with a file',
      "if $programname == 'sshd' then /var/log/sshd.log",
      [['/var/log/sshd.log', true, false]],
    ],
    [
      'if … then { action } block',
      'if $syslogfacility-text == \'authpriv\' then {\n  action(type="omfile" file="/var/log/secure")\n  stop\n}\naction(type="omfile" file="/var/log/rest")',
      [
        ['/var/log/secure', true, false],
        ['/var/log/rest', true, true],
      ],
    ],
    [
      'if … then on its own line, action on the next',
      'if $programname == \'sshd\' then\n  action(type="omfile" file="/var/log/s")',
      [['/var/log/s', true, false]],
    ],
    [
      'property filter',
      ':programname, isequal, "sshd"  /var/log/sshd.log\n& stop',
      [['/var/log/sshd.log', true, false]],
    ],
    [
      '& repeats the previous selector',
      'authpriv.* /var/log/a\n& /var/log/b',
      [
        ['/var/log/a', true, false],
        ['/var/log/b', true, false],
      ],
    ],
    ['legacy TCP forwarding', '*.* @@loghost.example:514', [['@@loghost.example:514', true, true]]],
    [
      'omfwd',
      'auth.* action(type="omfwd" target="10.0.0.9" port="514" protocol="tcp")',
      [['@@10.0.0.9:514', true, false]],
    ],
    [
      'template after the file',
      'authpriv.* /var/log/secure;RSYSLOG_TraditionalFileFormat',
      [['/var/log/secure', true, false]],
    ],
    ['dynamic files are not fixed paths', '*.* ?RemoteLogs\n*.* action(type="omfile" dynaFile="T")', []],
    ['user messages, discard and stop are not files', '*.emerg :omusrmsg:*\n*.* ~\n*.* stop', []],
    [
      'a database keeps no credentials in the target',
      'authpriv.* :ommysql:localhost,Syslog,rsyslog,secret',
      [[':ommysql:', true, false]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(dests(text)).toEqual(expected);
  });

  it('marks actions inside a named ruleset (remote input), not the default one', () => {
    const parsed = parseRsyslog(
      'ruleset(name="remote") {\n  *.* /var/log/remote.log\n}\nauth.* /var/log/auth.log\n',
      P,
    );
    expect(parsed.destinations.map((d) => [d.target, d.ruleset])).toEqual([
      ['/var/log/remote.log', 'remote'],
      ['/var/log/auth.log', null],
    ]);
  });

  it('reads include() with mode', () => {
    const parsed = parseRsyslog(
      'include(file="/etc/rsyslog.d/*.conf" mode="optional")\ninclude(text="x")\n',
      P,
    );
    expect(parsed.includes).toEqual([
      { pattern: '/etc/rsyslog.d/*.conf', optional: true, where: { path: P, line: 1 } },
    ]);
  });

  it("an 'if' without 'then' is a problem, and writes nowhere", () => {
    const parsed = parseRsyslog('if $programname == "sshd" /var/log/x.log\n', P);
    expect(parsed.destinations).toEqual([]);
    expect(parsed.problems.map((p) => p.message)).toEqual(["'if' without 'then'"]);
  });

  it('keeps a GBK-decoded Chinese comment out of the facts', () => {
    expect(dests('# 认证日志 — 保留六个月\nauth,authpriv.* /var/log/auth.log # 安全\n')).toEqual([
      ['/var/log/auth.log', true, false],
    ]);
  });

  it('ignores list templates with braces', () => {
    const text =
      'template(name="t" type="list") {\n  constant(value="/var/log/not-a-file")\n  property(name="msg")\n}\nauth.* /var/log/auth.log\n';
    expect(dests(text)).toEqual([['/var/log/auth.log', true, false]]);
  });
});

describe('parseRsyslog (fuzz)', () => {
  it('never throws; every destination points at a line of the input', () => {
    const piece = fc.constantFrom(
      'auth,authpriv.* /var/log/auth.log',
      '*.*;auth.none -/var/log/syslog',
      'if $programname == "sshd" then',
      '{',
      '}',
      'action(type="omfile"',
      'file="/var/log/x")',
      '/*',
      '*/',
      '"',
      '\\',
      '$IncludeConfig /etc/rsyslog.d/*.conf',
      '& stop',
      'else',
      '#',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(piece, { maxLength: 40 }).map((a) => a.join('\n')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseRsyslog(t, P);
        const lines = t.split(/\r?\n/).length;
        for (const d of [...parsed.destinations, ...parsed.includes]) {
          expect(d.where.line).toBeGreaterThanOrEqual(1);
          expect(d.where.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseRsyslog (size)', () => {
  it('a stray "if" or an unclosed "(" does not make parsing quadratic on a large file', () => {
    const body = Array.from({ length: 50000 }, (_, i) => `local${i % 8}.* /var/log/l${i}.log`).join('\n');
    for (const head of ['if $x == 1\n', 'action(type="omfile"\n']) {
      const started = performance.now();
      const parsed = parseRsyslog(head + body, P);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(parsed.destinations.length).toBeGreaterThan(head.startsWith('if') ? 49000 : -1);
    }
  });
});
