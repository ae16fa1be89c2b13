import type { Detection } from '../../detectors/detector.ts';

export interface ContentSection {
  detections: Detection[];
  stats: { files: number; bytes: number; skipped: number; roots: string[]; webRoots: string[] };
}
