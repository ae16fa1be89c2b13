/**
 * One file through the detectors: open it once (through HostRoot), read its head, ask every detector
 * whether it wants the file, then stream the content in chunks to those that do. `.gz` files are
 * decompressed on the fly with a cap on the decompressed size. Runs in a worker or inline; never throws.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { GapReason } from '../core/evidence.ts';
import type { Detection, Detector, FileInfo } from '../detectors/detector.ts';
import { looksBinary, type HostRoot } from '../host/root.ts';
import { TextChunker, type TextEncoding } from './decode.ts';
import { KeywordIndex } from './patterns.ts';

export const HEAD_BYTES = 4096;
/** Files up to this size are read in one go. */
const SMALL_FILE_BYTES = 256 * 1024;

export interface ScanLimits {
  /** Bytes read (and decoded) at a time; files larger are streamed in chunks with overlap. */
  chunkBytes: number;
  /** Content bytes scanned per file; the rest of a larger file is left out and recorded as a 'truncated' gap. */
  maxFileBytes: number;
  /** Decompressed bytes of one `.gz` file; more is a likely gzip bomb: a 'too-large' gap. */
  maxGzipBytes: number;
  /** Detections kept per file (the first ones by position); a file with more is surely flagged already. */
  maxDetectionsPerFile: number;
}

export const DEFAULT_LIMITS: ScanLimits = {
  chunkBytes: 1024 * 1024,
  maxFileBytes: 64 * 1024 * 1024,
  maxGzipBytes: 256 * 1024 * 1024,
  maxDetectionsPerFile: 100,
};

export interface FileJob {
  path: string;
  webRoot: string | null;
}

export interface FileGap {
  path: string;
  reason: GapReason;
  detail: string;
}

export interface FileResult {
  path: string;
  /**
   * scanned: at least one detector read it; unwanted: no detector wanted it (a decision, not a gap);
   * vanished: it was gone (or no longer a plain file) when opened; failed: it could not be read (a gap).
   */
  outcome: 'scanned' | 'unwanted' | 'vanished' | 'failed';
  /** Bytes read from disk. */
  bytes: number;
  detections: Detection[];
  gaps: FileGap[];
  /** Its size or mtime changed while it was read: scanned as read, no gap. */
  changed: boolean;
  encoding?: TextEncoding;
}

