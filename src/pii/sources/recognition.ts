/**
 * The recognisers as the sources use them (issue 4 item 1, src/pii/recognisers): free-text search, field
 * labels, and whole-value validation. Passed in rather than imported where used, so a source is a pure
 * function of its input and the recognition it is given.
 */
import { classifyField, findAll, RECOGNISERS } from '../recognisers/index.ts';
import type { FieldClass, PiiKind, PiiMatch, Recogniser } from '../types.ts';

export interface Recognition {
  findAll(text: string): PiiMatch[];
  classifyField(label: string): FieldClass | undefined;
  /** By kind, the recogniser that validates whole values of the kind (absent: labels only, e.g. name). */
  byKind: ReadonlyMap<PiiKind, Recogniser>;
  /** Kinds whose structure alone (checksum, fixed format) makes an unlabelled value credible. */
  selfEvident: readonly PiiKind[];
}

/** Matches below this confidence are not counted (context words lowered them). */
export const MIN_CONFIDENCE = 0.5;

const SELF_EVIDENT: readonly PiiKind[] = ['cn-id', 'uscc', 'bank-card', 'mobile', 'email'];

export function makeRecognition(now?: Date, recognisers: readonly Recogniser[] = RECOGNISERS): Recognition {
  const byKind = new Map<PiiKind, Recogniser>();
  for (const r of recognisers) if (!byKind.has(r.kind)) byKind.set(r.kind, r);
  return {
    findAll: (text) => findAll(text, now).filter((m) => m.confidence >= MIN_CONFIDENCE),
    classifyField,
    byKind,
    selfEvident: SELF_EVIDENT.filter((k) => byKind.has(k)),
  };
}
