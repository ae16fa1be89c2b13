import { describe, expect, it } from 'vitest';
import { CITIES, CORPUS_NOW, NAMES, ValueMaker } from '../../../bench/pii-corpus.ts';
import type { InventoryBuilder, Location } from '../inventory.ts';
import { someCountyCodes } from '../recognisers/region.ts';
import { makeCard, makeCnId, makeMobile, makeUscc, prng } from '../recognisers/synthetic.ts';
import { JsonScanner } from '../sources/json.ts';
import { makeRecognition, type Recognition } from '../sources/recognition.ts';
import { digitsMayBe } from './consumers.ts';
import { NdjsonLeafScanner } from './ndjson-bytes.ts';
import { CELL_PLAIN } from './types.ts';
import { ByteValidator } from './validate.ts';

interface Leaf {
  path: string;
  key: string;
  text: string;
  isString: boolean;
}

type LeafFn = (value: unknown, path: string, key: string, record: unknown[]) => void;

/**
 * The reference: the leaves JsonScanner.walk passes to leaf() for JSON.parse of the line, recorded by
 * replacing leaf() and flush() on an instance (leaf()'s own filter: strings, safe integers as String(v);
 * '' is kept, the byte scanner reports it too). null when JSON.parse throws; `oneRecord` false when a
 * leaf went to a record of its own (an object inside an array).
 */
function reference(bytes: Uint8Array): { leaves: Leaf[]; oneRecord: boolean } | null {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  } catch {
    return null;
  }
  const location: Location = { source: 'test.ndjson', format: 'ndjson' };
  const js = new JsonScanner(location, {} as Recognition, null as unknown as InventoryBuilder);
  const flushed: Leaf[][] = [];
  const hooks = js as unknown as { leaf: LeafFn; flush: (record: Leaf[]) => void };
  hooks.leaf = (value, path, key, record) => {
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isSafeInteger(value)) text = String(value);
    else return;
    record.push({ path, key, text, isString: typeof value === 'string' });
  };
  hooks.flush = (record) => flushed.push(record);
  js.document(doc);
  const top = flushed.pop() ?? [];
  return { leaves: top, oneRecord: flushed.every((r) => r.length === 0) };
}

function leavesOf(s: NdjsonLeafScanner): Leaf[] {
  const out: Leaf[] = [];
  for (let i = 0; i < s.count; i++) {
    const id = s.paths[i]!;
    out.push({ path: s.pathOf(id), key: s.keyOf(id), text: s.text(i), isString: s.isString[i] === 1 });
  }
  return out;
}

const enc = new TextEncoder();
const scanner = new NdjsonLeafScanner();

/** Scans `line` (text or bytes, placed inside a larger buffer) and checks it against the reference. */
function check(line: string | Uint8Array): boolean {
  const bytes = typeof line === 'string' ? enc.encode(line) : line;
  const buf = new Uint8Array(bytes.length + 8);
  buf.fill(0x7b); // stray bytes around the line must not be read
  buf.set(bytes, 3);
  const ok = scanner.scan(buf, 3, 3 + bytes.length);
  const ref = reference(bytes);
  if (ok) {
    expect(ref, 'accepted a line JSON.parse rejects').not.toBeNull();
    expect(ref!.oneRecord, 'accepted a line with records inside arrays').toBe(true);
    expect(leavesOf(scanner)).toEqual(ref!.leaves);
    for (let i = 0; i < scanner.count; i++) {
      if (scanner.flags[i] === CELL_PLAIN)
        expect(
          new TextDecoder('utf-8', { ignoreBOM: true }).decode(
            buf.subarray(scanner.starts[i], scanner.ends[i]),
          ),
        ).toBe(ref!.leaves[i]!.text);
    }
  }
  return ok;
}

const reference2 = new NdjsonLeafScanner();

/**
 * scanLine over `line` followed by a newline and another line: taken exactly when scan() takes the line
 * up to its first newline, ending there, with the same leaves (and plain flags). Returns whether taken.
 */
