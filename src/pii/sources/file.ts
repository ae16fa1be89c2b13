/**
 * One data file into the inventory: opened read-only through HostRoot (never following a link swapped
 * in), its head checked for encryption (src/pii/protected.ts), `.gz` decompressed on the fly with a cap,
 * decoded (UTF-8, else GB18030, src/walk/decode.ts) and streamed to the source its name or content
 * calls for: CSV/TSV, JSON, NDJSON, SQL dump, SQLite (sqlite.ts), or free text (logs and the rest).
 * Never throws: a file that cannot be read is a gap of the inventory.
 */
import type { HostRoot, ReadHandle } from '../../host/root.ts';
import { looksBinary } from '../../host/root.ts';
import { TextChunker } from '../../walk/decode.ts';
import { gunzipStream, isGzip, TooLarge } from '../../walk/scan-file.ts';
import type { InventoryBuilder, Location, SourceFormat } from '../inventory.ts';
import { fileProtection } from '../protected.ts';
import { CsvParser, isHeader, sniffDelimiter } from './csv.ts';
import { JsonScanner, MAX_JSON_DOCUMENT } from './json.ts';
import type { Recognition } from './recognition.ts';
import { SqlDumpParser } from './sql-dump.ts';
import { scanSqliteFile, type SqliteLimits } from './sqlite.ts';
import { TableScanner } from './table.ts';
import { scanXlsx } from './xlsx.ts';
import { isUtf8 } from 'node:buffer';
import {
  byteCsvConsumer,
  byteNdjsonConsumer,
  byteSqlConsumer,
  byteTextConsumer,
  makeByteContext,
  type ByteConsumer,
  type ByteContext,
} from '../fast/consumers.ts';

export interface FileLimits {
  /** Bytes of one file read (compressed size for .gz); the rest is a 'truncated' gap. */
  maxFileBytes: number;
  /** Decompressed bytes of one .gz file; more is a 'too-large' gap (a likely gzip bomb). */
  maxGzipBytes: number;
  chunkBytes: number;
  sqlite: SqliteLimits;
}

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 2 * 1024 * 1024 * 1024,
  maxGzipBytes: 4 * 1024 * 1024 * 1024,
  chunkBytes: 1024 * 1024,
  sqlite: { maxCopyBytes: 1024 * 1024 * 1024, rowLimit: 100_000 },
};

export interface FileScanContext {
  root: HostRoot;
  recognition: Recognition;
  builder: InventoryBuilder;
  limits?: Partial<FileLimits>;
  /** Directory for SQLite copies (default: the OS temp dir). */
  tmpDir?: string;
  /** The engine for text sources: the byte engine (default) or the string path (the reference, for tests). */
  engine?: 'bytes' | 'string';
  /** The byte engine's shared state (made on first use). */
  bytes?: ByteContext;
}

const HEAD = 4096;
/** A PostgreSQL dump: standard strings, no backslash escapes. */
const PG_DUMP = /PostgreSQL database dump|standard_conforming_strings\s*=\s*on/i;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Extensions of the data files the inventory reads. */
export const DATA_EXTENSIONS = [
  '.csv',
  '.tsv',
  '.json',
  '.ndjson',
  '.jsonl',
  '.sql',
  '.db',
  '.sqlite',
  '.sqlite3',
  '.xlsx',
  '.log',
  '.txt',
  '.dat',
] as const;

/** Is this a file the inventory reads (by name; `.gz` of any of them too, and encrypted containers)? */
export function isDataFile(path: string): boolean {
  const lower = path.toLowerCase();
  if (/\.(?:gpg|pgp|enc|age)$/.test(lower)) return true;
  const inner = lower.endsWith('.gz') ? lower.slice(0, -3) : lower;
  if (/\.log\.\d+$/.test(inner)) return true;
  return DATA_EXTENSIONS.some((ext) => inner.endsWith(ext));
}

