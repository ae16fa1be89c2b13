/**
 * Paths and file names that well-known Linux rootkits and their kits leave behind, written from public
 * analyses (vendor write-ups, the projects' own READMEs, incident reports). Each entry says which family
 * and why. Data only; the collector stats every exact path (a stat often still works on a name a rootkit
 * hides from directory listings) and lists the directories of the name rules once.
 *
 * Deliberately absent: names that legitimate packages also ship on current distributions. Ebury's old
 * `libkeyutils.so.1.9`, for one, is the genuine library name on Debian 11 and Ubuntu 22.04, so Ebury is
 * found instead by libkeyutils files that no package owns (and by the md5 check of the owned ones).
 * Families whose paths are chosen at build time (Diamorphine, Suterusu, Vlany, Bdvl) have no entry here:
 * they are found through their module names, /etc/ld.so.preload and the system-binary check.
 */

export interface KnownPath {
  path: string;
  family: string;
  why: string;
}

/** A file name that marks a family wherever it appears in one of NAME_DIRS. */
export interface KnownName {
  name: string;
  family: string;
  why: string;
}

/** A pattern rule: entries of `dirs` whose name matches and whose type is `type`. */
export interface KnownPattern {
  dirs: readonly string[];
  pattern: RegExp;
  type: 'file' | 'dir' | 'any';
  /** How a hit is reported (RootkitFileSign.match). */
  match: 'name' | 'hidden-name';
  family: string;
  why: string;
}

