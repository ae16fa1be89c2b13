/**
 * `hegui capture verify` and the commands that extend the chain of custody.
 *
 * Verify reads the archive once, hashing each entry as it streams by, and compares it with the
 * manifest: every item present with the stated size and SHA-256, nothing more, the manifest matching
 * manifest.sha256, and custody.log an unbroken chain bound to that manifest. It never writes.
 *
 * Design of the custody record. Verifying must not change what it verifies, so plain `verify` is
 * read-only. `verify --record --by NAME` and `export --to DEST --by NAME` write a NEW archive: every
 * item, the manifest and its digest are copied byte for byte (the same entry headers, so the same
 * bytes in the tar as well), and custody.log gets one more hash-chained entry saying who verified or
 * exported it, when, and what verify found. The new archive replaces the file atomically (written beside
 * it, then renamed); an export writes the same archive to DEST too, so both copies carry the export in
 * their history. The items' hashes, and so the manifest digest, never change by recording.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, link, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { HeguiError } from '../core/errors.ts';
import { readArchive, sha256, writeArchive } from './archive.ts';
import { appendCustody, checkCustody, type CustodyEntry } from './custody.ts';
import {
  CUSTODY_PATH,
  MANIFEST_DIGEST_PATH,
  MANIFEST_PATH,
  parseDigestLine,
  parseManifest,
  type Manifest,
} from './manifest.ts';

export type ProblemKind =
  'changed' | 'added' | 'removed' | 'duplicate' | 'manifest-altered' | 'custody-altered';

export interface Problem {
  kind: ProblemKind;
  /** Path inside the archive. */
  path: string;
  expected?: string;
  actual?: string;
  detail?: string;
}

export interface VerifyResult {
  file: string;
  intact: boolean;
  manifest: Manifest | undefined;
  /** SHA-256 of manifest.json as found in the archive. */
  manifestSha256: string | undefined;
  itemsChecked: number;
  problems: Problem[];
  custody: { entries: CustodyEntry[]; head: string | undefined };
}

interface Scanned {
  /** Archive order, with the hash and size of each entry. */
  entries: { name: string; type: string; sha256: string; size: number }[];
  manifestBytes?: Buffer;
  digestBytes?: Buffer;
  custody?: Buffer;
}

async function scan(file: string): Promise<Scanned> {
  const scanned: Scanned = { entries: [] };
  await readArchive(file, (entry) => {
    scanned.entries.push({
      name: entry.name,
      type: entry.type,
      sha256: sha256(entry.data),
      size: entry.data.length,
    });
    if (entry.name === MANIFEST_PATH && scanned.manifestBytes === undefined)
      scanned.manifestBytes = entry.data;
    if (entry.name === MANIFEST_DIGEST_PATH && scanned.digestBytes === undefined)
      scanned.digestBytes = entry.data;
    if (entry.name === CUSTODY_PATH && scanned.custody === undefined) scanned.custody = entry.data;
  });
  return scanned;
}

function judge(file: string, scanned: Scanned): VerifyResult {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const e of scanned.entries) seen.set(e.name, (seen.get(e.name) ?? 0) + 1);
  for (const [name, n] of seen)
    if (n > 1) problems.push({ kind: 'duplicate', path: name, detail: `${n} entries with this name` });

  const manifestSha256 = scanned.manifestBytes ? sha256(scanned.manifestBytes) : undefined;
  let manifest: Manifest | undefined;
  const stated = scanned.digestBytes ? parseDigestLine(scanned.digestBytes) : undefined;
  if (scanned.manifestBytes === undefined) {
    problems.push({ kind: 'removed', path: MANIFEST_PATH, detail: 'manifest removed' });
  } else {
    const digestOk = stated !== undefined && stated === manifestSha256;
    if (scanned.digestBytes === undefined)
      problems.push({ kind: 'removed', path: MANIFEST_DIGEST_PATH, detail: 'manifest digest removed' });
    else if (!digestOk)
      problems.push({
        kind: 'manifest-altered',
        path: MANIFEST_PATH,
        expected: stated ?? '(manifest.sha256 unreadable)',
        actual: manifestSha256!,
        detail: 'manifest altered',
      });
    try {
      manifest = parseManifest(scanned.manifestBytes, file);
    } catch (error) {
      // A newer schema is only believed when the manifest is the one its digest names.
      if (digestOk) throw error;
      manifest = undefined;
    }
    if (manifest === undefined && !problems.some((p) => p.kind === 'manifest-altered'))
      problems.push({
        kind: 'manifest-altered',
        path: MANIFEST_PATH,
        detail: 'manifest altered: not a capture manifest',
      });
    else if (manifest === undefined) problems.at(-1)!.detail = 'manifest altered: not a capture manifest';
  }

  let itemsChecked = 0;
  if (manifest) {
    const byName = new Map(scanned.entries.map((e) => [e.name, e]));
    const listed = new Set<string>();
    for (const item of manifest.items) {
      listed.add(item.path);
      const found = byName.get(item.path);
      itemsChecked++;
      if (!found) {
        problems.push({ kind: 'removed', path: item.path, expected: item.sha256, detail: 'removed' });
        continue;
      }
      if (found.sha256 !== item.sha256 || found.size !== item.size)
        problems.push({
          kind: 'changed',
          path: item.path,
          expected: item.sha256,
          actual: found.sha256,
          ...(found.size !== item.size ? { detail: `size ${item.size} → ${found.size}` } : {}),
        });
    }
    for (const e of scanned.entries) {
      if (
        listed.has(e.name) ||
        e.name === MANIFEST_PATH ||
        e.name === MANIFEST_DIGEST_PATH ||
        e.name === CUSTODY_PATH
      )
        continue;
      problems.push({
        kind: 'added',
        path: e.name,
        actual: e.sha256,
        detail: e.type === 'file' ? 'added' : `added (${e.type})`,
      });
    }
  }

  let custody: VerifyResult['custody'] = { entries: [], head: undefined };
  if (scanned.custody === undefined) {
    problems.push({ kind: 'removed', path: CUSTODY_PATH, detail: 'custody log removed' });
  } else if (manifestSha256 !== undefined) {
    // The chain is anchored in the digest the capture states (so an altered manifest is reported once,
    // as such); a manifest rewritten together with its digest breaks the chain's first link instead.
    const anchor = stated ?? manifestSha256;
    const checked = checkCustody(scanned.custody.toString('utf8'), anchor);
    custody = { entries: checked.entries, head: checked.head };
    for (const p of checked.problems)
      problems.push({ kind: 'custody-altered', path: CUSTODY_PATH, detail: `line ${p.line}: ${p.detail}` });
    // Every entry names the manifest it vouches for.
    checked.entries.forEach((e, i) => {
      if (e.manifestSha256 !== anchor)
        problems.push({
          kind: 'custody-altered',
          path: CUSTODY_PATH,
          detail: `line ${i + 1}: names another manifest`,
        });
    });
  }
  return { file, intact: problems.length === 0, manifest, manifestSha256, itemsChecked, problems, custody };
}

