/**
 * Finding systemd unit files on the scanned host without systemd (never systemctl): the unit search
 * path, aliases and masks, drop-in directories, and enablement links. Shared by the services and
 * scheduled collectors; parsing is parse-unit.ts.
 */
import path from 'node:path/posix';
import type { CollectContext } from '../../core/collector.ts';
import { parseUnit, type ParsedUnit } from './parse-unit.ts';

/** Highest priority first: a unit in /etc/systemd/system hides the same name further down. */
export const UNIT_DIRS = [
  '/etc/systemd/system',
  '/usr/local/lib/systemd/system',
  '/usr/lib/systemd/system',
  '/lib/systemd/system',
] as const;

const UNIT_NAME = /^[^/]+\.(service|socket|timer|path|target|mount|automount|swap|slice|scope|device)$/;
const UNIT_TYPES = new Set([
  'service',
  'socket',
  'timer',
  'path',
  'target',
  'mount',
  'automount',
  'swap',
  'slice',
  'scope',
  'device',
]);

export function isUnitName(name: string): boolean {
  return UNIT_NAME.test(name);
}

/** "getty@tty1.service" → "getty@.service"; undefined for a name that is not an instance. */
export function templateOf(name: string): string | undefined {
  const m = /^([^@]+)@[^@]+(\.[a-z]+)$/.exec(name);
  return m ? `${m[1]!}@${m[2]!}` : undefined;
}

export interface UnitFileRef {
  name: string;
  /** Host path of the unit file as found in its directory. */
  path: string;
  masked: boolean;
}

export interface UnitIndex {
  files: Map<string, UnitFileRef>;
  /** A link under another unit's name (Alias=): alias → unit name. */
  aliases: Map<string, string>;
  /** Drop-in directory key ("x.service", "foo@.service" or a type "service") → conf basename → host path. */
  dropIns: Map<string, Map<string, string>>;
  /** Unit → the *.wants / *.requires directories under /etc/systemd/system that link it. */
  enabledBy: Map<string, string[]>;
}

export interface LoadedUnit {
  name: string;
  path: string;
  masked: boolean;
  /** The unit file then its drop-ins in application order (empty when masked or unreadable). */
  files: ParsedUnit[];
  dropIns: string[];
}

async function linkTarget(ctx: CollectContext, hostPath: string): Promise<string | undefined> {
  const target = await ctx.readLink(hostPath);
  if (target === undefined) return undefined;
  return path.resolve(path.dirname(hostPath), target);
}

export async function indexUnits(ctx: CollectContext): Promise<UnitIndex> {
  const index: UnitIndex = { files: new Map(), aliases: new Map(), dropIns: new Map(), enabledBy: new Map() };
  const enable = (name: string, by: string) => {
    const list = index.enabledBy.get(name) ?? [];
    if (!list.includes(by)) list.push(by);
    index.enabledBy.set(name, list);
  };
  for (const dir of UNIT_DIRS) {
    const entries = await ctx.list(dir);
    if (!entries) continue;
    for (const entry of entries) {
      const hostPath = `${dir}/${entry.name}`;
      if (isUnitName(entry.name) && (entry.type === 'file' || entry.type === 'symlink')) {
        if (index.files.has(entry.name) || index.aliases.has(entry.name)) continue;
        if (entry.type === 'symlink') {
          const target = await linkTarget(ctx, hostPath);
          if (target === '/dev/null') {
            index.files.set(entry.name, { name: entry.name, path: hostPath, masked: true });
            continue;
          }
          const base = target === undefined ? entry.name : path.basename(target);
          if (base !== entry.name && isUnitName(base)) {
            index.aliases.set(entry.name, base);
            continue;
          }
        }
        index.files.set(entry.name, { name: entry.name, path: hostPath, masked: false });
        continue;
      }
      if (entry.type !== 'dir' && entry.type !== 'symlink') continue;
      const wants = /^(.+)\.(wants|requires)$/.exec(entry.name);
      if (wants && dir === '/etc/systemd/system') {
        for (const link of (await ctx.list(hostPath)) ?? []) {
          if (!isUnitName(link.name)) continue;
          enable(link.name, wants[1]!);
          const template = templateOf(link.name);
          if (template) enable(template, wants[1]!);
          if (link.type === 'symlink') {
            const target = await linkTarget(ctx, `${hostPath}/${link.name}`);
            const base = target === undefined ? undefined : path.basename(target);
            if (base && base !== link.name && isUnitName(base)) enable(base, wants[1]!);
          }
        }
        continue;
      }
      const dropIn = /^(.+)\.d$/.exec(entry.name);
      if (dropIn && (isUnitName(dropIn[1]!) || UNIT_TYPES.has(dropIn[1]!))) {
        const confs = index.dropIns.get(dropIn[1]!) ?? new Map<string, string>();
        for (const conf of (await ctx.list(hostPath)) ?? []) {
          if (!conf.name.endsWith('.conf') || confs.has(conf.name)) continue;
          if (conf.type !== 'file' && conf.type !== 'symlink') continue;
          confs.set(conf.name, `${hostPath}/${conf.name}`);
        }
        index.dropIns.set(dropIn[1]!, confs);
      }
    }
  }
  return index;
}

/** Resolve a unit name through aliases and templates to the file that defines it. */
export function findUnit(index: UnitIndex, name: string): UnitFileRef | undefined {
  const real = index.aliases.get(name) ?? name;
  const direct = index.files.get(real);
  if (direct) return direct;
  const template = templateOf(real);
  return template === undefined ? undefined : index.files.get(template);
}

export function enabledBy(index: UnitIndex, name: string): string[] {
  const by = [...(index.enabledBy.get(name) ?? [])];
  for (const [alias, real] of index.aliases)
    if (real === name) by.push(...(index.enabledBy.get(alias) ?? []));
  return [...new Set(by)].sort();
}

/** Drop-in paths for a unit, in application order: sorted by file name, the more specific directory winning a tie. */
export function dropInsFor(index: UnitIndex, name: string): string[] {
  const keys = [name.slice(name.lastIndexOf('.') + 1), templateOf(name), name].filter(
    (k): k is string => k !== undefined,
  );
  const byBase = new Map<string, string>();
  for (const key of keys) for (const [base, p] of index.dropIns.get(key) ?? []) byBase.set(base, p);
  return [...byBase.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
}

/** Read a unit and its drop-ins. Unreadable files are gaps (recorded by the context) and are left out. */
export async function loadUnit(
  ctx: CollectContext,
  index: UnitIndex,
  name: string,
): Promise<LoadedUnit | undefined> {
  const ref = findUnit(index, name);
  if (!ref) return undefined;
  if (ref.masked) return { name, path: ref.path, masked: true, files: [], dropIns: [] };
  const files: ParsedUnit[] = [];
  const main = await ctx.readText(ref.path);
  if (main !== undefined) files.push(parseUnit(main, ref.path));
  const dropIns = dropInsFor(index, name);
  for (const p of dropIns) {
    const text = await ctx.readText(p);
    if (text !== undefined) files.push(parseUnit(text, p));
  }
  return { name, path: ref.path, masked: false, files, dropIns };
}
