/**
 * The mining detector: crypto-miner configurations, miner command lines in scripts, stratum URLs and
 * mining-pool addresses, browser miners in web pages, and miner programs on disk (ELF files carrying
 * the strings of the xmrig family and its kin).
 *
 * Rules (see `patterns` for the literal ones):
 * - xmrig-config: a JSON object with `"pools": [ { "url", "user" } ]` and xmrig's own keys
 *   (`"donate-level"`, `"randomx"`, `"huge-pages"`, …). miner-config: another miner's JSON (cpuminer,
 *   ccminer, cgminer/bfgminer) whose url is a stratum URL or a known pool.
 * - miner-command: a command in a script (cron line, systemd ExecStart=, shell script, rc file) that the
 *   process miner rules (checks/processes/process-miner-running/miner-rules.ts) score as a miner, plus
 *   one file-only signal: a host:port on a pool port.
 * - stratum-url, pool-address: a stratum URL, or a known pool host with a port, outside documentation and
 *   outside lists of pool names (blocklists, signature files: five or more different pools in one chunk).
 * - browser-miner: a web page or script that loads an in-browser miner (CoinHive and its successors).
 * - miner-binary: an ELF file whose strings belong to miners; one detection per chunk with the marker
 *   families seen (brand, stratum protocol, mining algorithm, donation pool); the check needs two.
 * Wallet addresses (Monero, Bitcoin with checksum, Ethereum) count only beside one of these, and are
 * masked in every excerpt and reason.
 */
import type { ProcessInfo } from '../../collectors/processes/processes.types.ts';
import {
  isMiner,
  minerSignals,
  type MinerSignal,
} from '../../checks/processes/process-miner-running/miner-rules.ts';
import { defineDetector, type Detection, type FileInfo } from '../detector.ts';
import { lineCounter, literalPrefilter, type PatternRule } from '../../walk/patterns.ts';
import { POOL_DOMAINS, POOL_HOSTS, STRONG_POOL_PORTS, poolEntryFor, poolKeywords } from './pools.ts';
import { MONERO_IN_TEXT, maskWallet, walletKind } from './wallets.ts';

export const MINING_DETECTOR_ID = 'mining';

/** Largest text file read (configs, scripts, miner logs); ELF files up to the engine's cap. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;
const MAX_ELF_BYTES = 64 * 1024 * 1024;
/** A chunk naming this many different pools is a list of pools (blocklist, signatures), not a config. */
const LIST_LIKE_POOLS = 5;
/** Longest slice of a line analysed around a hit (minified files have megabyte lines). */
const LINE_WINDOW = 2048;
const EXCERPT_CHARS = 200;

/** Documentation and page text: a pool named there is talk about mining, not a miner. */
const DOC_EXT = /\.(?:md|markdown|rst|adoc|html?|xhtml|tex|po|pot|rtf)$/i;
const WEB_EXT = /\.(?:html?|xhtml|php\d?|phtml|js|mjs|jsp|aspx?|vue|tpl)$/i;
/** Never configs or scripts. */
const SKIP_EXT = /\.(?:css|scss|less|svg|map|csv|tsv|sql|lock|min\.css|woff2?|ttf|eot|pem|crt|key|pub)$/i;

const MINER_NAMES = [
  'xmrig',
  'XMRig',
  'xmr-stak',
  'minerd',
  'cpuminer',
  'ccminer',
  'cgminer',
  'bfgminer',
  'sgminer',
  'ethminer',
  'nbminer',
  'lolminer',
  'phoenixminer',
  'PhoenixMiner',
  'teamredminer',
  'nanominer',
  'gminer',
  'srbminer',
  'SRBMiner',
  't-rex',
  'minergate',
  'kdevtmpfsi',
  'kinsing',
];

