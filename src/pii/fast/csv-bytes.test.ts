import { describe, expect, it } from 'vitest';
import { prng } from '../recognisers/synthetic.ts';
import { CsvParser, MAX_FIELD } from '../sources/csv.ts';
import { ByteCsvParser, ByteFinder, MAX_ROW_BYTES } from './csv-bytes.ts';
import { CELL_ESCAPED, CELL_PLAIN, type ByteRow } from './types.ts';
import { feedCut } from './test-feed.ts';

const encoder = new TextEncoder();
/** "UTF-8 decode of the bytes" of a CELL_PLAIN cell (keeping a U+FEFF that starts one). */
const bytesText = new TextDecoder('utf-8', { ignoreBOM: true });

interface Parsed {
  rows: string[][];
  malformed: number;
  cutFields: number;
}

/** The reference: the string path's decoder over the whole input, then CsvParser. */
function reference(bytes: Uint8Array, delimiter: string): Parsed {
  const text = new TextDecoder('utf-8').decode(bytes);
  const p = new CsvParser(delimiter);
  return { rows: [...p.push(text), ...p.end()], malformed: p.malformed, cutFields: p.cutFields };
}

/** ByteCsvParser fed `bytes` cut at `cuts`; cells materialised as a consumer would. */
function bytewise(
  bytes: Uint8Array,
  delimiter: string,
  cuts: number[] = [],
  seen?: (row: ByteRow) => void,
): Parsed {
  const rows: string[][] = [];
  const p = new ByteCsvParser(delimiter, (row) => {
    seen?.(row);
    const cells: string[] = [];
    for (let i = 0; i < row.count; i++) {
      cells.push(
        row.flags[i] === CELL_PLAIN
          ? bytesText.decode(row.buf.subarray(row.starts[i], row.ends[i]))
          : p.text(row, i),
      );
    }
    rows.push(cells);
  });
  feedCut(p, bytes, cuts);
  return { rows, malformed: p.malformed, cutFields: p.cutFields };
}

/** Cuts every `size` bytes. */
function every(size: number, length: number): number[] {
  const cuts: number[] = [];
  for (let c = size; c < length; c += size) cuts.push(c);
  return cuts;
}

/** Asserts ByteCsvParser's result equals the reference's, unsplit and split (every 1 and 7 bytes unless `cutSets`). */
function same(text: string | Uint8Array, delimiter = ',', cutSets?: number[][]): Parsed {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  const want = reference(bytes, delimiter);
  const splits = [[], ...(cutSets ?? [every(1, bytes.length), every(7, bytes.length)])];
  const wanted = JSON.stringify(want);
  for (const cuts of splits) {
    const got = bytewise(bytes, delimiter, cuts);
    // (compared as JSON first: deep equality over millions of cells is slow)
    if (JSON.stringify(got) !== wanted) expect({ cuts, got }).toEqual({ cuts, got: want });
  }
  return want;
}

/** Runs fn with ByteFinder's JavaScript path or WebAssembly, reading windows of `window` bytes. */
function withFinder<T>(useWasm: boolean, window: number, fn: () => T): T {
  const saved = [ByteFinder.useWasm, ByteFinder.window] as const;
  ByteFinder.useWasm = useWasm;
  ByteFinder.window = window;
  try {
    return fn();
  } finally {
    [ByteFinder.useWasm, ByteFinder.window] = saved;
  }
}

