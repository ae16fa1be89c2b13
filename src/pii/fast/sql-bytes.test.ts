import { describe, expect, it } from 'vitest';
import { NAMES, ValueMaker } from '../../../bench/pii-corpus.ts';
import { parseInsert, parseValues, SqlDumpParser } from '../sources/sql-dump.ts';
import { ByteFinder } from './csv-bytes.ts';
import { ByteSqlDumpParser, insertHead, tupleAt } from './sql-bytes.ts';
import { CELL_ESCAPED, CELL_NULL, CELL_PLAIN, type ByteRow } from './types.ts';
import { feedCut } from './test-feed.ts';

interface Row {
  table: string;
  columns: string[] | undefined;
  cells: (string | null)[];
}

const encoder = new TextEncoder();
/** "UTF-8 decode of the bytes" of a CELL_PLAIN cell (keeping a U+FEFF that starts one). */
const bytesText = new TextDecoder('utf-8', { ignoreBOM: true });

/** The reference: the string path's decoder over the whole input, then SqlDumpParser's row events. */
function reference(bytes: Uint8Array, backslash = true): { rows: Row[]; skipped: number } {
  const p = new SqlDumpParser();
  p.backslash = backslash;
  const text = new TextDecoder('utf-8').decode(bytes);
  const rows = [...p.push(text), ...p.end()].flatMap((e) =>
    e.type === 'row' ? [{ table: e.table, columns: e.columns, cells: e.cells }] : [],
  );
  return { rows, skipped: p.skipped };
}

/** ByteSqlDumpParser fed `bytes` cut at `cuts`; cells materialised as a consumer would. */
function bytewise(
  bytes: Uint8Array,
  backslash = true,
  cuts: number[] = [],
  seen?: (row: ByteRow) => void,
  headPart?: number,
): { rows: Row[]; skipped: number } {
  const rows: Row[] = [];
  const p = new ByteSqlDumpParser((table, columns, row) => {
    seen?.(row);
    const cells: (string | null)[] = [];
    for (let i = 0; i < row.count; i++) {
      const f = row.flags[i];
      cells.push(
        f === CELL_NULL
          ? null
          : f === CELL_PLAIN
            ? bytesText.decode(row.buf.subarray(row.starts[i], row.ends[i]))
            : p.text(row, i),
      );
    }
    rows.push({ table, columns: columns === undefined ? undefined : [...columns], cells });
  });
  p.backslash = backslash;
  if (headPart !== undefined) p.headPart = headPart;
  feedCut(p, bytes, cuts);
  return { rows, skipped: p.skipped };
}

/** Whole, cut at every single byte, in 1-byte pieces and at random places: always the reference. */
function expectSame(input: string | Uint8Array, backslash = true, seed = 1): void {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const want = reference(bytes, backslash);
  expect(bytewise(bytes, backslash)).toEqual(want);
  for (let k = 1; k < bytes.length; k++)
    expect(bytewise(bytes, backslash, [k]), `cut at ${String(k)}`).toEqual(want);
  expect(
    bytewise(
      bytes,
      backslash,
      Array.from({ length: bytes.length }, (_, i) => i),
    ),
  ).toEqual(want);
  const m = new ValueMaker(seed);
  for (let r = 0; r < 5; r++) {
    const cuts = Array.from({ length: bytes.length }, (_, i) => i).filter(() => m.rand() < 0.1);
    // (a chunk after unread bytes is read in two parts: their boundary lowered to fall everywhere)
    expect(bytewise(bytes, backslash, cuts, undefined, 1 + r)).toEqual(want);
  }
}

const MYSQLDUMP = `-- MySQL dump 10.13  Distrib 8.0.36
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS \`users\`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
CREATE TABLE \`users\` (
  \`uid\` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '编号 (主键)',
  \`real_name\` varchar(64) CHARACTER SET utf8mb4 DEFAULT NULL,
  \`cert_no\` varchar(18) NOT NULL DEFAULT '',
  \`remark\` mediumtext,
  PRIMARY KEY (\`uid\`),
  UNIQUE KEY \`uk_cert\` (\`cert_no\`),
  CONSTRAINT \`chk\` CHECK ((length(\`cert_no\`) in (0,18)))
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
LOCK TABLES \`users\` WRITE;
/*!40000 ALTER TABLE \`users\` DISABLE KEYS */;
INSERT INTO \`users\` VALUES (1,'张三','11010119900307663X','it\\'s; a \\"test\\"\\n(x), y'),(2,'O''Brien',NULL,_binary 'x\\0y'),(3,'李四','110101199003077318',0x6869),(4,'',-12.5,X'e4b8ad'),(5,'back\\\\slash',1e-3,_utf8mb4'多字节');
/*!40000 ALTER TABLE \`users\` ENABLE KEYS */;
UNLOCK TABLES;
INSERT INTO \`db\`.\`users\` (\`uid\`, \`real_name\`) VALUES (6,'王五'),(7,'赵六');
`;

