// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { ServicesSection } from './services.types.ts';

export const servicesCollector = defineCollector({
  section: 'services',
  version: 0,
  collect: (): Promise<ServicesSection> => Promise.resolve({ units: [] }),
});