function checkLine(sc: NdjsonLeafScanner, line: string | Uint8Array): boolean {
  const bytes = typeof line === 'string' ? enc.encode(line) : line;
  const tail = enc.encode('\n{"next":"line"}\n');
  const buf = new Uint8Array(3 + bytes.length + tail.length);
  buf.fill(0x7b);
  buf.set(bytes, 3);
  buf.set(tail, 3 + bytes.length);
  const nl = bytes.indexOf(10);
  const end = 3 + (nl < 0 ? bytes.length : nl);
  const got = sc.scanLine(buf, 3, buf.length);
  const ok = reference2.scan(buf, 3, end);
  expect(got >= 0, 'scanLine and scan() disagree').toBe(ok);
  if (ok) {
    expect(got).toBe(end);
    expect(leavesOf(sc)).toEqual(leavesOf(reference2));
    expect(Array.from(sc.flags.subarray(0, sc.count))).toEqual(
      Array.from(reference2.flags.subarray(0, reference2.count)),
    );
  }
  return ok;
}

function nested(levels: number): string {
  return `${'{"a":'.repeat(levels - 1)}{"a":"x","n":1,"t":["y",2]}${'}'.repeat(levels - 1)}`;
}

describe('NdjsonLeafScanner: hand cases', () => {
  const accepted = [
    '{"a":"x","b":12,"c":{"d":"y","e":{"f":"z"}},"g":true,"h":null,"i":false}',
    '{}',
    '  {  }  ',
    '{"tags":["a","b",3,null,true,"",1.5,-0]}',
    '{"empty":[],"arr":[ ],"o":{}}',
    '{"a":[{},[],{ },[ ]],"b":"x"}',
    '{"s":"he said \\"hi\\" \\\\ \\/ \\b\\f\\n\\r\\t"}',
    '{"s":"\\u4e2d\\u6587 \\ud83d\\ude00 \\ud800 lone \\udfff"}',
    '{"姓名":"张伟","地址":{"城市":"北京市","街道":"东城区某路1号"},"手机号":"13800138000"}',
    '{"emoji😀":"😀😀","\\u59d3\\u540d":"x","姓":"y"}',
    '{"":"root-empty-key","z":{"a":"b"}}',
    '{"":{"a":"under empty key"}}',
    '{"__proto__":"p","constructor":"c","toString":"t","hasOwnProperty":1}',
    '{"a.b":"dotted","a":{"b":"real"}}',
    ' \t\r\n{ \t"a" \r: \n"x" \t, "b"\t:\t[ 1 ,\t2 ] , "c" : { } }\r',
    '{"n":[0,-0,1,-1,12,12.0,-12.00,1e2,1E2,1e+2,1e-2,1.5,-1.5,0.0,-0.0,100e-2,1e400,-1e400]}',
    '{"n":[9007199254740991,-9007199254740991,9007199254740992,9007199254740993,-9007199254740992,12345678901234567890]}',
    '{"n":[1.0000000000000000001,4.9999999999999999999,123456789012345.0,1234567890123456.0,0.30000000000000004]}',
    '{"n":[5e-324,1.7976931348623157e308,123456789012345.6,12345678901234.56,999999999999999.9]}',
    '{"s":"\u2028\u2029\ufeff\u00a0\u3000"}',
    '{"s":"\\u0000\\u001f\\u007f"}',
    `{"big":"${'中'.repeat(200000)}","esc":"${'\\"'.repeat(100000)}"}`,
    nested(64),
  ];
  const declined = [
    '',
    '   ',
    '[1,2]',
    '"x"',
    '12',
    'null',
    '{"a":[{"b":"x"}]}',
    '{"a":[["x"]]}',
    '{"a":"x"',
    '{"a":"x"}}',
    '{"a":"x"} x',
    '{"a":"x"}{"b":"y"}',
    '{"a":"x",}',
    '{"a":[1,]}',
    '{"a":01}',
    '{"a":-}',
    '{"a":1.}',
    '{"a":.5}',
    '{"a":+1}',
    '{"a":1e}',
    '{"a":0x10}',
    '{"a":tru}',
    '{"a":nulll}',
    '{"a":NaN}',
    '{"a":"\\x"}',
    '{"a":"\\u12"}',
    '{"a":"\\u12g4"}',
    '{"a":"tab\tinside"}',
    '{a:"x"}',
    "{'a':'x'}",
    '{"a" "x"}',
    '{"a":"x" "b":"y"}',
    '\ufeff{"a":"x"}',
    '{"1":"x","a":"y"}',
    '{"a":"y","20":"x"}',
    '{"a":"x","a":"y"}',
    '{"a":{"b":"x"},"a":"y"}',
    '{"a":"x","\\u0061":"y"}',
    '{"\\u59d3\\u540d":"x","姓名":"y"}',
    '{"\\ud800":"lone surrogate key"}',
    nested(65),
  ];
  it('accepts and matches the walk', () => {
    for (const line of accepted) expect(check(line), line.slice(0, 80)).toBe(true);
  });
  it('declines what it does not replicate (and never accepts what JSON.parse rejects)', () => {
    for (const line of declined) expect(check(line), line.slice(0, 80)).toBe(false);
  });
  it('scanLine finds the end of the line it takes, and takes what scan() takes', () => {
    const sc = new NdjsonLeafScanner();
    for (const line of [...accepted, ...declined]) checkLine(sc, line);
    // Each line twice: the second time through the first's template (all but the one cut by its newline).
    const twice = new NdjsonLeafScanner();
    for (const line of accepted) {
      checkLine(twice, line);
      checkLine(twice, line);
    }
    expect(twice.templated).toBeGreaterThanOrEqual(accepted.length - 1);
    for (const line of ['{"a":"x"}', '{"a":"x"}  \t\r', '{"a":"y"} x', '{"a":', '  {"a":"x"}', ' ', '\r'])
      checkLine(sc, line);
  });
  it('reads invalid UTF-8 in values as the decoder would (U+FFFD), declines it in keys', () => {
    const head = enc.encode('{"a":"x');
    const tail = enc.encode('y","b":"z"}');
    for (const bad of [
      [0xff],
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe4, 0xb8],
      [0x80],
    ]) {
      const line = new Uint8Array([...head, ...bad, ...tail]);
      expect(check(line)).toBe(true);
      expect(scanner.flags[0]).not.toBe(CELL_PLAIN);
      const inKey = new Uint8Array([...enc.encode('{"k'), ...bad, ...enc.encode('":"v"}')]);
      expect(check(inKey)).toBe(false);
    }
  });
  it('interns paths: the same line gives the same ids, and a full trie declines only new paths', () => {
    const local = new NdjsonLeafScanner();
    const line = enc.encode('{"user":{"phone":"1","tags":["a"]},"x":"y"}');
    expect(local.scan(line, 0, line.length)).toBe(true);
    const ids = Array.from(local.paths.subarray(0, local.count));
    expect(local.scan(line, 0, line.length)).toBe(true);
    expect(Array.from(local.paths.subarray(0, local.count))).toEqual(ids);
    expect(ids.map((id) => [local.pathOf(id), local.keyOf(id)])).toEqual([
      ['user.phone', 'phone'],
      ['user.tags[]', 'tags'],
      ['x', 'x'],
    ]);
    let accepted = 0;
    for (let b = 0; b < 80; b++) {
      const keys = Array.from({ length: 1000 }, (_, i) => `"k${String(b * 1000 + i)}":${String(i)}`);
      const l = enc.encode(`{${keys.join(',')}}`);
      if (local.scan(l, 0, l.length)) accepted++;
    }
    expect(accepted).toBeGreaterThan(60);
    expect(accepted).toBeLessThan(80);
    expect(local.scan(line, 0, line.length)).toBe(true);
  });
});

