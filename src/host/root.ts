/**
 * HostRoot: the only scan-side code that reads the file system (DESIGN §4).
 *
 * Paths are host paths ("/etc/passwd"). Under a root other than "/", every component is resolved by
 * hand: ".." never climbs above the root, absolute symlink targets are re-rooted, and a link can never
 * lead outside the root. Reads are capped and open files read-only; nothing is ever written.
 */
import { constants, type Dirent } from 'node:fs';
import { lstat, open, readdir, readlink, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { GapReason } from '../core/evidence.ts';

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const MAX_LINK_HOPS = 40;
const BINARY_SNIFF_BYTES = 8192;

export type Missing = { ok: false; missing: true };
export type Unreadable = { ok: false; missing: false; reason: GapReason; detail: string };
export type Failure = Missing | Unreadable;

export interface TextFile {
  ok: true;
  text: string;
  encoding: 'utf-8' | 'gb18030';
  size: number;
}

export interface DirEntry {
  name: string;
  type: 'file' | 'dir' | 'symlink' | 'other';
}

export interface FileStat {
  ok: true;
  type: 'file' | 'dir' | 'symlink' | 'other';
  size: number;
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
}

export interface ReadOptions {
  maxBytes?: number;
  /** Accept NUL bytes (e.g. /proc/<pid>/cmdline, /proc/<pid>/environ). */
  allowBinary?: boolean;
}

export interface HostRoot {
  /** The directory on this machine that stands for the host's "/". */
  readonly dir: string;
  /** True when dir is "/", i.e. the machine we run on. */
  readonly live: boolean;
  readText(hostPath: string, options?: ReadOptions): Promise<TextFile | Failure>;
  readBytes(hostPath: string, options?: ReadOptions): Promise<{ ok: true; bytes: Buffer } | Failure>;
  list(hostPath: string): Promise<{ ok: true; entries: DirEntry[] } | Failure>;
  /** The raw target of a symlink, not followed (e.g. /proc/1/exe → "/usr/bin/x (deleted)"). */
  readLink(hostPath: string): Promise<{ ok: true; target: string } | Failure>;
  stat(hostPath: string): Promise<FileStat | Failure>;
  /**
   * Open a regular file for streaming (the content walk): same resolution rules as readBytes, no size cap;
   * the caller reads chunk by chunk and must close it. Optional so that test doubles need not provide it.
   */
  openRead?(hostPath: string, options?: OpenOptions): Promise<{ ok: true; file: ReadHandle } | Failure>;
}

export interface OpenOptions {
  /**
   * Never follow a link at the last component (the walk has already decided the entry is a plain file;
   * a link swapped in since then is refused with reason 'symlink-loop' instead of being followed).
   */
  noFollow?: boolean;
}

/** An open regular file. Reads are sequential. */
export interface ReadHandle {
  /** fstat of the opened file at open time. */
  readonly size: number;
  readonly mode: number;
  readonly uid: number;
  readonly mtimeMs: number;
  /** Up to maxBytes more bytes (into `into` when given and large enough); an empty buffer at the end. */
  read(maxBytes: number, into?: Buffer): Promise<Buffer>;
  /**
   * The file's chunks of up to chunkBytes each (fewer at the end), until EOF or `limit` bytes in total.
   * With `reuse`, every chunk is a view of one buffer, overwritten by the next: the caller must be done
   * with a chunk before asking for the next (less allocation, less garbage, lower RSS).
   */
  chunks(chunkBytes: number, limit?: number, reuse?: boolean): AsyncGenerator<Buffer>;
  /** Size and mtime now: tells a file that changed while it was read. */
  restat(): Promise<{ size: number; mtimeMs: number }>;
  close(): Promise<void>;
}

const MISSING: Missing = { ok: false, missing: true };

function unreadable(reason: GapReason, detail: string): Unreadable {
  return { ok: false, missing: false, reason, detail };
}

function fromErrno(error: unknown): Failure {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ESRCH':
      return MISSING;
    case 'EACCES':
    case 'EPERM':
      return unreadable('permission-denied', code);
    case 'ELOOP':
      return unreadable('symlink-loop', code);
    case 'EISDIR':
      return unreadable('not-a-file', code);
    default:
      return unreadable('read-error', code ?? (error as Error).message);
  }
}

function entryType(d: Dirent): DirEntry['type'] {
  if (d.isFile()) return 'file';
  if (d.isDirectory()) return 'dir';
  if (d.isSymbolicLink()) return 'symlink';
  return 'other';
}