const PG_INSERTS = `--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SET standard_conforming_strings = on;
CREATE TABLE public.people (
    id integer NOT NULL,
    name text,
    "ID card" character varying(18),
    note text
);
INSERT INTO public.people VALUES (1, '张三', '11010119900307663X', 'it''s; a\\path (C:\\temp)');
INSERT INTO public.people VALUES (2, NULL, '110101199003077318', E'tab\\there\\'s');
INSERT INTO public.people (id, "ID card") VALUES (3, '110101199003077318'), (4, 'semi;colon,comma');
`;

const PG_COPY = `--
-- PostgreSQL database dump
--
SET standard_conforming_strings = on;
CREATE TABLE public.people (id integer, name text, id_card text);
--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--
COPY public.people (id, name, id_card) FROM stdin;
1\t张三\t11010119900307663X
2\t\\N\t110101199003077318
3\tline\\nbreak\\ttab\\\\back\t
4\tcr\r
\\.
--
-- Data for Name: T; Type: TABLE DATA; Schema: public; Owner: -
--

COPY "T" FROM stdin; extra
a\tb
\\.
SELECT pg_catalog.setval('public.people_id_seq', 4, true);
`;

const SQLITE_DUMP = `PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT, "id card" TEXT, note);
INSERT INTO people VALUES(1,'张三','11010119900307663X','a;b');
INSERT INTO "people" VALUES(2,'O''Brien',NULL,X'6869');
INSERT INTO people VALUES(3,'multi
line','110101199003077318',-7);
COMMIT;
`;

