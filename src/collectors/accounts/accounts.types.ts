import type { FileLine } from '../../core/evidence.ts';

export interface UserAccount {
  name: string;
  uid: number;
  gid: number;
  /** The GECOS (comment) field, decoded (GBK/GB18030 files are decoded by the root). */
  gecos: string;
  home: string;
  /** As written; an empty field means /bin/sh to login(1). */
  shell: string;
  /** False for nologin/false/sync/halt/shutdown shells and /dev/null: the account has no interactive login. */
  loginShell: boolean;
  /** The passwd password field reduced to a kind: "x" → shadow; never the value itself. */
  passwdField: 'shadow' | 'empty' | 'locked' | 'inline-hash';
  where: FileLine;
}

export type HashScheme =
  'md5' | 'des' | 'sha256' | 'sha512' | 'yescrypt' | 'bcrypt' | 'gost-yescrypt' | 'scrypt' | 'unknown';

/** A shadow entry. The hash is never stored: only what kind of password it is. */
export interface ShadowEntry {
  name: string;
  /**
   * empty: no password at all (login without one); locked: "!" prefix (usermod -L, passwd -l, "!!");
   * no-login: "*" or any value that is not a crypt hash; hash: a usable password hash.
   */
  status: 'empty' | 'locked' | 'no-login' | 'hash';
  /** Scheme of the hash (also behind a "!" lock); null when there is no hash. */
  scheme: HashScheme | null;
  /** Days since 1970-01-01 of the last change; null when unset. 0 forces a change at next login. */
  lastChange: number | null;
  minDays: number | null;
  maxDays: number | null;
  warnDays: number | null;
  inactiveDays: number | null;
  /** Account expiry, days since 1970-01-01; null when unset. */
  expireDate: number | null;
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
  /** A user name, "%group", "#uid", "ALL", or an alias name that could not be expanded. */
  principal: string;
  /** The host list as written ("ALL"). */
  hosts: string;
  /** The run-as list as written inside the parentheses ("ALL : ALL"); "root" when absent. */
  runAs: string;
  /** Commands with Cmnd_Alias expanded where possible ("ALL", "/usr/bin/systemctl restart nginx"). */
  commands: string[];
  noPasswd: boolean;
  where: FileLine;
}

export interface AccountsSection {
  users: UserAccount[];
  shadow: ShadowEntry[];
  groups: GroupEntry[];
  sudo: SudoRule[];
  /** Whether /etc/shadow was read (false when absent or unreadable; unreadable is also a gap). */
  shadowPresent: boolean;
  /** Sudoers files read, in order (/etc/sudoers, then includes). */
  sudoFiles: string[];
}
