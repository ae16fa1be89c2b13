/**
 * iptables-save format: /etc/iptables/rules.v4|v6 (Debian), /etc/sysconfig/iptables|ip6tables (RHEL),
 * live `iptables-save` / `ip6tables-save` output and ufw's user.rules / user6.rules — one pure parser.
 *
 * Understood: `*table` … `COMMIT`, chain declarations `:INPUT DROP [0:0]` (`-` for user chains), rules
 * `-A CHAIN …` (and `-I CHAIN [n] …`, inserted first), counters `[p:b]` before a rule, quoting, `!`
 * negation. A rule's options become a RuleMatch: `-p`, `-s`, `-i`, `--dport`, `--dports`/`--ports`
 * (multiport), `--state`/`--ctstate`, ipset `--match-set NAME src`, `--src-range`, `--mac-source`;
 * options we do not model make the rule "other" (it still opens the ports it names). `-j`/`-g` give the
 * verdict; options after the target are the target's own (`--reject-with`, `--log-prefix`…).
 * Lines starting with `#` (ufw's `### tuple ###` comments included) are ignored. Nothing here throws.
 */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import {
  evaluateInput,
  NO_MATCH,
  type IrChain,
  type IrRule,
  type RuleMatch,
  type Verdict,
} from './evaluate.ts';
import type {
  FirewallActivation,
  FirewallFamily,
  FirewallRuleset,
  FirewallSource,
} from './firewall.types.ts';
import {
  ALL_PORTS,
  mergeRanges,
  parsePortRange,
  type PortRange,
  type Proto,
  type ServiceMap,
} from './ports.ts';

export interface IptablesChain {
  name: string;
  where: FileLine;
  /** Built-in chains: ACCEPT / DROP; user chains: undefined ("-"). */
  policy?: 'accept' | 'drop';
  rules: { args: string[]; where: FileLine }[];
}

export interface IptablesTable {
  name: string;
  where: FileLine;
  chains: Map<string, IptablesChain>;
}

export interface IptablesParse {
  tables: IptablesTable[];
}

/** Split a rule line into arguments, honouring "double" and 'single' quotes (no shell expansion). */
export function splitArgs(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) current += line[++i]!;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      if (inWord) out.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) out.push(current);
  return out;
}

export function parseIptablesSave(text: string, path: string): IptablesParse {
  const tables = new Map<string, IptablesTable>();
  let table: IptablesTable | undefined;
  const lines = text.split(/\r?\n/);
  const chainOf = (name: string, where: FileLine): IptablesChain | undefined => {
    if (!table) return undefined;
    let chain = table.chains.get(name);
    if (!chain) {
      chain = { name, where, rules: [] };
      table.chains.set(name, chain);
    }
    return chain;
  };
  for (let n = 0; n < lines.length; n++) {
    const where = at(path, n + 1);
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('*')) {
      const name = line.slice(1).trim();
      table = tables.get(name) ?? { name, where, chains: new Map() };
      tables.set(name, table);
      continue;
    }
    if (line === 'COMMIT') {
      table = undefined;
      continue;
    }
    if (line.startsWith(':')) {
      const [name, policy] = line.slice(1).trim().split(/\s+/);
      if (!name) continue;
      const chain = chainOf(name, where);
      if (chain) {
        chain.where = where;
        if (policy === 'ACCEPT') chain.policy = 'accept';
        else if (policy === 'DROP') chain.policy = 'drop';
      }
      continue;
    }
    let args = splitArgs(line);
    if (args[0] !== undefined && /^\[\d+:\d+\]$/.test(args[0])) args = args.slice(1);
    const op = args[0];
    const name = args[1];
    if ((op === '-A' || op === '--append' || op === '-I' || op === '--insert') && name) {
      const chain = chainOf(name, where);
      if (!chain) continue;
      let rest = args.slice(2);
      const insert = op === '-I' || op === '--insert';
      if (insert && rest[0] !== undefined && /^\d+$/.test(rest[0])) rest = rest.slice(1);
      if (insert) chain.rules.unshift({ args: rest, where });
      else chain.rules.push({ args: rest, where });
    } else if ((op === '-N' || op === '--new-chain') && name) {
      chainOf(name, where);
    } else if ((op === '-P' || op === '--policy') && name) {
      const chain = chainOf(name, where);
      if (chain && args[2] === 'ACCEPT') chain.policy = 'accept';
      else if (chain && args[2] === 'DROP') chain.policy = 'drop';
    }
  }
  return { tables: [...tables.values()] };
}