describe('ByteSqlDumpParser', () => {
  it('reads mysqldump as SqlDumpParser does (backslash escapes, _binary, 0x, X, column lists)', () => {
    const got = bytewise(encoder.encode(MYSQLDUMP));
    expect(got.rows).toHaveLength(7);
    expect(got.rows[0]).toEqual({
      table: 'users',
      columns: ['uid', 'real_name', 'cert_no', 'remark'],
      cells: ['1', '张三', '11010119900307663X', 'it\'s; a "test"\n(x), y'],
    });
    expect(got.rows[1]!.cells).toEqual(['2', "O'Brien", null, 'x\0y']);
    expect(got.rows[2]!.cells).toEqual(['3', '李四', '110101199003077318', 'hi']);
    expect(got.rows[3]!.cells).toEqual(['4', '', '-12.5', '中']);
    expect(got.rows[6]).toEqual({ table: 'db.users', columns: ['uid', 'real_name'], cells: ['7', '赵六'] });
    expectSame(MYSQLDUMP);
  });

  it('reads pg_dump --inserts (standard strings, E strings) and COPY blocks', () => {
    expectSame(PG_INSERTS, false);
    expectSame(PG_COPY, false);
    const copy = bytewise(encoder.encode(PG_COPY), false).rows;
    expect(copy.map((r) => r.cells)).toEqual([
      ['1', '张三', '11010119900307663X'],
      ['2', null, '110101199003077318'],
      ['3', 'line\nbreak\ttab\\back', ''],
      ['4', 'cr'],
      ['a', 'b'],
    ]);
    expect(copy[0]!.columns).toEqual(['id', 'name', 'id_card']);
    expect(copy[4]!.table).toBe('T');
    // A MySQL-mode parser switches to standard strings at the SET, as the string parser does.
    expectSame(PG_INSERTS, true);
  });

  it('reads SQLite .dump', () => {
    expectSame(SQLITE_DUMP);
    expect(bytewise(encoder.encode(SQLITE_DUMP)).rows.map((r) => r.cells[3])).toEqual(['a;b', 'hi', '-7']);
  });

  it('reads tuples of more cells than a row holds at first', () => {
    const cells = Array.from({ length: 150 }, (_, i) =>
      i % 3 === 0 ? String(i) : i % 3 === 1 ? `'s${String(i)}'` : 'NULL',
    );
    expectSame(`INSERT INTO t VALUES (${cells.join(',')}),(1,'a'),(${cells.reverse().join(', ')});`);
  });

  it('gives plain strings and numbers as CELL_PLAIN ranges, the rest as CELL_ESCAPED or CELL_NULL', () => {
    const text = "INSERT INTO t VALUES (12,'plain 中文','it''s',NULL,'a\\nb',_binary 'bin',0x41,-3.5,N'n');";
    const flags: number[] = [];
    const ranges: string[] = [];
    bytewise(encoder.encode(text), true, [], (row) => {
      for (let i = 0; i < row.count; i++) {
        flags.push(row.flags[i]!);
        ranges.push(bytesText.decode(row.buf.subarray(row.starts[i], row.ends[i])));
      }
    });
    expect(flags).toEqual([
      CELL_PLAIN,
      CELL_PLAIN,
      CELL_ESCAPED,
      CELL_NULL,
      CELL_ESCAPED,
      CELL_PLAIN,
      CELL_ESCAPED,
      CELL_PLAIN,
      CELL_PLAIN,
    ]);
    expect(ranges).toEqual(['12', 'plain 中文', "it''s", '', 'a\\nb', 'bin', '41', '-3.5', 'n']);
  });

  it('keeps comments, quotes and separators where the string parser puts them', () => {
    for (const text of [
      "# hash comment; with semicolon\nINSERT INTO t VALUES (1,'a');\n  # not at line start;\nINSERT INTO t VALUES (2);",
      "INSERT INTO t VALUES (1, /* c; */ 'a'), (2 -- not a comment here\n, 'b') # nor this\n;",
      "INSERT INTO t VALUES ('a'/**/'b'), (1/**/2), (_binary/**/'x'), ('x'/*!50 y */);",
      "INSERT INTO t VALUES ('a' 'b'), ('a'::text), (DATE '2020-01-01'), (CONCAT('a\\'b', 'c'), NOW()), (f((1),2));",
      'INSERT INTO t VALUES ("dq", `bt;`, "a,b"), (1,,2), (), (  ), (\u3000\'x\'\u00a0,\ufeff3\u3000);',
      "INSERT INTO t VALUES (_abcdefghijklmn'x'), (_abcdefghijklmno'x'), (_Binary'x'), (_b\u3000'x'), (N), (E);",
      "INSERT INTO t VALUES (1) x (2) 'skip (3)' (4);",
      "/* block\n; */ INSERT /* inner */ INTO t VALUES (1);\n-- c\nINSERT INTO t VALUES ('-- x', '/* y */', '#z');",
      "INSERT INTO t VALUES ('a;b\nc(d)e,f'),('\u{1F600}','\\\u{1F600}');",
    ]) {
      expectSame(text);
      expectSame(text, false);
    }
  });

  it('reads the heads parseInsert reads, however odd', () => {
    for (const text of [
      'INSERT INTO tvalues (1);',
      'INSERT INTO values(1) VALUES (2);',
      'INSERT INTO VALUES (1);',
      'INSERT IGNORE INTO t VALUES (1);',
      'INSERT LOW_PRIORITY IGNORE t VALUES (1);',
      'insert ignored_table values (1);',
      'REPLACE INTO `a b` (`x`,`y`) VALUES (1,2);',
      'INSERT INTO "s" . "t" VALUES (1);',
      'INSERT INTO s. VALUES (1);',
      'INSERT INTO t (a, (b)) VALUES (1);',
      'INSERT INTO t VALUESX(1);',
      'INSERT INTO t SELECT 1;',
      'INSERT INTO t\nVALUES\n(1);',
      "INSERT INTO t VALUES '(' (1);",
      'INSERT INTO t (a) SELECT (1) FROM x;',
    ]) {
      expectSame(text);
    }
  });

  it('switches escapes at SET standard_conforming_strings', () => {
    const text =
      "INSERT INTO t VALUES ('a\\'b;c');\nSET standard_conforming_strings = on;\nINSERT INTO t VALUES ('a\\', 'b');\nSET standard_conforming_strings TO off;\nINSERT INTO t VALUES ('c\\'d');";
    expectSame(text);
    expect(bytewise(encoder.encode(text)).rows.map((r) => r.cells)).toEqual([
      ["a'b;c"],
      ['a\\', 'b'],
      ["c'd"],
    ]);
  });

  it('ends a truncated dump as the string parser ends it', () => {
    const full = encoder.encode(MYSQLDUMP + PG_COPY.replace('\\.\n', ''));
    for (let k = 0; k < full.length; k += 7) {
      const bytes = full.subarray(0, k);
      expect(bytewise(bytes, true, [k >> 1]), `truncated at ${String(k)}`).toEqual(reference(bytes));
    }
    const tails = ['/*', '--', '-', '/', '*', '-'.repeat(70), '/*'.repeat(40), '(1, 2/', "('a", "(1,'a\\"];
    tails.push(
      '-'.repeat(200),
      `(1, /* x ${'*/-'.repeat(30)}`,
      `(1, /* x */${'-'.repeat(63)}`,
      `(1, /* x */${'-'.repeat(62)}`,
    );
    for (const tail of tails) {
      expectSame(`INSERT INTO t VALUES (1)${tail}`);
      expectSame(`INSERT INTO t VALUES (1), ${tail}`);
      expectSame(`SELECT 1;\n${tail}`);
      expectSame(`COPY t FROM stdin;${tail}`);
      expectSame(`COPY t FROM stdin;\na\t${tail}`);
    }
  });

  it('drops a leading BOM as the string path decoder does, keeps one inside values', () => {
    expectSame("\ufeff# comment\nINSERT INTO t VALUES ('\ufeffx', \ufeff1);");
    expectSame('\ufeff');
    expectSame('\ufeff\ufeff-- c\nINSERT INTO t VALUES (1);');
  });

  it('reads ill-formed UTF-8 as the decoder does', () => {
    const parts = [
      encoder.encode("INSERT INTO t VALUES ('a"),
      new Uint8Array([0xe4, 0xb8]),
      encoder.encode("', 1"),
      new Uint8Array([0xef, 0xe4, 0xb8, 0xbb, 0xbf]),
      encoder.encode(', '),
      new Uint8Array([0xff, 0x80, 0xc2]),
      encoder.encode('x);\nCOPY t FROM stdin;\n'),
      new Uint8Array([0xf0, 0x9f, 0x98, 0x09, 0xe3, 0x80]),
      encoder.encode('\n\\.\n'),
      new Uint8Array([0xe3, 0x80]),
    ];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    expectSame(bytes);
  });

  it('reads a huge cell and a huge statement in small chunks, delivering rows as tuples close', () => {
    const big = '张'.repeat(1 << 19);
    const tuples = Array.from({ length: 20000 }, (_, i) => `(${String(i)},'${NAMES[i % NAMES.length]!}')`);
    const first = `INSERT INTO t VALUES ('${big}', 'a\\'b'), ${tuples.join(',')};`;
    const text = `${first}\n-- ${'-'.repeat(2 << 20)}\nINSERT INTO t VALUES (CONCAT('${big}'), 1);`;
    const bytes = encoder.encode(text);
    const firstEnd = encoder.encode(first).length;
    // A tuple read again from its start at every chunk would take minutes here (quadratic); it is read
    // again each time its carry has doubled, so its rows come by the time twice its bytes are in.
    let delivered = 0;
    let early = -1;
    const p = new ByteSqlDumpParser(() => delivered++);
    for (let i = 0; i < bytes.length; i += 1000) {
      p.push(bytes.subarray(i, i + 1000));
      if (early < 0 && i >= 2 * firstEnd) early = delivered;
    }
    p.end();
    expect(early).toBe(20001);
    expect(delivered).toBe(20002);
    const cuts = Array.from({ length: Math.floor(bytes.length / 4093) }, (_, i) => (i + 1) * 4093);
    expect(bytewise(bytes, true, cuts)).toEqual(reference(bytes));
  }, 60_000);

  it('reads a repeated INSERT head at once only where the lexer reads the same', () => {
    const head = 'INSERT INTO `t` VALUES ';
    const text = [
      `${head}(1,'a'),(2,'b');`,
      `\n${head}(3,'c');`,
      `\r\n\t ${head}(4,'d');${head}(5,'e');`,
      'CREATE TABLE `t` (`id` int, `name` text);',
      `\n${head}(6,'f');`, // its columns now from CREATE TABLE
      `\n${head} (7,'g');`, // not the head's bytes: read by the lexer
      `\n${head.trimEnd()}(8,'h');`,
      `\n-- ${head}(0,'comment');\n${head}(9,'i');`,
      `\n/* c */ ${head}(10,'j');`,
      `\n\u00a0${head}(11,'k');`,
      `\n${head}X(12,'l');`,
      `\nINSERT INTO \`t\` VALUESX (13,'m');`,
      `\n${head}`,
      `(14,'n');\nINSERT INTO "u" VALUES (15,'o');\nINSERT INTO "u" VALUES (16,'p');`,
      `\nINSERT INTO \`t\` (\`id\`) VALUES (17);\nINSERT INTO \`t\` (\`id\`) VALUES (18);`,
      `\n${head}(19,'q');\n${head}(20,'r')`,
    ].join('');
    expectSame(text);
    // A head whose repeat is too long with the white space before it: skipped, as the lexer skips it.
    const rows: string[] = [];
    const p = new ByteSqlDumpParser((_table, _columns, row) => rows.push(p.text(row, 0)));
    p.maxStatement = head.length + 4;
    p.push(encoder.encode(`${head}(1);\n  ${head}(2);\n     ${head}(3);\n${head}(4);`));
    p.end();
    expect(rows).toEqual(['1', '2', '4']);
    expect(p.skipped).toBe(1);
  });

  it('skips long statements as the string parser does, but never an INSERT read tuple by tuple', () => {
    // The string parser's limit (MAX_STATEMENT, 256 M characters) lowered to 60 for the test.
    const text = [
      `CREATE TABLE t (${Array.from({ length: 20 }, (_, i) => `c${String(i)} int`).join(', ')});`,
      'INSERT INTO t VALUES (1);',
      `SELECT '${'x'.repeat(80)}' -- now a comment; so this is too\n;`,
      `INSERT INTO t VALUES ${Array.from({ length: 50 }, (_, i) => `(${String(i)})`).join(',')};`,
      `INSERT INTO t SELECT ${'1'.repeat(80)};`,
      `${' '.repeat(70)};`,
      'INSERT INTO t VALUES (2);',
    ].join('\n');
    const bytes = encoder.encode(text);
    const rows: string[] = [];
    const p = new ByteSqlDumpParser((table, columns, row) => {
      rows.push(`${table}:${String(columns?.length)}:${p.text(row, 0)}`);
    });
    p.maxStatement = 60;
    p.push(bytes);
    p.end();
    expect(p.skipped).toBe(4);
    expect(rows).toEqual([
      't:undefined:1',
      ...Array.from({ length: 50 }, (_, i) => `t:undefined:${String(i)}`),
      't:undefined:2',
    ]);
    // With the real limit, all is read, as by the string parser.
    expectSame(text.slice(0, 400));
    expect(bytewise(bytes)).toEqual(reference(bytes));
  });

  it('equals SqlDumpParser on random dumps cut at random bytes', () => {
    randomDumps(1, 1000);
  });

  it.each([
    [true, 1],
    [true, 7],
    [false, 3],
  ])('reads alike with the finder in small windows (WebAssembly %s, windows of %i bytes)', (wasm, window) => {
    const saved = [ByteFinder.useWasm, ByteFinder.window] as const;
    ByteFinder.useWasm = wasm;
    ByteFinder.window = window;
    try {
      expectSame(MYSQLDUMP);
      randomDumps(2000, 2300);
    } finally {
      [ByteFinder.useWasm, ByteFinder.window] = saved;
    }
  });
});

