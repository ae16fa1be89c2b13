import type { FileLine } from '../../core/evidence.ts';

export interface PreloadSection {
  /** Libraries listed in /etc/ld.so.preload. */
  ldSoPreload: { library: string; where: FileLine }[];
  /** LD_PRELOAD set globally (/etc/environment, /etc/profile, /etc/profile.d/*, /etc/bash.bashrc, systemd system.conf DefaultEnvironment). */
  ldPreloadEnv: { value: string; where: FileLine }[];
}
