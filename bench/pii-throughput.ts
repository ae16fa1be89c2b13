/**
 * `node bench/pii-throughput.ts` (part of `npm run bench`): issue 4's speed budget for the personal-data
 * inventory — ≥ 0.5 × ripgrep's throughput, peak RSS ≤ 300 MB, also on a single 5 GB file.
 *
 * Generates (deterministically, cached under bench/.work/, gitignored) a tree of BENCH_PII_MB MiB
 * (default 1024) of CSV exports, NDJSON events, application logs and SQL dumps holding synthetic
 * people (valid values and look-alikes from bench/pii-corpus.ts), then, in a child process so that its
 * peak RSS is its own, runs the real inventory scan — `scanInventory` over the tree, which is what
 * `hegui pii inventory PATH` runs: the file walk, the source readers (CSV column classification,
 * NDJSON, SQL dump INSERT rows, free text; UTF-8 text goes through the byte engine, src/pii/fast, whose
 * inventories src/pii/fast/engine.test.ts holds equal to the string path's), every recogniser with its
 * validation. The inventory reads files one after the other on one thread, so ripgrep runs with `-j 1`
 * on the same tree with the equivalent patterns of every recogniser (shapes only, no validation); `rg -j <cores>` is printed beside
 * it for information. Wall time, CPU time (user + system: the figure the machine's load does not
 * inflate) and peak RSS are printed.
 *
 * The single-file part streams one CSV of BENCH_PII_BIG_MB MiB (default 5120) and scans it the same
 * way, with the inventory's per-file read cap (2 GiB by default) lifted so that the whole file is read.
 * It runs when BENCH_PII_5GB=1 (`npm run bench` leaves it off unless set; see the report for its time).
 *
 * Environment: BENCH_PII_MB (default 1024), BENCH_PII_5GB=1, BENCH_PII_BIG_MB (default 5120),
 * BENCH_PII_SKIP=1 (skip this part).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { CITIES, CORPUS_NOW, NAMES, ValueMaker, type Kind4 } from './pii-corpus.ts';

const MB = 1024 * 1024;
const repo = path.resolve(import.meta.dirname, '..');
const GENERATOR_VERSION = 2;

// --- the measured scan (child process) ---------------------------------------------------------------
async function scanChild(tree: string, target: string): Promise<void> {
  const { openRoot } = await import('../src/host/root.ts');
  const { scanInventory } = await import('../src/pii/sources/scan.ts');
  const root = await openRoot(tree);
  const started = performance.now();
  const inv = await scanInventory(root, {
    now: CORPUS_NOW,
    paths: [target],
    fileLimits: { maxFileBytes: Number.MAX_SAFE_INTEGER, maxGzipBytes: Number.MAX_SAFE_INTEGER },
  });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage();
  console.log(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssKiB: process.resourceUsage().maxRSS,
      records: inv.totals.records,
      people: inv.totals.people,
      byKind: Object.fromEntries(Object.entries(inv.totals.byKind).map(([k, v]) => [k, v.records])),
      sources: inv.sources.length,
      gaps: inv.gaps.map((g) => `${g.path}: ${g.reason} ${g.detail}`).slice(0, 10),
    }),
  );
}

// --- generation ----------------------------------------------------------------------------------------
const WORDS =
  'request served user session cache miss timeout retry upstream worker queue flushed config reload'.split(
    ' ',
  );

/** A value of `kind`: 90% valid, 10% a look-alike of the kind (typos, bad check digits, other numbers). */
function val(m: ValueMaker, kind: Kind4): string {
  return m.rand() < 0.9 ? m.positive(kind).value : m.lookAlike(kind).value;
}

export const FORMATS = ['csv', 'ndjson', 'log', 'sql'] as const;
export type Format = (typeof FORMATS)[number];

