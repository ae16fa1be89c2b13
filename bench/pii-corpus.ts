/**
 * `node bench/pii-corpus.ts` (part of `npm run bench`): precision and recall of the ID-number, credit-code,
 * bank-card and mobile recognisers on a labelled corpus (issue 4, "Done means": ≥ 0.99 each).
 *
 * The generator (deterministic, seed BENCH_PII_CORPUS_SEED, default 4) writes
 * bench/.work/pii-corpus-<values>-<seed>/corpus.txt and labels.tsv (gitignored): lines in the shapes data
 * sits in on servers — CSV rows, JSON values, application logs, SQL inserts, Chinese and English prose,
 * values glued to Chinese characters — holding valid values and look-alikes of each kind: ID numbers with
 * a wrong check character, an impossible or future birth date or an unknown region; credit codes with a
 * wrong check character, letters outside the alphabet, hex trace ids; card numbers (real BIN shapes,
 * 16–19 digits) with a broken Luhn digit, Luhn-valid numbers without a card BIN, order numbers,
 * snowflake ids and millisecond timestamps of the same length; mobile numbers next to 11-digit order ids,
 * timestamps, tracking numbers, landlines and unallocated prefixes; and values inside longer digit runs.
 * Each label is a value's kind, class and exact offsets (UTF-16, as JavaScript strings count).
 *
 * The evaluation reads the files back, runs findAll over 1 MiB pieces cut at line ends (as the file
 * sources hand text over), and counts: a true positive is a match of the labelled kind with the exact
 * span of a valid value; any other match of the four kinds is a false positive, charged to the
 * look-alike class it overlaps (or to "filler" when it overlaps no label). Prints precision and recall per
 * kind, then every class with a miss or a false positive, so a failing look-alike class is named.
 *
 * Environment: BENCH_PII_CORPUS_VALUES (labelled values, default 1,000,000; 100000 for a quick run),
 * BENCH_PII_CORPUS_SEED, BENCH_PII_CORPUS_DEBUG=N (print up to N failing lines per class).
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findAll } from '../src/pii/recognisers/index.ts';
import { someCountyCodes } from '../src/pii/recognisers/region.ts';
import {
  breakLast,
  makeCard,
  makeCnId,
  makeMobile,
  makeUscc,
  prng,
  randomDigits,
  USCC_ALPHABET,
} from '../src/pii/recognisers/synthetic.ts';

export type Kind4 = 'cn-id' | 'uscc' | 'bank-card' | 'mobile';
export const KINDS4: readonly Kind4[] = ['cn-id', 'uscc', 'bank-card', 'mobile'];
/** "Today" of the corpus: birth dates after it are impossible. */
export const CORPUS_NOW = new Date('2025-06-01T00:00:00Z');
const GENERATOR_VERSION = 2;

export interface Generated {
  value: string;
  kind: Kind4;
  /** e.g. 'id/valid', 'id/bad-check', 'card/order-19'. */
  cls: string;
  positive: boolean;
}

