/**
 * An agreement file as plain text: .txt and .md (UTF-8 or GB18030), .docx (mammoth's raw text), .pdf
 * (unpdf, the pdf.js text layer). Nothing in the file is executed; a docx's macros and a PDF's scripts
 * are never run (mammoth reads the XML; pdf.js extracts text only).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { HeguiError } from '../../core/errors.ts';
import { decodeText } from '../../host/root.ts';

export const DOCUMENT_FORMATS = ['txt', 'md', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** An agreement is a few hundred KB; 32 MiB leaves room for scanned PDFs while refusing junk. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export function formatOf(file: string): DocumentFormat | undefined {
  const ext = path.extname(file).toLowerCase().slice(1);
  if (ext === 'markdown') return 'md';
  if (ext === 'text') return 'txt';
  return (DOCUMENT_FORMATS as readonly string[]).includes(ext) ? (ext as DocumentFormat) : undefined;
}

export async function readDocument(file: string): Promise<{ text: string; format: DocumentFormat }> {
  const format = formatOf(file);
  if (format === undefined)
    throw new HeguiError('HEGUI_E_AGREEMENT', `${file}: an agreement must be .txt, .md, .docx or .pdf`);
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > MAX_DOCUMENT_BYTES) throw new Error(`larger than ${String(MAX_DOCUMENT_BYTES)} bytes`);
    bytes = await readFile(file);
  } catch (error) {
    throw new HeguiError('HEGUI_E_AGREEMENT', `cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    if (format === 'docx') {
      if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new Error('not a .docx (zip) file');
      const mammoth = await import('mammoth');
      const result = await mammoth.extractRawText({ buffer: bytes });
      return { text: result.value, format };
    }
    if (format === 'pdf') {
      if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF file');
      const { extractText, getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { text } = await extractText(pdf, { mergePages: true });
      return { text, format };
    }
    if (bytes.includes(0)) throw new Error('binary content in a text file');
    return { text: decodeText(bytes).text, format };
  } catch (error) {
    throw new HeguiError(
      'HEGUI_E_AGREEMENT',
      `cannot read the text of ${file}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}