/** Random dumps of seeds [first, last], each against the reference, cut at random bytes. */
function randomDumps(first: number, last: number): void {
  for (let seed = first; seed <= last; seed++) {
    const m = new ValueMaker(seed);
    const pg = m.rand() < 0.4;
    let text = randomDump(m, pg);
    if (m.rand() < 0.5) text = mutate(m, text);
    if (m.rand() < 0.3)
      text = Array.from(text)
        .slice(0, m.int(Array.from(text).length))
        .join('');
    const bytes = encoder.encode(text);
    const want = reference(bytes, !pg);
    const cuts: number[] = [];
    const r = m.rand();
    if (r < 0.3) for (let i = 1; i < bytes.length; i++) if (m.rand() < 0.3) cuts.push(i);
    if (r >= 0.3 && r < 0.7) for (let i = 1 + m.int(64); i < bytes.length; i += 1 + m.int(64)) cuts.push(i);
    const headPart = seed % 3 === 0 ? 1 + (seed % 13) : undefined;
    expect(
      bytewise(bytes, !pg, cuts, undefined, headPart),
      `seed ${String(seed)}: ${JSON.stringify(text)}`,
    ).toEqual(want);
  }
}

describe('insertHead and tupleAt', () => {
  it('read a prefix of the text only as the regex and parseValues read the whole', () => {
    const m = new ValueMaker(99);
    let heads = 0;
    let tuples = 0;
    for (let n = 0; n < 100; n++) {
      const text = mutate(m, randomDump(m, m.rand() < 0.5));
      for (const stmt of text.split(';')) {
        const s = stmt.trimStart();
        if (!/^(insert|replace)/i.test(s)) continue;
        const whole = parseInsert(s, true);
        let ends = new Set<number>();
        for (let k = 0; k <= Math.min(s.length, 300); k++) {
          const h = insertHead(s.slice(0, k));
          if (!h) continue;
          heads++;
          expect(whole, s).toBeDefined();
          expect({ table: h.table, columns: h.columns }).toEqual({
            table: whole!.table,
            columns: whole!.columns,
          });
          ends.add(h.end);
        }
        for (const end of ends) expect(parseValues(s.slice(end), true)).toEqual(whole!.rows);
        const open = s.indexOf('(', insertHead(s)?.end ?? s.length);
        if (open < 0) continue;
        const all = parseValues(s.slice(open), true);
        ends = new Set<number>();
        for (let k = open; k <= Math.min(s.length, open + 300); k++) {
          const t = tupleAt(s.slice(0, k), open, true);
          if (!t) continue;
          tuples++;
          expect(t.cells, s).toEqual(all[0]);
          ends.add(t.end);
        }
        for (const end of ends) expect(parseValues(s.slice(end), true)).toEqual(all.slice(1));
      }
    }
    expect(heads).toBeGreaterThan(1000);
    expect(tuples).toBeGreaterThan(1000);
  });
});

