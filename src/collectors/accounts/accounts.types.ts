import type { FileLine } from '../../core/evidence.ts';

export interface UserAccount {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
  /** The passwd password field reduced to a kind: "x" → shadow; never the value itself. */
  passwdField: 'shadow' | 'empty' | 'locked' | 'inline-hash';
  where: FileLine;
}

export type HashScheme = 'md5' | 'des' | 'sha256' | 'sha512' | 'yescrypt' | 'bcrypt' | 'gost-yescrypt' | 'scrypt' | 'unknown';

/** A shadow entry. The hash is never stored: only what kind of password it is. */
export interface ShadowEntry {
  name: string;
  status: 'empty' | 'locked' | 'no-login' | 'hash';
  scheme: HashScheme | null;
  /** Days since 1970-01-01 of the last change; null when unset. */
  lastChange: number | null;
  maxDays: number | null;
  where: FileLine;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
  where: FileLine;
}

/** One user specification from sudoers or sudoers.d, with aliases expanded where possible. */
export interface SudoRule {
  /** A user name, "%group", "#uid", or an alias name that could not be expanded. */
  principal: string;
  hosts: string;
  runAs: string;
  commands: string[];
  noPasswd: boolean;
  where: FileLine;
}

export interface AccountsSection {
  users: UserAccount[];
  shadow: ShadowEntry[];
  groups: GroupEntry[];
  sudo: SudoRule[];
  /** Whether /etc/shadow was read (false when absent). */
  shadowPresent: boolean;
}
