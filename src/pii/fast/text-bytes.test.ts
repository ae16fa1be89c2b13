/**
 * findAllInLines against the reference, recognition.findAll over the whole decoded text: bench-like
 * application logs, the string literals of the recogniser tests, texts built at random from fragments
 * that sit at each recogniser's edges (labels, digit runs of every length with valid and broken check
 * digits, separators, province characters, IP labels and '::' across lines), invalid UTF-8, CRLF, BOMs,
 * a 10 MB line and buffers cut inside a larger one. TEXT_BYTES_BENCH=1 also times 64 MB of logs.
 */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_NOW, ValueMaker, type Kind4 } from '../../../bench/pii-corpus.ts';
import {
  breakLast,
  makeCard,
  makeCnId,
  makeMobile,
  makeUscc,
  prng,
  USCC_ALPHABET,
} from '../recognisers/synthetic.ts';
import { orgCodeCheckChar, parseUscc, usccCheckChar } from '../recognisers/uscc.ts';
import { makeRecognition } from '../sources/recognition.ts';
import type { PiiMatch } from '../types.ts';
import { findAllInLines, TextLineScanner } from './text-bytes.ts';

const recognition = makeRecognition(CORPUS_NOW);
const enc = new TextEncoder();

type Hit = [string, string, string | undefined, string | undefined, number];
const hit = (m: PiiMatch): Hit => [m.kind, m.value, m.personKey, m.birthDate, m.confidence];

function reference(bytes: Uint8Array): Hit[] {
  return recognition.findAll(new TextDecoder().decode(bytes)).map(hit);
}

function viaLines(buf: Uint8Array, s = 0, e = buf.length, scanner?: TextLineScanner): Hit[] {
  const out: Hit[] = [];
  if (scanner) scanner.scan(buf, s, e, (m) => out.push(hit(m)));
  else findAllInLines(buf, s, e, recognition, (m) => out.push(hit(m)));
  return out;
}

/** Both ways, also with the text placed inside a larger buffer (a label line before, a line after). */
function check(input: string | Uint8Array): void {
  const bytes = typeof input === 'string' ? enc.encode(input) : input;
  const want = reference(bytes);
  expect(viaLines(bytes), JSON.stringify(new TextDecoder().decode(bytes)).slice(0, 400)).toEqual(want);
  const before = enc.encode('user ip 用户\n');
  const after = enc.encode('13812345678 1.2.3.4 ::\n');
  const big = new Uint8Array(before.length + bytes.length + after.length);
  big.set(before);
  big.set(bytes, before.length);
  big.set(after, before.length + bytes.length);
  expect(viaLines(big, before.length, before.length + bytes.length)).toEqual(want);
}

/** An all-digit credit code whose organisation check fails (scanText wants a label for it). */
function digitUsccBadOrg(rand: () => number): string {
  for (;;) {
    let org = '';
    for (let k = 0; k < 8; k++) org += String(Math.floor(rand() * 10));
    const good = orgCodeCheckChar(org);
    const bad = good === '0' ? '1' : '0';
    const first17 = `91330106${org}${bad}`;
    const code = first17 + usccCheckChar(first17);
    if (/^\d{18}$/.test(code) && parseUscc(code)?.orgCheckOk === false) return code;
  }
}

// --- bench-like logs (the 'log' blocks of bench/pii-throughput.ts) -------------------------------------

const WORDS =
  'request served user session cache miss timeout retry upstream worker queue flushed config reload'.split(
    ' ',
  );

function logLines(seed: number, count: number): string[] {
  const m = new ValueMaker(seed);
  const val = (kind: Kind4): string => (m.rand() < 0.9 ? m.positive(kind).value : m.lookAlike(kind).value);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const head = `2025-05-${String(1 + m.int(28)).padStart(2, '0')} ${String(m.int(24)).padStart(2, '0')}:${String(m.int(60)).padStart(2, '0')}:${String(m.int(60)).padStart(2, '0')}.${m.digits(3)} ${m.pick(['INFO', 'INFO', 'WARN', 'DEBUG'])} [exec-${String(m.int(64))}] `;
    const r = m.rand();
    out.push(
      r < 0.15
        ? `${head}c.e.UserService - bind mobile=${val('mobile')} uid=${m.digits(8)}`
        : r < 0.22
          ? `${head}c.e.KycService - verify 身份证 ${val('cn-id')} result=OK`
          : r < 0.27
            ? `${head}c.e.PayService - card ${val('bank-card')} trade_no=${m.digits(19)} amount=${String(m.int(9999))}`
            : `${head}c.e.Gateway - ${Array.from({ length: 5 + m.int(6) }, () => m.pick(WORDS)).join(' ')} trace=${m.digits(16)} cost=${String(m.int(900))}ms`,
    );
  }
  return out;
}

