/**
 * The incidents repository over the storage layer (src/storage): dialect-neutral, typed queries; JSON
 * parts as text; ids and timestamps come from the caller (the app), never from the database.
 */
import { randomBytes } from 'node:crypto';
import { HeguiError } from '../core/errors.ts';
import type { Report } from '../core/finding.ts';
import type { Db } from '../storage/db.ts';
import type { IncidentsTable } from '../storage/schema.ts';
import type { Drill, Grade, Incident, OperatorKind, ReportMade, TimelineEntry } from './model.ts';

/** A fresh id: `inc-` or `drill-` and 10 hex digits (short enough to type). */
export function newId(prefix: 'inc' | 'drill' | 'tl' | 'rep'): string {
  return `${prefix}-${randomBytes(prefix === 'inc' || prefix === 'drill' ? 5 : 8).toString('hex')}`;
}

export interface IncidentSummary {
  id: string;
  title: string;
  grade: Grade;
  operator: OperatorKind;
  status: Incident['status'];
  detectedAt: string;
  createdAt: string;
  closedAt?: string;
}

/** What `update` may change; absent keys stay as they are. */
export interface IncidentPatch {
  grade?: Grade;
  crimeSuspected?: boolean;
  insider?: Incident['insider'];
  attestations?: Record<string, boolean>;
  affectedSystems?: string[];
  personalInfo?: Incident['personalInfo'];
  eventCategory?: Incident['eventCategory'];
  reporter?: Incident['reporter'];
  title?: string;
}

/** Optional parts kept together in the `extra` JSON column. */
const EXTRA_KEYS = ['eventCategory', 'insider', 'reporter'] as const;
type Extra = Pick<Incident, (typeof EXTRA_KEYS)[number]>;

function extraOf(incident: Partial<Incident>): Extra {
  const out: Record<string, unknown> = {};
  for (const k of EXTRA_KEYS) if (incident[k] !== undefined) out[k] = incident[k];
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T names what the column holds
function json<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new HeguiError('HEGUI_E_STORE', `the stored ${what} is not valid JSON`, { cause: error });
  }
}

function rowOf(incident: Incident, sourceReport: Report | undefined): IncidentsTable {
  return {
    id: incident.id,
    title: incident.title,
    created_at: incident.createdAt,
    detected_at: incident.detectedAt,
    grade: incident.grade,
    operator: incident.operator,
    status: incident.status,
    closed_at: incident.closedAt ?? null,
    crime_suspected: incident.crimeSuspected ? 1 : 0,
    host: JSON.stringify(incident.host),
    affected_systems: JSON.stringify(incident.affectedSystems),
    findings: JSON.stringify(incident.findings),
    personal_info: incident.personalInfo === undefined ? null : JSON.stringify(incident.personalInfo),
    attestations: JSON.stringify(incident.attestations),
    extra: JSON.stringify(extraOf(incident)),
    source_report: sourceReport === undefined ? null : JSON.stringify(sourceReport),
  };
}

const summaryColumns = [
  'id',
  'title',
  'grade',
  'operator',
  'status',
  'detected_at',
  'created_at',
  'closed_at',
] as const;

export class IncidentStore {
  readonly #db: Db;
  readonly #now: () => Date;

