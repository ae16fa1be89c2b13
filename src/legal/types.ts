/**
 * A legal provision as data (DESIGN §6). Summaries are our own words, written from
 * shared/law/catalogue.md; no law text is pasted. Every statement that could be printed as a fact
 * carries the catalogue's verification status, and the renderer decides how to print it (CONTRACT §4).
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
  | 'important-data-handler'
  | 'service-provider'
  | 'product-provider'
  | 'networking-unit'
  | 'information-service-provider'
  | 'telecom-operator'
  | 'system-user'
  | 'data-centre'
  | 'anyone';

/** An article number valid over a period; the one in force on the scan date is printed. */
export interface Numbering {
  /** As in the id: '23', '253-1' (之一). */
  article: string;
  /** ISO date from which this number applies (inclusive); absent = since enactment. */
  from?: string;
  /** ISO date until which this number applied (inclusive); absent = still in force. */
  until?: string;
}

/** A period of conduct (inclusive ISO dates); absent bounds are open. */
export interface Period {
  from?: string;
  until?: string;
}

/** How the sub-divisions of an article are counted: 项 (items) or 款 (paragraphs). */
export type ClauseUnit = 'item' | 'paragraph';

/** A statement with its own verification status. */
export interface Fact {
  text: Text;
  /**
   * What the statement is about, phrased as a topic or question that asserts nothing. Printed in place
   * of `text` when the status is UNVERIFIED (required then for notes; penalties use `under`).
   */
  about?: Text;
  status: Status;
  /** Source key when it differs from the provision's (e.g. a judicial interpretation). */
  source?: string;
}

/**
 * A penalty, a penalty tier or a criminal threshold. `under` names where it comes from
 * (an article, an interpretation) and must itself be safe to print.
 */
export interface Penalty extends Fact {
  under: Text;
  /** The conduct the penalty applies to, by date (the CSL changed its penalties on 2026-01-01). */
  conduct?: Period;
}

export interface Clause {
  summary: Text;
  /** When a clause carries a narrower liability than the whole provision. */
  liability?: readonly Liability[];
}

export interface Provision {
  id: string;
  law: LawCode;
  /** The law's full name. */
  title: Text;
  /** The short name used in citations: 网络安全法 / Cybersecurity Law. */
  shortTitle: Text;
  /** A document number, for instruments cited without articles (发改运行〔2021〕1283号). */
  document?: Text;
  /** Article numbers over time, newest first. A notice without articles has an empty list. */
  numbering: readonly Numbering[];
  clauseUnit: ClauseUnit;
  /** The clauses that checks cite, summarised in our own words. */
  clauses?: Readonly<Record<string, Clause>>;
  /** ISO date from which the provision (in the wording catalogued) is in force. */
  effective: string;
  /** An amendment that changed the numbering or the penalties. */
  amended?: { adopted: string; effective: string };
  /** A short heading for lists. */
  heading: Text;
  summary: Text;
  duties: readonly DutyHolder[];
  liability: readonly Liability[];
  penalties: readonly Penalty[];
  /** Further status-tagged facts (deadlines, open questions). */
  notes?: readonly Fact[];
  status: Status;
  /** Source key from the catalogue's "Sources actually read" table (S-CSL, S-CL, …). */
  source: string;
  /** Other provisions worth reading with this one. */
  related?: readonly string[];
}

/**
 * Who a citation is about. `operator`: the server's operator bears the duty and the liability (default).
 * `intruder`: the conduct a finding suggests is someone else's (an intrusion); the citation describes
 * what that person's conduct may meet, never a liability of the operator.
 */
export type Party = 'operator' | 'intruder';

export interface LegalRef {
  provision: string;
  clause?: string;
  party?: Party;
}