/** Value generators of valid values and look-alikes, over one random source. */
export class ValueMaker {
  readonly rand: () => number;
  private readonly counties: readonly string[];
  constructor(seed: number) {
    this.rand = prng(seed);
    this.counties = someCountyCodes();
  }
  int(n: number): number {
    return Math.floor(this.rand() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  digits(n: number): string {
    return randomDigits(this.rand, n);
  }
  private date(y0: number, years: number): string {
    const y = y0 + this.int(years);
    const m = 1 + this.int(12);
    const dim = [
      31,
      y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
      31,
      30,
      31,
      30,
      31,
      31,
      30,
      31,
      30,
      31,
    ][m - 1]!;
    const d = 1 + this.int(dim);
    return `${String(y)}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
  }
  /** A birth date between 1930 and 2024 (before the corpus's "today"). */
  birth(): string {
    return this.date(1930, 95);
  }
  idNumber(): string {
    return makeCnId(this.pick(this.counties), this.birth(), this.digits(3));
  }
  mobile(): string {
    // Allocated prefixes of the MIIT numbering plan (voice and data numbers people carry).
    return makeMobile(
      this.pick([
        ...'0123456789'.split('').map((d) => `13${d}`),
        '145',
        '147',
        '149',
        ...'0123567 89'
          .replace(' ', '')
          .split('')
          .map((d) => `15${d}`),
        '162',
        '165',
        '166',
        '167',
        '170',
        '171',
        '172',
        '173',
        '175',
        '176',
        '177',
        '178',
        ...'0123456789'.split('').map((d) => `18${d}`),
        '190',
        '191',
        '192',
        '193',
        '195',
        '196',
        '197',
        '198',
        '199',
      ]),
      this.rand,
    );
  }
  org8(): string {
    let s = '';
    for (let k = 0; k < 8; k++) s += USCC_ALPHABET[this.int(USCC_ALPHABET.length)]!;
    return s;
  }
  creditCode(): string {
    // Registration authority + organisation type as issued: 91 (company), 92 (individual business),
    // 93 (farmers' co-op), 11/12 (state organs, public institutions), 51/52/53 (social organisations).
    return makeUscc(
      this.pick(['91', '91', '91', '92', '93', '11', '12', '51', '52', '53']),
      this.pick(this.counties),
      this.org8(),
    );
  }
  /** A card with a real BIN shape: UnionPay 62 (16–19 digits), Visa, Mastercard (51–55, 2221–2720), JCB. */
  card(): { value: string; cls: string } {
    const r = this.rand();
    if (r < 0.6) {
      // UnionPay debit cards are mostly 19 digits, credit cards 16; 17 and 18 exist but are rare.
      const len = this.pick([16, 16, 16, 16, 19, 19, 19, 19, 19, 19, 19, 19, 19, 17, 18]);
      const bin = this.pick([
        '622202',
        '622848',
        '621700',
        '622700',
        '621661',
        '623668',
        '625807',
        '628288',
        '620200',
      ]);
      return { value: makeCard(bin, len, this.rand), cls: `card/valid-unionpay-${String(len)}` };
    }
    if (r < 0.8)
      return {
        value: makeCard(this.pick(['4367', '4563', '4270', '4033']), 16, this.rand),
        cls: 'card/valid-visa',
      };
    if (r < 0.95)
      return {
        value: makeCard(this.pick(['5187', '5240', '5528', '2221', '2720', '2305']), 16, this.rand),
        cls: 'card/valid-mastercard',
      };
    return { value: makeCard(this.pick(['3528', '3566', '3589']), 16, this.rand), cls: 'card/valid-jcb' };
  }

  positive(kind: Kind4): Generated {
    switch (kind) {
      case 'cn-id':
        return { value: this.idNumber(), kind, cls: 'id/valid', positive: true };
      case 'uscc':
        return { value: this.creditCode(), kind, cls: 'uscc/valid', positive: true };
      case 'bank-card': {
        const c = this.card();
        return { value: c.value, kind, cls: c.cls, positive: true };
      }
      case 'mobile':
        return { value: this.mobile(), kind, cls: 'mobile/valid', positive: true };
    }
  }

  /** A look-alike of `kind`: a value a careless recogniser would take for one. */
  lookAlike(kind: Kind4): Generated {
    const neg = (value: string, cls: string): Generated => ({ value, kind, cls, positive: false });
    switch (kind) {
      case 'cn-id':
        return this.pick([
          () => neg(breakLast(this.idNumber()), 'id/bad-check'),
          () => {
            const y = String(1930 + this.int(90));
            const md = this.pick(['1301', '0001', '0230', '0431', '0631', '0229', '1100', '1232', '0932']);
            // 0229 only in years that are not leap years.
            const year = md === '0229' ? String(1929 + 4 * this.int(20) + this.pick([0, 1, 2])) : y;
            return neg(
              makeCnId(this.pick(this.counties), `${year}${md}`, this.digits(3)),
              'id/impossible-date',
            );
          },
          () =>
            neg(makeCnId(this.pick(this.counties), this.date(2026, 10), this.digits(3)), 'id/future-date'),
          () => {
            const province = this.pick([
              '00',
              '10',
              '19',
              '20',
              '29',
              '30',
              '39',
              '40',
              '49',
              '55',
              '59',
              '60',
              '69',
              '70',
              '79',
              '80',
              '89',
              '90',
              '99',
            ]);
            return neg(
              makeCnId(`${province}${this.digits(4)}`, this.birth(), this.digits(3)),
              'id/bad-region',
            );
          },
          // An ID-shaped run inside a longer number (a 20-digit trade number).
          () =>
            neg(`${this.digits(1)}${this.idNumber().replace('X', '0')}${this.digits(1)}`, 'id/in-longer-run'),
          // 18-digit order numbers: date + time + sequence, as shops number orders.
          () => neg(`${this.date(2019, 7)}${this.digits(10)}`, 'id/order-number-18'),
        ])();
      case 'uscc':
        return this.pick([
          () => neg(breakLast(this.creditCode(), USCC_ALPHABET), 'uscc/bad-check'),
          () => {
            const v = this.creditCode();
            const at = 8 + this.int(9);
            return neg(
              v.slice(0, at) + this.pick(['I', 'O', 'S', 'V', 'Z']) + v.slice(at + 1),
              'uscc/letter-outside-alphabet',
            );
          },
          () => neg(this.creditCode().slice(0, 17), 'uscc/17-chars'),
          () => neg(`${this.creditCode()}${this.pick(['0', 'A', '9'])}`, 'uscc/19-chars'),
          // Upper-case hex trace and request ids of the same length.
          () => {
            let s = '';
            for (let k = 0; k < 18; k++) s += '0123456789ABCDEF'[this.int(16)]!;
            return neg(s, 'uscc/hex-trace-id-18');
          },
        ])();
      case 'bank-card':
        return this.pick([
          () => neg(breakLast(this.card().value, '0123456789'), 'card/bad-luhn'),
          // Luhn-valid, but no card network starts so (0, 1, 7: no issuer ranges; 81 is UnionPay's now).
          () =>
            neg(
              makeCard(this.pick(['0', '1', '7']) + this.digits(3), this.pick([16, 19]), this.rand),
              'card/luhn-no-bin',
            ),
          () => neg(`${this.date(2019, 7)}${this.digits(8)}`, 'card/order-number-16'),
          () => neg(`${this.date(2019, 7)}${this.digits(11)}`, 'card/order-number-19'),
          // Snowflake ids (19 digits from a millisecond clock), e.g. 1790000000000000000.
          () => neg(`1${this.pick(['7', '8'])}${this.digits(17)}`, 'card/snowflake-id-19'),
          () => neg(`${String(1600000000000 + this.int(1e11))}${this.digits(3)}`, 'card/ms-timestamp-16'),
          () => neg(`${this.digits(2)}${this.card().value}`, 'card/in-longer-run'),
        ])();
      case 'mobile':
        return this.pick([
          () =>
            neg(
              `${this.pick(['140', '141', '142', '143', '144', '154', '160', '161', '163', '164', '168', '169', '179', '194', '120', '110', '100', '112', '119'])}${this.digits(8)}`,
              'mobile/unallocated-prefix',
            ),
          () =>
            neg(
              `0${this.pick(['10', '20', '21', '22', '23', '24', '25', '27', '28', '29'])}${this.pick(['2', '5', '6', '8'])}${this.digits(7)}`,
              'mobile/landline-11',
            ),
          () => neg(`${this.mobile()}${this.digits(this.pick([1, 2, 3]))}`, 'mobile/in-longer-run'),
          () =>
            neg(
              `${this.digits(this.pick([1, 2]))}${this.mobile()}`.replace(/^86/, '87'),
              'mobile/after-digits',
            ),
          // A 12-digit courier waybill (ZTO, YTO shapes) and SF waybills (SF + 13 digits).
          () => neg(`${this.pick(['73', '75', '78', '77'])}${this.digits(10)}`, 'mobile/waybill-12'),
          () => neg(`SF${this.pick(['13', '15', '18'])}${this.digits(11)}`, 'mobile/sf-waybill'),
          // 11-digit numbers labelled as what they are (order ids, ten-second ticks) with a mobile-like prefix.
          () => neg(`1${this.pick(['3', '5', '7', '8'])}${this.digits(9)}`, 'mobile/labelled-order-id'),
        ])();
    }
  }
}

/** Label words that name a look-alike for what it is (realistic field names). */
const LOOK_LABEL: Record<string, readonly string[]> = {
  'mobile/labelled-order-id': ['订单号：', 'order_id=', '"orderId":"', '流水号 ', 'ticket #'],
};

// --- lines -------------------------------------------------------------------------------------------
/** Synthetic names and places shared by the pii benches. */
export const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周杰', '吴霞'];
export const CITIES = [
  '北京市朝阳区',
  '上海市浦东新区',
  '广州市天河区',
  '深圳市南山区',
  '杭州市西湖区',
  '成都市武侯区',
];
const EN_WORDS = 'the parcel was shipped to customer after payment confirmed by the service team today'.split(
  ' ',
);
const ZH_TEXT = ['客户反馈', '请尽快处理', '已完成核验', '资料如下', '备注', '联系人', '收货信息'];

/** The label a valid value (or an unlabelled look-alike) sits behind. */
const LABEL: Record<Kind4, readonly string[]> = {
  'cn-id': ['身份证号：', '身份证', 'id_card=', '"idNo":"', '证件号码 ', 'ID number '],
  uscc: ['统一社会信用代码：', '信用代码', 'credit_code=', '"uscc":"', '纳税人识别号 '],
  'bank-card': ['银行卡号：', '卡号', 'card_no=', '"bankCard":"', '收款账号 ', 'card '],
  mobile: ['手机：', '手机号', '电话', 'mobile=', '"phone":"', 'tel ', '联系方式：'],
};

interface Piece {
  text: string;
  g?: Generated;
}

const SHAPES = ['csv', 'json', 'log', 'sql', 'zh', 'en', 'tsv'] as const;
type Shape = (typeof SHAPES)[number];
const KEY: Record<Kind4, string> = {
  'cn-id': 'idNo',
  uscc: 'creditCode',
  'bank-card': 'cardNo',
  mobile: 'phone',
};

/** Lines of one shape; each returns the pieces in order (values as their own pieces). */
export class LineMaker {
  readonly m: ValueMaker;
  /** The shape of the last line made. */
  shape: Shape = 'csv';
  constructor(m: ValueMaker) {
    this.m = m;
  }

  /**
   * One value of a random kind: 60% valid, 40% a look-alike. In a bare cell (`labelled` false) only
   * look-alikes that differ from a valid value by themselves are drawn: an 11-digit order id with a mobile
   * prefix is told apart from a phone only by its label, so it appears only behind one.
   */
  value(kind: Kind4 = this.m.pick(KINDS4), labelled = true): Generated {
    if (this.m.rand() < 0.6) return this.m.positive(kind);
    for (;;) {
      const g = this.m.lookAlike(kind);
      if (labelled || !LOOK_LABEL[g.cls]) return g;
    }
  }

  /** The text before a value in free text: a label of its own kind for most, none or a neutral one else. */
  private lead(g: Generated): string {
    const own = LOOK_LABEL[g.cls];
    if (own) return this.m.pick(own);
    const r = this.m.rand();
    if (r < 0.45) return this.m.pick(LABEL[g.kind]);
    if (r < 0.7) return this.m.pick(['', ' ', '：', ': ', '=', '(']);
    return this.m.pick(['编号 ', 'no. ', 'ref ', '#', '值：', 'value ']);
  }

  line(): Piece[] {
    const m = this.m;
    switch ((this.shape = SHAPES[m.int(SHAPES.length)]!)) {
      case 'csv': {
        // CSV row: a header-less data row of a people export.
        const a = this.value('cn-id', false);
        const b = this.value('mobile', false);
        const c = this.value('bank-card', false);
        return [
          { text: `${m.digits(5)},${m.pick(NAMES)},` },
          { text: a.value, g: a },
          { text: ',' },
          { text: b.value, g: b },
          { text: ',' },
          { text: c.value, g: c },
          { text: `,${m.pick(CITIES)}某路${String(m.int(999))}号,${String(m.int(2))}` },
        ];
      }
      case 'json': {
        // JSON value in an NDJSON line.
        const a = this.value();
        const b = this.value();
        const keyOf = (g: Generated): string =>
          LOOK_LABEL[g.cls] ? 'orderId' : m.rand() < 0.6 ? KEY[g.kind] : m.pick(['v', 'value', 'ref']);
        return [
          { text: `{"seq":${String(m.int(1e6))},"${keyOf(a)}":"` },
          { text: a.value, g: a },
          { text: `","${keyOf(b)}":"` },
          { text: b.value, g: b },
          { text: `","ok":true,"ts":"2025-05-${String(1 + m.int(28)).padStart(2, '0')}T08:00:00Z"}` },
        ];
      }
      case 'log': {
        // Application log line.
        const a = this.value();
        return [
          {
            text: `2025-05-${String(1 + m.int(28)).padStart(2, '0')} 1${String(m.int(10))}:${String(m.int(60)).padStart(2, '0')}:00.${String(m.int(1000)).padStart(3, '0')} ${m.pick(['INFO', 'WARN', 'DEBUG'])} [exec-${String(m.int(64))}] c.e.svc.UserService - ${m.pick(['verify', 'bind', 'lookup', 'update'])} `,
          },
          { text: this.lead(a) },
          { text: a.value, g: a },
          { text: ` cost=${String(m.int(900))}ms` },
        ];
      }
      case 'sql': {
        // SQL insert row.
        const a = this.value(undefined, false);
        const b = this.value(undefined, false);
        return [
          {
            text: `INSERT INTO t_${m.pick(['user', 'order', 'company', 'payee'])} VALUES (${String(m.int(1e6))},'${m.pick(NAMES)}','`,
          },
          { text: a.value, g: a },
          { text: "','" },
          { text: b.value, g: b },
          { text: `',${String(m.int(100))});` },
        ];
      }
      case 'zh': {
        // Chinese prose, the value glued to the characters around it.
        const a = this.value();
        return [
          { text: `${m.pick(ZH_TEXT)}，${m.pick(NAMES)}的` },
          { text: this.lead(a) },
          { text: a.value, g: a },
          { text: m.pick(['，请核对。', '已登记', '（已验证）', '。']) },
        ];
      }
      case 'en': {
        // English prose.
        const a = this.value();
        const words = Array.from({ length: 4 + m.int(6) }, () => m.pick(EN_WORDS)).join(' ');
        return [
          { text: `${words} ` },
          { text: this.lead(a) },
          { text: a.value, g: a },
          { text: `, ${m.pick(EN_WORDS)}.` },
        ];
      }
      case 'tsv': {
        // Two values side by side in a TSV cell list.
        const a = this.value(undefined, false);
        const b = this.value(undefined, false);
        return [
          { text: `${String(m.int(1e5))}\t` },
          { text: a.value, g: a },
          { text: '\t' },
          { text: b.value, g: b },
          { text: `\t${m.pick(ZH_TEXT)}` },
        ];
      }
    }
  }
}

