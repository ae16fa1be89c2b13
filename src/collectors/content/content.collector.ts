// PLACEHOLDER: replaced by the real collector.
import { defineCollector } from '../../core/collector.ts';
import type { ContentSection } from './content.types.ts';

export const contentCollector = defineCollector({
  section: 'content',
  version: 0,
  collect: (): Promise<ContentSection> => Promise.resolve({ detections: [], stats: { files: 0, bytes: 0, skipped: 0, roots: [], webRoots: [] } }),
});
