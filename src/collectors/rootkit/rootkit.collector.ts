/**
 * Rootkit signs: known rootkit paths and names, libkeyutils copies no package owns (Ebury), libraries in
 * /etc/ld.so.preload that the table names, kernel modules (known names, hidden from /proc/modules, outside
 * the running kernel's tree, the taint flags), and security-critical binaries whose md5 no longer matches
 * dpkg's record. Reads only through the context; hashing the fixed file list is the only heavy work.
 */
import { createHash } from 'node:crypto';
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import type { DirEntry } from '../../host/root.ts';
import { parseLdSoPreload } from '../preload/parse-preload.ts';
import { CRITICAL_PACKAGES, MAX_BINARY_BYTES, isCriticalFile } from './critical-files.ts';
import {
  KEYUTILS_DIRS,
  KEYUTILS_MAX_CLEAN_BYTES,
  KNOWN_NAMES,
  KNOWN_PATHS,
  KNOWN_PATTERNS,
  NAME_DIRS,
  familyOfLibrary,
} from './known-paths.ts';
import { knownModule, moduleName } from './known-modules.ts';
import {
  parseDiversions,
  parseMd5sums,
  parseModulesLoad,
  parseProcModules,
  parseTainted,
} from './parse-rootkit.ts';
import type {
  LoadedModule,
  RootkitBinaries,
  RootkitFileSign,
  RootkitGapField,
  RootkitModules,
  RootkitPreloadSign,
  RootkitSection,
  VerifiedFile,
} from './rootkit.types.ts';

const DPKG_INFO = '/var/lib/dpkg/info';
const MODULE_FILE = /\.ko(\.(xz|zst|gz))?$/;
const MAX_TREE_DEPTH = 12;
const MAX_TREE_ENTRIES = 400_000;
const MODULES_LOAD_DIRS = [
  '/etc/modules-load.d',
  '/run/modules-load.d',
  '/usr/local/lib/modules-load.d',
  '/usr/lib/modules-load.d',
  '/lib/modules-load.d',
];

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Top-level directories that are symlinks into /usr on a merged-/usr system ("/lib" → "/usr/lib"), so the
 * same file reached twice is reported once, under its /usr name.
 */
async function mergedDirs(ctx: CollectContext): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const dir of ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    const link = await ctx.root.readLink(dir);
    if (link.ok && /^\/?usr\/[\w]+\/?$/.test(link.target))
      out.set(dir, '/' + link.target.replace(/^\//, '').replace(/\/$/, ''));
  }
  return out;
}

function canonical(path: string, merged: Map<string, string>): string {
  const slash = path.indexOf('/', 1);
  const top = slash < 0 ? path : path.slice(0, slash);
  const to = merged.get(top);
  return to === undefined ? path : to + (slash < 0 ? '' : path.slice(slash));
}

/** A directory's entries, or undefined (missing, or a gap recorded against `field`). */
async function listDir(
  ctx: CollectContext,
  dir: string,
  field: RootkitGapField,
): Promise<DirEntry[] | undefined> {
  const result = await ctx.root.list(dir);
  if (result.ok) return result.entries;
  ctx.noteFailure(dir, result, field);
  return undefined;
}

/** What is at a path without following a final dangling link: type and size, or undefined. */
async function whatIs(
  ctx: CollectContext,
  path: string,
): Promise<{ type: RootkitFileSign['type']; size?: number } | undefined> {
  const info = await ctx.root.stat(path);
  if (info.ok) return info.type === 'file' ? { type: 'file', size: info.size } : { type: info.type };
  if (!info.missing) {
    ctx.noteFailure(path, info, 'files');
    return undefined;
  }
  const link = await ctx.root.readLink(path);
  return link.ok ? { type: 'symlink' } : undefined;
}