export async function verifyCapture(file: string): Promise<VerifyResult> {
  return judge(file, await scan(file));
}

export interface RecordOptions {
  by: string;
  clock: () => Date;
  /** For an export: where the copy goes. */
  to?: string;
  force?: boolean;
}

function summary(result: VerifyResult): string {
  if (result.intact) return `${result.itemsChecked} items match the manifest`;
  return (
    result.problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.detail ?? p.kind}`)
      .join('; ') + (result.problems.length > 5 ? `; +${result.problems.length - 5} more` : '')
  );
}

async function place(tmp: string, target: string, replace: boolean): Promise<void> {
  if (replace) {
    await rename(tmp, target);
    return;
  }
  try {
    await link(tmp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new HeguiError('HEGUI_E_CAPTURE_EXISTS', `${target} exists; hegui does not overwrite evidence`, {
        cause: error,
      });
    throw new HeguiError('HEGUI_E_OUTPUT', `cannot write ${target}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  await unlink(tmp);
}

/**
 * Verify, then append a custody entry (verified, or exported to `to`) by rewriting the archive with
 * every other entry byte-identical. Returns the verify result (before the entry) and the new head.
 */
export async function recordCustody(
  file: string,
  options: RecordOptions,
): Promise<{ result: VerifyResult; head: string; entry: CustodyEntry }> {
  const scanned = await scan(file);
  const result = judge(file, scanned);
  const manifestSha256 = result.manifestSha256;
  if (manifestSha256 === undefined)
    throw new HeguiError('HEGUI_E_CAPTURE_CORRUPT', `${file} has no manifest: there is nothing to vouch for`);
  const to = options.to === undefined ? undefined : path.resolve(options.to);
  const log = appendCustody(scanned.custody?.toString('utf8') ?? '', {
    action: to === undefined ? 'verified' : 'exported',
    at: options.clock(),
    by: options.by,
    manifestSha256,
    result: result.intact ? 'intact' : 'altered',
    detail: summary(result),
    ...(to !== undefined ? { to } : {}),
  });
  const tmp = `${path.resolve(file)}.hegui-partial-${randomBytes(4).toString('hex')}`;
  const writer = writeArchive(tmp, true);
  try {
    // Second pass: copy entry by entry (one in memory at a time), checking each is what was verified.
    let i = 0;
    await readArchive(file, async (e) => {
      const seen = scanned.entries[i++];
      if (seen?.name !== e.name || seen.sha256 !== sha256(e.data))
        throw new HeguiError(
          'HEGUI_E_CAPTURE_CORRUPT',
          `${file} changed while its custody entry was written`,
        );
      if (e.name !== CUSTODY_PATH) await writer.add(e.name, e.data);
    });
    if (i !== scanned.entries.length)
      throw new HeguiError('HEGUI_E_CAPTURE_CORRUPT', `${file} changed while its custody entry was written`);
    await writer.add(CUSTODY_PATH, Buffer.from(log, 'utf8'));
    await writer.finish();
    if (to !== undefined) {
      const copy = `${tmp}.copy`;
      await copyFile(tmp, copy);
      try {
        await place(copy, to, options.force === true);
      } catch (error) {
        await rm(copy, { force: true });
        throw error;
      }
    }
    await rename(tmp, path.resolve(file));
  } catch (error) {
    writer.abort();
    await rm(tmp, { force: true });
    if (error instanceof HeguiError) throw error;
    throw new HeguiError('HEGUI_E_OUTPUT', `cannot rewrite ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const lines = log.replace(/\n$/, '').split('\n');
  return { result, head: sha256(lines.at(-1)!), entry: JSON.parse(lines.at(-1)!) as CustodyEntry };
}
