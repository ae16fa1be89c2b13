import { describe, expect, it } from 'vitest';
import { parseHostname, parseProcValue, parseProcVersion } from './parse-kernel.ts';

describe('parseHostname', () => {
  it.each([
    ['web-01\n', 'web-01'],
    ['# comment\n\n  db-02  \n', 'db-02'],
    ['host # trailing comment\n', 'host'],
    ['\n\n', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseHostname(text)).toBe(expected);
  });
});

describe('parseProcValue', () => {
  it('takes the trimmed first line', () => {
    expect(parseProcValue('6.1.0-13-amd64\n')).toBe('6.1.0-13-amd64');
    expect(parseProcValue('\n')).toBeNull();
  });
});

describe('parseProcVersion', () => {
  it('splits release and version despite nested parentheses in the compiler part', () => {
    const text =
      'Linux version 6.1.0-13-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)\n';
    expect(parseProcVersion(text)).toEqual({
      release: '6.1.0-13-amd64',
      version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)',
    });
  });

  it('returns nulls for text that is not /proc/version', () => {
    expect(parseProcVersion('garbage')).toEqual({ release: null, version: null });
    expect(parseProcVersion('')).toEqual({ release: null, version: null });
  });
});
