import type { Report } from '../../core/finding.ts';
import type { CaptureSummary, Clock, ContainmentItem, Incident, LiabilityPoint } from '../model.ts';

export type DocumentKind = 'report' | 'notice' | 'police' | 'plan';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['report', 'notice', 'police', 'plan'];

export interface DocumentInput {
  incident: Incident;
  clocks: Clock[];
  checklist: ContainmentItem[];
  liability: LiabilityPoint[];
  report?: Report;
  /** The evidence capture's manifest, when one was made: the police summary lists its hashes. */
  capture?: CaptureSummary;
}

export interface DocumentOptions {
  lang: 'zh' | 'en';
  format: 'md' | 'html' | 'pdf';
  now: Date;
}
