// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { LoggingSection } from './logging.types.ts';

export const loggingCollector = defineCollector({
  section: 'logging',
  version: 0,
  collect: (): Promise<LoggingSection> => Promise.resolve({ rsyslog: { installed: false, authDestinations: [] }, journald: { storage: 'auto', persistentDirExists: false, where: null }, auditd: { installed: false, enabled: false, ruleCount: 0, where: null }, retention: [] }),
});
