/**
 * Migrations in code, schema builder only (DESIGN §7), run by Kysely's Migrator. Append new ones with a
 * later name; never edit one that has shipped.
 */
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import { HeguiError } from '../core/errors.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against the schema of their time, not today's */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_incidents': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('incidents')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('detected_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('grade', 'varchar(16)', (c) => c.notNull())
        .addColumn('operator', 'varchar(16)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('closed_at', 'varchar(40)')
        .addColumn('crime_suspected', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('host', 'text', (c) => c.notNull())
        .addColumn('affected_systems', 'text', (c) => c.notNull())
        .addColumn('findings', 'text', (c) => c.notNull())
        .addColumn('personal_info', 'text')
        .addColumn('attestations', 'text', (c) => c.notNull())
        .addColumn('extra', 'text', (c) => c.notNull())
        .addColumn('source_report', 'text')
        .execute();
      await db.schema
        .createTable('incident_timeline')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('incident_id', 'varchar(64)', (c) =>
          c.notNull().references('incidents.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addColumn('kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addUniqueConstraint('incident_timeline_seq', ['incident_id', 'seq'])
        .execute();
      await db.schema
        .createTable('incident_reports')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('incident_id', 'varchar(64)', (c) =>
          c.notNull().references('incidents.id').onDelete('cascade'),
        )
        .addColumn('duty', 'varchar(32)', (c) => c.notNull())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addColumn('recipient', 'text')
        .execute();
      await db.schema
        .createTable('drills')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addColumn('scenario', 'text', (c) => c.notNull())
        .addColumn('participants', 'text', (c) => c.notNull())
        .addColumn('notes', 'text')
        .execute();
      await db.schema.createIndex('incidents_detected_at').on('incidents').column('detected_at').execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['drills', 'incident_reports', 'incident_timeline', 'incidents'])
        await db.schema.dropTable(t).execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) };

/** Bring the schema to the latest migration; a store newer than this hegui is a coded error. */
export async function migrate(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'hegui_migration',
    migrationLockTableName: 'hegui_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : JSON.stringify(error);
    throw new HeguiError(
      'HEGUI_E_STORE',
      `the store's schema could not be brought up to date${failed ? ` (migration ${failed})` : ''}: ${message}`,
      { cause: error },
    );
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
