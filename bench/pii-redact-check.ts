/**
 * `node bench/pii-redact-check.ts` (part of `npm run bench`): issue 4's done-means for `hegui redact` —
 * on a 1 GB CSV it leaves no valid ID number, phone or card, keeps rows and columns, and gives the same
 * pseudonym for the same value and key.
 *
 * Generates (deterministic, cached under bench/.work/, gitignored) a CSV of BENCH_PII_REDACT_MB MiB
 * (default 1024) of synthetic people from bench/pii-corpus.ts's generator: header 序号,姓名,身份证号,手机,
 * 银行卡号,邮箱,出生日期,地址,备注, the remark quoted with commas, an embedded newline in every 7th row,
 * and ID numbers, phones and cards inside it; every 50th row repeats one of 1,000 recurring people (so the
 * same values recur far apart in the file). Runs the real CLI (`bin/hegui.js redact IN --output OUT --mode
 * pseudonymise --key-file K`, or src/cli/main.ts when dist/ is missing) under GNU time for its wall time
 * and peak RSS, then parses the output with the inventory's CSV parser and checks:
 *   - no cell holds a valid ID number, mobile or card (whole-cell validation and findAll over the cell);
 *   - the number of records and of columns in every record are those of the input;
 *   - the recurring people's cells have one pseudonym each (the same value and key give the same
 *     pseudonym), and different people's pseudonyms differ;
 *   - a second run with the same key on a small file of the recurring people gives the same pseudonyms.
 * Prints the figures and PASS/FAIL for each check.
 *
 * Environment: BENCH_PII_REDACT_MB (default 1024), BENCH_PII_REDACT_SKIP=1.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { findAll, RECOGNISERS } from '../src/pii/recognisers/index.ts';
import { CsvParser } from '../src/pii/sources/csv.ts';
import { CITIES, CORPUS_NOW, NAMES, ValueMaker } from './pii-corpus.ts';

const MB = 1024 * 1024;
const repo = path.resolve(import.meta.dirname, '..');
const GENERATOR_VERSION = 1;
const COLUMNS = ['序号', '姓名', '身份证号', '手机', '银行卡号', '邮箱', '出生日期', '地址', '备注'];
const RECURRING = 1000;

interface Person {
  name: string;
  id: string;
  phone: string;
  card: string;
}

function person(m: ValueMaker): Person {
  return { name: m.pick(NAMES), id: m.idNumber(), phone: m.mobile(), card: m.card().value };
}

function row(m: ValueMaker, n: number, p: Person): string {
  const birth = `${p.id.slice(6, 10)}-${p.id.slice(10, 12)}-${p.id.slice(12, 14)}`;
  const remark =
    n % 7 === 0
      ? `"联系 ${p.phone}, 卡 ${p.card}\n第二行: 身份证 ${p.id}"`
      : n % 3 === 0
        ? `"备用 ${m.mobile()}, 已核实"`
        : '无';
  return `${String(n)},${p.name},${p.id},${p.phone},${p.card},u${m.digits(6)}@example.com,${birth},${m.pick(CITIES)}某路${String(m.int(999))}号,${remark}\n`;
}

/** Writes the CSV; returns the number of records. */
async function generate(file: string, mb: number, pool: readonly Person[], m: ValueMaker): Promise<number> {
  const out = createWriteStream(file);
  out.write(`${COLUMNS.join(',')}\n`);
  let bytes = 0;
  let n = 0;
  while (bytes < mb * MB) {
    const parts: string[] = [];
    for (let k = 0; k < 5000; k++, n++)
      parts.push(row(m, n, n % 50 === 0 ? pool[(n / 50) % RECURRING]! : person(m)));
    const block = parts.join('');
    bytes += Buffer.byteLength(block);
    if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return n;
}

function redact(
  input: string,
  output: string,
  keyFile: string,
): { wallS: number; cpuS: number; rssMb: number; stdout: string } {
  const dist = path.join(repo, 'dist/cli/main.js');
  const cli = existsSync(dist) ? path.join(repo, 'bin/hegui.js') : path.join(repo, 'src/cli/main.ts');
  const args = [
    cli,
    'redact',
    input,
    '--output',
    output,
    '--mode',
    'pseudonymise',
    '--key-file',
    keyFile,
    '--force',
  ];
  const r = spawnSync('/usr/bin/time', ['-f', 'hegui-time %e %U %S %M', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  const t = /hegui-time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !t)
    throw new Error(`hegui redact failed (${String(r.status)}): ${r.stderr.slice(0, 2000)}`);
  return {
    wallS: Number(t[1]),
    cpuS: Number(t[2]) + Number(t[3]),
    rssMb: Number(t[4]) / 1024,
    stdout: r.stdout,
  };
}

const KEEP = new Set(['cn-id', 'mobile', 'bank-card']);
const validators = RECOGNISERS.filter((r) => KEEP.has(r.kind));

interface Checked {
  records: number;
  badColumns: number;
  left: number;
  leftExamples: string[];
  pseudonyms: Map<number, string>;
  unstable: number;
}

/** Parse the output CSV and run the checks over every record. */
async function check(file: string): Promise<Checked> {
  const parser = new CsvParser(',');
  const res: Checked = {
    records: -1,
    badColumns: 0,
    left: 0,
    leftExamples: [],
    pseudonyms: new Map(),
    unstable: 0,
  };
  const onRow = (cells: string[]): void => {
    res.records++;
    if (res.records === 0) return; // the header
    if (cells.length !== COLUMNS.length) res.badColumns++;
    // Each cell validated whole, and the record's cells (tab-joined) scanned as text once.
    for (const cell of cells) {
      const hits = validators.filter((v) => v.validate(cell)).length;
      if (hits > 0) {
        res.left += hits;
        if (res.leftExamples.length < 5) res.leftExamples.push(cell);
      }
    }
    for (const x of findAll(cells.join('\t'), CORPUS_NOW))
      if (KEEP.has(x.kind)) {
        res.left++;
        if (res.leftExamples.length < 5) res.leftExamples.push(`${x.kind} in ${cells.join('\t')}`);
      }
    const n = Number(cells[0]);
    if (n % 50 === 0) {
      const who = (n / 50) % RECURRING;
      const tuple = cells.slice(2, 5).join('|');
      const prior = res.pseudonyms.get(who);
      if (prior === undefined) res.pseudonyms.set(who, tuple);
      else if (prior !== tuple) res.unstable++;
    }
  };
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(file)) {
    for (const cells of parser.push(decoder.decode(chunk as Buffer, { stream: true }))) onRow(cells);
  }
  for (const cells of parser.push(decoder.decode())) onRow(cells);
  // The parser's last row is a lone empty cell when the file ends with a line end, as it does.
  for (const cells of parser.end()) if (!(cells.length === 1 && cells[0] === '')) onRow(cells);
  return res;
}

async function main(): Promise<void> {
  if (process.env.BENCH_PII_REDACT_SKIP === '1') return;
  const mb = Number(process.env.BENCH_PII_REDACT_MB ?? 1024);
  const dir = path.join(repo, 'bench/.work', `pii-redact-${String(mb)}`);
  mkdirSync(dir, { recursive: true });
  const input = path.join(dir, 'people.csv');
  const output = path.join(dir, 'people.redacted.csv');
  const keyFile = path.join(dir, 'redact.key');
  writeFileSync(keyFile, 'bench-key-0123456789abcdef', { mode: 0o600 });
  const m = new ValueMaker(2025);
  const pool = Array.from({ length: RECURRING }, () => person(m));
  const marker = path.join(dir, '.done');
  const want = `${String(GENERATOR_VERSION)} ${String(mb)}`;
  let genS = 0;
  let records: number;
  if (existsSync(marker) && readFileSync(marker, 'utf8').startsWith(`${want} `)) {
    records = Number(readFileSync(marker, 'utf8').split(' ')[2]);
  } else {
    const started = performance.now();
    records = await generate(input, mb, pool, m);
    genS = (performance.now() - started) / 1000;
    writeFileSync(marker, `${want} ${String(records)}`);
  }
  const size = statSync(input).size;
  const run = redact(input, output, keyFile);
  const startedCheck = performance.now();
  const c = await check(output);
  const checkS = (performance.now() - startedCheck) / 1000;

  // A second run, same key, on a small file of the recurring people alone: the same pseudonyms.
  const small = path.join(dir, 'recurring.csv');
  const smallOut = path.join(dir, 'recurring.redacted.csv');
  writeFileSync(
    small,
    `${COLUMNS.join(',')}\n${pool.map((p, i) => row(new ValueMaker(i), i * 50, p)).join('')}`,
  );
  redact(small, smallOut, keyFile);
  const again = await check(smallOut);
  let crossRun = 0;
  for (const [who, tuple] of again.pseudonyms) if (c.pseudonyms.get(who) !== tuple) crossRun++;
  const distinct = new Set(c.pseudonyms.values()).size;

  const ok = (b: boolean): string => (b ? 'PASS' : 'FAIL');
  const lines = [
    '',
    `hegui redact check — ${(size / MB).toFixed(0)} MiB CSV, ${String(records)} records (${path.relative(repo, input)}; generated in ${genS.toFixed(0)} s, 0 when reused)`,
    `  hegui redact --mode pseudonymise: ${run.wallS.toFixed(1)} s wall (${(size / MB / run.wallS).toFixed(1)} MB/s), ${run.cpuS.toFixed(1)} s CPU (${(size / MB / run.cpuS).toFixed(1)} MB/s per CPU s), peak RSS ${run.rssMb.toFixed(0)} MB`,
    `  CLI said: ${run.stdout.trim().split('\n').join(' | ')}`,
    `  output checked in ${checkS.toFixed(0)} s (CSV parser, whole-cell validation of every cell, findAll over every record)`,
    `  no valid ID number, phone or card left: ${String(c.left)} found — ${ok(c.left === 0)}${c.leftExamples.length ? ` (e.g. ${c.leftExamples.join(' ; ')})` : ''}`,
    `  records kept: ${String(c.records)} of ${String(records)} — ${ok(c.records === records)}; columns kept (9 in every record): ${String(c.badColumns)} records differ — ${ok(c.badColumns === 0)}`,
    `  same value and key → same pseudonym: ${String(c.pseudonyms.size)} recurring people over ${String(Math.floor(records / 50))} rows, ${String(c.unstable)} rows disagree — ${ok(c.unstable === 0 && c.pseudonyms.size > 0)}; across a second run: ${String(crossRun)} of ${String(again.pseudonyms.size)} differ — ${ok(crossRun === 0 && again.pseudonyms.size === RECURRING)}`,
    `  different people, different pseudonyms: ${String(distinct)} distinct of ${String(c.pseudonyms.size)} — ${ok(distinct === c.pseudonyms.size)}`,
    `  peak RSS ≤ 300 MB (streaming): ${ok(run.rssMb <= 300)}`,
  ];
  console.log(lines.join('\n'));
}

await main();
