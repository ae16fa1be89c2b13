// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { HostSection } from './host.types.ts';

export const hostCollector = defineCollector({
  section: 'host',
  version: 0,
  collect: (): Promise<HostSection> => Promise.resolve({ hostname: null, os: { id: null, versionId: null, prettyName: null, where: null }, kernel: { release: null, version: null } }),
});
