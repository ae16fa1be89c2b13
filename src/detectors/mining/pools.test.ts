/**
 * Our pool table against Falco's lists (../shared/eval/falco/miner-lists.yaml, read in place, never
 * copied): every domain and port Falco lists must be covered, and we print how many more we have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  POOL_DOMAINS,
  POOL_HOSTS,
  POOL_PORTS,
  STRONG_POOL_PORTS,
  WEAK_POOL_PORTS,
  poolEntryFor,
  poolKeywords,
} from './pools.ts';
import { sharedEval } from '../../../test/shared-eval.ts';

const FALCO = sharedEval('falco/miner-lists.yaml');

/** A minimal reader of Falco's `- list: name` / `items: [a, "b", …]` syntax (items may span lines). */
export function readFalcoLists(text: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const re = /^- list:[ \t]*([\w-]+)[ \t]*\n[ \t]*items:[ \t]*\[([^\]]*)\]/gm;
  for (const m of text.matchAll(re)) {
    const items = m[2]!
      .split(',')
      .map((s) => s.trim().replace(/^["']|["']$/g, ''))
      .filter((s) => s !== '');
    lists.set(m[1]!, items);
  }
  return lists;
}

describe('the Falco list reader', () => {
  it('reads quoted, bare, multi-line items', () => {
    const lists = readFalcoLists(
      '- list: a\n  items: [1, 2,\n   3]\n\n- list: b\n  items: [\n "x.com","y.org" ]\n',
    );
    expect(lists.get('a')).toEqual(['1', '2', '3']);
    expect(lists.get('b')).toEqual(['x.com', 'y.org']);
  });
});

describe('pool table coverage against Falco', () => {
  const lists = readFalcoLists(readFileSync(FALCO, 'utf8'));
  const falcoDomains = [
    ...new Set([
      ...(lists.get('miner_domains') ?? []),
      ...(lists.get('https_miner_domains') ?? []),
      ...(lists.get('http_miner_domains') ?? []),
    ]),
  ];
  const falcoPorts = (lists.get('miner_ports') ?? []).map(Number);

  it('read the lists', () => {
    expect(falcoDomains.length).toBeGreaterThan(50);
    expect(falcoPorts.length).toBeGreaterThan(20);
  });

  it('covers every Falco domain', () => {
    expect(falcoDomains.filter((d) => poolEntryFor(d) === undefined)).toEqual([]);
  });

  it('covers every Falco port, and sorts each into strong or weak', () => {
    expect(falcoPorts.filter((p) => !POOL_PORTS.includes(p))).toEqual([]);
    expect(STRONG_POOL_PORTS.filter((p) => WEAK_POOL_PORTS.includes(p))).toEqual([]);
  });

  it('prints how our table compares', () => {
    const entries = [...POOL_DOMAINS, ...POOL_HOSTS];
    const used = new Set(falcoDomains.map((d) => poolEntryFor(d)));
    const extraEntries = entries.filter((e) => !used.has(e));
    const extraPorts = POOL_PORTS.filter((p) => !falcoPorts.includes(p));
    console.log(
      `pool table: ${entries.length} entries (${POOL_DOMAINS.length} domains, ${POOL_HOSTS.length} hosts) cover Falco's ${falcoDomains.length} domain names ` +
        `through ${used.size} of them; ${extraEntries.length} entries cover pools Falco does not list. ` +
        `Ports: ${POOL_PORTS.length} (${STRONG_POOL_PORTS.length} strong, ${WEAK_POOL_PORTS.length} weak) vs Falco's ${falcoPorts.length}; ${extraPorts.length} extra.`,
    );
    expect(extraEntries.length).toBeGreaterThan(0);
  });
});

describe('poolEntryFor', () => {
  it.each([
    ['xmr-eu1.nanopool.org', 'nanopool.org'],
    ['POOL.SUPPORTXMR.COM.', 'supportxmr.com'],
    ['donate.v2.xmrig.com', 'donate.v2.xmrig.com'],
    ['www.xmrig.com', undefined],
    ['notnanopool.org', undefined],
    ['nanopool.org.evil.example', undefined],
    ['example.com', undefined],
  ])('%s → %s', (host, entry) => expect(poolEntryFor(host)).toBe(entry));

  it('has a keyword for every entry (the pre-filter can never hide a pool)', () => {
    const keywords = poolKeywords();
    for (const entry of [...POOL_DOMAINS, ...POOL_HOSTS])
      expect(
        keywords.some((k) => entry.includes(k)),
        entry,
      ).toBe(true);
  });
});
