/**
 * The fixed set of security-critical files whose md5 is compared with dpkg's record: the programs an
 * administrator uses to look for an intruder (ls, ps, top, ss, netstat, find, lsof), the ones that take
 * passwords (login, su, sudo, passwd, sshd, ssh, PAM), and the libraries every program loads (libc, the
 * dynamic loader, libprocps, libkeyutils). Rootkits have replaced exactly these for thirty years. Only
 * these files are hashed, never every package, so the check stays fast on a live server.
 */

export interface CriticalPackage {
  /** dpkg package name without architecture. */
  package: string;
  /** File names (the last path component) to verify, or a pattern for versioned library names. */
  names: readonly string[] | RegExp;
}

export const CRITICAL_PACKAGES: readonly CriticalPackage[] = [
  { package: 'coreutils', names: ['ls', 'dir', 'vdir', 'du', 'stat', 'md5sum', 'sha256sum'] },
  { package: 'procps', names: ['ps', 'top', 'pgrep', 'pkill', 'w', 'pidof'] },
  { package: 'libprocps8', names: /^libprocps\.so\.[\d.]+$/ },
  { package: 'libproc2-0', names: /^libproc2\.so\.[\d.]+$/ },
  { package: 'psmisc', names: ['killall', 'pstree', 'fuser'] },
  { package: 'iproute2', names: ['ss', 'ip'] },
  { package: 'net-tools', names: ['netstat', 'ifconfig', 'route'] },
  { package: 'findutils', names: ['find', 'xargs'] },
  { package: 'lsof', names: ['lsof'] },
  { package: 'openssh-server', names: ['sshd'] },
  { package: 'openssh-client', names: ['ssh', 'scp'] },
  { package: 'login', names: ['login', 'su'] },
  { package: 'util-linux', names: ['su', 'login', 'runuser'] },
  { package: 'passwd', names: ['passwd', 'chpasswd', 'useradd', 'usermod'] },
  { package: 'sudo', names: ['sudo'] },
  { package: 'sudo-ldap', names: ['sudo'] },
  { package: 'cron', names: ['cron', 'crontab'] },
  { package: 'rsyslog', names: ['rsyslogd'] },
  { package: 'bash', names: ['bash'] },
  {
    package: 'libc6',
    names:
      /^(libc\.so\.6|libc-[\d.]+\.so|libdl\.so\.2|libdl-[\d.]+\.so|ld-linux[-\w.]*\.so\.\d+|ld-[\d.]+\.so)$/,
  },
  { package: 'libpam-modules', names: ['pam_unix.so', 'pam_permit.so'] },
  { package: 'libpam0g', names: /^libpam\.so\.0[\d.]*$/ },
  { package: 'libkeyutils1', names: /^libkeyutils\.so\.[\d.]+$/ },
];

/** Only files in program and library directories are verified (never documentation with the same name). */
const CRITICAL_DIR = /^\/(usr\/)?(s?bin|lib(64|32|x32)?)(\/[\w.+-]+-linux-gnu[\w]*)?(\/security)?$/;

export function isCriticalFile(entry: CriticalPackage, path: string): boolean {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (!CRITICAL_DIR.test(dir)) return false;
  return entry.names instanceof RegExp ? entry.names.test(name) : entry.names.includes(name);
}

/** Files are read whole to be hashed; anything larger than this is recorded as a gap. */
export const MAX_BINARY_BYTES = 64 * 1024 * 1024;
