/**
 * Preload: /etc/ld.so.preload, and LD_PRELOAD set globally — in /etc/environment, pam_env.conf, the
 * shell startup files every login reads, and systemd's DefaultEnvironment=.
 */
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { parseUnit, type ParsedUnit } from '../services/parse-unit.ts';
import {
  parseLdSoPreload,
  parsePamEnvConf,
  parseShellPreload,
  systemdPreload,
  type PreloadAssignment,
} from './parse-preload.ts';
import type { PreloadSection } from './preload.types.ts';

const SHELL_FILES = [
  '/etc/environment',
  '/etc/profile',
  '/etc/bash.bashrc',
  '/etc/bashrc',
  '/etc/zsh/zshenv',
  '/etc/zshenv',
];
const SYSTEM_CONF_DIRS = ['/etc/systemd/system.conf.d', '/usr/lib/systemd/system.conf.d'];

async function shellAssignments(ctx: CollectContext): Promise<PreloadAssignment[]> {
  const paths = [...SHELL_FILES];
  for (const entry of (await ctx.list('/etc/profile.d')) ?? []) {
    if (entry.name.endsWith('.sh') && (entry.type === 'file' || entry.type === 'symlink'))
      paths.push(`/etc/profile.d/${entry.name}`);
  }
  const out: PreloadAssignment[] = [];
  for (const path of paths) {
    const text = await ctx.readText(path);
    if (text !== undefined) out.push(...parseShellPreload(text, path));
  }
  const pam = await ctx.readText('/etc/security/pam_env.conf');
  if (pam !== undefined) out.push(...parsePamEnvConf(pam, '/etc/security/pam_env.conf'));
  return out;
}

async function systemdAssignments(ctx: CollectContext): Promise<PreloadAssignment[]> {
  const files: ParsedUnit[] = [];
  const main = await ctx.readText('/etc/systemd/system.conf');
  if (main !== undefined) files.push(parseUnit(main, '/etc/systemd/system.conf'));
  // Drop-ins are applied in file-name order; a name in /etc hides the same name in /usr/lib.
  const byName = new Map<string, string>();
  for (const dir of SYSTEM_CONF_DIRS) {
    for (const entry of (await ctx.list(dir)) ?? []) {
      if (entry.name.endsWith('.conf') && !byName.has(entry.name))
        byName.set(entry.name, `${dir}/${entry.name}`);
    }
  }
  for (const name of [...byName.keys()].sort()) {
    const path = byName.get(name)!;
    const text = await ctx.readText(path);
    if (text !== undefined) files.push(parseUnit(text, path));
  }
  return systemdPreload(files);
}

export const preloadCollector = defineCollector({
  section: 'preload',
  version: 1,
  async collect(ctx): Promise<PreloadSection> {
    const preload = await ctx.readText('/etc/ld.so.preload');
    const ldSoPreload = preload === undefined ? [] : parseLdSoPreload(preload, '/etc/ld.so.preload');
    const ldPreloadEnv = [...(await shellAssignments(ctx)), ...(await systemdAssignments(ctx))];
    ldPreloadEnv.sort((a, b) =>
      a.where.path < b.where.path
        ? -1
        : a.where.path > b.where.path
          ? 1
          : (a.where.line ?? 0) - (b.where.line ?? 0),
    );
    return { ldSoPreload, ldPreloadEnv };
  },
});