// --- generation ------------------------------------------------------------------------------------
interface Label {
  start: number;
  end: number;
  kind: Kind4;
  cls: string;
  positive: boolean;
  shape: string;
}

async function generate(dir: string, values: number, seed: number): Promise<void> {
  const marker = path.join(dir, 'done');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(GENERATOR_VERSION)) return;
  mkdirSync(dir, { recursive: true });
  const lines = new LineMaker(new ValueMaker(seed));
  const corpus = createWriteStream(path.join(dir, 'corpus.txt.tmp'));
  const labels = createWriteStream(path.join(dir, 'labels.tsv.tmp'));
  labels.write('start\tend\tkind\tclass\tpositive\tshape\n');
  let offset = 0;
  let n = 0;
  let text = '';
  let lab = '';
  while (n < values) {
    for (const p of lines.line()) {
      if (p.g) {
        lab += `${String(offset)}\t${String(offset + p.text.length)}\t${p.g.kind}\t${p.g.cls}\t${p.g.positive ? 1 : 0}\t${lines.shape}\n`;
        n++;
      }
      text += p.text;
      offset += p.text.length;
    }
    text += '\n';
    offset += 1;
    if (text.length > 1 << 20) {
      if (!corpus.write(text)) await new Promise<void>((r) => corpus.once('drain', () => r()));
      labels.write(lab);
      text = '';
      lab = '';
    }
  }
  corpus.write(text);
  labels.write(lab);
  await Promise.all([
    new Promise<void>((r) => corpus.end(() => r())),
    new Promise<void>((r) => labels.end(() => r())),
  ]);
  renameSync(path.join(dir, 'corpus.txt.tmp'), path.join(dir, 'corpus.txt'));
  renameSync(path.join(dir, 'labels.tsv.tmp'), path.join(dir, 'labels.tsv'));
  writeFileSync(marker, String(GENERATOR_VERSION));
}