/** Yields blocks of text (~1 MiB) of one format until `bytes` have been produced. */
export function* blocks(format: Format, m: ValueMaker, bytes: number): Generator<string> {
  let produced = 0;
  let row = 0;
  if (format === 'csv') yield '序号,姓名,身份证号,手机,银行卡号,统一社会信用代码,地址,备注\n';
  if (format === 'sql')
    yield 'CREATE TABLE `customer` (\n  `id` int NOT NULL,\n  `name` varchar(32),\n  `id_card` char(18),\n  `mobile` char(11),\n  `card_no` varchar(19),\n  `address` varchar(128),\n  `created_at` datetime\n);\n';
  while (produced < bytes) {
    const parts: string[] = [];
    let size = 0;
    while (size < MB) {
      let line: string;
      row++;
      switch (format) {
        case 'csv':
          line = `${String(row)},${m.pick(NAMES)},${val(m, 'cn-id')},${val(m, 'mobile')},${val(m, 'bank-card')},${m.rand() < 0.3 ? val(m, 'uscc') : ''},${m.pick(CITIES)}某路${String(m.int(999))}号,${m.rand() < 0.2 ? `"备用电话 ${val(m, 'mobile')}, 已核实"` : ''}\n`;
          break;
        case 'ndjson':
          line = `{"orderId":"${m.digits(18)}","user":{"name":"${m.pick(NAMES)}","idNo":"${val(m, 'cn-id')}","phone":"${val(m, 'mobile')}"},"pay":{"card":"${val(m, 'bank-card')}","amount":${String(m.int(100000) / 100)}},"ts":${String(1700000000000 + m.int(1e10))}}\n`;
          break;
        case 'log': {
          const head = `2025-05-${String(1 + m.int(28)).padStart(2, '0')} ${String(m.int(24)).padStart(2, '0')}:${String(m.int(60)).padStart(2, '0')}:${String(m.int(60)).padStart(2, '0')}.${m.digits(3)} ${m.pick(['INFO', 'INFO', 'WARN', 'DEBUG'])} [exec-${String(m.int(64))}] `;
          const r = m.rand();
          line =
            r < 0.15
              ? `${head}c.e.UserService - bind mobile=${val(m, 'mobile')} uid=${m.digits(8)}\n`
              : r < 0.22
                ? `${head}c.e.KycService - verify 身份证 ${val(m, 'cn-id')} result=OK\n`
                : r < 0.27
                  ? `${head}c.e.PayService - card ${val(m, 'bank-card')} trade_no=${m.digits(19)} amount=${String(m.int(9999))}\n`
                  : `${head}c.e.Gateway - ${Array.from({ length: 5 + m.int(6) }, () => m.pick(WORDS)).join(' ')} trace=${m.digits(16)} cost=${String(m.int(900))}ms\n`;
          break;
        }
        case 'sql': {
          const values = Array.from(
            { length: 100 },
            (_, i) =>
              `(${String(row * 100 + i)},'${m.pick(NAMES)}','${val(m, 'cn-id')}','${val(m, 'mobile')}','${val(m, 'bank-card')}','${m.pick(CITIES)}某路${String(m.int(999))}号','2024-0${String(1 + m.int(9))}-1${String(m.int(9))} 10:00:00')`,
          );
          line = `INSERT INTO \`customer\` VALUES ${values.join(',')};\n`;
          break;
        }
      }
      parts.push(line);
      size += Buffer.byteLength(line);
    }
    produced += size;
    yield parts.join('');
  }
}

async function writeFile(file: string, format: Format, seed: number, bytes: number): Promise<void> {
  const out = createWriteStream(file);
  const m = new ValueMaker(seed);
  for (const block of blocks(format, m, bytes))
    if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}