// --- random documents ------------------------------------------------------------------------------------

const KEYS = [
  'name',
  'idNo',
  'phone',
  'user',
  'contact',
  'tags',
  '地址',
  '手机号',
  '身份证号',
  '',
  '__proto__',
  'constructor',
  'a.b',
  'x y',
  'q"uote',
  'back\\slash',
  'tab\t',
  'nl\n',
  'emoji😀',
  '\u2028',
  '1.5',
  '-1',
  'e1',
];
const DIGIT_KEYS = ['1', '20', '01', '0', '4294967295', '9007199254740993'];
const PIECES = [
  'a',
  'Z',
  '0',
  '9',
  ' ',
  '"',
  '\\',
  '/',
  '\n',
  '\t',
  '\u0001',
  '\u001f',
  '\u007f',
  '中',
  '文',
  '😀',
  '\u2028',
  '\ufeff',
  'é',
  '\ud800',
  '\udc00',
  '@',
  '.',
];
const NUMBERS = [
  '0',
  '-0',
  '7',
  '-42',
  '12.0',
  '-3.50',
  '1e2',
  '1E+2',
  '2e-1',
  '1.5',
  '0.1',
  '123.45',
  '-0.0',
  '9007199254740991',
  '9007199254740992',
  '-9007199254740991',
  '12345678901234567',
  '1.00000000000000000001',
  '123456789012345.0',
  '1234567890123456.0',
  '1e400',
  '1700000000000',
];

