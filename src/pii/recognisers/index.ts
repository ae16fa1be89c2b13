/**
 * The recognisers of personal information (issue 4, item 1): a registry of one recogniser per kind
 * found in free text, `findAll` (one pass over the text for every kind, overlaps resolved: the longest
 * validated match wins), and `classifyField` for the kinds known only from a field's label.
 * Stable API for the redaction, secrets, sources and inventory modules.
 */
import type { FieldClass, PiiKind, PiiMatch, Recogniser } from '../types.ts';
import { parseBankCard } from './bank-card.ts';
import { parseCnId } from './cn-id.ts';
import { isDocument } from './documents.ts';
import { isEmail } from './email.ts';
import { classifyField as classifyFieldLabel } from './fields.ts';
import { isIp } from './ip.ts';
import { parseLandline } from './landline.ts';
import { parseMobile } from './mobile.ts';
import { parsePlate } from './plate.ts';
import { compactUscc, parseUscc } from './uscc.ts';
import { resolveOverlaps, scanText, type ScanOptions } from './scan.ts';

export { scanText, resolveOverlaps, DEFAULT_MIN_CONFIDENCE, type ScanOptions } from './scan.ts';

function recogniser(kind: PiiKind, validate: (value: string) => boolean): Recogniser {
  return {
    kind,
    find: (text) => scanText(text).filter((m) => m.kind === kind),
    validate,
  };
}

/** One recogniser per kind that can be found in free text (the others come from field labels). */
export const RECOGNISERS: readonly Recogniser[] = [
  recogniser('cn-id', (v) => parseCnId(v.trim().toUpperCase()) !== undefined),
  recogniser('uscc', (v) => parseUscc(compactUscc(v)) !== undefined),
  recogniser('mobile', (v) => parseMobile(v) !== undefined),
  recogniser('landline', (v) => parseLandline(v) !== undefined),
  recogniser('bank-card', (v) => parseBankCard(v) !== undefined),
  recogniser('email', isEmail),
  recogniser('passport', (v) => isDocument('passport', v)),
  recogniser('hk-macau-permit', (v) => isDocument('hk-macau-permit', v)),
  recogniser('taiwan-permit', (v) => isDocument('taiwan-permit', v)),
  recogniser('licence-plate', (v) => parsePlate(v) !== undefined),
  recogniser('ip-address', isIp),
];

/**
 * Every validated match in `text` with confidence ≥ 0.5 (look-alike context drops a match below it),
 * overlaps resolved, sorted by offset. `now` is "today" for birth dates (defaults to the clock).
 */
export function findAll(text: string, now?: Date): PiiMatch[] {
  const options: ScanOptions = now === undefined ? {} : { now };
  return resolveOverlaps(scanText(text, options));
}

/** The kind a field label (CSV header, JSON key, SQL column, `姓名：`) is about, if personal. */
export function classifyField(label: string): FieldClass | undefined {
  return classifyFieldLabel(label);
}
