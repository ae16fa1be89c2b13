/**
 * authorized_keys (sshd(8) AUTHORIZED_KEYS FILE FORMAT) parser. Pure: text + host path → keys with
 * lines. Each line is "[options] keytype base64-blob [comment]"; like sshd, we first try the line as a
 * key and only otherwise read an options field (which may hold quoted strings with commas and spaces).
 * The blob is reduced to its SHA-256 fingerprint and never kept.
 */
import { createHash } from 'node:crypto';
import { at, numberedLines } from '../../core/collector.ts';
import type { AuthorizedKey } from './sshkeys.types.ts';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const KEY_TYPE = /^[A-Za-z0-9][A-Za-z0-9@._+-]*$/;

/** ssh-keygen's fingerprint: "SHA256:" + unpadded base64 of sha256(blob). */
export function fingerprintOf(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** Decode a key blob whose first SSH string is the key type; undefined when it is not one. */
export function decodeKeyBlob(type: string, base64: string): Buffer | undefined {
  if (!KEY_TYPE.test(type) || base64.length % 4 === 1 || !BASE64.test(base64)) return undefined;
  const blob = Buffer.from(base64, 'base64');
  if (blob.length < 4) return undefined;
  const length = blob.readUInt32BE(0);
  if (length === 0 || length > blob.length - 4) return undefined;
  return blob.subarray(4, 4 + length).toString('latin1') === type ? blob : undefined;
}

/** Split off the options field: up to the first whitespace outside double quotes. */
export function splitOptions(line: string): { options: string; rest: string } | undefined {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && quoted && line[i + 1] === '"') {
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ' ' || c === '\t'))
      return { options: line.slice(0, i), rest: line.slice(i).trimStart() };
  }
  return undefined;
}

/** Option names from an options field: comma-separated, values in double quotes may hold commas. */
export function optionNames(options: string): string[] {
  const names: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= options.length; i++) {
    const c = options[i];
    if (c === '\\' && quoted && options[i + 1] === '"') {
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (i === options.length || (c === ',' && !quoted)) {
      const name = options.slice(start, i).split('=', 1)[0]!.trim().toLowerCase();
      if (name !== '') names.push(name);
      start = i + 1;
    }
  }
  return names;
}

function keyFrom(text: string): { type: string; fingerprint: string; comment: string } | undefined {
  const m = /^(\S+)[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(text);
  if (!m) return undefined;
  const blob = decodeKeyBlob(m[1]!, m[2]!);
  return blob ? { type: m[1]!, fingerprint: fingerprintOf(blob), comment: (m[3] ?? '').trim() } : undefined;
}

export function parseAuthorizedKeys(text: string, path: string): AuthorizedKey[] {
  const keys: AuthorizedKey[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) continue;
    const plain = keyFrom(t);
    if (plain) {
      keys.push({ ...plain, options: '', optionNames: [], where: at(path, line) });
      continue;
    }
    const split = splitOptions(t);
    const withOptions = split && keyFrom(split.rest);
    if (split && withOptions)
      keys.push({
        ...withOptions,
        options: split.options,
        optionNames: optionNames(split.options),
        where: at(path, line),
      });
  }
  return keys;
}
