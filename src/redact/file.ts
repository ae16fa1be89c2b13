/**
 * redactFile: one file in, its redacted copy out, streaming (memory bounded by the longest line or CSV
 * record, plus one JSON document for a whole-document .json under MAX_JSON_DOCUMENT).
 *
 * - Input kinds from the name (a `.gz` suffix is decompressed first): `.csv`/`.tsv` column-aware (the
 *   header classifies columns), `.json` key-aware, `.ndjson`/`.jsonl` key-aware per line, anything else
 *   text line by line.
 * - Encoding: UTF-8 when the first 64 KiB are valid UTF-8, else GB18030; the output keeps it.
 * - Output: written to a temporary file beside the target and renamed into place (atomic). An existing
 *   output is an error unless `force`. `inPlace` rewrites the input after copying it to `FILE.hegui-bak`.
 *   The output is gzip-compressed when its name ends in `.gz`.
 */
import { createReadStream, createWriteStream, constants as fsc } from 'node:fs';
import { chmod, copyFile, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { HeguiError } from '../core/errors.ts';
import { CsvParser } from '../pii/sources/csv.ts';
import type { PiiKind } from '../pii/types.ts';
import { Redactor } from './redactor.ts';
import type { RedactConfig } from './values.ts';

export type RedactFormat = 'text' | 'csv' | 'tsv' | 'json' | 'ndjson';
export type RedactEncoding = 'utf-8' | 'gb18030';

export interface RedactFileOptions {
  input: string;
  /** Absent with inPlace. */
  output?: string;
  inPlace?: boolean;
  force?: boolean;
  config: RedactConfig;
  now?: Date;
}

export interface RedactSummary {
  input: string;
  output: string;
  backup?: string;
  format: RedactFormat;
  encoding: RedactEncoding;
  compressed: boolean;
  /** Lines (text, NDJSON), records (CSV, without the header) or 1 (a JSON document). */
  units: number;
  changed: { kind: PiiKind; count: number }[];
}

/** A whole .json document larger than this is redacted line by line as text. */
export const MAX_JSON_DOCUMENT = 64 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

export function formatOf(file: string): RedactFormat {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.tsv') || name.endsWith('.tab')) return 'tsv';
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  if (name.endsWith('.json')) return 'json';
  return 'text';
}

function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** UTF-8 unless the head has invalid UTF-8 (a sequence cut at the end of the head is fine). */
export function encodingOf(head: Buffer): RedactEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

function fail(code: 'HEGUI_E_REDACT_INPUT', message: string, cause?: unknown): HeguiError {
  return new HeguiError(code, message, cause === undefined ? undefined : { cause });
}

async function readHead(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The first decompressed bytes of a gzip file (a truncated one still yields what it has). */
function gunzipHead(head: Buffer): Buffer {
  try {
    return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH */ }).subarray(0, HEAD_BYTES);
  } catch {
    return Buffer.alloc(0);
  }
}

/** Text → lines with their line ends (the last may have none). */
class LineSplitter {
  /** Text of the current (unfinished) line, in pieces: a long line is joined once, not per chunk. */
  private parts: string[] = [];
  push(text: string): string[] {
    const out: string[] = [];
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      this.parts.push(text.slice(from, nl + 1));
      out.push(this.parts.join(''));
      this.parts = [];
      from = nl + 1;
    }
    if (from < text.length) this.parts.push(text.slice(from));
    return out;
  }
  end(): string[] {
    const rest = this.parts.join('');
    this.parts = [];
    return rest === '' ? [] : [rest];
  }
}

function splitEnd(line: string): [string, string] {
  if (line.endsWith('\r\n')) return [line.slice(0, -2), '\r\n'];
  if (line.endsWith('\n')) return [line.slice(0, -1), '\n'];
  return [line, ''];
}

function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Per-format text processing: text chunks in, redacted text out. */
interface TextStage {
  push(text: string): string;
  end(): string;
  units: number;
}

