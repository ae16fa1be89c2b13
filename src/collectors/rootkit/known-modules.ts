/**
 * Kernel module names of public Linux kernel rootkits (the name the module loads under by default, as the
 * kernel lists it: '-' becomes '_'), and the short list of well-known out-of-tree modules that are not a
 * sign by themselves. Data only; written from the projects' sources and public analyses.
 */

export interface KnownModule {
  name: string;
  family: string;
}

export const KNOWN_MODULES: readonly KnownModule[] = [
  { name: 'diamorphine', family: 'Diamorphine (also deployed by TeamTNT and other mining gangs)' },
  { name: 'reptile', family: 'Reptile' },
  { name: 'reptile_module', family: 'Reptile' },
  { name: 'suterusu', family: 'Suterusu' },
  { name: 'adore', family: 'Adore' },
  { name: 'adore_ng', family: 'Adore-ng' },
  { name: 'nuk3gh0st', family: 'Nuk3Gh0st' },
  { name: 'kovid', family: 'KoviD' },
  { name: 'sutekh', family: 'Sutekh' },
  { name: 'puszek', family: 'Puszek' },
  { name: 'enyelkm', family: 'Enyelkm' },
  { name: 'ipsecs_kbeast_v1', family: 'KBeast' },
  { name: 'knark', family: 'Knark' },
  { name: 'lilyofthevalley', family: 'Lilyofthevalley' },
  { name: 'brokepkg', family: 'Brokepkg' },
  { name: 'singularity', family: 'Singularity' },
  { name: 'caraxes', family: 'Caraxes' },
  { name: 'syslogk', family: 'Syslogk' },
  // The module name of several public teaching rootkits (ivyl/rootkit, nurupo/rootkit and forks).
  { name: 'rootkit', family: 'generic LKM rootkit' },
];

/** Fold a module or file name to the form /proc/modules uses: no .ko* suffix, '-' as '_'. */
export function moduleName(fileOrName: string): string {
  const base = fileOrName.slice(fileOrName.lastIndexOf('/') + 1);
  return base.replace(/\.ko(\.(xz|zst|gz))?$/, '').replace(/-/g, '_');
}

export function knownModule(name: string): KnownModule | undefined {
  const folded = moduleName(name);
  return KNOWN_MODULES.find((m) => m.name === folded);
}

/**
 * Well-known out-of-tree modules (graphics drivers, hypervisors, ZFS, runtime-security probes): loaded from
 * outside /lib/modules/<release> by their installers, they are not a sign by themselves.
 */
export const OUT_OF_TREE_ALLOWED: readonly string[] = [
  'nvidia',
  'nvidia_drm',
  'nvidia_modeset',
  'nvidia_peermem',
  'nvidia_uvm',
  'vboxdrv',
  'vboxnetadp',
  'vboxnetflt',
  'vboxpci',
  'vboxguest',
  'vboxsf',
  'vboxvideo',
  'vmmon',
  'vmnet',
  'zfs',
  'spl',
  'icp',
  'zavl',
  'zcommon',
  'zlua',
  'znvpair',
  'zunicode',
  'zzstd',
  'falco',
  'scap',
  'sysdig_probe',
];
