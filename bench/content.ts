/**
 * `npm run bench` (content part): issue 3's budget for the content engine.
 *
 * Generates a deterministic tree (default 1 GiB; BENCH_CONTENT_MB for quick runs) of logs, web files,
 * documents and binaries under bench/.work/, scans it with every registered detector through the real
 * walker and engine (worker threads = cores), then runs ripgrep with the equivalent pattern set (the
 * `patterns` every registered detector declares; the secrets detector's are its rules in the syntax RE2
 * and ripgrep share, src/secrets/rules.ts SECRET_PATTERNS, added to ripgrep's set with them) on the same
 * tree with the same number of threads.
 * Prints MB/s of both, the ratio, and hegui's peak RSS. Budget: ≥ 0.5 × ripgrep, RSS ≤ 300 MB.
 *
 * Run alone: node bench/content.ts. Environment: BENCH_CONTENT_MB (default 1024), BENCH_CONTENT_RUNS
 * (default 1: the median of that many runs of each tool), BENCH_CONTENT_DETECTORS (comma-separated ids:
 * only those detectors, and only their patterns for ripgrep).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const MB = 1024 * 1024;
const GENERATOR_VERSION = 3;

// --- the scan itself (run in a child so its peak RSS is its own) ----------------------------------
async function selectedDetectors(): Promise<readonly import('../src/detectors/detector.ts').Detector[]> {
  const { DETECTORS } = await import('../src/detectors/index.ts');
  const only = (process.env.BENCH_CONTENT_DETECTORS ?? '').split(',').filter(Boolean);
  return only.length === 0 ? DETECTORS : DETECTORS.filter((d) => only.includes(d.id));
}

async function scanChild(tree: string, threads: number): Promise<void> {
  const { openRoot } = await import('../src/host/root.ts');
  const { walk } = await import('../src/walk/walk.ts');
  const { runEngine } = await import('../src/walk/engine.ts');
  const DETECTORS = await selectedDetectors();
  const root = await openRoot(tree);
  const started = performance.now();
  const result = await runEngine(walk(root, { roots: ['/'], maxFiles: 1_000_000, maxDepth: 64 }), {
    root,
    detectors: DETECTORS,
    threads,
    webRootOf: (p) => (p.startsWith('/var/www/') ? '/var/www' : null),
  });
  const ms = performance.now() - started;
  const rules = new Map<string, number>();
  for (const d of result.detections)
    rules.set(`${d.detector}/${d.rule}`, (rules.get(`${d.detector}/${d.rule}`) ?? 0) + 1);
  console.log(
    JSON.stringify({
      ms,
      stats: result.stats,
      gaps: result.gaps.length,
      detections: result.detections.length,
      rules: Object.fromEntries(rules),
      paths: [...new Set(result.detections.map((d) => d.path))].slice(0, 50),
      maxRssKiB: process.resourceUsage().maxRSS,
      // User + system CPU time of the whole process (every thread): a figure the machine's load does
      // not inflate the way it does wall time.
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    }),
  );
}

// --- a deterministic tree --------------------------------------------------------------------------
class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s;
  }
  int(n: number): number {
    return this.next() % n;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

const EN =
  'the server request user session error connect timeout thread worker cache query index table order price shop news report system update config service network'.split(
    ' ',
  );
const ZH = '用户 登录 失败 请求 订单 价格 新闻 系统 更新 配置 服务 网络 数据 安全 日志 管理'.split(' ');

function logLines(rng: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 4 + rng.int(8) }, () =>
      rng.int(7) === 0 ? rng.pick(ZH) : rng.pick(EN),
    );
    const ip = `${10 + rng.int(200)}.${rng.int(256)}.${rng.int(256)}.${rng.int(256)}`;
    out.push(
      `2026-11-${String(1 + rng.int(28)).padStart(2, '0')}T${String(rng.int(24)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00Z web-${rng.int(9)} app[${1000 + rng.int(9000)}]: ${rng.pick(['INFO', 'WARN', 'ERROR', 'DEBUG'])} ${ip} id=${rng.next().toString(16)} ${words.join(' ')} status=${rng.pick([200, 200, 200, 301, 404, 500])} ms=${rng.int(900)}`,
    );
  }
  return out;
}

function webLines(rng: Rng, n: number): string[] {
  const templates = [
    () => `<?php $${rng.pick(EN)} = $db->query("SELECT * FROM ${rng.pick(EN)} WHERE id = ?", [$id]);`,
    () =>
      `<div class="${rng.pick(EN)}-${rng.int(99)}"><a href="/${rng.pick(EN)}/${rng.int(9999)}">${rng.pick(ZH)}${rng.pick(ZH)} ${rng.pick(EN)}</a></div>`,
    () =>
      `function ${rng.pick(EN)}${rng.int(99)}(a,b){return a.${rng.pick(EN)}(b)||fetch("/api/${rng.pick(EN)}").then(r=>r.json())}`,
    () => `  echo htmlspecialchars($${rng.pick(EN)}['${rng.pick(EN)}'], ENT_QUOTES, 'UTF-8');`,
    () => `<p>${Array.from({ length: 6 + rng.int(10) }, () => rng.pick(ZH)).join('')}</p>`,
    () =>
      `  $pool = new ConnectionPool(['host' => '${rng.pick(EN)}.internal', 'port' => ${3000 + rng.int(3000)}]);`,
  ];
  return Array.from({ length: n }, () => rng.pick(templates)());
}

function proseLines(rng: Rng, n: number): string[] {
  return Array.from({ length: n }, () =>
    Array.from({ length: 8 + rng.int(12) }, () => (rng.int(3) === 0 ? rng.pick(ZH) : rng.pick(EN))).join(' '),
  );
}

/** Text of about `bytes` bytes made of random lines from a pool. */
function textOf(rng: Rng, pool: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line = rng.pick(pool);
    parts.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return parts.join('\n') + '\n';
}

