// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { SocketsSection } from './sockets.types.ts';

export const socketsCollector = defineCollector({
  section: 'sockets',
  version: 0,
  collect: (): Promise<SocketsSection> => Promise.resolve({ sockets: [] }),
});
