import type { FileLine } from '../../core/evidence.ts';

export interface ServiceUnit {
  /** The unit name ("nginx.service", "certbot.timer") or, for SysV, the init script name ("apache2"). */
  name: string;
  /** The unit file that was read (for SysV: the init script an rc link points to). */
  path: string;
  /** Enabled = linked from a *.wants or *.requires directory under /etc/systemd/system (or a SysV rc S link). */
  enabled: boolean;
  wantedBy: string[];
  /** ExecStart= lines after drop-ins, prefixes (`-@+!`) stripped; for SysV "/etc/init.d/NAME start". */
  execStart: { command: string; where: FileLine }[];
  user: string | null;
  /** Where the unit comes from: a systemd unit file, or a SysV init script linked from /etc/rc[2-5].d. */
  source?: 'systemd' | 'sysv';
  /** The unit file is a link to /dev/null: it cannot start. */
  masked?: boolean;
  /** Drop-in files applied, in the order systemd applies them. */
  dropIns?: string[];
  /** Other command settings of [Service] (ExecStartPre=, ExecStartPost=, ExecStop=, …), after drop-ins. */
  exec?: { setting: string; command: string; where: FileLine }[];
}

export interface ServicesSection {
  units: ServiceUnit[];
}
