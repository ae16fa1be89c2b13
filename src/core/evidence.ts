/**
 * The evidence bundle: what collectors read off a host, in host paths only.
 * Checks are pure functions of its sections (DESIGN §1), so a stored bundle re-evaluates identically.
 */
import type { LicencesSection } from '../collectors/licences/licences.types.ts';
import type { AccountsSection } from '../collectors/accounts/accounts.types.ts';
import type { AuthLogSection } from '../collectors/authlog/authlog.types.ts';
import type { ContentSection } from '../collectors/content/content.types.ts';
import type { FirewallSection } from '../collectors/firewall/firewall.types.ts';
import type { HostSection } from '../collectors/host/host.types.ts';
import type { LoggingSection } from '../collectors/logging/logging.types.ts';
import type { PackagesSection } from '../collectors/packages/packages.types.ts';
import type { PiiSection } from '../collectors/pii/pii.types.ts';
import type { PreloadSection } from '../collectors/preload/preload.types.ts';
import type { ProcessesSection } from '../collectors/processes/processes.types.ts';
import type { ProxiesSection } from '../collectors/proxies/proxies.types.ts';
import type { RootkitSection } from '../collectors/rootkit/rootkit.types.ts';
import type { ScheduledSection } from '../collectors/scheduled/scheduled.types.ts';
import type { ServicesSection } from '../collectors/services/services.types.ts';
import type { SocketsSection } from '../collectors/sockets/sockets.types.ts';
import type { SshKeysSection } from '../collectors/sshkeys/sshkeys.types.ts';
import type { SshdSection } from '../collectors/sshd/sshd.types.ts';

export const BUNDLE_SCHEMA_VERSION = 1;

/** A location on the scanned host: a file (1-based line), a process, or a socket. */
export type Where =
  { path: string; line?: number } | { pid: number; command: string } | { socket: string; pid?: number };

/** A file position; parsers attach one to every fact they produce. */
export interface FileLine {
  path: string;
  line?: number;
}

export type GapReason =
  | 'permission-denied'
  | 'too-large'
  | 'read-error'
  | 'not-a-file'
  | 'symlink-loop'
  | 'binary'
  | 'truncated'
  | 'include-cycle'
  | 'command-failed'
  | 'timeout'
  | 'collector-error';

/** Evidence that could not be read completely. A check needing this section cannot pass. */
export interface Gap {
  section: SectionName;
  path: string;
  reason: GapReason;
  detail?: string;
  /**
   * The one field this gap leaves unknown ("owner" of a socket, "cwd" of a process), when the section's
   * facts are otherwise complete. Absent: the section itself may be incomplete. A check that does not
   * use the field declares it in `tolerates` and is not held back by the gap.
   */
  field?: string;
}

export interface Sections {
  host: HostSection;
  accounts: AccountsSection;
  sshd: SshdSection;
  sshkeys: SshKeysSection;
  scheduled: ScheduledSection;
  services: ServicesSection;
  processes: ProcessesSection;
  sockets: SocketsSection;
  firewall: FirewallSection;
  logging: LoggingSection;
  preload: PreloadSection;
  packages: PackagesSection;
  authlog: AuthLogSection;
  proxies: ProxiesSection;
  rootkit: RootkitSection;
  content: ContentSection;
  licences: LicencesSection;
  pii: PiiSection;
}

export type SectionName = keyof Sections;

export interface EvidenceBundle {
  schemaVersion: typeof BUNDLE_SCHEMA_VERSION;
  tool: { name: 'hegui'; version: string };
  /** The root as given by the user ("/" for a live host). */
  root: string;
  live: boolean;
  collectedAt: string;
  /** Section versions, bumped when a collector's output shape or meaning changes. */
  versions: Partial<Record<SectionName, number>>;
  sections: Partial<Sections>;
  gaps: Gap[];
}