const TRIGGERS: readonly string[] = [
  ...MINER_NAMES,
  'stratum',
  'donate-level',
  'randomx',
  'rx/0',
  'cryptonight',
  'kawpow',
  'nicehash',
  'cpu-max-threads-hint',
  ...poolKeywords(),
];

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
const TRIGGER_RE = new RegExp([...new Set(TRIGGERS)].sort(byLength).map(escapeLiteral).join('|'), 'g');
/** One pass (RE2 when installed) that tells whether a chunk needs the exact passes at all. */
const mayHaveTrigger = literalPrefilter(TRIGGERS);

const STRATUM_RE = /stratum\d?\+(?:tcp|ssl|tls|ws|wss|udp):\/\/[^\s"'<>`;,)\]}]+/gi;
const HOST_CHAR = /[A-Za-z0-9.-]/;

const BROWSER_MINER_RE =
  /coin-?hive(?:\.min)?\.js|CoinHive\.(?:Anonymous|User|Token)|CRLT\.Anonymous|crypto-loot\.com\/lib|coinimp\.com\/scripts|webminepool\.com\/lib|deepMiner\.(?:Anonymous|Init)|minero\.cc\/lib|jsecoin\.com\/server|Client\.Anonymous\(['"][0-9a-f]{64}/g;

const ELF_MARKERS: readonly { family: string; re: RegExp }[] = [
  { family: 'brand', re: /xmrig|XMRig|XMRIG|cpuminer|xmr-stak|ccminer|ethminer|lolMiner|SRBMiner|nbminer/ },
  { family: 'stratum', re: /stratum\+(?:tcp|ssl|tls)|mining\.(?:subscribe|authorize|submit|notify)/ },
  {
    family: 'algorithm',
    re: /RandomX|randomx|cryptonight|CryptoNight|cn\/r|argon2\/chukwa|kawpow|KawPow|ethash|Ethash/,
  },
  { family: 'donation', re: /donate-level|donate\.v2\.xmrig|donate\.ssl\.xmrig|donate-over-proxy/ },
];

/** xmrig's own configuration keys; one beside `"pools"` with a url makes an xmrig config. */
const XMRIG_KEYS = [
  'donate-level',
  'donate-over-proxy',
  'randomx',
  'huge-pages',
  'huge-pages-jit',
  'max-threads-hint',
  'rig-id',
  'nicehash',
  'self-select',
  'tls-fingerprint',
  'health-print-time',
];

/**
 * The engine's pre-filter: every detection of this detector contains one of these (a trigger, a config
 * key, a miner option next to a wallet, a browser-miner name, or an ELF marker).
 */
export const MINING_KEYWORDS: readonly string[] = [
  ...new Set([
    ...TRIGGERS,
    '"url"',
    '"pools"',
    ' -o',
    '--url',
    ' -u',
    '--user',
    '--wallet',
    '--coin',
    '--algo',
    ' -a ',
    '--rig-id',
    '--cpu-priority',
    '--max-cpu-usage',
    '--donate',
    'coinhive',
    'coin-hive',
    'CoinHive',
    'CRLT',
    'crypto-loot',
    'coinimp',
    'webminepool',
    'deepMiner',
    'minero.cc',
    'jsecoin',
    'Client.Anonymous',
    'XMRIG',
    'lolMiner',
    'stratum+',
    'mining.',
    'RandomX',
    'CryptoNight',
    'cn/r',
    'argon2/chukwa',
    'KawPow',
    'ethash',
    'Ethash',
    'donate',
  ]),
].sort();

/** The literal rules, as data (for documentation and the benchmark's ripgrep pattern set). */
export const MINING_PATTERNS: readonly PatternRule[] = [
  { id: 'trigger', title: 'Miner, pool or algorithm keyword', regex: TRIGGER_RE.source, keywords: TRIGGERS },
  {
    id: 'stratum-url',
    title: 'Stratum mining-pool URL',
    regex: STRATUM_RE.source,
    flags: 'i',
    keywords: ['stratum'],
  },
  { id: 'monero-wallet', title: 'Monero wallet address', regex: '[48][0-9AB][1-9A-HJ-NP-Za-km-z]{93}' },
  { id: 'browser-miner', title: 'In-browser miner script', regex: BROWSER_MINER_RE.source },
  {
    id: 'xmrig-pools',
    title: 'xmrig configuration',
    regex: '"pools"[ \\t\\r\\n]*:[ \\t\\r\\n]*\\[',
    keywords: ['"pools"'],
  },
];

/** Shell words of one command segment (quotes removed; no expansion). */
export function shellSegments(line: string): string[][] {
  const segments: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | null = null;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endSegment = () => {
    endWord();
    if (words.length > 0) segments.push(words);
    words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
      continue;
    }
    if (c === ' ' || c === '\t') {
      endWord();
      continue;
    }
    if (c === ';' || c === '|' || c === '&' || c === '\n' || c === '`' || c === '(' || c === ')') {
      endSegment();
      continue;
    }
    if (c === '#' && !inWord) break;
    word += c;
    inWord = true;
  }
  endSegment();
  return segments;
}

/** Commands that run another command given after their own options. */
const WRAPPERS = new Set([
  'nohup',
  'sudo',
  'exec',
  'setsid',
  'nice',
  'ionice',
  'taskset',
  'timeout',
  'env',
  'screen',
  'tmux',
  'chrt',
  'stdbuf',
  'daemonize',
  'start-stop-daemon',
  'command',
  'su',
  'runuser',
]);

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The command proper: wrappers, their options and VAR=value assignments removed. */
export function commandWords(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const bare = w.replace(/^(?:ExecStart|ExecStartPre|ExecStartPost|ExecReload)=[-@:+!]*/, '');
    if (bare !== w) return [bare, ...words.slice(i + 1)].filter((x) => x !== '');
    if (
      /^[A-Za-z_][A-Za-z0-9_]*=/.test(w) ||
      w.startsWith('-') ||
      /^\d+[smhd]?$/.test(w) ||
      WRAPPERS.has(basename(w))
    ) {
      i++;
      continue;
    }
    break;
  }
  return words.slice(i);
}

function asProcess(words: readonly string[]): ProcessInfo {
  const program = words[0] ?? '';
  return {
    pid: 0,
    ppid: 0,
    name: basename(program).slice(0, 15),
    cmdline: [...words],
    exe: null,
    exeDeleted: false,
    exeReplaced: null,
    cwd: null,
    uid: 0,
    user: null,
    state: 'S',
    cpuSeconds: 0,
    startedAfterBootSeconds: 0,
    cpuShare: null,
    kernelThread: false,
  };
}

const HOST_PORT = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?([a-z0-9.-]+|\[[0-9a-f:]+\]):(\d{2,5})(?:\/|$)/i;
const STRONG_PORTS = new Set(STRONG_POOL_PORTS);

/** Signals of a file that a process never has: a host:port argument on a pool port. */
function fileSignals(words: readonly string[]): MinerSignal[] {
  for (const w of words) {
    const m = HOST_PORT.exec(w);
    if (m && STRONG_PORTS.has(Number(m[2]))) return [{ id: 'pool-port', weight: 1, label: `port ${m[2]!}` }];
  }
  return [];
}

/** A stratum URL signal must name a host ("stratum+tcp://)" in prose is not one). */
const STRATUM_HOST = /:\/\/(?:[^@\s/]*@)?(?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+(?::\d{1,5})?/;

function validSignal(signal: MinerSignal): boolean {
  return signal.id !== 'stratum-url' || STRATUM_HOST.test(signal.label);
}

/**
 * A command in a file is a miner when the process rules say so AND something besides the program's
 * name does: a name alone is a mention ("pkill -f xmrig", a comment naming Kinsing), not a miner run.
 */
export function isMinerCommand(signals: readonly MinerSignal[]): boolean {
  if (!isMiner(signals)) return false;
  const NAME_IDS = new Set(['miner-program', 'miner-malware', 'miner-program-ambiguous', 'campaign-name']);
  const other = signals.filter(
    (s) =>
      !NAME_IDS.has(s.id) && s.id !== 'high-cpu' && s.id !== 'suspicious-location' && s.id !== 'pool-port',
  );
  return other.reduce((sum, s) => sum + s.weight, 0) >= 2;
}

function maskWallets(text: string): string {
  return text
    .replace(MONERO_IN_TEXT, (w) => maskWallet(w))
    .replace(/\b0x[0-9a-fA-F]{40}\b/g, (w) => maskWallet(w));
}

function excerptOf(line: string): string {
  const trimmed = line.trim();
  const cut = trimmed.length > EXCERPT_CHARS ? `${trimmed.slice(0, EXCERPT_CHARS - 1)}…` : trimmed;
  return maskWallets(cut);
}

/** The host name around offset `at` (the keyword hit), with the port right after it, if any. */
function hostAround(text: string, at: number): { host: string; port: number | null; end: number } | null {
  let start = at;
  while (start > 0 && HOST_CHAR.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && HOST_CHAR.test(text[end]!)) end++;
  const host = text.slice(start, end).replace(/^[.-]+|[.-]+$/g, '');
  if (!host.includes('.')) return null;
  let port: number | null = null;
  const after = /^:(\d{2,5})(?!\d)/.exec(text.slice(end, end + 7));
  if (after) port = Number(after[1]);
  return { host, port, end };
}

interface LineInfo {
  start: number;
  end: number;
}

function lineBounds(text: string, at: number): LineInfo {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  // A megabyte-long line (minified JS, one-line JSON): a window around the hit.
  if (end - start > LINE_WINDOW) {
    return { start: Math.max(start, at - LINE_WINDOW / 2), end: Math.min(end, at + LINE_WINDOW / 2) };
  }
  return { start, end };
}

function stringValues(text: string, key: string): string[] {
  const re = new RegExp(
    `"${escapeLiteral(key)}"[ \\t\\r\\n]*:[ \\t\\r\\n]*"((?:[^"\\\\\\n]|\\\\.){0,512})"`,
    'g',
  );
  return [...text.matchAll(re)].map((m) => m[1]!);
}

function hasKey(text: string, key: string): boolean {
  return text.includes(`"${key}"`);
}

/** Is a pool url (stratum URL, or host:port of a known pool)? Returns a short label. */
function poolUrlLabel(url: string): string | null {
  const stratum = /^stratum\d?\+(?:tcp|ssl|tls|ws|wss|udp):\/\//i.test(url);
  const m = HOST_PORT.exec(url);
  const host = m?.[1];
  const entry = host ? poolEntryFor(host) : undefined;
  if (stratum) return url.length > 120 ? `${url.slice(0, 119)}…` : url;
  if (entry && m) return `${m[1]!}:${m[2]!}`;
  return null;
}

function scanConfig(text: string, file: FileInfo, lineOf: (i: number) => number): Detection[] {
  const pools = /"pools"[ \t\r\n]*:[ \t\r\n]*\[/.exec(text);
  const urls = stringValues(text, 'url');
  if (urls.length === 0) return [];
  const users = stringValues(text, 'user');
  const xmrigKeys = XMRIG_KEYS.filter((k) => hasKey(text, k));
  const poolUrls = urls.map(poolUrlLabel).filter((x): x is string => x !== null);
  const wallets = users.filter((u) => walletKind(u) !== null);
  const at = pools ? pools.index : text.indexOf('"url"');
  const line = lineOf(at);
  const urlLabel = urls[0]!.length > 120 ? `${urls[0]!.slice(0, 119)}…` : urls[0]!;
  if (pools && xmrigKeys.length > 0) {
    const reasons = [
      `pools[].url ${urlLabel}`,
      ...xmrigKeys.slice(0, 4).map((k) => `"${k}"`),
      ...(poolUrls.length > 0 ? ['known pool or stratum url'] : []),
      ...wallets.slice(0, 2).map((w) => `wallet ${walletKind(w)!} ${maskWallet(w)}`),
    ];
    const score = Math.min(
      1,
      0.6 + 0.1 * xmrigKeys.length + (poolUrls.length > 0 ? 0.2 : 0) + (wallets.length > 0 ? 0.2 : 0),
    );
    return [
      {
        detector: MINING_DETECTOR_ID,
        rule: 'xmrig-config',
        path: file.path,
        line,
        score,
        reasons,
        excerpt: maskWallets(`"url": "${urlLabel}"`),
      },
    ];
  }
  // Another miner's JSON: a stratum / pool url with a login (cpuminer: url+user+pass; cgminer: pools[]).
  if (poolUrls.length > 0 && (users.length > 0 || hasKey(text, 'pass') || hasKey(text, 'algo'))) {
    const reasons = [
      `url ${poolUrls[0]!}`,
      ...(pools ? ['"pools" list'] : []),
      ...(hasKey(text, 'algo') ? ['"algo"'] : []),
      ...wallets.slice(0, 2).map((w) => `wallet ${walletKind(w)!} ${maskWallet(w)}`),
    ];
    return [
      {
        detector: MINING_DETECTOR_ID,
        rule: 'miner-config',
        path: file.path,
        line,
        score: wallets.length > 0 ? 1 : 0.8,
        reasons,
        excerpt: maskWallets(`"url": "${poolUrls[0]!}"`),
      },
    ];
  }
  return [];
}

function scanElf(text: string, file: FileInfo): Detection[] {
  const families: string[] = [];
  const samples: string[] = [];
  for (const marker of ELF_MARKERS) {
    const m = marker.re.exec(text);
    if (m) {
      families.push(marker.family);
      samples.push(`${marker.family}: ${m[0]}`);
    }
  }
  if (families.length === 0) return [];
  return [
    {
      detector: MINING_DETECTOR_ID,
      rule: 'miner-binary',
      path: file.path,
      score: families.length / ELF_MARKERS.length,
      reasons: samples,
    },
  ];
}

function scanText(text: string, file: FileInfo, firstLine: number): Detection[] {
  const out: Detection[] = [];
  const lineOf = lineCounter(text, firstLine);
  const doc = DOC_EXT.test(file.path);
  const web = WEB_EXT.test(file.path);

  if (
    web &&
    (text.includes('oin') ||
      text.includes('CRLT') ||
      text.includes('Miner') ||
      text.includes('minero') ||
      text.includes('Client.Anonymous'))
  ) {
    BROWSER_MINER_RE.lastIndex = 0;
    const m = BROWSER_MINER_RE.exec(text);
    if (m) {
      const line = lineBounds(text, m.index);
      out.push({
        detector: MINING_DETECTOR_ID,
        rule: 'browser-miner',
        path: file.path,
        line: lineOf(m.index),
        score: 0.9,
        reasons: [`loads an in-browser miner (${m[0].slice(0, 60)})`],
        excerpt: excerptOf(text.slice(line.start, line.end)),
      });
    }
  }

  // Candidate lines: those holding a trigger keyword or a Monero address.
  const hits: number[] = [];
  if (mayHaveTrigger(text)) {
    TRIGGER_RE.lastIndex = 0;
    for (let m = TRIGGER_RE.exec(text); m; m = TRIGGER_RE.exec(text)) hits.push(m.index);
  }
  const wallets: { index: number; address: string }[] = [];
  if (!doc) {
    MONERO_IN_TEXT.lastIndex = 0;
    for (let m = MONERO_IN_TEXT.exec(text); m && wallets.length < 100; m = MONERO_IN_TEXT.exec(text)) {
      wallets.push({ index: m.index, address: m[0] });
      hits.push(m.index);
    }
  }
  if (hits.length === 0) return out;
  hits.sort((a, b) => a - b);

  if (!doc && (text.includes('"url"') || text.includes('"pools"')))
    out.push(...scanConfig(text, file, lineOf));
  if (doc) return out;

  // Pool hosts named anywhere in the chunk (for the list heuristic) and per line.
  const lines = new Map<number, LineInfo>();
  for (const at of hits) {
    const bounds = lineBounds(text, at);
    if (!lines.has(bounds.start)) lines.set(bounds.start, bounds);
  }
  const poolsNamed = new Set<string>();
  const perLine: {
    bounds: LineInfo;
    stratum: string[];
    pools: { host: string; port: number | null; entry: string }[];
  }[] = [];
  for (const bounds of lines.values()) {
    const slice = text.slice(bounds.start, bounds.end);
    const stratum = [...slice.matchAll(STRATUM_RE)].map((m) => m[0]);
    const pools: { host: string; port: number | null; entry: string }[] = [];
    TRIGGER_RE.lastIndex = 0;
    let lastEnd = -1;
    for (let m = TRIGGER_RE.exec(slice); m; m = TRIGGER_RE.exec(slice)) {
      if (m.index < lastEnd) continue;
      const around = hostAround(slice, m.index);
      if (!around) continue;
      lastEnd = around.end;
      const entry = poolEntryFor(around.host);
      if (!entry) continue;
      poolsNamed.add(entry);
      pools.push({ ...around, entry });
    }
    perLine.push({ bounds, stratum, pools });
  }
  const listLike = poolsNamed.size >= LIST_LIKE_POOLS;
  // Inside a miner configuration, its urls are part of that one detection.
  const configFound = out.some((d) => d.rule === 'xmrig-config' || d.rule === 'miner-config');

  // Inside a miner configuration, its lines are part of that one detection.
  if (configFound) return out;
  for (const { bounds, stratum, pools } of perLine) {
    const slice = text.slice(bounds.start, bounds.end);
    const line = lineOf(bounds.start);
    const lineWallets = wallets.filter((w) => w.index >= bounds.start && w.index < bounds.end);
    // A command that runs a miner (scored by the process rules, plus a pool port).
    let command: Detection | null = null;
    for (const segment of shellSegments(slice)) {
      const words = commandWords(segment);
      if (words.length < 2) continue;
      const signals = [...minerSignals(asProcess(words)), ...fileSignals(words)].filter(validSignal);
      if (!isMinerCommand(signals)) continue;
      command = {
        detector: MINING_DETECTOR_ID,
        rule: 'miner-command',
        path: file.path,
        line,
        score: Math.min(1, signals.reduce((s, x) => s + x.weight, 0) / 6),
        reasons: signals.map((s) => maskWallets(s.label.replace(/[,;)\]}]+$/, ''))),
        excerpt: excerptOf(slice),
      };
      break;
    }
    if (command) {
      out.push(command);
      continue;
    }
    if (listLike) continue;
    const reasons: string[] = [];
    if (stratum.length > 0) reasons.push(`stratum URL ${maskWallets(stratum[0]!.slice(0, 120))}`);
    const withPort = pools.filter((p) => p.port !== null);
    if (withPort.length > 0) reasons.push(`pool ${withPort[0]!.host}:${String(withPort[0]!.port)}`);
    if (reasons.length === 0) continue;
    for (const w of lineWallets.slice(0, 2)) reasons.push(`wallet monero ${maskWallet(w.address)}`);
    out.push({
      detector: MINING_DETECTOR_ID,
      rule: stratum.length > 0 ? 'stratum-url' : 'pool-address',
      path: file.path,
      line,
      score: stratum.length > 0 ? 0.8 : 0.6,
      reasons,
      excerpt: excerptOf(slice),
    });
  }
  return out;
}

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);

export const miningDetector = defineDetector({
  id: MINING_DETECTOR_ID,
  patterns: MINING_PATTERNS,
  keywords: MINING_KEYWORDS,
  wants(file, head) {
    if (head.subarray(0, 4).equals(ELF_MAGIC)) return file.size <= MAX_ELF_BYTES;
    if (head.includes(0)) return false;
    if (SKIP_EXT.test(file.path)) return false;
    return file.compressed === 'gzip' || file.size <= MAX_TEXT_BYTES;
  },
  scan(text, file, firstLine) {
    if (file.binary) return scanElf(text, file);
    return scanText(text, file, firstLine);
  },
});

/** For tests and docs: the pool table sizes. */
export const POOL_TABLE = { domains: POOL_DOMAINS.length, hosts: POOL_HOSTS.length };