async function generateTree(tree: string, totalMb: number): Promise<void> {
  const marker = path.join(tree, '.done');
  const want = `${String(GENERATOR_VERSION)} ${String(totalMb)}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  mkdirSync(tree, { recursive: true });
  const files = Math.max(4, Math.round(totalMb / 64));
  const started = performance.now();
  for (let i = 0; i < files; i++) {
    const format = FORMATS[i % 4]!;
    const dir = path.join(tree, ['srv/export', 'data/events', 'var/log/app', 'var/backups'][i % 4]!);
    mkdirSync(dir, { recursive: true });
    await writeFile(path.join(dir, `part-${String(i)}.${format}`), format, 1000 + i, (totalMb * MB) / files);
  }
  writeFileSync(marker, want);
  console.error(
    `pii bench: generated ${String(totalMb)} MiB in ${String(files)} files in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

// --- ripgrep ---------------------------------------------------------------------------------------------
/**
 * The shapes of every recogniser as ripgrep patterns (ASCII boundaries, as the recognisers' tokens are
 * ASCII words): what a grep-based scanner would run, without check digits, dates, BINs or context.
 */
const B = '(?-u:\\b)';
export const RG_PATTERNS = [
  `${B}[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]${B}`, // cn-id
  `${B}[1-9][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}${B}`, // cn-id, 15 digits
  `${B}[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}${B}`, // uscc
  `${B}(?:\\+?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}${B}`, // mobile
  `${B}0[1-9][0-9]{1,2}[ -]?[2-9][0-9]{6,7}${B}`, // landline
  `${B}(?:[0-9]{16,19}|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?)${B}`, // bank card
  `[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}`, // email
  `${B}(?:[EeGgDdSsPp][0-9]{8}|[EeGg][A-Za-z][0-9]{7})${B}`, // passport
  `${B}[HMhm][0-9]{8,10}${B}`, // hk-macau permit
  `${B}[0-9]{8}(?:[0-9]{2})?${B}`, // taiwan permit
  `[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}`, // plate
  `${B}(?:[0-9]{1,3}\\.){3}[0-9]{1,3}${B}`, // ipv4
];

interface RgRun {
  ms: number;
  cpuMs: number | null;
  matches: number;
}
function runRg(target: string, threads: number, patternFile: string): RgRun | null {
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => existsSync(p));
  if (!rg) return null;
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const args = [
    '--hidden',
    '--no-ignore',
    '-j',
    String(threads),
    '--count-matches',
    '--no-filename',
    '-f',
    patternFile,
    target,
  ];
  const started = performance.now();
  const r = spawnSync(timeBin ?? rg, timeBin ? ['-f', 'hegui-cpu %U %S', rg, ...args] : args, {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`rg failed (${String(r.status ?? r.signal)}): ${r.stderr}`);
  const cpu = /hegui-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return {
    ms,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null,
    matches: r.stdout
      .split('\n')
      .filter(Boolean)
      .reduce((s, n) => s + Number(n), 0),
  };
}

interface ScanResult {
  ms: number;
  cpuMs: number;
  maxRssKiB: number;
  records: number;
  people: number;
  byKind: Record<string, number>;
  sources: number;
  gaps: string[];
}
function runScan(tree: string, target: string): ScanResult & { wallMs: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [import.meta.filename, '--scan', tree, target], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`pii scan failed: ${r.stderr}`);
  return { ...(JSON.parse(r.stdout) as ScanResult), wallMs };
}

