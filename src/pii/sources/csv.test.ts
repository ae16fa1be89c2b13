import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, MAX_FIELD, parseCsv, sniffDelimiter } from './csv.ts';

function parseInPieces(text: string, cuts: number[], delimiter = ','): string[][] {
  const p = new CsvParser(delimiter);
  const rows: string[][] = [];
  let last = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    rows.push(...p.push(text.slice(last, c)));
    last = c;
  }
  rows.push(...p.push(text.slice(last)), ...p.end());
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

describe('CsvParser', () => {
  it('reads quoted fields, doubled quotes, embedded newlines and CRLF', () => {
    const text = 'name,addr,note\r\n张三,"北京市, 东城区","He said ""hi""\nand left"\r\n李四,上海,\r\n';
    expect(parseCsv(text, ',')).toEqual([
      ['name', 'addr', 'note'],
      ['张三', '北京市, 东城区', 'He said "hi"\nand left'],
      ['李四', '上海', ''],
    ]);
  });

  it('keeps ragged rows as they are', () => {
    expect(parseCsv('a,b,c\n1\n1,2,3,4\n', ',')).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
  });

  it('keeps a stray quote inside an unquoted field as data and counts the row as malformed', () => {
    const p = new CsvParser(',');
    const rows = [...p.push('a,b"c,d\n'), ...p.end()];
    expect(rows).toEqual([['a', 'b"c', 'd']]);
    expect(p.malformed).toBe(1);
  });

  it('cuts a quote that never closes instead of swallowing the file', () => {
    const p = new CsvParser(',');
    const body = `x,"${'y'.repeat(MAX_FIELD + 10)}\n`;
    const rows = [...p.push(body), ...p.push('1,2\n3,4\n'), ...p.end()];
    expect(p.cutFields).toBe(1);
    expect(rows.slice(-2)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('"', '""', ',', '\n', '\r\n', '张三', 'a"b'),
    );
    const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, rawCuts) => {
          const text = rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';
          const cuts = rawCuts.map((c) => c % (text.length + 1));
          expect(parseInPieces(text, cuts)).toEqual(parseCsv(text, ','));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a;b;c\n1;2,5;3\n', ';'],
    ['a|b\n1|2\n', '|'],
    ['"x,y";b\n"1,2";3\n', ';'],
    ['justone\n', ','],
  ] as const)('%j → %j', (text, d) => {
    expect(sniffDelimiter(text)).toBe(d);
  });
});