const CASES: [string, string][] = [
  [
    'RFC 4180 quoting and doubled quotes',
    'name,addr,note\r\n张三,"北京市, 东城区","He said ""hi""\nand left"\r\n李四,上海,\r\n',
  ],
  ['embedded newlines and CRLF in quotes', '"a\r\nb",c\r\n"x\ny"\r\n'],
  ['stray quotes', 'a,b"c,d\n"a"b,c\n"",""x\n"a" "b"\nab""c\n'],
  ['text after a closing quote', '"ab"cd,"x"\r,"y"\r\r\n'],
  ['CR outside quotes anywhere', 'a\rb,\rc,d\r\r\n\r\n\r"q"\r,\r'],
  ['ragged rows', 'a,b,c\n1\n1,2,3,4\n,\n,,\n'],
  ['empty lines', '\n\n\r\na\n\n\n'],
  ['empty input', ''],
  ['only a CR', '\r'],
  ['no final newline', 'a,b\nc,d'],
  ['quote as the last byte', 'a,"b"'],
  ['unclosed quote at the end', 'a,"b\nc,d'],
  ['unclosed quote after a doubled quote', 'a,"b""'],
  ['triple and quadruple quotes', '"""",""""""\n""","""\n'],
  ['a leading BOM', '\uFEFFid,name\n1,张三\n'],
  ['a BOM inside cells', 'a,\uFEFFb\n\uFEFF"x",y\n'],
  ['two BOMs', '\uFEFF\uFEFFa\n'],
  ['Chinese text and 4-byte characters', '姓名,备注\n王芳,"😀 已核实, 中文"\n赵敏,😀😀\n'],
  ['quoted fields, doubled quotes and CRLF side by side', '"a""","""b",""\r\n"""",c""\r\n""\r"\n"\r\n'],
  ['empty fields and empty quoted fields', ',,\n"",,""\n,"",\r\n'],
];

describe('ByteCsvParser against CsvParser', () => {
  it.each(CASES)('%s', (_name, text) => {
    same(text);
  });

  it.each([
    ['\t', 'a\tb\t"c\td"\n1\t"2""x"\t3\r\n'],
    [';', 'a;b;"c;d"\n1,5;2\n'],
    ['|', 'a|b|"c|d"\n|\n'],
  ])('delimiter %j', (d, text) => {
    same(text, d);
  });

  it('skips a BOM split across chunks, and keeps a lone BOM prefix as data', () => {
    const bytes = encoder.encode('\uFEFFa,b\n');
    for (const cuts of [[1], [2], [1, 2], [3]]) expect(bytewise(bytes, ',', cuts).rows).toEqual([['a', 'b']]);
    same(new Uint8Array([0xef, 0xbb]));
    same(new Uint8Array([0xef, 0xbb, 0x41, 0x0a]));
  });

  it('decodes invalid UTF-8 as the string path does', () => {
    same(
      new Uint8Array([
        0x61, 0xe4, 0x2c, 0xb8, 0xad, 0x0a, 0xe4, 0x0d, 0xb8, 0xad, 0x0a, 0x22, 0xff, 0x22, 0x22, 0x0a,
      ]),
    );
  });

  it('gives each cell its flag: plain when its value is one run of its bytes, split or not', () => {
    const text = encoder.encode('a,"b,c","","d""e",f\r,"g"h,\r\ri,"x\r\ny"\r\n');
    for (const cuts of [[], every(1, text.length)]) {
      const cells: string[] = [];
      bytewise(text, ',', cuts, (row) => {
        for (let i = 0; i < row.count; i++) {
          const bytes = new TextDecoder().decode(row.buf.subarray(row.starts[i], row.ends[i]));
          cells.push(row.flags[i] === CELL_ESCAPED ? 'E' : `P${bytes}`);
        }
      });
      expect(cells).toEqual(['Pa', 'Pb,c', 'P', 'E', 'Pf', 'E', 'Pi', 'Px\r\ny']);
    }
  });

  it('matches on thousands of random texts cut into random byte chunks', () => {
    randomTexts(prng(4), 4000);
  });
});