  constructor(db: Db, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  /** Store a new incident, its timeline, reports and the scan report it came from. */
  async create(incident: Incident, sourceReport?: Report): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await trx.insertInto('incidents').values(rowOf(incident, sourceReport)).execute();
      if (incident.timeline.length > 0) {
        await trx
          .insertInto('incident_timeline')
          .values(
            incident.timeline.map((e, seq) => ({
              id: newId('tl'),
              incident_id: incident.id,
              seq,
              at: e.at,
              kind: e.kind,
              text: e.text,
            })),
          )
          .execute();
      }
      for (const r of incident.reports) {
        await trx
          .insertInto('incident_reports')
          .values({
            id: newId('rep'),
            incident_id: incident.id,
            duty: r.duty,
            at: r.at,
            recipient: r.to ?? null,
          })
          .execute();
      }
    });
  }

  async #row(id: string, db: Pick<Db, 'selectFrom'> = this.#db): Promise<IncidentsTable> {
    const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw new HeguiError('HEGUI_E_INCIDENT_NOT_FOUND', `no incident with id "${id}"`);
    return row;
  }

  /** The incident with its timeline, the reports made and every drill recorded. */
  async get(id: string): Promise<Incident> {
    const row = await this.#row(id);
    const [timeline, reports, drills] = await Promise.all([
      this.#db
        .selectFrom('incident_timeline')
        .select(['at', 'kind', 'text'])
        .where('incident_id', '=', id)
        .orderBy('seq')
        .execute(),
      this.#db
        .selectFrom('incident_reports')
        .select(['duty', 'at', 'recipient'])
        .where('incident_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute(),
      this.drills(),
    ]);
    const personalInfo =
      row.personal_info === null
        ? undefined
        : json<NonNullable<Incident['personalInfo']>>(row.personal_info, 'PI');
    return {
      id: row.id,
      title: row.title,
      createdAt: row.created_at,
      detectedAt: row.detected_at,
      grade: row.grade as Grade,
      operator: row.operator as OperatorKind,
      status: row.status as Incident['status'],
      ...(row.closed_at === null ? {} : { closedAt: row.closed_at }),
      host: json<Incident['host']>(row.host, 'host'),
      affectedSystems: json<string[]>(row.affected_systems, 'affected systems'),
      findings: json<Incident['findings']>(row.findings, 'findings'),
      ...(personalInfo === undefined ? {} : { personalInfo }),
      crimeSuspected: row.crime_suspected === 1,
      attestations: json<Record<string, boolean>>(row.attestations, 'attestations'),
      ...json<Extra>(row.extra, 'incident details'),
      // In time order (entries are stored in the order they were recorded; a report may be recorded late).
      timeline: timeline
        .map((t, seq) => ({
          seq,
          ms: Date.parse(t.at),
          e: { at: t.at, kind: t.kind as TimelineEntry['kind'], text: t.text },
        }))
        .sort((a, b) =>
          a.ms === b.ms || Number.isNaN(a.ms) || Number.isNaN(b.ms) ? a.seq - b.seq : a.ms - b.ms,
        )
        .map((t) => t.e),
      reports: reports.map((r) => ({
        duty: r.duty as ReportMade['duty'],
        at: r.at,
        ...(r.recipient === null ? {} : { to: r.recipient }),
      })),
      drills,
    };
  }

  /** The scan report the incident was opened from (for the containment checklist), when stored. */
  async sourceReport(id: string): Promise<Report | undefined> {
    const row = await this.#db
      .selectFrom('incidents')
      .select('source_report')
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) throw new HeguiError('HEGUI_E_INCIDENT_NOT_FOUND', `no incident with id "${id}"`);
    return row.source_report === null ? undefined : json<Report>(row.source_report, 'scan report');
  }

  /** Every incident, newest detection first. */
  async list(): Promise<IncidentSummary[]> {
    const rows = await this.#db
      .selectFrom('incidents')
      .select(summaryColumns)
      .orderBy('detected_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      grade: r.grade as Grade,
      operator: r.operator as OperatorKind,
      status: r.status as Incident['status'],
      detectedAt: r.detected_at,
      createdAt: r.created_at,
      ...(r.closed_at === null ? {} : { closedAt: r.closed_at }),
    }));
  }

  /** Change what the patch names and append the timeline entries, in one transaction. */
  async update(id: string, patch: IncidentPatch, entries: TimelineEntry[] = []): Promise<Incident> {
    await this.#db.transaction().execute(async (trx) => {
      const row = await this.#row(id, trx);
      const set: Partial<IncidentsTable> = {};
      if (patch.grade !== undefined) set.grade = patch.grade;
      if (patch.title !== undefined) set.title = patch.title;
      if (patch.crimeSuspected !== undefined) set.crime_suspected = patch.crimeSuspected ? 1 : 0;
      if (patch.affectedSystems !== undefined) set.affected_systems = JSON.stringify(patch.affectedSystems);
      if (patch.personalInfo !== undefined) set.personal_info = JSON.stringify(patch.personalInfo);
      if (patch.attestations !== undefined) {
        const before = json<Record<string, boolean>>(row.attestations, 'attestations');
        set.attestations = JSON.stringify({ ...before, ...patch.attestations });
      }
      const extraPatch = extraOf(patch);
      if (Object.keys(extraPatch).length > 0) {
        set.extra = JSON.stringify({ ...json<Extra>(row.extra, 'incident details'), ...extraPatch });
      }
      if (Object.keys(set).length > 0)
        await trx.updateTable('incidents').set(set).where('id', '=', id).execute();
      await this.#append(trx, id, entries);
    });
    return this.get(id);
  }

  async #append(trx: Db, id: string, entries: TimelineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const last = await trx
      .selectFrom('incident_timeline')
      .select((eb) => eb.fn.max<number | string | null>('seq').as('seq'))
      .where('incident_id', '=', id)
      .executeTakeFirst();
    const start = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1;
    await trx
      .insertInto('incident_timeline')
      .values(
        entries.map((e, i) => ({
          id: newId('tl'),
          incident_id: id,
          seq: start + i,
          at: e.at,
          kind: e.kind,
          text: e.text,
        })),
      )
      .execute();
  }

  /** Record a report or notice made; it stops the matching clock. */
  async recordReport(id: string, report: ReportMade, entry: TimelineEntry): Promise<Incident> {
    await this.#db.transaction().execute(async (trx) => {
      await this.#row(id, trx);
      await trx
        .insertInto('incident_reports')
        .values({
          id: newId('rep'),
          incident_id: id,
          duty: report.duty,
          at: report.at,
          recipient: report.to ?? null,
        })
        .execute();
      await this.#append(trx, id, [entry]);
    });
    return this.get(id);
  }

  /** Close the incident (closing twice keeps the first closing time). */
  async close(id: string, entry?: TimelineEntry): Promise<Incident> {
    const at = this.#now().toISOString();
    await this.#db.transaction().execute(async (trx) => {
      const row = await this.#row(id, trx);
      if (row.status === 'closed') return;
      await trx
        .updateTable('incidents')
        .set({ status: 'closed', closed_at: at })
        .where('id', '=', id)
        .execute();
      await this.#append(trx, id, [entry ?? { at, kind: 'closed', text: 'closed' }]);
    });
    return this.get(id);
  }

  async recordDrill(drill: Drill): Promise<string> {
    const id = newId('drill');
    await this.#db
      .insertInto('drills')
      .values({
        id,
        at: drill.at,
        scenario: drill.scenario,
        participants: JSON.stringify(drill.participants),
        notes: drill.notes ?? null,
      })
      .execute();
    return id;
  }

  /** Every drill recorded, oldest first. */
  async drills(): Promise<Drill[]> {
    const rows = await this.#db.selectFrom('drills').selectAll().orderBy('at').orderBy('id').execute();
    return rows.map((r) => ({
      at: r.at,
      scenario: r.scenario,
      participants: json<string[]>(r.participants, 'drill participants'),
      ...(r.notes === null ? {} : { notes: r.notes }),
    }));
  }
}
