/**
 * A legal provision as data (DESIGN §6). Summaries are our own words, written from
 * shared/law/catalogue.md; no law text is pasted.
 */
export type LawCode =
  | 'csl'
  | 'dsl'
  | 'pipl'
  | 'cl'
  | 'ndsr'
  | 'iism'
  | 'intlreg'
  | 'intlsec'
  | 'xborder'
  | 'desa'
  | 'irm'
  | 'copyright'
  | 'telecom'
  | 'mining2021'
  | 'cisr'
  | 'afz'
  | 'ciir';

export type Liability = 'administrative' | 'civil' | 'criminal';

/** Verification status from the catalogue; only V-TEXT and V-OFF may be printed as fact. */
export type Status = 'V-TEXT' | 'V-OFF' | 'V-2ND' | 'UNVERIFIED';

export interface Text {
  zh: string;
  en: string;
}

export type DutyHolder =
  | 'network-operator'
  | 'cii-operator'
  | 'pi-handler'
  | 'data-handler'
  | 'service-provider'
  | 'anyone';

/** An article number valid over a period; the one in force on the scan date is printed. */
export interface Numbering {
  article: string;
  /** ISO date from which this number applies (inclusive); absent = since enactment. */
  from?: string;
  /** ISO date until which this number applied (inclusive); absent = still in force. */
  until?: string;
}

export interface Penalty {
  text: Text;
  status: Status;
}

export interface Provision {
  id: string;
  law: LawCode;
  /** Article numbers over time, newest first. A notice without articles has an empty list. */
  numbering: Numbering[];
  effective: string;
  title: Text;
  summary: Text;
  duties: DutyHolder[];
  liability: Liability[];
  penalties: Penalty[];
  status: Status;
  /** Source key from the catalogue's "Sources actually read" table (S-CSL, S-CL, …). */
  source: string;
}

export interface LegalRef {
  provision: string;
  clause?: string;
}
