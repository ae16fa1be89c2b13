/**
 * `node bench/redact.ts`: `hegui redact` on a generated CSV of synthetic people (BENCH_REDACT_MB, default
 * 64): throughput, peak RSS of the redacting process (it must stay flat as the file grows: streaming),
 * and a check of the output by scanning it again (no valid ID number, phone or card left; same number
 * of rows and columns; the same pseudonym for the same value). Mode: BENCH_REDACT_MODE (default
 * pseudonymise; mask works too).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fakePeople } from '../src/pii/sources/people.fixture.ts';
import { findAll } from '../src/pii/recognisers/index.ts';
import { redactFile } from '../src/redact/file.ts';
import type { RedactMode } from '../src/redact/values.ts';

const mode = (process.env.BENCH_REDACT_MODE ?? 'pseudonymise') as RedactMode;

if (process.argv[2] === 'child') {
  // The measured process: redact only, then report its own peak RSS.
  const [, , , input, output, keyFile] = process.argv;
  const started = process.hrtime.bigint();
  const summary = await redactFile({
    input: input!,
    output: output!,
    force: true,
    config:
      mode === 'pseudonymise'
        ? { mode, key: Buffer.from(keyFile ?? 'bench-key-0123456789'), hash: 'sha256' }
        : { mode },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, summary }));
  process.exit(0);
}

const mb = Number(process.env.BENCH_REDACT_MB ?? 64);
const dir = mkdtempSync(path.join(tmpdir(), 'hegui-bench-redact-'));
const input = path.join(dir, 'people.csv');
const output = path.join(dir, 'people.redacted.csv');
try {
  // Generate: blocks of 10,000 synthetic people from 8 seeds in turn (a person recurs every 80,000 rows,
  // beyond the redactor's pseudonym cache), with a row number, until the size is reached.
  const blocks = Array.from({ length: 8 }, (_, k) => fakePeople(10_000, 42 + k));
  const out = createWriteStream(input);
  out.write('序号,姓名,身份证号,手机,银行卡,邮箱,出生日期,备注\n');
  let bytes = 0;
  let rows = 0;
  while (bytes < mb * 1024 * 1024) {
    const people = blocks[(rows / 10_000) % 8]!;
    const block = people
      .map(
        (p, i) =>
          `${rows + i},${p.name},${p.id},${p.phone},${p.card},${p.email},${p.birth},"联系 ${p.phone}, 卡 ${p.card}"\n`,
      )
      .join('');
    rows += people.length;
    bytes += Buffer.byteLength(block);
    if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  const size = statSync(input).size;

  const child = spawnSync(process.execPath, [import.meta.filename, 'child', input, output], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_REDACT_MODE: mode },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`redact failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout) as { ms: number; maxRssKb: number; summary: { units: number } };

  // Verify: scan the output line by line.
  let left = 0;
  let outRows = -1;
  let columnsOk = true;
  const pseudonyms = new Map<string, string>();
  let unstable = 0;
  const lines = createInterface({ input: createReadStream(output), crlfDelay: Infinity });
  for await (const line of lines) {
    outRows++;
    if (outRows === 0) continue;
    left += findAll(line).filter((m) => ['cn-id', 'mobile', 'bank-card'].includes(m.kind)).length;
    // Row i and row i + 80,000 hold the same person: their pseudonyms must match.
    const cells = line.split(',');
    if (cells.length !== 9) columnsOk = false;
    const key = String(Number(cells[0]) % 80_000);
    const rest = cells.slice(1, 6).join(',');
    const prior = pseudonyms.get(key);
    if (prior === undefined) {
      pseudonyms.set(key, rest);
    } else if (prior !== rest) unstable++;
  }
  console.log(
    `\nredact (${mode}) on a ${(size / 1048576).toFixed(0)} MB CSV of ${rows} synthetic rows: ` +
      `${(size / 1048576 / (r.ms / 1000)).toFixed(1)} MB/s (${(r.ms / 1000).toFixed(1)} s), ` +
      `peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`,
  );
  console.log(
    `  output: ${outRows} rows (input ${rows}), ${columnsOk ? 'every row 9 columns' : 'COLUMN COUNT CHANGED'}, ` +
      `${left} valid ID/phone/card values left, ${unstable} rows whose pseudonyms differ from the same person's earlier row`,
  );
  writeFileSync(path.join(dir, 'done'), '');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
