/**
 * firewalld: zones (/etc/firewalld/zones/*.xml over /usr/lib/firewalld/zones/*.xml) and services
 * (/etc/firewalld/services, /usr/lib/firewalld/services, else a small built-in table), pure.
 *
 * XML is read with a strict tag scanner (no entities, no DTDs, nothing fetched): comments and
 * processing instructions are dropped, and each tag yields its name and its `name="value"` attributes.
 * That is all firewalld's zone and service files use.
 *
 * A zone's target decides what no rule matches: default (firewalld rejects), DROP, REJECT/%%REJECT%%
 * → drop; ACCEPT → accept. Open ports: the zone's `<service>` and `<port>` elements, and rich rules
 * with `<accept/>` and no `<source>` (a rule with a source is restricted).
 */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { FirewallActivation, FirewallRuleset, OpenPort } from './firewall.types.ts';
import { normaliseOpenPorts, openPortsFor, parsePortRange, type PortRange, type Proto } from './ports.ts';

export interface XmlTag {
  name: string;
  attrs: Record<string, string>;
  closing: boolean;
  selfClosing: boolean;
  line: number;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

function unescapeXml(s: string): string {
  return s.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '',
  );
}

/** The tags of an XML document, in order, with 1-based lines. Malformed parts are skipped. */
export function readXmlTags(text: string): XmlTag[] {
  // Blank out comments, CDATA and processing instructions, keeping newlines so that lines stay right.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const clean = text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
    .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, blank)
    .replace(/<[?!][^>]*>?/g, blank);
  const tags: XmlTag[] = [];
  let line = 1;
  let last = 0;
  for (const m of clean.matchAll(TAG)) {
    for (let k = last; k < m.index; k++) if (clean.charCodeAt(k) === 10) line++;
    last = m.index;
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[a[1]!] = unescapeXml(a[2] ?? a[3] ?? '');
    tags.push({ name: m[2]!, attrs, closing: m[1] === '/', selfClosing: m[4] === '/', line });
  }
  return tags;
}

export interface ZonePort {
  range: PortRange;
  proto: Proto;
  family?: 'ipv4' | 'ipv6';
  where: FileLine;
}

export interface FirewalldZone {
  where: FileLine;
  target: string;
  services: { name: string; family?: 'ipv4' | 'ipv6'; where: FileLine }[];
  ports: ZonePort[];
  interfaces: string[];
  sources: string[];
}

function protoOf(value: string | undefined): Proto | undefined {
  return value === 'tcp' || value === 'udp' ? value : undefined;
}

function familyOf(value: string | undefined): 'ipv4' | 'ipv6' | undefined {
  return value === 'ipv4' || value === 'ipv6' ? value : undefined;
}

/** A zone file. Rich rules count only when they accept and name no source. */
export function parseZone(text: string, path: string): FirewalldZone {
  const zone: FirewalldZone = {
    where: at(path),
    target: 'default',
    services: [],
    ports: [],
    interfaces: [],
    sources: [],
  };
  let rule:
    | {
        family?: 'ipv4' | 'ipv6';
        restricted: boolean;
        accept: boolean;
        services: FirewalldZone['services'];
        ports: ZonePort[];
      }
    | undefined;
  let depth = 0;
  for (const tag of readXmlTags(text)) {
    if (tag.closing) {
      depth--;
      if (tag.name === 'rule' && rule) {
        if (rule.accept && !rule.restricted) {
          zone.services.push(...rule.services);
          zone.ports.push(...rule.ports);
        }
        rule = undefined;
      }
      continue;
    }
    if (!tag.selfClosing) depth++;
    const where = at(path, tag.line);
    const a = tag.attrs;
    if (tag.name === 'zone') {
      zone.where = where;
      if (a.target) zone.target = a.target;
    } else if (tag.name === 'rule' && !tag.selfClosing) {
      const family = familyOf(a.family);
      rule = { restricted: false, accept: false, services: [], ports: [], ...(family ? { family } : {}) };
    } else if (rule) {
      if (tag.name === 'source' && a.invert?.toLowerCase() !== 'true' && (a.address || a.ipset || a.mac))
        rule.restricted = true;
      else if (tag.name === 'accept') rule.accept = true;
      else if (tag.name === 'service' && a.name)
        rule.services.push({ name: a.name, where, ...(rule.family ? { family: rule.family } : {}) });
      else if (tag.name === 'port') {
        const proto = protoOf(a.protocol);
        const range = a.port ? parsePortRange(a.port, '-') : undefined;
        if (proto && range)
          rule.ports.push({ range, proto, where, ...(rule.family ? { family: rule.family } : {}) });
      }
    } else if (depth <= 2) {
      if (tag.name === 'service' && a.name) zone.services.push({ name: a.name, where });
      else if (tag.name === 'port') {
        const proto = protoOf(a.protocol);
        const range = a.port ? parsePortRange(a.port, '-') : undefined;
        if (proto && range) zone.ports.push({ range, proto, where });
      } else if (tag.name === 'interface' && a.name) zone.interfaces.push(a.name);
      else if (tag.name === 'source' && (a.address || a.ipset || a.mac))
        zone.sources.push(a.address ?? a.ipset ?? a.mac ?? '');
    }
  }
  return zone;
}

