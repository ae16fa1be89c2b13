// PLACEHOLDER: replaced by the real collector (parsers in parse-*.ts, fixtures, tests).
import { defineCollector } from '../../core/collector.ts';
import type { FirewallSection } from './firewall.types.ts';

export const firewallCollector = defineCollector({
  section: 'firewall',
  version: 0,
  collect: (): Promise<FirewallSection> => Promise.resolve({ rulesets: [], liveRead: false, defaultDrop: { ipv4: false, ipv6: false }, openPorts: [] }),
});
