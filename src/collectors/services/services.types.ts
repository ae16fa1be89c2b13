import type { FileLine } from '../../core/evidence.ts';

export interface ServiceUnit {
  name: string;
  path: string;
  /** Enabled = linked from a *.wants directory under /etc/systemd/system (or a SysV rc link). */
  enabled: boolean;
  wantedBy: string[];
  execStart: { command: string; where: FileLine }[];
  user: string | null;
}

export interface ServicesSection {
  units: ServiceUnit[];
}
