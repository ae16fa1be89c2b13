import { describe, expect, it } from 'vitest';
import {
  effectiveSettings,
  firstSetting,
  globComponent,
  parseSshdConfig,
  splitArgs,
  splitKeyword,
} from './parse-sshd.ts';

const P = '/etc/ssh/sshd_config';

describe('splitArgs', () => {
  it.each([
    ['yes', ['yes']],
    ['  yes  ', ['yes']],
    ['.ssh/authorized_keys .ssh/authorized_keys2', ['.ssh/authorized_keys', '.ssh/authorized_keys2']],
    ['"/etc/ssh/my keys/%u" other', ['/etc/ssh/my keys/%u', 'other']],
    ["'single quoted'", ['single quoted']],
    ['yes # a comment', ['yes']],
    ['yes#not-a-comment', ['yes#not-a-comment']],
    ['a\\ b', ['a b']],
    ['"esc \\" quote"', ['esc " quote']],
    ['', []],
    ['# only comment', []],
  ])('%j → %j', (text, expected) => {
    expect(splitArgs(text)).toEqual(expected);
  });

  it('rejects an unterminated quote', () => {
    expect(splitArgs('"open')).toBeUndefined();
  });
});

describe('splitKeyword', () => {
  it.each([
    ['PermitRootLogin yes', { keyword: 'permitrootlogin', rest: 'yes' }],
    ['PermitRootLogin=yes', { keyword: 'permitrootlogin', rest: 'yes' }],
    ['PermitRootLogin = yes', { keyword: 'permitrootlogin', rest: 'yes' }],
    ['PERMITROOTLOGIN\tyes', { keyword: 'permitrootlogin', rest: 'yes' }],
    ['MaxAuthTries=3', { keyword: 'maxauthtries', rest: '3' }],
  ])('%j', (line, expected) => {
    expect(splitKeyword(line)).toEqual(expected);
  });
});

describe('parseSshdConfig', () => {
  it('reads settings, Match and Include lines with their positions', () => {
    const text = [
      '# comment',
      'PermitRootLogin yes',
      'passwordauthentication=no',
      'ChallengeResponseAuthentication yes',
      'Include /etc/ssh/sshd_config.d/*.conf extra.conf',
      'NoValueHere',
      'Banner "unterminated',
      'Banner ""',
      'Match User deploy Address 10.0.0.0/8',
      '  PermitRootLogin no # per user',
    ].join('\n');
    expect(parseSshdConfig(text, P)).toEqual([
      { kind: 'setting', setting: { key: 'permitrootlogin', value: 'yes', where: { path: P, line: 2 } } },
      {
        kind: 'setting',
        setting: { key: 'passwordauthentication', value: 'no', where: { path: P, line: 3 } },
      },
      {
        kind: 'setting',
        setting: {
          key: 'kbdinteractiveauthentication',
          value: 'yes',
          written: 'ChallengeResponseAuthentication',
          where: { path: P, line: 4 },
        },
      },
      {
        kind: 'include',
        patterns: ['/etc/ssh/sshd_config.d/*.conf', 'extra.conf'],
        where: { path: P, line: 5 },
      },
      { kind: 'match', criteria: 'User deploy Address 10.0.0.0/8', where: { path: P, line: 9 } },
      { kind: 'setting', setting: { key: 'permitrootlogin', value: 'no', where: { path: P, line: 10 } } },
    ]);
  });
});

describe('effectiveSettings', () => {
  it('keeps the first value of each keyword and fills OpenSSH defaults', () => {
    const settings = parseSshdConfig(
      'PermitRootLogin no\nPermitRootLogin yes\nKbdInteractiveAuthentication no\nChallengeResponseAuthentication yes\n',
      P,
    ).flatMap((l) => (l.kind === 'setting' ? [l.setting] : []));
    const eff = effectiveSettings(settings);
    expect(eff.permitrootlogin).toEqual({ value: 'no', where: { path: P, line: 1 } });
    expect(eff.kbdinteractiveauthentication).toEqual({ value: 'no', where: { path: P, line: 3 } });
    expect(eff.passwordauthentication).toEqual({ value: 'yes', where: null });
    expect(eff.permitemptypasswords).toEqual({ value: 'no', where: null });
    expect(eff.usepam).toEqual({ value: 'no', where: null });
    expect(eff.pubkeyauthentication).toEqual({ value: 'yes', where: null });
    expect(eff.x11forwarding).toEqual({ value: 'no', where: null });
    expect(eff.maxauthtries).toEqual({ value: '6', where: null });
    expect(Object.keys(eff)).toEqual([...Object.keys(eff)].sort());
  });

  it('defaults PermitRootLogin to prohibit-password', () => {
    expect(effectiveSettings([]).permitrootlogin).toEqual({ value: 'prohibit-password', where: null });
  });
});

describe('firstSetting', () => {
  it('finds the first occurrence', () => {
    const settings = [
      { key: 'a', value: '1', where: { path: P, line: 1 } },
      { key: 'a', value: '2', where: { path: P, line: 2 } },
    ];
    expect(firstSetting(settings, 'a')?.value).toBe('1');
    expect(firstSetting(settings, 'b')).toBeUndefined();
  });
});

describe('globComponent', () => {
  it.each([
    ['*.conf', '50-cloud-init.conf', true],
    ['*.conf', 'README', false],
    ['*.conf', '.hidden.conf', false],
    ['.*.conf', '.hidden.conf', true],
    ['??-*.conf', '50-x.conf', true],
    ['[0-9]*', '50-x.conf', true],
    ['[!0-9]*', '50-x.conf', false],
    ['[z-a]*', 'x', false],
    ['a+b(c).conf', 'a+b(c).conf', true],
    ['[unclosed', '[unclosed', true],
  ])('%s vs %s → %s', (pattern, name, expected) => {
    expect(globComponent(pattern, name)).toBe(expected);
  });
});
