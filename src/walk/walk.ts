/**
 * The file walk (DESIGN §5): which trees, in which order, within which limits. It only lists
 * directories (through HostRoot) and yields the plain files to scan; opening and reading them is the
 * engine's job (scan-file.ts).
 *
 * Rules:
 * - Everything goes through HostRoot: host paths only, never outside the root.
 * - Symbolic links are never followed, to directories or to files: what they point at is scanned where
 *   it lives if that place is one of the roots. Sockets, FIFOs and devices are never opened.
 * - /proc, /sys and the virtual trees of /dev (all but /dev/shm and hidden directories) are never entered, whatever the roots; neither are `.git`
 *   object stores (zlib-compressed blobs that no text detector can read; the working tree is scanned).
 *   node_modules and vendor trees ARE walked: a supply-chain payload lives exactly there.
 * - Order is deterministic: roots sorted, entries sorted by name, depth first.
 * - Limits: `maxFiles` plain files in all (reached → one 'truncated' gap and the walk stops);
 *   `maxDepth` directory levels below a root (deeper → one 'truncated' gap per cut directory).
 * - Unreadable directories are gaps; a directory that vanished is skipped.
 */
import type { GapReason } from '../core/evidence.ts';
import { normaliseHostPath, type HostRoot } from '../host/root.ts';
import type { PathFilter } from './glob.ts';

export interface WalkOptions {
  roots: readonly string[];
  maxFiles: number;
  maxDepth: number;
  /** When set, only files matching it are yielded (directories are still entered). */
  include?: PathFilter | undefined;
  /** Files and directories matching it are skipped (a directory is not entered). */
  exclude?: PathFilter | undefined;
}

export type WalkEvent =
  { kind: 'file'; path: string } | { kind: 'gap'; path: string; reason: GapReason; detail: string };

export const DEFAULT_MAX_FILES = 200_000;
export const DEFAULT_MAX_DEPTH = 32;

/**
 * /dev is entered only for its plain files, /dev/shm and hidden directories (a classic hiding place);
 * pts, mqueue, hugepages and the like are never walked.
 */
const NEVER_ENTER = [
  /^\/proc(\/|$)/,
  /^\/sys(\/|$)/,
  /^\/dev\/(?!shm(\/|$)|\.)[^/]+(\/|$)/,
  /\/\.git\/objects$/,
];

export function neverEnter(hostPath: string): boolean {
  return NEVER_ENTER.some((re) => re.test(hostPath));
}

/** Sorted, normalised, and without roots nested in another root (they would be walked twice). */
export function distinctRoots(roots: readonly string[]): string[] {
  const sorted = [...new Set(roots.map(normaliseHostPath))].sort();
  const out: string[] = [];
  for (const r of sorted) {
    if (out.some((o) => o === '/' || r === o || r.startsWith(`${o}/`))) continue;
    out.push(r);
  }
  return out;
}

function child(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

export async function* walk(root: HostRoot, options: WalkOptions): AsyncGenerator<WalkEvent> {
  let files = 0;
  for (const start of distinctRoots(options.roots)) {
    if (neverEnter(start) || options.exclude?.matches(start)) continue;
    // A root is a directory (entered) or a single file.
    const info = await root.stat(start);
    if (!info.ok) {
      if (!info.missing) yield { kind: 'gap', path: start, reason: info.reason, detail: info.detail };
      continue;
    }
    if (info.type === 'file') {
      if (options.include && !options.include.matches(start)) continue;
      if (files >= options.maxFiles) {
        yield {
          kind: 'gap',
          path: start,
          reason: 'truncated',
          detail: `file limit of ${options.maxFiles} reached`,
        };
        return;
      }
      files++;
      yield { kind: 'file', path: start };
      continue;
    }
    if (info.type !== 'dir') continue;
    const stack: { path: string; depth: number }[] = [{ path: start, depth: 0 }];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      const listed = await root.list(dir.path);
      if (!listed.ok) {
        if (!listed.missing)
          yield { kind: 'gap', path: dir.path, reason: listed.reason, detail: listed.detail };
        continue;
      }
      const subdirs: string[] = [];
      for (const entry of listed.entries) {
        const path = child(dir.path, entry.name);
        if (entry.type === 'dir') {
          if (!neverEnter(path) && !options.exclude?.matches(path)) subdirs.push(path);
          continue;
        }
        if (entry.type !== 'file') continue; // links, sockets, FIFOs, devices
        if (options.exclude?.matches(path)) continue;
        if (options.include && !options.include.matches(path)) continue;
        if (files >= options.maxFiles) {
          yield {
            kind: 'gap',
            path: dir.path,
            reason: 'truncated',
            detail: `file limit of ${options.maxFiles} reached; the rest of the walk was not scanned`,
          };
          return;
        }
        files++;
        yield { kind: 'file', path };
      }
      if (subdirs.length === 0) continue;
      if (dir.depth + 1 > options.maxDepth) {
        yield {
          kind: 'gap',
          path: dir.path,
          reason: 'truncated',
          detail: `directories nested more than ${options.maxDepth} levels below ${start} were not scanned`,
        };
        continue;
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push({ path: subdirs[i]!, depth: dir.depth + 1 });
    }
  }
}
