/**
 * A content-engine worker: opens its own HostRoot on the same directory, loads the detectors by id from
 * the registry module, and scans the batches of files the main thread sends. Read-only, like the rest.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Detector } from '../detectors/detector.ts';
import { openRoot } from '../host/root.ts';
import { mapLimit, scanFile, type FileJob, type FileResult, type ScanLimits } from './scan-file.ts';

export interface WorkerInit {
  /** Marks our own workers: the module does nothing when loaded anywhere else (e.g. a test runner's thread). */
  heguiContentWorker: true;
  rootDir: string;
  /** URL of a module exporting `DETECTORS: Detector[]` (the registry, or a test's own). */
  module: string;
  ids: string[];
  limits: ScanLimits;
  /** Files of one batch read at the same time (I/O overlaps the scanning of the others). */
  concurrency: number;
}

export type ToWorker = { id: number; jobs: FileJob[] };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'init-error'; message: string }
  | { type: 'done'; id: number; results: FileResult[] };

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const init = workerData as WorkerInit | undefined;
  if (init?.heguiContentWorker !== true) return;
  let detectors: Detector[];
  try {
    const mod = (await import(init.module)) as { DETECTORS?: readonly Detector[] };
    const all = mod.DETECTORS ?? [];
    const missing = init.ids.filter((id) => !all.some((d) => d.id === id));
    if (missing.length > 0) throw new Error(`detectors not in ${init.module}: ${missing.join(', ')}`);
    detectors = init.ids.map((id) => all.find((d) => d.id === id)!);
  } catch (error) {
    port.postMessage({ type: 'init-error', message: (error as Error).message } satisfies FromWorker);
    return;
  }
  const root = await openRoot(init.rootDir);
  port.on('message', (message: ToWorker) => {
    void mapLimit(message.jobs, init.concurrency, (job) => scanFile(root, job, detectors, init.limits)).then(
      (results) => {
        port.postMessage({ type: 'done', id: message.id, results } satisfies FromWorker);
      },
    );
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

await main();
