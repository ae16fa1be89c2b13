import type { Detection } from '../../detectors/detector.ts';
import type { WebRootRef } from '../../walk/web-roots.ts';

export interface ContentSection {
  /** Every detection of every detector, sorted by path, line, detector, rule. */
  detections: Detection[];
  stats: {
    /** Plain files the walk yielded. */
    files: number;
    /** Bytes read from disk. */
    bytes: number;
    /** Files not read past their head: no detector wanted them, or they vanished before being opened. */
    skipped: number;
    /** The trees walked (host paths), after nesting was removed. */
    roots: string[];
    /** Directories treated as web roots (from configs, and the conventional ones that exist). */
    webRoots: string[];
    /** Added: the mode that ran ('off' when the content scan was disabled). */
    mode?: 'quick' | 'full' | 'off';
    /** Added: files at least one detector read. */
    scanned?: number;
    /** Added: files whose size or mtime changed while they were read (scanned as read). */
    changed?: number;
  };
  /** Added: where each configured web root was named (config file and line). */
  webRootRefs?: WebRootRef[];
}
