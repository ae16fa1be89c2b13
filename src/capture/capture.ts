/**
 * `hegui capture`: preserve the evidence of a host in one archive (issue 5 item 1).
 *
 * Read-only: every host file is read through HostRoot (never leaving the root; failures become gaps in
 * the manifest), and the only file written is the new archive (mode 0600, created exclusively unless
 * --force, written to a temporary name beside it and renamed when complete, so a failed capture leaves
 * nothing half-written behind).
 *
 * Contents, in this order (the same host state gives the same order and the same item bytes):
 *   bundle.json                the evidence bundle (as `hegui collect` writes it)
 *   report.json                the scan report of that bundle
 *   snapshots/processes.json   the process and socket sections of the bundle
 *   snapshots/sockets.json
 *   files/<host path>          files the findings name (by file:line; a pid → /proc/PID/exe), then the
 *                              standard set (select.ts), each cut at the per-file cap; the total cap
 *                              stops further files (each recorded as a gap)
 *   manifest.json              see manifest.ts; manifest.sha256 holds its digest
 *   custody.log                the chain of custody, starting with the creation (custody.ts)
 */
import { link, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { CHECKS } from '../checks/index.ts';
import { writeBundle } from '../core/bundle.ts';
import { HeguiError } from '../core/errors.ts';
import type { EvidenceBundle } from '../core/evidence.ts';
import type { Report } from '../core/finding.ts';
import { evaluate } from '../core/scan.ts';
import { VERSION } from '../core/version.ts';
import { openRoot, type HostRoot } from '../host/root.ts';
import { renderJson } from '../report/json.ts';
import { sha256, writeArchive } from './archive.ts';
import { appendCustody } from './custody.ts';
import {
  CAPTURE_SCHEMA_VERSION,
  CUSTODY_PATH,
  MANIFEST_DIGEST_PATH,
  MANIFEST_PATH,
  digestLine,
  serialiseManifest,
  shanghaiTime,
  type Manifest,
  type ManifestGap,
  type ManifestItem,
} from './manifest.ts';
import {
  STANDARD_DIRS,
  STANDARD_FILES,
  homeFiles,
  homes,
  pathsFromReport,
  stripShadowHashes,
} from './select.ts';

export const DEFAULT_FILE_CAP = 64 * 1024 * 1024;
export const DEFAULT_TOTAL_CAP = 1024 * 1024 * 1024;

export interface CaptureOptions {
  /** The bundle already collected from `root` (the CLI collects it as `hegui collect` does). */
  bundle: EvidenceBundle;
  output: string;
  force?: boolean;
  perFileBytes?: number;
  totalBytes?: number;
  lang: 'zh' | 'en';
  by: string;
  clock: () => Date;
  /** Injected in tests (e.g. a root that refuses one file); default: openRoot(bundle.root). */
  hostRoot?: HostRoot;
}

export interface CaptureResult {
  output: string;
  manifest: Manifest;
  manifestSha256: string;
  custodyHead: string;
  report: Report;
}

type Read =
  | { ok: true; data: Buffer; truncated: boolean; sourceSize: number | undefined }
  | { ok: false; missing: boolean; reason: string; detail: string };

/** Up to `cap` bytes of a host file; `truncated` when there was more. */
async function readCapped(root: HostRoot, hostPath: string, cap: number): Promise<Read> {
  if (!root.openRead) {
    const r = await root.readBytes(hostPath, { maxBytes: cap, allowBinary: true });
    if (r.ok) return { ok: true, data: r.bytes, truncated: false, sourceSize: r.bytes.length };
    return r.missing
      ? { ok: false, missing: true, reason: 'missing', detail: 'no such file' }
      : { ok: false, missing: false, reason: r.reason, detail: r.detail };
  }
  const opened = await root.openRead(hostPath);
  if (!opened.ok)
    return opened.missing
      ? { ok: false, missing: true, reason: 'missing', detail: 'no such file' }
      : { ok: false, missing: false, reason: opened.reason, detail: opened.detail };
  const { file } = opened;
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of file.chunks(1024 * 1024, cap + 1)) {
      chunks.push(chunk);
      total += chunk.length;
    }
    const all = Buffer.concat(chunks, total);
    const truncated = total > cap;
    // /proc files state size 0: then the size of the source is unknown when cut.
    const sourceSize = truncated ? (file.size > cap ? file.size : undefined) : total;
    return { ok: true, data: truncated ? all.subarray(0, cap) : all, truncated, sourceSize };
  } catch (error) {
    return { ok: false, missing: false, reason: 'read-error', detail: (error as Error).message };
  } finally {
    await file.close();
  }
}

