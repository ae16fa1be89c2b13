/**
 * Content detectors (DESIGN §5): the walker reads each file once and hands it to every detector that
 * wants it. A detector is rules as data plus pure functions; matches are masked before they leave it.
 */
import type { PatternRule } from '../walk/patterns.ts';

export interface FileInfo {
  /** Host path. */
  path: string;
  size: number;
  mode: number;
  uid: number;
  mtimeMs: number;
  /** The file sits under a web root (from nginx/Apache/Caddy/PHP-FPM configs or /var/www, /srv). */
  webRoot: string | null;
  /**
   * Set when the file is compressed and detectors see its decompressed content (`access.log.gz`): `head`
   * and the scanned text are the decompressed bytes, `size` is the size on disk.
   */
  compressed?: 'gzip';
  /** The content has NUL bytes in its head: the text is decoded as Latin-1 (one char per byte). */
  binary?: boolean;
}

export interface Detection {
  detector: string;
  /** The rule or family that matched ("xmrig-config", "behinder", "gambling-page"). */
  rule: string;
  path: string;
  line?: number;
  /** 0..1 confidence from several signals, where the detector scores. */
  score?: number;
  /** Short human reasons ("eval on $_POST", "odds table", "stratum URL"). */
  reasons: string[];
  /** A short excerpt, already masked. */
  excerpt?: string;
}

export interface Detector {
  id: string;
  /**
   * The detector's rules as data (optional): documentation, and the equivalent pattern set that
   * `npm run bench` gives ripgrep. Each regex uses the syntax V8, RE2 and ripgrep share.
   */
  patterns?: readonly PatternRule[];
  /**
   * ASCII literals (case-sensitive), optional: when set, the engine hands this detector only the parts of
   * a file whose raw bytes contain at least one of them (checked in one RE2 pass before any decoding), so
   * every detection the detector can make must contain one of these literals (a chunk holds whole lines,
   * with a few lines of overlap). Absent: the detector sees all the text of every file it wants.
   */
  keywords?: readonly string[];
  /** Cheap decision from the path and the first bytes (up to 4 KiB). */
  wants(file: FileInfo, head: Buffer): boolean;
  /**
   * The decoded text of the file (whole, or one chunk of a large file with `firstLine` its 1-based
   * line number) → detections. Must be pure and linear-time in the text length.
   */
  scan(text: string, file: FileInfo, firstLine: number): Detection[];
}

export function defineDetector(detector: Detector): Detector {
  return detector;
}
