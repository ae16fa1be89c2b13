/**
 * The capture's container: a gzip-compressed ustar archive of regular files only. Every entry has the
 * same fixed header fields (mode 0644, mtime 0, uid/gid 0, no user names), the gzip header carries no
 * time, so the same items in the same order give the same bytes. Reading classifies every failure
 * (not gzip, truncated, bad tar header) as HEGUI_E_CAPTURE_CORRUPT.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { HeguiError } from '../core/errors.ts';

const FIXED_HEADER = { mode: 0o644, mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' } as const;
/** Stop reading more evidence while this much is waiting to be compressed. */
const MAX_PENDING = 16 * 1024 * 1024;

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Bytes queued in the pack stream (a streamx Readable, whose state is not in its type definitions). */
function pending(pack: tar.Pack): number {
  return (pack as unknown as { _readableState?: { buffered?: number } })._readableState?.buffered ?? 0;
}

export interface ArchiveWriter {
  add(name: string, data: Buffer): Promise<void>;
  /** Finishes the archive and waits until every byte is on disk. */
  finish(): Promise<void>;
  /** Stops writing after an error (the caller removes the partial file). */
  abort(): void;
}

/** Opens `file` for a new archive; `exclusive` refuses to replace an existing file. */
export function writeArchive(file: string, exclusive: boolean): ArchiveWriter {
  const pack = tar.pack();
  const out = createWriteStream(file, { flags: exclusive ? 'wx' : 'w', mode: 0o600 });
  const done = pipeline(pack, createGzip({ level: 6 }), out);
  let failure: unknown;
  done.catch((error: unknown) => {
    failure = error;
  });
  return {
    async add(name, data) {
      if (failure !== undefined) throw failure instanceof Error ? failure : new Error('archive write failed');
      await new Promise<void>((resolve, reject) => {
        pack.entry({ name, size: data.length, type: 'file', ...FIXED_HEADER }, data, (error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      while (pending(pack) > MAX_PENDING && failure === undefined)
        await new Promise((resolve) => setTimeout(resolve, 2));
    },
    async finish() {
      pack.finalize();
      await done;
    },
    abort() {
      pack.destroy();
      out.destroy();
    },
  };
}

export interface ArchiveEntry {
  name: string;
  /** 'file' for regular files; anything else is reported as an unexpected entry by verify. */
  type: string;
  data: Buffer;
}

export async function checkCaptureFile(file: string): Promise<void> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new HeguiError('HEGUI_E_CAPTURE_NOT_FOUND', `${file} is not a file`);
  } catch (error) {
    if (error instanceof HeguiError) throw error;
    throw new HeguiError(
      'HEGUI_E_CAPTURE_NOT_FOUND',
      `cannot open capture ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * Every entry of the archive, in archive order, each read whole (entries are size-capped at capture).
 * The callback sees one entry at a time (awaited before the next), so only what it keeps stays in memory.
 */
export async function readArchive(
  file: string,
  each: (entry: ArchiveEntry) => void | Promise<void>,
): Promise<void> {
  await checkCaptureFile(file);
  const extract = tar.extract();
  const feeding = pipeline(createReadStream(file), createGunzip(), extract);
  let feedError: unknown;
  feeding.catch((error: unknown) => {
    feedError = error;
  });
  try {
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      await each({ name: entry.header.name, type: entry.header.type ?? 'file', data: Buffer.concat(chunks) });
    }
    await feeding;
  } catch (error) {
    if (error instanceof HeguiError) throw error;
    const cause = feedError ?? error;
    throw new HeguiError(
      'HEGUI_E_CAPTURE_CORRUPT',
      `${file} is not a readable capture: ${(cause as Error).message}`,
      { cause },
    );
  }
}