describe('bench-like logs', () => {
  it('same matches as findAll over the whole text, with most lines skipped', () => {
    const text = `${logLines(1, 20_000).join('\n')}\n`;
    const bytes = enc.encode(text);
    const scanner = new TextLineScanner(recognition);
    const want = reference(bytes);
    expect(want.length).toBeGreaterThan(4000);
    expect(viaLines(bytes, 0, bytes.length, scanner)).toEqual(want);
    expect(scanner.stats.lines).toBe(20_000);
    // Lines with a value (27%, 90% of them valid) are kept, most on the direct path (a whole mobile, card
    // or ID token); the gateway lines mostly not.
    const { kept, direct } = scanner.stats;
    expect((kept + direct) / scanner.stats.lines).toBeLessThan(0.35);
    expect(direct).toBeGreaterThan(kept * 5);
    expect(scanner.stats.decodedBytes).toBeLessThan(bytes.length * 0.1);
  });
  it('CRLF, no final newline, blank lines', () => {
    const lines = logLines(2, 3000);
    check(lines.join('\r\n'));
    check(lines.join('\n\n  \n'));
  });
});

// --- the recogniser tests' inputs ------------------------------------------------------------------------

/** Every single-quoted string literal of src/pii/recognisers/*.test.ts (most are free-text inputs). */
function testLiterals(): string[] {
  const dir = path.resolve(import.meta.dirname, '../recognisers');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.test.ts'))) {
    const src = readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) {
      try {
        out.push(JSON.parse(`"${m[1]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
      } catch {
        // an escape JSON does not know: not a text input
      }
    }
  }
  return out;
}

describe('recogniser test inputs', () => {
  const rand = prng(11);
  const id = makeCnId('320102', '19851120', '341');
  const card = makeCard('622848', 19, rand);
  const uscc = makeUscc('91', '330106', 'MA27XY12');
  const grouped = `${uscc.slice(0, 2)} ${uscc.slice(2, 8)} ${uscc.slice(8)}`;
  const literals = testLiterals();
  const built = [
    `2025-05-01 12:00:01 INFO order=20250501120001 user=张三 身份证=${id} phone=13912345678`,
    `{"name":"李四","mobile":"+86 138 1234 5678","card":"${card}","email":"li.si@example.com"}`,
    `INSERT INTO t VALUES ('${uscc}', '010-62345678', '粤B12345', '用户IP: 203.0.113.7');`,
    ...[`身份证号：${id}`, `"id_card":"${id}"`, `${id},张三`, `id=${id}&x=1`, `（${id}）`],
    `ID ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`,
    ...[`9${id}`, `${id}7`, `SF${id}`, `file_${id}`, `订单号 ${id}`, `身份证 ${id}`],
    `代码 ${grouped} 有效`,
    `代码 ${breakLast(grouped, USCC_ALPHABET)}`,
    `代码 ${grouped}0`,
    `{"credit_code":"${uscc}"}`,
    `X${uscc}`,
    `卡号 ${card}`,
    `card: ${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12, 16)} ${card.slice(16)}`,
    `账号 ${card.slice(0, 6)} ${card.slice(6)}`,
    `x ${makeCard('4367', 18, rand)}`,
    `卡号 ${makeCard('4367', 18, rand)}`,
    `id_card=${makeCard('4367', 18, rand)}`,
    `x ${makeCard('6227', 17, rand)}`,
    `订单号 ${card}`,
    `txn_id=${card}`,
    `卡号 ${makeCard('4367', 17, rand)}`,
    `x ${makeCard('4367', 17, rand)}`,
    `信用代码 ${digitUsccBadOrg(rand)}`,
    `x ${digitUsccBadOrg(rand)}`,
  ];
  it('each input alone', () => {
    expect(literals.length).toBeGreaterThan(300);
    for (const t of [...literals, ...built]) check(t);
  });
  it('all inputs as the lines of one text, in two orders', () => {
    const all = [...literals, ...built];
    check(all.join('\n'));
    check([...all].reverse().join('\r\n'));
  });
});

// --- random texts from fragments -------------------------------------------------------------------------

function fragmentMaker(seed: number): () => string {
  const m = new ValueMaker(seed);
  const rand = m.rand;
  const digits = (n: number): string => m.digits(n);
  const kinds: Kind4[] = ['cn-id', 'uscc', 'bank-card', 'mobile'];
  const labels = [
    '手机',
    '手机号：',
    '身份证',
    '身份证号=',
    'card',
    'card no ',
    '卡号',
    '邮箱',
    'IP',
    '用户IP：',
    '用户',
    'ip',
    'IP ',
    'login ip=',
    'client_ip: ',
    'remote_addr=',
    'X-Forwarded-For: ',
    'x-real-ip ',
    'addr ',
    'tcp ',
    '护照 ',
    'passport_no: ',
    '台胞证 ',
    '港澳通行证 ',
    'permit ',
    'mtp',
    'hk',
    '电话',
    '座机 ',
    'tel:',
    'fax ',
    '银行卡',
    '信用代码',
    '税号 ',
    'uscc=',
    'order_no=',
    'trace=',
    '订单号',
    'ts:',
    'sha256 ',
    'id card ',
    '\u0130',
    '\u212a',
    'h\u212a ',
  ];
  const seps = [
    ' ',
    ' ',
    ' ',
    '-',
    '.',
    '@',
    ':',
    '::',
    '=',
    ',',
    '"',
    "'",
    '(',
    ')',
    '（',
    '）',
    '+',
    '_',
    '\t',
  ];
  const rare = ['\n', '\r\n', '\n\n', '\n   \n', '，', '：', '\u3000', '\u00a0', '·', '\ufeff', '\u0000'];
  const provinces = ['粤', '京', '沪', '苏', '浙', '冀', '广'];
  const fixed = [
    '010-62345678',
    '(010)62345678',
    '（0755）2345678',
    '(021) 52345678',
    '0755 22345678',
    '+86-10-62345678',
    '+86 10 62345678',
    '0086 10 62345678',
    '021-52345678-801',
    '01062345678',
    '138 1234 5678',
    '+86 138-1234-5678',
    '0086 13812345678',
    '8613812345678',
    '008613812345678',
    '0.13812345678',
    '13812345678.25',
    '203.0.113.5',
    '10.0.0.1',
    '256.1.1.1',
    '0.0.0.0',
    '01.2.3.4',
    '1.2.3.4E12345678',
    '1.2.3.4abc',
    '2001:db8::1',
    'fe80:1:2:3:4:5:6:7',
    '::1',
    'dead:beef:1',
    '::ffff:1:2',
    '12:30:45.123',
    '2025-05-01',
    'a.b@example.com',
    'x@y',
    'icon@2x.png',
    'git@github.com:org/repo',
    '13812345678@example.com',
    'B12345',
    'A·8K3L9',
    'E 12345F',
    'C1234学',
    'A·1234挂',
    'AD12345',
    'E12345678',
    'EA1234567',
    'H1234567800',
    'L12345678',
    'C12345678',
    'M12345678',
    '12345678',
  ];
  const validOf = (): string => {
    const kind = m.pick(kinds);
    const v = m.positive(kind).value;
    const r = rand();
    if (r < 0.2) return m.lookAlike(kind).value;
    if (r < 0.3) return breakLast(v, kind === 'uscc' ? USCC_ALPHABET : '0123456789X');
    if (r < 0.4 && kind === 'cn-id') return `${v.slice(0, 6)}${v.slice(8, 17)}`; // a 15-digit legacy shape
    if (r < 0.5 && kind === 'cn-id') return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    if (r < 0.5 && kind === 'bank-card') return v.replace(/(\d{4})(?=\d)/g, `$1${m.pick([' ', '-'])}`);
    if (r < 0.5 && kind === 'uscc')
      return `${v.slice(0, 2)}${m.pick([' ', '-'])}${v.slice(2, 8)} ${v.slice(8)}`;
    if (r < 0.5 && kind === 'mobile') return `${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`;
    return v;
  };
  const cardLike = (): string =>
    makeCard(
      m.pick(['4', '51', '2221', '3528', '6011', '65', '9558', '62', '81', '60', '1', '7']),
      15 + m.int(6),
      rand,
    );
  return () => {
    const r = rand();
    if (r < 0.03) return cardLike();
    if (r < 0.04) return digitUsccBadOrg(rand);
    if (r < 0.2) return m.pick(labels);
    if (r < 0.4) return m.pick(seps);
    if (r < 0.47) return m.pick(rare);
    if (r < 0.5) return m.pick(provinces);
    if (r < 0.6) return m.pick(fixed);
    if (r < 0.75) return validOf();
    if (r < 0.93) return digits(1 + m.int(20));
    return String.fromCharCode(65 + m.int(26)) + (rand() < 0.5 ? digits(m.int(12)) : '');
  };
}

describe('random texts from fragments', () => {
  it('matches findAll on 4000 texts', () => {
    const next = fragmentMaker(5);
    const rand = prng(6);
    let withMatches = 0;
    for (let t = 0; t < 4000; t++) {
      const parts: string[] = [];
      const n = 1 + Math.floor(rand() * 40);
      for (let k = 0; k < n; k++) parts.push(next());
      const text = parts.join('');
      if (reference(enc.encode(text)).length > 0) withMatches++;
      check(text);
    }
    expect(withMatches).toBeGreaterThan(1500);
  });
  it('with invalid UTF-8 and BOMs at the start and inside', () => {
    const next = fragmentMaker(8);
    const rand = prng(9);
    const junk = [
      [0xff],
      [0xc3],
      [0xe4, 0xb8],
      [0xf0, 0x9f, 0x98],
      [0xed, 0xa0, 0x80],
      [0xef, 0xbb, 0xbf],
      [0x80],
      // Overlong forms, surrogates, past U+10FFFF, and the valid sequences next to them.
      [0xc0, 0xaf],
      [0xc1, 0xbf],
      [0xe0, 0x9f, 0xbf],
      [0xe0, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe4, 0xb8, 0x41],
    ];
    for (let t = 0; t < 1500; t++) {
      const parts: number[] = [];
      if (rand() < 0.2) parts.push(0xef, 0xbb, 0xbf);
      const n = 1 + Math.floor(rand() * 30);
      for (let k = 0; k < n; k++) {
        if (rand() < 0.15) parts.push(...junk[Math.floor(rand() * junk.length)]!);
        else parts.push(...enc.encode(next()));
      }
      check(Uint8Array.from(parts));
    }
  });
});

// --- the fast paths --------------------------------------------------------------------------------------

/** `text` at byte offset `at` of a buffer starting `offset` bytes into its ArrayBuffer (as Uint8Array or Buffer). */
function placed(bytes: Uint8Array, offset: number, at: number, asBuffer: boolean): Uint8Array {
  const ab = new ArrayBuffer(offset + at + bytes.length + 5);
  const view = asBuffer
    ? Buffer.from(ab, offset, at + bytes.length + 5)
    : new Uint8Array(ab, offset, at + bytes.length + 5);
  view.fill(10);
  view.set(bytes, at);
  return view;
}

describe('fast paths', () => {
  it('texts longer than a cell (the word-at-a-time walk) at every alignment', () => {
    const next = fragmentMaker(21);
    const rand = prng(22);
    for (let t = 0; t < 400; t++) {
      const parts: string[] = [];
      const n = 40 + Math.floor(rand() * 120);
      for (let k = 0; k < n; k++) parts.push(next());
      const bytes = enc.encode(parts.join(''));
      const want = reference(bytes);
      const offset = t % 4;
      const at = Math.floor(t / 4) % 4;
      const buf = placed(bytes, offset, at, t % 8 >= 4);
      expect(viaLines(buf, at, at + bytes.length), `text ${String(t)}`).toEqual(want);
    }
  });
  it('stops on each byte of a word: digits, newline, @, colons, controls, non-ASCII', () => {
    const id = makeCnId('110101', '19900307', '123');
    for (const filler of ['a', 'ab', 'abc', 'abcd', '_-=', '\t', ' ;']) {
      const pad = filler.repeat(200);
      for (const item of [
        `手机 13812345678`,
        `x@example.com`,
        `client_ip: 2001:db8::1`,
        `client_ip:\t10.0.0.7`,
        `苏E 12345`,
        `粤B·12345`,
        `京A\u00b712345`,
        `id ${id}`,
        `\u{1f600}${id}`,
        `1.2.3.4AB 110000 600037341L 91 110000 600037341L`,
      ])
        for (let shift = 0; shift < 4; shift++) check(`${pad.slice(0, 517 + shift)}${item}\n${item}${pad}`);
    }
  });
  it('context verdicts remembered by window, with the digits the words hold', () => {
    const rand = prng(31);
    const id = makeCnId('320102', '19851120', '341');
    const values = [
      makeMobile('138', rand),
      makeCard('622848', 19, rand),
      makeCard('4367', 16, rand),
      id,
      id.slice(0, 17) + 'x',
    ];
    const labels = [
      'sha256 ',
      'sha1=',
      'sha512x ',
      'sha2 ',
      'SHA256:',
      'sha',
      'md5 ',
      'md0 ',
      'md55 ',
      'xmd5 ',
      'ts1 ',
      '1ts ',
      'ts ',
      'sn9 ',
      'a1sn ',
      'order 1:',
      'order_no ',
      'trace1234 ',
      'id1card ',
      'id card ',
      'card ',
      '手机',
      '身份证7',
      '电话 ',
      '9',
      '',
    ];
    const lines: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const pre =
        rand() < 0.5 ? `${String(Math.floor(rand() * 1e6))} ` : `t${String(Math.floor(rand() * 100))} `;
      // Windows of 40 units ending anywhere in a label, in a CJK or four-byte character, or in digits.
      const pad = ['', 'x', '中文', '\u{1f600}', '12', 'ab1'][Math.floor(rand() * 6)]!.repeat(
        Math.floor(rand() * 25),
      );
      lines.push(
        `${pre}${pad}${labels[Math.floor(rand() * labels.length)]!}${values[Math.floor(rand() * values.length)]!}`,
      );
    }
    check(lines.join('\n'));
    for (const line of lines.slice(0, 400)) check(line);
    // More distinct windows than are remembered (the cache starts over), then the first ones again.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const many = Array.from({ length: 6000 }, (_, k) => {
      let word = '';
      for (let n = k; word.length < 4; n = Math.floor(n / 26)) word += letters[n % 26]!;
      return `${word} ${['手机', 'order ', 'card ', 'sha1 '][k % 4]!}${values[k % values.length]!}`;
    });
    check([...many, ...many.slice(0, 500)].join('\n'));
  });
  it('ID numbers born around today, in every order, on one scanner', () => {
    const scanner = new TextLineScanner(recognition);
    const births = [
      '20250530',
      '20250531',
      '20250601',
      '20250602',
      '20250603',
      '19991231',
      '20991231',
      '20240229',
    ];
    const rand = prng(41);
    for (let t = 0; t < 60; t++) {
      const picked = births.filter(() => rand() < 0.5);
      const text = picked.map((b, k) => `身份证 ${makeCnId('110101', b, `${String(k)}13`)}`).join('\n');
      const bytes = enc.encode(text);
      expect(viaLines(bytes, 0, bytes.length, scanner), text).toEqual(reference(bytes));
      expect(viaLines(bytes, 0, bytes.length, new TextLineScanner(recognition)), text).toEqual(
        reference(bytes),
      );
    }
  });
  it('cells: the UTF-8 check done in JavaScript agrees with isUtf8', () => {
    const rand = prng(51);
    const scanner = new TextLineScanner(recognition);
    const pieces = [
      [0x61],
      [0x20],
      [0xc3, 0xa9],
      [0xe4, 0xb8, 0xad],
      [0xf0, 0x9f, 0x98, 0x80],
      [0x80],
      [0xbf],
    ];
    for (let t = 0; t < 3000; t++) {
      const bytes: number[] = [];
      const n = 1 + Math.floor(rand() * 12);
      for (let k = 0; k < n; k++) {
        if (rand() < 0.3) bytes.push(Math.floor(rand() * 256));
        else bytes.push(...pieces[Math.floor(rand() * pieces.length)]!);
      }
      // Letters, UTF-8 and a digit (no early answer): nothing can match, so the line is kept exactly when
      // it is not valid.
      const cell = Uint8Array.from(
        [...bytes, 32, 57].map((b, k) =>
          b === 10 || (b >= 48 && b <= 57 && k < bytes.length) || b === 64 || b === 58 ? 97 : b,
        ),
      );
      scanner.scan(cell, 0, cell.length, () => undefined);
      expect(scanner.stats.kept, JSON.stringify([...cell])).toBe(isUtf8(cell) ? 0 : 1);
    }
  });
  it('length-18 and legacy ID, credit-code and landline shapes on their byte checks', () => {
    const rand = prng(61);
    const lines: string[] = [];
    const uscc = makeUscc('91', '330106', 'MA27XY12');
    for (let k = 0; k < 300; k++) {
      const id = makeCnId(
        ['110101', '110100', '110000', '990101', '000000'][k % 5]!,
        ['19800229', '19810229', '20250601', '18791231', '19000101', '20250229'][k % 6]!,
        String(100 + (k % 900)),
      );
      lines.push(
        `x ${id} ${breakLast(id)} ${id.slice(0, 6)}${id.slice(8, 17)} ${uscc.replace(/[A-Z]/g, () => String(Math.floor(rand() * 10)))} ${uscc.toLowerCase()} ${uscc}`,
      );
      lines.push(
        `电话 0${String(Math.floor(rand() * 1e11))
          .padStart(11, '0')
          .slice(
            0,
            9 + (k % 4),
          )} 座机 01${String(k % 10)}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      );
    }
    check(lines.join('\n'));
  });
  it('log times "YYYY-MM-DD HH:MM:SS.mmm" passed in one step, and their near misses', () => {
    const rand = prng(71);
    const mobile = makeMobile('139', rand);
    const card = makeCard('622848', 19, rand);
    const chars = ['0', '1', '8', '6', '-', ' ', ':', '.', '+', '(', 'A', 'x', '\n', '手'];
    const before = ['', 'x', 'AB ', '+', '(', '1.', 'a.', '91 ', '0086 ', '用户ip ', 'ts=', '::', '9'];
    const after = [
      '23.463 INFO bind mobile=',
      '23 ',
      '2',
      '',
      ' 138 1234 5678 ',
      '23,001 card ',
      '5 1234 5678 9012 3456',
      '00 2001:db8::1 ',
      '23 110000 600037341L ',
      '23.463',
      '23.4631 ',
      '23.463.1.2 ',
      '23.46 ',
      '23.463Z ',
      '23.463_1 ',
      '23.463-',
      '23.463\n',
      '2.463 ',
      '23:463 ',
      '23.463@x.cn ',
    ];
    const lines: string[] = [];
    for (let k = 0; k < 4000; k++) {
      const time = Array.from('2025-05-13 12:24:');
      // Most times as they are, the rest with one or two characters changed.
      for (let n = k % 3; n > 0; n--)
        time[Math.floor(rand() * time.length)] = chars[Math.floor(rand() * chars.length)]!;
      if (k % 7 === 0) time[0] = '0';
      const tail = rand() < 0.5 ? mobile : card;
      lines.push(`${before[k % before.length]!}${time.join('')}${after[k % after.length]!}${tail}`);
    }
    check(lines.join('\n'));
    check(lines.filter((l) => !l.includes('::')).join('\n'));
    for (const line of lines.slice(0, 300)) check(line);
  });
  it('cells answered without a walk: no digit, "@" or "::", or fewer than 8 digits alone', () => {
    const scanner = new TextLineScanner(recognition);
    for (const cell of [
      'x',
      'abc\ndef',
      '\n\n',
      '备注 已核实',
      'client_ip: dead::beef',
      'client_ip dead:beef::',
      'remote_addr=::',
      'mail a@b.cn',
      'x@y',
      '1',
      '1234567',
      '12345678',
      '13812345678',
      '1234567\n',
      '\n1234567',
      '123 4567 8901',
      '138 1234 5678',
      '1.2.3.4',
      '9 ',
    ]) {
      const bytes = enc.encode(cell);
      expect(viaLines(bytes, 0, bytes.length, scanner), cell).toEqual(reference(bytes));
      expect(scanner.stats.lines, cell).toBe(cell.split('\n').length - (cell.endsWith('\n') ? 1 : 0));
    }
    const invalid = Uint8Array.of(0x61, 0xff, 0x62);
    expect(viaLines(invalid, 0, invalid.length, scanner)).toEqual(reference(invalid));
  });
  it('keeps a line with one of those shapes exactly when findAll finds something on it', () => {
    const regions = ['110000', '119901', '110100', '110101', '990000'];
    const lines: string[] = [];
    for (const region of regions) {
      for (const date of ['850101', '850230', '000229', '960229', '001301', '991231'])
        lines.push(`身份证 ${region}${date}123`);
      for (const date of ['18791231', '18800101', '19000229', '20000229', '19810229', '20250601', '19991331'])
        lines.push(`身份证 ${makeCnId(region, date, '123')}`, `x ${makeCnId(region, date, '124')}`);
    }
    for (const area of ['010', '011', '020', '029', '0311', '0755', '0199', '0955'])
      for (const first of ['1', '2', '9'])
        for (const n of [6, 7, 8])
          lines.push(`电话 ${area}${first}${'3'.repeat(n)}`, `x ${area}${first}${'3'.repeat(n)}`);
    const uscc = makeUscc('91', '330106', 'MA27XY12');
    lines.push(`x ${uscc}`, `x ${uscc.toLowerCase()}`, `x ${breakLast(uscc, USCC_ALPHABET)}`);
    const scanner = new TextLineScanner(recognition);
    for (const line of lines) {
      const bytes = enc.encode(line);
      const want = reference(bytes);
      expect(viaLines(bytes, 0, bytes.length, scanner), line).toEqual(want);
      expect(scanner.stats.kept + scanner.stats.direct > 0, line).toBe(want.length > 0);
    }
  });
});

