/**
 * `node bench/pii.ts`: throughput of the personal-information recognisers (issue 4). Generates a mixed
 * text of BENCH_PII_MB megabytes (default 64: CSV rows, JSON lines, application logs, SQL inserts,
 * Chinese prose, with valid values and look-alikes: order numbers, timestamps, tracking ids), runs
 * `findAll` over it in 1 MiB pieces (as the file walk hands chunks over), and prints MB/s and the matches
 * per kind. Not a unit test: nothing is asserted. Synthetic data only. Precision and recall on a labelled
 * corpus are measured by bench/pii-corpus.ts.
 */
import { findAll } from '../src/pii/recognisers/index.ts';
import {
  makeCard,
  makeCnId,
  makeMobile,
  makeUscc,
  prng,
  randomDigits,
} from '../src/pii/recognisers/synthetic.ts';

const targetMb = Number(process.env.BENCH_PII_MB ?? 64);
const rand = prng(2024);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const REGIONS = ['110101', '310115', '440305', '330106', '510107', '420102', '320102'];
const MOBILE = ['138', '139', '159', '186', '177', '199', '166'];

function birth(): string {
  const y = 1950 + Math.floor(rand() * 70);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${String(y)}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

const line: (() => string)[] = [
  () =>
    `${randomDigits(rand, 6)},张${pick(['三', '伟', '芳'])},${makeCnId(pick(REGIONS), birth(), randomDigits(rand, 3))},${makeMobile(pick(MOBILE), rand)},北京市朝阳区某路${String(Math.floor(rand() * 999))}号`,
  () =>
    `{"order_no":"${randomDigits(rand, 18)}","ts":${String(1700000000000 + Math.floor(rand() * 1e10))},"phone":"${makeMobile(pick(MOBILE), rand)}","card":"${makeCard('622202', 19, rand)}","email":"user${randomDigits(rand, 4)}@example.com"}`,
  () =>
    `2025-05-01 12:${randomDigits(rand, 2)}:${randomDigits(rand, 2)}.${randomDigits(rand, 3)} INFO [http-nio-8080-exec-${randomDigits(rand, 2)}] c.e.OrderService - trace=${randomDigits(rand, 16)} tracking SF${randomDigits(rand, 12)} status=OK elapsed=${randomDigits(rand, 3)}ms`,
  () =>
    `INSERT INTO customers VALUES (${randomDigits(rand, 5)}, '${makeUscc('91', pick(REGIONS), `MA${randomDigits(rand, 6)}`)}', '0755-2${randomDigits(rand, 7)}', '粤B${randomDigits(rand, 5)}', '用户IP: 203.0.113.${String(Math.floor(rand() * 255))}');`,
  () =>
    '本系统用于处理客户的订单与售后服务，所有数据按公司制度加密保存，访问需经审批。This line is prose with no identifiers at all, only words.',
  () =>
    `192.168.${String(Math.floor(rand() * 255))}.${String(Math.floor(rand() * 255))} - - [01/May/2025:12:00:00 +0800] "GET /api/v1/items/${randomDigits(rand, 8)} HTTP/1.1" 200 ${randomDigits(rand, 4)} "-" "Mozilla/5.0"`,
];

const now = new Date('2025-06-01T00:00:00Z');

/** Generate `mb` MiB of lines from `templates`, run findAll over it in 1 MiB pieces, print the figures. */
function measure(label: string, templates: readonly (() => string)[], mb: number): void {
  const parts: string[] = [];
  let size = 0;
  while (size < mb * 1024 * 1024) {
    const l = pick(templates)();
    parts.push(l);
    size += Buffer.byteLength(l) + 1;
  }
  const text = parts.join('\n');
  const bytes = Buffer.byteLength(text);
  // 1 MiB pieces, cut at line ends.
  const pieces: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + 1024 * 1024);
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
    pieces.push(text.slice(at, end));
    at = end;
  }
  for (const piece of pieces.slice(0, 3)) findAll(piece, now); // warm-up
  const counts = new Map<string, number>();
  const started = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (const piece of pieces)
    for (const m of findAll(piece, now)) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mib = bytes / 1048576;
  console.log(
    `pii findAll, ${label}: ${mib.toFixed(1)} MiB in ${seconds.toFixed(2)} s = ${(mib / seconds).toFixed(1)} MiB/s wall, ` +
      `${(mib / cpuSeconds).toFixed(1)} MiB/s per CPU second (one thread, ${String(pieces.length)} pieces)`,
  );
  const list = [...counts.entries()].sort().map(([k, v]) => `${k} ${String(v)}`);
  console.log(`  matches: ${list.length > 0 ? list.join(', ') : 'none'}`);
}

// Dense: every line but the prose holds personal data. Sparse: server logs and prose with look-alikes only.
measure('dense mixed text', line, targetMb);
measure('sparse logs', [line[2]!, line[4]!, line[5]!], targetMb / 4);
