import { describe, expect, it } from 'vitest';
import { parseExecLine, parseUnit, setting, settingList, splitWords } from './parse-unit.ts';

const values = (text: string, section: string, key: string) =>
  settingList([parseUnit(text, '/u')], section, key).map((e) => [e.value, e.where.line]);

describe('parseUnit', () => {
  it.each([
    ['plain', '[Service]\nExecStart=/usr/bin/a -x\n', 'Service', 'ExecStart', [['/usr/bin/a -x', 2]]],
    ['blanks around =', '[Service]\n  ExecStart =  /bin/a  \n', 'Service', 'ExecStart', [['/bin/a', 2]]],
    [
      'comments # and ;',
      '[Service]\n# ExecStart=/x\n; ExecStart=/y\nExecStart=/z\n',
      'Service',
      'ExecStart',
      [['/z', 4]],
    ],
    [
      'other section ignored',
      '[Unit]\nExecStart=/x\n[Service]\nExecStart=/y\n',
      'Service',
      'ExecStart',
      [['/y', 4]],
    ],
    ['before any section ignored', 'ExecStart=/x\n[Service]\n', 'Service', 'ExecStart', []],
    ['keys are case-sensitive', '[Service]\nexecstart=/x\n', 'Service', 'ExecStart', []],
    [
      'continuation joins lines, keeps first line',
      '[Service]\nUser=a\nExecStart=/bin/sh -c \\\n  "curl x \\\n  | sh"\n',
      'Service',
      'ExecStart',
      [['/bin/sh -c "curl x | sh"', 3]],
    ],
    [
      'comment inside a continuation is skipped',
      '[Service]\nExecStart=/bin/a \\\n# note\n  --flag\n',
      'Service',
      'ExecStart',
      [['/bin/a --flag', 2]],
    ],
    [
      'continuation at end of file',
      '[Service]\nExecStart=/bin/a \\',
      'Service',
      'ExecStart',
      [['/bin/a', 2]],
    ],
    ['CRLF', '[Service]\r\nExecStart=/bin/a\r\n', 'Service', 'ExecStart', [['/bin/a', 2]]],
    [
      'list accumulates',
      '[Timer]\nOnCalendar=daily\nOnCalendar=hourly\n',
      'Timer',
      'OnCalendar',
      [
        ['daily', 2],
        ['hourly', 3],
      ],
    ],
    [
      'empty value resets',
      '[Service]\nExecStart=/a\nExecStart=\nExecStart=/b\n',
      'Service',
      'ExecStart',
      [['/b', 4]],
    ],
  ])('%s', (_name, text, section, key, expected) => {
    expect(values(text, section, key)).toEqual(expected);
  });

  it('drop-ins reset and override the main file in order', () => {
    const main = parseUnit(
      '[Service]\nExecStart=/usr/bin/good\nUser=www\n',
      '/usr/lib/systemd/system/x.service',
    );
    const d1 = parseUnit(
      '[Service]\nExecStart=\nExecStart=/tmp/.x\n',
      '/etc/systemd/system/x.service.d/10-a.conf',
    );
    const d2 = parseUnit('[Service]\nUser=\n', '/etc/systemd/system/x.service.d/20-b.conf');
    const exec = settingList([main, d1, d2], 'Service', 'ExecStart');
    expect(exec.map((e) => [e.value, e.where.path, e.where.line])).toEqual([
      ['/tmp/.x', '/etc/systemd/system/x.service.d/10-a.conf', 3],
    ]);
    expect(setting([main, d1], 'Service', 'User')?.value).toBe('www');
    expect(setting([main, d1, d2], 'Service', 'User')).toBeUndefined();
  });
});

describe('parseExecLine', () => {
  it.each([
    ['/usr/bin/a b', '', '/usr/bin/a b'],
    ['-/usr/bin/a b', '-', '/usr/bin/a b'],
    ['+/usr/bin/a', '+', '/usr/bin/a'],
    ['!!/usr/bin/a', '!!', '/usr/bin/a'],
    ['!/usr/bin/a', '!', '/usr/bin/a'],
    [':/usr/bin/a $X', ':', '/usr/bin/a $X'],
    ['-@/tmp/.x kworker --bg', '-@', '/tmp/.x --bg'],
    ['@/tmp/.x kworker', '@', '/tmp/.x'],
    ['@/tmp/.x', '@', '/tmp/.x'],
  ])('%s', (value, prefixes, command) => {
    expect(parseExecLine(value)).toEqual({ prefixes, command });
  });
});

describe('splitWords', () => {
  it.each([
    ['a.target b.target', ['a.target', 'b.target']],
    ['"LD_PRELOAD=/x.so /y.so" B=1', ['LD_PRELOAD=/x.so /y.so', 'B=1']],
    ["A='1 2' C", ['A=1 2', 'C']],
    ['  ', []],
    ['A=x\\ y', ['A=x y']],
  ])('%s', (value, words) => {
    expect(splitWords(value)).toEqual(words);
  });
});
