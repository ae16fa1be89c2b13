import { describe, expect, it } from 'vitest';
import type { AuthEvent } from './authlog.types.ts';
import { classifyLine, parseSyslogLine } from './classify.ts';

const REF = { year: 2026, month: 11 };
const at = (text: string): AuthEvent | null =>
  classifyLine(text, { ref: REF, where: { path: '/var/log/auth.log', line: 7 } });

/** Only the facts a table row cares about. */
function pick(e: AuthEvent | null): Record<string, unknown> | null {
  if (!e) return null;
  const drop = new Set(['time', 'epoch', 'host', 'where', 'text', 'pid']);
  return Object.fromEntries(Object.entries(e).filter(([k]) => !drop.has(k)));
}

describe('parseSyslogLine', () => {
  it.each([
    [
      'Mar  4 13:34:59 web-01 sshd[5396]: hello',
      {
        host: 'web-01',
        program: 'sshd',
        pid: 5396,
        message: 'hello',
        month: 3,
        day: 4,
        year: null,
        offset: null,
      },
    ],
    [
      '2026-05-02T08:09:10.123456+08:00 web-01 sshd-session[77]: hello',
      {
        host: 'web-01',
        program: 'sshd',
        pid: 77,
        message: 'hello',
        month: 5,
        day: 2,
        year: 2026,
        offset: 480,
      },
    ],
    [
      '2026-05-02 08:09:10.5-0700  db sudo:    ann : hi',
      { host: 'db', program: 'sudo', message: '   ann : hi', month: 5, day: 2, year: 2026, offset: -420 },
    ],
    [
      'Jul 30 01:02:03 gw /usr/sbin/cron[12]: x',
      { host: 'gw', program: 'cron', pid: 12, message: 'x', month: 7, day: 30, year: null, offset: null },
    ],
    [
      'Jul 30 01:02:03 box login(pam_unix)[12]: x',
      {
        host: 'box',
        program: 'login',
        pid: 12,
        message: 'x',
        month: 7,
        day: 30,
        year: null,
        offset: null,
        pam: 'pam_unix',
      },
    ],
    [
      'Jul 30 01:02:03 10.0.0.9 sshd[3]: [ID 123456 auth.info] Accepted x',
      {
        host: '10.0.0.9',
        program: 'sshd',
        pid: 3,
        message: 'Accepted x',
        month: 7,
        day: 30,
        year: null,
        offset: null,
      },
    ],
  ])('%s', (text, want) => {
    const got = parseSyslogLine(text)!;
    expect({
      host: got.host,
      program: got.program,
      ...(got.pid !== undefined ? { pid: got.pid } : {}),
      message: got.message,
      month: got.stamp.month,
      day: got.stamp.day,
      year: got.stamp.year,
      offset: got.stamp.offsetMinutes,
      ...(got.pamModule ? { pam: got.pamModule } : {}),
    }).toEqual(want);
  });

  it.each([
    '',
    'not a log line',
    'Foo 12 10:00:00 h p: x',
    'Mar 40 10:00:00 h p: x',
    '2026-13-01T00:00:00Z h p: x',
  ])('rejects %j', (text) => {
    expect(parseSyslogLine(text)).toBeNull();
  });
});

