/**
 * Log bytes → numbered text lines, in bounded memory: a line splitter fed chunk by chunk (each line
 * decoded on its own — UTF-8 when valid, else GB18030 —, NUL runs dropped, over-long lines cut), and a
 * streaming gunzip with a cap on the decompressed size, so a gzip bomb stops at the cap.
 */
import { isUtf8 } from 'node:buffer';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';

export interface LineStats {
  lines: number;
  gb18030Lines: number;
  nulLines: number;
  overlongLines: number;
}

export interface LineSplitter {
  push(chunk: Buffer): void;
  /** Flush the last line (one without a final newline). */
  end(): void;
  readonly stats: LineStats;
}

export const MAX_LINE_BYTES = 16 * 1024;

export function createLineSplitter(
  onLine: (text: string, line: number) => void,
  maxLine = MAX_LINE_BYTES,
): LineSplitter {
  const stats: LineStats = { lines: 0, gb18030Lines: 0, nulLines: 0, overlongLines: 0 };
  let carry: Buffer[] = [];
  let carryLength = 0;
  let overlong = false;

  const emit = (parts: Buffer[]): void => {
    stats.lines++;
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    if (overlong) stats.overlongLines++;
    overlong = false;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    if (bytes.includes(0)) {
      stats.nulLines++;
      bytes = Buffer.from(bytes.filter((b) => b !== 0));
    }
    if (bytes.length === 0) return;
    let text: string;
    if (isUtf8(bytes)) text = bytes.toString('utf8');
    else {
      stats.gb18030Lines++;
      text = iconv.decode(bytes, 'gb18030');
    }
    onLine(text, stats.lines);
  };

  const keep = (part: Buffer): void => {
    const room = maxLine - carryLength;
    if (part.length > room) {
      overlong = true;
      part = part.subarray(0, Math.max(0, room));
    }
    if (part.length > 0) {
      carry.push(part);
      carryLength += part.length;
    }
  };

  return {
    stats,
    push(chunk) {
      let start = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, start);
        if (nl < 0) break;
        keep(chunk.subarray(start, nl));
        emit(carry);
        carry = [];
        carryLength = 0;
        start = nl + 1;
      }
      if (start < chunk.length) keep(chunk.subarray(start));
    },
    end() {
      if (carryLength > 0 || overlong) emit(carry);
      carry = [];
      carryLength = 0;
    },
  };
}

export type GunzipStatus = 'ok' | 'too-large' | 'truncated' | 'corrupt';

export interface GunzipResult {
  status: GunzipStatus;
  /** Decompressed bytes handed to onChunk. */
  bytes: number;
  detail?: string;
}

/**
 * Decompress gzip bytes (several members allowed) chunk by chunk. Stops with `too-large` once the output
 * would pass maxOutput bytes (the chunks up to the cap have been delivered), `truncated` when the input
 * ends inside a member, `corrupt` when it is not gzip.
 */
export function gunzipChunks(
  input: Buffer,
  maxOutput: number,
  onChunk: (chunk: Buffer) => void,
): Promise<GunzipResult> {
  return new Promise((resolve) => {
    const gunzip = createGunzip({ chunkSize: 64 * 1024 });
    let bytes = 0;
    let settled = false;
    const settle = (result: GunzipResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    gunzip.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (bytes + chunk.length > maxOutput) {
        const room = maxOutput - bytes;
        if (room > 0) onChunk(chunk.subarray(0, room));
        bytes = maxOutput;
        settle({ status: 'too-large', bytes, detail: `decompresses past the cap of ${maxOutput} bytes` });
        gunzip.destroy();
        return;
      }
      bytes += chunk.length;
      onChunk(chunk);
    });
    gunzip.on('end', () => settle({ status: 'ok', bytes }));
    gunzip.on('error', (error: NodeJS.ErrnoException) => {
      const truncated = error.code === 'Z_BUF_ERROR' || /unexpected end/i.test(error.message);
      settle({ status: truncated ? 'truncated' : 'corrupt', bytes, detail: error.message });
    });
    gunzip.end(input);
  });
}
