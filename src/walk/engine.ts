/**
 * The content engine: the main thread walks and merges; files are read once each and fed to every
 * detector that wants them, in worker_threads sized to the cores (DESIGN §5).
 *
 * Small scans (the default live scan reads a few web roots and temporary directories) would pay more
 * for starting workers than they save, so the engine starts inline and brings up the worker pool only
 * once `inlineBytes` have been read. Results are merged in walk order and sorted, so the output does
 * not depend on the number of threads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GapReason } from '../core/evidence.ts';
import type { Detection, Detector } from '../detectors/detector.ts';
import type { HostRoot } from '../host/root.ts';
import type { FromWorker, ToWorker, WorkerInit } from './engine.worker.ts';
import {
  DEFAULT_LIMITS,
  scanFile,
  type FileGap,
  type FileJob,
  type FileResult,
  type ScanLimits,
} from './scan-file.ts';
import type { WalkEvent } from './walk.ts';

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
export const WORKER_URL = new URL(`./engine.worker${EXT}`, import.meta.url);
/** Heap limits of each worker (MB). */
const WORKER_OLD_MB = 48;
const WORKER_YOUNG_MB = 8;
export const REGISTRY_URL = new URL(`../detectors/index${EXT}`, import.meta.url).href;

export interface EngineProgress {
  files: number;
  bytes: number;
  detections: number;
  threads: number;
  path: string;
}

export interface EngineOptions {
  root: HostRoot;
  /** The detectors, used inline; workers load the same ids from `module`. */
  detectors: readonly Detector[];
  /** URL of a module exporting `DETECTORS` that holds every detector above (default: the registry). */
  module?: string;
  /** Worker threads; 0 or 1 scans inline. Default: os.availableParallelism(). */
  threads?: number;
  limits?: Partial<ScanLimits>;
  /** Bytes read inline before the worker pool starts (default 8 MiB). */
  inlineBytes?: number;
  /** Files per message to a worker. */
  batchFiles?: number;
  /** Detections kept in all; the rest are dropped with one 'truncated' gap. */
  maxDetections?: number;
  /** Files read at once, inline and per worker (2: with 4, two workers together passed 300 MB RSS on the 1 GiB bench, and were no faster). */
  concurrency?: number;
  /** The web root a file lies under (FileInfo.webRoot). */
  webRootOf?: (hostPath: string) => string | null;
  onProgress?: (progress: EngineProgress) => void;
}

export interface EngineGap {
  path: string;
  reason: GapReason;
  detail: string;
}

export interface EngineStats {
  /** Plain files the walk yielded. */
  files: number;
  /** Files at least one detector read. */
  scanned: number;
  /** Files no detector wanted. */
  unwanted: number;
  /** Files gone (or no longer plain files) by the time they were opened. */
  vanished: number;
  /** Files that could not be read (each is a gap). */
  failed: number;
  /** Files whose size or mtime changed while they were read (scanned as read). */
  changed: number;
  /** Bytes read from disk. */
  bytes: number;
  /** Worker threads used (0: inline). */
  threads: number;
}

export interface EngineResult {
  detections: Detection[];
  gaps: EngineGap[];
  stats: EngineStats;
}

interface PoolWorker {
  worker: Worker;
  busy: number;
  alive: boolean;
}

export function compareDetections(a: Detection, b: Detection): number {
  const by = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    by(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    by(a.detector, b.detector) ||
    by(a.rule, b.rule) ||
    by(a.excerpt ?? '', b.excerpt ?? '')
  );
}

