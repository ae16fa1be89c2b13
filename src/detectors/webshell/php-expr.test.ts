import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { evaluatePhp, matchBracket, MAX_VALUE, readPhpString, statementEnd } from './php-expr.ts';

describe('evaluatePhp', () => {
  const payload = deflateRawSync(Buffer.from('eval($_POST["z"]);')).toString('base64');
  it.each([
    [`'as'.'se'.'rt'`, 'assert'],
    [`chr(97).chr(115).chr(115).chr(101).chr(114).chr(116)`, 'assert'],
    [`chr(0x73) . "ystem"`, 'system'],
    [`"\\x65\\x76\\x61\\x6c"`, 'eval'],
    [`"\\163\\171\\163\\164\\145\\155"`, 'system'],
    [`strrev('tressa')`, 'assert'],
    [`str_replace('x', '', 'axsxsxexrxt')`, 'assert'],
    [`base64_decode('YXNzZXJ0')`, 'assert'],
    [`str_rot13('tmvasyngr')`, 'gzinflate'],
    [`gzinflate(base64_decode('${payload}'))`, 'eval($_POST["z"]);'],
    [`@base64_decode( "YXNzZXJ0" )`, 'assert'],
    [`substr('xxassertyy', 2, 6)`, 'assert'],
    [`strtr('bffert', 'bf', 'as')`, 'assert'],
    [`pack('H*', '617373657274')`, 'assert'],
    [`('as' . 'sert')`, 'assert'],
    ["'it\\'s'", "it's"],
  ])('%s → %s', (expr, value) => {
    expect(evaluatePhp(expr)).toBe(value);
  });

  it.each([`$x . 'a'`, `"hello $name"`, `foo('a')`, `'a' . `, `intval('1')`, ``])('unknown: %s', (expr) => {
    expect(evaluatePhp(expr)).toBeNull();
  });

  it('resolves known variables, and variables holding a decoder name', () => {
    const vars = new Map([
      ['a', 'as'],
      ['f', 'base64_decode'],
    ]);
    expect(evaluatePhp(`$a . 'sert'`, vars)).toBe('assert');
    expect(evaluatePhp(`$f('c3lzdGVt')`, vars)).toBe('system');
  });

  it('stops a decompression bomb at MAX_VALUE', () => {
    const bomb = deflateRawSync(Buffer.alloc(MAX_VALUE + 1024, 0x41)).toString('base64');
    expect(evaluatePhp(`gzinflate(base64_decode('${bomb}'))`)).toBeNull();
  });
});

describe('scanning helpers', () => {
  it('reads PHP strings with their escapes and marks interpolation unknown', () => {
    expect(readPhpString(`'a\\'b' rest`, 0)).toEqual({ value: "a'b", end: 6 });
    expect(readPhpString(`"a\\tb"`, 0)?.value).toBe('a\tb');
    expect(readPhpString(`"x $y"`, 0)?.value).toBeNull();
    expect(readPhpString(`'unterminated`, 0)).toBeNull();
  });

  it('matches brackets across strings and comments', () => {
    const s = `eval(")" . f('(') /* ) */ . $a[1]) + 1`;
    expect(matchBracket(s, 4, 1000)).toBe(s.indexOf(' + 1') - 1);
    expect(matchBracket('f((a)', 1, 1000)).toBe(-1);
  });

  it('finds the end of a statement at a top-level semicolon or ?>', () => {
    const s = `$a = "x;y" . f(1; 2); $b = 1;`;
    expect(s.slice(0, statementEnd(s, 0, 1000))).toBe(`$a = "x;y" . f(1; 2)`);
    expect(statementEnd(`$a = 1 ?> html`, 0, 100)).toBe(7);
  });
});
