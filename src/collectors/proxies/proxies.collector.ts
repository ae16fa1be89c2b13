// PLACEHOLDER: replaced by the real collector.
import { defineCollector } from '../../core/collector.ts';
import type { ProxiesSection } from './proxies.types.ts';

export const proxiesCollector = defineCollector({
  section: 'proxies',
  version: 0,
  collect: (): Promise<ProxiesSection> => Promise.resolve({ services: [] }),
});
