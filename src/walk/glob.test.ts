import { describe, expect, it } from 'vitest';
import { compileGlob, expandBraces, pathFilter, splitGlobs, staticPrefix } from './glob.ts';

describe('compileGlob', () => {
  it.each([
    ['*.conf', 'site.conf', true],
    ['*.conf', 'a/site.conf', false],
    ['/etc/nginx/conf.d/*.conf', '/etc/nginx/conf.d/a.conf', true],
    ['/etc/nginx/conf.d/*.conf', '/etc/nginx/conf.d/sub/a.conf', false],
    ['/srv/**/*.php', '/srv/a.php', true],
    ['/srv/**/*.php', '/srv/x/y/z.php', true],
    ['/srv/**', '/srv/x/y', true],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file12.txt', false],
    ['[ab].ini', 'a.ini', true],
    ['[!ab].ini', 'a.ini', false],
    ['[!ab].ini', 'c.ini', true],
    ['*.{php,jsp}', 'x.jsp', true],
    ['*.{php,jsp}', 'x.asp', false],
    ['a+b(c).txt', 'a+b(c).txt', true],
    ['[a-c]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['/srv/**/b', '/srv/b', true],
    ['/srv/**/b', '/srvb', false],
    ['**', '/any/where', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(compileGlob(glob).test(path)).toBe(expected);
  });

  it('stays fast on a pathological name (no nested quantifiers)', () => {
    const re = compileGlob('*a*a*a*a*a*a*a*b');
    const started = performance.now();
    expect(re.test('a'.repeat(5000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('expandBraces', () => {
  it('expands alternatives, bounded', () => {
    expect(expandBraces('a{b,c}d{e,f}')).toEqual(['abde', 'abdf', 'acde', 'acdf']);
    expect(expandBraces('{a,b,c,d,e,f,g,h}{a,b,c,d,e,f,g,h}{a,b}')).toHaveLength(64);
  });
});

describe('staticPrefix', () => {
  it.each([
    ['/etc/nginx/conf.d/*.conf', '/etc/nginx/conf.d'],
    ['/srv/**/*.php', '/srv'],
    ['/var/www/site/index.php', '/var/www/site'],
    ['/*.php', '/'],
  ])('%s → %s', (glob, prefix) => expect(staticPrefix(glob)).toBe(prefix));
});

describe('pathFilter', () => {
  const f = pathFilter(['*.log', 'node_modules', '/srv/cache/**', 'var/backups']);
  it.each([
    ['/var/log/app.log', true],
    ['/srv/www/node_modules', true],
    ['/srv/cache/x/y.bin', true],
    ['/var/backups', true],
    ['/srv/www/index.php', false],
    ['/srv/cacheX/y', false],
  ])('%s → %s', (p, expected) => expect(f.matches(p)).toBe(expected));
  it('an empty list matches nothing', () => expect(pathFilter([]).matches('/x')).toBe(false));
});

describe('splitGlobs', () => {
  it('splits on commas outside braces and drops empties', () => {
    expect(splitGlobs(' /srv/**/*.{php,jsp} ,*.log,, ')).toEqual(['/srv/**/*.{php,jsp}', '*.log']);
    expect(splitGlobs(undefined)).toEqual([]);
  });
});