function report(
  label: string,
  bytes: number,
  scan: ScanResult,
  rg1: RgRun | null,
  rgN: RgRun | null,
  cores: number,
): boolean {
  const mbps = (ms: number): string => (bytes / MB / (ms / 1000)).toFixed(1);
  const lines = [
    '',
    `pii inventory throughput — ${label}: ${(bytes / MB).toFixed(0)} MiB`,
    '',
    '| tool | threads | wall | MB/s (wall) | CPU s | MB/s per CPU s | notes |',
    '|---|---|---|---|---|---|---|',
    `| hegui inventory scan (scanInventory) | 1 | ${(scan.ms / 1000).toFixed(1)} s | ${mbps(scan.ms)} | ${(scan.cpuMs / 1000).toFixed(1)} | ${mbps(scan.cpuMs)} | ${String(scan.records)} records, ${String(scan.people)} people, ${String(scan.sources)} sources; peak RSS ${(scan.maxRssKiB / 1024).toFixed(0)} MB |`,
  ];
  if (rg1)
    lines.push(
      `| rg -j 1 (${String(RG_PATTERNS.length)} shape patterns, no validation) | 1 | ${(rg1.ms / 1000).toFixed(1)} s | ${mbps(rg1.ms)} | ${rg1.cpuMs === null ? '?' : (rg1.cpuMs / 1000).toFixed(1)} | ${rg1.cpuMs === null ? '?' : mbps(rg1.cpuMs)} | ${String(rg1.matches)} matches |`,
    );
  if (rgN)
    lines.push(
      `| rg -j ${String(cores)} (for information) | ${String(cores)} | ${(rgN.ms / 1000).toFixed(1)} s | ${mbps(rgN.ms)} | ${rgN.cpuMs === null ? '?' : (rgN.cpuMs / 1000).toFixed(1)} | | ${String(rgN.matches)} matches |`,
    );
  lines.push(
    '',
    `records by kind: ${Object.entries(scan.byKind)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ')}`,
  );
  if (scan.gaps.length > 0) lines.push(`gaps: ${scan.gaps.join('; ')}`);
  let met = scan.maxRssKiB * 1024 <= 300 * MB;
  if (rg1) {
    const ratio = rg1.ms / scan.ms;
    met &&= ratio >= 0.5;
    lines.push(
      `ratio (wall, same data, 1 thread each): hegui at ${ratio.toFixed(2)} × ripgrep — budget ≥ 0.5: ${ratio >= 0.5 ? 'MET' : 'NOT MET'}` +
        (rg1.cpuMs === null ? '' : `; by CPU time ${(rg1.cpuMs / scan.cpuMs).toFixed(2)} ×`),
    );
  }
  lines.push(
    `budget: peak RSS ≤ 300 MB — ${(scan.maxRssKiB / 1024).toFixed(0)} MB: ${scan.maxRssKiB * 1024 <= 300 * MB ? 'MET' : 'NOT MET'}`,
  );
  console.log(lines.join('\n'));
  return met;
}

export async function main(): Promise<void> {
  if (process.argv[2] === '--scan') {
    await scanChild(process.argv[3]!, process.argv[4]!);
    return;
  }
  if (process.env.BENCH_PII_SKIP === '1') return;
  const totalMb = Number(process.env.BENCH_PII_MB ?? 1024);
  const cores = availableParallelism();
  const work = path.join(repo, 'bench/.work');
  const tree = path.join(work, `pii-tree-${String(totalMb)}`);
  await generateTree(tree, totalMb);
  const du = spawnSync('du', ['-sb', '--exclude=.done', tree], { encoding: 'utf8' });
  const bytes = Number(du.stdout.split('\t')[0]);
  const patternFile = path.join(work, 'pii-patterns.txt');
  writeFileSync(patternFile, RG_PATTERNS.join('\n') + '\n');

  const scan = runScan(tree, '/');
  const rg1 = runRg(tree, 1, patternFile);
  const rgN = cores > 1 ? runRg(tree, cores, patternFile) : null;
  report(
    `generated tree (CSV, NDJSON, logs, SQL dumps) ${path.relative(repo, tree)}`,
    bytes,
    scan,
    rg1,
    rgN,
    cores,
  );

  if (process.env.BENCH_PII_5GB === '1') {
    const bigMb = Number(process.env.BENCH_PII_BIG_MB ?? 5120);
    const dir = path.join(work, `pii-big-${String(bigMb)}`);
    const file = path.join(dir, 'people.csv');
    const want = `${String(GENERATOR_VERSION)} ${String(bigMb)}`;
    const marker = path.join(dir, '.done');
    const started = performance.now();
    if (!(existsSync(marker) && readFileSync(marker, 'utf8') === want)) {
      mkdirSync(dir, { recursive: true });
      await writeFile(file, 'csv', 77, bigMb * MB);
      writeFileSync(marker, want);
    }
    const genMs = performance.now() - started;
    const size = statSync(file).size;
    const big = runScan(dir, '/people.csv');
    const bigRg = runRg(file, 1, patternFile);
    report(
      `one CSV file ${path.relative(repo, file)} (generated in ${(genMs / 1000).toFixed(0)} s; 0 when reused; the scan lifts the 2 GiB per-file read cap)`,
      size,
      big,
      bigRg,
      null,
      cores,
    );
  } else console.log('(single 5 GB file: BENCH_PII_5GB=1 runs it)');
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) await main();