async function knownFiles(ctx: CollectContext, merged: Map<string, string>): Promise<RootkitFileSign[]> {
  const found = new Map<string, RootkitFileSign>();
  const add = (sign: RootkitFileSign) => {
    const key = canonical(sign.path, merged);
    if (!found.has(key)) found.set(key, { ...sign, path: key });
  };

  for (const known of KNOWN_PATHS) {
    const what = await whatIs(ctx, known.path);
    if (what) add({ path: known.path, family: known.family, why: known.why, match: 'path', ...what });
  }

  // Each directory is listed once, under its canonical name.
  const listings = new Map<string, DirEntry[] | undefined>();
  const listing = async (dir: string) => {
    const key = canonical(dir, merged);
    if (!listings.has(key)) listings.set(key, await listDir(ctx, key, 'files'));
    return { dir: key, entries: listings.get(key) ?? [] };
  };
  const join = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);
  const sizeOf = async (path: string, type: DirEntry['type']) => {
    if (type !== 'file') return {};
    const info = await ctx.root.stat(path);
    return info.ok ? { size: info.size } : {};
  };

  const names = new Map(KNOWN_NAMES.map((k) => [k.name, k]));
  for (const name of NAME_DIRS) {
    const { dir, entries } = await listing(name);
    for (const entry of entries) {
      const known = names.get(entry.name);
      if (!known) continue;
      const path = join(dir, entry.name);
      add({
        path,
        family: known.family,
        why: known.why,
        type: entry.type,
        match: 'name',
        ...(await sizeOf(path, entry.type)),
      });
    }
  }

  for (const rule of KNOWN_PATTERNS) {
    for (const name of rule.dirs) {
      const { dir, entries } = await listing(name);
      for (const entry of entries) {
        if (!rule.pattern.test(entry.name)) continue;
        if (rule.type !== 'any' && entry.type !== rule.type) continue;
        const path = join(dir, entry.name);
        add({
          path,
          family: rule.family,
          why: rule.why,
          type: entry.type,
          match: rule.match,
          ...(await sizeOf(path, entry.type)),
        });
      }
    }
  }

  for (const sign of await keyutilsSigns(ctx, merged, listing)) add(sign);
  // A kit directory and the files inside it are one finding: keep the directory.
  const within = (path: string) => [...found.keys()].some((other) => path.startsWith(`${other}/`));
  return [...found.values()].filter((s) => !within(s.path)).sort((a, b) => byString(a.path, b.path));
}

/**
 * Ebury replaces or adds a libkeyutils library. With dpkg records, a libkeyutils file that no libkeyutils1
 * package lists is a sign (the md5 check covers the files it does list); without them, only a file larger
 * than clean builds is reported.
 */
async function keyutilsSigns(
  ctx: CollectContext,
  merged: Map<string, string>,
  listing: (dir: string) => Promise<{ dir: string; entries: DirEntry[] }>,
): Promise<RootkitFileSign[]> {
  const candidates: { path: string; size: number }[] = [];
  for (const name of KEYUTILS_DIRS) {
    const { dir, entries } = await listing(name);
    for (const entry of entries) {
      if (entry.type !== 'file' || !entry.name.startsWith('libkeyutils')) continue;
      const path = `${dir}/${entry.name}`;
      const info = await ctx.root.stat(path);
      if (info.ok) candidates.push({ path, size: info.size });
    }
  }
  if (candidates.length === 0) return [];

  const info = await ctx.root.list(DPKG_INFO);
  if (!info.ok) {
    if (!info.missing) {
      ctx.noteFailure(DPKG_INFO, info, 'files');
      return [];
    }
    return candidates
      .filter((c) => c.size > KEYUTILS_MAX_CLEAN_BYTES)
      .map((c) => ({
        path: c.path,
        family: 'Ebury/Windigo',
        why: `libkeyutils of ${c.size} bytes, larger than clean builds (about 10–23 KB); Ebury's patched copies were larger`,
        type: 'file' as const,
        match: 'keyutils-size' as const,
        size: c.size,
      }));
  }
  const owned = new Set<string>();
  for (const entry of info.entries) {
    if (!/^libkeyutils1(:[\w-]+)?\.list$/.test(entry.name)) continue;
    const text = await ctx.readText(`${DPKG_INFO}/${entry.name}`, { field: 'files' });
    for (const line of (text ?? '').split('\n'))
      if (line.startsWith('/')) owned.add(canonical(line.trim(), merged));
  }
  return candidates
    .filter((c) => !owned.has(c.path))
    .map((c) => ({
      path: c.path,
      family: 'Ebury/Windigo',
      why: 'a libkeyutils library that no installed libkeyutils1 package owns; Ebury drops its OpenSSH backdoor as an extra libkeyutils and repoints the link to it',
      type: 'file' as const,
      match: 'keyutils-unowned' as const,
      size: c.size,
    }));
}

