export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** The kernel's short name (comm), as in /proc/<pid>/status Name. */
  name: string;
  cmdline: string[];
  /** Target of /proc/<pid>/exe without the " (deleted)" suffix; null for kernel threads or when unreadable. */
  exe: string | null;
  exeDeleted: boolean;
  /**
   * For a deleted exe only: whether a file exists again at the same path (typical after a package upgrade
   * replaced the binary of a still-running service); null when the exe is not deleted or could not be checked.
   */
  exeReplaced: boolean | null;
  cwd: string | null;
  uid: number;
  user: string | null;
  /** One-letter state code from /proc/<pid>/status (R, S, D, Z, T, I, …). */
  state: string;
  /** CPU seconds (user + system) from /proc/<pid>/stat. */
  cpuSeconds: number;
  /** Seconds since boot at which the process started. */
  startedAfterBootSeconds: number;
  /** Average CPU share over the process's life (1 = one core fully busy); null when uptime unknown. */
  cpuShare: number | null;
  kernelThread: boolean;
}

export interface ProcessesSection {
  /** Sorted by pid. */
  processes: ProcessInfo[];
  uptimeSeconds: number | null;
}
