// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { ProcessesSection } from './processes.types.ts';

export const processesCollector = defineCollector({
  section: 'processes',
  version: 0,
  collect: (): Promise<ProcessesSection> => Promise.resolve({ processes: [], uptimeSeconds: null }),
});
