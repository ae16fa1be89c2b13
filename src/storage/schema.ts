/** The tables of the local store, as Kysely sees them (kept in step with migrations.ts). */

export interface IncidentsTable {
  id: string;
  title: string;
  created_at: string;
  detected_at: string;
  grade: string;
  operator: string;
  status: string;
  closed_at: string | null;
  /** 0 or 1. */
  crime_suspected: number;
  /** JSON text of Incident['host']. */
  host: string;
  /** JSON text: string[]. */
  affected_systems: string;
  /** JSON text: IncidentFinding[]. */
  findings: string;
  /** JSON text of Incident['personalInfo'], or null. */
  personal_info: string | null;
  /** JSON text: Record<string, boolean>. */
  attestations: string;
  /** JSON text of the optional parts not kept in columns (insider, eventCategory, reporter, …). */
  extra: string;
  /** JSON text of the scan report the incident was opened from, or null. */
  source_report: string | null;
}

export interface TimelineTable {
  id: string;
  incident_id: string;
  seq: number;
  at: string;
  kind: string;
  text: string;
}

export interface ReportsMadeTable {
  id: string;
  incident_id: string;
  duty: string;
  at: string;
  recipient: string | null;
}

export interface DrillsTable {
  id: string;
  at: string;
  scenario: string;
  /** JSON text: string[]. */
  participants: string;
  notes: string | null;
}

export interface Database {
  incidents: IncidentsTable;
  incident_timeline: TimelineTable;
  incident_reports: ReportsMadeTable;
  drills: DrillsTable;
}
