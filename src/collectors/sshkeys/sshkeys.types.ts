import type { FileLine } from '../../core/evidence.ts';

export interface AuthorizedKey {
  type: string;
  /** "SHA256:…" as ssh-keygen -lf prints it; the key blob itself is not kept. */
  fingerprint: string;
  comment: string;
  /** The options field as written ('from="10.0.0.0/8",command="/usr/bin/backup"'), "" when none. */
  options: string;
  /** Option names in lower case, in order (["from", "command", "no-pty"]). */
  optionNames: string[];
  where: FileLine;
}

export interface AuthorizedKeysFile {
  /** The first account (in /etc/passwd order) whose AuthorizedKeysFile resolves to this path. */
  user: string;
  uid: number;
  path: string;
  keys: AuthorizedKey[];
  mtimeMs: number | null;
  /** File mode bits (e.g. 0o100600) and owner, for permission checks; null when stat failed. */
  mode: number | null;
  ownerUid: number | null;
}

export interface SshKeysSection {
  /** Existing authorized_keys files, sorted by path. */
  files: AuthorizedKeysFile[];
}
