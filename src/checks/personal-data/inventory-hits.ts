/**
 * Shared by the personal-data checks: inventory rows and tiers (src/pii/inventory.ts) as hits, with
 * the data their messages and remediations use (language-neutral: kind and group ids, counts, places).
 */
import type { Hit } from '../../core/check.ts';
import type { Where } from '../../core/evidence.ts';
import type { PiiSection } from '../../collectors/pii/pii.types.ts';
import type { InventoryRow, TierAssessment } from '../../pii/inventory.ts';

function whereOf(row: InventoryRow): Where {
  // Files are places on the host; a database location is not, and is named in the message only.
  return { path: row.location };
}

export function rowHits<M extends string>(
  pii: PiiSection,
  filter: (row: InventoryRow) => boolean,
  messageId: M,
): Hit<M>[] {
  return pii.rows
    .filter((r) => r.records > 0 && filter(r))
    .map((r) => ({
      messageId,
      data: {
        location: r.location,
        path: r.source,
        records: r.records,
        people: r.people,
        minors: r.minors,
        kind: r.kind,
        groups: r.sensitive.join(', '),
        protected: r.protectedRecords,
      },
      where: [whereOf(r)],
    }));
}

export type TierMessage = 'volume' | 'volumeTenfold' | 'combined';

/**
 * One hit per 2017-interpretation tier the plaintext volume may meet (the proportional combination
 * only when no single tier is met); ten times a threshold is the "especially serious" level.
 */
export function tierHits(pii: PiiSection): Hit<TierMessage>[] {
  const met = pii.tiers.filter((t) => t.mayMeet && t.provision === 'cl-253-1');
  const single = met.filter((t) => t.id !== 'i2017-combined');
  const chosen: TierAssessment[] = single.length > 0 ? single : met;
  return chosen.map((t) => {
    const rows = pii.rows.filter((r) => r.records > 0 && t.kinds.includes(r.kind)).slice(0, 10);
    const tenfold = t.id !== 'i2017-combined' && t.count >= t.threshold * 10;
    return {
      messageId: t.id === 'i2017-combined' ? 'combined' : tenfold ? 'volumeTenfold' : 'volume',
      data: {
        count: t.count,
        threshold: tenfold ? t.threshold * 10 : t.threshold,
        kinds: t.kinds.join(', '),
        locations: rows.map((r) => r.location).join(', '),
        path: rows[0]?.source ?? '',
      },
      where: rows.map(whereOf),
    };
  });
}
