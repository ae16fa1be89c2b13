import { describe, expect, it } from 'vitest';
import { includedirAccepts, parseSudoers, resolveSudoRules } from './parse-sudoers.ts';

const P = '/etc/sudoers';
const rules = (text: string) =>
  resolveSudoRules(parseSudoers(text, P)).map((r) => ({
    principal: r.principal,
    hosts: r.hosts,
    runAs: r.runAs,
    commands: r.commands,
    noPasswd: r.noPasswd,
    line: r.where.line,
  }));

describe('parseSudoers: includes', () => {
  it.each([
    ['#includedir /etc/sudoers.d', { path: '/etc/sudoers.d', dir: true }],
    ['@includedir /etc/sudoers.d', { path: '/etc/sudoers.d', dir: true }],
    ['#include /etc/sudoers.local', { path: '/etc/sudoers.local', dir: false }],
    ['@include sudoers.local', { path: 'sudoers.local', dir: false }],
    ['@include "/etc/sudo rules"', { path: '/etc/sudo rules', dir: false }],
    ['@include /etc/sudo\\ rules', { path: '/etc/sudo rules', dir: false }],
    ['  #includedir   /etc/sudoers.d  ', { path: '/etc/sudoers.d', dir: true }],
  ])('%s', (line, expected) => {
    expect(parseSudoers(line, P)).toEqual([{ kind: 'include', ...expected, where: { path: P, line: 1 } }]);
  });

  it('does not take a comment about including for an include', () => {
    expect(parseSudoers('# include /etc/evil\n#includes are fine', P)).toEqual([]);
  });
});

describe('includedirAccepts', () => {
  it.each([
    ['90-cloud-init-users', true],
    ['README', true],
    ['backup.bak', false],
    ['editor~', false],
    ['.hidden', false],
  ])('%s → %s', (name, expected) => {
    expect(includedirAccepts(name)).toBe(expected);
  });
});

describe('parseSudoers + resolveSudoRules', () => {
  it('reads a plain rule with run-as and default run-as', () => {
    expect(rules('root ALL=(ALL:ALL) ALL\nbob ALL = /usr/bin/id')).toEqual([
      { principal: 'root', hosts: 'ALL', runAs: 'ALL:ALL', commands: ['ALL'], noPasswd: false, line: 1 },
      { principal: 'bob', hosts: 'ALL', runAs: 'root', commands: ['/usr/bin/id'], noPasswd: false, line: 2 },
    ]);
  });

  it('carries NOPASSWD over later commands until PASSWD, and splits runs', () => {
    expect(
      rules('alice ALL=(root) NOPASSWD: /bin/ls, /bin/cat, PASSWD: /bin/rm, (www-data) /bin/true'),
    ).toEqual([
      {
        principal: 'alice',
        hosts: 'ALL',
        runAs: 'root',
        commands: ['/bin/ls', '/bin/cat'],
        noPasswd: true,
        line: 1,
      },
      { principal: 'alice', hosts: 'ALL', runAs: 'root', commands: ['/bin/rm'], noPasswd: false, line: 1 },
      {
        principal: 'alice',
        hosts: 'ALL',
        runAs: 'www-data',
        commands: ['/bin/true'],
        noPasswd: false,
        line: 1,
      },
    ]);
  });

  it('reads NOPASSWD:ALL without a space and several tags and options', () => {
    expect(
      rules(
        'deploy ALL=(ALL) NOPASSWD:ALL\nops ALL=(ALL) CWD=/srv NOEXEC: SETENV: NOPASSWD: sha256:abcd /usr/bin/vim',
      ),
    ).toEqual([
      { principal: 'deploy', hosts: 'ALL', runAs: 'ALL', commands: ['ALL'], noPasswd: true, line: 1 },
      { principal: 'ops', hosts: 'ALL', runAs: 'ALL', commands: ['/usr/bin/vim'], noPasswd: true, line: 2 },
    ]);
  });

  it('expands User_Alias (nested) and Cmnd_Alias, drops negated principals', () => {
    const text = [
      'User_Alias ADMINS = alice, %wheel, STAFF : STAFF = carol',
      'Cmnd_Alias SHELLS = /bin/sh, /bin/bash',
      'Cmd_Alias PKG = /usr/bin/apt',
      'ADMINS, !mallory web01 = NOPASSWD: PKG, !SHELLS',
    ].join('\n');
    expect(rules(text)).toEqual(
      ['alice', '%wheel', 'carol'].map((principal) => ({
        principal,
        hosts: 'web01',
        runAs: 'root',
        commands: ['/usr/bin/apt', '!/bin/sh', '!/bin/bash'],
        noPasswd: true,
        line: 4,
      })),
    );
  });

  it('keeps an undefined or self-referencing alias as written', () => {
    expect(rules('User_Alias LOOP = LOOP, dave\nLOOP, GHOST ALL = ALL').map((r) => r.principal)).toEqual([
      'LOOP',
      'dave',
      'GHOST',
    ]);
  });

  it('reads several host groups in one spec, resetting run-as and tags', () => {
    expect(rules('alice web = (www) NOPASSWD: /bin/a : db = /bin/b')).toEqual([
      { principal: 'alice', hosts: 'web', runAs: 'www', commands: ['/bin/a'], noPasswd: true, line: 1 },
      { principal: 'alice', hosts: 'db', runAs: 'root', commands: ['/bin/b'], noPasswd: false, line: 1 },
    ]);
  });

  it('joins continued lines and keeps the first line number, escapes in commands', () => {
    expect(rules('# c\nalice ALL = /bin/echo a\\,b, \\\n  /bin/ls\n')).toEqual([
      {
        principal: 'alice',
        hosts: 'ALL',
        runAs: 'root',
        commands: ['/bin/echo a,b', '/bin/ls'],
        noPasswd: false,
        line: 2,
      },
    ]);
  });

  it('reads #uid principals and %group lists with spaces after commas, ignores trailing comments', () => {
    expect(rules('#1000, %admin ALL=(ALL) ALL # trailing').map((r) => [r.principal, r.commands])).toEqual([
      ['#1000', ['ALL']],
      ['%admin', ['ALL']],
    ]);
  });

  it.each([
    ['Defaults', 'Defaults env_reset'],
    ['Defaults:user', 'Defaults:alice !authenticate'],
    ['no =', 'alice ALL /bin/ls'],
    ['three tokens before =', 'alice bob ALL = /bin/ls'],
    ['unclosed run-as', 'alice ALL = (root /bin/ls'],
    ['empty command', 'alice ALL = NOPASSWD:'],
    ['bad alias name', 'User_Alias lower = alice'],
    ['alias without =', 'User_Alias ADMINS alice'],
    ['empty host group', 'alice ALL = /bin/a : = /bin/b'],
  ])('skips a malformed or unmodelled line: %s', (_label, line) => {
    expect(rules(`${line}\nok ALL = ALL`).map((r) => r.principal)).toEqual(['ok']);
  });
});