function textStage(redactor: Redactor, format: RedactFormat): TextStage {
  const lines = new LineSplitter();
  const stage: TextStage = {
    units: 0,
    push: (text) => lines.push(text).map(one).join(''),
    end: () => lines.end().map(one).join(''),
  };
  function one(line: string): string {
    stage.units++;
    const [body, end] = splitEnd(line);
    if (format === 'ndjson' && /^\s*[[{]/.test(body)) {
      try {
        return JSON.stringify(redactor.json(JSON.parse(body))) + end;
      } catch {
        // Not JSON after all: redacted as text.
      }
    }
    return redactor.text(body) + end;
  }
  return stage;
}

function csvStage(redactor: Redactor, delimiter: string): TextStage {
  const parser = new CsvParser(delimiter);
  let kinds: (PiiKind | undefined)[] | undefined;
  let eol: string | undefined;
  const stage: TextStage = {
    units: 0,
    push: (text) => {
      eol ??= text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : undefined;
      return parser.push(text).map(row).join('');
    },
    end: () => parser.end().map(row).join(''),
  };
  function row(cells: string[]): string {
    if (kinds === undefined) {
      kinds = Redactor.columnKinds(cells);
      return cells.map((c) => csvCell(c, delimiter)).join(delimiter) + (eol ?? '\n');
    }
    stage.units++;
    const out = cells.map((c, i) => csvCell(redactor.field(kinds?.[i], c), delimiter));
    return out.join(delimiter) + (eol ?? '\n');
  }
  return stage;
}

function jsonStage(redactor: Redactor): TextStage {
  const parts: string[] = [];
  let size = 0;
  const stage: TextStage = {
    units: 0,
    push: (text) => {
      size += text.length;
      if (size > MAX_JSON_DOCUMENT)
        throw fail('HEGUI_E_REDACT_INPUT', 'JSON document too large to redact whole');
      parts.push(text);
      return '';
    },
    end: () => {
      const whole = parts.join('');
      stage.units = 1;
      let doc: unknown;
      try {
        doc = JSON.parse(whole);
      } catch (error) {
        throw fail(
          'HEGUI_E_REDACT_INPUT',
          'the .json file is not valid JSON (redact it as text: rename it)',
          error,
        );
      }
      const indent = /^\s*[[{]\s*\n(\s+)/.exec(whole)?.[1] ?? '';
      return JSON.stringify(redactor.json(doc), null, indent) + (whole.endsWith('\n') ? '\n' : '');
    },
  };
  return stage;
}

/** Bytes in → redacted bytes out, decoding and encoding with the file's encoding. */
function redactTransform(stage: TextStage, encoding: RedactEncoding): Transform {
  const decoder = iconv.getDecoder(encoding === 'utf-8' ? 'utf8' : 'gb18030');
  const encode = (text: string): Buffer =>
    encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      try {
        const out = stage.push(decoder.write(chunk));
        done(null, out === '' ? undefined : encode(out));
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        const tail = decoder.end() ?? '';
        const out = stage.push(tail) + stage.end();
        done(null, out === '' ? undefined : encode(out));
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export async function redactFile(options: RedactFileOptions): Promise<RedactSummary> {
  const { input, config } = options;
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(
      'HEGUI_E_REDACT_INPUT',
      `${input}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`,
      error,
    );
  }
  if (!info.isFile()) throw fail('HEGUI_E_REDACT_INPUT', `${input}: not a regular file`);
  let rawHead: Buffer;
  try {
    rawHead = await readHead(input);
  } catch (error) {
    throw fail(
      'HEGUI_E_REDACT_INPUT',
      `${input}: cannot read (${(error as NodeJS.ErrnoException).code})`,
      error,
    );
  }
  const compressed = isGzip(rawHead);
  const head = compressed ? gunzipHead(rawHead) : rawHead;
  if (head.includes(0)) throw fail('HEGUI_E_REDACT_INPUT', `${input}: binary content (NUL bytes), not text`);
  const encoding = encodingOf(head);

  const output = options.inPlace ? input : options.output;
  if (output === undefined)
    throw new HeguiError('HEGUI_E_USAGE', 'redact needs --output PATH (or --in-place)');
  const same = path.resolve(output) === path.resolve(input);
  if (same && !options.inPlace) {
    throw new HeguiError(
      'HEGUI_E_REDACT_OUTPUT_EXISTS',
      `${output} is the input; use --in-place to rewrite it`,
    );
  }
  if (!options.inPlace && !options.force && (await exists(output))) {
    throw new HeguiError('HEGUI_E_REDACT_OUTPUT_EXISTS', `${output} exists`);
  }
  let backup: string | undefined;
  if (options.inPlace) {
    backup = `${input}.hegui-bak`;
    try {
      await copyFile(input, backup, options.force ? 0 : fsc.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new HeguiError(
          'HEGUI_E_REDACT_OUTPUT_EXISTS',
          `${backup} exists (a backup of an earlier run)`,
          {
            cause: error,
          },
        );
      }
      throw new HeguiError('HEGUI_E_OUTPUT', `cannot write the backup ${backup}`, { cause: error });
    }
  }

  const format = formatOf(input);
  const redactor = new Redactor(config, options.now);
  const stage =
    format === 'csv'
      ? csvStage(redactor, ',')
      : format === 'tsv'
        ? csvStage(redactor, '\t')
        : format === 'json' && info.size <= MAX_JSON_DOCUMENT
          ? jsonStage(redactor)
          : textStage(redactor, format);
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.hegui-tmp-${process.pid}`);
  const stages: NodeJS.ReadWriteStream[] = [];
  if (compressed) stages.push(createGunzip());
  stages.push(redactTransform(stage, encoding));
  if (output.endsWith('.gz')) stages.push(createGzip());
  try {
    await pipeline([
      createReadStream(input) as Readable,
      ...stages,
      createWriteStream(temp, { mode: 0o600 }),
    ]);
    await rename(temp, output);
    // In place, the file keeps its permissions; a new output stays owner-only.
    if (options.inPlace) await chmod(output, info.mode & 0o777);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof HeguiError) throw error;
    const e = error as NodeJS.ErrnoException;
    if (e.code?.startsWith('Z_') || /unexpected end of file|incorrect header/i.test(e.message)) {
      throw fail('HEGUI_E_REDACT_INPUT', `${input}: truncated or corrupt gzip data (${e.message})`, error);
    }
    if (e.syscall === 'open' && e.path === temp) {
      throw new HeguiError('HEGUI_E_OUTPUT', `cannot write ${output} (${e.code})`, { cause: error });
    }
    throw fail('HEGUI_E_REDACT_INPUT', `${input}: ${e.message}`, error);
  }
  return {
    input,
    output,
    ...(backup ? { backup } : {}),
    format,
    encoding,
    compressed,
    units: stage.units,
    changed: redactor.summary(),
  };
}
