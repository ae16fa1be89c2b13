/** Detectors for the engine's worker-loss test: one that ends its worker thread on a marked file. */
import { isMainThread } from 'node:worker_threads';
import { defineDetector } from '../../detectors/detector.ts';
import { probe } from './detectors.ts';

/** In a worker, a file holding KILL-WORKER ends the thread (as running out of heap would). */
export const killer = defineDetector({
  id: 'killer',
  wants: () => true,
  scan(text) {
    if (!isMainThread && text.includes('KILL-WORKER')) process.exit(1);
    return [];
  },
});

export const DETECTORS = [probe, killer];
