/**
 * The input-path evaluator shared by the nft and iptables-save parsers (pure).
 *
 * Both parsers reduce a rule to a RuleMatch (what it matches, as far as openness to the world goes) and
 * a Verdict. evaluateInput walks a base chain in order, following jumps and gotos into user chains (with
 * a cycle guard, a depth limit and a work budget), and answers three questions:
 * - the effective default: the chain policy, unless a rule that matches every packet reaching it ends
 *   the chain first (`-A INPUT -j DROP` after an ACCEPT policy makes the default drop; an unconditional
 *   accept makes it accept);
 * - the ports accepted from the world: accepts that are not loopback-only, not established/related-only
 *   and not restricted to some sources;
 * - how many rules lie on the input path.
 *
 * Conditional drops are not subtracted from later accepts (a port accepted after `tcp dport 23 drop`
 * still counts as open when it is 23): the result over-reports open ports rather than missing one.
 */
import type { FileLine } from '../../core/evidence.ts';
import type { FirewallFamily, OpenPort } from './firewall.types.ts';
import {
  ALL_PORTS,
  intersectRanges,
  normaliseOpenPorts,
  openPortsFor,
  type PortRange,
  type Proto,
} from './ports.ts';

export interface RuleMatch {
  /** The rule matches on something (false: it applies to every packet that reaches it). */
  matched: boolean;
  /** Only some sources: `-s 10.0.0.0/8`, `ip saddr @allow`, an ipset `src` match. */
  restricted: boolean;
  /** Only the loopback interface. */
  loopback: boolean;
  /** Only established/related connections. */
  establishedOnly: boolean;
  /** Narrowed to one family inside an `inet` table. */
  family?: 'ipv4' | 'ipv6';
  /** The transport protocols named; 'other' when only other protocols (icmp, esp…). */
  protos?: Proto[] | 'other';
  /** Destination ports; undefined means any. */
  ports?: PortRange[];
  /** An input interface other than loopback. */
  iface?: string;
  /** A match this evaluator does not model (icmp type, destination address, mark…). */
  other: boolean;
}

export type Verdict =
  | { kind: 'accept' }
  | { kind: 'drop' }
  | { kind: 'return' }
  | { kind: 'jump'; target: string }
  | { kind: 'goto'; target: string }
  | { kind: 'none' };

export interface IrRule {
  /** Entries made from one source rule (a verdict map's elements) share this object; rules are counted by it. */
  where: FileLine;
  match: RuleMatch;
  verdict: Verdict;
}

export interface IrChain {
  name: string;
  rules: IrRule[];
}

export const NO_MATCH: RuleMatch = {
  matched: false,
  restricted: false,
  loopback: false,
  establishedOnly: false,
  other: false,
};

export interface InputEvaluation {
  inputPolicy: 'drop' | 'accept' | 'unknown';
  ruleCount: number;
  firstRule?: FileLine;
  openPorts: OpenPort[];
}

const MAX_DEPTH = 32;
const MAX_STEPS = 100_000;

/** Both constraints at once, or undefined when no packet can satisfy both. */
export function combine(outer: RuleMatch, inner: RuleMatch): RuleMatch | undefined {
  if (outer.family && inner.family && outer.family !== inner.family) return undefined;
  let protos: RuleMatch['protos'];
  if (outer.protos === undefined) protos = inner.protos;
  else if (inner.protos === undefined) protos = outer.protos;
  else if (outer.protos === 'other' || inner.protos === 'other') {
    if (outer.protos !== inner.protos) return undefined;
    protos = 'other';
  } else {
    const inOuter = new Set(outer.protos);
    protos = inner.protos.filter((p) => inOuter.has(p));
    if (protos.length === 0) return undefined;
  }
  let ports: PortRange[] | undefined;
  if (outer.ports === undefined) ports = inner.ports;
  else if (inner.ports === undefined) ports = outer.ports;
  else {
    ports = intersectRanges(outer.ports, inner.ports);
    if (ports.length === 0) return undefined;
  }
  const result: RuleMatch = {
    matched: outer.matched || inner.matched,
    restricted: outer.restricted || inner.restricted,
    loopback: outer.loopback || inner.loopback,
    establishedOnly: outer.establishedOnly || inner.establishedOnly,
    other: outer.other || inner.other,
  };
  const family = inner.family ?? outer.family;
  if (family) result.family = family;
  if (protos !== undefined) result.protos = protos;
  if (ports !== undefined) result.ports = ports;
  const iface = inner.iface ?? outer.iface;
  if (iface !== undefined) result.iface = iface;
  return result;
}