// --- edges -----------------------------------------------------------------------------------------------

describe('edges', () => {
  it('IP labels on the line before, and IPv6 only when a "::" is somewhere', () => {
    for (const t of [
      '用户\nip 203.0.113.5',
      '用户\n\n   IP：203.0.113.5',
      'user ip\n203.0.113.5',
      'user ip:\n\n203.0.113.5',
      'login ip =\r\n  203.0.113.5 x',
      'x-forwarded-for\n\u3000203.0.113.5',
      'client_ip:\n\nfe80:1:2:3:4:5:6:7\n::',
      'client_ip:\n\nfe80:1:2:3:4:5:6:7\nno double colon',
      `用户${' '.repeat(300)}\n${'\t'.repeat(200)}ip 2001:db8::7`,
      `用户${'\u3000'.repeat(100)}\n\nip\n203.0.113.5`,
      'remote_addr\n:: 1:2:3',
      // findLabelledIps skips at most 24 separators: the value may then start with colons.
      `client_ip\n${':'.repeat(30)}1 x`,
      `client_ip\n${':'.repeat(30)}1 ::`,
      'tcp\n1.2.3.4\nabc\n5.6.7.8',
      'user ip\n'.repeat(50) + '1.2.3.4 13812345678',
      // An address moves the walk to its end, even into a word.
      '护照 1.2.3.4E12345678',
      'passport 10.0.0.1G12345678 x',
      // A label at the end of one kept line must not reach a kept line further down.
      '手机 13812345678 user ip:\nxyz\n1.2.3.4 13912345678',
      '手机 13812345678 用户\nxyz\nip 1.2.3.4 13912345678',
      '手机 13812345678 client ip =\nxyz\n2001:db8::1 13912345678',
      // Separators that are not ASCII between a label and the address.
      `login ip${'：='.repeat(11)}\n2001:db8::1 ::`,
      `login ip\n${'：='.repeat(10)}\n2001:db8::1 ::`,
      '用户ip：\u3000\u3000\n203.0.113.5',
      // K (Kelvin sign) lower-cases to k (raiseBefore) but does not fold to K under /i (contextBefore).
      'h\u212a H12345678',
      'h\u212a M1234567800',
    ])
      check(t);
  });
  it('empty buffers, newlines only, a single line without a newline', () => {
    for (const t of ['', '\n', '\n\n\r\n', '13812345678', 'x 13812345678\n', '\ufeff13812345678']) check(t);
  });
  it('a 10 MB line, with and without values, and a buffer of many long digit runs', () => {
    const rand = prng(3);
    const filler = 'trace=1234567890123456 '.repeat(450_000);
    check(`${filler}\n`);
    check(`${filler}手机 13812345678 ${makeCard('622202', 19, rand)}\n${filler}`);
    check(Array.from({ length: 2000 }, (_, k) => '9'.repeat(1 + (k % 25))).join(' \n'));
  });
  it('the shared scanner is not reused while a scan is running', () => {
    const outer = enc.encode('手机 13812345678\n手机 13912345678\n');
    const inner: string[] = [];
    const seen: string[] = [];
    findAllInLines(outer, 0, outer.length, recognition, (m) => {
      seen.push(m.value);
      findAllInLines(enc.encode('卡号 13712345678'), 0, 18, recognition, (x) => inner.push(x.value));
    });
    expect(seen).toEqual(['13812345678', '13912345678']);
    expect(inner).toEqual(['13712345678', '13712345678']);
  });
});

