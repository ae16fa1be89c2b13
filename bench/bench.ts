/**
 * `npm run bench`: the speed budgets of the issues, measured (never asserted in unit tests).
 *
 * Issue 2: the median wall time of a full `hegui scan /` (every check; content detectors are not part of
 * the scan yet) against `lynis audit system --quick` on the same host, the ratio, and how many checks
 * each ran. Budget: ≤ 2 s and ≥ 20× faster than Lynis.
 *
 * Runs: BENCH_HEGUI_RUNS (default 9), BENCH_LYNIS_RUNS (default 3; 0 skips Lynis).
 * BENCH_ONLY: comma-separated parts to run (scan, content, precision, pii-corpus, pii-throughput,
 * pii-redact); default all. The personal-data parts take tens of minutes at full size.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const heguiRuns = Number(process.env.BENCH_HEGUI_RUNS ?? 9);
const lynisRuns = Number(process.env.BENCH_LYNIS_RUNS ?? 3);
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const part = (name: string) => only.length === 0 || only.includes(name);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timed(
  command: string,
  args: string[],
): { ms: number; status: number | null; stdout: string; stderr: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: 'true' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function fmt(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

if (part('scan')) {
  // --- hegui ---------------------------------------------------------------------------------------
  const bin = path.join(repo, 'bin/hegui.js');
  if (!existsSync(path.join(repo, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const heguiTimes: number[] = [];
  let heguiChecks = 0;
  let outcomes: Record<string, number> = {};
  timed(process.execPath, [bin, 'scan', '--format', 'json']); // warm the page cache once
  for (let i = 0; i < heguiRuns; i++) {
    const r = timed(process.execPath, [bin, 'scan', '--format', 'json']);
    if (r.status !== 0) throw new Error(`hegui scan exited ${String(r.status)}: ${r.stderr}`);
    heguiTimes.push(r.ms);
    const report = JSON.parse(r.stdout) as { checks: { outcome: string }[] };
    heguiChecks = report.checks.length;
    outcomes = {};
    for (const c of report.checks) outcomes[c.outcome] = (outcomes[c.outcome] ?? 0) + 1;
  }
  const heguiMedian = median(heguiTimes);

  // --- Lynis ---------------------------------------------------------------------------------------
  let lynisMedian: number | null = null;
  let lynisTests: number | null = null;
  const lynis = ['/usr/sbin/lynis', '/usr/bin/lynis'].find((p) => existsSync(p));
  if (lynisRuns > 0 && lynis) {
    const work = mkdtempSync(path.join(tmpdir(), 'hegui-bench-lynis-'));
    const times: number[] = [];
    for (let i = 0; i < lynisRuns; i++) {
      const log = path.join(work, `lynis-${i}.log`);
      const r = timed(lynis, [
        'audit',
        'system',
        '--quick',
        '--no-colors',
        '--logfile',
        log,
        '--report-file',
        path.join(work, `report-${i}.dat`),
      ]);
      if (r.status !== 0) throw new Error(`lynis exited ${String(r.status)}: ${r.stderr.slice(0, 500)}`);
      times.push(r.ms);
      lynisTests = (readFileSync(log, 'utf8').match(/Performing test ID /g) ?? []).length;
    }
    rmSync(work, { recursive: true, force: true });
    lynisMedian = median(times);
  }

  // --- report --------------------------------------------------------------------------------------
  const lines = [
    `hegui bench — ${new Date().toISOString()} — node ${process.version}`,
    '',
    `| tool | runs | median | min | max | checks run |`,
    `|---|---|---|---|---|---|`,
    `| hegui scan / (json) | ${heguiRuns} | ${fmt(heguiMedian)} | ${fmt(Math.min(...heguiTimes))} | ${fmt(Math.max(...heguiTimes))} | ${heguiChecks} (${Object.entries(
      outcomes,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}) |`,
  ];
  if (lynisMedian !== null) {
    lines.push(
      `| lynis audit system --quick | ${lynisRuns} | ${fmt(lynisMedian)} | | | ${lynisTests ?? '?'} tests performed |`,
    );
    lines.push(
      '',
      `ratio: hegui is ${(lynisMedian / heguiMedian).toFixed(1)}× faster than Lynis (budget ≥ 20×)`,
    );
  } else {
    lines.push(
      '',
      lynis ? 'Lynis skipped (BENCH_LYNIS_RUNS=0)' : 'Lynis not installed (apt-get install lynis): no ratio',
    );
  }
  lines.push(
    `budget: full scan ≤ 2 s — median ${fmt(heguiMedian)}: ${heguiMedian <= 2000 ? 'MET' : 'NOT MET'}`,
  );
  if (lynisMedian !== null)
    lines.push(`budget: ≥ 20× Lynis — ${lynisMedian / heguiMedian >= 20 ? 'MET' : 'NOT MET'}`);
  console.log(lines.join('\n'));
}

// --- issue 3: the content engine against ripgrep (bench/content.ts; BENCH_CONTENT_MB for a smaller tree)
if (part('content')) await import('./content.ts');

// --- issue 3: precision and recall of the content detectors on the labelled corpus (bench/precision.ts)
if (part('precision')) await import('./precision.ts');

// --- issue 4: personal data — precision and recall on the labelled corpus (bench/pii-corpus.ts;
// BENCH_PII_CORPUS_VALUES for a smaller corpus), the inventory scan against ripgrep (bench/pii-throughput.ts;
// BENCH_PII_MB, BENCH_PII_5GB=1 for the single 5 GB file), and `hegui redact` on a big CSV, its output
// checked (bench/pii-redact-check.ts; BENCH_PII_REDACT_MB).
if (part('pii-corpus')) {
  const { corpusMain } = await import('./pii-corpus.ts');
  await corpusMain();
}
if (part('pii-throughput')) await (await import('./pii-throughput.ts')).main();
if (part('pii-redact')) await import('./pii-redact-check.ts');