class Gen {
  readonly r: () => number;
  fast = true;
  constructor(seed: number) {
    this.r = prng(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  ws(): string {
    if (this.r() < 0.7) return '';
    return Array.from({ length: 1 + this.int(3) }, () => this.pick([' ', ' ', '\t', '\r', '\n'])).join('');
  }
  text(): string {
    const kind = this.r();
    if (kind < 0.3) return String(this.int(1e9)) + String(this.int(1e9));
    if (kind < 0.4) return '';
    return Array.from({ length: this.int(12) }, () => this.pick(PIECES)).join('');
  }
  /** JSON text of a string, escapes chosen at random (all of \uXXXX, short forms, \/). */
  quote(s: string): string {
    let out = '"';
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      const units = ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [c];
      const u = (): string => units.map((x) => `\\u${x.toString(16).padStart(4, '0')}`).join('');
      if (ch === '"' || ch === '\\') out += this.r() < 0.8 ? `\\${ch}` : u();
      else if (c < 0x20) out += this.r() < 0.5 ? JSON.stringify(ch).slice(1, -1) : u();
      else if (c >= 0xd800 && c <= 0xdfff)
        out += u(); // lone surrogate: only as an escape
      else if (ch === '/' && this.r() < 0.5) out += '\\/';
      else if (this.r() < 0.05) out += this.r() < 0.5 ? u() : u().toUpperCase().replace(/\\U/g, '\\u');
      else out += ch;
    }
    return `${out}"`;
  }
  value(depth: number): string {
    const k = this.r();
    if (k < 0.35) return this.quote(this.text());
    if (k < 0.6) return this.pick(NUMBERS);
    if (k < 0.65) return this.pick(['true', 'false', 'null']);
    if (k < 0.8 && depth < 6) return this.object(depth + 1);
    if (k < 0.95) {
      const items = Array.from({ length: this.int(5) }, () => {
        const j = this.r();
        if (j < 0.04) {
          this.fast = false;
          return this.object(depth + 1);
        }
        if (j < 0.06) return this.pick(['{}', '[]', '{ }']);
        return j < 0.5 ? this.quote(this.text()) : j < 0.8 ? this.pick(NUMBERS) : this.pick(['true', 'null']);
      });
      return `[${this.ws()}${items.join(`${this.ws()},${this.ws()}`)}${this.ws()}]`;
    }
    return this.quote(this.text());
  }
  object(depth: number): string {
    const used = new Set<string>();
    const members: string[] = [];
    for (let n = this.int(6); n > 0; n--) {
      let key =
        this.r() < 0.5
          ? this.pick(KEYS)
          : this.text()
              .replace(/[\ud800-\udfff]/g, '')
              .replace(/^[0-9]+$/, 'n$&');
      if (this.r() < 0.01) key = this.pick(DIGIT_KEYS);
      if (this.r() < 0.005) key = '\udc00';
      if (/^[0-9]+$/.test(key) || key === '\udc00') this.fast = false;
      if (used.has(key)) this.fast = false;
      used.add(key);
      members.push(`${this.ws()}${this.quote(key)}${this.ws()}:${this.ws()}${this.value(depth)}${this.ws()}`);
    }
    return `{${members.join(',')}${members.length === 0 ? this.ws() : ''}}`;
  }
  line(): string {
    return `${this.ws()}${this.object(0)}${this.ws()}`;
  }
}

describe('NdjsonLeafScanner: random documents against JsonScanner.walk', () => {
  it('accepts every line it can read exactly, with the same leaves', () => {
    let fast = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const g = new Gen(seed);
      const line = g.line();
      const ok = check(line);
      if (g.fast) {
        expect(ok, line).toBe(true);
        fast++;
      }
    }
    expect(fast).toBeGreaterThan(3000);
  });

  it('never accepts a mutated line JSON.parse rejects; matches it where both read the line', () => {
    const r = prng(99);
    let rejected = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const bytes = enc.encode(new Gen(seed).line());
      if (bytes.length === 0) continue;
      const at = Math.floor(r() * bytes.length);
      const op = r();
      const byte = [
        0x22, 0x5c, 0x2c, 0x3a, 0x7b, 0x7d, 0x5b, 0x5d, 0x30, 0x2d, 0x2e, 0x65, 0x20, 0xff, 0xe4, 0x80,
      ][Math.floor(r() * 16)]!;
      let m: Uint8Array;
      if (op < 0.25) m = bytes.subarray(0, at);
      else if (op < 0.5) m = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]);
      else if (op < 0.75) m = new Uint8Array([...bytes.subarray(0, at), byte, ...bytes.subarray(at)]);
      else {
        m = bytes.slice();
        m[at] = byte;
      }
      if (reference(m) === null) {
        rejected++;
        expect(check(m)).toBe(false);
      } else check(m);
    }
    expect(rejected).toBeGreaterThan(1000);
  });

  it('scanLine takes the same lines as scan(), with the same leaves', () => {
    const sc = new NdjsonLeafScanner();
    const r = prng(7);
    for (let seed = 1; seed <= 3000; seed++) {
      const bytes = enc.encode(new Gen(seed).line());
      checkLine(sc, bytes);
      if (bytes.length > 0) {
        const m = bytes.slice();
        m[Math.floor(r() * m.length)] = 0x0a;
        checkLine(sc, m);
      }
    }
  });
});