export function isGzip(path: string, head: Buffer): boolean {
  return /\.t?gz$/i.test(path) && head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

export class TooLarge extends Error {}

/** Decompressed bytes of a gzip stream, stopping with TooLarge past `cap`. */
export async function* gunzipStream(raw: AsyncGenerator<Buffer>, cap: number): AsyncGenerator<Buffer> {
  const source = Readable.from(raw, { objectMode: false });
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let total = 0;
  try {
    for await (const part of gunzip as AsyncIterable<Buffer>) {
      total += part.length;
      if (total > cap) {
        const keep = part.length - (total - cap);
        if (keep > 0) yield part.subarray(0, keep);
        throw new TooLarge(
          `decompresses to more than ${cap} bytes (a likely gzip bomb); the first ${cap} were scanned`,
        );
      }
      yield part;
    }
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/** Re-chunk a stream so the first buffer holds at least HEAD_BYTES (when the content has that many). */
async function takeHead(
  stream: AsyncGenerator<Buffer>,
): Promise<{ head: Buffer; rest: AsyncGenerator<Buffer> }> {
  const parts: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const next = await stream.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(parts, size);
  async function* rest(): AsyncGenerator<Buffer> {
    if (done) return;
    yield* stream;
  }
  return { head, rest: rest() };
}

const keywordIndexes = new WeakMap<readonly Detector[], KeywordIndex>();

/** One keyword index per detector list (built once: RE2.Set compilation is not free). */
function keywordIndexFor(detectors: readonly Detector[]): KeywordIndex {
  let index = keywordIndexes.get(detectors);
  if (!index) {
    index = new KeywordIndex(detectors.map((d) => d.keywords));
    keywordIndexes.set(detectors, index);
  }
  return index;
}

function keyOf(d: Detection): string {
  return `${d.detector}\u0000${d.rule}\u0000${d.line ?? 0}\u0000${d.excerpt ?? ''}`;
}

export async function scanFile(
  root: HostRoot,
  job: FileJob,
  detectors: readonly Detector[],
  limits: ScanLimits = DEFAULT_LIMITS,
): Promise<FileResult> {
  const result: FileResult = {
    path: job.path,
    outcome: 'scanned',
    bytes: 0,
    detections: [],
    gaps: [],
    changed: false,
  };
  const gap = (reason: GapReason, detail: string) => result.gaps.push({ path: job.path, reason, detail });
  if (!root.openRead) {
    gap('read-error', 'this root cannot stream files');
    result.outcome = 'failed';
    return result;
  }
  const opened = await root.openRead(job.path, { noFollow: true });
  if (!opened.ok) {
    // Gone since it was listed, or replaced by a link or a special file: it is not a plain file any more.
    if (opened.missing || opened.reason === 'symlink-loop' || opened.reason === 'not-a-file')
      result.outcome = 'vanished';
    else {
      result.outcome = 'failed';
      gap(opened.reason, opened.detail);
    }
    return result;
  }
  const file = opened.file;
  const seen = new Set<string>();
  try {
    // Small files are read whole at once (one read instead of two); larger ones start with their head.
    const firstWant =
      file.size > 0 && file.size <= SMALL_FILE_BYTES ? Math.min(file.size, limits.maxFileBytes) : HEAD_BYTES;
    const rawHead = await file.read(firstWant);
    result.bytes += rawHead.length;
    const complete = rawHead.length < firstWant || (file.size > 0 && rawHead.length >= file.size);
    const gzip = isGzip(job.path, rawHead);
    const info: FileInfo = {
      path: job.path,
      size: file.size,
      mode: file.mode,
      uid: file.uid,
      mtimeMs: file.mtimeMs,
      webRoot: job.webRoot,
      ...(gzip ? { compressed: 'gzip' as const } : {}),
    };
    // The raw bytes: the head already read, then chunks up to the per-file cap.
    let rawCut = false;
    const rawAll = (async function* () {
      yield rawHead;
      if (complete) return;
      const limit = limits.maxFileBytes - rawHead.length;
      let read = 0;
      // Plain files reuse one read buffer (each chunk is decoded before the next read); gzip input is
      // consumed asynchronously by zlib, so its chunks must stay intact.
      for await (const part of file.chunks(limits.chunkBytes, limit, !gzip)) {
        result.bytes += part.length;
        read += part.length;
        yield part;
      }
      if (read >= limit && file.size > limits.maxFileBytes) rawCut = true;
    })();
    const content = gzip ? gunzipStream(rawAll, limits.maxGzipBytes) : rawAll;
    let head: Buffer;
    let rest: AsyncGenerator<Buffer>;
    try {
      ({ head, rest } = await takeHead(content));
    } catch (error) {
      if (error instanceof TooLarge) gap('too-large', error.message);
      else gap('read-error', `${gzip ? 'corrupt gzip: ' : ''}${(error as Error).message}`);
      result.outcome = 'failed';
      return result;
    }
    const binary = looksBinary(head);
    if (binary) info.binary = true;
    let wanted = detectors.filter((d) => {
      try {
        return d.wants(info, head.subarray(0, HEAD_BYTES));
      } catch (error) {
        gap('collector-error', `detector ${d.id}: ${(error as Error).message}`);
        return false;
      }
    });
    if (wanted.length === 0) {
      result.outcome = 'unwanted';
      return result;
    }
    const chunker = new TextChunker({ binary, chunkChars: limits.chunkBytes });
    const run = (chunks: { text: string; firstLine: number }[], only: ReadonlySet<Detector>) => {
      if (only.size === 0) return;
      for (const chunk of chunks) {
        for (const detector of wanted) {
          if (!only.has(detector)) continue;
          let found: Detection[];
          try {
            found = detector.scan(chunk.text, info, chunk.firstLine);
          } catch (error) {
            gap('collector-error', `detector ${detector.id}: ${(error as Error).message}`);
            wanted = wanted.filter((d) => d !== detector);
            continue;
          }
          for (const d of found) {
            if (result.detections.length >= limits.maxDetectionsPerFile) break;
            const key = keyOf(d);
            if (seen.has(key)) continue;
            seen.add(key);
            result.detections.push(d);
          }
        }
      }
    };
    // The keyword pre-filter: which wanted detectors could find something in each region of raw bytes.
    // A region none of them needs is not even decoded (TextChunker.skip keeps the line count).
    const index = keywordIndexFor(detectors);
    const slot = new Map(detectors.map((d, i) => [d, i] as const));
    const filtering = wanted.some((d) => (d.keywords ?? []).length > 0);
    const edge = Math.max(0, index.maxLength - 1);
    let prevTail = Buffer.alloc(0);
    let pendingFor: ReadonlySet<Detector> = new Set();
    const needed = (bytes: Buffer): Set<Detector> => {
      if (!filtering) return new Set(wanted);
      const flags = index.match(bytes);
      const need = new Set(wanted.filter((d) => flags[slot.get(d)!]));
      // A keyword cut by the read boundary: the previous region's tail and this one's start.
      if (edge > 0 && prevTail.length > 0 && need.size < wanted.length) {
        const across = index.match(Buffer.concat([prevTail, bytes.subarray(0, edge)]));
        for (const d of wanted) if (across[slot.get(d)!]) need.add(d);
      }
      prevTail = Buffer.from(
        bytes.length >= edge
          ? bytes.subarray(bytes.length - edge)
          : Buffer.concat([prevTail, bytes]).subarray(-edge),
      );
      return need;
    };
    const feed = (bytes: Buffer) => {
      const need = needed(bytes);
      if (need.size === 0) {
        run(chunker.skip(bytes), pendingFor);
        pendingFor = need;
        return;
      }
      run(chunker.push(bytes), new Set([...pendingFor, ...need]));
      pendingFor = need;
    };
    let cut = false;
    try {
      feed(head);
      for await (const part of rest) {
        feed(part);
        if (wanted.length === 0) break;
      }
    } catch (error) {
      if (error instanceof TooLarge) {
        gap('too-large', error.message);
        cut = true;
      } else if (!rawCut) gap('read-error', `${gzip ? 'corrupt gzip: ' : ''}${(error as Error).message}`);
    }
    run(chunker.end(), pendingFor);
    result.encoding = chunker.encoding;
    if (rawCut && !cut)
      gap('truncated', `${file.size} bytes on disk; the first ${limits.maxFileBytes} were scanned`);
    if (!complete) {
      const now = await file.restat().catch(() => undefined);
      if (!now || now.size !== file.size || now.mtimeMs !== file.mtimeMs) result.changed = true;
    } else if (rawHead.length !== file.size) result.changed = true;
    return result;
  } catch (error) {
    result.outcome = 'failed';
    gap('read-error', (error as Error).message);
    return result;
  } finally {
    await file.close().catch(() => undefined);
  }
}

/** Run fn over items with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return out;
}