/** Normalise a host path: absolute, no ".", and ".." clamped at "/" (as chroot does). */
export function normaliseHostPath(hostPath: string): string {
  const parts: string[] = [];
  for (const part of hostPath.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** Decode file bytes: UTF-8 when valid, otherwise GB18030 (a superset of GBK, common on Chinese servers). */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}

export function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function openRoot(dir: string): Promise<HostRoot> {
  return Promise.resolve(new FsHostRoot(path.resolve(dir)));
}

class FsHostRoot implements HostRoot {
  readonly dir: string;
  readonly live: boolean;

  constructor(dir: string) {
    this.dir = dir;
    this.live = dir === '/';
  }

  /**
   * Resolved parent directories for openRead(…, { noFollow }) under a directory root: the content walk
   * opens thousands of files per directory, and resolving every component each time cost a sixth of the
   * walk. The window in which a directory swapped for a link could be followed is as open as between
   * resolve() and open() without the cache (the kernel follows intermediate links either way); the
   * cache only makes it last longer, on an image that is normally not changing. Bounded.
   */
  private readonly parentCache = new Map<string, Promise<{ ok: true; real: string } | Failure>>();

  private async resolveNoFollow(hostPath: string): Promise<{ ok: true; real: string } | Failure> {
    const normal = normaliseHostPath(hostPath);
    if (this.live) return { ok: true, real: normal };
    const slash = normal.lastIndexOf('/');
    const parent = slash <= 0 ? '/' : normal.slice(0, slash);
    const name = normal.slice(slash + 1);
    // The promise is cached, so files of one directory opened at once share one resolution.
    let pending = this.parentCache.get(parent);
    if (pending === undefined) {
      if (this.parentCache.size >= 4096) this.parentCache.clear();
      pending = this.resolve(parent, true);
      this.parentCache.set(parent, pending);
    }
    const resolved = await pending;
    if (!resolved.ok) {
      this.parentCache.delete(parent);
      return resolved;
    }
    return { ok: true, real: name === '' ? resolved.real : path.join(resolved.real, name) };
  }

  /**
   * Map a host path to a path on this machine. Under "/" the kernel resolves links (there is nothing
   * to escape from). Under any other root we walk component by component.
   */
  private async resolve(
    hostPath: string,
    followFinal: boolean,
  ): Promise<{ ok: true; real: string } | Failure> {
    const normal = normaliseHostPath(hostPath);
    if (this.live) return { ok: true, real: normal };
    const done: string[] = [];
    const queue = normal.split('/').filter(Boolean);
    let hops = 0;
    while (queue.length > 0) {
      const part = queue.shift()!;
      if (part === '.') continue;
      if (part === '..') {
        done.pop();
        continue;
      }
      const candidate = path.join(this.dir, ...done, part);
      if (queue.length === 0 && !followFinal) {
        done.push(part);
        break;
      }
      let info;
      try {
        info = await lstat(candidate);
      } catch (error) {
        return fromErrno(error);
      }
      if (!info.isSymbolicLink()) {
        done.push(part);
        continue;
      }
      if (++hops > MAX_LINK_HOPS) return unreadable('symlink-loop', `more than ${MAX_LINK_HOPS} links`);
      let target: string;
      try {
        target = await readlink(candidate);
      } catch (error) {
        return fromErrno(error);
      }
      if (target.startsWith('/')) done.length = 0;
      queue.unshift(...target.split('/').filter(Boolean));
    }
    return { ok: true, real: path.join(this.dir, ...done) };
  }

  async readBytes(
    hostPath: string,
    options: ReadOptions = {},
  ): Promise<{ ok: true; bytes: Buffer } | Failure> {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const resolved = await this.resolve(hostPath, true);
    if (!resolved.ok) return resolved;
    let handle;
    try {
      // O_NONBLOCK so that a FIFO planted where a config should be cannot hang the scan. Under a
      // directory root every link was resolved above, so O_NOFOLLOW closes the window in which one could
      // be swapped in; on the live root the kernel follows links (/etc/os-release is one on Debian).
      const flags = constants.O_RDONLY | constants.O_NONBLOCK | (this.live ? 0 : constants.O_NOFOLLOW);
      handle = await open(resolved.real, flags);
    } catch (error) {
      return fromErrno(error);
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) return unreadable('not-a-file', info.isDirectory() ? 'directory' : 'special file');
      // /proc files report size 0, so read until EOF, never past the cap.
      if (info.size > maxBytes) return unreadable('too-large', `${info.size} bytes > cap ${maxBytes}`);
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const want = Math.min(65536, maxBytes + 1 - total);
        if (want <= 0) break;
        const buffer = Buffer.allocUnsafe(want);
        const { bytesRead } = await handle.read(buffer, 0, want, null);
        if (bytesRead === 0) break;
        chunks.push(buffer.subarray(0, bytesRead));
        total += bytesRead;
      }
      if (total > maxBytes) return unreadable('too-large', `more than cap ${maxBytes} bytes`);
      const bytes = Buffer.concat(chunks, total);
      if (!options.allowBinary && looksBinary(bytes)) return unreadable('binary', 'NUL bytes in a text file');
      return { ok: true, bytes };
    } catch (error) {
      return fromErrno(error);
    } finally {
      await handle.close();
    }
  }

  async readText(hostPath: string, options: ReadOptions = {}): Promise<TextFile | Failure> {
    const read = await this.readBytes(hostPath, options);
    if (!read.ok) return read;
    const { text, encoding } = decodeText(read.bytes);
    return { ok: true, text, encoding, size: read.bytes.length };
  }

  async list(hostPath: string): Promise<{ ok: true; entries: DirEntry[] } | Failure> {
    const resolved = await this.resolve(hostPath, true);
    if (!resolved.ok) return resolved;
    try {
      const dirents = await readdir(resolved.real, { withFileTypes: true });
      const entries = dirents.map((d) => ({ name: d.name, type: entryType(d) }));
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { ok: true, entries };
    } catch (error) {
      const failure = fromErrno(error);
      if (!failure.missing && (error as NodeJS.ErrnoException).code === 'ENOTDIR') return MISSING;
      return failure;
    }
  }

  async readLink(hostPath: string): Promise<{ ok: true; target: string } | Failure> {
    const resolved = await this.resolve(hostPath, false);
    if (!resolved.ok) return resolved;
    try {
      return { ok: true, target: await readlink(resolved.real) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EINVAL')
        return unreadable('not-a-file', 'not a symlink');
      return fromErrno(error);
    }
  }

  async openRead(
    hostPath: string,
    options: OpenOptions = {},
  ): Promise<{ ok: true; file: ReadHandle } | Failure> {
    const noFollow = options.noFollow === true;
    const resolved = noFollow ? await this.resolveNoFollow(hostPath) : await this.resolve(hostPath, true);
    if (!resolved.ok) return resolved;
    let handle: FileHandle;
    try {
      // As in readBytes: O_NONBLOCK so a FIFO cannot hang us; O_NOFOLLOW after manual resolution.
      const flags =
        constants.O_RDONLY | constants.O_NONBLOCK | (this.live && !noFollow ? 0 : constants.O_NOFOLLOW);
      handle = await open(resolved.real, flags);
    } catch (error) {
      return fromErrno(error);
    }
    let info;
    try {
      info = await handle.stat();
    } catch (error) {
      await handle.close();
      return fromErrno(error);
    }
    if (!info.isFile()) {
      await handle.close();
      return unreadable('not-a-file', info.isDirectory() ? 'directory' : 'special file');
    }
    let position = 0;
    const read = async (maxBytes: number, into?: Buffer): Promise<Buffer> => {
      // Size the buffer by what fstat says is left (a file may still grow: then the next call reads on).
      const left = info.size - position;
      const want = Math.max(0, Math.min(maxBytes, left > 0 ? left : 65536));
      const buffer = into && into.length >= want ? into.subarray(0, want) : Buffer.allocUnsafe(want);
      let filled = 0;
      // A short read is not the end of a regular file; only 0 bytes is (or reaching the size fstat gave).
      while (filled < want) {
        const { bytesRead } = await handle.read(buffer, filled, want - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (position + filled >= info.size && left > 0) break;
      }
      position += filled;
      return filled === buffer.length ? buffer : buffer.subarray(0, filled);
    };
    const file: ReadHandle = {
      size: info.size,
      mode: info.mode,
      uid: info.uid,
      mtimeMs: info.mtimeMs,
      read,
      async *chunks(chunkBytes: number, limit = Number.POSITIVE_INFINITY, reuse = false) {
        let total = 0;
        if (reuse) {
          const shared = Buffer.allocUnsafe(chunkBytes);
          while (total < limit) {
            const chunk = await read(Math.min(chunkBytes, limit - total), shared);
            if (chunk.length === 0) return;
            total += chunk.length;
            yield chunk;
          }
          return;
        }
        // Read-ahead: the next chunk is copied (in libuv's pool) while the caller works on this one, so
        // a scan does not sit idle on every read (5 % of the PII inventory's time on a 1 GB tree).
        let next: Promise<Buffer> | undefined = total < limit ? read(Math.min(chunkBytes, limit)) : undefined;
        try {
          while (next) {
            const chunk = await next;
            next = undefined;
            if (chunk.length === 0) return;
            total += chunk.length;
            if (total < limit) next = read(Math.min(chunkBytes, limit - total));
            yield chunk;
          }
        } finally {
          // A caller that stops early leaves one read pending: it ends before the handle can close, and
          // its failure (if any) is no one's.
          if (next) await next.catch(() => undefined);
        }
      },
      async restat() {
        const now = await handle.stat();
        return { size: now.size, mtimeMs: now.mtimeMs };
      },
      close: () => handle.close(),
    };
    return { ok: true, file };
  }

  async stat(hostPath: string): Promise<FileStat | Failure> {
    const resolved = await this.resolve(hostPath, true);
    if (!resolved.ok) return resolved;
    try {
      const info = await stat(resolved.real);
      const type = info.isFile() ? 'file' : info.isDirectory() ? 'dir' : 'other';
      return {
        ok: true,
        type,
        size: info.size,
        mode: info.mode,
        uid: info.uid,
        gid: info.gid,
        mtimeMs: info.mtimeMs,
      };
    } catch (error) {
      return fromErrno(error);
    }
  }
}
