/**
 * The content engine on bad input (issue 3, "Done means"): a 5 GB file, gzip and a gzip bomb, text inside
 * binaries, invalid UTF-8, GB18030, files that vanish or change mid-scan, a detector that throws — no
 * crash, gaps recorded — and the same results inline and in worker threads.
 */
import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DETECTORS as REGISTERED } from '../detectors/index.ts';
import { openRoot, type HostRoot } from '../host/root.ts';
import { runEngine, type EngineOptions, type EngineResult } from './engine.ts';
import { walk, type WalkEvent } from './walk.ts';
import { DETECTORS, keyed, probe } from './testdata/detectors.ts';

const MODULE = new URL('./testdata/detectors.ts', import.meta.url).href;
let dir: string;
let root: HostRoot;

async function put(p: string, data: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
  await writeFile(path.join(dir, p), data);
}

async function scan(
  roots: string[],
  options: Partial<EngineOptions> = {},
  r: HostRoot = root,
): Promise<EngineResult> {
  return runEngine(walk(r, { roots, maxFiles: 10_000, maxDepth: 32 }), {
    root: r,
    detectors: DETECTORS,
    module: MODULE,
    threads: 0,
    ...options,
  });
}

const lines = (r: EngineResult) => r.detections.map((d) => `${d.path}:${String(d.line)} ${d.rule}`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hegui-engine-'));
  root = await openRoot(dir);
  const body = Array.from({ length: 2000 }, (_, i) => `line ${i + 1}`);
  body[1499] = 'NEEDLE at 1500';
  await put('t/plain.txt', body.join('\n') + '\n');
  await put('t/log.gz', gzipSync(body.join('\n') + '\n'));
  await put('t/gb.txt', iconv.encode('第一行 赌场\n第二行 NEEDLE 下注\n', 'gb18030'));
  // Valid UTF-8 for longer than the first read, then garbage, then the needle.
  await put(
    't/broken-utf8.txt',
    Buffer.concat([
      Buffer.from('ok\n'.repeat(200_000)),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x0a]),
      Buffer.from('NEEDLE after garbage\n'),
    ]),
  );
  // Text inside a binary.
  await put(
    't/prog.bin',
    Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0]),
      Buffer.alloc(5000),
      Buffer.from('\0NEEDLE in a binary\0'),
      Buffer.alloc(100),
    ]),
  );
  await put('t/boom.txt', 'NEEDLE beside a broken detector\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('content engine', () => {
  it('finds text in plain, gzip, GB18030, broken-UTF-8 and binary files, with the right lines', async () => {
    const r = await scan(['/t']);
    expect(lines(r)).toEqual([
      '/t/boom.txt:1 text',
      '/t/broken-utf8.txt:200002 text',
      '/t/gb.txt:2 text',
      '/t/log.gz:1500 gzip',
      '/t/plain.txt:1500 text',
      '/t/prog.bin:1 binary',
    ]);
    // The detector that throws leaves a gap and does not stop the others.
    expect(r.gaps).toEqual([
      { path: '/t/boom.txt', reason: 'collector-error', detail: 'detector bomb: detector bug' },
    ]);
    expect(r.stats).toMatchObject({ files: 6, scanned: 6, failed: 0 });
  });

  it('gives the same detections, gaps and stats in worker threads as inline', async () => {
    const inline = await scan(['/t']);
    const threaded = await scan(['/t'], { threads: 2, inlineBytes: 0, batchFiles: 2 });
    expect(threaded.stats.threads).toBe(2);
    expect(threaded.detections).toEqual(inline.detections);
    expect(threaded.gaps).toEqual(inline.gaps);
    expect({ ...threaded.stats, threads: 0 }).toEqual(inline.stats);
  });

  it('replaces a worker that dies and scans the rest of its batch again; the file that killed it is a gap', async () => {
    // A root of its own: the other tests scan the whole shared one.
    const own = await mkdtemp(path.join(tmpdir(), 'hegui-engine-kill-'));
    await mkdir(path.join(own, 'k'));
    await writeFile(path.join(own, 'k/a.txt'), 'NEEDLE a\n');
    await writeFile(path.join(own, 'k/b.txt'), 'KILL-WORKER\n');
    await writeFile(path.join(own, 'k/c.txt'), 'NEEDLE c\n');
    await writeFile(path.join(own, 'k/d.txt'), 'NEEDLE d\n');
    const { killer } = await import('./testdata/crash-detectors.ts');
    const r = await scan(
      ['/k'],
      {
        detectors: [probe, killer],
        module: new URL('./testdata/crash-detectors.ts', import.meta.url).href,
        threads: 2,
        inlineBytes: 0,
        batchFiles: 4,
      },
      await openRoot(own),
    );
    await rm(own, { recursive: true, force: true });
    expect(lines(r)).toEqual(['/k/a.txt:1 text', '/k/c.txt:1 text', '/k/d.txt:1 text']);
    expect(r.gaps).toEqual([
      { path: '/k/b.txt', reason: 'collector-error', detail: 'content worker exited' },
    ]);
    expect(r.stats).toMatchObject({ files: 4, scanned: 3, failed: 1 });
  });

  it('leaves no worker behind once the scan is over (a CLI scan must exit)', async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    await scan(['/t'], { threads: 2, inlineBytes: 0, batchFiles: 2 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length).toBe(before);
  });

  it('falls back to inline when the workers cannot load the detectors', async () => {
    const r = await scan(['/t'], {
      threads: 2,
      inlineBytes: 0,
      module: new URL('./testdata/missing.ts', import.meta.url).href,
    });
    expect(r.stats.threads).toBe(0);
    expect(lines(r)).toHaveLength(6);
  });

  it('reads only the first maxFileBytes of a 5 GB (sparse) file and records the cut', async () => {
    await put('big/huge.log', '');
    await truncate(path.join(dir, 'big/huge.log'), 5 * 1024 ** 3);
    const started = performance.now();
    const r = await scan(['/big'], { limits: { maxFileBytes: 32 * 1024 * 1024 } });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.gaps.map((g) => [g.path, g.reason])).toEqual([['/big/huge.log', 'truncated']]);
    expect(r.gaps[0]?.detail).toContain('5368709120 bytes');
    expect(r.stats.bytes).toBeLessThanOrEqual(32 * 1024 * 1024);
    // The registered detectors do not want a 5 GB log at all: no read past the head, no gap.
    const real = await scan(['/big'], { detectors: REGISTERED, module: undefined });
    expect(real.gaps).toEqual([]);
    expect(real.stats).toMatchObject({ unwanted: 1, bytes: 4096 });
  }, 60_000);

  it('stops a gzip bomb at the decompressed cap with a too-large gap; corrupt gzip is a read error', async () => {
    await put('gz/bomb.log.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }));
    await put(
      'gz/corrupt.gz',
      Buffer.concat([gzipSync('NEEDLE\n'.repeat(1000)).subarray(0, 40), Buffer.from('not gzip')]),
    );
    const r = await scan(['/gz'], { limits: { maxGzipBytes: 4 * 1024 * 1024 } });
    expect(r.gaps.map((g) => [g.path, g.reason])).toEqual([
      ['/gz/bomb.log.gz', 'too-large'],
      ['/gz/corrupt.gz', 'read-error'],
    ]);
    expect(r.stats.bytes).toBeLessThan(1024 * 1024);
  });

  it('skips a file that vanishes between the listing and the read, without a gap', async () => {
    await put('v/a.txt', 'NEEDLE a\n');
    await put('v/b.txt', 'NEEDLE b\n');
    await put('v/c.txt', 'NEEDLE c\n');
    async function* vanishing(): AsyncGenerator<WalkEvent> {
      for await (const e of walk(root, { roots: ['/v'], maxFiles: 10, maxDepth: 4 })) {
        if (e.kind === 'file' && e.path === '/v/b.txt') await unlink(path.join(dir, 'v/b.txt'));
        yield e;
      }
    }
    const r = await runEngine(vanishing(), { root, detectors: DETECTORS, threads: 0 });
    expect(lines(r)).toEqual(['/v/a.txt:1 text', '/v/c.txt:1 text']);
    expect(r.gaps).toEqual([]);
    expect(r.stats).toMatchObject({ files: 3, vanished: 1 });
  });

  it('does not hang on a file replaced by a FIFO mid-scan', async () => {
    await put('f/pipe', 'x');
    async function* swapped(): AsyncGenerator<WalkEvent> {
      for await (const e of walk(root, { roots: ['/f'], maxFiles: 10, maxDepth: 4 })) {
        await unlink(path.join(dir, 'f/pipe'));
        execFileSync('mkfifo', [path.join(dir, 'f/pipe')]);
        yield e;
      }
    }
    const r = await runEngine(swapped(), { root, detectors: DETECTORS, threads: 0 });
    expect(r.stats).toMatchObject({ files: 1, vanished: 1 });
    expect(r.gaps).toEqual([]);
  });

  it('scans a file that grows while it is read, as read, and counts it as changed', async () => {
    await put('g/growing.log', 'NEEDLE first\n' + 'x\n'.repeat(1_000_000));
    const growing: HostRoot = {
      ...root,
      dir: root.dir,
      live: root.live,
      readText: (p, o) => root.readText(p, o),
      readBytes: (p, o) => root.readBytes(p, o),
      list: (p) => root.list(p),
      readLink: (p) => root.readLink(p),
      stat: (p) => root.stat(p),
      openRead: async (p, o) => {
        const opened = await root.openRead!(p, o);
        if (opened.ok) await appendFile(path.join(dir, p), 'NEEDLE appended\n');
        return opened;
      },
    };
    const r = await scan(['/g'], { limits: { chunkBytes: 64 * 1024 } }, growing);
    expect(r.detections[0]?.line).toBe(1);
    expect(r.stats.changed).toBe(1);
    expect(r.gaps).toEqual([]);
  });

  it('skips regions without a detector keyword undecoded, with the same detections and lines', async () => {
    // 64 KiB reads; needles at the start, deep inside, and one cut by a read boundary.
    const lines = Array.from({ length: 60_000 }, (_, i) => `row ${i + 1} ${'z'.repeat(i % 13)}`);
    lines[0] = 'NEEDLE first';
    lines[41_000] = 'NEEDLE deep, 中文 after a skip';
    let text = lines.join('\n') + '\n';
    const cut = 3 * 64 * 1024;
    const lineOfCut = text.slice(0, cut).split('\n').length;
    text = text.slice(0, cut - 3) + 'NEEDLE' + text.slice(cut - 3);
    await put('k/big.log', text);
    const opts = { limits: { chunkBytes: 64 * 1024 } };
    const withKeywords = await runEngine(walk(root, { roots: ['/k'], maxFiles: 10, maxDepth: 4 }), {
      root,
      detectors: [keyed],
      threads: 0,
      ...opts,
    });
    const without = await runEngine(walk(root, { roots: ['/k'], maxFiles: 10, maxDepth: 4 }), {
      root,
      detectors: [probe],
      threads: 0,
      ...opts,
    });
    const view = (r: EngineResult) =>
      r.detections.map((d) => `${String(d.line)} ${d.reasons[0]!.slice(0, 12)}`);
    expect(view(withKeywords)).toEqual(view(without));
    expect(view(withKeywords).map((v) => Number(v.split(' ')[0]))).toEqual([1, lineOfCut, 41_001]);
  });

  it('keeps its memory bounded: detections beyond the cap are dropped with one gap', async () => {
    await put('m/many.txt', 'NEEDLE\n'.repeat(500));
    const r = await scan(['/m'], { maxDetections: 50, limits: { maxDetectionsPerFile: 100 } });
    expect(r.detections).toHaveLength(50);
    expect(r.gaps).toEqual([
      { path: '/', reason: 'truncated', detail: '50 detections beyond the first 50 were dropped' },
    ]);
  });
});
