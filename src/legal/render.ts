// PLACEHOLDER signature; the legal catalogue work replaces the body.
import type { FindingLegal } from '../core/finding.ts';
import type { LegalRef } from './types.ts';

export function legalForFinding(ref: LegalRef, _lang: 'zh' | 'en', _scanDate: string): FindingLegal {
  return { provision: ref.provision, ...(ref.clause ? { clause: ref.clause } : {}), liability: [], citation: ref.provision };
}
