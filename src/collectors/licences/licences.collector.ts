/**
 * licences: the open-source components of the applications on the host (issue 6 item 4), from
 * package manifests and lock files (npm, Composer, PyPI, Go, Cargo, Maven) found under the web roots and
 * the usual application directories, and on request Debian's /usr/share/doc/PKG/copyright files.
 * Nothing is executed; dependency trees are not walked: lock files and installed metadata are read.
 */
import path from 'node:path';
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { LICENCE_FILE, identifyLicenceText } from '../../licences/licence-text.ts';
import { parseLicence, parseLicenceParts } from '../../licences/spdx.ts';
import {
  parseCargo,
  parseComposer,
  parseDebianCopyright,
  parseGoMod,
  parsePackageJson,
  parsePackageLock,
  parsePom,
  parsePythonMetadata,
  parseRequirements,
  type DeclaredComponent,
  type Ecosystem,
  type ManifestInfo,
} from '../../licences/manifests.ts';
import { CONVENTIONAL_WEB_ROOTS, discoverWebRoots, webRootOf } from '../../walk/discover.ts';
import { pathFilter } from '../../walk/glob.ts';
import { distinctRoots, walk } from '../../walk/walk.ts';
import type { LicenceComponent, LicenceProject, LicencesSection } from './licences.types.ts';

/** Application directories besides the web roots; /home and /root only on a full walk. */
export const APP_ROOTS: readonly string[] = ['/srv', '/opt', '/var/www', '/usr/local/lib'];
export const HOME_ROOTS: readonly string[] = ['/home', '/root'];

const PARSERS: Record<string, { ecosystem: Ecosystem; parse: (text: string) => ManifestInfo }> = {
  'package.json': { ecosystem: 'npm', parse: parsePackageJson },
  'package-lock.json': { ecosystem: 'npm', parse: parsePackageLock },
  'npm-shrinkwrap.json': { ecosystem: 'npm', parse: parsePackageLock },
  'composer.json': { ecosystem: 'composer', parse: parseComposer },
  'composer.lock': { ecosystem: 'composer', parse: parseComposer },
  'requirements.txt': { ecosystem: 'pypi', parse: parseRequirements },
  METADATA: { ecosystem: 'pypi', parse: parsePythonMetadata },
  'PKG-INFO': { ecosystem: 'pypi', parse: parsePythonMetadata },
  'go.mod': { ecosystem: 'go', parse: parseGoMod },
  'Cargo.toml': { ecosystem: 'cargo', parse: parseCargo },
  'Cargo.lock': { ecosystem: 'cargo', parse: parseCargo },
  'pom.xml': { ecosystem: 'maven', parse: parsePom },
};

/** Trees whose contents are dependencies (read through lock files) or build output, not projects. */
const SKIP_DIRS = [
  'node_modules',
  'vendor',
  '.git',
  '.hg',
  '.svn',
  '.cache',
  '.npm',
  '__pycache__',
  'target',
  'bower_components',
  '.node*',
  '.nvm',
  '.cargo',
  '.rustup',
  '.m2',
  '.gradle',
];

const MAX_MANIFESTS = 5_000;
const MAX_DEPTH = 10;
/** Direct npm/Composer dependencies looked up in node_modules / vendor when no lock file declares licences. */
const MAX_INSTALLED_LOOKUPS = 2_000;

export interface LicenceOptions {
  /** Walk /home and /root too. */
  homes?: boolean;
  /** Extra directories to inventory (assess licences --path). */
  paths?: readonly string[];
  /** Only these directories (no web-root discovery). */
  only?: boolean;
  /** Add Debian's copyright files (the system inventory). */
  system?: boolean;
}

function component(ecosystem: Ecosystem, c: DeclaredComponent, source: string): LicenceComponent {
  const parsed =
    c.declared === undefined
      ? undefined
      : ecosystem === 'debian' && typeof c.declared === 'string'
        ? parseLicenceParts(c.declared)
        : parseLicence(c.declared);
  return {
    ecosystem,
    name: c.name,
    ...(c.version === undefined ? {} : { version: c.version }),
    ...(parsed === undefined ? {} : { declared: parsed.raw }),
    ...(parsed?.expression === undefined ? {} : { expression: parsed.expression }),
    family: parsed?.family ?? 'unknown',
    ...(c.dev ? { dev: true } : {}),
    source,
  };
}

const PROPRIETARY = /^(UNLICENSED|proprietary|commercial|LicenseRef-proprietary)$/i;

