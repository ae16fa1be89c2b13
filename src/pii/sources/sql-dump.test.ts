import { describe, expect, it } from 'vitest';
import {
  copyField,
  parseCreateTable,
  parseInsert,
  parseValues,
  SqlDumpParser,
  type DumpEvent,
} from './sql-dump.ts';

function rowsOf(
  events: DumpEvent[],
): { table: string; columns: string[] | undefined; cells: (string | null)[] }[] {
  return events.flatMap((e) =>
    e.type === 'row' ? [{ table: e.table, columns: e.columns, cells: e.cells }] : [],
  );
}

function parseAll(text: string, chunk = text.length, backslash?: boolean): DumpEvent[] {
  const p = new SqlDumpParser();
  if (backslash !== undefined) p.backslash = backslash;
  const out: DumpEvent[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...p.push(text.slice(i, i + chunk)));
  out.push(...p.end());
  return out;
}

const MYSQLDUMP = `-- MySQL dump 10.13
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS \`users\`;
CREATE TABLE \`users\` (
  \`id\` int NOT NULL AUTO_INCREMENT,
  \`name\` varchar(32) DEFAULT NULL COMMENT '姓名; 真实',
  \`id_card\` char(18) DEFAULT NULL,
  \`note\` text,
  PRIMARY KEY (\`id\`),
  KEY \`idx\` (\`id_card\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES \`users\` WRITE;
INSERT INTO \`users\` VALUES (1,'张三','11010119900307663X','it\\'s; a \\"test\\"\\n'),(2,'O''Brien',NULL,_binary 'x'),(3,'李四','110101199003077318',0x6869);
UNLOCK TABLES;
`;

describe('SqlDumpParser', () => {
  it('reads mysqldump CREATE TABLE columns and extended INSERT rows with escapes', () => {
    const rows = rowsOf(parseAll(MYSQLDUMP));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      table: 'users',
      columns: ['id', 'name', 'id_card', 'note'],
      cells: ['1', '张三', '11010119900307663X', 'it\'s; a "test"\n'],
    });
    expect(rows[1]!.cells).toEqual(['2', "O'Brien", null, 'x']);
    expect(rows[2]!.cells).toEqual(['3', '李四', '110101199003077318', 'hi']);
  });

  it('gives the same rows whatever the chunk size', () => {
    const whole = rowsOf(parseAll(MYSQLDUMP));
    for (const size of [1, 2, 3, 7, 64]) expect(rowsOf(parseAll(MYSQLDUMP, size))).toEqual(whole);
  });

  it('reads pg_dump COPY blocks, with NULL and escapes, and no backslash escapes in pg INSERTs', () => {
    const dump = `--
-- PostgreSQL database dump
--
SET standard_conforming_strings = on;
CREATE TABLE public.customers (
    id integer NOT NULL,
    phone text,
    memo text
);
COPY public.customers (id, phone, memo) FROM stdin;
1\t13812345678\tline\\none
2\t\\N\ttab\\there
\\.
INSERT INTO public.customers VALUES (3, '13912345678', 'C:\\dir');
`;
    const rows = rowsOf(parseAll(dump, 5));
    expect(rows).toEqual([
      {
        table: 'public.customers',
        columns: ['id', 'phone', 'memo'],
        cells: ['1', '13812345678', 'line\none'],
      },
      { table: 'public.customers', columns: ['id', 'phone', 'memo'], cells: ['2', null, 'tab\there'] },
      { table: 'public.customers', columns: ['id', 'phone', 'memo'], cells: ['3', '13912345678', 'C:\\dir'] },
    ]);
  });

  it('uses the INSERT column list over the CREATE TABLE order', () => {
    const rows = rowsOf(parseAll('INSERT INTO t (b, a) VALUES (1, 2);'));
    expect(rows).toEqual([{ table: 't', columns: ['b', 'a'], cells: ['1', '2'] }]);
  });

  it('does not end a statement at a semicolon inside a string or a comment', () => {
    const rows = rowsOf(
      parseAll("/* a; b */ INSERT INTO t VALUES ('x;y');\n-- c; d\nINSERT INTO t VALUES ('z');"),
    );
    expect(rows.map((r) => r.cells)).toEqual([['x;y'], ['z']]);
  });

  it('a truncated dump yields the rows of its complete tuples', () => {
    const rows = rowsOf(parseAll("INSERT INTO t VALUES ('a'),('b'),('c"));
    expect(rows.map((r) => r.cells[0])).toEqual(['a', 'b', 'c']);
  });
});

describe('pieces', () => {
  it('parseCreateTable skips constraints and keeps quoted names', () => {
    expect(
      parseCreateTable(
        'CREATE TABLE IF NOT EXISTS "s"."T" ("手机" text, key_x int, CONSTRAINT pk PRIMARY KEY (a))',
      ),
    ).toEqual({ table: 's.T', columns: ['手机', 'key_x'] });
  });
  it('parseInsert handles REPLACE and INSERT IGNORE', () => {
    expect(parseInsert("REPLACE INTO t VALUES ('1')", true)?.rows).toEqual([['1']]);
    expect(parseInsert("INSERT IGNORE INTO `t` VALUES ('1')", true)?.table).toBe('t');
  });
  it('parseValues keeps function calls raw', () => {
    expect(parseValues("(NOW(), 'a', -1.5e3)", true)).toEqual([['NOW()', 'a', '-1.5e3']]);
  });
  it('copyField unescapes and knows NULL', () => {
    expect(copyField('\\N')).toBeNull();
    expect(copyField('a\\\\b')).toBe('a\\b');
  });
});
