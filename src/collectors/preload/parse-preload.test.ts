import { describe, expect, it } from 'vitest';
import { parseUnit } from '../services/parse-unit.ts';
import { parseLdSoPreload, parsePamEnvConf, parseShellPreload, systemdPreload } from './parse-preload.ts';

describe('parseLdSoPreload', () => {
  it.each([
    ['one library', '/usr/local/lib/libx.so\n', [['/usr/local/lib/libx.so', 1]]],
    [
      'blank and colon separated',
      '/a.so /b.so:/c.so\n\t/d.so',
      [
        ['/a.so', 1],
        ['/b.so', 1],
        ['/c.so', 1],
        ['/d.so', 2],
      ],
    ],
    ['comments', '# preload\n/a.so # trailing\n#/b.so\n', [['/a.so', 2]]],
    ['empty file', '\n\n', []],
  ])('%s', (_name, text, expected) => {
    expect(parseLdSoPreload(text, '/etc/ld.so.preload').map((p) => [p.library, p.where.line])).toEqual(
      expected,
    );
  });
});

describe('parseShellPreload', () => {
  it.each([
    ['plain assignment', 'LD_PRELOAD=/lib/x.so', [['/lib/x.so', 1]]],
    ['export with double quotes', 'export LD_PRELOAD="/lib/x.so /lib/y.so"', [['/lib/x.so /lib/y.so', 1]]],
    ['single quotes', "export LD_PRELOAD='/lib/x.so'", [['/lib/x.so', 1]]],
    ['declare -x', 'declare -x LD_PRELOAD=/lib/x.so', [['/lib/x.so', 1]]],
    ['after a guard', '[ -f /lib/x.so ] && export LD_PRELOAD=/lib/x.so', [['/lib/x.so', 1]]],
    ['followed by ; export', 'LD_PRELOAD=/lib/x.so; export LD_PRELOAD', [['/lib/x.so', 1]]],
    ['indented in an if block', 'if true; then\n    export LD_PRELOAD=/lib/x.so\nfi', [['/lib/x.so', 2]]],
    ['commented out', '# export LD_PRELOAD=/lib/x.so\n  #LD_PRELOAD=/y', []],
    ['trailing comment', 'LD_PRELOAD=/lib/x.so # hook', [['/lib/x.so', 1]]],
    ['hash inside quotes is not a comment', 'export LD_PRELOAD="/lib/a#b.so"', [['/lib/a#b.so', 1]]],
    ['empty value ignored', 'export LD_PRELOAD=\nLD_PRELOAD=""', []],
    ['other variables ignored', 'MY_LD_PRELOAD=/x\nXLD_PRELOAD=/y\nexport PATH=/bin', []],
    ['unset ignored', 'unset LD_PRELOAD', []],
    ['continuation', 'export \\\nLD_PRELOAD=/lib/x.so', [['/lib/x.so', 1]]],
  ])('%s', (_name, text, expected) => {
    expect(parseShellPreload(text, '/etc/profile').map((p) => [p.value, p.where.line])).toEqual(expected);
  });
});

describe('parsePamEnvConf', () => {
  it('reads DEFAULT= and OVERRIDE= of LD_PRELOAD only', () => {
    const text =
      '# LD_PRELOAD DEFAULT=/no.so\nREMOTEHOST DEFAULT=localhost OVERRIDE=@{PAM_RHOST}\nLD_PRELOAD DEFAULT=/lib/x.so\nLD_PRELOAD OVERRIDE="/lib/y.so"\nLD_PRELOAD DEFAULT=\n';
    expect(parsePamEnvConf(text, '/etc/security/pam_env.conf').map((p) => [p.value, p.where.line])).toEqual([
      ['/lib/x.so', 3],
      ['/lib/y.so', 4],
    ]);
  });
});

describe('systemdPreload', () => {
  it('reads LD_PRELOAD out of DefaultEnvironment=, with quoting and resets across drop-ins', () => {
    const main = parseUnit(
      '[Manager]\n#DefaultEnvironment=LD_PRELOAD=/no.so\nDefaultEnvironment=LANG=C "LD_PRELOAD=/lib/a.so /lib/b.so"\n',
      '/etc/systemd/system.conf',
    );
    expect(systemdPreload([main]).map((p) => [p.value, p.where.path, p.where.line])).toEqual([
      ['/lib/a.so /lib/b.so', '/etc/systemd/system.conf', 3],
    ]);
    const reset = parseUnit(
      '[Manager]\nDefaultEnvironment=\nDefaultEnvironment=LD_PRELOAD=/lib/c.so\n',
      '/etc/systemd/system.conf.d/10-x.conf',
    );
    expect(systemdPreload([main, reset]).map((p) => [p.value, p.where.path, p.where.line])).toEqual([
      ['/lib/c.so', '/etc/systemd/system.conf.d/10-x.conf', 3],
    ]);
    expect(systemdPreload([parseUnit('[Service]\nDefaultEnvironment=LD_PRELOAD=/x.so\n', '/x')])).toEqual([]);
  });
});
