/**
 * pii: the personal-data inventory of the scan (issue 4). It follows the content scan's switch and
 * reach (src/walk/options.ts): off on the live root unless `--content quick|full` is given (the plain
 * live scan keeps its 2 s budget), full on an image or fixture tree. Quick reads the data files in the
 * web roots, the temporary directories and the backup directories; full reads the default places of
 * `hegui pii inventory` (src/pii/sources/scan.ts). Only data files are opened (isDataFile), each
 * through the inventory's sources; unreadable places are gaps of this section.
 */
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { InventoryBuilder } from '../../pii/inventory.ts';
import { DEFAULT_PII_MAX_FILES, defaultPiiRoots, scanInventory } from '../../pii/sources/scan.ts';
import { CONVENTIONAL_WEB_ROOTS, discoverWebRoots } from '../../walk/discover.ts';
import { pathFilter, staticPrefix } from '../../walk/glob.ts';
import { TEMP_ROOTS, resolveMode } from '../../walk/options.ts';
import { DEFAULT_LIMITS } from '../../walk/scan-file.ts';
import type { FileLimits } from '../../pii/sources/file.ts';
import { distinctRoots } from '../../walk/walk.ts';
import type { PiiSection } from './pii.types.ts';

const BACKUP_ROOTS: readonly string[] = ['/var/backups', '/backup'];

/**
 * A scan reads each data file up to the content engine's per-file cap (src/walk/scan-file.ts), so a
 * scan stays bounded; the rest of a larger file is a 'truncated' gap. `hegui pii inventory` reads whole
 * files (its own defaults).
 */
const SCAN_FILE_LIMITS: Partial<FileLimits> = {
  maxFileBytes: DEFAULT_LIMITS.maxFileBytes,
  maxGzipBytes: DEFAULT_LIMITS.maxGzipBytes,
  sqlite: { maxCopyBytes: 256 * 1024 * 1024, rowLimit: 100_000 },
};

/**
 * Data read by a scan in all (sizes on disk): the sources read some 5–15 MB/s on one core, so a scan
 * spends at most about half a minute here; what lies beyond is a gap, read by `hegui pii inventory`.
 */
export const SCAN_BUDGET_BYTES = 256 * 1024 * 1024;

/** Gaps listed one by one; beyond this many, one more gap says how many were left out. */
const MAX_GAPS = 200;

async function quickRoots(ctx: CollectContext): Promise<string[]> {
  const discovery = await discoverWebRoots(ctx);
  return distinctRoots([
    ...discovery.webRoots.map((r) => r.dir),
    ...CONVENTIONAL_WEB_ROOTS,
    ...TEMP_ROOTS,
    ...BACKUP_ROOTS,
  ]);
}

export async function collectPii(ctx: CollectContext): Promise<PiiSection> {
  const options = ctx.content ?? {};
  const now = ctx.now ?? new Date();
  const mode = resolveMode(options.mode, ctx.root.live);
  if (mode === 'off') {
    ctx.gap('/', 'truncated', 'personal-data scan disabled with the content scan (--content off)');
    return { ...new InventoryBuilder(now).build(), mode, roots: [] };
  }
  const include = options.include ?? [];
  const roots =
    include.length > 0
      ? distinctRoots(include.map((g) => staticPrefix(g.startsWith('/') ? g : `/${g}`)))
      : mode === 'full'
        ? await defaultPiiRoots(ctx.root)
        : await quickRoots(ctx);
  const exclude = options.exclude ?? [];
  const inventory = await scanInventory(ctx.root, {
    now,
    paths: roots,
    maxFiles: options.maxFiles ?? DEFAULT_PII_MAX_FILES,
    fileLimits: SCAN_FILE_LIMITS,
    maxTotalBytes: SCAN_BUDGET_BYTES,
    ...(options.maxDepth !== undefined ? { maxDepth: options.maxDepth } : {}),
    ...(exclude.length > 0 ? { exclude: pathFilter(exclude) } : {}),
  });
  for (const g of inventory.gaps.slice(0, MAX_GAPS)) ctx.gap(g.path, g.reason, g.detail);
  if (inventory.gaps.length > MAX_GAPS) {
    ctx.gap(
      '/',
      'truncated',
      `${String(inventory.gaps.length - MAX_GAPS)} more personal-data gaps not listed`,
    );
  }
  return { ...inventory, mode, roots };
}

export const piiCollector = defineCollector({
  section: 'pii',
  version: 1,
  collect: collectPii,
});