export const KNOWN_PATHS: readonly KnownPath[] = [
  // --- LKM rootkits with fixed install paths ---
  {
    path: '/reptile',
    family: 'Reptile',
    why: 'default install directory of the Reptile kernel rootkit (reptile_cmd, reptile_shell)',
  },
  {
    path: '/reptile/reptile_cmd',
    family: 'Reptile',
    why: 'Reptile control tool that hides files, processes and connections',
  },
  {
    path: '/reptile/reptile_shell',
    family: 'Reptile',
    why: 'Reptile reverse-shell client started by its port-knocking backdoor',
  },
  {
    path: '/lib/udev/reptile',
    family: 'Reptile',
    why: 'Reptile loader placed where udev runs it at every boot',
  },
  {
    path: '/usr/lib/udev/reptile',
    family: 'Reptile',
    why: 'Reptile loader placed where udev runs it at every boot',
  },
  { path: '/usr/_h4x_', family: 'KBeast', why: 'hidden working directory of the KBeast kernel rootkit' },
  {
    path: '/etc/.enyelkmOCULTAR.ko',
    family: 'Enyelkm',
    why: 'module file of the Enye LKM rootkit, hidden under /etc',
  },
  { path: '/proc/knark', family: 'Knark', why: 'proc entry created by the loaded Knark kernel rootkit' },
  { path: '/dev/.pizda', family: 'Knark', why: 'hidden directory used by the Knark kit' },
  { path: '/dev/.pula', family: 'Knark', why: 'hidden directory used by the Knark kit' },
  {
    path: '/etc/bin/ava',
    family: 'Adore',
    why: 'ava, the control program of the Adore/Adore-ng kernel rootkit',
  },
  {
    path: '/etc/sbin/ava',
    family: 'Adore',
    why: 'ava, the control program of the Adore/Adore-ng kernel rootkit',
  },

  // --- LD_PRELOAD (user-space) rootkits ---
  { path: '/xochikit', family: 'Jynx', why: 'install directory of the Jynx-Kit preload rootkit' },
  {
    path: '/xochikit/ld_poison.so',
    family: 'Jynx',
    why: 'Jynx-Kit library injected through /etc/ld.so.preload',
  },
  { path: '/omgxochi', family: 'Jynx', why: 'alternative install directory of the Jynx-Kit preload rootkit' },
  { path: '/XxJynx', family: 'Jynx2', why: 'install directory of the Jynx2 preload rootkit' },
  { path: '/XxJynx/jynx2.so', family: 'Jynx2', why: 'Jynx2 library injected through /etc/ld.so.preload' },
  {
    path: '/XxJynx/reality.so',
    family: 'Jynx2',
    why: 'Jynx2 helper library that shows the real, unhidden view to the attacker',
  },
  {
    path: '/lib/libselinux.so',
    family: 'Azazel/BEURK',
    why: 'default name and place of the Azazel and BEURK preload libraries: an unversioned libselinux.so straight in /lib (the real library is libselinux.so.1 in the multiarch directory)',
  },
  {
    path: '/lib/libselinux.a',
    family: 'HiddenWasp',
    why: 'HiddenWasp user-space rootkit library, preloaded despite its archive-like name',
  },
  {
    path: '/usr/local/lib/libprocesshider.so',
    family: 'libprocesshider',
    why: 'place the libprocesshider README installs it before adding it to /etc/ld.so.preload; used by TeamTNT and other mining gangs to hide miners',
  },
  {
    path: '/etc/libsystem.so',
    family: 'Kinsing',
    why: 'Kinsing user-space rootkit, preloaded to hide the kdevtmpfsi miner',
  },
  {
    path: '/lib/libntpVnQE6mk.so',
    family: 'OrBit',
    why: 'OrBit preload library that steals credentials and hides itself',
  },
  {
    path: '/lib/libntpVnQE6mk',
    family: 'OrBit',
    why: 'OrBit working directory (stolen passwords, helper files)',
  },
  {
    path: '/lib64/libs.so',
    family: 'Facefish',
    why: 'Facefish rootkit library that hooks sshd to steal credentials',
  },
  { path: '/usr/lib/libns2.so', family: 'Ebury/Windigo', why: 'Ebury OpenSSH backdoor library name' },

  // --- miner and botnet kits that ship a rootkit ---
  { path: '/tmp/kdevtmpfsi', family: 'Kinsing', why: 'Kinsing miner, hidden by its preloaded libsystem.so' },
  {
    path: '/var/tmp/kdevtmpfsi',
    family: 'Kinsing',
    why: 'Kinsing miner, hidden by its preloaded libsystem.so',
  },
  {
    path: '/dev/shm/kdevtmpfsi',
    family: 'Kinsing',
    why: 'Kinsing miner, hidden by its preloaded libsystem.so',
  },
  { path: '/tmp/kinsing', family: 'Kinsing', why: 'Kinsing dropper and backdoor' },
  { path: '/var/tmp/kinsing', family: 'Kinsing', why: 'Kinsing dropper and backdoor' },
  { path: '/dev/shm/kinsing', family: 'Kinsing', why: 'Kinsing dropper and backdoor' },
  {
    path: '/usr/bin/perfcc',
    family: 'perfctl',
    why: 'perfctl copy of itself, hidden by its preloaded libgcwrap.so',
  },
  {
    path: '/root/.config/cron/perfcc',
    family: 'perfctl',
    why: 'perfctl copy of itself in root’s config directory',
  },
  { path: '/tmp/.xdiag', family: 'perfctl', why: 'perfctl working directory' },
  {
    path: '/lib/libudev.so',
    family: 'XOR.DDoS',
    why: 'XOR.DDoS copies itself here (it also ships a kernel rootkit); the real libudev lives in the multiarch directory with a version suffix',
  },
  { path: '/etc/cron.hourly/gcc.sh', family: 'XOR.DDoS', why: 'XOR.DDoS hourly re-installer' },
  {
    path: '/usr/bin/kaudited',
    family: 'Skidmap',
    why: 'Skidmap miner loader that also installs its kernel modules',
  },
  { path: '/usr/bin/pamdicks', family: 'Skidmap', why: 'Skidmap PAM backdoor helper' },
  {
    path: '/etc/cron.d/ebpfbackdoor',
    family: 'TripleCross',
    why: 'default persistence of the TripleCross eBPF rootkit',
  },
  {
    path: '/etc/sudoers.d/ebpfbackdoor',
    family: 'TripleCross',
    why: 'sudoers drop-in the TripleCross eBPF rootkit writes for itself',
  },
  {
    path: '/tmp/rootlog',
    family: 'TripleCross',
    why: 'marker file TripleCross writes to know its backdoor already runs',
  },

  // --- older kits still found on long-lived servers ---
  {
    path: '/etc/ld.so.hash',
    family: 'ShKit/Illogic',
    why: 'kit configuration disguised as a dynamic-loader file (glibc has ld.so.cache, never ld.so.hash)',
  },
  {
    path: '/lib/security/.config',
    family: 'ShKit/Illogic',
    why: 'hidden kit configuration beside the PAM modules',
  },
  { path: '/usr/src/.puta', family: 't0rn', why: 'hidden working directory of the t0rn kit' },
  { path: '/lib/ldlib.tk', family: 't0rn', why: 't0rn list of hidden processes and files' },
  { path: '/etc/ttyhash', family: 't0rn', why: 't0rn backdoor password hash' },
  { path: '/usr/info/.t0rn', family: 't0rn', why: 'hidden t0rn directory' },
  {
    path: '/sbin/xlogin',
    family: 't0rn',
    why: 'original login kept aside by t0rn after it replaced /bin/login',
  },
  { path: '/dev/.lib', family: 'Lion worm', why: 'hidden directory of the Lion worm kit' },
  { path: '/bin/mjy', family: 'Lion worm', why: 'Lion worm helper' },
  { path: '/lib/.x', family: 'SuckIt', why: 'hidden directory of the SuckIt kernel rootkit' },
  { path: '/lib/sk', family: 'SuckIt', why: 'SuckIt directory' },
  { path: '/usr/share/locale/sk/.sk12', family: 'SuckIt', why: 'hidden SuckIt directory among the locales' },
  { path: '/lib/libsh.so', family: 'SHV4/SHV5', why: 'SHV kit directory named like a library' },
  { path: '/usr/lib/libsh', family: 'SHV4/SHV5', why: 'SHV kit working directory' },
  { path: '/usr/share/.zk', family: 'ZK', why: 'hidden directory of the ZK rootkit' },
  { path: '/etc/host.ph1', family: 'Phalanx', why: 'Phalanx rootkit file' },
  { path: '/etc/khubd.p2', family: 'Phalanx2', why: 'Phalanx2 directory, named after a kernel thread' },
  { path: '/usr/src/.poop', family: 'Ramen worm', why: 'hidden directory of the Ramen worm' },
  { path: '/usr/lib/ldlibps.so', family: 'Ramen worm', why: 'Ramen worm file named like a library' },
  { path: '/tmp/.bugtraq', family: 'Slapper', why: 'Slapper worm binary' },
  { path: '/tmp/.bugtraq.c', family: 'Slapper', why: 'Slapper worm source compiled on the victim' },
  { path: '/tmp/.cinik', family: 'Slapper (Cinik)', why: 'Cinik variant of the Slapper worm' },
  { path: '/dev/.arctic', family: 'old kit', why: 'hidden directory in /dev used by old rootkits' },
  { path: '/dev/.golf', family: 'old kit', why: 'hidden directory in /dev used by old rootkits' },
  { path: '/dev/.xman', family: 'old kit', why: 'hidden directory in /dev used by old rootkits' },
  { path: '/dev/.rd', family: 'old kit', why: 'hidden directory in /dev used by old rootkits' },
  { path: '/dev/.kork', family: 'LDP worm', why: 'hidden directory of the LDP worm' },
  { path: '/dev/.shit', family: 'Adore worm', why: 'hidden directory of the Adore worm' },
];

