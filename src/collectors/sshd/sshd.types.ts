import type { FileLine } from '../../core/evidence.ts';

export interface SshdSetting {
  /** Keyword in lower case ("permitrootlogin"). */
  key: string;
  value: string;
  where: FileLine;
}

export interface SshdMatchBlock {
  /** The criteria as written ("User deploy Address 10.0.0.0/8"). */
  criteria: string;
  where: FileLine;
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
}
