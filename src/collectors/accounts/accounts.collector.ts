// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { AccountsSection } from './accounts.types.ts';

export const accountsCollector = defineCollector({
  section: 'accounts',
  version: 0,
  collect: (): Promise<AccountsSection> => Promise.resolve({ users: [], shadow: [], groups: [], sudo: [], shadowPresent: false }),
});
