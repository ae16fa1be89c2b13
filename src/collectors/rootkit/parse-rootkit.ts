/**
 * Pure parsers for the rootkit section: /proc/modules, /proc/sys/kernel/tainted, modules-load lists,
 * dpkg md5sums and dpkg diversions.
 */
import { numberedLines } from '../../core/collector.ts';

export interface ProcModule {
  name: string;
  size: number;
  /** Letters inside the trailing parentheses ("OE"), or "". */
  taint: string;
  line: number;
}

/** /proc/modules: `name size refcount deps state address [(taint)]`, one module a line. */
export function parseProcModules(text: string): ProcModule[] {
  const out: ProcModule[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const fields = raw.trim().split(/\s+/);
    const name = fields[0];
    if (!name || fields.length < 2) continue;
    const size = Number(fields[1]);
    if (!/^[\w-]+$/.test(name) || !Number.isInteger(size)) continue;
    const flags = /\(([A-Z]+)\)\s*$/.exec(raw);
    out.push({ name, size, taint: flags?.[1] ?? '', line });
  }
  return out;
}

/** /proc/sys/kernel/tainted: one unsigned integer; null when the text is not one. */
export function parseTainted(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

/** Kernel taint bits (Documentation/admin-guide/tainted-kernels.rst), bit number → letter. */
const TAINT_LETTERS = 'PFSRMBUDAWCIOELKXTN';

/** The letters of the bits set in a taint value, in bit order ("OE" for 12288). */
export function taintLetters(value: number): string {
  let out = '';
  for (let bit = 0; bit < TAINT_LETTERS.length; bit++)
    if (Math.floor(value / 2 ** bit) % 2 === 1) out += TAINT_LETTERS.charAt(bit);
  return out;
}

export const TAINT_OUT_OF_TREE = 2 ** 12;
export const TAINT_UNSIGNED = 2 ** 13;

/**
 * /etc/modules and modules-load.d(5) files: one module name a line, `#` or `;` starting a comment line;
 * /etc/modules also allows arguments after the name.
 */
export function parseModulesLoad(text: string): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const name = trimmed.split(/\s+/)[0]!;
    out.push({ name, line });
  }
  return out;
}

export interface Md5Record {
  md5: string;
  /** Host path, with the leading '/' dpkg leaves out. */
  path: string;
  line: number;
}

/** /var/lib/dpkg/info/<package>.md5sums: `<32 hex digits><two blanks><path without leading slash>`. */
export function parseMd5sums(text: string): Md5Record[] {
  const out: Md5Record[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const match = /^([0-9a-fA-F]{32}) [ *](.+)$/.exec(raw);
    if (!match) continue;
    const rel = match[2]!.replace(/^\.?\/+/, '');
    out.push({ md5: match[1]!.toLowerCase(), path: '/' + rel, line });
  }
  return out;
}

export interface Diversion {
  to: string;
  /** The diverting package, or ':' for a local diversion made by the administrator. */
  by: string;
}

/** /var/lib/dpkg/diversions: records of three lines — the diverted path, where it went, and by whom. */
export function parseDiversions(text: string): Map<string, Diversion> {
  const lines = text.split('\n');
  const out = new Map<string, Diversion>();
  for (let i = 0; i + 2 < lines.length; i += 3) {
    const from = lines[i]!;
    const to = lines[i + 1]!;
    const by = lines[i + 2]!;
    if (from.startsWith('/') && to.startsWith('/')) out.set(from, { to, by });
  }
  return out;
}