/** Options that take no value. */
const FLAGS = new Set([
  '--syn',
  '-f',
  '--fragment',
  '--set',
  '--rcheck',
  '--update',
  '--remove',
  '--rsource',
  '--rdest',
  '--rttl',
  '--reap',
]);
/** Options that only log, count or comment. */
const NEUTRAL = new Set(['-m', '--match', '--comment', '-c', '--set-counters']);
/** Options that rate-limit or track but do not narrow who may connect. */
const NON_NARROWING = new Set([
  '--limit',
  '--limit-burst',
  '--hashlimit',
  '--hashlimit-upto',
  '--hashlimit-burst',
  '--hashlimit-mode',
  '--hashlimit-name',
  '--hashlimit-htable-expire',
  '--connlimit-above',
  '--connlimit-upto',
]);
const MATCHES_AFTER_TARGET = new Set([
  '-s',
  '--source',
  '-i',
  '--in-interface',
  '--dport',
  '--destination-port',
  '--dports',
  '--destination-ports',
  '--ports',
  '--state',
  '--ctstate',
  '--match-set',
  '--src-range',
]);
const TERMINALS: Record<string, Verdict['kind'] | undefined> = {
  ACCEPT: 'accept',
  DROP: 'drop',
  REJECT: 'drop',
  TARPIT: 'drop',
  RETURN: 'return',
};

function protoOf(value: string): Proto | 'other' | 'any' {
  const v = value.toLowerCase();
  if (v === 'tcp' || v === '6') return 'tcp';
  if (v === 'udp' || v === '17') return 'udp';
  if (v === 'all' || v === '0') return 'any';
  return 'other';
}

function ports(value: string, services: ServiceMap | undefined, proto: Proto | undefined): PortRange[] {
  const out: PortRange[] = [];
  for (const part of value.split(',')) {
    const r = parsePortRange(part, ':', services, proto);
    if (!r) return [ALL_PORTS];
    out.push(r);
  }
  return mergeRanges(out);
}

