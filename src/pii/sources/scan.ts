/**
 * The inventory scan: which places are walked for data files, and every source into one inventory.
 * `hegui pii inventory` and the scan's `pii` collector both call scanInventory.
 *
 * Default places: the web roots the web-server configs name, and the directories where data files sit
 * on real servers — application trees (/var/www, /srv, /opt, /data, /www/wwwroot, /home/wwwroot),
 * people's homes (/home, /root), backups and exports (/var/backups, /backup, /var/lib/mysql-files) and
 * the temporary directories (/tmp, /var/tmp), where dumps are left behind. Within them only data files
 * are read (isDataFile: .csv .tsv .json .ndjson .jsonl .sql .db .sqlite .sqlite3 .xlsx .log .txt .dat, their
 * `.gz`, and encrypted containers .gpg .pgp .enc .age). Database servers' own data directories
 * (/var/lib/mysql, /var/lib/postgresql) are binary pages, not read: point `--db` at the server instead.
 */
import type { HostRoot } from '../../host/root.ts';
import type { ConfigReader } from '../../walk/discover.ts';
import { CONVENTIONAL_WEB_ROOTS, discoverWebRoots } from '../../walk/discover.ts';
import type { PathFilter } from '../../walk/glob.ts';
import { DEFAULT_MAX_DEPTH, distinctRoots, walk } from '../../walk/walk.ts';
import { InventoryBuilder, type PiiInventory } from '../inventory.ts';
import { scanDatabase, type DatabaseLimits } from './database.ts';
import { isDataFile, scanDataFile, type FileLimits } from './file.ts';
import { makeRecognition } from './recognition.ts';

export const DEFAULT_PII_ROOTS: readonly string[] = [
  '/var/www',
  '/srv',
  '/opt',
  '/data',
  '/www/wwwroot',
  '/home/wwwroot',
  '/home',
  '/root',
  '/var/backups',
  '/backup',
  '/var/lib/mysql-files',
  '/tmp',
  '/var/tmp',
];

export const DEFAULT_PII_MAX_FILES = 100_000;

export interface InventoryScanOptions {
  /** "Now": the scan date, for birth dates and minors. */
  now: Date;
  /** Host paths (files or directories) to read instead of the default places. */
  paths?: readonly string[];
  /** Database URLs (postgres://…, mysql://…). An unreachable one throws HEGUI_E_PII_DB. */
  databases?: readonly string[];
  exclude?: PathFilter | undefined;
  maxFiles?: number;
  maxDepth?: number;
  fileLimits?: Partial<FileLimits>;
  databaseLimits?: Partial<DatabaseLimits>;
  /** Walk files at all (default true; `hegui pii inventory --db URL` alone reads only the database). */
  files?: boolean;
  /**
   * Bytes (sizes on disk) of data files read in all; the files past it are not read and one
   * 'truncated' gap says how many (the scan sets one; `hegui pii inventory` reads everything).
   */
  maxTotalBytes?: number;
  /** The engine for text sources (default: the byte engine; 'string': the reference path, for tests). */
  engine?: 'bytes' | 'string';
  /** Called with each data file before it is read (progress). */
  onFile?: (path: string) => void;
}

function configReader(root: HostRoot): ConfigReader {
  return {
    async readText(p) {
      const r = await root.readText(p);
      return r.ok ? r.text : undefined;
    },
    async list(p) {
      const r = await root.list(p);
      return r.ok ? r.entries : undefined;
    },
  };
}

/** The default places to walk on this root: discovered web roots plus DEFAULT_PII_ROOTS. */
export async function defaultPiiRoots(root: HostRoot): Promise<string[]> {
  const discovery = await discoverWebRoots(configReader(root));
  return distinctRoots([
    ...discovery.webRoots.map((r) => r.dir),
    ...CONVENTIONAL_WEB_ROOTS,
    ...DEFAULT_PII_ROOTS,
  ]);
}

export async function scanInventory(root: HostRoot, options: InventoryScanOptions): Promise<PiiInventory> {
  const builder = new InventoryBuilder(options.now);
  const recognition = makeRecognition(options.now);
  const explicit = options.paths !== undefined && options.paths.length > 0;
  const roots = explicit ? distinctRoots(options.paths ?? []) : await defaultPiiRoots(root);
  const ctx = {
    root,
    recognition,
    builder,
    ...(options.fileLimits ? { limits: options.fileLimits } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  };
  if (options.files !== false) {
    let bytes = 0;
    let skipped = 0;
    let skippedBytes = 0;
    for await (const event of walk(root, {
      roots,
      maxFiles: options.maxFiles ?? DEFAULT_PII_MAX_FILES,
      maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
      exclude: options.exclude,
    })) {
      if (event.kind === 'gap') {
        builder.gap(event.path, event.reason, event.detail);
        continue;
      }
      // A file named explicitly is read whatever its name; in a walked tree only data files are.
      if (!isDataFile(event.path) && !(explicit && roots.includes(event.path))) continue;
      if (options.maxTotalBytes !== undefined) {
        const info = await root.stat(event.path);
        const size = info.ok ? info.size : 0;
        if (bytes + size > options.maxTotalBytes && bytes > 0) {
          skipped++;
          skippedBytes += size;
          continue;
        }
        bytes += size;
      }
      options.onFile?.(event.path);
      await scanDataFile(ctx, event.path);
    }
    if (skipped > 0) {
      builder.gap(
        '/',
        'truncated',
        `${String(skipped)} data files (${String(Math.ceil(skippedBytes / 1048576))} MiB) not read: the budget of ${String(Math.floor((options.maxTotalBytes ?? 0) / 1048576))} MiB was reached; \`hegui pii inventory\` reads them all`,
      );
    }
  }
  for (const url of options.databases ?? []) {
    await scanDatabase(url, { recognition, builder }, options.databaseLimits);
  }
  return builder.build();
}