async function preloaded(ctx: CollectContext): Promise<RootkitPreloadSign[]> {
  const text = await ctx.readText('/etc/ld.so.preload', { field: 'files' });
  if (text === undefined) return [];
  const out: RootkitPreloadSign[] = [];
  for (const p of parseLdSoPreload(text, '/etc/ld.so.preload')) {
    const known = familyOfLibrary(p.library);
    if (known) out.push({ library: p.library, family: known.family, why: known.why, where: p.where });
  }
  return out;
}

/** Module file names under one /lib/modules/<release> tree, never following links (build → headers). */
async function moduleFiles(ctx: CollectContext, top: string): Promise<string[]> {
  const out: string[] = [];
  let seen = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_TREE_DEPTH) {
      ctx.gap(dir, 'truncated', `deeper than ${MAX_TREE_DEPTH} levels`, 'modules');
      return;
    }
    const entries = await listDir(ctx, dir, 'modules');
    for (const entry of entries ?? []) {
      if (++seen > MAX_TREE_ENTRIES) {
        if (seen === MAX_TREE_ENTRIES + 1)
          ctx.gap(top, 'truncated', `more than ${MAX_TREE_ENTRIES} entries`, 'modules');
        return;
      }
      const path = `${dir}/${entry.name}`;
      if (entry.type === 'dir') await walk(path, depth + 1);
      else if (entry.type === 'file' && MODULE_FILE.test(entry.name)) out.push(path);
    }
  };
  await walk(top, 0);
  return out;
}

async function modules(ctx: CollectContext): Promise<RootkitModules> {
  const procPath = '/proc/modules';
  const procText = await ctx.readText(procPath, { field: 'modules' });
  const listed = procText !== undefined;
  const proc = listed ? parseProcModules(procText) : [];
  const releaseText = await ctx.readText('/proc/sys/kernel/osrelease', { field: 'modules' });
  const release = releaseText?.trim() || null;

  const onDisk: RootkitModules['onDisk'] = [];
  let treeNames: Set<string> | null = null;
  for (const entry of (await listDir(ctx, '/lib/modules', 'modules')) ?? []) {
    if (entry.type !== 'dir') continue;
    const files = await moduleFiles(ctx, `/lib/modules/${entry.name}`);
    if (entry.name === release) treeNames = new Set(files.map(moduleName));
    for (const file of files)
      if (knownModule(file)) onDisk.push({ name: moduleName(file), where: { path: file } });
  }
  const loadFiles = ['/etc/modules'];
  for (const dir of MODULES_LOAD_DIRS)
    for (const entry of (await listDir(ctx, dir, 'modules')) ?? [])
      if (entry.name.endsWith('.conf') && entry.type !== 'dir') loadFiles.push(`${dir}/${entry.name}`);
  for (const path of loadFiles) {
    const text = await ctx.readText(path, { field: 'modules' });
    for (const m of parseModulesLoad(text ?? ''))
      if (knownModule(m.name)) onDisk.push({ name: moduleName(m.name), where: { path, line: m.line } });
  }

  const loaded: LoadedModule[] = proc.map((m) => ({
    name: m.name,
    size: m.size,
    taint: m.taint,
    inTree: treeNames === null ? null : treeNames.has(moduleName(m.name)),
    where: { path: procPath, line: m.line },
  }));

  // A module the kernel still shows in sysfs as loaded but that /proc/modules leaves out has unlinked itself
  // from the module list. /proc/modules is read again afterwards so a module loading meanwhile is no sign.
  const hidden: RootkitModules['hidden'] = [];
  if (listed) {
    const names = new Set(proc.map((m) => m.name));
    const candidates: string[] = [];
    for (const entry of (await listDir(ctx, '/sys/module', 'modules')) ?? []) {
      if (entry.type !== 'dir' || names.has(entry.name)) continue;
      const state = await ctx.root.stat(`/sys/module/${entry.name}/initstate`);
      if (state.ok) candidates.push(entry.name);
    }
    if (candidates.length > 0) {
      const again = await ctx.root.readText(procPath);
      const later = new Set(again.ok ? parseProcModules(again.text).map((m) => m.name) : []);
      for (const name of candidates)
        if (!later.has(name)) hidden.push({ name, where: { path: `/sys/module/${name}/initstate` } });
    }
  }

  const taintPath = '/proc/sys/kernel/tainted';
  const taintText = await ctx.readText(taintPath, { field: 'modules' });
  const taintValue = taintText === undefined ? null : parseTainted(taintText);

  loaded.sort((a, b) => byString(a.name, b.name));
  hidden.sort((a, b) => byString(a.name, b.name));
  onDisk.sort((a, b) => byString(a.where.path, b.where.path) || (a.where.line ?? 0) - (b.where.line ?? 0));
  return {
    listed,
    release,
    treeFound: treeNames !== null,
    loaded,
    hidden,
    onDisk,
    taint: taintValue === null ? null : { value: taintValue, where: { path: taintPath } },
  };
}

