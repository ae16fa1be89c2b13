/**
 * sshd: the OpenSSH server configuration as sshd reads it — /etc/ssh/sshd_config with its Include
 * files expanded in place (globs, paths relative to /etc/ssh, recursion, cycles as gaps), Match
 * blocks, first-value-wins effective values and compiled-in defaults.
 */
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import type { SshdMatchBlock, SshdSection, SshdSetting } from './sshd.types.ts';
import { SSHD_CONFIG, effectiveSettings, globComponent, hasGlob, parseSshdConfig } from './parse-sshd.ts';

const SSHD_BINARIES = ['/usr/sbin/sshd', '/usr/bin/sshd'];
/** OpenSSH refuses more than 16 nested includes (SERVCONF_MAX_DEPTH). */
const MAX_DEPTH = 16;
/** A bound on files read, so that a diamond of includes cannot blow up exponentially. */
const MAX_FILES = 256;

export interface SshdConfig {
  present: boolean;
  global: SshdSetting[];
  matches: SshdMatchBlock[];
  files: string[];
  unread: string[];
}

/** Expand one Include pattern into host paths, sorted as glob(3) sorts them; a pattern with no match yields none. */
async function expandPattern(ctx: CollectContext, pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/') ? pattern : `/etc/ssh/${pattern}`;
  if (!hasGlob(absolute)) return [absolute];
  let paths = [''];
  for (const part of absolute.split('/').filter((p) => p !== '')) {
    if (!hasGlob(part)) {
      paths = paths.map((p) => `${p}/${part}`);
      continue;
    }
    const next: string[] = [];
    for (const dir of paths) {
      const entries = await ctx.list(dir === '' ? '/' : dir);
      for (const entry of entries ?? [])
        if (globComponent(part, entry.name)) next.push(`${dir}/${entry.name}`);
    }
    paths = next;
  }
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Read sshd_config and everything it includes. Shared with the sshkeys collector (AuthorizedKeysFile). */
export async function loadSshdConfig(ctx: CollectContext): Promise<SshdConfig> {
  const config: SshdConfig = { present: false, global: [], matches: [], files: [], unread: [] };
  const stack: string[] = [];
  let budget = MAX_FILES;
  const unread = (path: string) => {
    if (!config.unread.includes(path)) config.unread.push(path);
  };

  const readFile = async (path: string, block: SshdMatchBlock | undefined): Promise<void> => {
    if (stack.includes(path)) {
      ctx.gap(path, 'include-cycle', `included again from ${stack[stack.length - 1] ?? path}`);
      unread(path);
      return;
    }
    if (stack.length >= MAX_DEPTH) {
      ctx.gap(path, 'include-cycle', `includes nested deeper than ${MAX_DEPTH}`);
      unread(path);
      return;
    }
    if (budget-- <= 0) {
      ctx.gap(path, 'truncated', `more than ${MAX_FILES} sshd config files`);
      unread(path);
      return;
    }
    const read = await ctx.root.readText(path);
    if (!read.ok) {
      ctx.noteFailure(path, read);
      if (!read.missing) unread(path);
      if (path === SSHD_CONFIG) config.present = !read.missing;
      return;
    }
    if (path === SSHD_CONFIG) config.present = true;
    if (!config.files.includes(path)) config.files.push(path);
    stack.push(path);
    // A Match line opens a block that runs to the next Match or the end of this file; the includer's
    // block is restored afterwards, as sshd restores its match state after an Include.
    let current = block;
    for (const line of parseSshdConfig(read.text, path)) {
      if (line.kind === 'setting') (current ? current.settings : config.global).push(line.setting);
      else if (line.kind === 'match') {
        current = { criteria: line.criteria, where: line.where, settings: [] };
        config.matches.push(current);
      } else {
        for (const pattern of line.patterns) {
          for (const file of await expandPattern(ctx, pattern)) await readFile(file, current);
        }
      }
    }
    stack.pop();
  };

  await readFile(SSHD_CONFIG, undefined);
  return config;
}

async function isInstalled(ctx: CollectContext): Promise<boolean> {
  for (const path of SSHD_BINARIES) {
    const info = await ctx.root.stat(path);
    if (info.ok) return info.type === 'file';
    ctx.noteFailure(path, info);
  }
  return false;
}

export const sshdCollector = defineCollector({
  section: 'sshd',
  version: 1,
  collect: async (ctx): Promise<SshdSection> => {
    const [config, installed] = await Promise.all([loadSshdConfig(ctx), isInstalled(ctx)]);
    return {
      present: config.present,
      installed,
      global: config.global,
      matches: config.matches,
      effective: effectiveSettings(config.global),
      files: config.files,
      unread: config.unread,
    };
  },
});
