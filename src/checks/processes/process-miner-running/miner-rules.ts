/**
 * Crypto-miner recognition rules, as data. A process is scored over several independent signals — its
 * program name, its command line, where it runs from, how busy it keeps a CPU — and reported only when
 * the score reaches MINER_THRESHOLD. No single weak token is enough: a campaign name such as "sysupdate"
 * or a high CPU share only counts when other signals agree.
 */
import type { ProcessInfo } from '../../../collectors/processes/processes.types.ts';
import { argv0Path, basename, hiddenComponent, tempDirOf } from '../process-facts.ts';

export const MINER_THRESHOLD = 3;

/** A signal that matched, with a short language-neutral label for the report ("name=xmrig"). */
export interface MinerSignal {
  id: string;
  weight: number;
  label: string;
}

interface NameRule {
  id: string;
  /** Matched against the exe base name, the comm name and the argv[0] base name (case-insensitive). */
  pattern: RegExp;
  weight: number;
}

/**
 * Program names. Distinctive miner programs score 3 on their own (running one is the finding); names
 * that are also ordinary words score 2; names used by known cryptojacking campaigns for renamed copies
 * score 1 and need other signals.
 */
export const NAME_RULES: readonly NameRule[] = [
  { id: 'miner-program', weight: 3, pattern: /^xmrig(?:[-_.].*)?$/i },
  { id: 'miner-program', weight: 3, pattern: /^xmr-stak(?:[-_.].*)?$/i },
  {
    id: 'miner-program',
    weight: 3,
    pattern:
      /^(?:cpuminer|ccminer|cgminer|bfgminer|ethminer|nbminer|lolminer|phoenixminer|nanominer|teamredminer|srbminer(?:-multi)?|gminer|xmrminer|minergate(?:-cli)?)(?:[-_.].*)?$/i,
  },
  // Malware families that are miners (Kinsing drops kdevtmpfsi; kthreaddk/kthreaddi imitate kthreadd).
  { id: 'miner-malware', weight: 3, pattern: /^(?:kdevtmpfsi|kinsing|kthreadd[a-z]|kworkerds|kswapd0x?)$/i },
  { id: 'miner-program-ambiguous', weight: 2, pattern: /^(?:minerd|t-rex|miner)$/i },
  {
    id: 'campaign-name',
    weight: 1,
    pattern: /^(?:sysupdate|networkservice|sysguard|dbused|watchbog|kerberods|khugepageds|ksoftirqds)$/i,
  },
];

