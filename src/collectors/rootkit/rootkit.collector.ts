// PLACEHOLDER: replaced by the real collector.
import { defineCollector } from '../../core/collector.ts';
import type { RootkitSection } from './rootkit.types.ts';

export const rootkitCollector = defineCollector({
  section: 'rootkit',
  version: 0,
  collect: (): Promise<RootkitSection> => Promise.resolve({ signs: [] }),
});