/**
 * The web root a project is served from: a configured root it sits in or that sits in it (/srv/app with
 * `root /srv/app/public`), else a conventional one it sits in (/var/www/site).
 */
function servedFrom(dir: string, configured: readonly string[], all: readonly string[]): string | null {
  return (
    webRootOf(dir, configured) ??
    configured.find((w) => w.startsWith(`${dir}/`)) ??
    // /srv holds services of every kind: without a web-server config pointing into it, a project there
    // is not taken as served.
    webRootOf(
      dir,
      all.filter((w) => w !== '/srv'),
    ) ??
    null
  );
}

/** The installed package's own manifest, for npm/Composer dependencies no lock file described. */
async function installedLicence(
  ctx: CollectContext,
  dir: string,
  ecosystem: Ecosystem,
  name: string,
): Promise<{ declared?: string | string[]; version?: string; source: string } | undefined> {
  const file =
    ecosystem === 'npm' ? `${dir}/node_modules/${name}/package.json` : `${dir}/vendor/${name}/composer.json`;
  const text = await ctx.readText(file, { maxBytes: 1024 * 1024 });
  if (text === undefined) return undefined;
  const info = ecosystem === 'npm' ? parsePackageJson(text) : parseComposer(text);
  const { declared, version } = info.project ?? {};
  return {
    ...(declared === undefined ? {} : { declared }),
    ...(version === undefined ? {} : { version }),
    source: file,
  };
}

/** The licence of a directory from its LICENSE / COPYING file, identified by its title block. */
async function licenceFileOf(
  ctx: CollectContext,
  dir: string,
): Promise<{ id: string; source: string } | undefined> {
  const entries = await ctx.list(dir);
  for (const e of entries ?? []) {
    if (e.type !== 'file' || !LICENCE_FILE.test(e.name)) continue;
    const file = `${dir}/${e.name}`;
    const text = await ctx.readText(file, { maxBytes: 256 * 1024 });
    const id = text === undefined ? undefined : identifyLicenceText(text);
    if (id !== undefined) return { id, source: file };
  }
  return undefined;
}

