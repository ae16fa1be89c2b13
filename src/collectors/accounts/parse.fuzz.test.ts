/**
 * Property tests: the passwd, shadow, group and sudoers parsers never throw, terminate, and produce
 * well-formed facts for any input — arbitrary strings and line-structured near-misses alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGroup, parsePasswd, parseShadow } from './parse-passwd.ts';
import { parseSudoers, resolveSudoRules } from './parse-sudoers.ts';

const PATH = '/etc/x';
const lineCount = (text: string) => text.split(/\r?\n/).length;
const validLine = (text: string) => (l: number | undefined) =>
  l !== undefined && Number.isInteger(l) && l >= 1 && l <= lineCount(text);

/** Text made of lines drawn from fragments that look like the format, so parsers see near-misses. */
const linesOf = (fragments: readonly string[]) =>
  fc
    .array(
      fc
        .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6 })), { maxLength: 12 })
        .map((parts) => parts.join('')),
      {
        maxLength: 30,
      },
    )
    .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }));

const passwdish = linesOf([
  ':',
  'x',
  '0',
  '1000',
  'root',
  '/bin/bash',
  '/usr/sbin/nologin',
  '',
  '!',
  '*',
  '#',
  '+',
  '-',
  ' ',
  '$6$s$h',
  '99999999999',
]);
const sudoersish = linesOf([
  'ALL',
  '=',
  '(',
  ')',
  ':',
  ',',
  ' ',
  '\\',
  '#',
  '"',
  'NOPASSWD:',
  'PASSWD:',
  'alice',
  '%wheel',
  '#1000',
  '/bin/ls',
  'User_Alias ',
  'Cmnd_Alias ',
  'ADMINS',
  '!',
  '@include ',
  '#includedir ',
  'Defaults',
  'sha256:ab ',
  'CWD=/x ',
]);

describe('passwd/shadow/group parsers (fuzz)', () => {
  it('never throw and keep well-formed facts', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, passwdish), (text) => {
        const inRange = validLine(text);
        for (const u of parsePasswd(text, PATH)) {
          expect(u.name).not.toBe('');
          expect(Number.isSafeInteger(u.uid) && u.uid >= 0 && u.uid <= 0xffffffff).toBe(true);
          expect(Number.isSafeInteger(u.gid) && u.gid >= 0).toBe(true);
          expect(['shadow', 'empty', 'locked', 'inline-hash']).toContain(u.passwdField);
          expect(inRange(u.where.line)).toBe(true);
          expect(u.where.path).toBe(PATH);
        }
        for (const s of parseShadow(text, PATH)) {
          expect(s.name).not.toBe('');
          expect(['empty', 'locked', 'no-login', 'hash']).toContain(s.status);
          for (const n of [s.lastChange, s.minDays, s.maxDays, s.warnDays, s.inactiveDays, s.expireDate]) {
            expect(n === null || (Number.isSafeInteger(n) && n >= 0)).toBe(true);
          }
          expect(inRange(s.where.line)).toBe(true);
          // Only the documented fields: the password value itself is never carried.
          expect(Object.keys(s).sort()).toEqual([
            'expireDate',
            'inactiveDays',
            'lastChange',
            'maxDays',
            'minDays',
            'name',
            'scheme',
            'status',
            'warnDays',
            'where',
          ]);
        }
        for (const g of parseGroup(text, PATH)) {
          expect(g.name).not.toBe('');
          expect(Number.isSafeInteger(g.gid)).toBe(true);
          expect(g.members.every((m) => m !== '' && m === m.trim())).toBe(true);
          expect(inRange(g.where.line)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('sudoers parser (fuzz)', () => {
  it('never throws, terminates, and yields well-formed items and rules', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, sudoersish), (text) => {
        const inRange = validLine(text);
        const items = parseSudoers(text, PATH);
        for (const item of items) {
          expect(inRange(item.where.line)).toBe(true);
          if (item.kind === 'include') expect(item.path).not.toBe('');
          if (item.kind === 'alias') expect(item.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
          if (item.kind === 'spec') {
            expect(item.groups.length).toBeGreaterThan(0);
            for (const g of item.groups) {
              expect(g.hosts).not.toBe('');
              expect(g.commands.length).toBeGreaterThan(0);
              for (const c of g.commands) expect(c.command).not.toBe('');
            }
          }
        }
        for (const rule of resolveSudoRules(items)) {
          expect(rule.principal).not.toBe('');
          expect(rule.principal.startsWith('!')).toBe(false);
          expect(rule.commands.length).toBeGreaterThan(0);
          expect(typeof rule.noPasswd).toBe('boolean');
          expect(rule.runAs).not.toBe('');
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('expands self-referential aliases without looping', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'B', 'C', 'alice'), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom('A', 'B', 'C', 'bob'), { minLength: 1, maxLength: 4 }),
        (a, b) => {
          const text = `User_Alias A = ${a.join(', ')}\nUser_Alias B = ${b.join(', ')} : C = A, B\nC ALL = ALL\n`;
          const principals = resolveSudoRules(parseSudoers(text, PATH)).map((r) => r.principal);
          expect(new Set(principals).size).toBe(principals.length);
        },
      ),
    );
  });
});