/** Random texts of CSV's bytes, each against the reference cut at random places. */
function randomTexts(rand: () => number, count: number): void {
  const alphabet = ['a', '中', ',', '"', '\n', '\r', ' ', '""', '\r\n', '😀', '\uFEFF'];
  const weights = [6, 3, 5, 5, 3, 2, 1, 2, 2, 1, 0.3];
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = (): string => {
    let r = rand() * total;
    for (let i = 0; i < alphabet.length; i++) if ((r -= weights[i]!) < 0) return alphabet[i]!;
    return alphabet[0]!;
  };
  const delimiters = [',', '\t', ';', '|'];
  let rowsSeen = 0;
  for (let n = 0; n < count; n++) {
    const d = delimiters[n % 4]!;
    const length = Math.floor(rand() * 48);
    let text = rand() < 0.05 ? '\uFEFF' : '';
    for (let i = 0; i < length; i++) {
      const s = pick();
      text += s === ',' ? d : s;
    }
    const bytes = encoder.encode(text);
    const want = reference(bytes, d);
    rowsSeen += want.rows.length;
    for (let k = 0; k < 3; k++) {
      const cuts = Array.from({ length: Math.floor(rand() * 6) }, () =>
        Math.floor(rand() * (bytes.length + 1)),
      );
      const got = bytewise(bytes, d, cuts);
      if (JSON.stringify(got) !== JSON.stringify(want))
        expect({ text, d, cuts, got }).toEqual({ text, d, cuts, got: want });
    }
  }
  expect(rowsSeen).toBeGreaterThan(2 * count);
}

describe('ByteCsvParser with the finder in small windows, and without WebAssembly', () => {
  it('finds what a byte-by-byte test finds, at any start and window', () => {
    const rand = prng(11);
    const sets = [[44, 10, 13, 34], [9, 10, 13, 34], [39, 92], [0]];
    for (let n = 0; n < 400; n++) {
      const values = sets[n % sets.length]!;
      const bytes = new Uint8Array(Math.floor(rand() * (n < 300 ? 400 : 70_000)));
      const density = rand();
      for (let i = 0; i < bytes.length; i++)
        bytes[i] = rand() < density ? values[Math.floor(rand() * values.length)]! : Math.floor(rand() * 256);
      const from = Math.floor(rand() * Math.min(100, bytes.length + 1));
      const want: number[] = [];
      for (let i = from; i < bytes.length; i++) if (values.includes(bytes[i]!)) want.push(i);
      for (const wasm of [true, false]) {
        const window = n % 3 === 0 ? 1 + Math.floor(rand() * 200) : 65536;
        const got = withFinder(wasm, window, () => {
          const finder = new ByteFinder(values);
          const at = finder.open();
          const found: number[] = [];
          for (let p = from; p < bytes.length; p = finder.to) {
            const count = finder.fill(bytes, p);
            for (let i = 0; i < count; i++) found.push(at[i]!);
          }
          finder.close();
          return found;
        });
        if (got.join() !== want.join())
          expect({ n, wasm, window, got }).toEqual({ n, wasm, window, got: want });
      }
    }
  });

  it('reads alike when the row callback feeds another parser, and when read again after its end', () => {
    // Each parser holds its own finder memory from its first read to its end.
    const outer = encoder.encode('a,"b,c",d\n'.repeat(300));
    const inner = encoder.encode('x,"y\nz",w\n'.repeat(40));
    withFinder(true, 4096, () => {
      const got: string[][] = [];
      const innerParser: ByteCsvParser = new ByteCsvParser(';', (row) => {
        got.push(['inner', innerParser.text(row, 0)]);
      });
      let fed = 0;
      const outerParser: ByteCsvParser = new ByteCsvParser(',', (row) => {
        got.push(Array.from({ length: row.count }, (_, i) => outerParser.text(row, i)));
        if (fed < inner.length) innerParser.push(inner.subarray(fed, (fed += 17)));
      });
      outerParser.push(outer);
      outerParser.end();
      innerParser.end();
      const want = [...reference(outer, ',').rows];
      const innerRows = reference(inner, ';').rows.map((r) => ['inner', r[0]!]);
      expect(got.filter((r) => r[0] !== 'inner')).toEqual(want);
      expect(got.filter((r) => r[0] === 'inner')).toEqual(innerRows);
      got.length = 0;
      outerParser.push(inner);
      outerParser.end();
      expect(got).toEqual(reference(inner, ',').rows);
    });
  });

  it.each([
    [true, 1],
    [true, 3],
    [true, 16],
    [false, 5],
  ])('reads every case alike (WebAssembly %s, windows of %i bytes)', (wasm, window) => {
    withFinder(wasm, window, () => {
      for (const [, text] of CASES) same(text);
      for (const d of ['\t', ';']) same(`a${d}"b${d}c"${d}""""\r\n1${d}"2""x"${d}3\n`, d);
      same(`a,"${'q'.repeat(MAX_FIELD + 5)}",b\nc,d\n`, ',', [[], [MAX_FIELD >> 1]]);
      randomTexts(prng(window), 400);
    });
  });
});