/** One rule's arguments (after `-A CHAIN`) → what it matches and its verdict. */
export function interpretIptablesRule(
  args: readonly string[],
  chains: ReadonlySet<string>,
  services?: ServiceMap,
): { match: RuleMatch; verdict: Verdict } {
  const m: RuleMatch = { ...NO_MATCH };
  let verdict: Verdict = { kind: 'none' };
  let targetSeen = false;
  let proto: Proto | undefined;
  let i = 0;
  const values = (): string[] => {
    const out: string[] = [];
    while (
      i < args.length &&
      args[i] !== '!' &&
      !(args[i]!.startsWith('-') && args[i]!.length > 1 && !/^-\d/.test(args[i]!))
    ) {
      out.push(args[i++]!);
    }
    return out;
  };
  while (i < args.length) {
    let negated = false;
    if (args[i] === '!') {
      negated = true;
      i++;
    }
    const opt = args[i++];
    if (opt === undefined) break;
    if (FLAGS.has(opt)) {
      if (!targetSeen) {
        m.matched = true;
        m.other = true;
      }
      continue;
    }
    const vals = values();
    const v = vals[0] ?? '';
    if (opt === '-j' || opt === '--jump' || opt === '-g' || opt === '--goto') {
      targetSeen = true;
      const kind = TERMINALS[v];
      if (kind === 'accept' || kind === 'drop' || kind === 'return') verdict = { kind };
      else if (chains.has(v))
        verdict = { kind: opt === '-g' || opt === '--goto' ? 'goto' : 'jump', target: v };
      continue;
    }
    if (NEUTRAL.has(opt)) continue;
    if (opt === '-p' || opt === '--protocol') {
      const p = protoOf(v);
      if (p === 'any' && !negated) continue;
      m.matched = true;
      if (negated || p === 'any') m.other = true;
      else {
        m.protos = p === 'other' ? 'other' : [p];
        if (p !== 'other') proto = p;
      }
      continue;
    }
    // After the target, options belong to it (`--reject-with`, `--log-prefix`, `--set-mark`…) unless they are matches.
    if (targetSeen && !MATCHES_AFTER_TARGET.has(opt)) continue;
    m.matched = true;
    switch (opt) {
      case '-s':
      case '--source':
      case '--src':
        if (!negated && !v.split(',').every((a) => a === '0.0.0.0/0' || a === '::/0' || a === '0/0'))
          m.restricted = true;
        break;
      case '--src-range':
      case '--mac-source':
        if (!negated) m.restricted = true;
        break;
      case '--match-set':
        if (!negated && (vals[1] ?? '').split(',')[0] === 'src') m.restricted = true;
        else m.other = true;
        break;
      case '-i':
      case '--in-interface':
        if (!negated && (v === 'lo' || v === 'lo+')) m.loopback = true;
        else m.iface = (negated ? '!' : '') + v;
        break;
      case '--dport':
      case '--destination-port':
      case '--dports':
      case '--destination-ports':
      case '--ports':
        m.ports = negated ? [ALL_PORTS] : ports(v, services, proto);
        break;
      case '--state':
      case '--ctstate': {
        const states = v.toUpperCase().split(',');
        if (!negated && states.every((s) => s === 'ESTABLISHED' || s === 'RELATED')) m.establishedOnly = true;
        else if (negated || !states.includes('NEW')) m.other = true;
        break;
      }
      case '--sport':
      case '--source-port':
      case '--sports':
      case '--source-ports':
        break;
      default:
        if (!NON_NARROWING.has(opt)) m.other = true;
    }
  }
  if (m.ports && m.protos === undefined) m.protos = ['tcp', 'udp'];
  return { match: m, verdict };
}

export interface IptablesRulesetOptions {
  source: FirewallSource;
  family: 'ipv4' | 'ipv6';
  activation: FirewallActivation;
  services?: ServiceMap | undefined;
}

/** The IR chains of one table, for evaluation. */
export function iptablesChains(table: IptablesTable, services?: ServiceMap): Map<string, IrChain> {
  const names = new Set(table.chains.keys());
  const chains = new Map<string, IrChain>();
  for (const chain of table.chains.values()) {
    const rules: IrRule[] = chain.rules.map((r) => ({
      where: r.where,
      ...interpretIptablesRule(r.args, names, services),
    }));
    chains.set(chain.name, { name: chain.name, rules });
  }
  return chains;
}

/** The filter table's INPUT chain as a FirewallRuleset, or nothing when there is no filter table. */
export function iptablesRulesets(parsed: IptablesParse, options: IptablesRulesetOptions): FirewallRuleset[] {
  const filter = parsed.tables.find((t) => t.name === 'filter');
  const input = filter?.chains.get('INPUT');
  if (!filter || !input) return [];
  return [inputRuleset(filter, input, input.policy ?? 'accept', options, `filter INPUT`, input.where)];
}

export function inputRuleset(
  table: IptablesTable,
  base: IptablesChain,
  policy: 'drop' | 'accept' | 'unknown',
  options: IptablesRulesetOptions,
  name: string,
  where: FileLine,
): FirewallRuleset {
  const chains = iptablesChains(table, options.services);
  const family: FirewallFamily = options.family;
  const evaluation = evaluateInput(chains.get(base.name)!, policy, chains, family);
  const ruleset: FirewallRuleset = {
    source: options.source,
    where,
    name,
    family,
    activation: options.activation,
    active: false,
    inputPolicy: evaluation.inputPolicy,
    ruleCount: evaluation.ruleCount,
    openPorts: evaluation.openPorts,
  };
  if (evaluation.firstRule) ruleset.firstRule = evaluation.firstRule;
  return ruleset;
}
