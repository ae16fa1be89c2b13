import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { int, member, parseJsonc, toPlain } from './parse-jsonc.ts';

describe('parseJsonc', () => {
  it.each([
    ['{"a": 1}', { a: 1 }],
    ['// lead\n{"a": [1, 2,], /* x */ "b": "s", # hash\n}', { a: [1, 2], b: 's' }],
    ["{'single': 'quoted \\' ok'}", { single: "quoted ' ok" }],
    ['\ufeff{"bom": true}', { bom: true }],
    ['{"u": "\\u4e2d\\n"}', { u: '中\n' }],
    ['[null, false, -1.5e3]', [null, false, -1500]],
    ['{"a": 1, "a": 2}', { a: 2 }],
  ])('%s', (text, expected) => {
    const r = parseJsonc(text);
    expect(r.ok && toPlain(r.value)).toEqual(expected);
  });

  it('gives every key its line', () => {
    const r = parseJsonc('{\n  // c\n  "inbounds": [\n    { "port": 443 }\n  ]\n}');
    if (!r.ok) throw new Error(r.error);
    const inbounds = member(r.value, 'inbounds');
    expect(inbounds?.line).toBe(3);
    const first = inbounds?.value.kind === 'array' ? inbounds.value.items[0] : undefined;
    expect(member(first, 'port')?.line).toBe(4);
    expect(int(member(first, 'port')?.value)).toBe(443);
  });

  it.each([
    ['{"a": }', 1],
    ['{\n"a": 1\n"b": 2}', 3],
    ['{"a": "unterminated\n"}', 1],
    ['/* open', 1],
    ['{} extra', 1],
    ['', 1],
    ['{"a": 01}', 1],
  ])('reports %j as an error on line %i', (text, line) => {
    const r = parseJsonc(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.line).toBe(line);
  });

  it('refuses nesting deeper than the cap instead of overflowing the stack', () => {
    const r = parseJsonc('['.repeat(100000) + ']'.repeat(100000));
    expect(r.ok).toBe(false);
  });

  it('reads what JSON.stringify writes exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value, null, 2);
        const r = parseJsonc(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(toPlain(r.value)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              '{',
              '}',
              '[',
              ']',
              '"',
              "'",
              ':',
              ',',
              '//',
              '/*',
              '*/',
              '#',
              '\n',
              'a',
              '1',
              '-',
              'true',
              'null',
              '\\',
              '\\u12',
            ),
          )
          .map((a) => a.join('')),
        (text) => {
          const r = parseJsonc(text);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseJsonc(text)));
  });
});
