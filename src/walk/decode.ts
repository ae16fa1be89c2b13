/**
 * Bytes → text chunks for the detectors, streaming: each chunk ends at a line end (unless a single line
 * is longer than the chunk), starts with a few whole lines of the previous chunk as overlap, and carries
 * the 1-based number of its first line.
 *
 * Encodings: a file whose first bytes hold a NUL is binary and is decoded as Latin-1 (one char per byte,
 * so the ASCII strings inside stay intact for the binary detectors); text is UTF-8 when its first chunk
 * is valid UTF-8, otherwise GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese
 * servers); invalid bytes later in a UTF-8 file become U+FFFD from there on, never an error.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030' | 'latin1';

export interface TextChunk {
  text: string;
  /** 1-based line number of the first line of `text`. */
  firstLine: number;
}

export interface ChunkerOptions {
  /** Decode as Latin-1 (binary file). */
  binary: boolean;
  /** Emit a chunk once this many characters are pending (cut at the last line end before it). */
  chunkChars?: number;
  /** Characters of the previous chunk repeated at the start of the next, cut to whole lines. */
  overlapChars?: number;
}

export const DEFAULT_CHUNK_CHARS = 1024 * 1024;
export const DEFAULT_OVERLAP_CHARS = 4096;

function countNewlines(text: string, from = 0, to = text.length): number {
  let n = 0;
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < to) {
    n++;
    i = text.indexOf('\n', i + 1);
  }
  return n;
}

interface StreamDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

function utf8Decoder(fatal: boolean): StreamDecoder {
  const decoder = new TextDecoder('utf-8', { fatal });
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

function gbDecoder(): StreamDecoder {
  const decoder = iconv.getDecoder('gb18030');
  return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
}

const latin1Decoder: StreamDecoder = { write: (bytes) => bytes.toString('latin1'), end: () => '' };

export class TextChunker {
  encoding: TextEncoding;
  private decoder: StreamDecoder;
  /** True until a chunk of text has been decoded: the encoding can still change. */
  private first = true;
  private pending = '';
  /** Line number of the first line of `pending`. */
  private pendingLine = 1;
  /** Whole lines from the end of the last emitted chunk. */
  private overlap = '';
  private overlapLine = 1;
  private readonly chunkChars: number;
  private readonly overlapChars: number;

  constructor(options: ChunkerOptions) {
    this.encoding = options.binary ? 'latin1' : 'utf-8';
    this.decoder = options.binary ? latin1Decoder : utf8Decoder(true);
    this.chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
    this.overlapChars = options.overlapChars ?? DEFAULT_OVERLAP_CHARS;
  }

  private decode(bytes: Buffer): string {
    if (this.encoding !== 'utf-8') return this.decoder.write(bytes);
    try {
      return this.decoder.write(bytes);
    } catch {
      // Not UTF-8. At the start of the file: GB18030 for the whole file; later: U+FFFD from here on.
      if (this.first) {
        this.encoding = 'gb18030';
        this.decoder = gbDecoder();
      } else {
        this.decoder = utf8Decoder(false);
      }
      return this.decoder.write(bytes);
    }
  }

  /**
   * The start of a line left undecoded by skip(): prepended to the next push so a line that runs on into
   * the next region is whole there (and a keyword across the boundary is not lost).
   */
  private carry: Buffer | null = null;

  /** Feed the next bytes; returns the chunks that became complete. */
  push(bytes: Buffer): TextChunk[] {
    if (this.carry) {
      bytes = Buffer.concat([this.carry, bytes]);
      this.carry = null;
    }
    const text = this.decode(bytes);
    if (bytes.length > 0) this.first = false;
    this.pending += text;
    const out: TextChunk[] = [];
    while (this.pending.length >= this.chunkChars) {
      const cut = this.pending.lastIndexOf('\n', this.chunkChars - 1);
      // A line longer than a whole chunk is cut where it is; the overlap keeps its tail with the next part.
      const end = cut >= 0 ? cut + 1 : this.chunkChars;
      out.push(this.emit(end));
    }
    return out;
  }

  /**
   * Pass over bytes no detector needs (the engine's keyword pre-filter found nothing for them): the text
   * pending so far is returned as a chunk, the line count moves on without decoding, and the start of the
   * last line is kept (as bytes) for the next push.
   */
  skip(bytes: Buffer): TextChunk[] {
    const out: TextChunk[] = this.pending.length > 0 ? [this.emit(this.pending.length)] : [];
    this.overlap = '';
    let lines = 0;
    let last = -1;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) {
      lines++;
      last = i;
    }
    this.pendingLine += lines;
    // The partial last line, bounded (a binary may have no line end for megabytes); without a line end
    // in these bytes, the line began in the carry.
    const tail =
      last >= 0
        ? bytes.subarray(last + 1)
        : this.carry
          ? Buffer.concat([this.carry, bytes.subarray(Math.max(0, bytes.length - this.overlapChars))])
          : bytes;
    this.carry =
      tail.length === 0 ? null : Buffer.from(tail.subarray(Math.max(0, tail.length - this.overlapChars)));
    // A multi-byte sequence cut at the start of the next push must not poison the decoder.
    if (this.encoding === 'utf-8') this.decoder = utf8Decoder(this.first);
    else if (this.encoding === 'gb18030') this.decoder = gbDecoder();
    return out;
  }

  /** The last chunk (possibly empty, never for an empty file). */
  end(): TextChunk[] {
    let tail: string;
    try {
      tail = this.decoder.end();
    } catch {
      tail = '\uFFFD';
    }
    this.pending += tail;
    if (this.pending.length === 0) return [];
    return [this.emit(this.pending.length, true)];
  }

  private emit(end: number, last = false): TextChunk {
    const body = this.pending.slice(0, end);
    const chunk: TextChunk = {
      text: this.overlap + body,
      firstLine: this.overlap === '' ? this.pendingLine : this.overlapLine,
    };
    this.pending = this.pending.slice(end);
    if (last) return chunk;
    const bodyLines = countNewlines(body);
    // The line of the end of `whole`: the first line of the body plus the line ends in it.
    const lastLineOfWhole = this.pendingLine + bodyLines;
    const whole = chunk.text;
    // The next overlap: whole lines from the last overlapChars of what was just emitted.
    let start = Math.max(0, whole.length - this.overlapChars);
    if (start > 0) {
      // Whole lines when the window holds a line end; otherwise (one very long line) the raw tail.
      const nl = whole.indexOf('\n', start - 1);
      if (nl >= 0) start = nl + 1;
    }
    this.overlap = this.overlapChars > 0 ? whole.slice(start) : '';
    // If the body ended mid-line, the overlap holds that partial line and the pending text continues it.
    this.overlapLine = lastLineOfWhole - countNewlines(this.overlap);
    this.pendingLine += bodyLines;
    return chunk;
  }
}
