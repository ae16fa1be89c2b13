/**
 * content: the file walk and the content detectors (DESIGN §5). Finds the web roots in the web-server
 * configurations, walks the trees the mode covers (src/walk/options.ts), and runs every registered
 * detector over each file once, in worker threads. Unreadable directories and files, cut walks and
 * cut files are gaps of this section; detections are evidence for the content checks.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { DETECTORS } from '../../detectors/index.ts';
import { CONVENTIONAL_WEB_ROOTS, discoverWebRoots, webRootOf } from '../../walk/discover.ts';
import { runEngine } from '../../walk/engine.ts';
import { pathFilter, staticPrefix } from '../../walk/glob.ts';
import { FULL_ROOTS, STARTUP_ROOTS, TEMP_ROOTS, resolveMode } from '../../walk/options.ts';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_FILES, distinctRoots, walk } from '../../walk/walk.ts';
import type { ContentSection } from './content.types.ts';

/** This package's own directory (src/collectors/content or dist/collectors/content, three levels up). */
const OWN_PACKAGE = path.resolve(import.meta.dirname, '../../..');

/** Gaps listed one by one; beyond this many, one more gap says how many were left out. */
const MAX_GAPS = 200;

async function existing(ctx: CollectContext, dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const dir of dirs) {
    const info = await ctx.root.stat(dir);
    if (info.ok && info.type === 'dir') out.push(dir);
  }
  return out;
}

export async function collectContent(ctx: CollectContext): Promise<ContentSection> {
  const options = ctx.content ?? {};
  const mode = resolveMode(options.mode, ctx.root.live);
  if (mode === 'off') {
    ctx.gap('/', 'truncated', 'content scan disabled (--content off)');
    return { detections: [], stats: { files: 0, bytes: 0, skipped: 0, roots: [], webRoots: [], mode } };
  }
  const discovery = await discoverWebRoots(ctx);
  const webRoots = [
    ...new Set([...discovery.webRoots.map((r) => r.dir), ...(await existing(ctx, CONVENTIONAL_WEB_ROOTS))]),
  ].sort();
  const include = options.include ?? [];
  const roots =
    include.length > 0
      ? distinctRoots(include.map((g) => staticPrefix(g.startsWith('/') ? g : `/${g}`)))
      : distinctRoots([...webRoots, ...TEMP_ROOTS, ...STARTUP_ROOTS, ...(mode === 'full' ? FULL_ROOTS : [])]);
  // On the live host, hegui's own files (sample reports, rule tables) are not the host's content.
  const exclude = [...(options.exclude ?? []), ...(ctx.root.live ? [`${OWN_PACKAGE}/**`, OWN_PACKAGE] : [])];
  const events = walk(ctx.root, {
    roots,
    maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    include: include.length > 0 ? pathFilter(include) : undefined,
    exclude: exclude.length > 0 ? pathFilter(exclude) : undefined,
  });
  const result = await runEngine(events, {
    root: ctx.root,
    detectors: DETECTORS,
    threads: options.threads ?? availableParallelism(),
    webRootOf: (path) => webRootOf(path, webRoots),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  for (const g of result.gaps.slice(0, MAX_GAPS)) ctx.gap(g.path, g.reason, g.detail);
  if (result.gaps.length > MAX_GAPS) {
    ctx.gap('/', 'truncated', `${result.gaps.length - MAX_GAPS} more content gaps not listed`);
  }
  const { stats } = result;
  return {
    detections: result.detections,
    stats: {
      files: stats.files,
      bytes: stats.bytes,
      skipped: stats.unwanted + stats.vanished,
      roots,
      webRoots,
      mode,
      scanned: stats.scanned,
      changed: stats.changed,
    },
    webRootRefs: discovery.webRoots,
  };
}

export const contentCollector = defineCollector({
  section: 'content',
  version: 1,
  collect: collectContent,
});
