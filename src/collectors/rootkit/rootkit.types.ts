import type { FileLine } from '../../core/evidence.ts';

/**
 * Gap fields of this section: a failed read records which part of the section it leaves unknown, so a
 * check on another part is not held back (Gap.field).
 */
export type RootkitGapField = 'files' | 'modules' | 'binaries';

/** A file or directory at a place where a known rootkit or its kit puts one. */
export interface RootkitFileSign {
  /** Host path of what was found. */
  path: string;
  family: string;
  /** Why this path points at that family (our words). */
  why: string;
  /** What is there; a dangling symlink counts (type 'symlink'). */
  type: 'file' | 'dir' | 'symlink' | 'other';
  /**
   * How it was matched: `path` an exact known path; `name` a known file name in a system library or
   * program directory; `hidden-name` a name made only of dots and blanks; `keyutils-unowned` a libkeyutils
   * file no installed package owns (Ebury); `keyutils-size` a libkeyutils file larger than clean builds, on
   * hosts without dpkg records.
   */
  match: 'path' | 'name' | 'hidden-name' | 'keyutils-unowned' | 'keyutils-size';
  /** Size in bytes, for regular files. */
  size?: number;
}

/** A library named in /etc/ld.so.preload that the known-files table attributes to a family. */
export interface RootkitPreloadSign {
  library: string;
  family: string;
  why: string;
  where: FileLine;
}

export interface LoadedModule {
  /** As /proc/modules lists it ('-' already folded to '_' by the kernel). */
  name: string;
  size: number;
  /** The taint letters in parentheses at the end of the line ("OE"), or "". */
  taint: string;
  /**
   * Whether a module file of this name exists under /lib/modules/<running release>; null when that tree is
   * absent (containers, kernels without modules on disk) and membership cannot be judged.
   */
  inTree: boolean | null;
  where: FileLine;
}

export interface RootkitModules {
  /** /proc/modules was read. False on kernels without module support, disk images and some containers. */
  listed: boolean;
  /** The running kernel release (/proc/sys/kernel/osrelease), or null. */
  release: string | null;
  /** /lib/modules/<release> exists. */
  treeFound: boolean;
  loaded: LoadedModule[];
  /**
   * Modules that sysfs shows as loaded (/sys/module/<name>/initstate) but /proc/modules does not list:
   * a module unlinked from the kernel's module list to hide.
   */
  hidden: { name: string; where: FileLine }[];
  /**
   * Known rootkit module names outside the running kernel: module files under /lib/modules (any release)
   * and names in /etc/modules or modules-load.d, which load them at boot.
   */
  onDisk: { name: string; where: FileLine }[];
  /** /proc/sys/kernel/tainted, or null when absent. */
  taint: { value: number; where: FileLine } | null;
}

/** A security-critical file checked against the md5 dpkg recorded when the package was installed. */
export interface VerifiedFile {
  /** The path dpkg recorded ("/bin/ps"). */
  path: string;
  /** Where the file was read when dpkg-divert moved the package's copy elsewhere. */
  readFrom?: string;
  package: string;
  /** md5 from /var/lib/dpkg/info/<package>.md5sums. */
  recorded: string;
  /** md5 of the file on disk; null when the file is missing. */
  actual: string | null;
  size: number | null;
  /** The md5sums line. */
  where: FileLine;
}

export interface RootkitBinaries {
  /** 'dpkg' when /var/lib/dpkg/info exists; otherwise nothing could be verified. */
  manager: 'dpkg' | 'none';
  checked: VerifiedFile[];
}

export interface RootkitSection {
  knownFiles: RootkitFileSign[];
  preloaded: RootkitPreloadSign[];
  modules: RootkitModules;
  binaries: RootkitBinaries;
}
