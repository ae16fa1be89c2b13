import type { FileLine } from '../../core/evidence.ts';

export interface PreloadSection {
  /** Libraries listed in /etc/ld.so.preload (names separated by blanks or ':', '#' comments). */
  ldSoPreload: { library: string; where: FileLine }[];
  /**
   * Non-empty LD_PRELOAD set globally: /etc/environment, /etc/security/pam_env.conf, /etc/profile,
   * /etc/profile.d/*.sh, /etc/bash.bashrc, /etc/bashrc, /etc/zsh/zshenv, /etc/zshenv, and systemd's
   * DefaultEnvironment= in /etc/systemd/system.conf and system.conf.d/*.conf.
   */
  ldPreloadEnv: { value: string; where: FileLine }[];
}
