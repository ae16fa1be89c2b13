/**
 * The byte validators against the string path they stand for (recognition.check, isPlaceholder,
 * valueProtection, plausible): generated valid values and look-alikes of each kind (bench/pii-corpus.ts
 * ValueMaker), their variants (case, white space, separators, prefixes), hand-picked edge cases and
 * random byte strings (ill-formed UTF-8 included). Every verdict other than -1 must equal the string
 * path's, with the same person-key hash and birth date; on generated ASCII values nothing may be undecided.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_NOW, ValueMaker, type Kind4 } from '../../../bench/pii-corpus.ts';
import { personHash } from '../inventory.ts';
import { valueProtection } from '../protected.ts';
import { isRegistrationRegion, regionLevel, someCountyCodes } from '../recognisers/region.ts';
import { makeCnId, prng } from '../recognisers/synthetic.ts';
import { makeRecognition } from '../sources/recognition.ts';
import { isPlaceholder, plausible } from '../sources/table.ts';
import type { PiiKind } from '../types.ts';
import {
  ByteValidator,
  mayBeProtected,
  placeholderBytes,
  plausibleBytes,
  regionOf,
  trimEndBytes,
  trimStartBytes,
} from './validate.ts';

const FAST: readonly PiiKind[] = ['cn-id', 'mobile', 'bank-card', 'uscc', 'email'];
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** Values as one buffer of byte ranges, the way the parsers hand cells over. */
class Cells {
  buf = new Uint8Array(1 << 16);
  starts: number[] = [];
  ends: number[] = [];
  texts: string[] = [];
  private used = 0;

  add(text: string): void {
    this.reserve(text.length * 3);
    const { written } = encoder.encodeInto(text, this.buf.subarray(this.used));
    this.push(this.used + written);
    // The text the string path sees: the bytes decoded as the byte parsers decode a cell (TextDecoder, ignoreBOM).
    this.texts.push(
      /^[\x00-\x7f]*$/.test(text) ? text : decoder.decode(this.buf.subarray(this.starts.at(-1), this.used)),
    );
  }

  addBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.used);
    this.push(this.used + bytes.length);
    this.texts.push(decoder.decode(bytes));
  }

  private reserve(n: number): void {
    if (this.used + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.used + n));
    grown.set(this.buf.subarray(0, this.used));
    this.buf = grown;
  }

  private push(end: number): void {
    this.starts.push(this.used);
    this.ends.push(end);
    this.used = end;
  }

  get length(): number {
    return this.texts.length;
  }
}

interface Tally {
  valid: number;
  undecided: number;
  asciiUndecided: number;
  mismatches: string[];
}

function describeCell(cells: Cells, i: number): string {
  return JSON.stringify(cells.texts[i]);
}

const recognition = makeRecognition(CORPUS_NOW);
const validator = new ByteValidator(CORPUS_NOW);

/** check() against recognition.check() on every cell. */
function compareCheck(kind: PiiKind, cells: Cells): Tally {
  const tally: Tally = { valid: 0, undecided: 0, asciiUndecided: 0, mismatches: [] };
  for (let i = 0; i < cells.length; i++) {
    const text = cells.texts[i]!;
    const fast = validator.check(kind, cells.buf, cells.starts[i]!, cells.ends[i]!);
    if (fast === -1) {
      tally.undecided++;
      if (/^[\x00-\x7f]*$/.test(text)) tally.asciiUndecided++;
      continue;
    }
    if (fast === 1) tally.valid++;
    const ref = recognition.check(kind, text);
    const want = ref ? 1 : 0;
    let bad = fast !== want;
    if (!bad && fast === 1) {
      const hash = ref?.personKey === undefined ? 0 : personHash(ref.personKey);
      const birth = ref?.birthDate === undefined ? 0 : +ref.birthDate.replace(/-/g, '');
      bad = validator.keyHash !== hash || validator.birth !== birth;
    }
    if (bad && tally.mismatches.length < 10)
      tally.mismatches.push(
        `${kind} ${describeCell(cells, i)}: byte ${String(fast)}, string ${String(want)}`,
      );
  }
  return tally;
}