async function standardPaths(
  root: HostRoot,
  bundle: EvidenceBundle,
): Promise<{ paths: string[]; gaps: ManifestGap[] }> {
  const paths = new Set<string>(STANDARD_FILES);
  const gaps: ManifestGap[] = [];
  for (const { dir, match } of STANDARD_DIRS) {
    const listed = await root.list(dir);
    if (!listed.ok) {
      if (!listed.missing) gaps.push({ source: dir, reason: listed.reason, detail: listed.detail });
      continue;
    }
    for (const e of listed.entries)
      if (e.type === 'file' && match.test(e.name)) paths.add(`${dir}/${e.name}`);
  }
  for (const home of homes(bundle)) for (const f of homeFiles(home)) paths.add(f);
  return { paths: [...paths].sort(), gaps };
}

async function readMachineId(root: HostRoot): Promise<string | null> {
  for (const p of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    const r = await root.readText(p, { maxBytes: 4096 });
    if (r.ok && r.text.trim() !== '') return r.text.trim();
  }
  return null;
}

function sortKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}

/** Collectors finish in any order, and so do their keys in the bundle: fix the order, so the same state gives the same bytes. */
function stableBundle(bundle: EvidenceBundle): EvidenceBundle {
  return { ...bundle, versions: sortKeys(bundle.versions), sections: sortKeys(bundle.sections) };
}

function archivePathOf(hostPath: string): string {
  return `files${hostPath}`;
}