// --- random dumps ------------------------------------------------------------------------------------

const WHITE = [' ', ' ', '\t', '\n', '\r\n', '\u3000', '\u00a0', '\ufeff', '  '];
const TEXTS = [
  "O'Brien",
  'a;b',
  'x(y)z',
  'a,b',
  'line\nbreak',
  '',
  'tab\there',
  'quote"d',
  'back`tick',
  '\u{1F600} emoji',
  '\u3000space\u3000',
  'dash--dash',
  'slash/*not*/',
  '# hash',
  '\\',
  'end\\',
  "''",
  '\r\n',
  '某路1号',
];

/** A dump of random statements: mysqldump or pg_dump flavoured, every construct the parsers read. */
function randomDump(m: ValueMaker, pg: boolean): string {
  const ws = (): string => (m.rand() < 0.7 ? '' : m.pick(WHITE));
  const person = (): string =>
    m.rand() < 0.3
      ? m.pick(NAMES)
      : m.positive(m.pick(['cn-id', 'mobile', 'bank-card', 'uscc'] as const)).value;
  const str = (bs: boolean): string => {
    let out = '';
    for (const ch of m.rand() < 0.5 ? person() : m.pick(TEXTS)) {
      if (ch === "'") out += bs && m.rand() < 0.5 ? "\\'" : "''";
      else if (ch === '\\') out += bs ? '\\\\' : '\\';
      else if (ch === '\n' && bs && m.rand() < 0.5) out += '\\n';
      else out += ch;
    }
    return out;
  };
  const bs = !pg;
  const value = (): string => {
    const k = m.rand();
    if (k < 0.3) return `'${str(bs)}'`;
    if (k < 0.42) return m.pick(['1', '-5', '3.14', '-0.5e3', '007', '1e10', '+3']);
    if (k < 0.5) return m.pick(['NULL', 'null', 'Null']);
    if (k < 0.54) return `_binary '${str(bs)}'`;
    if (k < 0.57) return `_utf8mb4'${str(bs)}'`;
    if (k < 0.6) return m.pick(["X'6869'", "x'e4b8ad'", "X''", "X'zz'", '0x6869', '0XE4B8AD', '0x', '0xg1']);
    if (k < 0.63) return `N'${str(bs)}'`;
    if (k < 0.66) return `E'${str(true)}'`;
    if (k < 0.68) return m.pick(["B'0101'", "b'1'"]);
    if (k < 0.71)
      return m.pick(['NOW()', "CONCAT('a','b')", "CONCAT('a\\'b', 'c')", "'2020-01-01'::date", 'f((1),2)']);
    if (k < 0.73) return m.pick(['"dq"', '`bt`', '"a,b"', '`a;b`']);
    if (k < 0.76) {
      return m.pick([
        "'a' /* c */",
        "/* c */ 'a'",
        "'a'/**/'b'",
        '1/**/2',
        "_binary/**/'x'",
        '1 -- c\n',
        `/*${'-*/'.repeat(30)}1`,
      ]);
    }
    if (k < 0.78) return m.pick(['', 'abc', '_abc', "_abcdefghijklmnopq'x'", 'N', 'E', '-', '\u3000']);
    return `'${str(bs)}'`;
  };
  const tuple = (): string =>
    `(${ws()}${Array.from({ length: m.int(6) }, () => `${value()}${ws()}`).join(`,${ws()}`)})`;
  const ident = (): string =>
    m.pick([
      't',
      '`users`',
      '"people"',
      'public.t',
      '`db`.`tb`',
      '"s" . "t"',
      'customer',
      'tvalues',
      'INTO',
      '`x y`',
    ]);
  const out: string[] = [];
  for (let s = 3 + m.int(12); s > 0; s--) {
    const k = m.rand();
    if (k < 0.08) out.push(`-- comment ${m.pick(TEXTS)};\n`);
    else if (k < 0.12) out.push('# hash comment;\n');
    else if (k < 0.16)
      out.push(m.pick(['/* block ; comment */\n', `/*${'*'.repeat(90)}/\n`, `--${'-'.repeat(90)}\n`]));
    else if (k < 0.2) out.push('/*!40101 SET NAMES utf8mb4 */;\n');
    else if (k < 0.28) {
      out.push(
        `CREATE TABLE ${ident()} (\n  \`id\` int NOT NULL,\n  "name" varchar(32) DEFAULT 'a;b',\n  note text,\n  PRIMARY KEY (\`id\`)\n);\n`,
      );
    } else if (k < 0.33) {
      out.push(
        m.pick([
          'SET standard_conforming_strings = on;\n',
          "SET standard_conforming_strings = 'off';\n",
          'LOCK TABLES `t` WRITE;\n',
          "SELECT 'a;b';\n",
        ]),
      );
    } else if (k < 0.43) {
      const field = (): string =>
        m.pick(['1', '\\N', 'a\\tb', 'x\\\\y', '', 'back\\', '\\.', 'q\'"', 'a\r', person(), person()]);
      const lines = Array.from({ length: m.int(5) }, () =>
        Array.from({ length: 1 + m.int(4) }, field).join('\t'),
      );
      out.push(
        `COPY ${m.pick(['public.t', 't', '"T"'])}${m.rand() < 0.5 ? ' (a, b)' : ''} FROM stdin;${m.rand() < 0.2 ? ' junk' : ''}\n${lines.map((l) => `${l}\n`).join('')}\\.\n`,
      );
    } else {
      const verb = m.pick([
        'INSERT INTO',
        'INSERT INTO',
        'insert into',
        'REPLACE INTO',
        'INSERT IGNORE INTO',
        'INSERT',
      ]);
      const cols = m.rand() < 0.3 ? ` (${m.pick(['`a`,`b`', 'a, b, c', '"x"'])})` : '';
      const tuples = Array.from({ length: 1 + m.int(6) }, tuple).join(m.pick([',', ',\n', ', ', ' ']));
      out.push(
        `${verb} ${ident()}${cols}${m.pick([' ', '', '\n'])}${m.pick(['VALUES', 'values'])}${ws()}${tuples}${ws()};\n`,
      );
    }
  }
  return out.join('');
}

const SPECIAL = [
  "'",
  '"',
  '`',
  ';',
  '(',
  ')',
  ',',
  '\\',
  '-',
  '/',
  '*',
  '#',
  '\n',
  '\r',
  '!',
  '_',
  'x',
  'N',
  '\u3000',
  '.',
  'E',
  ' ',
];

/** A few characters deleted or special ones inserted. */
function mutate(m: ValueMaker, s: string): string {
  const chars = Array.from(s); // code points: a cut never splits a surrogate pair
  for (let n = 1 + m.int(4); n > 0; n--) {
    const at = m.int(chars.length + 1);
    if (m.rand() < 0.4) chars.splice(at, 1);
    else chars.splice(at, 0, m.pick(SPECIAL));
  }
  return chars.join('');
}
