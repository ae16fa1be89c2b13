/**
 * Shared, pure helpers of the logging checks: the legal minimum, and the retention hits for one kind
 * of log file, grouped so that logs rotated by the same block with the same figure make one finding.
 */
import type { Hit } from '../../core/check.ts';
import type { LoggingSection, LogKind, LogRetention } from '../../collectors/logging/logging.types.ts';
import { PERIOD_DAYS } from '../../collectors/logging/parse-logrotate.ts';

/** CSL Art. 23 item 3: network logs kept at least six months; 180 days is the floor we apply. */
export const REQUIRED_DAYS = 180;

/** The logrotate change that brings a block to at least 180 days, in config terms. */
export function rotationChange(r: LogRetention): { period: string; change: string } {
  const rotation = r.rotation;
  if (!rotation || rotation.criterion === 'size') return { period: 'weekly', change: 'rotate 26' };
  const changes: string[] = [];
  const periodDays = PERIOD_DAYS[rotation.criterion];
  if (rotation.rotate >= 0 && Math.floor(periodDays * rotation.rotate) < REQUIRED_DAYS)
    changes.push(`rotate ${Math.ceil(REQUIRED_DAYS / periodDays)}`);
  if (rotation.maxage !== null && rotation.maxage < REQUIRED_DAYS) changes.push(`maxage ${REQUIRED_DAYS}`);
  if (changes.length === 0) changes.push(`rotate ${Math.ceil(REQUIRED_DAYS / periodDays)}`);
  return { period: rotation.criterion, change: changes.join(' + ') };
}

export type RetentionMessage = 'tooShort' | 'tooShortAtMost';

/** Hits for every log of `kind` kept fewer than 180 days; a log with no figure (not rotated, size-based) never fails. */
export function retentionHits(logging: LoggingSection, kind: LogKind): Hit<RetentionMessage>[] {
  const short = logging.retention.filter((r) => r.kind === kind && r.days !== null && r.days < REQUIRED_DAYS);
  const groups = new Map<string, LogRetention[]>();
  for (const r of short) {
    const key = JSON.stringify([r.where.path, r.where.line ?? 0, r.days, r.basis, r.atMost]);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    const { period, change } = rotationChange(first);
    return {
      messageId: first.atMost ? 'tooShortAtMost' : 'tooShort',
      data: {
        logs: list.map((r) => r.log).join(', '),
        days: first.days!,
        basis: first.basis,
        required: REQUIRED_DAYS,
        config: first.where.path,
        period,
        change,
      },
      where: [first.where],
    };
  });
}

/** Is there a persistent local or remote record of authentication events? */
export function authRecords(logging: LoggingSection): { rsyslog: boolean; journal: boolean } {
  return {
    rsyslog: logging.rsyslog.authDestinations.length > 0,
    journal: logging.journald.installed && logging.journald.effectiveStorage === 'persistent',
  };
}
