/**
 * host: who the machine says it is — hostname, distribution (os-release) and running kernel.
 */
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import type { HostSection } from './host.types.ts';
import { parseOsRelease } from './parse-os-release.ts';
import { parseHostname, parseProcValue, parseProcVersion } from './parse-kernel.ts';

const OS_RELEASE_PATHS = ['/etc/os-release', '/usr/lib/os-release'];

async function readOs(ctx: CollectContext): Promise<HostSection['os']> {
  for (const path of OS_RELEASE_PATHS) {
    const text = await ctx.readText(path);
    if (text === undefined) continue;
    const fields = parseOsRelease(text);
    const get = (key: string): string | null => fields.get(key)?.value ?? null;
    const name = get('NAME') ?? 'Linux';
    const version = get('VERSION');
    const pretty =
      get('PRETTY_NAME') ?? (fields.has('NAME') ? [name, version].filter(Boolean).join(' ') : 'Linux');
    const prettyLine = fields.get('PRETTY_NAME')?.line;
    return {
      id: get('ID') ?? 'linux',
      versionId: get('VERSION_ID'),
      prettyName: pretty,
      name,
      idLike: (get('ID_LIKE') ?? '').split(/\s+/).filter(Boolean),
      where: prettyLine === undefined ? { path } : { path, line: prettyLine },
    };
  }
  return { id: null, versionId: null, prettyName: null, name: null, idLike: [], where: null };
}

async function readHostname(ctx: CollectContext): Promise<string | null> {
  const etc = await ctx.readText('/etc/hostname');
  const fromEtc = etc === undefined ? null : parseHostname(etc);
  if (fromEtc !== null) return fromEtc;
  const proc = await ctx.readText('/proc/sys/kernel/hostname');
  return proc === undefined ? null : parseProcValue(proc);
}

async function readKernel(ctx: CollectContext): Promise<HostSection['kernel']> {
  const releaseText = await ctx.readText('/proc/sys/kernel/osrelease');
  const versionText = await ctx.readText('/proc/sys/kernel/version');
  let release = releaseText === undefined ? null : parseProcValue(releaseText);
  let version = versionText === undefined ? null : parseProcValue(versionText);
  if (release === null || version === null) {
    const procVersion = await ctx.readText('/proc/version');
    if (procVersion !== undefined) {
      const parsed = parseProcVersion(procVersion);
      release ??= parsed.release;
      version ??= parsed.version;
    }
  }
  return { release, version };
}

export const hostCollector = defineCollector({
  section: 'host',
  version: 1,
  collect: async (ctx): Promise<HostSection> => {
    const [hostname, os, kernel] = await Promise.all([readHostname(ctx), readOs(ctx), readKernel(ctx)]);
    return { hostname, os, kernel };
  },
});