function readLabels(file: string): Label[] {
  const out: Label[] = [];
  const text = readFileSync(file, 'utf8');
  for (const row of text.split('\n').slice(1)) {
    if (!row) continue;
    const [s, e, kind, cls, pos, shape] = row.split('\t');
    out.push({
      start: Number(s),
      end: Number(e),
      kind: kind as Kind4,
      cls: cls!,
      positive: pos === '1',
      shape: shape!,
    });
  }
  return out;
}

// --- evaluation ------------------------------------------------------------------------------------
async function main(): Promise<void> {
  const values = Number(process.env.BENCH_PII_CORPUS_VALUES ?? 1_000_000);
  const seed = Number(process.env.BENCH_PII_CORPUS_SEED ?? 4);
  const debug = Number(process.env.BENCH_PII_CORPUS_DEBUG ?? 0);
  const dir = path.join(import.meta.dirname, '.work', `pii-corpus-${String(values)}-${String(seed)}`);
  const genStarted = performance.now();
  await generate(dir, values, seed);
  const genMs = performance.now() - genStarted;
  const text = readFileSync(path.join(dir, 'corpus.txt'), 'utf8');
  const labels = readLabels(path.join(dir, 'labels.tsv'));
  const byStart = new Map<number, Label>();
  for (const l of labels) byStart.set(l.start, l);
  // Labels sorted by start (they are generated in order) for overlap look-ups.
  const starts = labels.map((l) => l.start);
  const overlapping = (s: number, e: number): Label | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < e) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = best; i >= 0 && i > best - 4; i--) if (labels[i]!.end > s) return labels[i];
    return undefined;
  };

  const tp = new Map<Kind4, number>(KINDS4.map((k) => [k, 0]));
  const fp = new Map<Kind4, number>(KINDS4.map((k) => [k, 0]));
  const pos = new Map<Kind4, number>(KINDS4.map((k) => [k, 0]));
  const classCount = new Map<string, number>();
  const classMiss = new Map<string, number>();
  const classFp = new Map<string, number>();
  /** Class → line shape → count, for misses and false positives: where a class fails. */
  const shapes = new Map<string, Map<string, number>>();
  const byShape = (cls: string, shape: string): void => {
    const m = shapes.get(cls) ?? new Map<string, number>();
    m.set(shape, (m.get(shape) ?? 0) + 1);
    shapes.set(cls, m);
  };
  const found = new Set<number>();
  const examples = new Map<string, string[]>();
  const note = (cls: string, at: number): void => {
    if (debug <= 0) return;
    const list = examples.get(cls) ?? [];
    if (list.length >= debug) return;
    const a = text.lastIndexOf('\n', at) + 1;
    const b = text.indexOf('\n', at);
    list.push(text.slice(a, b < 0 ? undefined : b));
    examples.set(cls, list);
  };
  for (const l of labels) {
    classCount.set(l.cls, (classCount.get(l.cls) ?? 0) + 1);
    if (l.positive) pos.set(l.kind, pos.get(l.kind)! + 1);
  }
  const started = performance.now();
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + (1 << 20));
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
    for (const match of findAll(text.slice(at, end), CORPUS_NOW)) {
      const kind = match.kind as Kind4;
      if (!KINDS4.includes(kind)) continue;
      const s = at + match.start;
      const e = at + match.end;
      const exact = byStart.get(s);
      if (exact && exact.positive && exact.end === e && exact.kind === kind) {
        tp.set(kind, tp.get(kind)! + 1);
        found.add(s);
        continue;
      }
      fp.set(kind, fp.get(kind)! + 1);
      const l = overlapping(s, e);
      const cls = l
        ? `${l.cls} (as ${kind}${l.positive && l.kind === kind ? ', wrong span' : ''})`
        : `filler (${kind})`;
      classFp.set(cls, (classFp.get(cls) ?? 0) + 1);
      byShape(`fp ${l?.cls ?? 'filler'}`, l?.shape ?? 'filler');
      note(cls, s);
    }
    at = end;
  }
  const seconds = (performance.now() - started) / 1000;
  for (const l of labels)
    if (l.positive && !found.has(l.start)) {
      classMiss.set(l.cls, (classMiss.get(l.cls) ?? 0) + 1);
      byShape(`miss ${l.cls}`, l.shape);

      note(`${l.cls} (missed)`, l.start);
    }

  const mib = Buffer.byteLength(text) / 1048576;
  const out: string[] = [
    '',
    `pii labelled corpus — ${String(labels.length)} values (${String(labels.filter((l) => !l.positive).length)} look-alikes) in ${mib.toFixed(0)} MiB of CSV/JSON/log/SQL/prose lines; seed ${String(seed)}; ${path.relative(process.cwd(), dir)}`,
    `generated in ${(genMs / 1000).toFixed(1)} s (0 when reused); findAll over 1 MiB pieces: ${seconds.toFixed(1)} s (${(mib / seconds).toFixed(1)} MiB/s, one thread)`,
    '',
    '| kind | valid values | precision | recall | tp | fp | fn | target ≥ 0.99 |',
    '|---|---|---|---|---|---|---|---|',
  ];
  let allMet = true;
  for (const k of KINDS4) {
    const t = tp.get(k)!;
    const precision = t / Math.max(1, t + fp.get(k)!);
    const recall = t / Math.max(1, pos.get(k)!);
    const met = precision >= 0.99 && recall >= 0.99;
    allMet &&= met;
    out.push(
      `| ${k} | ${String(pos.get(k))} | ${precision.toFixed(4)} | ${recall.toFixed(4)} | ${String(t)} | ${String(fp.get(k))} | ${String(pos.get(k)! - t)} | ${met ? 'MET' : 'NOT MET'} |`,
    );
  }
  out.push(
    '',
    'per class (values; misses of valid classes; false positives charged to the class overlapped):',
  );
  for (const [cls, count] of [...classCount.entries()].sort()) {
    const miss = classMiss.get(cls) ?? 0;
    const fps = [...classFp.entries()].filter(([c]) => c === cls || c.startsWith(`${cls} (`));
    const fpText = fps.map(([c, n]) => `${String(n)} fp${c.slice(cls.length)}`).join(', ');
    const where = (key: string): string => {
      const m = shapes.get(key);
      return m
        ? ` [${[...m.entries()]
            .sort()
            .map(([s, n]) => `${s} ${String(n)}`)
            .join(', ')}]`
        : '';
    };
    out.push(
      `  ${cls.padEnd(30)} ${String(count).padStart(8)}${miss ? `  ${String(miss)} missed (${((100 * miss) / count).toFixed(2)}%)${where(`miss ${cls}`)}` : ''}${fpText ? `  ${fpText} (${((100 * fps.reduce((s, [, n]) => s + n, 0)) / count).toFixed(2)}%)${where(`fp ${cls}`)}` : ''}`,
    );
  }
  for (const [cls, n] of classFp)
    if (cls.startsWith('filler')) out.push(`  ${cls.padEnd(30)} ${String(n)} fp in text around the values`);
  out.push(`budget: precision and recall ≥ 0.99 for all four kinds — ${allMet ? 'MET' : 'NOT MET'}`);
  for (const [cls, list] of examples) {
    out.push(`examples, ${cls}:`);
    for (const l of list) out.push(`    ${l}`);
  }
  console.log(out.join('\n'));
}

/** Run by bench/bench.ts; the generator classes are shared with the other pii benches. */
export { main as corpusMain };
if (import.meta.filename === process.argv[1]) await main();