describe('classifyLine: sshd', () => {
  it.each<[string, Record<string, unknown> | null]>([
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Accepted password for root from 203.0.113.7 port 50123 ssh2',
      {
        class: 'accepted',
        program: 'sshd',
        method: 'password',
        user: 'root',
        ip: '203.0.113.7',
        port: 50123,
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Accepted publickey for deploy from 2001:db8::5 port 40000 ssh2: ED25519 SHA256:abcdEFGH',
      {
        class: 'accepted',
        program: 'sshd',
        method: 'publickey',
        user: 'deploy',
        ip: '2001:db8::5',
        port: 40000,
        detail: 'ED25519 SHA256:abcdEFGH',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Failed password for admin from 198.51.100.4 port 4411 ssh2',
      {
        class: 'failed-password',
        program: 'sshd',
        method: 'password',
        user: 'admin',
        ip: '198.51.100.4',
        port: 4411,
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Failed keyboard-interactive/pam for admin from 198.51.100.4 port 4411 ssh2',
      {
        class: 'failed-password',
        program: 'sshd',
        method: 'keyboard-interactive/pam',
        user: 'admin',
        ip: '198.51.100.4',
        port: 4411,
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Failed publickey for git from 198.51.100.4 port 4411 ssh2: RSA SHA256:zz',
      {
        class: 'failed-auth-other',
        program: 'sshd',
        method: 'publickey',
        user: 'git',
        ip: '198.51.100.4',
        port: 4411,
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Failed password for invalid user oracle from 198.51.100.4 port 4411 ssh2',
      {
        class: 'invalid-user',
        program: 'sshd',
        method: 'password',
        user: 'oracle',
        ip: '198.51.100.4',
        port: 4411,
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd-session[100]: Invalid user test from 198.51.100.4 port 4411',
      { class: 'invalid-user', program: 'sshd', user: 'test', ip: '198.51.100.4', port: 4411 },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Invalid user  from 198.51.100.4 port 4411',
      { class: 'invalid-user', program: 'sshd', ip: '198.51.100.4', port: 4411 },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Invalid user my name from 198.51.100.4',
      { class: 'invalid-user', program: 'sshd', user: 'my name', ip: '198.51.100.4' },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Connection closed by invalid user pi 198.51.100.4 port 4411 [preauth]',
      { class: 'invalid-user', program: 'sshd', user: 'pi', ip: '198.51.100.4', port: 4411 },
    ],
    ['Nov  3 10:00:01 web-01 sshd[100]: input_userauth_request: invalid user pi [preauth]', null],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: error: maximum authentication attempts exceeded for root from 198.51.100.4 port 4411 ssh2 [preauth]',
      { class: 'max-auth-tries', program: 'sshd', user: 'root', ip: '198.51.100.4', port: 4411 },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: User ftp from 198.51.100.4 not allowed because listed in DenyUsers',
      {
        class: 'denied-user',
        program: 'sshd',
        user: 'ftp',
        ip: '198.51.100.4',
        detail: 'listed in DenyUsers',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Disconnecting authenticating user root 198.51.100.4 port 4411: Too many authentication failures [preauth]',
      {
        class: 'disconnect-preauth',
        program: 'sshd',
        user: 'root',
        ip: '198.51.100.4',
        port: 4411,
        detail: 'Too many authentication failures',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Received disconnect from 198.51.100.4 port 4411:11: Bye Bye [preauth]',
      { class: 'disconnect-preauth', program: 'sshd', ip: '198.51.100.4', port: 4411, detail: 'Bye Bye' },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Received disconnect from 198.51.100.4 port 4411:11: disconnected by user',
      null,
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Disconnected from user deploy 198.51.100.4 port 4411',
      {
        class: 'session-closed',
        program: 'sshd',
        service: 'sshd',
        user: 'deploy',
        ip: '198.51.100.4',
        port: 4411,
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Did not receive identification string from 198.51.100.4 port 4411',
      {
        class: 'ssh-probe',
        program: 'sshd',
        ip: '198.51.100.4',
        port: 4411,
        detail: 'no identification string',
      },
    ],
    ['Nov  3 10:00:01 web-01 sshd[100]: Server listening on 0.0.0.0 port 22.', null],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: Read error from remote host 198.51.100.4: Connection reset by peer',
      null,
    ],
    [
      "Nov  3 10:00:01 router dropbear[9]: Bad password attempt for 'root' from 198.51.100.4:5050",
      {
        class: 'failed-password',
        program: 'dropbear',
        method: 'password',
        user: 'root',
        ip: '198.51.100.4',
        port: 5050,
      },
    ],
    [
      "Nov  3 10:00:01 router dropbear[9]: Password auth succeeded for 'root' from 198.51.100.4:5050",
      {
        class: 'accepted',
        program: 'dropbear',
        method: 'password',
        user: 'root',
        ip: '198.51.100.4',
        port: 5050,
      },
    ],
  ])('%s', (line, want) => {
    expect(pick(at(line))).toEqual(want);
  });
});

describe('classifyLine: PAM, su, sudo', () => {
  it.each<[string, Record<string, unknown> | null]>([
    [
      'Nov  3 10:00:01 web-01 sshd[100]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.4  user=root',
      { class: 'auth-failure', program: 'sshd', service: 'sshd', user: 'root', ip: '198.51.100.4' },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: PAM 2 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.4  user=root',
      {
        class: 'auth-failures-repeated',
        program: 'sshd',
        service: 'sshd',
        attempts: 2,
        user: 'root',
        ip: '198.51.100.4',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sshd[100]: pam_unix(sshd:session): session opened for user root(uid=0) by (uid=0)',
      { class: 'session-opened', program: 'sshd', service: 'sshd', user: 'root', uid: 0, by: 'uid=0' },
    ],
    [
      'Nov  3 10:00:01 web-01 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by ann(uid=1000)',
      { class: 'session-opened', program: 'sudo', service: 'sudo', user: 'root', uid: 0, by: 'ann' },
    ],
    [
      'Nov  3 10:00:01 web-01 CRON[5]: pam_unix(cron:session): session closed for user root',
      { class: 'session-closed', program: 'CRON', service: 'cron', user: 'root' },
    ],
    [
      'Nov  3 10:00:01 web-01 passwd[8]: pam_unix(passwd:chauthtok): password changed for ann',
      { class: 'password-changed', program: 'passwd', service: 'passwd', user: 'ann' },
    ],
    [
      'Nov  3 10:00:01 web-01 su[8]: FAILED SU (to root) ann on pts/1',
      { class: 'su-failure', program: 'su', target: 'root', user: 'ann', detail: 'pts/1' },
    ],
    [
      'Nov  3 10:00:01 web-01 su[8]: (to root) ann on pts/1',
      { class: 'su-success', program: 'su', target: 'root', user: 'ann', detail: 'pts/1' },
    ],
    [
      'Nov  3 10:00:01 web-01 su[8]: + pts/1 ann:root',
      { class: 'su-success', program: 'su', user: 'ann', target: 'root', detail: 'pts/1' },
    ],
    [
      'Nov  3 10:00:01 web-01 su[8]: - pts/1 ann:root',
      { class: 'su-failure', program: 'su', user: 'ann', target: 'root', detail: 'pts/1' },
    ],
    [
      'Nov  3 10:00:01 web-01 sudo[9]:      ann : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/bin/sh -c echo a ; echo b',
      {
        class: 'sudo-command',
        program: 'sudo',
        user: 'ann',
        target: 'root',
        command: '/bin/sh -c echo a ; echo b',
        detail: 'TTY=pts/1',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sudo[9]:      ann : 2 incorrect password attempts ; TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/id',
      {
        class: 'sudo-failure',
        program: 'sudo',
        user: 'ann',
        target: 'root',
        command: '/usr/bin/id',
        attempts: 2,
        detail: 'TTY=pts/1',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sudo[9]:      ann : 5 incorrect password attempts ; TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/id',
      {
        class: 'sudo-incorrect-password-attempts',
        program: 'sudo',
        user: 'ann',
        target: 'root',
        command: '/usr/bin/id',
        attempts: 5,
        detail: 'TTY=pts/1',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 sudo[9]:      www-data : command not allowed ; TTY=unknown ; PWD=/ ; USER=root ; COMMAND=/bin/bash',
      {
        class: 'sudo-unauthorized',
        program: 'sudo',
        user: 'www-data',
        target: 'root',
        command: '/bin/bash',
        detail: 'command not allowed',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 login[4]: FAILED LOGIN 1 FROM tty2 FOR root, Authentication failure',
      {
        class: 'auth-failure',
        program: 'login',
        service: 'login',
        user: 'root',
        detail: 'Authentication failure',
      },
    ],
  ])('%s', (line, want) => {
    expect(pick(at(line))).toEqual(want);
  });
});

describe('classifyLine: accounts', () => {
  it.each<[string, Record<string, unknown> | null]>([
    [
      'Nov  3 10:00:01 web-01 useradd[40]: new user: name=backup2, UID=0, GID=0, home=/root, shell=/bin/bash, from=/dev/pts/0',
      {
        class: 'user-added',
        program: 'useradd',
        user: 'backup2',
        uid: 0,
        gid: 0,
        home: '/root',
        shell: '/bin/bash',
        detail: '/dev/pts/0',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 useradd[40]: new user: name=ann, UID=1001, GID=1001, home=/home/ann, shell=/bin/sh',
      {
        class: 'user-added',
        program: 'useradd',
        user: 'ann',
        uid: 1001,
        gid: 1001,
        home: '/home/ann',
        shell: '/bin/sh',
      },
    ],
    [
      'Nov  3 10:00:01 web-01 useradd[40]: new group: name=ann, GID=1001',
      { class: 'group-added', program: 'useradd', group: 'ann', gid: 1001 },
    ],
    [
      'Nov  3 10:00:01 web-01 groupadd[41]: group added to /etc/group: name=ops, GID=1002',
      { class: 'group-added', program: 'groupadd', group: 'ops', gid: 1002 },
    ],
    ['Nov  3 10:00:01 web-01 groupadd[41]: group added to /etc/gshadow: name=ops', null],
    [
      "Nov  3 10:00:01 web-01 usermod[42]: add 'ann' to group 'sudo'",
      { class: 'user-modified', program: 'usermod', user: 'ann', change: 'group-add', group: 'sudo' },
    ],
    ["Nov  3 10:00:01 web-01 usermod[42]: add 'ann' to shadow group 'sudo'", null],
    [
      "Nov  3 10:00:01 web-01 usermod[42]: change user 'ann' UID from '1001' to '0'",
      {
        class: 'user-modified',
        program: 'usermod',
        user: 'ann',
        change: 'uid',
        from: '1001',
        to: '0',
        uid: 0,
      },
    ],
    [
      "Nov  3 10:00:01 web-01 usermod[42]: change user 'ann' shell from '/bin/sh' to '/bin/bash'",
      {
        class: 'user-modified',
        program: 'usermod',
        user: 'ann',
        change: 'shell',
        from: '/bin/sh',
        to: '/bin/bash',
      },
    ],
    [
      "Nov  3 10:00:01 web-01 usermod[42]: lock user 'ann' password",
      { class: 'user-modified', program: 'usermod', user: 'ann', change: 'lock' },
    ],
    [
      "Nov  3 10:00:01 web-01 userdel[43]: delete user 'ann'",
      { class: 'user-deleted', program: 'userdel', user: 'ann' },
    ],
    [
      "Nov  3 10:00:01 web-01 userdel[43]: removed group 'ann' owned by 'ann'",
      { class: 'group-deleted', program: 'userdel', group: 'ann', user: 'ann' },
    ],
    [
      "Nov  3 10:00:01 web-01 groupdel[44]: group 'ops' removed",
      { class: 'group-deleted', program: 'groupdel', group: 'ops' },
    ],
    [
      "Nov  3 10:00:01 web-01 passwd[45]: password for 'ann' changed by 'root'",
      { class: 'password-changed', program: 'passwd', user: 'ann', by: 'root' },
    ],
    [
      "Nov  3 10:00:01 web-01 useradd[46]: failed adding user 'svc', data deleted",
      { class: 'user-add-failed', program: 'useradd', user: 'svc' },
    ],
    [
      'Nov  3 10:00:01 web-01 gpasswd[47]: user ann added by root to group docker',
      {
        class: 'user-modified',
        program: 'gpasswd',
        user: 'ann',
        by: 'root',
        change: 'group-add',
        group: 'docker',
      },
    ],
  ])('%s', (line, want) => {
    expect(pick(at(line))).toEqual(want);
  });
});

describe('classifyLine: time', () => {
  it('gives a line without a year the mtime year, and the year before to a later month', () => {
    const ref = { year: 2026, month: 1 };
    expect(classifyLine('Jan  2 00:00:05 h sshd[1]: Invalid user a from 192.0.2.1', { ref })!.time).toBe(
      '2026-01-02T00:00:05.000',
    );
    expect(classifyLine('Dec 31 23:59:59 h sshd[1]: Invalid user a from 192.0.2.1', { ref })!.time).toBe(
      '2025-12-31T23:59:59.000',
    );
  });

  it('converts the host wall clock to UTC when the zone is known', () => {
    const e = classifyLine('Jun  1 08:00:00 h sshd[1]: Invalid user a from 192.0.2.1', {
      ref: { year: 2026, month: 6 },
      zone: { iana: 'Asia/Shanghai' },
    })!;
    expect(e.time).toBe('2026-06-01T00:00:00.000Z');
    expect(e.epoch).toBe(Date.UTC(2026, 5, 1, 0, 0, 0) / 1000);
    const ny = classifyLine('Jul  1 08:00:00 h sshd[1]: Invalid user a from 192.0.2.1', {
      ref: { year: 2026, month: 7 },
      zone: { iana: 'America/New_York' },
    })!;
    expect(ny.time).toBe('2026-07-01T12:00:00.000Z');
  });

  it('uses the offset an RFC 3339 stamp carries, whatever the zone', () => {
    const e = classifyLine('2026-03-01T10:00:00.250+08:00 h sshd[1]: Invalid user a from 192.0.2.1', {
      ref: { year: 1999, month: 1 },
      zone: { iana: 'Europe/Paris' },
    })!;
    expect(e.time).toBe('2026-03-01T02:00:00.250Z');
  });

  it('keeps the line and where it was found, cut at 300 characters', () => {
    const long = `Nov  3 10:00:01 web-01 sshd[100]: Invalid user ${'x'.repeat(400)} from 192.0.2.1`;
    const e = at(long)!;
    expect(e.text).toHaveLength(300);
    expect(e.where).toEqual({ path: '/var/log/auth.log', line: 7 });
    expect(e.pid).toBe(100);
    expect(e.host).toBe('web-01');
  });
});
