/**
 * The database sources against the real PostgreSQL (127.0.0.1:5432, user postgres, db test) and
 * MariaDB (127.0.0.1:3306, root) on this machine: each test creates its own schema or database with a
 * unique name and drops it afterwards.
 */
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeguiError } from '../../core/errors.ts';
import { InventoryBuilder } from '../inventory.ts';
import { databaseKind, displayUrl, scanDatabase } from './database.ts';
import { fakePeople } from './people.fixture.ts';
import { makeRecognition } from './recognition.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const people = fakePeople(30, 11, 10);
const suffix = randomBytes(4).toString('hex');
const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const MY_URL = 'mysql://root@127.0.0.1:3306';

async function inventory(url: string, rowLimit = 10_000) {
  const builder = new InventoryBuilder(NOW);
  await scanDatabase(
    url,
    { recognition: makeRecognition(NOW), builder },
    { rowLimit, connectTimeoutMs: 2000 },
  );
  return builder.build();
}

describe('PostgreSQL', () => {
  const schema = `hegui_pii_${suffix}`;
  const client = new pg.Client({ connectionString: PG_URL });
  beforeAll(async () => {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(
      `CREATE TABLE ${schema}.customers (id serial, "姓名" text, id_card text, phone text, pwd text)`,
    );
    for (const p of people) {
      await client.query(
        `INSERT INTO ${schema}.customers ("姓名", id_card, phone, pwd) VALUES ($1, $2, $3, $4)`,
        [p.name, p.id, p.phone, '$2y$10$abcdefghijklmnopqrstuuOIxmK2Xz0V2dJ1q3hH1VY0Gm2Jr9J3K'],
      );
    }
  });
  afterAll(async () => {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });

  it('reads tables from information_schema and counts the sampled rows', async () => {
    const inv = await inventory(PG_URL);
    const mine = inv.rows.filter((r) => r.table === `${schema}.customers`);
    const by = (f: string) => mine.find((r) => r.field === f);
    expect(by('id_card')).toMatchObject({
      kind: 'cn-id',
      records: 30,
      people: 30,
      minors: 3,
      sampled: false,
    });
    expect(by('phone')).toMatchObject({ kind: 'mobile', records: 30 });
    expect(by('姓名')).toMatchObject({ kind: 'name', records: 30 });
    expect(by('pwd')).toMatchObject({ kind: 'password', records: 0, protection: 'hash' });
    expect(by('id_card')?.location).toBe(
      `postgres://postgres@127.0.0.1:5432/test#${schema}.customers.id_card`,
    );
  });

  it('stops at the row limit and says the table was sampled', async () => {
    const inv = await inventory(PG_URL, 10);
    const row = inv.rows.find((r) => r.table === `${schema}.customers` && r.field === 'id_card');
    expect(row).toMatchObject({ records: 10, sampled: true });
  });

  it('reads inside a read-only transaction: the server refuses writes there', async () => {
    // The same statements scanDatabase issues, then a write that must fail.
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      await c.query('BEGIN READ ONLY');
      await expect(c.query(`INSERT INTO ${schema}.customers ("姓名") VALUES ('x')`)).rejects.toThrow(
        /read-only/,
      );
      await c.query('ROLLBACK');
    } finally {
      await c.end();
    }
    const count = await client.query(`SELECT count(*)::int AS n FROM ${schema}.customers`);
    expect(count.rows[0]).toEqual({ n: 30 });
  });

  it('a statement past the timeout is a gap of its table; the other tables are still read', async () => {
    await client.query(`CREATE VIEW ${schema}.a_slow AS SELECT pg_sleep(3)::text AS phone`);
    try {
      const builder = new InventoryBuilder(NOW);
      await scanDatabase(
        PG_URL,
        { recognition: makeRecognition(NOW), builder },
        { statementTimeoutMs: 300, connectTimeoutMs: 2000 },
      );
      const inv = builder.build();
      expect(inv.gaps.filter((g) => g.path.endsWith(`#${schema}.a_slow`))).toMatchObject([
        { reason: 'read-error', detail: expect.stringMatching(/statement timeout/) as unknown },
      ]);
      expect(inv.rows.find((r) => r.table === `${schema}.customers` && r.field === 'id_card')?.records).toBe(
        30,
      );
    } finally {
      await client.query(`DROP VIEW ${schema}.a_slow`);
    }
  });

  it('an unreachable server is a coded error', async () => {
    await expect(inventory('postgres://postgres@127.0.0.1:1/test')).rejects.toMatchObject({
      code: 'HEGUI_E_PII_DB',
    });
  });
});

describe('MariaDB', () => {
  const db = `hegui_pii_${suffix}`;
  let conn: mysql.Connection;
  beforeAll(async () => {
    conn = await mysql.createConnection({ uri: MY_URL });
    await conn.query(`CREATE DATABASE ${db} CHARACTER SET utf8mb4`);
    await conn.query(
      `CREATE TABLE ${db}.orders (id int auto_increment primary key, buyer varchar(32), mobile varchar(20), card varchar(32), addr varchar(128), note text)`,
    );
    for (const p of people) {
      await conn.query(`INSERT INTO ${db}.orders (buyer, mobile, card, addr, note) VALUES (?, ?, ?, ?, ?)`, [
        p.name,
        p.phone,
        p.card,
        '北京市东城区某街道1号',
        `身份证 ${p.id}`,
      ]);
    }
  });
  afterAll(async () => {
    await conn.query(`DROP DATABASE ${db}`);
    await conn.end();
  });

  it('reads one database named in the URL, columns by label, sample and free text', async () => {
    const inv = await inventory(`${MY_URL}/${db}`);
    const by = (f: string, kind: string) => inv.rows.find((r) => r.field === f && r.kind === kind);
    expect(by('mobile', 'mobile')).toMatchObject({
      records: 30,
      location: `mysql://root@127.0.0.1:3306/${db}#${db}.orders.mobile`,
    });
    expect(by('card', 'bank-card')).toMatchObject({
      records: 30,
      sensitive: expect.arrayContaining(['financial-account']) as unknown,
    });
    expect(by('note', 'cn-id')).toMatchObject({ records: 30, minors: 3 });
    expect(by('addr', 'address')?.records).toBe(30);
    expect(new Set(inv.rows.map((r) => r.table))).toEqual(new Set([`${db}.orders`]));
    expect(inv.totals.people).toBe(30);
  });

  it('an unreachable server is a coded error', async () => {
    const error = await inventory('mysql://root@127.0.0.1:1/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeguiError);
    expect((error as HeguiError).code).toBe('HEGUI_E_PII_DB');
  });
});

describe('URLs', () => {
  it('hides the password and knows the kinds', () => {
    expect(displayUrl('postgres://u:secret@h:5432/db?sslmode=require')).toBe('postgres://u@h:5432/db');
    expect(databaseKind('postgresql://h/db')).toBe('postgres');
    expect(databaseKind('mariadb://h/db')).toBe('mysql');
    expect(databaseKind('redis://h')).toBeUndefined();
  });
});
