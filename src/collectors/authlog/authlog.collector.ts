// PLACEHOLDER: replaced by the real collector.
import { defineCollector } from '../../core/collector.ts';
import type { AuthLogSection } from './authlog.types.ts';

export const authlogCollector = defineCollector({
  section: 'authlog',
  version: 0,
  collect: (): Promise<AuthLogSection> => Promise.resolve({ events: [] }),
});
