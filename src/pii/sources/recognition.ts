/**
 * The recognisers as the sources use them (issue 4 item 1, src/pii/recognisers): free-text search, field
 * labels, and whole-value validation. Passed in rather than imported where used, so a source is a pure
 * function of its input and the recognition it is given.
 */
import { parseCnId } from '../recognisers/cn-id.ts';
import { classifyField, findAll, RECOGNISERS } from '../recognisers/index.ts';
import { parseMobile } from '../recognisers/mobile.ts';
import type { FieldClass, PiiKind, PiiMatch, Recogniser } from '../types.ts';

export interface Recognition {
  findAll(text: string): PiiMatch[];
  classifyField(label: string): FieldClass | undefined;
  /** By kind, the recogniser that validates whole values of the kind (absent: labels only, e.g. name). */
  byKind: ReadonlyMap<PiiKind, Recogniser>;
  /** Kinds whose structure alone (checksum, fixed format) makes an unlabelled value credible. */
  selfEvident: readonly PiiKind[];
  /**
   * Validate a whole value of `kind` and, for the kinds that identify a person, return its key (the
   * normalised ID number or phone) and an ID number's birth date. Undefined when not valid.
   */
  check(kind: PiiKind, value: string): { personKey?: string; birthDate?: string } | undefined;
}

const VALID = {};

/** Matches below this confidence are not counted (context words lowered them). */
export const MIN_CONFIDENCE = 0.5;

const SELF_EVIDENT: readonly PiiKind[] = ['cn-id', 'uscc', 'bank-card', 'mobile', 'email'];

export function makeRecognition(now?: Date, recognisers: readonly Recogniser[] = RECOGNISERS): Recognition {
  const byKind = new Map<PiiKind, Recogniser>();
  for (const r of recognisers) if (!byKind.has(r.kind)) byKind.set(r.kind, r);
  const today = (now ?? new Date()).toISOString().slice(0, 10);
  return {
    findAll: (text) => findAll(text, now).filter((m) => m.confidence >= MIN_CONFIDENCE),
    classifyField,
    byKind,
    selfEvident: SELF_EVIDENT.filter((k) => byKind.has(k)),
    check(kind, value) {
      // The person-identifying kinds parse once (no free-text scan per cell); the rest validate.
      if (kind === 'cn-id') {
        const info = parseCnId(value.trim().toUpperCase(), today);
        return info ? { personKey: info.id18, birthDate: info.birthDate } : undefined;
      }
      if (kind === 'mobile') {
        const phone = parseMobile(value);
        return phone === undefined ? undefined : { personKey: phone };
      }
      const r = byKind.get(kind);
      return r?.validate(value) ? VALID : undefined;
    },
  };
}
