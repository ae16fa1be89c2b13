// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { SshKeysSection } from './sshkeys.types.ts';

export const sshkeysCollector = defineCollector({
  section: 'sshkeys',
  version: 0,
  collect: (): Promise<SshKeysSection> => Promise.resolve({ files: [] }),
});