/** Directories whose entries are compared with KNOWN_NAMES (system library directories and /etc). */
export const NAME_DIRS: readonly string[] = [
  '/etc',
  '/lib',
  '/lib64',
  '/lib/x86_64-linux-gnu',
  '/lib/aarch64-linux-gnu',
  '/lib/i386-linux-gnu',
  '/usr/lib',
  '/usr/lib64',
  '/usr/lib/x86_64-linux-gnu',
  '/usr/lib/aarch64-linux-gnu',
  '/usr/lib/i386-linux-gnu',
  '/usr/local/lib',
];

export const KNOWN_NAMES: readonly KnownName[] = [
  {
    name: 'libprocesshider.so',
    family: 'libprocesshider',
    why: 'process-hiding preload library (TeamTNT and other mining gangs)',
  },
  {
    name: 'processhider.so',
    family: 'libprocesshider',
    why: 'process-hiding preload library under a shortened name',
  },
  { name: 'ld_poison.so', family: 'Jynx', why: 'Jynx-Kit preload library' },
  { name: 'jynx2.so', family: 'Jynx2', why: 'Jynx2 preload library' },
  { name: 'libns2.so', family: 'Ebury/Windigo', why: 'Ebury OpenSSH backdoor library' },
  { name: 'libns5.so', family: 'Ebury/Windigo', why: 'Ebury OpenSSH backdoor library' },
  { name: 'libpw3.so', family: 'Ebury/Windigo', why: 'Ebury OpenSSH backdoor library' },
  { name: 'libpw5.so', family: 'Ebury/Windigo', why: 'Ebury OpenSSH backdoor library' },
  { name: 'libsbr.so', family: 'Ebury/Windigo', why: 'Ebury OpenSSH backdoor library' },
  { name: 'libslr.so', family: 'Ebury/Windigo', why: 'Ebury OpenSSH backdoor library' },
  {
    name: 'libkeyutils-1.2.so.2',
    family: 'Ebury/Windigo',
    why: 'Ebury copy of libkeyutils under a version no keyutils release used',
  },
  {
    name: 'libgcwrap.so',
    family: 'perfctl',
    why: 'perfctl preload rootkit that hides the miner and its files',
  },
  {
    name: 'libpprocps.so',
    family: 'perfctl',
    why: 'perfctl trojanised copy of the procps library behind ps and top',
  },
  { name: 'libfsnkdev.so', family: 'perfctl', why: 'perfctl rootkit library' },
  {
    name: 'libxselinux.so',
    family: 'Winnti (Linux)',
    why: 'Winnti for Linux preload library that hides its backdoor',
  },
  { name: 'libntpVnQE6mk.so', family: 'OrBit', why: 'OrBit preload library' },
  { name: 'libsystem.so', family: 'Kinsing', why: 'Kinsing preload rootkit library' },
];

