import { describe, expect, it } from 'vitest';
import { hashScheme, isLoginShell, parseGroup, parsePasswd, parseShadow } from './parse-passwd.ts';

describe('isLoginShell', () => {
  it.each([
    ['/bin/bash', true],
    ['/bin/sh', true],
    ['', true],
    ['/usr/sbin/nologin', false],
    ['/sbin/nologin', false],
    ['/bin/false', false],
    ['/usr/bin/false', false],
    ['/bin/sync', false],
    ['/sbin/shutdown', false],
    ['/dev/null', false],
    ['/usr/bin/zsh', true],
  ])('%j → %s', (shell, expected) => {
    expect(isLoginShell(shell)).toBe(expected);
  });
});

describe('parsePasswd', () => {
  it('reads fields, classifies the password field and keeps line numbers', () => {
    const text = [
      'root:x:0:0:root:/root:/bin/bash',
      'nopw::1001:1001:No Password:/home/nopw:/bin/sh',
      'locked:*:1002:1002::/home/locked:/usr/sbin/nologin',
      'bang:!:1003:1003::/home/bang:/bin/bash',
      'inline:$6$salt$hash:1004:1004::/home/inline:/bin/bash',
      'noshell:x:1005:1005::/home/noshell:',
      'colon:x:1006:1006::/home/colon:/bin/sh:extra',
    ].join('\n');
    const users = parsePasswd(text, '/etc/passwd');
    expect(
      users.map((u) => [u.name, u.uid, u.gid, u.passwdField, u.shell, u.loginShell, u.where.line]),
    ).toEqual([
      ['root', 0, 0, 'shadow', '/bin/bash', true, 1],
      ['nopw', 1001, 1001, 'empty', '/bin/sh', true, 2],
      ['locked', 1002, 1002, 'locked', '/usr/sbin/nologin', false, 3],
      ['bang', 1003, 1003, 'locked', '/bin/bash', true, 4],
      ['inline', 1004, 1004, 'inline-hash', '/bin/bash', true, 5],
      ['noshell', 1005, 1005, 'shadow', '', true, 6],
      ['colon', 1006, 1006, 'shadow', '/bin/sh:extra', true, 7],
    ]);
    expect(users[1]).toMatchObject({
      gecos: 'No Password',
      home: '/home/nopw',
      where: { path: '/etc/passwd', line: 2 },
    });
  });

  it('never keeps an inline hash', () => {
    const users = parsePasswd('inline:$6$salt$SECRETHASH:1004:1004::/home/inline:/bin/bash\n', '/etc/passwd');
    expect(JSON.stringify(users)).not.toContain('SECRETHASH');
  });

  it.each([
    ['too few fields', 'root:x:0:0:root:/root'],
    ['non-numeric uid', 'root:x:zero:0:root:/root:/bin/bash'],
    ['negative gid', 'root:x:0:-1:root:/root:/bin/bash'],
    ['uid beyond 32 bits', 'big:x:99999999999:0::/:/bin/sh'],
    ['empty name', ':x:0:0::/:/bin/sh'],
    ['name with a space', 'a b:x:0:0::/:/bin/sh'],
    ['comment', '# root:x:0:0:root:/root:/bin/bash'],
    ['NIS compat', '+::0:0:::'],
    ['blank', '   '],
  ])('skips a malformed line: %s', (_label, line) => {
    expect(parsePasswd(`${line}\nok:x:5:5::/:/bin/sh\n`, '/etc/passwd').map((u) => u.name)).toEqual(['ok']);
  });

  it('handles CRLF files', () => {
    expect(parsePasswd('root:x:0:0:root:/root:/bin/bash\r\n', '/etc/passwd')[0]!.shell).toBe('/bin/bash');
  });
});

describe('hashScheme', () => {
  it.each([
    ['$1$salt$hash', 'md5'],
    ['$5$salt$hash', 'sha256'],
    ['$6$rounds=5000$salt$hash', 'sha512'],
    ['$y$j9T$salt$hash', 'yescrypt'],
    ['$gy$j9T$salt$hash', 'gost-yescrypt'],
    ['$2b$12$abcdefghijklmnopqrstuv', 'bcrypt'],
    ['$2y$10$x', 'bcrypt'],
    ['$7$CU..../....salt$hash', 'scrypt'],
    ['$argon2id$v=19$x', 'unknown'],
    ['abJnggxhB/yWI', 'des'],
    ['_J9..CCCCXBrJUJV154M', 'des'],
    ['*', undefined],
    ['NP', undefined],
    ['x', undefined],
  ])('%s → %s', (value, expected) => {
    expect(hashScheme(value)).toBe(expected);
  });
});

describe('parseShadow', () => {
  it('reduces the password to a status and scheme, never the hash', () => {
    const text = [
      'root:$y$j9T$SALT$SECRETHASH:19600:0:99999:7:::',
      'empty::19600:0:99999:7:::',
      'locked:!$6$salt$SECRETHASH:19600::::::',
      'neverset:!!:19600::::::',
      'star:*:19600:0:99999:7:::',
      'weird:NP:19600::::::',
      'des:abJnggxhB/yWI:0:1:90:14:30:20000:',
      'short:',
    ].join('\n');
    const entries = parseShadow(text, '/etc/shadow');
    expect(JSON.stringify(entries)).not.toContain('SECRETHASH');
    expect(entries.map((e) => [e.name, e.status, e.scheme, e.where.line])).toEqual([
      ['root', 'hash', 'yescrypt', 1],
      ['empty', 'empty', null, 2],
      ['locked', 'locked', 'sha512', 3],
      ['neverset', 'locked', null, 4],
      ['star', 'no-login', null, 5],
      ['weird', 'no-login', null, 6],
      ['des', 'hash', 'des', 7],
      ['short', 'empty', null, 8],
    ]);
    expect(entries[6]).toMatchObject({
      lastChange: 0,
      minDays: 1,
      maxDays: 90,
      warnDays: 14,
      inactiveDays: 30,
      expireDate: 20000,
    });
    expect(entries[0]).toMatchObject({
      lastChange: 19600,
      minDays: 0,
      maxDays: 99999,
      warnDays: 7,
      inactiveDays: null,
      expireDate: null,
    });
    expect(entries[7]).toMatchObject({ lastChange: null, maxDays: null });
  });

  it('treats junk in a date field as unset instead of dropping the entry', () => {
    expect(parseShadow('a:*:yesterday:x:-1:7:::\n', '/etc/shadow')[0]).toMatchObject({
      lastChange: null,
      minDays: null,
      maxDays: null,
      warnDays: 7,
    });
  });

  it.each([['no colon at all'], [':emptyname:1::::::'], ['# comment::'], ['']])('skips %j', (line) => {
    expect(parseShadow(line, '/etc/shadow')).toEqual([]);
  });
});

describe('parseGroup', () => {
  it('reads members and skips malformed lines', () => {
    const groups = parseGroup('root:x:0:\nsudo:x:27:alice, bob,\nbad\nnogid:x::\nwheel:x:10\n', '/etc/group');
    expect(groups).toEqual([
      { name: 'root', gid: 0, members: [], where: { path: '/etc/group', line: 1 } },
      { name: 'sudo', gid: 27, members: ['alice', 'bob'], where: { path: '/etc/group', line: 2 } },
      { name: 'wheel', gid: 10, members: [], where: { path: '/etc/group', line: 5 } },
    ]);
  });
});
