// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { PackagesSection } from './packages.types.ts';

export const packagesCollector = defineCollector({
  section: 'packages',
  version: 0,
  collect: (): Promise<PackagesSection> => Promise.resolve({ manager: 'none', packages: [] }),
});
