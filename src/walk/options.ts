/**
 * What the content scan covers, as the CLI and the collector share it.
 *
 * Modes (`--content`):
 * - `quick`: web roots (from the web-server configs and the conventional directories), the temporary
 *   directories (/tmp, /var/tmp, /dev/shm) and the places that start programs (cron, systemd units,
 *   init scripts, profile scripts). These are where miners, webshells and illegal pages are found first,
 *   and they are small, so the plain live scan stays within its time budget.
 * - `full`: quick plus /opt, /home, /root and /srv whole.
 * - `auto` (the default): off on the live root "/", full on an image, snapshot or fixture tree (an
 *   offline audit has no time budget and should be thorough). On a live host the plain `hegui scan` must
 *   stay within its 2 s budget, and even the quick walk reads every file of /tmp (on a build machine
 *   that is thousands of files and hundreds of MB), so the content scan is asked for: `--content quick`
 *   or `--content full`.
 * - `off`: no content scan. The CLI then leaves the content section out of the bundle, so every content
 *   check reports not-assessed ("no evidence: content"), never pass.
 */
import type { EngineProgress } from './engine.ts';

export const CONTENT_MODES = ['auto', 'quick', 'full', 'off'] as const;
export type ContentMode = (typeof CONTENT_MODES)[number];

export interface ContentOptions {
  mode?: ContentMode;
  /** Globs: only matching files are scanned, and the scan starts from their fixed leading directories. */
  include?: readonly string[];
  /** Globs: matching files and directories are skipped. */
  exclude?: readonly string[];
  /** Worker threads (default: the number of cores). */
  threads?: number;
  maxFiles?: number;
  maxDepth?: number;
  onProgress?: (progress: EngineProgress) => void;
}

export const TEMP_ROOTS: readonly string[] = ['/tmp', '/var/tmp', '/dev/shm'];

export const STARTUP_ROOTS: readonly string[] = [
  '/etc/crontab',
  '/etc/cron.d',
  '/etc/cron.hourly',
  '/etc/cron.daily',
  '/etc/cron.weekly',
  '/etc/cron.monthly',
  '/var/spool/cron',
  '/etc/systemd/system',
  '/lib/systemd/system',
  '/usr/lib/systemd/system',
  '/etc/init.d',
  '/etc/rc.local',
  '/etc/profile',
  '/etc/profile.d',
  '/etc/bash.bashrc',
];

export const FULL_ROOTS: readonly string[] = ['/opt', '/home', '/root', '/srv', '/var/www'];

export function resolveMode(mode: ContentMode | undefined, live: boolean): Exclude<ContentMode, 'auto'> {
  const m = mode ?? 'auto';
  if (m === 'auto') return live ? 'off' : 'full';
  return m;
}