/**
 * A shape of line: fixed keys (escapes chosen once), nesting and arrays, with a string or number to draw
 * at each place; now and then (`odd`) a value of any kind or a space where the shape has none.
 */
type Fill = (g: Gen, odd: boolean) => string;

function shape(g: Gen, depth: number): Fill {
  const members: [string, Fill][] = [];
  const used = new Set<string>();
  for (let n = 1 + g.int(5); n > 0; n--) {
    const key = g.pick(KEYS);
    if (used.has(key)) continue;
    used.add(key);
    const k = g.r();
    let fill: Fill;
    if (k < 0.2 && depth < 3) fill = shape(g, depth + 1);
    else if (k < 0.3) {
      const items = g.int(4);
      fill = (h, odd) => `[${Array.from({ length: items }, () => hole(h, odd, true)).join(',')}]`;
    } else if (k < 0.65) fill = (h, odd) => hole(h, odd, true);
    else if (k < 0.95) fill = (h, odd) => hole(h, odd, false);
    else fill = (h, odd) => (odd && h.r() < 0.1 ? 'null' : 'true');
    members.push([g.quote(key), fill]);
  }
  return (h, odd) => {
    const sp = (): string => (odd && h.r() < 0.03 ? ' ' : '');
    return `{${sp()}${members.map(([k, v]) => `${k}${sp()}:${v(h, odd)}`).join(`,${sp()}`)}}`;
  };
}

function hole(g: Gen, odd: boolean, isString: boolean): string {
  if (odd && g.r() < 0.05) return g.value(3);
  return isString ? g.quote(g.text()) : g.pick(NUMBERS);
}

describe('NdjsonLeafScanner: lines of one shape (read through the template)', () => {
  it('reads each line as scan() does, most of them through the template', () => {
    let lines = 0;
    let templated = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const sc = new NdjsonLeafScanner();
      const fill = shape(new Gen(seed), 0);
      const g = new Gen(seed * 1000);
      for (let j = 0; j < 30; j++) {
        const line = fill(g, j % 3 === 0);
        checkLine(sc, line);
        check(line);
        lines++;
      }
      templated += sc.templated;
    }
    expect(templated).toBeGreaterThan(lines / 2);
  });
});