/** The source format for a file name and its first decoded text. */
export function formatOf(
  path: string,
  head: string,
): Exclude<SourceFormat, 'postgres' | 'mysql' | 'sqlite' | 'xlsx'> {
  const lower = path.toLowerCase().replace(/\.gz$/, '');
  if (lower.endsWith('.tsv')) return 'tsv';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.json')) {
    const lines = head.split('\n', 3).filter((l) => l.trim() !== '');
    return lines.length >= 2 && lines.every((l) => l.trim().startsWith('{') && l.trim().endsWith('}'))
      ? 'ndjson'
      : 'json';
  }
  if (lower.endsWith('.sql')) return 'sql-dump';
  if (
    /^\s*(?:--|\/\*|create table|insert into|set )/i.test(head) &&
    /\binsert\s+into\b|\bcopy\s+\S+.*from stdin/i.test(head)
  ) {
    return 'sql-dump';
  }
  return 'text';
}

/** Text consumer of one format: fed whole lines, finished once. Returns records counted. */
interface Consumer {
  push(text: string): void;
  end(): void;
  records(): number;
  /** Records or statements whose content could not be read (a cut field, an oversized statement). */
  lost?(): number;
}

function textConsumer(base: Location, ctx: FileScanContext): Consumer {
  let records = 0;
  return {
    push(text) {
      for (const m of ctx.recognition.findAll(text)) {
        records++;
        ctx.builder.recordMatch(base, m);
      }
    },
    end() {},
    records: () => records,
  };
}

function csvConsumer(base: Location, ctx: FileScanContext, tsv: boolean): Consumer {
  let parser: CsvParser | undefined;
  let table: TableScanner | undefined;
  const rows = (batch: string[][]): void => {
    for (const row of batch) {
      if (row.length === 1 && row[0] === '') continue;
      if (!table) {
        if (isHeader(ctx.recognition, row)) {
          table = new TableScanner(
            base,
            row.map((c) => c.trim()),
            ctx.recognition,
            ctx.builder,
          );
          continue;
        }
        table = new TableScanner(base, [], ctx.recognition, ctx.builder);
      }
      table.row(row);
    }
  };
  return {
    push(text) {
      parser ??= new CsvParser(tsv ? '\t' : sniffDelimiter(text));
      rows(parser.push(text));
    },
    end() {
      if (parser) rows(parser.end());
      table?.end();
    },
    records: () => table?.rows ?? 0,
    lost: () => parser?.cutFields ?? 0,
  };
}

function ndjsonConsumer(base: Location, ctx: FileScanContext): Consumer {
  const json = new JsonScanner(base, ctx.recognition, ctx.builder);
  const text = textConsumer(base, ctx);
  let partial = '';
  const line = (l: string): void => {
    const t = l.trim();
    if (t === '') return;
    try {
      json.document(JSON.parse(t));
    } catch {
      text.push(t); // not JSON: still read, as free text
    }
  };
  return {
    push(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) line(l);
    },
    end() {
      line(partial);
      partial = '';
    },
    records: () => json.records + text.records(),
  };
}

function jsonConsumer(base: Location, ctx: FileScanContext): Consumer {
  const parts: string[] = [];
  let size = 0;
  let fallback: Consumer | undefined;
  let json: JsonScanner | undefined;
  return {
    push(text) {
      if (fallback) {
        fallback.push(text);
        return;
      }
      size += text.length;
      parts.push(text);
      if (size > MAX_JSON_DOCUMENT) {
        // Too large to parse whole: read it as NDJSON lines where it has them, free text otherwise.
        fallback = ndjsonConsumer(base, ctx);
        for (const p of parts.splice(0)) fallback.push(p);
      }
    },
    end() {
      if (fallback) {
        fallback.end();
        return;
      }
      const whole = parts.join('');
      parts.length = 0;
      try {
        json = new JsonScanner(base, ctx.recognition, ctx.builder);
        json.document(JSON.parse(whole));
      } catch {
        fallback = ndjsonConsumer(base, ctx);
        fallback.push(whole);
        fallback.end();
      }
    },
    records: () => (fallback ? fallback.records() : (json?.records ?? 0)),
  };
}

