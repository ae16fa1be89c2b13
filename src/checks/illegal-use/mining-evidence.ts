/**
 * Shared by the mining checks over content detections: grouping per file, the severity of a place, and
 * the citations (catalogue §9 rows 1 and 2: the operator's duties under the NDRC mining notice and the
 * incident duties; the intruder's exposure under Criminal Law Art. 285(2) when nobody installed the miner).
 */
import type { Detection } from '../../detectors/detector.ts';
import type { Severity } from '../../core/finding.ts';
import { hiddenComponent, tempDirOf } from '../processes/process-facts.ts';
import type { LegalRef } from '../../legal/types.ts';

export const MINING_LEGAL: readonly LegalRef[] = [
  { provision: 'mining2021' },
  { provision: 'csl-23', clause: '2' },
  { provision: 'csl-27' },
  { provision: 'cl-285', clause: '2', party: 'intruder' },
];

/** Critical in a temporary or hidden place (where intruders drop miners), high elsewhere. */
export function placeSeverity(path: string): Severity {
  return tempDirOf(path) !== null || hiddenComponent(path) !== null ? 'critical' : 'high';
}

/** The detections of the mining detector with one of these rules, grouped by file (sorted by path). */
export function miningByPath(
  detections: readonly Detection[],
  rules: readonly string[],
): Map<string, Detection[]> {
  const byPath = new Map<string, Detection[]>();
  for (const d of detections) {
    if (d.detector !== 'mining' || !rules.includes(d.rule)) continue;
    const list = byPath.get(d.path);
    if (list) list.push(d);
    else byPath.set(d.path, [d]);
  }
  return new Map([...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