/** The other byte functions against theirs on every cell. */
function compareOthers(cells: Cells, kinds: readonly PiiKind[] = ['name', 'address', 'birth-date']): Tally {
  const tally: Tally = { valid: 0, undecided: 0, asciiUndecided: 0, mismatches: [] };
  const fail = (what: string, i: number, got: unknown, want: unknown): void => {
    if (tally.mismatches.length < 10)
      tally.mismatches.push(`${what} ${describeCell(cells, i)}: byte ${String(got)}, string ${String(want)}`);
  };
  for (let i = 0; i < cells.length; i++) {
    const text = cells.texts[i]!;
    const s = cells.starts[i]!;
    const e = cells.ends[i]!;
    const p = placeholderBytes(cells.buf, s, e);
    if (p === -1) tally.undecided++;
    else if (p !== (isPlaceholder(text) ? 1 : 0)) fail('placeholder', i, p, isPlaceholder(text));
    if (!mayBeProtected(cells.buf, s, e) && valueProtection(text) !== undefined)
      fail('mayBeProtected', i, false, valueProtection(text));
    const ts = trimStartBytes(cells.buf, s, e);
    const te = trimEndBytes(cells.buf, ts, e);
    const trimmed = decoder.decode(cells.buf.subarray(ts, te));
    if (trimmed !== text.trim()) fail('trim', i, trimmed, text.trim());
    for (const kind of kinds) {
      const v = plausibleBytes(kind, cells.buf, s, e);
      if (v === -1) tally.undecided++;
      else if (v !== (plausible(kind, text) ? 1 : 0)) fail(`plausible ${kind}`, i, v, plausible(kind, text));
    }
  }
  return tally;
}

/** Variants people write values in: case, white space around, separators between groups, prefixes. */
function variants(kind: Kind4, v: string, pick: <T>(xs: readonly T[]) => T): string[] {
  const out = [v.toLowerCase(), ` ${v} `, `\t${v}\r\n`, `${v} `, `\u3000${v}\u00a0`];
  if (kind === 'mobile')
    out.push(
      `+86${v}`,
      `+86 ${v.slice(0, 3)}-${v.slice(3, 7)}-${v.slice(7)}`,
      `0086${v}`,
      `86${v}`,
      `86 ${v}`,
      `++86${v}`,
      `${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`,
      `${v.slice(0, 3)}\u3000${v.slice(3, 7)}\u2002${v.slice(7)}`,
      `${v.slice(0, 3)}_${v.slice(3)}`,
      v.slice(0, 10),
      `0${v}`,
    );
  if (kind === 'bank-card')
    out.push(
      v.replace(/(\d{4})(?=\d)/g, '$1 '),
      v.replace(/(\d{4})(?=\d)/g, '$1-'),
      `${v.slice(0, 4)}\t${v.slice(4)}`,
      `-${v}`,
      `${v}-`,
      `${v.slice(0, 4)}  ${v.slice(4)}`,
    );
  if (kind === 'uscc')
    out.push(
      v.toLowerCase(),
      `${v.slice(0, 2)}-${v.slice(2, 8)}-${v.slice(8)}`,
      `${v.slice(0, 8)} ${v.slice(8)}`,
      `${v.slice(0, 8)}\u3000${v.slice(8)}`,
      `${v}${pick(['', 'A', '0'])}`,
    );
  if (kind === 'cn-id') out.push(v.replace(/X$/, 'x'), `${v.slice(0, 6)} ${v.slice(6)}`, v.slice(0, 17));
  return out;
}

/** Legacy 15-digit ID numbers: a county (or an unknown code), a 1900s YYMMDD, a sequence. */
function legacyIds(maker: ValueMaker, n: number): string[] {
  const counties = someCountyCodes();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const region = maker.rand() < 0.8 ? maker.pick(counties) : maker.digits(6);
    const date = maker.rand() < 0.8 ? maker.birth().slice(2) : maker.digits(6);
    out.push(`${region}${date}${maker.digits(3)}`);
  }
  return out;
}

