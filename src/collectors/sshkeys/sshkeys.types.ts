import type { FileLine } from '../../core/evidence.ts';

export interface AuthorizedKey {
  type: string;
  /** "SHA256:…" as ssh-keygen -lf prints it; the key blob itself is not kept. */
  fingerprint: string;
  comment: string;
  options: string;
  where: FileLine;
}

export interface AuthorizedKeysFile {
  user: string;
  uid: number;
  path: string;
  keys: AuthorizedKey[];
  mtimeMs: number | null;
}

export interface SshKeysSection {
  files: AuthorizedKeysFile[];
}
