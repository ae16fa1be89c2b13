/**
 * The host firewall: nftables, iptables (Debian and RHEL rule files), ufw and firewalld configs, and the
 * live kernel state (`nft list ruleset`, `iptables-save`, `ip6tables-save`) when scanning "/".
 * Parsing and the reduction are pure (parse-*.ts, reduce.ts); this file only reads.
 */
import path from 'node:path';
import { at, defineCollector, type CollectContext } from '../../core/collector.ts';
import type { AllowedCommand } from '../../host/exec.ts';
import type { FirewallActivation, FirewallRuleset, FirewallSection, LiveStatus } from './firewall.types.ts';
import {
  BUILTIN_FIREWALLD_SERVICES,
  BUILTIN_ZONES,
  firewalldRuleset,
  isSafeName,
  parseServicePorts,
  parseZone,
  type FirewalldZone,
} from './parse-firewalld.ts';
import { iptablesRulesets, parseIptablesSave } from './parse-iptables.ts';
import { findNftIncludes, nftRulesets, parseNft, type NftSource } from './parse-nft.ts';
import { parseKeyValues, ufwRulesets } from './parse-ufw.ts';
import { parseServices, type PortRange, type Proto, type ServiceMap } from './ports.ts';
import { reduceFirewall } from './reduce.ts';

/** Where evidence from a live command is said to come from (it is not a file on the host). */
export function execWhere(command: AllowedCommand): string {
  return `exec:${command}`;
}

const WANTS_DIRS = [
  'multi-user.target.wants',
  'sysinit.target.wants',
  'basic.target.wants',
  'network-pre.target.wants',
  'network.target.wants',
];
const MAX_NFT_FILES = 256;
const MAX_NFT_INCLUDE_DEPTH = 16;

/** Reads through the context, remembering whether any existing file could not be read. */
class Reader {
  complete = true;
  private readonly listings = new Map<string, Promise<string[] | undefined>>();
  private readonly ctx: CollectContext;

  constructor(ctx: CollectContext) {
    this.ctx = ctx;
  }

  async text(hostPath: string): Promise<string | undefined> {
    const r = await this.ctx.root.readText(hostPath);
    if (r.ok) return r.text;
    if (!r.missing) {
      this.complete = false;
      this.ctx.noteFailure(hostPath, r);
    }
    return undefined;
  }

  /** Entry names of a directory (cached), or undefined when it does not exist or cannot be read. */
  list(hostPath: string): Promise<string[] | undefined> {
    let cached = this.listings.get(hostPath);
    if (!cached) {
      cached = this.ctx.root.list(hostPath).then((r) => {
        if (r.ok) return r.entries.map((e) => e.name);
        if (!r.missing) {
          this.complete = false;
          this.ctx.noteFailure(hostPath, r);
        }
        return undefined;
      });
      this.listings.set(hostPath, cached);
    }
    return cached;
  }