/** What an accept under this constraint opens to the world: ports, everything, or nothing. */
function acceptEffect(
  m: RuleMatch,
): { kind: 'ports'; protos: Proto[]; ranges: PortRange[] } | { kind: 'all' } | { kind: 'none' } {
  if (m.restricted || m.loopback || m.establishedOnly || m.protos === 'other') return { kind: 'none' };
  if (m.ports) return { kind: 'ports', protos: m.protos ?? ['tcp', 'udp'], ranges: m.ports };
  if (m.protos) return { kind: 'ports', protos: m.protos, ranges: [ALL_PORTS] };
  if (!m.matched) return { kind: 'all' };
  // Only matches that do not narrow who may connect (an interface, a rate limit, `ct state new`, a
  // family): every port. A match we do not model (icmp type, destination, mark…) opens nothing we can name.
  if (!m.other) return { kind: 'ports', protos: ['tcp', 'udp'], ranges: [ALL_PORTS] };
  return { kind: 'none' };
}

interface ChainOutcome {
  /** The chain ended for every packet entering it (an unconditional verdict, return or goto). */
  stopped: boolean;
  /** The verdict for every packet entering it, when it is one. */
  verdict?: 'accept' | 'drop';
}

export function evaluateInput(
  base: IrChain,
  policy: 'drop' | 'accept' | 'unknown',
  chains: ReadonlyMap<string, IrChain>,
  family: FirewallFamily,
): InputEvaluation {
  // Rules reached, counted by their source location object (a verdict map's entries share one).
  const reached = new Set<FileLine>();
  let first: FileLine | undefined;
  const open: OpenPort[] = [];
  let steps = 0;
  const visiting = new Set<string>();

  /** `portsAt`: the rule that named the ports of the context (a jump `tcp dport 22 jump ssh`), for locations. */
  const walk = (chain: IrChain, ctx: RuleMatch, depth: number, portsAt?: FileLine): ChainOutcome => {
    visiting.add(chain.name);
    try {
      for (const rule of chain.rules) {
        if (++steps > MAX_STEPS) return { stopped: false };
        reached.add(rule.where);
        first ??= rule.where;
        const m = combine(ctx, rule.match);
        if (!m) continue;
        const always = !rule.match.matched;
        const v = rule.verdict;
        const namesPorts = rule.match.ports !== undefined || rule.match.protos !== undefined;
        const where = namesPorts ? rule.where : (portsAt ?? rule.where);
        switch (v.kind) {
          case 'accept': {
            const effect = acceptEffect(m);
            if (effect.kind === 'ports') {
              open.push(...openPortsFor(effect.protos, effect.ranges, m.family ?? family, where, m.iface));
            }
            if (always)
              return effect.kind === 'all' ? { stopped: true, verdict: 'accept' } : { stopped: true };
            break;
          }
          case 'drop':
            if (always) return { stopped: true, verdict: 'drop' };
            break;
          case 'return':
            if (always) return { stopped: true };
            break;
          case 'jump':
          case 'goto': {
            const target = chains.get(v.target);
            // A missing target or a cycle: the jump is ignored (nothing is learnt from it).
            if (!target || visiting.has(v.target) || depth >= MAX_DEPTH) break;
            const inner = walk(target, m, depth + 1, namesPorts ? rule.where : portsAt);
            if (always && (inner.stopped || v.kind === 'goto')) {
              return inner.verdict ? { stopped: true, verdict: inner.verdict } : { stopped: true };
            }
            break;
          }
          case 'none':
            break;
        }
      }
      return { stopped: false };
    } finally {
      visiting.delete(chain.name);
    }
  };

  const baseCtx: RuleMatch = family === 'both' ? NO_MATCH : { ...NO_MATCH, family };
  const outcome = walk(base, baseCtx, 0);
  const inputPolicy = outcome.verdict ?? policy;
  const result: InputEvaluation = {
    inputPolicy,
    ruleCount: reached.size,
    openPorts: normaliseOpenPorts(open),
  };
  if (first) result.firstRule = first;
  return result;
}