function sqlDumpConsumer(base: Location, ctx: FileScanContext): Consumer {
  const parser = new SqlDumpParser();
  const tables = new Map<string, TableScanner>();
  let first = true;
  const handle = (events: ReturnType<SqlDumpParser['push']>): void => {
    for (const e of events) {
      if (e.type !== 'row') continue;
      let t = tables.get(e.table);
      if (!t) {
        t = new TableScanner({ ...base, table: e.table }, e.columns ?? [], ctx.recognition, ctx.builder);
        tables.set(e.table, t);
      }
      t.row(e.cells);
    }
  };
  return {
    push(text) {
      if (first) {
        first = false;
        if (PG_DUMP.test(text.slice(0, 8192))) {
          parser.backslash = false;
        }
      }
      handle(parser.push(text));
    },
    end() {
      handle(parser.end());
      for (const t of tables.values()) t.end();
    },
    records: () => [...tables.values()].reduce((n, t) => n + t.rows, 0),
    lost: () => parser.skipped,
  };
}

function consumerFor(format: SourceFormat, base: Location, ctx: FileScanContext): Consumer {
  switch (format) {
    case 'csv':
      return csvConsumer(base, ctx, false);
    case 'tsv':
      return csvConsumer(base, ctx, true);
    case 'json':
      return jsonConsumer(base, ctx);
    case 'ndjson':
      return ndjsonConsumer(base, ctx);
    case 'sql-dump':
      return sqlDumpConsumer(base, ctx);
    default:
      return textConsumer(base, ctx);
  }
}

/** Is this head valid UTF-8 (a multi-byte character cut at its end allowed)? */
export function utf8Head(bytes: Buffer): boolean {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    if (isUtf8(bytes.subarray(0, bytes.length - cut))) return true;
    // Only continuation or lead bytes can be cut off.
    if ((bytes[bytes.length - 1 - cut]! & 0x80) === 0) return false;
  }
  return bytes.length === 0;
}

/** The byte engine's consumer of a format, or undefined for the formats it leaves to the string path. */
function byteConsumerFor(
  format: SourceFormat,
  base: Location,
  ctx: FileScanContext,
  headText: string,
  maxLine: number,
): ByteConsumer | undefined {
  const bytes = (ctx.bytes ??= makeByteContext(ctx.recognition, ctx.builder, ctx.builder.now));
  switch (format) {
    case 'csv':
      return byteCsvConsumer(base, bytes, sniffDelimiter(headText));
    case 'tsv':
      return byteCsvConsumer(base, bytes, '\t');
    case 'ndjson':
      return byteNdjsonConsumer(base, bytes, maxLine);
    case 'sql-dump':
      return byteSqlConsumer(base, bytes, !PG_DUMP.test(headText.slice(0, 8192)));
    case 'text':
      return byteTextConsumer(base, bytes, maxLine);
    default:
      return undefined;
  }
}

async function* withHead(head: Buffer, file: ReadHandle, limits: FileLimits, cut: { raw: boolean }) {
  if (head.length > 0) yield head;
  if (head.length < HEAD) return;
  const limit = limits.maxFileBytes - head.length;
  let read = 0;
  for await (const part of file.chunks(limits.chunkBytes, limit)) {
    read += part.length;
    yield part;
  }
  if (read >= limit && file.size > limits.maxFileBytes) cut.raw = true;
}

