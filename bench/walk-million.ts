/**
 * Issue 3, bad input: "a tree of a million small files". Builds 1,000,000 small files (1,000 directories
 * of 1,000, plus one flat directory of 100,000) on tmpfs (/dev/shm, or BENCH_MILLION_DIR), then measures,
 * each in a child process so its peak RSS is its own:
 *
 *   1. the walker alone over every file (file limit above the count): files yielded, time, peak RSS;
 *   2. the whole content engine with every registered detector, worker threads = cores, and the default
 *      file limit (200,000): the walk must stop at the limit with one 'truncated' gap, in bounded memory.
 *
 * Too slow for the unit suite (the tree alone takes tens of seconds to build); src/walk/walk.test.ts keeps
 * the proportional test (20,000 files, limit 5,000). Run: node bench/walk-million.ts. The tree is removed
 * afterwards unless BENCH_MILLION_KEEP=1.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

const DIRS = 1000;
const PER_DIR = 1000;
const FLAT = 100_000;
const MB = 1024 * 1024;

async function child(mode: string, tree: string): Promise<void> {
  const { openRoot } = await import('../src/host/root.ts');
  const { walk, DEFAULT_MAX_FILES } = await import('../src/walk/walk.ts');
  const root = await openRoot(tree);
  const started = performance.now();
  if (mode === 'walk') {
    let files = 0;
    let gaps = 0;
    for await (const e of walk(root, { roots: ['/'], maxFiles: 2_000_000, maxDepth: 64 })) {
      if (e.kind === 'file') files++;
      else gaps++;
    }
    console.log(
      JSON.stringify({
        files,
        gaps,
        ms: performance.now() - started,
        maxRssKiB: process.resourceUsage().maxRSS,
      }),
    );
    return;
  }
  const { runEngine } = await import('../src/walk/engine.ts');
  const { DETECTORS } = await import('../src/detectors/index.ts');
  const result = await runEngine(walk(root, { roots: ['/'], maxFiles: DEFAULT_MAX_FILES, maxDepth: 64 }), {
    root,
    detectors: DETECTORS,
    threads: availableParallelism(),
  });
  console.log(
    JSON.stringify({
      files: result.stats.files,
      scanned: result.stats.scanned,
      truncated: result.gaps.filter((g) => g.reason === 'truncated').map((g) => g.detail),
      otherGaps: result.gaps.filter((g) => g.reason !== 'truncated').length,
      ms: performance.now() - started,
      maxRssKiB: process.resourceUsage().maxRSS,
    }),
  );
}

function build(tree: string): number {
  const started = performance.now();
  rmSync(tree, { recursive: true, force: true });
  const line = Buffer.from('small file: nothing to see here\n');
  const put = (file: string) => {
    const fd = openSync(file, 'w');
    writeSync(fd, line);
    closeSync(fd);
  };
  for (let d = 0; d < DIRS; d++) {
    const dir = path.join(tree, 'srv', `d${String(d).padStart(4, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < PER_DIR; f++) put(path.join(dir, `f${f}.txt`));
  }
  const flat = path.join(tree, 'flat');
  mkdirSync(flat, { recursive: true });
  for (let f = 0; f < FLAT; f++) put(path.join(flat, `f${f}.log`));
  return performance.now() - started;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    await child(process.argv[3]!, process.argv[4]!);
    return;
  }
  const base = process.env.BENCH_MILLION_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : '/tmp');
  const tree = path.join(base, `hegui-million-${process.pid}`);
  const total = DIRS * PER_DIR + FLAT;
  const buildMs = build(tree);
  const run = (mode: string) => {
    const r = spawnSync(process.execPath, [import.meta.filename, '--child', mode, tree], {
      encoding: 'utf8',
      maxBuffer: 16 * MB,
    });
    if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, unknown> & { ms: number; maxRssKiB: number };
  };
  try {
    const w = run('walk');
    const e = run('engine');
    const rss = (k: number) => `${((k * 1024) / MB).toFixed(0)} MB`;
    console.log(
      [
        '',
        `walk of a tree of ${total.toLocaleString('en')} small files on ${base} (built in ${(buildMs / 1000).toFixed(1)} s)`,
        '',
        '| run | files | time | files/s | peak RSS | limit |',
        '|---|---|---|---|---|---|',
        `| walker alone, no limit | ${String(w.files)} | ${(w.ms / 1000).toFixed(1)} s | ${((Number(w.files) / w.ms) * 1000).toFixed(0)} | ${rss(w.maxRssKiB)} | ${w.files === total ? 'every file yielded' : `MISSED ${total - Number(w.files)}`} |`,
        `| content engine, all detectors, default file limit | ${String(e.files)} (${String(e.scanned)} read) | ${(e.ms / 1000).toFixed(1)} s | ${((Number(e.files) / e.ms) * 1000).toFixed(0)} | ${rss(e.maxRssKiB)} | ${(e.truncated as string[]).join('; ') || 'NO truncated gap'} |`,
      ].join('\n'),
    );
  } finally {
    if (process.env.BENCH_MILLION_KEEP !== '1') rmSync(tree, { recursive: true, force: true });
  }
}

await main();