export async function runEngine(
  events: AsyncIterable<WalkEvent>,
  options: EngineOptions,
): Promise<EngineResult> {
  const limits: ScanLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const threads = Math.max(0, options.threads ?? availableParallelism());
  const inlineBytes = options.inlineBytes ?? 8 * 1024 * 1024;
  const batchFiles = options.batchFiles ?? 4;
  const maxDetections = options.maxDetections ?? 10_000;
  const concurrency = options.concurrency ?? 2;
  const detections: Detection[] = [];
  const gaps: EngineGap[] = [];
  const stats: EngineStats = {
    files: 0,
    scanned: 0,
    unwanted: 0,
    vanished: 0,
    failed: 0,
    changed: 0,
    bytes: 0,
    threads: 0,
  };
  let droppedDetections = 0;

  const merge = (result: FileResult) => {
    stats.bytes += result.bytes;
    stats[result.outcome]++;
    if (result.changed) stats.changed++;
    gaps.push(...result.gaps);
    for (const d of result.detections) {
      if (detections.length < maxDetections) detections.push(d);
      else droppedDetections++;
    }
    options.onProgress?.({
      files: stats.files,
      bytes: stats.bytes,
      detections: detections.length,
      threads: stats.threads,
      path: result.path,
    });
  };
  const failAll = (jobs: readonly FileJob[], detail: string) => {
    for (const job of jobs) {
      const gap: FileGap = { path: job.path, reason: 'collector-error', detail };
      merge({ path: job.path, outcome: 'failed', bytes: 0, detections: [], gaps: [gap], changed: false });
    }
  };

  // --- inline ------------------------------------------------------------------------------------
  let inlineRead = 0;
  const inlineRunning = new Set<Promise<void>>();
  const runInline = async (job: FileJob) => {
    while (inlineRunning.size >= concurrency) await Promise.race(inlineRunning);
    const task = scanFile(options.root, job, options.detectors, limits).then((r) => {
      inlineRead += r.bytes;
      merge(r);
    });
    const tracked = task.finally(() => inlineRunning.delete(tracked));
    inlineRunning.add(tracked);
  };

  // --- pool --------------------------------------------------------------------------------------
  // A worker that dies (most often out of its bounded heap on one hostile file) takes its in-flight
  // batches with it. It is replaced, and the files of those batches are sent again one per batch: a
  // file that was only in the wrong batch is scanned after all; a file that kills a worker on its own
  // becomes a gap (a 'collector-error', never a silent pass).
  let pool = null as PoolWorker[] | null;
  let poolFailed = false;
  const pending = new Map<
    number,
    { jobs: FileJob[]; resolve: () => void; owner: PoolWorker; retry: boolean; weight: number }
  >();
  let nextBatch = 0;
  let replacements = 0;
  /** Set when the scan is over: workers that exit now are being terminated, not lost. */
  let closing = false;
  const maxReplacements = Math.max(4, threads * 4);
  /** Senders waiting for a free worker (the walk, and the re-sends of a lost worker's files). */
  let waiters: (() => void)[] = [];
  const notify = () => {
    const ws = waiters;
    waiters = [];
    for (const w of ws) w();
  };
  /** Replacement workers being started. */
  const spawning = new Set<Promise<void>>();
  const init: WorkerInit = {
    heguiContentWorker: true,
    rootDir: options.root.dir,
    module: options.module ?? REGISTRY_URL,
    ids: options.detectors.map((d) => d.id),
    limits,
    concurrency,
  };

  const spawn = (): Promise<PoolWorker | null> => {
    const worker = new Worker(WORKER_URL, {
      workerData: init,
      // A bounded heap makes V8 collect early instead of growing toward the machine's memory (the
      // scan's RSS budget is 300 MB); a worker that still runs out is replaced (see above).
      resourceLimits: {
        maxOldGenerationSizeMb: WORKER_OLD_MB,
        maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
      },
    });
    const member: PoolWorker = { worker, busy: 0, alive: true };
    return new Promise<PoolWorker | null>((resolve) => {
      let ready = false;
      const lose = (detail: string) => {
        if (!member.alive) return;
        member.alive = false;
        resolve(null);
        const lost = [...pending].filter(([, batch]) => batch.owner === member);
        for (const [id] of lost) pending.delete(id);
        // A worker that never became ready failed to load: no replacement (the caller falls back).
        const replace = ready && !closing && replacements < maxReplacements;
        if (replace) {
          replacements++;
          const started = spawn().then((fresh) => {
            if (fresh) pool?.push(fresh);
            spawning.delete(started);
            notify();
          });
          spawning.add(started);
        }
        for (const [, batch] of lost) {
          if (batch.retry || !replace) {
            failAll(batch.jobs, detail);
            batch.resolve();
            continue;
          }
          void Promise.all(batch.jobs.map((job) => sendBatch([job], true).then((sent) => sent.done))).then(
            batch.resolve,
          );
        }
        notify();
      };
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          ready = true;
          resolve(member);
        } else if (message.type === 'init-error') {
          lose(`content worker: ${message.message}`);
          void worker.terminate();
        } else {
          const batch = pending.get(message.id);
          if (!batch) return;
          pending.delete(message.id);
          member.busy -= batch.weight;
          for (const r of message.results) merge(r);
          batch.resolve();
          notify();
        }
      });
      worker.on('error', (error: Error) => lose(`content worker failed: ${error.message}`));
      worker.on('exit', () => lose('content worker exited'));
    });
  };

  const startPool = async (): Promise<void> => {
    const started = await Promise.all(Array.from({ length: threads }, spawn));
    pool = started.filter((w): w is PoolWorker => w !== null);
    if (pool.length === 0) poolFailed = true;
    stats.threads = pool.length;
  };

  const batchDone: Promise<void>[] = [];
  /**
   * Post a batch to a free worker (waiting for one). Resolves once posted, to `{ done }`: the batch's
   * completion is wrapped, because an async function that returns a promise resolves only when that
   * promise does — which made the walk wait for each batch to finish and kept one worker busy at a time.
   */
  const sendBatch = async (jobs: FileJob[], retry = false): Promise<{ done: Promise<void> }> => {
    for (;;) {
      const live = (pool ?? []).filter((w) => w.alive);
      if (live.length === 0 && spawning.size === 0) {
        // Every worker is gone: finish inline.
        poolFailed = true;
        for (const job of jobs) await runInline(job);
        return { done: Promise.resolve() };
      }
      // A worker holds two batches at a time; a re-sent file has a worker to itself, so that if it kills
      // this one too, it alone is lost.
      const weight = retry ? 2 : 1;
      const free = live.filter((w) => w.busy + weight <= 2).sort((a, b) => a.busy - b.busy)[0];
      if (free) {
        const id = nextBatch++;
        free.busy += weight;
        const done = new Promise<void>((resolve) => {
          pending.set(id, { jobs, resolve, owner: free, retry, weight });
        });
        batchDone.push(done);
        free.worker.postMessage({ id, jobs } satisfies ToWorker);
        return { done };
      }
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
      });
    }
  };

  // --- walk and dispatch -------------------------------------------------------------------------
  let batch: FileJob[] = [];
  try {
    for await (const event of events) {
      if (event.kind === 'gap') {
        gaps.push({ path: event.path, reason: event.reason, detail: event.detail });
        continue;
      }
      stats.files++;
      const job: FileJob = { path: event.path, webRoot: options.webRootOf?.(event.path) ?? null };
      const usePool = threads > 1 && !poolFailed && inlineRead >= inlineBytes;
      if (!usePool) {
        await runInline(job);
        continue;
      }
      if (pool === null) {
        await Promise.all(inlineRunning);
        await startPool();
        if (poolFailed) {
          await runInline(job);
          continue;
        }
      }
      batch.push(job);
      if (batch.length >= batchFiles) {
        await sendBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await sendBatch(batch);
    await Promise.all(inlineRunning);
    await Promise.all(batchDone);
  } finally {
    while (spawning.size > 0) await Promise.all(spawning);
    closing = true;
    await Promise.all((pool ?? []).map((w) => w.worker.terminate()));
  }
  if (droppedDetections > 0) {
    gaps.push({
      path: '/',
      reason: 'truncated',
      detail: `${droppedDetections} detections beyond the first ${maxDetections} were dropped`,
    });
  }
  detections.sort(compareDetections);
  gaps.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0,
  );
  return { detections, gaps, stats };
}