describe('NdjsonLeafScanner: bench-like lines', () => {
  it('takes the fast path for the throughput bench NDJSON lines', () => {
    const m = new ValueMaker(7);
    const val = (k: 'cn-id' | 'mobile' | 'bank-card'): string =>
      m.rand() < 0.9 ? m.positive(k).value : m.lookAlike(k).value;
    const sc = new NdjsonLeafScanner();
    for (let i = 0; i < 500; i++) {
      const line = `{"orderId":"${m.digits(18)}","user":{"name":"${m.pick(NAMES)}","idNo":"${val('cn-id')}","phone":"${val('mobile')}"},"pay":{"card":"${val('bank-card')}","amount":${String(m.int(100000) / 100)}},"ts":${String(1700000000000 + m.int(1e10))}}`;
      expect(check(line), line).toBe(true);
      expect(scanner.count).toBeGreaterThanOrEqual(6);
      expect(checkLine(sc, line)).toBe(true);
    }
    // Only lines whose amount changes between integer and fraction are read in full.
    expect(sc.templated).toBeGreaterThan(450);
    expect(check(`{"addr":"${m.pick(CITIES)}某路1号"}`)).toBe(true);
  });
});

// --- the NDJSON consumer's gates for all-digit values ------------------------------------------------------

describe('digitsMayBe (which self-evident kinds an all-digit value is asked of)', () => {
  const validator = new ByteValidator(CORPUS_NOW);
  const recognition = makeRecognition(CORPUS_NOW);
  const m = new ValueMaker(5);
  const counties = someCountyCodes();
  // Valid values of each kind in all-digit form, then one-digit neighbours of all, random runs of any length.
  const values: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const id = m.idNumber();
    if (!id.endsWith('X')) values.push(id);
    values.push(id.slice(0, 6) + id.slice(8, 17)); // the 15-digit form
    const type =
      m.rand() < 0.5 ? m.digits(2) : m.pick(['91', '92', '93', '11', '12', '51', '31', '34', '59']);
    const code = makeUscc(type, m.pick(counties), m.digits(8));
    if (/^\d+$/.test(code)) values.push(code);
    values.push(makeCard(m.digits(m.rand() < 0.5 ? 1 : 4), 16 + m.int(4), m.rand));
    const mobile = makeMobile(`1${m.digits(2)}`, m.rand);
    values.push(mobile, `86${mobile}`, `0086${mobile}`);
    // Regions other than counties: permit regions, retired prefectures and counties, any code.
    const region = m.pick([
      '810000',
      '820000',
      '830000',
      '100000',
      `${m.pick(counties).slice(0, 2)}${m.digits(4)}`,
      m.digits(6),
    ]);
    values.push(makeCnId(region, m.birth(), m.digits(3)), makeUscc(type, region, m.digits(8)));
    values.push(m.digits(1 + m.int(24)));
  }
  for (const v of values.splice(0)) if (/^\d+$/.test(v)) values.push(v);
  for (const v of [...values]) {
    const at = m.int(v.length);
    values.push(v.slice(0, at) + String((Number(v[at]) + 1 + m.int(9)) % 10) + v.slice(at + 1));
  }
  const bytes = values.map((v) => enc.encode(v));

  it('lets through every value a validator does not reject', () => {
    const accepted = new Map<string, number>();
    for (const b of bytes) {
      for (const kind of recognition.selfEvident) {
        const verdict = validator.check(kind, b, 0, b.length);
        if (verdict !== 0) expect(digitsMayBe(kind, b, 0, b.length), kind).toBe(true);
        if (verdict === 1) accepted.set(kind, (accepted.get(kind) ?? 0) + 1);
      }
    }
    for (const kind of ['cn-id', 'uscc', 'bank-card', 'mobile'])
      expect(accepted.get(kind)).toBeGreaterThan(150);
  });

  it('turns away most values of other shapes', () => {
    let asked = 0;
    let gated = 0;
    for (const b of bytes) {
      for (const kind of recognition.selfEvident) {
        asked++;
        if (!digitsMayBe(kind, b, 0, b.length)) gated++;
      }
    }
    expect(gated).toBeGreaterThan(asked / 2);
  });

  it('an all-digit value no self-evident kind accepts has no free-text match', () => {
    let matched = 0;
    let silent = 0;
    for (let i = 0; i < values.length; i++) {
      const b = bytes[i]!;
      const found = recognition.findAll(values[i]!);
      if (recognition.selfEvident.some((k) => validator.check(k, b, 0, b.length) === 1)) {
        if (found.length > 0) matched++;
      } else {
        expect(found, values[i]).toEqual([]);
        silent++;
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(silent).toBeGreaterThan(1000);
  });
});
