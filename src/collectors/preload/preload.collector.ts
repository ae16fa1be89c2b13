// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { PreloadSection } from './preload.types.ts';

export const preloadCollector = defineCollector({
  section: 'preload',
  version: 0,
  collect: (): Promise<PreloadSection> => Promise.resolve({ ldSoPreload: [], ldPreloadEnv: [] }),
});