const LOCAL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'";
const DOMAIN_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const TLDS = [
  'com',
  'cn',
  'net',
  'org',
  'io',
  'CN',
  'Com',
  'png',
  'js',
  'json',
  'txt',
  'log',
  'jpeg',
  'webp',
  'shop',
];

/** E-mail addresses and look-alikes (the corpus has none). */
function emails(maker: ValueMaker, n: number): string[] {
  const word = (chars: string, len: number): string => {
    let s = '';
    for (let k = 0; k < len; k++) s += chars[maker.int(chars.length)]!;
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const local = word(LOCAL_CHARS, 1 + maker.int(maker.rand() < 0.05 ? 70 : 12));
    const labels: string[] = [];
    const nl = 1 + maker.int(3);
    for (let k = 0; k < nl; k++)
      labels.push(word(DOMAIN_CHARS, 1 + maker.int(maker.rand() < 0.03 ? 70 : 10)));
    const tld = maker.rand() < 0.9 ? maker.pick(TLDS) : word('abcdefgh1', maker.int(6));
    let v = `${local}@${labels.join('.')}.${tld}`;
    const r = maker.rand();
    if (r < 0.03) v = v.replace('@', '@@');
    else if (r < 0.06) v = `.${v}`;
    else if (r < 0.09) v = `${v}.`;
    else if (r < 0.12) v = v.replace('.', '..');
    else if (r < 0.15) v = `${v}-`;
    else if (r < 0.18) v = ` ${v}\t`;
    else if (r < 0.2) v = v.replace('@', ' @');
    else if (r < 0.22) v = `${local}@${labels.join('.')}`;
    else if (r < 0.24) v = `git@${labels.join('.')}.com:repo`;
    else if (r < 0.26) v = `@${labels.join('.')}.com`;
    out.push(v);
  }
  return out;
}

