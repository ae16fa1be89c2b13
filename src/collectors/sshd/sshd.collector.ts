// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { SshdSection } from './sshd.types.ts';

export const sshdCollector = defineCollector({
  section: 'sshd',
  version: 0,
  collect: (): Promise<SshdSection> => Promise.resolve({ present: false, installed: false, global: [], matches: [], effective: {}, files: [] }),
});