describe('ByteCsvParser on long fields and lines', () => {
  const chunkings = (length: number): number[][] => [
    every(65536, length),
    every(1024 * 1024, length),
    [length >> 1],
  ];

  it('cuts a quote that never closes at MAX_FIELD, as CsvParser over the whole text', () => {
    const body = `x,"${'y'.repeat(MAX_FIELD + 10)}\n1,2\n3,"4\n`;
    const want = same(body, ',', chunkings(body.length));
    expect(want.cutFields).toBe(2);
    expect(want.rows).toEqual([
      ['x', ''],
      ['1', '2'],
      ['3', '4\n'],
    ]);
  });

  it('skips to the first line end after the run that overflows, even past its closing quote', () => {
    const text = `a,"p""${'q'.repeat(MAX_FIELD)}",b,c\nd\n`;
    const want = same(text, ',', chunkings(text.length));
    expect(want.rows).toEqual([['a', 'p"'], ['d']]);
    same(`a,"${'q'.repeat(MAX_FIELD + 5)}`, ',', chunkings(MAX_FIELD));
    same(`a,"${'q'.repeat(MAX_FIELD + 5)}\nb,c`, ',', chunkings(MAX_FIELD));
  });

  it('counts MAX_FIELD in UTF-16 units, as the string does', () => {
    for (const extra of [0, 1]) {
      same(`"${'中'.repeat(MAX_FIELD + extra)}",x\ny\n`, ',', chunkings(3 * MAX_FIELD));
      same(`"${'😀'.repeat(MAX_FIELD / 2)}${'a'.repeat(extra)}",x\ny\n`, ',', chunkings(2 * MAX_FIELD));
      // A doubled quote is one unit: a field of MAX_FIELD + 1 units is cut at its next run, even empty.
      same(`"${'a'.repeat(MAX_FIELD - 1 + extra)}""",x\ny\n`, ',', chunkings(MAX_FIELD));
      same(`"${'a'.repeat(MAX_FIELD - 1 + extra)}""`, ',', chunkings(MAX_FIELD));
      same(`"${'中'.repeat(MAX_FIELD - 1 + extra)}""",x\ny\n`, ',', chunkings(3 * MAX_FIELD));
    }
  });

  it('reads a 10 MB line whole', () => {
    const cells = Array.from({ length: 320_000 }, (_, i) =>
      i % 7 === 0 ? `"备用电话 ${String(i)}, 已核实"` : `中文 ${String(i)} ${'x'.repeat(i % 40)}`,
    );
    const text = `${cells.join(',')}\r\nlast,row\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(10 * 1024 * 1024);
    same(text, ',', [every(65536, Buffer.byteLength(text)), [5_000_001]]);
  });

  it('keeps its memory bounded on a huge input without line ends', () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    for (const first of ['', '"']) {
      let rows = 0;
      const p = new ByteCsvParser(',', () => rows++);
      p.push(encoder.encode(first));
      let most = 0;
      for (let i = 0; i < 48; i++) {
        p.push(chunk);
        most = Math.max(most, (p as unknown as { carry: Uint8Array }).carry.length);
      }
      p.push(encoder.encode('\nb,c\n'));
      p.end();
      expect(most).toBeLessThanOrEqual(first === '"' ? 4 * MAX_FIELD : MAX_ROW_BYTES + chunk.length + 1);
      expect([rows, p.cutFields, p.malformed]).toEqual([2, 1, 1]);
    }
  });
});