const HIDDEN_NAME_DIRS = [
  '/',
  '/dev',
  '/dev/shm',
  '/etc',
  '/home',
  '/lib',
  '/opt',
  '/root',
  '/srv',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/include',
  '/usr/lib',
  '/usr/local',
  '/usr/local/bin',
  '/usr/local/lib',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/lib',
  '/var/log',
  '/var/spool',
  '/var/tmp',
] as const;

export const KNOWN_PATTERNS: readonly KnownPattern[] = [
  {
    dirs: HIDDEN_NAME_DIRS,
    // Names made only of dots and blanks ("...", ". ", ".. ") look like "." and ".." in a listing.
    pattern: /^[. \t]+$/,
    type: 'any',
    match: 'hidden-name',
    family: 'hiding trick (Bobkit, Beastkit, 55808 worm and others)',
    why: 'a name made only of dots and blanks passes for "." or ".." in a listing; kits have used it to hide their directories for decades',
  },
  {
    dirs: ['/usr/share', '/usr/lib', '/usr/local/lib', '/lib', '/lib64', '/usr/lib64'],
    pattern: /^libc\.so\.[^/]+$/,
    type: 'dir',
    match: 'name',
    family: 'Umbreon-style',
    why: 'a directory named like the C library; Umbreon and similar kits hide their files under libc.so.* names',
  },
  {
    dirs: ['/usr/share', '/usr/local/include', '/usr/include'],
    pattern: /^libc\.so(\.|$)/,
    type: 'file',
    match: 'name',
    family: 'Umbreon-style',
    why: 'a C library name outside any library directory; Umbreon hides its library and configuration under libc.so.* names',
  },
];

/** Library directories searched for libkeyutils copies (Ebury). */
export const KEYUTILS_DIRS: readonly string[] = [
  '/lib',
  '/lib64',
  '/lib/x86_64-linux-gnu',
  '/lib/aarch64-linux-gnu',
  '/lib/i386-linux-gnu',
  '/usr/lib',
  '/usr/lib64',
  '/usr/lib/x86_64-linux-gnu',
  '/usr/lib/aarch64-linux-gnu',
  '/usr/lib/i386-linux-gnu',
];

/**
 * Clean libkeyutils builds are about 10–23 KB; Ebury's patched copies were larger. Used only where no dpkg
 * records exist to say which libkeyutils files the package installed.
 */
export const KEYUTILS_MAX_CLEAN_BYTES = 30 * 1024;

/** The known-files table entries (exact path or name) that can name the family of a preloaded library. */
export function familyOfLibrary(library: string): { family: string; why: string } | undefined {
  const exact = KNOWN_PATHS.find((k) => k.path === library);
  if (exact) return { family: exact.family, why: exact.why };
  const base = library.slice(library.lastIndexOf('/') + 1);
  const named = KNOWN_NAMES.find((k) => k.name === base);
  return named ? { family: named.family, why: named.why } : undefined;
}