describe('ByteValidator.check', () => {
  it('equals recognition.check on generated values and look-alikes of the five kinds, never undecided', () => {
    const maker = new ValueMaker(11);
    const pick = <T>(xs: readonly T[]): T => maker.pick(xs);
    const perKind: [PiiKind, Cells][] = [];
    for (const kind of ['cn-id', 'mobile', 'bank-card', 'uscc'] as const) {
      const cells = new Cells();
      for (let i = 0; i < 100_000; i++) {
        const pos = maker.positive(kind).value;
        const neg = maker.lookAlike(kind).value;
        cells.add(pos);
        cells.add(neg);
        if (i % 32 === 0) for (const v of variants(kind, maker.rand() < 0.5 ? pos : neg, pick)) cells.add(v);
      }
      if (kind === 'cn-id') for (const v of legacyIds(maker, 20_000)) cells.add(v);
      perKind.push([kind, cells]);
    }
    const mail = new Cells();
    for (const v of emails(maker, 200_000)) mail.add(v);
    perKind.push(['email', mail]);

    for (const [kind, cells] of perKind) {
      expect(cells.length).toBeGreaterThanOrEqual(200_000);
      const tally = compareCheck(kind, cells);
      expect(tally.mismatches, kind).toEqual([]);
      expect(tally.asciiUndecided, kind).toBe(0);
      expect(tally.undecided, kind).toBe(0);
      // The generated cells are not all rejected: a share of each kind validates.
      expect(tally.valid / cells.length, kind).toBeGreaterThan(0.2);
    }
  });

  it('equals it on hand-picked edge cases', () => {
    const id = makeCnId('110101', '19900307', '123');
    const idX = makeCnId('110101', '19800101', '002');
    const leap = makeCnId('110101', '20000229', '456');
    const notLeap = makeCnId('110101', '19000229', '456');
    const future = makeCnId('110101', '20250602', '456');
    const today = makeCnId('110101', '20250601', '456');
    const retired = makeCnId('110103', '19700101', '011'); // 崇文区, merged in 2010
    const retiredPrefecture = makeCnId('412701', '19700101', '011');
    const edge = [
      id,
      idX,
      idX.replace('X', 'x'),
      ` ${id} `,
      `\u3000${id}\u3000`,
      `\ufeff${id}`,
      id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d)),
      leap,
      notLeap,
      future,
      today,
      retired,
      retiredPrefecture,
      makeCnId('000000', '19900307', '123'),
      makeCnId('110000', '19900307', '123'),
      makeCnId('110100', '19900307', '123'),
      makeCnId('810000', '19900307', '123'),
      makeCnId('110101', '18791231', '123'),
      makeCnId('110101', '18800101', '123'),
      '110101900307123',
      '110103700101011',
      '110000900307123',
      '11010190030712',
      '110101********1234',
      '13800138000',
      '+8613800138000',
      '+86 138 0013 8000',
      '+86-138-0013-8000',
      '0086 138 0013 8000',
      '8613800138000',
      '86 13800138000',
      '86-138-0013-8000',
      '(+86)13800138000',
      '138\u300000138000',
      '138\u00a00013\u20288000',
      '１３８００１３８０００',
      '14012345678',
      '15412345678',
      '19412345678',
      '138****8000',
      '+',
      '',
      ' ',
      '-',
      'NULL',
      ' 无 ',
      '6222020200112345678',
      '6222 0202 0011 2345 678',
      '6222\u00a00202\u00a00011\u00a02345\u00a0678',
      '4111111111111111',
      '4111-1111-1111-1111',
      '4111111111111111 ',
      '7111111111111114',
      '9558800200123456784',
      '91110108MA01ABCD2X',
      '91110000100000000A',
      '91350100M000100Y43',
      '91350100m000100y43',
      '9135 0100 M000 100Y 43',
      '9135\u30000100M000100Y43',
      '91350100M000100Y4\ufb00',
      '\ufb0091350100M000100Y4',
      'ß1350100M000100Y43',
      'a@b.cn',
      'user.name+tag@example.com.cn',
      "o'brien@example.org",
      'A@B.COM',
      '.a@b.cn',
      'a.@b.cn',
      'a@b.cn.',
      'a@b..cn',
      'a@-b.cn',
      'a@b.c',
      'a@b.png',
      'a@b.PNG',
      'icon@2x.png',
      'pkg@1.2.3',
      'git@github.com:org/repo',
      'a@b.company',
      'a@b.technology',
      '用户@例子.中国',
      'zhang@例子.cn',
      'a@b.cn\u3000',
      `${'a'.repeat(64)}@b.cn`,
      `${'a'.repeat(65)}@b.cn`,
      `a@${'b'.repeat(63)}.cn`,
      `a@${'b'.repeat(64)}.cn`,
      `a@${'b.'.repeat(126)}cn`,
      `a@${'b.'.repeat(127)}cn`,
      'd41d8cd98f00b204e9800998ecf8427e',
      'SGVsbG8gV29ybGQgdGhpcyBpcyBiYXNlNjQ=',
    ];
    const cells = new Cells();
    for (const v of edge) cells.add(v);
    for (const kind of FAST) {
      const tally = compareCheck(kind, cells);
      expect(tally.mismatches, kind).toEqual([]);
    }
    // Full-width digits, ideographic spaces and e-mail addresses with CJK are decided too.
    const decided = (kind: PiiKind, v: string): number => {
      const b = encoder.encode(v);
      return validator.check(kind, b, 0, b.length);
    };
    expect(decided('cn-id', edge[6]!)).toBe(0);
    expect(decided('mobile', '138\u300000138000')).toBe(1);
    expect(decided('email', '用户@例子.中国')).toBe(0);
    expect(decided('uscc', '91350100M000100Y4\ufb00')).toBe(-1);
    expect(decided('landline', '010-12345678')).toBe(-1);
    expect(decided('cn-id', leap)).toBe(1);
    expect(validator.birth).toBe(20000229);
    expect(decided('cn-id', '110101900307123')).toBe(1);
    expect(validator.birth).toBe(19900307);
    expect(decided('cn-id', future)).toBe(0);
  });

  it('equals it on random byte strings, ill-formed UTF-8 included', () => {
    const cells = randomCells(30_000, 5);
    for (const kind of FAST) expect(compareCheck(kind, cells).mismatches, kind).toEqual([]);
  });

  it('judges every six-digit region code as regionLevel and isRegistrationRegion do', () => {
    new ByteValidator(CORPUS_NOW); // fills the tables
    const LEVEL = [undefined, 'province', 'prefecture', 'county'];
    const wrong: string[] = [];
    for (let code = 0; code < 1_000_000; code++) {
      const text = String(code).padStart(6, '0');
      const r = regionOf(code);
      if (LEVEL[r & 3] !== regionLevel(text) || ((r & 4) !== 0) !== isRegistrationRegion(text))
        wrong.push(text);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('takes "today" from the clock it is given', () => {
    const id = makeCnId('110101', '20300101', '123');
    const b = encoder.encode(id);
    expect(new ByteValidator(new Date('2029-12-31T23:59:59Z')).check('cn-id', b, 0, b.length)).toBe(0);
    expect(new ByteValidator(new Date('2030-01-01T00:00:00Z')).check('cn-id', b, 0, b.length)).toBe(1);
    expect(new ByteValidator(new Date('+012000-01-01T00:00:00Z')).check('cn-id', b, 0, b.length)).toBe(
      makeRecognition(new Date('+012000-01-01T00:00:00Z')).check('cn-id', id) ? 1 : 0,
    );
  });
});

/** Random strings from fragments the validators branch on, and random bytes. */
function randomCells(n: number, seed: number): Cells {
  const rand = prng(seed);
  const fragments: (string | number[])[] = [
    ..."0123456789xXabcdefABCDEF@.-+ \t\r\n*#$:/=_,'[]{}".split(''),
    '86',
    '0086',
    '138',
    '6222',
    '91',
    '.com',
    '.cn',
    'null',
    'NULL',
    'N/A',
    'undefined',
    'sha256$',
    'pbkdf2_sha256$',
    'http://',
    'John',
    'Smith',
    "O'Brien",
    '1990',
    '年',
    '月',
    '日',
    '无',
    '空',
    '未知',
    '张',
    '伟',
    '欧阳',
    '·',
    '•',
    '’',
    '北京',
    '市',
    '路',
    '号',
    '大厦',
    '小区',
    '\u3000',
    '\u00a0',
    '\u2028',
    '\u2029',
    '\u2002',
    '\ufeff',
    '\u1680',
    '＊',
    '●',
    '\ufb00',
    '\ufb02',
    'ß',
    'ı',
    'İ',
    '\u212a',
    '１',
    '😀',
    [0xe4, 0xb8],
    [0x80],
    [0xc2],
    [0xff],
    [0xed, 0xa0, 0x80],
    [0xe2, 0x80],
    [0xef, 0xbb],
  ];
  const cells = new Cells();
  const parts: number[] = [];
  for (let i = 0; i < n; i++) {
    parts.length = 0;
    const len = Math.floor(rand() * 14);
    for (let k = 0; k < len; k++) {
      const f = fragments[Math.floor(rand() * fragments.length)]!;
      if (typeof f === 'string') parts.push(...encoder.encode(f));
      else parts.push(...f);
    }
    cells.addBytes(Uint8Array.from(parts));
  }
  return cells;
}

describe('placeholderBytes, mayBeProtected, plausibleBytes, trimming', () => {
  const names = [
    '张伟',
    '欧阳娜娜',
    '阿卜杜·热合曼',
    '阿卜杜•热合曼',
    '张',
    '张伟张伟张伟张伟张伟',
    '张伟张伟张伟张伟张伟张',
    '·张伟',
    'John Smith',
    'Li Na',
    "O'Brien",
    'O’Brien',
    'Mary-Jane Watson-Parker',
    'Smith, John',
    'Smith,,  John',
    'John Smith ',
    ' John',
    'John  ',
    'J',
    'JOHN',
    'john smith',
    'Jean-Luc de la Croix',
    'Jean-Luc de la Croix Picard',
    `A${'b'.repeat(24)}`,
    `A${'b'.repeat(25)}`,
    `Ab ${'c'.repeat(25)}`,
    `Ab ${'c'.repeat(26)}`,
    'Ab .c',
    'shop',
    'Shop',
    '0.0.0.0:8080',
    'Deadbeef',
    'Cafe',
    'Cafe1',
    'http://example.com',
    'Https://x',
    'a@b',
    'John@Smith',
    'John @Smith',
    'John@',
    '@John',
    '张伟@例子',
    '张伟\u3000@例子',
    '[::1]',
    '',
  ];
  const addresses = [
    '北京市朝阳区建国路88号',
    '上海市浦东新区',
    '广东省',
    '深圳',
    '市区',
    '北京大厦',
    '北大厦',
    '北京\n市',
    '北京\u2028市',
    '北京\r\n朝阳区',
    '北京X市',
    '某某小区',
    '12 Baker Street',
    '221B Baker Street, London',
    'Room #5, 88 Jianguo Road',
    'No.1 Main St',
    'Main Street',
    '1234567 ab',
    '1234567 abc',
    'abc1234',
    'abc 1234',
    '0.0.0.0:8080',
    '127.0.0.1',
    'fe80::1',
    'https://example.com/北京市朝阳区',
    'mail@北京市朝阳区',
    '北京市 朝阳区 @home',
    'ftp+x-y.z://host',
    '9abc://x',
    '北京市\ufeff朝阳区',
  ];
  const dates = [
    '1990-03-07',
    '19900307',
    '1990/3/7',
    '1990.03.07',
    '1990年3月7日',
    '1990年03月07日',
    '1990年3月7',
    '199037',
    '1990112',
    '19901231',
    '19901301',
    '19900230',
    '1990-00-01',
    '1990-1-32',
    '2025-12-31',
    '2125-01-01',
    '1890-01-01',
    '1990--03-07',
    '1990-03-07 ',
    '1990月3年7日',
    '1990-3-7日',
    '1990日',
    '2000-01-3',
    '2000-01-30',
    '2000-01-31',
    '2000-1-310',
  ];
  const placeholders = [
    'NULL',
    'null',
    'Null',
    ' 无 ',
    '无',
    '空',
    '未知',
    '未知 ',
    '未 知',
    '-',
    '--',
    '---',
    'N/A',
    'n/a',
    'NA',
    'nil',
    'None',
    'undefined',
    'UNDEFINED',
    '  undefined ',
    '   undefined  ',
    'unknown',
    '不详',
    '暂无',
    '\u3000无\u3000',
    '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000',
    '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000',
    '\ufeffnull',
    ' ',
    '',
    '\t\r\n',
    'n\ra',
    'N\u212aA',
    '😀😀😀😀😀😀',
    '😀😀😀😀😀😀😀',
    '无无无无无无无无无无无无无',
  ];
  const protectedValues = [
    '110101********1234',
    '138****5678',
    '138＊＊＊＊5678',
    '张*',
    '张**',
    '李●●',
    'xxx',
    'abcxxxdef',
    '###',
    'd41d8cd98f00b204e9800998ecf8427e',
    'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    '$2b$12$abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz012',
    '$6$salt$abcdefghijklmnop',
    'pbkdf2_sha256$260000$salt$hash',
    '{SSHA}abcdefgh',
    'sha1$salt$da39a3ee5e6b4b0d3255bfef95601890afd80709',
    'SGVsbG8gV29ybGQgdGhpcyBpcyBiYXNlNjQ=',
    'eyJhbGciOiJIUzI1NiJ9_eyJzdWIiOiIxIn0-abc',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    '12345678901234567890123456789',
  ];

  it('equals isPlaceholder, valueProtection (conservatively), plausible and trim on hand-picked values', () => {
    const cells = new Cells();
    for (const v of [...names, ...addresses, ...dates, ...placeholders, ...protectedValues]) cells.add(v);
    const tally = compareOthers(cells);
    expect(tally.mismatches).toEqual([]);
    // Only the cells starting with a BOM are undecided.
    expect(tally.undecided).toBe(4);
  });

  it('decides names, addresses and placeholders in one pass each', () => {
    const at = (f: (b: Uint8Array, s: number, e: number) => number, v: string): number => {
      const b = encoder.encode(v);
      return f(b, 0, b.length);
    };
    expect(at((b, s, e) => plausibleBytes('name', b, s, e), '阿卜杜·热合曼')).toBe(1);
    expect(at((b, s, e) => plausibleBytes('name', b, s, e), 'shop')).toBe(0);
    expect(at((b, s, e) => plausibleBytes('address', b, s, e), '0.0.0.0:8080')).toBe(0);
    expect(at((b, s, e) => plausibleBytes('address', b, s, e), '北京市朝阳区建国路88号')).toBe(1);
    expect(at((b, s, e) => plausibleBytes('email', b, s, e), 'a@b.cn')).toBe(-1);
    expect(at(placeholderBytes, ' 无 ')).toBe(1);
    expect(at(placeholderBytes, 'NULL')).toBe(1);
    expect(at(placeholderBytes, '张伟')).toBe(0);
    const b = encoder.encode('张伟');
    expect(mayBeProtected(b, 0, b.length)).toBe(false);
  });

  it('equals them on generated values of every kind and random byte strings', () => {
    const maker = new ValueMaker(12);
    const cells = new Cells();
    const rand = prng(3);
    const cjk = (): string => String.fromCharCode(0x4e00 + Math.floor(rand() * 0x5000));
    for (let i = 0; i < 5_000; i++) {
      for (const kind of ['cn-id', 'mobile', 'bank-card', 'uscc'] as const) {
        cells.add(maker.positive(kind).value);
        cells.add(maker.lookAlike(kind).value);
      }
      let name = '';
      const n = 1 + Math.floor(rand() * 11);
      for (let k = 0; k < n; k++) name += rand() < 0.1 ? '·' : cjk();
      cells.add(name);
      cells.add(`${name}${maker.pick(['市', '路', '号', '大厦', '', '村'])}${String(maker.int(200))}`);
      cells.add(
        `${String(maker.int(999))} ${maker.pick(['Baker', 'Main', 'Jianguo'])} ${maker.pick(['St', 'Road', 'Street'])}`,
      );
      cells.add(
        `${maker.birth().slice(0, 4)}${maker.pick(['-', '/', '.', '年', ''])}${maker.digits(maker.pick([1, 2]))}${maker.pick(['-', '/', '.', '月', ''])}${maker.digits(maker.pick([1, 2]))}${maker.pick(['', '日'])}`,
      );
    }
    const t1 = compareOthers(cells);
    expect(t1.mismatches).toEqual([]);
    expect(t1.undecided).toBe(0);
    const t2 = compareOthers(randomCells(20_000, 9));
    expect(t2.mismatches).toEqual([]);
  });

  it('mayBeProtected lets plain values through', () => {
    const maker = new ValueMaker(13);
    let maybe = 0;
    const total = 4 * 5000;
    for (let i = 0; i < 5000; i++) {
      for (const kind of ['cn-id', 'mobile', 'bank-card', 'uscc'] as const) {
        const b = encoder.encode(maker.positive(kind).value);
        if (mayBeProtected(b, 0, b.length)) maybe++;
      }
    }
    expect(maybe / total).toBeLessThan(0.01);
  });
});
