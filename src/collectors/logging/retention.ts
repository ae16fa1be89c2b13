/**
 * Effective retention per log file: joins what rsyslog writes with the logrotate block that rotates it
 * (first matching block wins, as in logrotate), adds every logrotate pattern (web logs among them) and
 * the audit log. Pure.
 */
import type { FileLine } from '../../core/evidence.ts';
import type { LogKind, LogRetention, RsyslogDestination } from './logging.types.ts';
import { rotationRetention, type ResolvedBlock } from './parse-logrotate.ts';

const WEB_DIRS =
  /^(\/var\/log\/(nginx|apache2?|httpd|lighttpd|caddy|tengine|openresty)\/|\/www\/wwwlogs\/|\/www\/server\/(nginx|apache)\/logs\/|\/usr\/local\/(nginx|apache2?|httpd|openresty|tengine)\/logs\/|\/opt\/(nginx|openresty|tengine)\/logs\/)/;
const SECURITY_NAMES = /^(auth\.log|secure|authlog|auth|authpriv\.log|sshd\.log)$/;
const SYSTEM_NAMES = /^(syslog|messages|kern\.log|kern|kernel\.log|syslog\.log)$/;

/** What a log records, from its path first and, for other names, from what rsyslog sends to it. */
export function classifyLog(path: string, flags?: { auth: boolean; system: boolean }): LogKind {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (WEB_DIRS.test(path)) return 'web';
  if (/(nginx|apache|httpd)/.test(path) && /(access|error)[._-]?log/.test(base)) return 'web';
  if (path.startsWith('/var/log/audit/')) return 'audit';
  if (SECURITY_NAMES.test(base)) return 'security';
  if (SYSTEM_NAMES.test(base)) return 'system';
  if (flags?.auth) return 'security';
  if (flags?.system) return 'system';
  return 'other';
}

/** A glob(3) pattern (`*`, `?`, `[…]`; `*` never crosses `/`) as an anchored regular expression. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += ch.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

function matches(pattern: string, path: string): boolean {
  if (!hasGlob(pattern)) return pattern === path;
  try {
    return globToRegExp(pattern).test(path);
  } catch {
    return false;
  }
}

export interface AuditLogInput {
  logFile: string;
  basis: string;
  where: FileLine;
}

function compareLog(a: LogRetention, b: LogRetention): number {
  return a.log < b.log ? -1 : a.log > b.log ? 1 : 0;
}

export function buildRetention(input: {
  destinations: readonly RsyslogDestination[];
  blocks: readonly ResolvedBlock[];
  audit: AuditLogInput | null;
}): LogRetention[] {
  const out: LogRetention[] = [];
  const seen = new Set<string>();

  const fromBlock = (log: string, kind: LogKind, block: ResolvedBlock): LogRetention => {
    const r = rotationRetention(block.settings);
    return {
      log,
      kind,
      days: r.days,
      atMost: r.atMost,
      basis: r.basis,
      source: 'logrotate',
      rotation: block.settings,
      where: block.where,
    };
  };
  const blockFor = (path: string) => input.blocks.find((b) => b.patterns.some((p) => matches(p, path)));

  // Files rsyslog writes: kind from name or from the messages they receive.
  const files = new Map<string, { auth: boolean; system: boolean; where: FileLine }>();
  for (const d of input.destinations) {
    if (d.type !== 'file') continue;
    const prior = files.get(d.target);
    if (prior) {
      prior.auth ||= d.auth;
      prior.system ||= d.system;
    } else files.set(d.target, { auth: d.auth, system: d.system, where: d.where });
  }
  for (const [path, flags] of files) {
    const kind = classifyLog(path, flags);
    const block = blockFor(path);
    seen.add(path);
    if (block) out.push(fromBlock(path, kind, block));
    else
      out.push({
        log: path,
        kind,
        days: null,
        atMost: false,
        basis: 'not rotated',
        source: 'rsyslog',
        rotation: null,
        where: flags.where,
      });
  }

  // Every logrotate pattern (first block wins for a duplicate, as logrotate does).
  for (const block of input.blocks) {
    for (const pattern of block.patterns) {
      if (seen.has(pattern)) continue;
      seen.add(pattern);
      out.push(fromBlock(pattern, classifyLog(pattern), block));
    }
  }

  if (input.audit && !seen.has(input.audit.logFile)) {
    const block = blockFor(input.audit.logFile);
    out.push(
      block
        ? fromBlock(input.audit.logFile, 'audit', block)
        : {
            log: input.audit.logFile,
            kind: 'audit',
            days: null,
            atMost: false,
            basis: input.audit.basis,
            source: 'auditd',
            rotation: null,
            where: input.audit.where,
          },
    );
  }
  return out.sort(compareLog);
}
