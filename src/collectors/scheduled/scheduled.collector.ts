// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { ScheduledSection } from './scheduled.types.ts';

export const scheduledCollector = defineCollector({
  section: 'scheduled',
  version: 0,
  collect: (): Promise<ScheduledSection> => Promise.resolve({ tasks: [] }),
});