async function binaries(ctx: CollectContext, merged: Map<string, string>): Promise<RootkitBinaries> {
  const info = await ctx.root.list(DPKG_INFO);
  if (!info.ok) {
    ctx.noteFailure(DPKG_INFO, info, 'binaries');
    return { manager: 'none', checked: [] };
  }
  const divertedText = await ctx.readText('/var/lib/dpkg/diversions', { field: 'binaries' });
  const diversions = parseDiversions(divertedText ?? '');
  const md5sums = new Map<string, string[]>();
  for (const entry of info.entries) {
    const match = /^([a-z0-9][a-z0-9+.-]*)(:[\w-]+)?\.md5sums$/.exec(entry.name);
    if (!match) continue;
    const list = md5sums.get(match[1]!) ?? [];
    list.push(entry.name);
    md5sums.set(match[1]!, list);
  }

  const checked = new Map<string, VerifiedFile>();
  for (const critical of CRITICAL_PACKAGES) {
    for (const file of md5sums.get(critical.package) ?? []) {
      const path = `${DPKG_INFO}/${file}`;
      const text = await ctx.readText(path, { field: 'binaries' });
      const pkg = file.replace(/\.md5sums$/, '');
      for (const record of parseMd5sums(text ?? '')) {
        if (!isCriticalFile(critical, record.path)) continue;
        const key = canonical(record.path, merged);
        if (checked.has(key)) continue;
        const diversion = diversions.get(record.path);
        const readFrom = diversion && diversion.by !== critical.package ? diversion.to : record.path;
        const bytes = await ctx.root.readBytes(readFrom, { allowBinary: true, maxBytes: MAX_BINARY_BYTES });
        if (!bytes.ok && !bytes.missing) {
          ctx.noteFailure(readFrom, bytes, 'binaries');
          continue;
        }
        checked.set(key, {
          path: record.path,
          ...(readFrom === record.path ? {} : { readFrom }),
          package: pkg,
          recorded: record.md5,
          actual: bytes.ok ? createHash('md5').update(bytes.bytes).digest('hex') : null,
          size: bytes.ok ? bytes.bytes.length : null,
          where: { path, line: record.line },
        });
      }
    }
  }
  return { manager: 'dpkg', checked: [...checked.values()].sort((a, b) => byString(a.path, b.path)) };
}

export const rootkitCollector = defineCollector({
  section: 'rootkit',
  version: 1,
  async collect(ctx): Promise<RootkitSection> {
    const merged = await mergedDirs(ctx);
    const [files, preload, mods, bins] = await Promise.all([
      knownFiles(ctx, merged),
      preloaded(ctx),
      modules(ctx),
      binaries(ctx, merged),
    ]);
    return { knownFiles: files, preloaded: preload, modules: mods, binaries: bins };
  },
});
