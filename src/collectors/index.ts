/** The explicit collector registry (DESIGN §9.3): no directory scanning at run time. */
import type { Collector } from '../core/collector.ts';
import type { SectionName } from '../core/evidence.ts';
import { hostCollector } from './host/host.collector.ts';
import { accountsCollector } from './accounts/accounts.collector.ts';
import { sshdCollector } from './sshd/sshd.collector.ts';
import { sshkeysCollector } from './sshkeys/sshkeys.collector.ts';
import { scheduledCollector } from './scheduled/scheduled.collector.ts';
import { servicesCollector } from './services/services.collector.ts';
import { processesCollector } from './processes/processes.collector.ts';
import { socketsCollector } from './sockets/sockets.collector.ts';
import { firewallCollector } from './firewall/firewall.collector.ts';
import { loggingCollector } from './logging/logging.collector.ts';
import { preloadCollector } from './preload/preload.collector.ts';
import { packagesCollector } from './packages/packages.collector.ts';
import { authlogCollector } from './authlog/authlog.collector.ts';
import { proxiesCollector } from './proxies/proxies.collector.ts';
import { rootkitCollector } from './rootkit/rootkit.collector.ts';
import { contentCollector } from './content/content.collector.ts';
import { licencesCollector } from './licences/licences.collector.ts';
import { piiCollector } from './pii/pii.collector.ts';

export const COLLECTORS: { [S in SectionName]: Collector<S> } = {
  host: hostCollector,
  accounts: accountsCollector,
  sshd: sshdCollector,
  sshkeys: sshkeysCollector,
  scheduled: scheduledCollector,
  services: servicesCollector,
  processes: processesCollector,
  sockets: socketsCollector,
  firewall: firewallCollector,
  logging: loggingCollector,
  preload: preloadCollector,
  packages: packagesCollector,
  authlog: authlogCollector,
  proxies: proxiesCollector,
  rootkit: rootkitCollector,
  content: contentCollector,
  licences: licencesCollector,
  pii: piiCollector,
};
