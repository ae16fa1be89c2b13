/**
 * Package manifests and lock files → the components they declare, with the licence each declares.
 * Pure parsers over text; they never throw (a file they cannot read yields `error`), and they never
 * execute anything (no `npm ls`, no `pip show`).
 */
import { parseTomlLite } from '../collectors/proxies/parse-toml-lite.ts';
import { toPlain } from '../collectors/proxies/parse-jsonc.ts';

export const ECOSYSTEMS = ['npm', 'pypi', 'go', 'cargo', 'maven', 'composer', 'debian'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

export interface DeclaredComponent {
  name: string;
  version?: string;
  /** The licence as declared (one string or alternatives); absent: the manifest does not say. */
  declared?: string | string[];
  /** A development-only dependency (not shipped with the app). */
  dev?: boolean;
}

export interface ManifestInfo {
  ecosystem: Ecosystem;
  /** The project's own name and licence, when the file describes a project. */
  project?: { name?: string; version?: string; declared?: string | string[]; private?: boolean };
  components: DeclaredComponent[];
  error?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function json(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** npm's `license` (string), the old `licenses` ([{type}] or [string]), or `license: {type}`. */
function npmDeclared(pkg: Obj): string | string[] | undefined {
  const lic = pkg.license;
  if (typeof lic === 'string') return lic;
  if (isObj(lic) && typeof lic.type === 'string') return lic.type;
  if (Array.isArray(pkg.licenses)) {
    const list = pkg.licenses
      .map((l) => (typeof l === 'string' ? l : isObj(l) ? asStr(l.type) : undefined))
      .filter((l): l is string => l !== undefined);
    return list.length > 0 ? list : undefined;
  }
  return undefined;
}

export function parsePackageJson(text: string): ManifestInfo {
  const r = json(text);
  if (!r.ok || !isObj(r.value))
    return { ecosystem: 'npm', components: [], error: r.ok ? 'not an object' : r.error };
  const pkg = r.value;
  const deps = (field: string, dev: boolean): DeclaredComponent[] =>
    isObj(pkg[field])
      ? Object.entries(pkg[field]).map(([name, range]) => ({
          name,
          ...(typeof range === 'string' ? { version: range } : {}),
          ...(dev ? { dev } : {}),
        }))
      : [];
  const declared = npmDeclared(pkg);
  return {
    ecosystem: 'npm',
    project: {
      ...(asStr(pkg.name) === undefined ? {} : { name: asStr(pkg.name) }),
      ...(asStr(pkg.version) === undefined ? {} : { version: asStr(pkg.version) }),
      ...(declared === undefined ? {} : { declared }),
      ...(pkg.private === true ? { private: true } : {}),
    },
    components: [...deps('dependencies', false), ...deps('devDependencies', true)],
  };
}

/** package-lock.json v2/v3 (`packages`, which carries `license`) or v1 (`dependencies`, which does not). */
export function parsePackageLock(text: string): ManifestInfo {
  const r = json(text);
  if (!r.ok || !isObj(r.value))
    return { ecosystem: 'npm', components: [], error: r.ok ? 'not an object' : r.error };
  const lock = r.value;
  const components: DeclaredComponent[] = [];
  if (isObj(lock.packages)) {
    for (const [where, entry] of Object.entries(lock.packages)) {
      if (where === '' || !isObj(entry)) continue;
      const name =
        asStr(entry.name) ?? where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const declared = npmDeclared(entry);
      components.push({
        name,
        ...(asStr(entry.version) === undefined ? {} : { version: asStr(entry.version) }),
        ...(declared === undefined ? {} : { declared }),
        ...(entry.dev === true ? { dev: true } : {}),
      });
    }
  } else if (isObj(lock.dependencies)) {
    const visit = (deps: Obj) => {
      for (const [name, entry] of Object.entries(deps)) {
        if (!isObj(entry)) continue;
        components.push({
          name,
          ...(asStr(entry.version) === undefined ? {} : { version: asStr(entry.version) }),
          ...(entry.dev === true ? { dev: true } : {}),
        });
        if (isObj(entry.dependencies)) visit(entry.dependencies);
      }
    };
    visit(lock.dependencies);
  }
  return { ecosystem: 'npm', components };
}

/** composer.json (the project) or composer.lock (`packages`, `packages-dev`, each with `license: []`). */
export function parseComposer(text: string): ManifestInfo {
  const r = json(text);
  if (!r.ok || !isObj(r.value))
    return { ecosystem: 'composer', components: [], error: r.ok ? 'not an object' : r.error };
  const c = r.value;
  const lic = (v: unknown): string | string[] | undefined =>
    typeof v === 'string'
      ? v
      : Array.isArray(v)
        ? v.filter((x): x is string => typeof x === 'string')
        : undefined;
  const components: DeclaredComponent[] = [];
  for (const [field, dev] of [
    ['packages', false],
    ['packages-dev', true],
  ] as const) {
    if (!Array.isArray(c[field])) continue;
    for (const p of c[field]) {
      if (!isObj(p) || typeof p.name !== 'string') continue;
      const declared = lic(p.license);
      components.push({
        name: p.name,
        ...(asStr(p.version) === undefined ? {} : { version: asStr(p.version) }),
        ...(declared === undefined ? {} : { declared }),
        ...(dev ? { dev } : {}),
      });
    }
  }
  if (isObj(c.require))
    for (const [name, version] of Object.entries(c.require))
      if (!name.startsWith('ext-') && name !== 'php' && typeof version === 'string')
        components.push({ name, version });
  const declared = lic(c.license);
  const isLock = Array.isArray(c.packages);
  return {
    ecosystem: 'composer',
    ...(isLock
      ? {}
      : {
          project: {
            ...(asStr(c.name) === undefined ? {} : { name: asStr(c.name) }),
            ...(declared === undefined ? {} : { declared }),
          },
        }),
    components: isLock ? components.filter((x) => x.declared !== undefined || !isObj(c.require)) : components,
  };
}

/** RFC 822-style METADATA / PKG-INFO of an installed Python distribution. */
export function parsePythonMetadata(text: string): ManifestInfo {
  const head = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const fields: [string, string][] = [];
  for (const line of head.split(/\r?\n/)) {
    const m = /^([A-Za-z-]+):\s?(.*)$/.exec(line);
    if (m) fields.push([m[1]!.toLowerCase(), m[2]!.trim()]);
  }
  const get = (k: string) => fields.find(([f]) => f === k)?.[1];
  const classifiers = fields
    .filter(([f, v]) => f === 'classifier' && v.startsWith('License ::'))
    .map(([, v]) => v.split('::').pop()!.trim())
    .filter((v) => v !== 'OSI Approved');
  const expr = get('license-expression');
  const licence = get('license');
  // A long License field is the whole licence text pasted in; the classifiers say it better.
  const declared =
    expr ??
    (classifiers.length > 0
      ? classifiers
      : licence && licence.length < 80 && licence !== 'UNKNOWN'
        ? licence
        : undefined);
  const name = get('name');
  if (name === undefined) return { ecosystem: 'pypi', components: [], error: 'no Name field' };
  return {
    ecosystem: 'pypi',
    components: [
      {
        name,
        ...(get('version') === undefined ? {} : { version: get('version') }),
        ...(declared === undefined ? {} : { declared }),
      },
    ],
  };
}

/** requirements.txt: names and pins only (licences come from installed METADATA). */
export function parseRequirements(text: string): ManifestInfo {
  const components: DeclaredComponent[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith('-')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(?:(==|>=|~=|<=|>|<|!=)\s*([^;\s,]+))?/.exec(
      line,
    );
    if (m) components.push({ name: m[1]!, ...(m[2] === '==' && m[3] ? { version: m[3] } : {}) });
  }
  return { ecosystem: 'pypi', components };
}

/** go.mod: the module and its `require` lines (single and block form). */
export function parseGoMod(text: string): ManifestInfo {
  const components: DeclaredComponent[] = [];
  let module: string | undefined;
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line.startsWith('module ')) module = line.slice(7).trim();
    else if (/^require\s*\($/.test(line)) inBlock = true;
    else if (inBlock && line === ')') inBlock = false;
    else {
      const m = (inBlock ? /^(\S+)\s+(\S+)/ : /^require\s+(\S+)\s+(\S+)/).exec(line);
      if (m) components.push({ name: m[1]!, version: m[2]! });
    }
  }
  return { ecosystem: 'go', ...(module === undefined ? {} : { project: { name: module } }), components };
}

/** Cargo.toml (`[package] license`) or Cargo.lock (`[[package]]` names and versions). */
export function parseCargo(text: string): ManifestInfo {
  const doc = toPlain(parseTomlLite(text));
  if (!isObj(doc)) return { ecosystem: 'cargo', components: [], error: 'unreadable TOML' };
  if (Array.isArray(doc.package)) {
    const components = doc.package
      .filter(isObj)
      .filter((p) => typeof p.name === 'string' && p.source !== undefined)
      .map((p) => ({
        name: p.name as string,
        ...(asStr(p.version) === undefined ? {} : { version: asStr(p.version) }),
      }));
    return { ecosystem: 'cargo', components };
  }
  const pkg = isObj(doc.package) ? doc.package : {};
  const components = isObj(doc.dependencies)
    ? Object.entries(doc.dependencies).map(([name, v]) => ({
        name,
        ...(typeof v === 'string'
          ? { version: v }
          : isObj(v) && typeof v.version === 'string'
            ? { version: v.version }
            : {}),
      }))
    : [];
  return {
    ecosystem: 'cargo',
    project: {
      ...(asStr(pkg.name) === undefined ? {} : { name: asStr(pkg.name) }),
      ...(asStr(pkg.version) === undefined ? {} : { version: asStr(pkg.version) }),
      ...(asStr(pkg.license) === undefined ? {} : { declared: asStr(pkg.license) }),
    },
    components,
  };
}

const xmlText = (s: string) =>
  s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** pom.xml: the project's `<licenses>` and its `<dependencies>` (no property interpolation). */
export function parsePom(text: string): ManifestInfo {
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const tag = (s: string, name: string) => {
    const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(s);
    return m ? xmlText(m[1]!) : undefined;
  };
  const licences = [...body.matchAll(/<license>([\s\S]*?)<\/license>/g)]
    .map((m) => tag(m[1]!, 'name'))
    .filter((n): n is string => n !== undefined);
  const deps = /<dependencies>([\s\S]*?)<\/dependencies>/.exec(
    body.replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/g, ''),
  );
  const components: DeclaredComponent[] = [];
  for (const m of (deps?.[1] ?? '').matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
    const g = tag(m[1]!, 'groupId');
    const a = tag(m[1]!, 'artifactId');
    const v = tag(m[1]!, 'version');
    if (g && a)
      components.push({
        name: `${g}:${a}`,
        ...(v === undefined ? {} : { version: v }),
        ...(tag(m[1]!, 'scope') === 'test' ? { dev: true } : {}),
      });
  }
  const outside = body
    .replace(/<dependencies>[\s\S]*?<\/dependencies>/g, '')
    .replace(/<parent>[\s\S]*?<\/parent>/g, '')
    .replace(/<build>[\s\S]*?<\/build>/g, '');
  const g = tag(outside, 'groupId');
  const a = tag(outside, 'artifactId');
  return {
    ecosystem: 'maven',
    project: {
      ...(a === undefined ? {} : { name: g ? `${g}:${a}` : a }),
      ...(tag(outside, 'version') === undefined ? {} : { version: tag(outside, 'version') }),
      ...(licences.length > 0 ? { declared: licences } : {}),
    },
    components,
  };
}

/**
 * /usr/share/doc/PKG/copyright. Machine-readable (DEP-5) files name a licence per `Files:` stanza;
 * every stanza's licence applies to its files, so the package carries all of them (AND).
 */
export function parseDebianCopyright(text: string, pkg: string): ManifestInfo {
  if (!/^Format:\s*\S*copyright-format/im.test(text)) {
    // Free-form files point at the licence texts Debian ships: "see /usr/share/common-licenses/GPL-2".
    const named = [
      ...new Set(
        [
          ...text.matchAll(/\/usr\/share\/common-licenses\/([A-Za-z0-9.+-]+?)(?=[\s'",;)]|\.(?:\s|$)|$)/gm),
        ].map((m) => m[1]!),
      ),
    ];
    return {
      ecosystem: 'debian',
      components: [{ name: pkg, ...(named.length === 0 ? {} : { declared: named.join(' AND ') }) }],
    };
  }
  const ids = new Set<string>();
  for (const stanza of text.split(/\r?\n\s*\r?\n/)) {
    if (!/^Files:/m.test(stanza)) continue;
    const m = /^License:[ \t]*(\S[^\r\n]*)$/m.exec(stanza);
    if (m) ids.add(m[1]!.trim());
  }
  const list = [...ids];
  return {
    ecosystem: 'debian',
    components: [
      {
        name: pkg,
        ...(list.length === 0
          ? {}
          : {
              declared:
                list.length === 1
                  ? list[0]!
                  : list.map((l) => (/\s(or|and)\s/i.test(l) ? `(${l})` : l)).join(' AND '),
            }),
      },
    ],
  };
}
