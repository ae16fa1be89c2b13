/**
 * Property tests: the sshd_config parser never throws, terminates, and yields well-formed lines for
 * arbitrary strings and for line-structured near-misses of the format.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveSettings, globComponent, parseSshdConfig, splitArgs } from './parse-sshd.ts';

const PATH = '/etc/ssh/sshd_config';
const fragments = [
  'PermitRootLogin',
  'PasswordAuthentication',
  'ChallengeResponseAuthentication',
  'Match',
  'Include',
  'User',
  'yes',
  'no',
  '=',
  ' ',
  '\t',
  '"',
  "'",
  '\\',
  '#',
  '*.conf',
  '/etc/ssh/',
  '%u',
];
const configish = fc
  .array(
    fc
      .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 5 })), { maxLength: 10 })
      .map((p) => p.join('')),
    { maxLength: 30 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }));

describe('sshd parser (fuzz)', () => {
  it('never throws and yields well-formed lines', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, configish), (text) => {
        const lines = text.split(/\r?\n/).length;
        const parsed = parseSshdConfig(text, PATH);
        let previous = 0;
        for (const item of parsed) {
          const where = item.kind === 'setting' ? item.setting.where : item.where;
          expect(where.path).toBe(PATH);
          expect(where.line).toBeGreaterThan(previous);
          expect(where.line).toBeLessThanOrEqual(lines);
          previous = where.line!;
          if (item.kind === 'setting') {
            expect(item.setting.key).toBe(item.setting.key.toLowerCase());
            expect(item.setting.key).not.toMatch(/[\s=]/);
            expect(item.setting.key).not.toMatch(/^(match|include)$/);
            expect(item.setting.value).not.toBe('');
          }
          if (item.kind === 'include') expect(item.patterns.length).toBeGreaterThan(0);
        }
        const effective = effectiveSettings(parsed.flatMap((l) => (l.kind === 'setting' ? [l.setting] : [])));
        expect(effective.permitrootlogin).toBeDefined();
        expect(effective.passwordauthentication).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('splitArgs returns words without unquoted whitespace', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const words = splitArgs(text);
        if (words !== undefined) for (const w of words) expect(typeof w).toBe('string');
      }),
    );
  });

  it('globComponent never throws, and a literal name always matches itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (pattern, name) => {
        expect(typeof globComponent(pattern, name)).toBe('boolean');
        if (!/[*?[\\]/.test(name) && !name.startsWith('.')) expect(globComponent(name, name)).toBe(true);
      }),
    );
  });
});