export async function collectLicences(
  ctx: CollectContext,
  options: LicenceOptions = {},
): Promise<LicencesSection> {
  const discovery = options.only ? { webRoots: [] } : await discoverWebRoots(ctx);
  const configured = [...new Set(discovery.webRoots.map((r) => r.dir))].sort();
  const webRoots = options.only ? [] : [...new Set([...configured, ...CONVENTIONAL_WEB_ROOTS])].sort();
  const roots = distinctRoots([
    ...(options.only ? [] : [...webRoots, ...APP_ROOTS, ...(options.homes ? HOME_ROOTS : [])]),
    ...(options.paths ?? []),
  ]);
  const names = Object.keys(PARSERS);
  const byDir = new Map<string, { ecosystem: Ecosystem; infos: { file: string; info: ManifestInfo }[] }>();
  let count = 0;
  for await (const event of walk(ctx.root, {
    roots,
    maxFiles: MAX_MANIFESTS,
    maxDepth: MAX_DEPTH,
    include: pathFilter(names),
    exclude: pathFilter(SKIP_DIRS),
  })) {
    if (event.kind === 'gap') {
      ctx.gap(event.path, event.reason, event.detail);
      continue;
    }
    const base = path.posix.basename(event.path);
    const parser = PARSERS[base];
    if (!parser) continue;
    // METADATA / PKG-INFO only inside a Python distribution's metadata directory.
    if (
      (base === 'METADATA' || base === 'PKG-INFO') &&
      !/\.(dist|egg)-info$/.test(path.posix.dirname(event.path))
    )
      continue;
    const text = await ctx.readText(event.path, { maxBytes: 32 * 1024 * 1024 });
    if (text === undefined) continue;
    count++;
    const info = parser.parse(text);
    if (info.error !== undefined) ctx.gap(event.path, 'read-error', `cannot parse: ${info.error}`);
    // A Python distribution belongs to the environment it is installed in: the directory above site-packages.
    const dir =
      parser.ecosystem === 'pypi' && base !== 'requirements.txt'
        ? path.posix
            .dirname(path.posix.dirname(event.path))
            .replace(/\/lib\/python[^/]+\/(site|dist)-packages$/, '')
        : path.posix.dirname(event.path);
    const key = `${dir}\u0000${parser.ecosystem}`;
    const entry = byDir.get(key) ?? { ecosystem: parser.ecosystem, infos: [] };
    entry.infos.push({ file: event.path, info });
    byDir.set(key, entry);
  }
  let lookups = 0;
  const projects: LicenceProject[] = [];
  for (const [key, { ecosystem, infos }] of [...byDir].sort(([a], [b]) => a.localeCompare(b))) {
    const dir = key.slice(0, key.indexOf('\u0000'));
    const own = infos.find((i) => i.info.project !== undefined)?.info.project;
    // Lock files (and installed metadata) are more exact than manifests: their entries win by name.
    const components = new Map<string, LicenceComponent>();
    const ordered = [...infos].sort(
      (a, b) =>
        Number(/lock|shrinkwrap|METADATA|PKG-INFO/.test(a.file)) -
        Number(/lock|shrinkwrap|METADATA|PKG-INFO/.test(b.file)),
    );
    for (const { file, info } of ordered) {
      for (const c of info.components) {
        const prev = components.get(c.name);
        const next = component(ecosystem, c, file);
        if (!prev || next.declared !== undefined || prev.declared === undefined)
          components.set(
            c.name,
            prev && next.version === undefined && prev.version !== undefined
              ? { ...next, version: prev.version }
              : next,
          );
      }
    }
    if (ecosystem === 'npm' || ecosystem === 'composer') {
      for (const [name, c] of components) {
        if (c.declared !== undefined || lookups >= MAX_INSTALLED_LOOKUPS) continue;
        lookups++;
        const found = await installedLicence(ctx, dir, ecosystem, name);
        if (found?.declared === undefined) continue;
        // The installed copy's exact version beats the manifest's range.
        const version = found.version ?? c.version;
        const installed = {
          name,
          declared: found.declared,
          ...(version === undefined ? {} : { version }),
          ...(c.dev ? { dev: true } : {}),
        };
        components.set(name, component(ecosystem, installed, found.source));
      }
    }
    if (ecosystem === 'go') {
      // Vendored modules carry their licence files: vendor/<module>/LICENSE.
      for (const [name, c] of components) {
        if (c.declared !== undefined || lookups >= MAX_INSTALLED_LOOKUPS) continue;
        lookups++;
        const found = await licenceFileOf(ctx, `${dir}/vendor/${name}`);
        if (found)
          components.set(name, {
            ...component(ecosystem, { ...c, declared: found.id }, found.source),
            ...(c.version === undefined ? {} : { version: c.version }),
          });
      }
    }
    // A project that declares no licence in its manifest may still carry a LICENSE file.
    const fromFile = own?.declared === undefined ? await licenceFileOf(ctx, dir) : undefined;
    const ownDeclared = own?.declared ?? fromFile?.id;
    const parsed = ownDeclared === undefined ? undefined : parseLicence(ownDeclared);
    const rawOwn = parsed?.raw;
    projects.push({
      dir,
      ecosystem,
      manifests: [...infos.map((i) => i.file), ...(fromFile ? [fromFile.source] : [])].sort(),
      ...(own?.name === undefined ? {} : { name: own.name }),
      ...(rawOwn === undefined ? {} : { declared: rawOwn }),
      ...(parsed?.expression === undefined ? {} : { expression: parsed.expression }),
      family: parsed?.family ?? 'unknown',
      proprietary:
        (rawOwn !== undefined && PROPRIETARY.test(rawOwn)) || (own?.private === true && rawOwn === undefined),
      webRoot: servedFrom(dir, configured, webRoots),
      components: [...components.values()].sort((a, b) => a.name.localeCompare(b.name)),
    });
  }
  const section: LicencesSection = { roots, projects };
  if (count >= MAX_MANIFESTS)
    ctx.gap('/', 'truncated', `more than ${MAX_MANIFESTS} manifests; the rest were not read`);
  if (options.system) section.system = await systemPackages(ctx);
  return section;
}

/** Debian packages: one component per /usr/share/doc/PKG/copyright. */
async function systemPackages(ctx: CollectContext): Promise<LicenceComponent[]> {
  const entries = await ctx.list('/usr/share/doc');
  const out: LicenceComponent[] = [];
  for (const e of entries ?? []) {
    if (e.type !== 'dir') continue;
    const file = `/usr/share/doc/${e.name}/copyright`;
    const text = await ctx.readText(file, { maxBytes: 4 * 1024 * 1024 });
    if (text === undefined) continue;
    const info = parseDebianCopyright(text, e.name);
    for (const c of info.components) out.push(component('debian', c, file));
  }
  return out;
}

export const licencesCollector = defineCollector({
  section: 'licences',
  version: 1,
  collect: (ctx) => collectLicences(ctx, { homes: ctx.content?.mode === 'full' }),
});
