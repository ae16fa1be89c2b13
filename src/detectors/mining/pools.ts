/**
 * Mining pools, as data: domains (matched on label boundaries: `nanopool.org` covers
 * `xmr-eu1.nanopool.org`) and ports. The table covers every domain and port of Falco's
 * `miner_domains` / `miner_ports` lists (a test reads ../shared/eval/falco/miner-lists.yaml and checks
 * it) and adds the pools that Falco lacks. The process check's list (miner-rules.ts) is included, not copied.
 */
import { POOL_DOMAINS as PROCESS_POOL_DOMAINS } from '../../checks/processes/process-miner-running/miner-rules.ts';

/** Registrable domains of public mining pools (each covers its sub-domains). */
const EXTRA_POOL_DOMAINS: readonly string[] = [
  // Falco's list, reduced to registrable domains.
  'ethpool.org',
  'minexmr.com',
  'slushpool.com',
  'dwarfpool.com',
  'nanopool.org',
  'ethermine.org',
  'moneropool.com',
  'xmrpool.net',
  'hashvault.pro',
  'supportxmr.com',
  'antpool.com',
  'crypto-pool.fr',
  'minergate.com',
  'unmineable.com',
  // Others in common use by miners and cryptojacking campaigns.
  'viabtc.com',
  'viabtc.top',
  'poolin.com',
  'poolin.me',
  'sparkpool.com',
  'flexpool.io',
  'hiveon.net',
  'hiveon.com',
  'woolypooly.com',
  'zergpool.com',
  'prohashing.com',
  'miningpoolhub.com',
  'suprnova.cc',
  'emcd.io',
  'gntl.uk',
  'xmrfast.com',
  'moneroocean.stream',
  'monerod.org',
  'xmrpool.de',
  'ekapool.com',
  'bohemianpool.com',
  'skypool.org',
  'skypool.co',
  'dxpool.com',
  'dxpool.net',
  'k1pool.com',
  'solopool.org',
  'herominers.com',
  'c3pool.org',
  'rplant.xyz',
  'zeropool.io',
  'luckpool.net',
  'acc-pool.pw',
  'mining4people.com',
  'pool-pay.com',
  'baikalmine.com',
  'ezil.me',
  'binance-pool.com',
  'huobipool.com',
  'okpool.me',
  'e4pool.com',
  'minerall.io',
  'cryptoknight.cc',
  'xmr.pt',
];

/** Single hosts (their parent domain is not a pool). */
export const POOL_HOSTS: readonly string[] = [
  'donate.v2.xmrig.com',
  'donate.ssl.xmrig.com',
  'pool.binance.com',
  'stratum.kano.is',
  'ss.btc.com',
  'stratum.braiins.com',
];

export const POOL_DOMAINS: readonly string[] = [
  ...new Set([...PROCESS_POOL_DOMAINS, ...EXTRA_POOL_DOMAINS]),
].sort();

/**
 * Pool ports that ordinary services hardly use: an outbound connection to one of them is a signal on
 * its own. (Falco's list plus the ports of the large Monero pools.)
 */
export const STRONG_POOL_PORTS: readonly number[] = [
  3333, 3334, 3335, 3336, 3357, 4444, 5555, 5556, 5588, 5730, 6099, 7777, 7778, 13333, 14433, 14444, 15555,
  17777,
];

/**
 * Pool ports that are also common service ports (SMTP, HTTP alternates, proxies, Bitcoin P2P) or fall in
 * Linux's ephemeral range: a connection to one counts only when the process is a known miner.
 */
export const WEAK_POOL_PORTS: readonly number[] = [
  25, 1111, 2222, 6666, 8000, 8001, 8008, 8080, 8118, 8333, 8888, 8899, 9000, 9332, 9999, 10001, 10128, 10343,
  12222, 19999, 20535, 20580, 45560, 45700,
];

export const POOL_PORTS: readonly number[] = [...STRONG_POOL_PORTS, ...WEAK_POOL_PORTS].sort((a, b) => a - b);

const HOSTS = new Set(POOL_HOSTS);
const DOMAINS = new Set(POOL_DOMAINS);

/** The pool entry covering a host name (exact host, or a domain it belongs to), or undefined. */
export function poolEntryFor(host: string): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (HOSTS.has(h)) return h;
  let at = 0;
  for (;;) {
    const candidate = h.slice(at);
    if (DOMAINS.has(candidate)) return candidate;
    const dot = h.indexOf('.', at);
    if (dot < 0) return undefined;
    at = dot + 1;
  }
}

/**
 * The distinctive label of every pool domain (`supportxmr` of `supportxmr.com`): literal keywords that
 * must occur in any text naming a pool, used as the cheap pre-filter before host names are extracted.
 */
export function poolKeywords(): string[] {
  const labels = new Set<string>();
  for (const entry of [...POOL_DOMAINS, ...POOL_HOSTS]) {
    const parts = entry.split('.');
    // The label before the public suffix; for hosts, the registrable label too.
    const label = parts.length >= 2 ? parts[parts.length - 2]! : parts[0]!;
    labels.add(label.length >= 4 ? label : entry);
  }
  return [...labels].sort();
}
