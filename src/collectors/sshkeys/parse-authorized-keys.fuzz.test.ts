/**
 * Property tests: the authorized_keys parser never throws, terminates, and every key it returns is
 * well formed — for arbitrary text, for line-structured near-misses, and for real key lines with
 * arbitrary options and comments around them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthorizedKeys } from './parse-authorized-keys.ts';

const P = '/root/.ssh/authorized_keys';
const ED = 'AAAAC3NzaC1lZDI1NTE5AAAAIKuw6oAfB/0ljA+RybPhKvbPEoWPzmWid4UOcItaOXDy';
const ED_FP = 'SHA256:WU6CCbQhAPjh2dFXTr1tb/r8gnDZtJpP/JeDa5m/eRc';
const fragments = [
  'ssh-ed25519',
  'ssh-rsa',
  ED,
  ' ',
  '\t',
  '"',
  ',',
  '=',
  'command=',
  'from=',
  'no-pty',
  '#',
  '\\',
  'AAAA',
  '==',
];
const keysish = fc
  .array(
    fc
      .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 5 })), { maxLength: 10 })
      .map((p) => p.join('')),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));
const anyText = fc.oneof(fc.string({ maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 500 }));

describe('authorized_keys parser (fuzz)', () => {
  it('never throws and yields well-formed keys', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, keysish), (text) => {
        const lines = text.split(/\r?\n/).length;
        for (const key of parseAuthorizedKeys(text, P)) {
          expect(key.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
          expect(key.type).toMatch(/^[A-Za-z0-9][A-Za-z0-9@._+-]*$/);
          expect(key.where.line).toBeGreaterThanOrEqual(1);
          expect(key.where.line).toBeLessThanOrEqual(lines);
          expect(key.comment).toBe(key.comment.trim());
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a real key behind any quoted options and before any comment', () => {
    const optionValue = fc.string({ maxLength: 20 }).map((s) => s.replace(/["\\\n\r]/g, ''));
    const option = fc.oneof(
      fc.constantFrom('no-pty', 'restrict', 'no-agent-forwarding'),
      fc.tuple(fc.constantFrom('command', 'from', 'environment'), optionValue).map(([n, v]) => `${n}="${v}"`),
    );
    const comment = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\n\r]/g, ''));
    fc.assert(
      fc.property(fc.array(option, { maxLength: 4 }), comment, (options, c) => {
        const line = `${options.length > 0 ? `${options.join(',')} ` : ''}ssh-ed25519 ${ED} ${c}`;
        const keys = parseAuthorizedKeys(line, P);
        expect(keys).toHaveLength(1);
        expect(keys[0]!.fingerprint).toBe(ED_FP);
        expect(keys[0]!.optionNames).toHaveLength(options.length);
      }),
      { numRuns: 1000 },
    );
  });
});
