/**
 * Parsers for the classic forward proxies — Squid, 3proxy, Dante, tinyproxy — and Caddy's
 * forward_proxy (NaiveProxy server) in a Caddyfile. Each decides, from its access rules, whether
 * anyone may use the proxy (open), only holders of credentials, or only listed sources. Pure.
 */
import {
  at,
  emptyConfig,
  finish,
  isAnySource,
  normaliseAddress,
  validPort,
  type FileLine,
  type ParseResult,
} from './parsed.ts';
import { splitHostPort } from './programs.ts';
import type { ProxyAccess, ProxyListener, ProxyMode } from './proxies.types.ts';

interface AccessDecision {
  access: ProxyAccess;
  where: FileLine;
  sources?: string[];
}

function words(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
}

// ------------------------------------------------------------------------------------------ Squid

export interface SquidDirective {
  name: string;
  args: string[];
  where: FileLine;
}

/** Directives of one squid.conf file, in order (comments and blank lines dropped, `\` continuations joined). */
export function squidDirectives(text: string, path: string): SquidDirective[] {
  const out: SquidDirective[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const start = n;
    let body = lines[n]!;
    while (body.endsWith('\\') && n + 1 < lines.length) body = body.slice(0, -1) + ' ' + lines[++n]!;
    const w = words(body.replace(/(^|\s)#.*$/, ''));
    if (w.length === 0) continue;
    out.push({ name: w[0]!.toLowerCase(), args: w.slice(1), where: at(path, start + 1) });
  }
  return out;
}

/** `http_port [addr:]port [mode] [options]` → address, port, mode. */
export function squidPort(
  args: readonly string[],
): { address: string | null; port: number; mode: ProxyMode } | undefined {
  const spec = args[0];
  if (spec === undefined) return undefined;
  let address: string | null = null;
  let port: number;
  if (/^\d{1,5}$/.test(spec)) port = Number(spec);
  else {
    const hp = splitHostPort(spec);
    if (!hp) return undefined;
    address = normaliseAddress(hp.host);
    port = hp.port;
  }
  if (!validPort(port)) return undefined;
  const opts = args.slice(1).map((a) => a.toLowerCase());
  const mode: ProxyMode = opts.some(
    (o) =>
      o === 'accel' ||
      o === 'vhost' ||
      o === 'vport' ||
      o.startsWith('vport=') ||
      o.startsWith('defaultsite='),
  )
    ? 'reverse'
    : opts.some((o) => o === 'intercept' || o === 'transparent' || o === 'tproxy')
      ? 'transparent'
      : 'forward';
  return { address, port, mode };
}

interface SquidAcl {
  type: string;
  values: string[];
}

const BUILTIN_ACLS: Record<string, SquidAcl> = {
  all: { type: 'src', values: ['all'] },
  localhost: { type: 'src', values: ['127.0.0.1/32', '::1'] },
  to_localhost: { type: 'dst', values: ['127.0.0.0/8', '0.0.0.0/32', '::1'] },
  manager: { type: 'url_regex', values: ['cache_object'] },
};

const AUTH_ACL_TYPES = new Set([
  'proxy_auth',
  'proxy_auth_regex',
  'ext_user',
  'ext_user_regex',
  'ident',
  'ident_regex',
  'user_cert',
  'ca_cert',
  'note',
]);
const SOURCE_ACL_TYPES = new Set([
  'src',
  'srcdomain',
  'srcdom_regex',
  'arp',
  'eui64',
  'client_connection_mark',
]);

/**
 * Who may use Squid, by walking `http_access` in order as Squid does: the first rule whose ACLs all
 * match decides. A rule whose ACLs match every client (`all`, `src 0.0.0.0/0`, or only destination-side
 * ACLs like `Safe_ports`) ends the walk; `allow` there makes an open proxy. Rules limited by source
 * networks make it restricted; rules needing `proxy_auth` make it credentials-only. When no rule matches,
 * Squid applies the opposite of the last rule (no rules at all: deny).
 */
export function squidAccess(directives: readonly SquidDirective[], mainPath: string): AccessDecision {
  const acls = new Map<string, SquidAcl>(Object.entries(BUILTIN_ACLS));
  const rules: { allow: boolean; acls: string[]; where: FileLine }[] = [];
  for (const d of directives) {
    if (d.name === 'acl' && d.args.length >= 2) {
      const [name, type, ...values] = d.args as [string, string, ...string[]];
      const known = acls.get(name);
      if (known && known.type === type.toLowerCase() && !(name in BUILTIN_ACLS)) known.values.push(...values);
      else acls.set(name, { type: type.toLowerCase(), values: [...values] });
    } else if (d.name === 'http_access' && (d.args[0] === 'allow' || d.args[0] === 'deny')) {
      rules.push({ allow: d.args[0] === 'allow', acls: d.args.slice(1), where: d.where });
    }
  }
  const sources = new Set<string>();
  let credentials: FileLine | undefined;
  let restricted: FileLine | undefined;
  let deniedAll: FileLine | undefined;
  const kindOf = (ref: string): 'everyone' | 'source' | 'auth' | 'other' => {
    if (ref.startsWith('!')) return 'other'; // a negation excludes some clients only
    const acl = acls.get(ref);
    if (!acl) return 'other';
    if (AUTH_ACL_TYPES.has(acl.type)) return 'auth';
    if (acl.type === 'src' && acl.values.some(isAnySource)) return 'everyone';
    if (SOURCE_ACL_TYPES.has(acl.type)) return 'source';
    return 'other';
  };
  for (const rule of rules) {
    const kinds = rule.acls.map(kindOf);
    const sourceLimited = kinds.includes('source');
    const auth = kinds.includes('auth');
    if (!rule.allow) {
      // A deny that matches every client ends the walk (`http_access deny all`).
      if (!sourceLimited && !auth && kinds.every((k) => k === 'everyone')) {
        deniedAll = rule.where;
        break;
      }
      continue;
    }
    if (auth) {
      credentials ??= rule.where;
      if (!sourceLimited) break; // every later client must authenticate first (Squid asks for credentials)
      continue;
    }
    if (sourceLimited) {
      restricted ??= rule.where;
      for (const ref of rule.acls)
        if (kindOf(ref) === 'source') for (const v of acls.get(ref)!.values) sources.add(v);
      continue;
    }
    return { access: 'open', where: rule.where };
  }
  const last = rules[rules.length - 1];
  if (last && !last.allow && deniedAll === undefined && credentials === undefined)
    return { access: 'open', where: last.where }; // implicit "allow all" after a final deny rule
  if (credentials) return { access: 'credentials', where: credentials };
  return {
    access: 'restricted',
    where: restricted ?? deniedAll ?? last?.where ?? at(mainPath),
    sources: [...sources].sort(),
  };
}

/** Squid from its directives (the collector expands `include` and passes every file's directives in order). */
export function parseSquid(directives: readonly SquidDirective[], mainPath: string): ParseResult {
  const config = emptyConfig('squid', 'server', mainPath);
  const decision = squidAccess(directives, mainPath);
  const ports = directives.filter((d) => d.name === 'http_port' || d.name === 'https_port');
  const listen = (d: SquidDirective | undefined) => {
    const p = d === undefined ? { address: null, port: 3128, mode: 'forward' as const } : squidPort(d.args);
    if (!p) return;
    config.listeners.push({
      address: p.address,
      port: p.port,
      transport: 'tcp',
      protocol: d?.name === 'https_port' ? 'https' : 'http',
      mode: p.mode,
      access: p.mode === 'forward' ? decision.access : 'unknown',
      accessWhere: decision.where,
      ...(decision.sources && p.mode === 'forward' ? { allowedSources: decision.sources } : {}),
      where: d?.where ?? at(mainPath),
    });
  };
  if (ports.length === 0) listen(undefined);
  for (const d of ports) listen(d);
  return finish(config);
}

// ----------------------------------------------------------------------------------------- 3proxy

const THREEPROXY_SERVICES: Record<string, { port: number; protocol: string }> = {
  proxy: { port: 3128, protocol: 'http' },
  socks: { port: 1080, protocol: 'socks' },
  tlspr: { port: 1443, protocol: 'tls' },
  ftppr: { port: 21, protocol: 'ftp' },
};

/**
 * 3proxy: services (`proxy`, `socks`, …) with `-pPORT -iADDR`, governed by the `auth` in force when the
 * service line is read. `auth none` (also the default) checks nothing; `iponly` applies the allow/deny
 * ACL by source; `strong`/`useronly` need a user name and password.
 */
export function parse3proxy(text: string, path: string): ParseResult {
  const config = emptyConfig('3proxy', 'server', path);
  let auth: { methods: string[]; where: FileLine } = { methods: ['none'], where: at(path) };
  let allows: { users: string; sources: string; where: FileLine }[] = [];
  let internal: string | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const w = words(lines[n]!.replace(/(^|\s)#.*$/, ''));
    const cmd = w[0];
    if (cmd === undefined) continue;
    const where = at(path, n + 1);
    if (cmd === 'auth') auth = { methods: w.slice(1), where };
    else if (cmd === 'flush') allows = [];
    else if (cmd === 'allow') allows.push({ users: w[1] ?? '*', sources: w[2] ?? '*', where });
    else if (cmd === 'internal') internal = normaliseAddress(w[1]);
    else if (cmd in THREEPROXY_SERVICES) {
      const service = THREEPROXY_SERVICES[cmd]!;
      let port = service.port;
      let address = internal;
      for (const opt of w.slice(1)) {
        const p = /^-p(\d{1,5})$/.exec(opt);
        if (p) port = Number(p[1]);
        const i = /^-i(.+)$/.exec(opt);
        if (i) address = normaliseAddress(i[1]);
      }
      if (!validPort(port)) continue;
      let decision: AccessDecision;
      if (auth.methods.some((m) => /^(?:strong|useronly|radius|cache)$/.test(m)))
        decision = { access: 'credentials', where: auth.where };
      else if (auth.methods.includes('iponly')) {
        const any = allows.find((a) => a.users === '*' && a.sources.split(',').some(isAnySource));
        decision =
          any || allows.length === 0
            ? { access: 'open', where: any?.where ?? auth.where }
            : {
                access: 'restricted',
                where: allows[0]!.where,
                sources: allows.flatMap((a) => a.sources.split(',')).sort(),
              };
      } else decision = { access: 'open', where: auth.where };
      config.listeners.push({
        address,
        port,
        transport: 'tcp',
        protocol: service.protocol,
        mode: 'forward',
        access: decision.access,
        accessWhere: decision.where,
        ...(decision.sources ? { allowedSources: decision.sources } : {}),
        where,
      });
    }
  }
  return finish(config);
}

// ------------------------------------------------------------------------------------------ Dante

interface DanteRule {
  kind: 'client' | 'socks';
  pass: boolean;
  from: string[];
  methods: string[] | null;
  where: FileLine;
}

/**
 * Dante (danted/sockd): `internal:` addresses or interfaces (port 1080 by default), `socksmethod:` (older
 * `method:`) and `client pass`/`socks pass` rules. Anyone may relay when a `client pass` and a `socks pass`
 * rule admit every source (0.0.0.0/0) and the methods in force include `none`.
 */
export function parseDante(text: string, path: string): ParseResult {
  const config = emptyConfig('dante', 'server', path);
  const internals: { address: string; port: number; where: FileLine }[] = [];
  let methods: { list: string[]; where: FileLine } | null = null;
  const rules: DanteRule[] = [];
  let rule: DanteRule | null = null;
  const cleaned = text.split(/\r?\n/).map((l) => l.replace(/#.*$/, ''));
  for (let n = 0; n < cleaned.length; n++) {
    const where = at(path, n + 1);
    for (const part of cleaned[n]!.split(/(?<=[{}])|(?=[{}])/)) {
      const body = part.trim();
      if (body === '') continue;
      if (body === '}') {
        if (rule) rules.push(rule);
        rule = null;
        continue;
      }
      const open = /^(client|socks)?\s*(pass|block)$/.exec(body.replace(/\s*\{$/, ''));
      if (body === '{') continue;
      if (open) {
        rule = {
          kind: open[1] === 'client' ? 'client' : 'socks',
          pass: open[2] === 'pass',
          from: [],
          methods: null,
          where,
        };
        continue;
      }
      for (const kv of body.matchAll(/([a-z.]+)\s*:\s*((?:(?![a-z.]+\s*:).)*)/g)) {
        const key = kv[1]!;
        const value = kv[2]!.trim();
        if (rule) {
          if (key === 'from') rule.from.push(words(value)[0] ?? '');
          else if (key === 'socksmethod' || key === 'method') rule.methods = words(value);
        } else if (key === 'internal') {
          const m = /^(\S+?)(?:\s+port\s*=?\s*(\d{1,5}))?$/.exec(value);
          if (m) internals.push({ address: m[1]!, port: m[2] ? Number(m[2]) : 1080, where });
        } else if (key === 'socksmethod' || key === 'method') methods = { list: words(value), where };
      }
    }
  }
  const global = methods?.list ?? ['none'];
  const methodsWhere = methods?.where ?? at(path);
  const isAny = (r: DanteRule) => r.from.length === 0 || r.from.some(isAnySource);
  const clientAny = rules.filter((r) => r.kind === 'client' && r.pass && isAny(r));
  const socksPass = rules.filter((r) => r.kind === 'socks' && r.pass);
  const socksAny = socksPass.filter(isAny);
  let decision: AccessDecision;
  const openRule = socksAny.find((r) => (r.methods ?? global).includes('none'));
  if (clientAny.length > 0 && openRule)
    decision = { access: 'open', where: openRule.methods ? openRule.where : methodsWhere };
  else if (clientAny.length > 0 && socksAny.length > 0)
    decision = { access: 'credentials', where: socksAny[0]!.methods ? socksAny[0]!.where : methodsWhere };
  else {
    const passing = rules.filter((r) => r.pass);
    decision = {
      access: 'restricted',
      where: passing[0]?.where ?? at(path),
      sources: [...new Set(passing.flatMap((r) => r.from))].sort(),
    };
  }
  for (const i of internals) {
    if (!validPort(i.port)) continue;
    config.listeners.push({
      address: normaliseAddress(i.address),
      port: i.port,
      transport: 'tcp',
      protocol: 'socks',
      mode: 'forward',
      access: decision.access,
      accessWhere: decision.where,
      ...(decision.sources ? { allowedSources: decision.sources } : {}),
      where: i.where,
    });
  }
  return finish(config);
}

// -------------------------------------------------------------------------------------- tinyproxy

/**
 * tinyproxy: `Port` (8888 when absent), `Listen` (every address when absent), `Allow` (no Allow line lets
 * every client in), `BasicAuth` (credentials), `ReverseOnly yes` (a reverse proxy, not a forward one).
 */
export function parseTinyproxy(text: string, path: string): ParseResult {
  let port = 8888;
  let portWhere = at(path);
  let listen: string | null = null;
  const allows: { source: string; where: FileLine }[] = [];
  let basicAuth: FileLine | undefined;
  let reverseOnly = false;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const w = words(lines[n]!.replace(/(^|\s)#.*$/, ''));
    const key = w[0]?.toLowerCase();
    const value = w[1]?.replace(/^"(.*)"$/, '$1');
    if (key === undefined) continue;
    const where = at(path, n + 1);
    if (key === 'port' && value && /^\d{1,5}$/.test(value)) {
      port = Number(value);
      portWhere = where;
    } else if (key === 'listen' && value) listen = normaliseAddress(value);
    else if (key === 'allow' && value) allows.push({ source: value, where });
    else if (key === 'basicauth') basicAuth ??= where;
    else if (key === 'reverseonly') reverseOnly = /^(?:yes|on|true)$/i.test(value ?? '');
  }
  const config = emptyConfig('tinyproxy', 'server', path);
  if (!validPort(port)) return finish(config);
  let decision: AccessDecision;
  const any = allows.find((a) => isAnySource(a.source));
  if (basicAuth) decision = { access: 'credentials', where: basicAuth };
  else if (allows.length === 0) decision = { access: 'open', where: at(path) };
  else if (any) decision = { access: 'open', where: any.where };
  else
    decision = { access: 'restricted', where: allows[0]!.where, sources: allows.map((a) => a.source).sort() };
  config.listeners.push({
    address: listen,
    port,
    transport: 'tcp',
    protocol: 'http',
    mode: reverseOnly ? 'reverse' : 'forward',
    access: reverseOnly ? 'unknown' : decision.access,
    accessWhere: decision.where,
    ...(decision.sources && !reverseOnly ? { allowedSources: decision.sources } : {}),
    where: portWhere,
  });
  return finish(config);
}

// -------------------------------------------------------------------------------- Caddyfile (naive)

/** Site address → listen address and port ("example.com" → 443, "http://x" → 80, ":8443", "1.2.3.4:443"). */
export function caddySiteAddress(address: string): { address: string | null; port: number } | undefined {
  const m = /^(?:([a-z]+):\/\/)?(\[[^\]]*\]|[^:/[\]]*)(?::(\d{1,5}))?(?:\/.*)?$/i.exec(address.trim());
  if (!m) return undefined;
  const scheme = (m[1] ?? '').toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'http' ? 80 : 443;
  if (!validPort(port)) return undefined;
  return { address: null, port };
}

/**
 * A Caddyfile with `forward_proxy` (the NaiveProxy server plugin): one listener per site address of a site
 * block that contains it, open unless the block sets `basic_auth`. Nothing for a Caddyfile without it
 * (a web server or a reverse proxy is not a forward proxy). `bind` in the site sets the address.
 */
export function parseCaddyfile(text: string, path: string): ParseResult {
  interface Site {
    addresses: string[];
    where: FileLine;
    forward: FileLine | null;
    auth: boolean;
    bind: string | null;
  }
  const sites: Site[] = [];
  let depth = 0;
  let site: Site | null = null;
  let forwardDepth = -1;
  let implicit = false;
  const newSite = (head: string, where: FileLine): Site => ({
    addresses: head.split(/[\s,]+/).filter((a) => a !== ''),
    where,
    forward: null,
    auth: false,
    bind: null,
  });
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const body = lines[n]!.replace(/(^|\s)#.*$/, '').trim();
    if (body === '') continue;
    const where = at(path, n + 1);
    const opens = body.endsWith('{');
    const head = opens ? body.slice(0, -1).trim() : body;
    const w = words(head);
    const inSite = site !== null && (depth > 0 || implicit);
    if (depth === 0 && opens && !implicit) {
      // Global options ("{") and snippets ("(name) {") are not sites.
      site = head === '' || head.startsWith('(') ? null : newSite(head, where);
      if (site) sites.push(site);
    } else if (depth === 0 && !opens && sites.length === 0 && !implicit && body !== '}') {
      // A Caddyfile with one site may leave out the braces: the first line is the address.
      site = newSite(head, where);
      sites.push(site);
      implicit = true;
    } else if (inSite && site) {
      if (w[0] === 'forward_proxy') {
        site.forward = where;
        if (opens) forwardDepth = depth + 1;
      } else if (
        (w[0] === 'basic_auth' || w[0] === 'basicauth') &&
        forwardDepth > 0 &&
        depth >= forwardDepth
      ) {
        site.auth = true;
      } else if (w[0] === 'bind' && w[1]) site.bind = normaliseAddress(w[1]);
    }
    if (opens) depth++;
    if (body === '}' || (body.endsWith('}') && !opens)) {
      depth = Math.max(0, depth - 1);
      if (depth < forwardDepth) forwardDepth = -1;
      if (depth === 0 && !implicit) site = null;
    }
  }
  const config = emptyConfig('naiveproxy', 'server', path);
  for (const s of sites) {
    if (!s.forward) continue;
    for (const a of s.addresses) {
      const sa = caddySiteAddress(a);
      if (!sa) continue;
      const l: ProxyListener = {
        address: s.bind,
        port: sa.port,
        transport: 'tcp',
        protocol: 'naive',
        mode: 'forward',
        access: s.auth ? 'credentials' : 'open',
        accessWhere: s.forward,
        where: s.where,
      };
      if (!config.listeners.some((x) => x.port === l.port && x.address === l.address))
        config.listeners.push(l);
    }
  }
  return config.listeners.length > 0 ? finish(config) : {};
}
