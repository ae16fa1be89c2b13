/**
 * The capture manifest (`manifest.json`): what was captured, from where, when, on which host, with
 * the SHA-256 and size of every item; its own SHA-256 is in `manifest.sha256` beside it. Pure.
 */
import { HeguiError } from '../core/errors.ts';

export const CAPTURE_SCHEMA_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_DIGEST_PATH = 'manifest.sha256';
export const CUSTODY_PATH = 'custody.log';
/** Entries that are not items: the manifest, its digest and the custody log. */
export const CONTROL_PATHS: readonly string[] = [MANIFEST_PATH, MANIFEST_DIGEST_PATH, CUSTODY_PATH];

export type ItemKind = 'bundle' | 'report' | 'snapshot' | 'file';

export interface ManifestItem {
  /** Path inside the archive. */
  path: string;
  kind: ItemKind;
  /** Host path the item was copied from (files only). */
  source?: string;
  /** Why it was taken: 'finding' (a finding names it) or 'standard' (the standard evidence set). */
  reason?: 'finding' | 'standard';
  size: number;
  sha256: string;
  /** Cut at the per-file cap: only the first `size` bytes of `sourceSize` were kept. */
  truncated: boolean;
  sourceSize?: number;
  /** A change made on purpose, e.g. 'password-hashes-removed' for /etc/shadow. */
  transform?: string;
}

export interface ManifestGap {
  source: string;
  reason: string;
  detail?: string;
}

export interface Manifest {
  format: 'hegui-capture';
  schemaVersion: number;
  tool: { name: 'hegui'; version: string };
  collectedAt: { utc: string; shanghai: string };
  host: {
    hostname: string | null;
    machineId: string | null;
    kernel: string | null;
    osRelease: string | null;
  };
  root: string;
  live: boolean;
  caps: { perFileBytes: number; totalBytes: number };
  /** Sum of item sizes. */
  totalBytes: number;
  items: ManifestItem[];
  gaps: ManifestGap[];
  notes: string[];
}

/** "2026-11-20T10:00:00.000Z" → "2026-11-20T18:00:00.000+08:00" (China has had no DST since 1991). */
export function shanghaiTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3600 * 1000).toISOString().replace(/Z$/, '+08:00');
}

export function serialiseManifest(manifest: Manifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

export function digestLine(sha: string): Buffer {
  return Buffer.from(`${sha}  ${MANIFEST_PATH}\n`, 'utf8');
}

/** The hex digest a manifest.sha256 entry states, or undefined when it is not in that form. */
export function parseDigestLine(data: Buffer): string | undefined {
  const m = /^([0-9a-f]{64}) {2}manifest\.json\n?$/.exec(data.toString('utf8'));
  return m?.[1];
}

function isItem(value: unknown): value is ManifestItem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.path === 'string' &&
    typeof v.sha256 === 'string' &&
    typeof v.size === 'number' &&
    typeof v.truncated === 'boolean'
  );
}

/**
 * Parse manifest bytes. A newer schema is a coded error (exit 2): this hegui cannot judge it. Anything
 * else that is not a manifest returns undefined (the caller reports the manifest as altered).
 */
export function parseManifest(data: Buffer, file: string): Manifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Partial<Manifest>;
  if (m.format !== 'hegui-capture' || typeof m.schemaVersion !== 'number') return undefined;
  if (m.schemaVersion > CAPTURE_SCHEMA_VERSION)
    throw new HeguiError(
      'HEGUI_E_CAPTURE_SCHEMA',
      `${file} has a manifest of schema version ${m.schemaVersion}; this hegui reads up to ${CAPTURE_SCHEMA_VERSION}`,
    );
  if (!Array.isArray(m.items) || !m.items.every(isItem)) return undefined;
  return m as Manifest;
}