/** Mining pool protocol URLs: the strongest command-line signal. */
const STRATUM = /\bstratum\d?\+(?:tcp|ssl|tls|ws|wss):\/\/[^\s"']+/i;

/** Pool host names of public mining pools (suffix match on the host). */
export const POOL_DOMAINS: readonly string[] = [
  'supportxmr.com',
  'minexmr.com',
  'nanopool.org',
  '2miners.com',
  'f2pool.com',
  'hashvault.pro',
  'moneroocean.stream',
  'c3pool.com',
  'herominers.com',
  'nicehash.com',
  'ethermine.org',
  'unmineable.com',
  'xmrpool.eu',
  'minergate.com',
  'monerohash.com',
  'dwarfpool.com',
  'p2pool.io',
  'kryptex.network',
  'zpool.ca',
  'mining-dutch.nl',
];

/** Miner-only options: each scores 1, together at most 2. */
export const MINER_FLAGS: readonly { flag: RegExp; label: string }[] = [
  { flag: /^--cpu-priority(?:=|$)/, label: '--cpu-priority' },
  { flag: /^--randomx(?:-[a-z0-9-]+)?(?:=|$)/, label: '--randomx' },
  { flag: /^--cpu-max-threads-hint(?:=|$)/, label: '--cpu-max-threads-hint' },
  { flag: /^--max-cpu-usage(?:=|$)/, label: '--max-cpu-usage' },
  { flag: /^--coin(?:=|$)/, label: '--coin' },
  { flag: /^--rig-id(?:=|$)/, label: '--rig-id' },
  { flag: /^--nicehash$/, label: '--nicehash' },
  { flag: /^--(?:algo|algorithm)(?:=|$)/, label: '--algo' },
];

/** Mining algorithm names given to -a / --algo. */
const ALGORITHMS =
  /^(?:rx\/\S+|randomx|cn(?:\/\S+)?|cryptonight\S*|argon2\/\S+|kawpow|ethash|etchash|autolykos2?|octopus|ghostrider|equihash\S*|sha256d|scrypt|x16r\S*|yescrypt\S*)$/i;

/** A Monero address (standard 95 characters, or integrated 106), base58. */
const MONERO_WALLET = /^[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?$/;
/** A generic payout account for -u: long base58/hex/bech32-like token, optionally ".worker". */
const WALLET_LIKE =
  /^(?:0x[0-9a-fA-F]{40}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[0-9a-z]{25,60}|[1-9A-HJ-NP-Za-km-z]{40,})(?:[.+/][\w-]+)?$/;
const HOST_PORT = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([a-z0-9.-]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3}):(\d{2,5})$/i;

export const HIGH_CPU_SHARE = 0.8;

function value(args: readonly string[], i: number, names: readonly string[]): string | undefined {
  const arg = args[i]!;
  for (const name of names) {
    if (arg === name) return args[i + 1];
    if (name.startsWith('--') && arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

function poolDomainIn(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const domain of POOL_DOMAINS) {
    const at = lower.indexOf(domain);
    if (at < 0) continue;
    const before = at === 0 ? '' : lower[at - 1]!;
    if (before === '' || /[./@:\s"'=]/.test(before)) return domain;
  }
  return undefined;
}

/** The words of a command line; a title rewritten into argv[0] is split on spaces too. */
function words(p: ProcessInfo): string[] {
  return p.cmdline.flatMap((a, i) => (i === 0 ? a.trim().split(/\s+/) : [a])).filter((w) => w !== '');
}

export function minerSignals(p: ProcessInfo): MinerSignal[] {
  const signals: MinerSignal[] = [];
  const names = new Set(
    [
      p.exe ? basename(p.exe) : '',
      p.name,
      basename(argv0Path(p) ?? (p.cmdline[0] ?? '').trim().split(/\s+/)[0] ?? ''),
    ].filter((n) => n !== ''),
  );
  let bestName: MinerSignal | undefined;
  for (const rule of NAME_RULES) {
    for (const name of names) {
      if (rule.pattern.test(name) && (!bestName || rule.weight > bestName.weight)) {
        bestName = { id: rule.id, weight: rule.weight, label: `name=${name}` };
      }
    }
  }
  if (bestName) signals.push(bestName);

  const args = words(p);
  const line = args.join(' ');
  const stratum = STRATUM.exec(line);
  if (stratum) signals.push({ id: 'stratum-url', weight: 3, label: stratum[0] });
  const pool = poolDomainIn(line);
  if (pool) signals.push({ id: 'pool-domain', weight: 2, label: `pool=${pool}` });
  if (args.some((a) => a === '--donate-level' || a.startsWith('--donate-level='))) {
    signals.push({ id: 'donate-level', weight: 2, label: '--donate-level' });
  }

  let poolArg: string | undefined;
  let user: string | undefined;
  let wallet = false;
  let flagScore = 0;
  const flagLabels: string[] = [];
  args.forEach((arg, i) => {
    poolArg ??= value(args, i, ['-o', '--url']);
    user ??= value(args, i, ['-u', '--user', '--wallet']);
    if (MONERO_WALLET.test(arg)) wallet = true;
    const algo = value(args, i, ['-a', '--algo', '--algorithm']);
    for (const f of MINER_FLAGS) {
      if (f.flag.test(arg) && !flagLabels.includes(f.label)) {
        if (f.label === '--algo' && !(algo && ALGORITHMS.test(algo))) continue;
        flagLabels.push(f.label);
        flagScore++;
      }
    }
    if (arg === '-a' && algo && ALGORITHMS.test(algo) && !flagLabels.includes(`-a ${algo}`)) {
      flagLabels.push(`-a ${algo}`);
      flagScore++;
    }
  });
  const poolHost = poolArg ? HOST_PORT.exec(poolArg) : null;
  if (poolHost && user && (WALLET_LIKE.test(user) || MONERO_WALLET.test(user))) {
    signals.push({ id: 'pool-and-wallet', weight: 2, label: `-o ${poolHost[1]}:${poolHost[2]} -u <wallet>` });
  } else if (wallet) {
    signals.push({ id: 'wallet', weight: 2, label: 'monero-wallet' });
  }
  if (flagScore > 0)
    signals.push({ id: 'miner-flags', weight: Math.min(flagScore, 2), label: flagLabels.join(' ') });

  // Supporting signals only: they never reach the threshold by themselves (1 + 1 < 3).
  if (p.cpuShare !== null && p.cpuShare >= HIGH_CPU_SHARE) {
    signals.push({ id: 'high-cpu', weight: 1, label: `cpu=${p.cpuShare.toFixed(2)}` });
  }
  const path = p.exe ?? argv0Path(p);
  if (p.exeDeleted || (path !== null && (tempDirOf(path) !== null || hiddenComponent(path) !== null))) {
    signals.push({
      id: 'suspicious-location',
      weight: 1,
      label: p.exeDeleted ? 'exe-deleted' : `exe=${path}`,
    });
  }
  return signals;
}

export function minerScore(signals: readonly MinerSignal[]): number {
  return signals.reduce((sum, s) => sum + s.weight, 0);
}

/** Supporting signals (cpu, location) alone can never make a miner, whatever the threshold. */
export function isMiner(signals: readonly MinerSignal[]): boolean {
  const primary = signals.filter((s) => s.id !== 'high-cpu' && s.id !== 'suspicious-location');
  return primary.length > 0 && minerScore(signals) >= MINER_THRESHOLD;
}
