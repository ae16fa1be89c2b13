import { describe, expect, it } from 'vitest';
import { parseOsRelease, unquoteOsReleaseValue } from './parse-os-release.ts';

describe('unquoteOsReleaseValue', () => {
  it.each([
    ['"Debian GNU/Linux"', 'Debian GNU/Linux'],
    ["'single $quoted'", 'single $quoted'],
    ['bookworm', 'bookworm'],
    ['"with \\"escaped\\" quote and \\$dollar"', 'with "escaped" quote and $dollar'],
    ['""', ''],
    ['', ''],
  ])('%s → %s', (raw, expected) => {
    expect(unquoteOsReleaseValue(raw)).toBe(expected);
  });

  it('rejects an unterminated quote', () => {
    expect(unquoteOsReleaseValue('"open')).toBeUndefined();
    expect(unquoteOsReleaseValue('"')).toBeUndefined();
  });
});

describe('parseOsRelease', () => {
  it('reads keys with their lines, skipping comments and malformed lines; first assignment wins', () => {
    const fields = parseOsRelease(
      '# comment\nNAME="Alpine Linux"\n\nnot a pair\nID=alpine\nBAD="open\nID=other\n  VERSION_ID=3.19.1  \n',
    );
    expect(Object.fromEntries(fields)).toEqual({
      NAME: { value: 'Alpine Linux', line: 2 },
      ID: { value: 'alpine', line: 5 },
      VERSION_ID: { value: '3.19.1', line: 8 },
    });
  });

  it('handles CRLF line ends', () => {
    expect(parseOsRelease('ID=debian\r\nVERSION_ID="12"\r\n').get('VERSION_ID')).toEqual({
      value: '12',
      line: 2,
    });
  });
});