/** An ELF-looking binary: header, pseudo-random code, and runs of ASCII strings (as real programs have). */
function binaryOf(rng: Rng, bytes: number, elf: boolean): Buffer {
  const buf = Buffer.allocUnsafe(bytes);
  const words = new Uint32Array(buf.buffer, buf.byteOffset, Math.floor(bytes / 4));
  for (let i = 0; i < words.length; i++) words[i] = rng.next();
  const header = elf
    ? Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])
    : Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  header.copy(buf, 0);
  for (let at = 4096; at + 200 < bytes; at += 65536) {
    Buffer.from(
      `\0GLIBC_2.${rng.int(40)}\0${rng.pick(EN)}_${rng.pick(EN)}\0usage: %s [--${rng.pick(EN)}]\0`,
    ).copy(buf, at);
  }
  return buf;
}

function generate(tree: string, totalMb: number): void {
  const marker = path.join(tree, '.bench-tree');
  const want = JSON.stringify({ v: GENERATOR_VERSION, mb: totalMb });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  rmSync(tree, { recursive: true, force: true });
  const rng = new Rng(20261123);
  const logs = logLines(rng, 20_000);
  const web = webLines(rng, 20_000);
  const prose = proseLines(rng, 10_000);
  const total = totalMb * MB;
  let written = 0;
  const put = (p: string, data: string | Buffer) => {
    const file = path.join(tree, p);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    written += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  // Shares of the bytes: logs 40 %, web 25 %, documents 15 %, binaries 20 % (three quarters ELF).
  const budget = (share: number) => share * total;
  for (let i = 0, used = 0; used < budget(0.4); i++) {
    const size = Math.min(4 * MB + rng.int(12 * MB), Math.max(MB, budget(0.4) - used));
    put(`var/log/app/app-${i}.log`, textOf(rng, logs, size));
    used += size;
  }
  for (let i = 0, used = 0; used < budget(0.25); i++) {
    const size = 2048 + rng.int(60 * 1024);
    put(
      `var/www/site-${i % 20}/${rng.pick(EN)}/${i}.${rng.pick(['php', 'html', 'js'])}`,
      textOf(rng, web, size),
    );
    used += size;
  }
  for (let i = 0, used = 0; used < budget(0.15); i++) {
    const size = 8192 + rng.int(200 * 1024);
    put(`home/user-${i % 10}/docs/${i}.${rng.pick(['md', 'txt'])}`, textOf(rng, prose, size));
    used += size;
  }
  for (let i = 0, used = 0; used < budget(0.2); i++) {
    const elf = i % 4 !== 3;
    const size = elf ? MB + rng.int(7 * MB) : 64 * 1024 + rng.int(MB);
    put(
      elf ? `opt/app-${i % 5}/bin/prog-${i}` : `var/www/site-${i % 20}/img/${i}.png`,
      binaryOf(rng, size, elf),
    );
    used += size;
  }
  // Planted evidence: the scan must find these, and nothing must hide them from ripgrep either.
  const wallet = '4A' + 'Bc9'.repeat(31);
  put(
    'tmp/.x/config.json',
    `{"donate-level": 1, "randomx": {"mode": "auto"}, "pools": [{"url": "pool.supportxmr.com:443", "user": "${wallet}"}]}\n`,
  );
  put(
    'etc/cron.d/sysupdate',
    `*/5 * * * * root /var/tmp/.s/kdevtmpfsi -o stratum+tcp://198.51.100.9:3333 -u ${wallet} -p x\n`,
  );
  put(
    'opt/app-1/bin/kthreaddk',
    Buffer.concat([
      binaryOf(rng, 2 * MB, true),
      Buffer.from('\0XMRig/6.21.0\0stratum+tcp://\0RandomX\0--donate-level\0'),
    ]),
  );
  writeFileSync(marker, want);
  console.error(
    `content bench: generated ${(written / MB).toFixed(0)} MiB under ${path.relative(repo, tree)}`,
  );
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Ripgrep's view of the detectors' patterns: one regex per line, flags inline, and JavaScript's meaning
 * kept: without the `u` flag `\b`, `\d` and `\w` are ASCII in JavaScript but Unicode in ripgrep (whose
 * Unicode word boundary also forces its slow engine on binary data), so they are spelled out.
 */
export function rgPattern(rule: { regex: string; flags?: string }): string {
  let out = '';
  let inClass = false;
  const src = rule.regex;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1]!;
      i++;
      if (n === '/') out += '/';
      else if (n === 'd') out += inClass ? '0-9' : '[0-9]';
      else if (n === 'w') out += inClass ? '0-9A-Za-z_' : '[0-9A-Za-z_]';
      else if ((n === 'b' || n === 'B') && !inClass) out += `(?-u:\\${n})`;
      else out += `\\${n}`;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return `${rule.flags?.includes('i') ? '(?i)' : ''}${out}`;
}

function rgPatterns(rules: readonly { regex: string; flags?: string }[]): string {
  return rules.map(rgPattern).join('\n') + '\n';
}

async function main(): Promise<void> {
  if (process.argv[2] === '--scan') {
    await scanChild(process.argv[3]!, Number(process.argv[4]));
    return;
  }
  const totalMb = Number(process.env.BENCH_CONTENT_MB ?? 1024);
  const runs = Number(process.env.BENCH_CONTENT_RUNS ?? 1);
  const threads = availableParallelism();
  const work = path.join(repo, 'bench/.work');
  const tree = path.join(work, `content-tree-${totalMb}`);
  generate(tree, totalMb);
  const du = spawnSync('du', ['-sb', '--exclude=.bench-tree', tree], { encoding: 'utf8' });
  const treeBytes = Number(du.stdout.split('\t')[0]);

  const DETECTORS = await selectedDetectors();
  const { loadRe2 } = await import('../src/walk/patterns.ts');
  const rules = DETECTORS.flatMap((d) => d.patterns ?? []);
  const patternFile = path.join(work, 'content-patterns.txt');
  writeFileSync(patternFile, rgPatterns(rules));

  // hegui
  const times: number[] = [];
  let last:
    | {
        stats: { bytes: number; files: number; scanned: number };
        detections: number;
        rules: Record<string, number>;
        maxRssKiB: number;
        cpuMs: number;
        paths: string[];
      }
    | undefined;
  const cpuTimes: number[] = [];
  let peakRss = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      [path.join(repo, 'bench/content.ts'), '--scan', tree, String(threads)],
      { encoding: 'utf8', maxBuffer: 64 * MB },
    );
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`content scan failed: ${r.stderr}`);
    last = JSON.parse(r.stdout) as typeof last;
    cpuTimes.push(last!.cpuMs);
    peakRss = Math.max(peakRss, last!.maxRssKiB * 1024);
  }
  const heguiMs = median(times);

  // ripgrep, same tree, same threads, everything searched (hidden, ignored, binary files too)
  const rgTimes: number[] = [];
  const rgCpu: number[] = [];
  let rgMatches = 0;
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => existsSync(p));
  // GNU time reports ripgrep's CPU time (user + system seconds) on stderr, after a marker.
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  if (rg) {
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const rgArgs = [
        '--hidden',
        '--no-ignore',
        '--binary',
        '-j',
        String(threads),
        '--count-matches',
        '--no-filename',
        '-f',
        patternFile,
        tree,
      ];
      const r = spawnSync(timeBin ?? rg, timeBin ? ['-f', 'hegui-cpu %U %S', rg, ...rgArgs] : rgArgs, {
        encoding: 'utf8',
        maxBuffer: 256 * MB,
      });
      rgTimes.push(performance.now() - started);
      const cpu = /hegui-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
      if (cpu) rgCpu.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
      if (r.status !== 0 && r.status !== 1)
        throw new Error(`rg failed (${String(r.status ?? r.signal)}): ${r.stderr}`);
      rgMatches = r.stdout
        .split('\n')
        .filter(Boolean)
        .reduce((s, n) => s + Number(n), 0);
    }
  }
  const rgMs = rgTimes.length > 0 ? median(rgTimes) : null;

  const mbps = (ms: number) => treeBytes / MB / (ms / 1000);
  const s = last!.stats;
  const lines = [
    '',
    `content engine — ${(treeBytes / MB).toFixed(0)} MiB tree (logs, web files, documents, binaries), ${threads} threads, ${runs} run(s), regex engine for user rules: ${loadRe2() ? 'RE2' : 'V8 (re2 not installed)'}`,
    `detectors: ${DETECTORS.map((d) => `${d.id}${d.patterns ? ` (${d.patterns.length} patterns)` : ' (no patterns declared)'}`).join(', ')}`,
    '',
    '| tool | median | MB/s over the tree | notes |',
    '|---|---|---|---|',
    `| hegui content scan | ${(heguiMs / 1000).toFixed(2)} s | ${mbps(heguiMs).toFixed(0)} | ${s.files} files, ${s.scanned} scanned, ${(s.bytes / MB).toFixed(0)} MiB read; ${last!.detections} detections; peak RSS ${(peakRss / MB).toFixed(0)} MB |`,
    rgMs === null
      ? '| ripgrep | — | — | not installed |'
      : `| rg -j ${threads} -f (${rules.length} patterns) | ${(rgMs / 1000).toFixed(2)} s | ${mbps(rgMs).toFixed(0)} | ${rgMatches} matches |`,
    '',
    `detections by rule: ${Object.entries(last!.rules)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ];
  if (rgCpu.length > 0)
    lines.push(
      `CPU time (user + system, all threads): hegui ${(median(cpuTimes) / 1000).toFixed(1)} s, ripgrep ${(median(rgCpu) / 1000).toFixed(1)} s — ratio ${(median(rgCpu) / median(cpuTimes)).toFixed(2)} (wall time is what the budget judges; this one does not swell when other work shares the machine)`,
    );
  if (rgMs !== null) {
    const ratio = rgMs / heguiMs;
    lines.push(
      `ratio: hegui runs at ${ratio.toFixed(2)} × ripgrep's throughput — budget ≥ 0.5: ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`,
    );
  }
  lines.push(
    `budget: peak RSS ≤ 300 MB — ${(peakRss / MB).toFixed(0)} MB: ${peakRss <= 300 * MB ? 'MET' : 'NOT MET'}`,
  );
  const planted = ['/tmp/.x/config.json', '/etc/cron.d/sysupdate', '/opt/app-1/bin/kthreaddk'];
  const missed = planted.filter((p) => !last!.paths.includes(p));
  lines.push(
    missed.length === 0 ? 'planted miners: all 3 found' : `planted miners MISSED: ${missed.join(', ')}`,
  );
  console.log(lines.join('\n'));
}

await main();