// --- throughput (TEXT_BYTES_BENCH=1) --------------------------------------------------------------------

describe.runIf(process.env.TEXT_BYTES_BENCH === '1')('throughput on 64 MB of bench-like logs', () => {
  it('findAllInLines vs decode + findAll', () => {
    const lines = logLines(1000, 100_000);
    const block = enc.encode(`${lines.join('\n')}\n`);
    const copies = Math.ceil((64 * 1024 * 1024) / block.length);
    const MB = 1024 * 1024;
    // 1 MiB pieces cut at line ends, as the file source hands them over.
    const pieces: Uint8Array[] = [];
    let total = 0;
    for (let c = 0; c < copies; c++)
      for (let p = 0; p < block.length && total < 64 * MB;) {
        let q = Math.min(block.length, p + MB);
        if (q < block.length) q = block.lastIndexOf(10, q - 1) + 1;
        pieces.push(block.subarray(p, q));
        total += q - p;
        p = q;
      }
    /** CPU time (the machine is shared), best of three alternating runs. */
    const cpu = (f: () => number): [number, number] => {
      const c0 = process.cpuUsage();
      const n = f();
      const c1 = process.cpuUsage(c0);
      return [(c1.user + c1.system) / 1000, n];
    };
    const scanner = new TextLineScanner(recognition);
    const dec = new TextDecoder();
    let refMs = Infinity;
    let fastMs = Infinity;
    let kept = 0;
    let direct = 0;
    let linesSeen = 0;
    for (let rep = 0; rep < 3; rep++) {
      const [r, refN] = cpu(() => {
        let n = 0;
        for (const p of pieces) n += recognition.findAll(dec.decode(p)).length;
        return n;
      });
      kept = direct = linesSeen = 0;
      const [f, fastN] = cpu(() => {
        let n = 0;
        for (const p of pieces) {
          scanner.scan(p, 0, p.length, () => n++);
          kept += scanner.stats.kept;
          direct += scanner.stats.direct;
          linesSeen += scanner.stats.lines;
        }
        return n;
      });
      expect(fastN).toBe(refN);
      refMs = Math.min(refMs, r);
      fastMs = Math.min(fastMs, f);
    }
    const mbps = (ms: number): string => ((total / MB / ms) * 1000).toFixed(1);
    console.log(
      `${(total / MB).toFixed(0)} MiB of logs (CPU time, best of 3): decode + findAll ${refMs.toFixed(0)} ms ` +
        `(${mbps(refMs)} MB/s), findAllInLines ${fastMs.toFixed(0)} ms (${mbps(fastMs)} MB/s); ` +
        `lines to findAll ${((100 * kept) / linesSeen).toFixed(1)}%, matched directly ${((100 * direct) / linesSeen).toFixed(1)}%`,
    );
  }, 600_000);
});