export async function scanDataFile(ctx: FileScanContext, path: string): Promise<void> {
  const limits: FileLimits = { ...DEFAULT_FILE_LIMITS, ...ctx.limits };
  const { root, builder } = ctx;
  if (!root.openRead) {
    builder.gap(path, 'read-error', 'this root cannot stream files');
    return;
  }
  const opened = await root.openRead(path, { noFollow: true });
  if (!opened.ok) {
    if (!opened.missing) builder.gap(path, opened.reason, opened.detail);
    return;
  }
  const file = opened.file;
  let sqlite = false;
  try {
    const head = await file.read(HEAD);
    const encrypted = fileProtection(path, head);
    if (encrypted) {
      builder.protectedFile(path, encrypted.format);
      return;
    }
    if (head.subarray(0, 16).toString('latin1') === SQLITE_MAGIC) {
      sqlite = true;
      return;
    }
    const cut = { raw: false };
    const raw = withHead(head, file, limits, cut);
    if (/\.xlsx$/i.test(path) && head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') {
      try {
        const records = await scanXlsx(path, raw, ctx);
        builder.source({ source: path, format: 'xlsx', records });
      } catch (error) {
        builder.gap(path, 'read-error', `not a readable .xlsx workbook: ${(error as Error).message}`);
      }
      if (cut.raw)
        builder.gap(path, 'truncated', `only the first ${String(limits.maxFileBytes)} bytes were read`);
      return;
    }
    const gzip = isGzip(path, head);
    const content = gzip ? gunzipStream(raw, limits.maxGzipBytes) : raw;
    let consumer: Consumer | ByteConsumer | undefined;
    let format: SourceFormat = 'text';
    let chunker: TextChunker | undefined;
    let encoding: string | undefined;
    const feed = (chunks: { text: string }[]): void => {
      for (const c of chunks) {
        if (!consumer) {
          format = formatOf(path, c.text);
          consumer = consumerFor(format, { source: path, format }, ctx);
        }
        (consumer as Consumer).push(c.text);
      }
    };
    // The first bytes (up to a chunk) decide the engine: UTF-8 text of a format the byte engine reads goes
    // to it; GB18030 text, whole JSON documents and the rest take the string path.
    let firstBytes: Buffer[] | undefined = [];
    let firstSize = 0;
    let bytesMode = false;
    const decideEngine = (): void => {
      const first = Buffer.concat(firstBytes ?? []);
      firstBytes = undefined;
      if (first.length === 0) return;
      const engine = ctx.engine ?? 'bytes';
      if (engine === 'bytes' && utf8Head(first)) {
        const headText = new TextDecoder().decode(first);
        const f = formatOf(path, headText);
        const base: Location = { source: path, format: f };
        const bc = byteConsumerFor(f, base, ctx, headText, limits.chunkBytes);
        if (bc) {
          format = f;
          consumer = bc;
          bytesMode = true;
          encoding = 'utf-8';
          // The string path's decoder drops a leading BOM.
          const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
          bc.push(bom ? first.subarray(3) : first);
          return;
        }
      }
      chunker = new TextChunker({ binary: false, chunkChars: limits.chunkBytes, overlapChars: 0 });
      feed(chunker.push(first));
    };
    try {
      for await (const bytes of content) {
        if (firstBytes) {
          if (firstSize === 0 && looksBinary(bytes)) return; // binary content (an image, an archive): not a data source here
          firstBytes.push(bytes);
          firstSize += bytes.length;
          if (firstSize >= limits.chunkBytes) decideEngine();
          continue;
        }
        if (bytesMode) (consumer as ByteConsumer).push(bytes);
        else feed(chunker!.push(bytes));
      }
    } catch (error) {
      if (error instanceof TooLarge) builder.gap(path, 'too-large', error.message);
      else builder.gap(path, 'read-error', `${gzip ? 'corrupt gzip: ' : ''}${(error as Error).message}`);
      // What was read before the failure still counts.
    }
    if (firstBytes) decideEngine();
    if (chunker) feed(chunker.end());
    if (!consumer) return;
    const done: Consumer | ByteConsumer = consumer;
    done.end();
    if (cut.raw)
      builder.gap(path, 'truncated', `only the first ${String(limits.maxFileBytes)} bytes were read`);
    const lost = done.lost?.() ?? 0;
    if (lost > 0)
      builder.gap(path, 'truncated', `${String(lost)} ${format} fields or statements too large to read`);
    encoding ??= chunker?.encoding;
    builder.source({
      source: path,
      format,
      records: done.records(),
      ...(encoding ? { encoding } : {}),
    });
  } catch (error) {
    builder.gap(path, 'read-error', (error as Error).message);
  } finally {
    await file.close();
    if (sqlite) await scanSqliteFile(ctx, path, limits.sqlite);
  }
}
