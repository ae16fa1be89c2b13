import type { FileLine } from '../../core/evidence.ts';

export interface SshdSetting {
  /**
   * Keyword in lower case ("permitrootlogin"). Deprecated aliases are folded into the current keyword
   * (challengeresponseauthentication → kbdinteractiveauthentication); `written` keeps the original.
   */
  key: string;
  /** The arguments as written, trailing comment removed ("prohibit-password", ".ssh/authorized_keys %h/.ssh/extra"). */
  value: string;
  /** The keyword as written, when it differs from `key` beyond case (an alias). */
  written?: string;
  where: FileLine;
}

export interface SshdMatchBlock {
  /** The criteria as written ("User deploy Address 10.0.0.0/8"). */
  criteria: string;
  where: FileLine;
  /** Settings in file order, Include files inside the block expanded in place. */
  settings: SshdSetting[];
}

export interface SshdEffective {
  value: string;
  /** null when the value is OpenSSH's compiled-in default. */
  where: FileLine | null;
}

export interface SshdSection {
  /** False when no sshd_config exists (no SSH server configured). */
  present: boolean;
  /** Whether the openssh-server binary is present (/usr/sbin/sshd). */
  installed: boolean;
  /** Global settings in file order, Include files expanded in place. */
  global: SshdSetting[];
  matches: SshdMatchBlock[];
  /** Effective global value per keyword (first value wins, as sshd does), defaults filled in. */
  effective: Record<string, SshdEffective>;
  /** Files read, in order (main file, then Includes). */
  files: string[];
  /**
   * Config files that exist but could not be read (permission, binary, cycle, …; each is also a gap).
   * When non-empty the effective values may be wrong, so checks must not draw conclusions from them.
   */
  unread: string[];
}