/** A service file: its `<port>` elements. */
export function parseServicePorts(text: string): { range: PortRange; proto: Proto }[] {
  const out: { range: PortRange; proto: Proto }[] = [];
  for (const tag of readXmlTags(text)) {
    if (tag.closing || tag.name !== 'port') continue;
    const proto = protoOf(tag.attrs.protocol);
    const range = tag.attrs.port ? parsePortRange(tag.attrs.port, '-') : undefined;
    if (proto && range) out.push({ range, proto });
  }
  return out;
}

/** Ports of common services, used when the host's service definition file is absent. */
export const BUILTIN_FIREWALLD_SERVICES: Record<string, { range: PortRange; proto: Proto }[]> = {
  ssh: [{ range: { from: 22, to: 22 }, proto: 'tcp' }],
  http: [{ range: { from: 80, to: 80 }, proto: 'tcp' }],
  https: [{ range: { from: 443, to: 443 }, proto: 'tcp' }],
  'dhcpv6-client': [{ range: { from: 546, to: 546 }, proto: 'udp' }],
  cockpit: [{ range: { from: 9090, to: 9090 }, proto: 'tcp' }],
  mdns: [{ range: { from: 5353, to: 5353 }, proto: 'udp' }],
};

/** Built-in zones, used when the zone file is absent from both directories (e.g. an image without /usr/lib). */
export const BUILTIN_ZONES: Record<string, { target: string; services: string[] }> = {
  public: { target: 'default', services: ['ssh', 'dhcpv6-client'] },
  drop: { target: 'DROP', services: [] },
  block: { target: '%%REJECT%%', services: [] },
  trusted: { target: 'ACCEPT', services: [] },
};

/** Safe service and zone names (they become file names). */
export function isSafeName(name: string): boolean {
  return /^[A-Za-z0-9][\w.+-]{0,63}$/.test(name);
}

export function targetPolicy(target: string): 'drop' | 'accept' {
  return target.toUpperCase() === 'ACCEPT' ? 'accept' : 'drop';
}

export interface FirewalldInput {
  /** Where the default zone is chosen (firewalld.conf DefaultZone line) or the conf file itself. */
  where: FileLine;
  activation: FirewallActivation;
  defaultZoneName: string;
  defaultZone: FirewalldZone;
  /** Other zones bound to interfaces; their ports are open on those interfaces. */
  boundZones: { name: string; zone: FirewalldZone }[];
  /** Service name → ports, for every service the zones name (missing ones are skipped). */
  services: ReadonlyMap<string, { range: PortRange; proto: Proto }[]>;
}

/**
 * firewalld as one ruleset: the default zone's target is the policy; its ports, plus those of zones
 * bound to interfaces, are open. A bound zone with target ACCEPT (typically `trusted` on an internal
 * bridge) is not counted: it concerns that interface only and is not a world-facing default.
 */
export function firewalldRuleset(input: FirewalldInput): FirewallRuleset {
  const open: OpenPort[] = [];
  const zones = [
    { zone: input.defaultZone, iface: undefined as string | undefined },
    ...input.boundZones
      .filter((b) => targetPolicy(b.zone.target) === 'drop')
      .map((b) => ({ zone: b.zone, iface: b.zone.interfaces.join(',') || undefined })),
  ];
  let count = 0;
  let first: FileLine | undefined;
  for (const { zone, iface } of zones) {
    for (const s of zone.services) {
      count++;
      first ??= s.where;
      for (const p of input.services.get(s.name) ?? [])
        open.push(...openPortsFor([p.proto], [p.range], s.family ?? 'both', s.where, iface));
    }
    for (const p of zone.ports) {
      count++;
      first ??= p.where;
      open.push(...openPortsFor([p.proto], [p.range], p.family ?? 'both', p.where, iface));
    }
  }
  const ruleset: FirewallRuleset = {
    source: 'firewalld',
    where: input.where,
    name: `zone ${input.defaultZoneName}`,
    family: 'both',
    activation: input.activation,
    active: false,
    inputPolicy: targetPolicy(input.defaultZone.target),
    ruleCount: count,
    openPorts: normaliseOpenPorts(open),
  };
  if (first) ruleset.firstRule = first;
  return ruleset;
}
