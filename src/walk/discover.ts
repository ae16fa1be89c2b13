/**
 * Finding the web roots of a host: read the web-server configurations (following their includes, through
 * the collector's reader, so unreadable configs become gaps) and add the conventional content directories.
 */
import type { DirEntry } from '../host/root.ts';
import { normaliseHostPath } from '../host/root.ts';
import { compileGlob, hasMagic } from './glob.ts';
import {
  parseApache,
  parseCaddy,
  parseNginx,
  parsePhpFpm,
  type ParsedConfig,
  type WebRootRef,
  type WebServer,
} from './web-roots.ts';

/** What discovery needs from the collector context (CollectContext satisfies it). */
export interface ConfigReader {
  readText(hostPath: string): Promise<string | undefined>;
  list(hostPath: string): Promise<DirEntry[] | undefined>;
}

/** Main configuration files, with the directory their relative includes resolve against. */
const MAIN_CONFIGS: readonly { server: WebServer; glob: string; base: string }[] = [
  { server: 'nginx', glob: '/etc/nginx/nginx.conf', base: '/etc/nginx' },
  { server: 'nginx', glob: '/usr/local/nginx/conf/nginx.conf', base: '/usr/local/nginx/conf' },
  {
    server: 'nginx',
    glob: '/usr/local/openresty/nginx/conf/nginx.conf',
    base: '/usr/local/openresty/nginx/conf',
  },
  // 宝塔 (BT) panel and LNMP one-click installs, both common on Chinese servers.
  { server: 'nginx', glob: '/www/server/nginx/conf/nginx.conf', base: '/www/server/nginx/conf' },
  { server: 'apache', glob: '/etc/apache2/apache2.conf', base: '/etc/apache2' },
  { server: 'apache', glob: '/etc/httpd/conf/httpd.conf', base: '/etc/httpd' },
  { server: 'apache', glob: '/usr/local/apache2/conf/httpd.conf', base: '/usr/local/apache2' },
  { server: 'apache', glob: '/www/server/apache/conf/httpd.conf', base: '/www/server/apache' },
  { server: 'caddy', glob: '/etc/caddy/Caddyfile', base: '/etc/caddy' },
  { server: 'php-fpm', glob: '/etc/php/*/fpm/php-fpm.conf', base: '/etc' },
  { server: 'php-fpm', glob: '/etc/php/*/fpm/pool.d/*.conf', base: '/etc' },
  { server: 'php-fpm', glob: '/etc/php-fpm.conf', base: '/etc' },
  { server: 'php-fpm', glob: '/etc/php-fpm.d/*.conf', base: '/etc' },
  { server: 'php-fpm', glob: '/etc/opt/remi/*/php-fpm.d/*.conf', base: '/etc' },
  { server: 'php-fpm', glob: '/www/server/php/*/etc/php-fpm.conf', base: '/etc' },
];

/** Directories that hold web content by convention, whatever the configs say. */
export const CONVENTIONAL_WEB_ROOTS: readonly string[] = [
  '/var/www',
  '/srv',
  '/usr/share/nginx/html',
  '/www/wwwroot',
  '/home/wwwroot',
];

const MAX_INCLUDE_DEPTH = 16;
const MAX_CONFIG_FILES = 2000;

const PARSERS: Record<WebServer, (text: string, path: string) => ParsedConfig> = {
  nginx: parseNginx,
  apache: parseApache,
  caddy: parseCaddy,
  'php-fpm': parsePhpFpm,
};

/** Expand a host-path glob through the reader, sorted; a pattern without wildcards is returned as is. */
export async function expandGlob(reader: ConfigReader, pattern: string): Promise<string[]> {
  const normal = normaliseHostPath(pattern);
  if (!hasMagic(normal)) return [normal];
  const parts = normal.split('/').filter(Boolean);
  let current = ['/'];
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    const next: string[] = [];
    for (const dir of current) {
      const child = (name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);
      if (!hasMagic(part)) {
        next.push(child(part));
        continue;
      }
      const entries = await reader.list(dir);
      if (!entries) continue;
      const re = compileGlob(part);
      for (const e of entries) {
        if (e.name.startsWith('.') && !part.startsWith('.')) continue; // shells and nginx's glob() skip dotfiles
        if (!re.test(e.name)) continue;
        if (!last && e.type === 'file') continue;
        next.push(child(e.name));
      }
    }
    current = next;
    if (current.length > MAX_CONFIG_FILES) current = current.slice(0, MAX_CONFIG_FILES);
  }
  return current.sort();
}

export interface Discovery {
  /** Each web root once (the first reference that named it), sorted by directory. */
  webRoots: WebRootRef[];
  /** Every configuration file read. */
  configs: string[];
}

function resolveInclude(pattern: string, base: string): string {
  return pattern.startsWith('/') ? pattern : `${base}/${pattern}`;
}

export async function discoverWebRoots(reader: ConfigReader): Promise<Discovery> {
  const seen = new Set<string>();
  const refs: WebRootRef[] = [];
  const visit = async (server: WebServer, file: string, base: string, depth: number): Promise<void> => {
    if (seen.has(file) || seen.size >= MAX_CONFIG_FILES || depth > MAX_INCLUDE_DEPTH) return;
    seen.add(file);
    const text = await reader.readText(file);
    if (text === undefined) return;
    const parsed = PARSERS[server](text, file);
    refs.push(...parsed.roots);
    const includeBase =
      server === 'apache'
        ? (parsed.serverRoot ?? base)
        : server === 'caddy'
          ? file.slice(0, file.lastIndexOf('/')) || '/'
          : base;
    for (const inc of parsed.includes) {
      const target = resolveInclude(inc.pattern, includeBase);
      for (const match of await expandGlob(reader, target))
        await visit(server, match, includeBase, depth + 1);
    }
  };
  for (const main of MAIN_CONFIGS) {
    for (const file of await expandGlob(reader, main.glob)) await visit(main.server, file, main.base, 0);
  }
  const byDir = new Map<string, WebRootRef>();
  for (const ref of refs) if (!byDir.has(ref.dir)) byDir.set(ref.dir, ref);
  const webRoots = [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return { webRoots, configs: [...seen].sort() };
}

/** The web root a host path lies under (the longest matching directory), or null. */
export function webRootOf(hostPath: string, webRoots: readonly string[]): string | null {
  let best: string | null = null;
  for (const dir of webRoots) {
    if (
      (hostPath === dir || hostPath.startsWith(dir === '/' ? '/' : `${dir}/`)) &&
      (best === null || dir.length > best.length)
    )
      best = dir;
  }
  return best;
}
