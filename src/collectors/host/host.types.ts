import type { FileLine } from '../../core/evidence.ts';

export interface HostSection {
  /** From /etc/hostname (or /proc/sys/kernel/hostname on a live host); null when neither is there. */
  hostname: string | null;
  /**
   * From /etc/os-release (fallback /usr/lib/os-release). When the file exists, os-release(5) defaults
   * apply (ID "linux", PRETTY_NAME "Linux"); when neither file exists every field is null.
   */
  os: {
    id: string | null;
    versionId: string | null;
    prettyName: string | null;
    /** NAME, e.g. "Debian GNU/Linux". */
    name: string | null;
    /** ID_LIKE split on spaces, e.g. ["rhel", "fedora"]. */
    idLike: string[];
    where: FileLine | null;
  };
  /** From /proc/sys/kernel/{osrelease,version}, falling back to /proc/version. */
  kernel: { release: string | null; version: string | null };
}