export async function createCapture(options: CaptureOptions): Promise<CaptureResult> {
  const { bundle } = options;
  const perFile = options.perFileBytes ?? DEFAULT_FILE_CAP;
  const totalCap = options.totalBytes ?? DEFAULT_TOTAL_CAP;
  const output = path.resolve(options.output);
  const now = options.clock();
  const root = options.hostRoot ?? (await openRoot(bundle.root));

  const report = evaluate(bundle, CHECKS, { lang: options.lang, startedAt: bundle.collectedAt });
  const items: ManifestItem[] = [];
  const gaps: ManifestGap[] = [];
  const tmp = `${output}.hegui-partial-${process.pid}`;
  const writer = writeArchive(tmp, true);
  let total = 0;
  const add = async (item: Omit<ManifestItem, 'size' | 'sha256'>, data: Buffer) => {
    await writer.add(item.path, data);
    items.push({ ...item, size: data.length, sha256: sha256(data) });
    total += data.length;
  };

  try {
    await add(
      { path: 'bundle.json', kind: 'bundle', truncated: false },
      Buffer.from(writeBundle(stableBundle(bundle))),
    );
    await add({ path: 'report.json', kind: 'report', truncated: false }, Buffer.from(renderJson(report)));
    for (const section of ['processes', 'sockets'] as const) {
      const value = bundle.sections[section];
      if (value === undefined) {
        gaps.push({ source: `bundle section ${section}`, reason: 'not-collected' });
        continue;
      }
      await add(
        { path: `snapshots/${section}.json`, kind: 'snapshot', truncated: false },
        Buffer.from(`${JSON.stringify(value, null, 2)}\n`),
      );
    }

    const named = pathsFromReport(report);
    const standard = await standardPaths(root, bundle);
    gaps.push(...standard.gaps);
    const plan = [
      ...named.map((p) => ({ source: p, reason: 'finding' as const })),
      ...standard.paths
        .filter((p) => !named.includes(p))
        .map((p) => ({ source: p, reason: 'standard' as const })),
    ];
    const programs = new Map<string, string>();
    for (const { source, reason } of plan) {
      // Many processes run one program (every node or php-fpm worker): copy each program once.
      if (/^\/proc\/\d+\/exe$/.test(source)) {
        const target = await root.readLink(source);
        if (target.ok && !target.target.endsWith(' (deleted)')) {
          const first = programs.get(target.target);
          if (first !== undefined) {
            gaps.push({ source, reason: 'same-program', detail: `${target.target}, copied as ${first}` });
            continue;
          }
          programs.set(target.target, source);
        }
      }
      const left = totalCap - total;
      if (left <= 0) {
        gaps.push({ source, reason: 'total-cap', detail: `total cap of ${totalCap} bytes reached` });
        continue;
      }
      const read = await readCapped(root, source, Math.min(perFile, left));
      if (!read.ok) {
        // A missing standard file is normal (not every host has every log); a named one is worth saying.
        if (!read.missing || reason === 'finding')
          gaps.push({ source, reason: read.reason, detail: read.detail });
        continue;
      }
      let data = read.data;
      let transform: string | undefined;
      if (source === '/etc/shadow') {
        data = Buffer.from(stripShadowHashes(data.toString('utf8')), 'utf8');
        transform = 'password-hashes-removed';
      }
      await add(
        {
          path: archivePathOf(source),
          kind: 'file',
          source,
          reason,
          truncated: read.truncated,
          ...(read.sourceSize !== undefined && (read.truncated || transform)
            ? { sourceSize: read.sourceSize }
            : {}),
          ...(transform ? { transform } : {}),
        },
        data,
      );
      if (read.truncated && read.data.length < perFile)
        gaps.push({
          source,
          reason: 'total-cap',
          detail: `cut at ${read.data.length} bytes: total cap of ${totalCap} bytes reached`,
        });
    }

    const host = bundle.sections.host;
    const manifest: Manifest = {
      format: 'hegui-capture',
      schemaVersion: CAPTURE_SCHEMA_VERSION,
      tool: { name: 'hegui', version: VERSION },
      collectedAt: { utc: now.toISOString(), shanghai: shanghaiTime(now) },
      host: {
        hostname: host?.hostname ?? null,
        machineId: await readMachineId(root),
        kernel: host
          ? [host.kernel.release, host.kernel.version].filter((x) => x !== null).join(' ') || null
          : null,
        osRelease: host?.os.prettyName ?? null,
      },
      root: bundle.root,
      live: bundle.live,
      caps: { perFileBytes: perFile, totalBytes: totalCap },
      totalBytes: total,
      items,
      gaps,
      notes: [
        'manifest.sha256 holds the SHA-256 of manifest.json; custody.log is not an item (it grows with every recorded verify and export) and is checked by its own hash chain.',
        '/etc/shadow is copied with every password hash replaced by a marker, so that the capture carries no crackable hashes; empty, locked (!) and disabled (*) markers and the hash scheme are kept.',
        'A process program is copied once however many processes run it; the others are listed as gaps with reason same-program.',
        'Bundle, report and snapshots are the raw evidence and are not masked; keep the capture as confidential as the host.',
      ],
    };
    const manifestBytes = serialiseManifest(manifest);
    const manifestSha256 = sha256(manifestBytes);
    await writer.add(MANIFEST_PATH, manifestBytes);
    await writer.add(MANIFEST_DIGEST_PATH, digestLine(manifestSha256));
    const custody = appendCustody('', {
      action: 'created',
      at: now,
      by: options.by,
      manifestSha256,
      detail: `${items.length} items, ${gaps.length} gaps, root ${bundle.root}`,
    });
    await writer.add(CUSTODY_PATH, Buffer.from(custody, 'utf8'));
    await writer.finish();
    await placeOutput(tmp, output, options.force === true);
    return { output, manifest, manifestSha256, custodyHead: sha256(custody.replace(/\n$/, '')), report };
  } catch (error) {
    writer.abort();
    await rm(tmp, { force: true });
    if (error instanceof HeguiError) throw error;
    throw new HeguiError('HEGUI_E_OUTPUT', `cannot write capture ${output}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Output checks before any work: the directory exists, and the file does not unless --force. */
export async function checkOutput(output: string, force: boolean): Promise<void> {
  const dir = path.dirname(path.resolve(output));
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new HeguiError('HEGUI_E_OUTPUT', `${dir} is not a directory`);
  } catch (error) {
    if (error instanceof HeguiError) throw error;
    throw new HeguiError('HEGUI_E_OUTPUT', `output directory ${dir} does not exist`, { cause: error });
  }
  if (force) return;
  try {
    await stat(output);
  } catch {
    return;
  }
  throw new HeguiError('HEGUI_E_CAPTURE_EXISTS', `${output} exists; hegui does not overwrite evidence`);
}

async function placeOutput(tmp: string, output: string, force: boolean): Promise<void> {
  if (!force) {
    // Rename would replace silently: link() fails when the name exists (created meanwhile).
    try {
      await link(tmp, output);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new HeguiError(
          'HEGUI_E_CAPTURE_EXISTS',
          `${output} exists; hegui does not overwrite evidence`,
          {
            cause: error,
          },
        );
      throw error;
    }
    await unlink(tmp);
    return;
  }
  await rename(tmp, output);
}