  /**
   * Whether systemd starts a unit at boot: a link in a *.wants directory under /etc/systemd/system
   * ('enabled'), masked or not linked ('not-enabled'), or no /etc/systemd/system to look at — not a
   * systemd host, or an image without it — in which case we cannot tell ('assumed': counted as loaded).
   */
  async unit(...names: string[]): Promise<FirewallActivation> {
    const base = '/etc/systemd/system';
    const top = await this.list(base);
    if (top === undefined) return 'assumed';
    for (const name of names) {
      if (top.includes(name)) {
        const link = await this.ctx.root.readLink(`${base}/${name}`);
        if (link.ok && link.target === '/dev/null') continue; // masked
      }
      for (const dir of WANTS_DIRS) {
        if (!top.includes(dir)) continue;
        if ((await this.list(`${base}/${dir}`))?.includes(name)) return 'enabled';
      }
    }
    return 'not-enabled';
  }
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/**
 * An nft include pattern → host paths, as nft resolves it: absolute as written; `./` and `../` against
 * the working directory of the service that loads it ("/"); a bare name in the default include
 * directory /etc. A glob (`*`, `?`, `[…]`, last component only) matches files not starting with a dot,
 * in alphabetical order; a directory means every file in it.
 */
async function resolveNftInclude(reader: Reader, pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/')
    ? pattern
    : pattern.startsWith('.')
      ? path.posix.join('/', pattern)
      : `/etc/${pattern}`;
  const dir = path.posix.dirname(absolute);
  const base = path.posix.basename(absolute);
  if (/[*?[]/.test(base)) {
    const re = globToRegExp(base);
    const names = (await reader.list(dir)) ?? [];
    return names.filter((n) => !n.startsWith('.') && re.test(n)).map((n) => path.posix.join(dir, n));
  }
  const asDir = await reader.list(absolute);
  if (asDir) return asDir.filter((n) => !n.startsWith('.')).map((n) => path.posix.join(absolute, n));
  return [absolute];
}

/** Read an nftables config and everything it includes; cycles become gaps, the parser skips them too. */
async function readNftConfig(ctx: CollectContext, reader: Reader, mainPath: string, mainText: string) {
  const files = new Map<string, string>([[mainPath, mainText]]);
  const resolved = new Map<string, string[]>();
  const fetch = async (from: string, text: string, chain: string[]): Promise<void> => {
    for (const inc of findNftIncludes(text)) {
      const key = `${from}\0${inc.pattern}`;
      if (resolved.has(key)) continue;
      const paths = await resolveNftInclude(reader, inc.pattern);
      resolved.set(key, paths);
      for (const p of paths) {
        if (chain.includes(p)) {
          ctx.gap(p, 'include-cycle', `included again from ${from}:${inc.line}`);
          reader.complete = false;
          continue;
        }
        if (files.has(p) || files.size >= MAX_NFT_FILES || chain.length >= MAX_NFT_INCLUDE_DEPTH) continue;
        const t = await reader.text(p);
        if (t === undefined) continue;
        files.set(p, t);
        await fetch(p, t, [...chain, p]);
      }
    }
  };
  await fetch(mainPath, mainText, [mainPath]);
  return parseNft({ path: mainPath, text: mainText }, (pattern, from) =>
    (resolved.get(`${from}\0${pattern}`) ?? []).flatMap((p): NftSource[] => {
      const text = files.get(p);
      return text === undefined ? [] : [{ path: p, text }];
    }),
  );
}

async function nftConfigs(
  ctx: CollectContext,
  reader: Reader,
  services: ServiceMap,
): Promise<FirewallRuleset[]> {
  const out: FirewallRuleset[] = [];
  // Debian loads /etc/nftables.conf, RHEL /etc/sysconfig/nftables.conf, both through nftables.service.
  for (const file of ['/etc/nftables.conf', '/etc/sysconfig/nftables.conf']) {
    const text = await reader.text(file);
    if (text === undefined) continue;
    const parsed = await readNftConfig(ctx, reader, file, text);
    out.push(
      ...nftRulesets(parsed, {
        source: 'nftables.conf',
        activation: await reader.unit('nftables.service'),
        services,
      }),
    );
  }
  return out;
}

async function iptablesConfigs(reader: Reader, services: ServiceMap): Promise<FirewallRuleset[]> {
  const files = [
    {
      file: '/etc/iptables/rules.v4',
      family: 'ipv4',
      source: 'iptables-rules',
      units: ['netfilter-persistent.service', 'iptables-persistent.service'],
    },
    {
      file: '/etc/iptables/rules.v6',
      family: 'ipv6',
      source: 'ip6tables-rules',
      units: ['netfilter-persistent.service', 'iptables-persistent.service'],
    },
    {
      file: '/etc/sysconfig/iptables',
      family: 'ipv4',
      source: 'iptables-rules',
      units: ['iptables.service'],
    },
    {
      file: '/etc/sysconfig/ip6tables',
      family: 'ipv6',
      source: 'ip6tables-rules',
      units: ['ip6tables.service'],
    },
  ] as const;
  const out: FirewallRuleset[] = [];
  for (const f of files) {
    const text = await reader.text(f.file);
    if (text === undefined) continue;
    const activation = await reader.unit(...f.units);
    out.push(
      ...iptablesRulesets(parseIptablesSave(text, f.file), {
        source: f.source,
        family: f.family,
        activation,
        services,
      }),
    );
  }
  return out;
}

async function ufwConfig(reader: Reader, services: ServiceMap): Promise<FirewallRuleset[]> {
  const confPath = '/etc/ufw/ufw.conf';
  const conf = await reader.text(confPath);
  if (conf === undefined) return [];
  const defaults = await reader.text('/etc/default/ufw');
  const rules4 = await reader.text('/etc/ufw/user.rules');
  const rules6 = await reader.text('/etc/ufw/user6.rules');
  return ufwRulesets({
    conf: { path: confPath, vars: parseKeyValues(conf, confPath) },
    defaults: defaults === undefined ? undefined : parseKeyValues(defaults, '/etc/default/ufw'),
    rules4: rules4 === undefined ? undefined : parseIptablesSave(rules4, '/etc/ufw/user.rules'),
    rules6: rules6 === undefined ? undefined : parseIptablesSave(rules6, '/etc/ufw/user6.rules'),
    services,
  });
}

async function readZone(reader: Reader, name: string): Promise<FirewalldZone | undefined> {
  if (!isSafeName(name)) return undefined;
  for (const dir of ['/etc/firewalld/zones', '/usr/lib/firewalld/zones']) {
    const file = `${dir}/${name}.xml`;
    const text = await reader.text(file);
    if (text !== undefined) return parseZone(text, file);
  }
  return undefined;
}

async function firewalldConfig(reader: Reader): Promise<FirewallRuleset[]> {
  const confPath = '/etc/firewalld/firewalld.conf';
  const conf = await reader.text(confPath);
  const activation = await reader.unit('firewalld.service');
  // Not installed: no config and no unit link.
  if (conf === undefined && activation !== 'enabled') return [];
  const vars = conf === undefined ? undefined : parseKeyValues(conf, confPath);
  const chosen = vars?.get('DefaultZone');
  const name = chosen?.value || 'public';
  const where = chosen?.where ?? at(confPath);
  const builtin = BUILTIN_ZONES[name];
  const defaultZone: FirewalldZone = (await readZone(reader, name)) ?? {
    where,
    target: builtin?.target ?? 'default',
    services: (builtin?.services ?? []).map((s) => ({ name: s, where })),
    ports: [],
    interfaces: [],
    sources: [],
  };
  const boundZones: { name: string; zone: FirewalldZone }[] = [];
  for (const file of (await reader.list('/etc/firewalld/zones')) ?? []) {
    const zoneName = file.replace(/\.xml$/, '');
    if (!file.endsWith('.xml') || zoneName === name) continue;
    const zone = await readZone(reader, zoneName);
    if (zone && zone.interfaces.length > 0) boundZones.push({ name: zoneName, zone });
  }
  const services = new Map<string, { range: PortRange; proto: Proto }[]>();
  for (const zone of [defaultZone, ...boundZones.map((b) => b.zone)]) {
    for (const s of zone.services) {
      if (services.has(s.name) || !isSafeName(s.name)) continue;
      let ports = BUILTIN_FIREWALLD_SERVICES[s.name] ?? [];
      for (const dir of ['/etc/firewalld/services', '/usr/lib/firewalld/services']) {
        const text = await reader.text(`${dir}/${s.name}.xml`);
        if (text !== undefined) {
          ports = parseServicePorts(text);
          break;
        }
      }
      services.set(s.name, ports);
    }
  }
  return [firewalldRuleset({ where, activation, defaultZoneName: name, defaultZone, boundZones, services })];
}

interface LiveResult {
  status: LiveStatus;
  rulesets: FirewallRuleset[];
}

async function live(ctx: CollectContext, command: AllowedCommand, services: ServiceMap): Promise<LiveResult> {
  if (!ctx.exec) return { status: 'not-run', rulesets: [] };
  const outcome = await ctx.exec.run(command);
  // Not installed is a fact: no program on the host could have loaded rules of that kind into the kernel.
  if (!outcome.ok && outcome.notInstalled) return { status: 'not-installed', rulesets: [] };
  // Failed (e.g. permission denied when not root) or timed out: the kernel state is unknown — a gap.
  if (!outcome.ok) {
    ctx.gap(execWhere(command), outcome.reason, outcome.detail);
    return { status: 'failed', rulesets: [] };
  }
  const where = execWhere(command);
  if (command === 'nft list ruleset') {
    return {
      status: 'read',
      rulesets: nftRulesets(parseNft({ path: where, text: outcome.stdout }), {
        source: 'nft-live',
        activation: 'loaded',
        services,
      }),
    };
  }
  const family = command === 'iptables-save' ? 'ipv4' : 'ipv6';
  // iptables-nft warns when legacy (xtables) rules are also loaded; those are invisible to it and to nft,
  // and iptables-legacy-save is not allowlisted: what we read is only part of the kernel state.
  const legacy = /^# Warning: ip6?tables-legacy tables present/m.test(outcome.stdout);
  if (legacy) ctx.gap(where, 'truncated', 'legacy iptables tables present; their rules were not read');
  const source = command === 'iptables-save' ? 'iptables-live' : 'ip6tables-live';
  return {
    status: legacy ? 'failed' : 'read',
    rulesets: iptablesRulesets(parseIptablesSave(outcome.stdout, where), {
      source,
      family,
      activation: 'loaded',
      services,
    }),
  };
}

/** IPv6 on the host, from /proc/net/if_inet6 (one line per configured address). */
async function readIpv6(reader: Reader): Promise<boolean | null> {
  const text = await reader.text('/proc/net/if_inet6');
  if (text !== undefined) return text.trim().length > 0;
  return (await reader.list('/proc/net')) === undefined ? null : false;
}

export const firewallCollector = defineCollector({
  section: 'firewall',
  version: 1,
  async collect(ctx): Promise<FirewallSection> {
    const reader = new Reader(ctx);
    const servicesText = await reader.text('/etc/services');
    const services: ServiceMap = servicesText === undefined ? new Map() : parseServices(servicesText);
    const nft = await live(ctx, 'nft list ruleset', services);
    const ipt = await live(ctx, 'iptables-save', services);
    const ip6t = await live(ctx, 'ip6tables-save', services);
    const rulesets = [
      ...nft.rulesets,
      ...ipt.rulesets,
      ...ip6t.rulesets,
      ...(await nftConfigs(ctx, reader, services)),
      ...(await iptablesConfigs(reader, services)),
      ...(await ufwConfig(reader, services)),
      ...(await firewalldConfig(reader)),
    ];
    const ipv6 = await readIpv6(reader);
    return reduceFirewall({
      rulesets,
      live: { nft: nft.status, iptables: ipt.status, ip6tables: ip6t.status },
      filesComplete: reader.complete,
      ipv6,
    });
  },
});
