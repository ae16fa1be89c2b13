/**
 * The logging collector: reduces rsyslog, journald, logrotate and auditd configuration to the effective
 * retention in days per log file (CSL Art. 23 item 3: network logs kept at least six months).
 *
 * It reads configuration files only. Log files themselves are never opened nor even stat'ed: their
 * size and contents do not matter to retention as configured. Includes are followed with a guard
 * against cycles (gap 'include-cycle'); globs are expanded by listing directories.
 */
import { at, defineCollector, type CollectContext } from '../../core/collector.ts';
import { normaliseHostPath } from '../../host/root.ts';
import type { LoggingSection, RsyslogDestination } from './logging.types.ts';
import { auditRetentionBasis, countAuditRules, parseAuditdConf, type AuditdConf } from './parse-auditd.ts';
import {
  journaldFacts,
  mergeJournald,
  parseJournaldConf,
  type JournaldAssignment,
} from './parse-journald.ts';
import { isTabooName, parseLogrotate, resolveLogrotate, type LogrotateStatement } from './parse-logrotate.ts';
import { parseRsyslog } from './parse-rsyslog.ts';
import { buildRetention, globToRegExp, hasGlob } from './retention.ts';

const MAX_INCLUDE_DEPTH = 16;

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function resolvePath(target: string, relativeTo: string): string {
  return normaliseHostPath(target.startsWith('/') ? target : `${dirname(relativeTo)}/${target}`);
}

async function exists(ctx: CollectContext, path: string): Promise<boolean> {
  return (await ctx.root.stat(path)).ok;
}

async function isDir(ctx: CollectContext, path: string): Promise<boolean> {
  const s = await ctx.root.stat(path);
  return s.ok && s.type === 'dir';
}

/** Files matching a path that may hold globs in any component, or all files of a directory. Sorted. */
async function expandPattern(ctx: CollectContext, pattern: string): Promise<string[]> {
  const trailingSlash = pattern.endsWith('/');
  const normal = normaliseHostPath(pattern);
  if (!hasGlob(normal)) {
    const entries = trailingSlash || (await isDir(ctx, normal)) ? await ctx.list(normal) : undefined;
    if (entries)
      return entries
        .filter((e) => e.type === 'file' || e.type === 'symlink')
        .map((e) => `${normal === '/' ? '' : normal}/${e.name}`);
    return [normal];
  }
  let candidates = ['/'];
  const parts = normal.split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    const next: string[] = [];
    for (const base of candidates) {
      const prefix = base === '/' ? '' : base;
      if (!hasGlob(part)) {
        next.push(`${prefix}/${part}`);
        continue;
      }
      const entries = await ctx.list(base);
      if (!entries) continue;
      const re = globToRegExp(part);
      for (const e of entries) {
        if (e.name.startsWith('.') && !part.startsWith('.')) continue;
        if (!re.test(e.name)) continue;
        if (last ? e.type === 'dir' || e.type === 'other' : e.type === 'file' || e.type === 'other') continue;
        next.push(`${prefix}/${e.name}`);
      }
    }
    candidates = next;
  }
  return [...new Set(candidates)].sort();
}

async function collectRsyslog(ctx: CollectContext): Promise<LoggingSection['rsyslog']> {
  const main = '/etc/rsyslog.conf';
  const configFiles: string[] = [];
  const destinations: RsyslogDestination[] = [];
  const visited = new Set<string>();

  const load = async (path: string, ancestors: string[]): Promise<void> => {
    visited.add(path);
    const text = await ctx.readText(path);
    if (text === undefined) return;
    configFiles.push(path);
    const parsed = parseRsyslog(text, path);
    destinations.push(...parsed.destinations);
    for (const include of parsed.includes) {
      for (const file of await expandPattern(ctx, resolvePath(include.pattern, path))) {
        if (file === path || ancestors.includes(file)) {
          ctx.gap(file, 'include-cycle', `included again from ${path}:${include.where.line ?? 0}`);
          continue;
        }
        if (visited.has(file)) continue;
        if (ancestors.length >= MAX_INCLUDE_DEPTH) {
          ctx.gap(file, 'include-cycle', `include depth above ${MAX_INCLUDE_DEPTH}`);
          continue;
        }
        await load(file, [...ancestors, path]);
      }
    }
  };

  const hasConf = await exists(ctx, main);
  if (hasConf) await load(main, []);
  const installed =
    hasConf || (await exists(ctx, '/usr/sbin/rsyslogd')) || (await exists(ctx, '/sbin/rsyslogd'));
  destinations.sort(
    (a, b) =>
      (a.target < b.target ? -1 : a.target > b.target ? 1 : 0) ||
      a.where.path.localeCompare(b.where.path) ||
      (a.where.line ?? 0) - (b.where.line ?? 0),
  );
  const authDestinations = destinations
    .filter((d) => d.auth && d.ruleset === null)
    .map((d) => ({ path: d.target, remote: d.type === 'remote', where: d.where }));
  return { installed, configFiles, destinations, authDestinations };
}

const JOURNALD_MAIN = [
  '/etc/systemd/journald.conf',
  '/run/systemd/journald.conf',
  '/usr/local/lib/systemd/journald.conf',
  '/usr/lib/systemd/journald.conf',
];
/** Drop-in directories by precedence: a file name in an earlier directory hides the same name in later ones. */
const JOURNALD_DROPINS = [
  '/etc/systemd/journald.conf.d',
  '/run/systemd/journald.conf.d',
  '/usr/local/lib/systemd/journald.conf.d',
  '/usr/lib/systemd/journald.conf.d',
  '/lib/systemd/journald.conf.d',
];

async function collectJournald(ctx: CollectContext): Promise<LoggingSection['journald']> {
  const configFiles: string[] = [];
  const parsed: JournaldAssignment[][] = [];
  const read = async (path: string) => {
    const text = await ctx.readText(path);
    if (text === undefined) return;
    configFiles.push(path);
    parsed.push(parseJournaldConf(text, path));
  };
  for (const candidate of JOURNALD_MAIN) {
    if (await exists(ctx, candidate)) {
      await read(candidate);
      break;
    }
  }
  const dropins = new Map<string, string>();
  for (const dir of JOURNALD_DROPINS) {
    for (const e of (await ctx.list(dir)) ?? []) {
      if (!e.name.endsWith('.conf') || dropins.has(e.name)) continue;
      if (e.type === 'symlink' && (await ctx.readLink(`${dir}/${e.name}`)) === '/dev/null') {
        dropins.set(e.name, ''); // masked
        continue;
      }
      if (e.type === 'file' || e.type === 'symlink') dropins.set(e.name, `${dir}/${e.name}`);
    }
  }
  for (const name of [...dropins.keys()].sort()) {
    const path = dropins.get(name)!;
    if (path !== '') await read(path);
  }
  const persistentDirExists = await isDir(ctx, '/var/log/journal');
  const installed =
    configFiles.length > 0 ||
    (await exists(ctx, '/usr/lib/systemd/systemd-journald')) ||
    (await exists(ctx, '/lib/systemd/systemd-journald'));
  return {
    installed,
    configFiles,
    persistentDirExists,
    ...journaldFacts(mergeJournald(parsed), persistentDirExists),
  };
}

async function collectLogrotate(
  ctx: CollectContext,
): Promise<{ configFiles: string[]; statements: LogrotateStatement[] }> {
  const configFiles: string[] = [];
  const visited = new Set<string>();

  const load = async (path: string, ancestors: string[]): Promise<LogrotateStatement[]> => {
    visited.add(path);
    const text = await ctx.readText(path);
    if (text === undefined) return [];
    configFiles.push(path);
    const out: LogrotateStatement[] = [];
    for (const statement of parseLogrotate(text, path).statements) {
      if (statement.type !== 'include') {
        out.push(statement);
        continue;
      }
      const target = resolvePath(statement.target, path);
      const entries = (await isDir(ctx, target)) ? await ctx.list(target) : undefined;
      const files = entries
        ? entries
            .filter((e) => (e.type === 'file' || e.type === 'symlink') && !isTabooName(e.name))
            .map((e) => `${target}/${e.name}`)
        : [target];
      for (const file of files) {
        if (file === path || ancestors.includes(file)) {
          ctx.gap(file, 'include-cycle', `included again from ${path}:${statement.where.line ?? 0}`);
          continue;
        }
        if (visited.has(file)) continue;
        if (ancestors.length >= MAX_INCLUDE_DEPTH) {
          ctx.gap(file, 'include-cycle', `include depth above ${MAX_INCLUDE_DEPTH}`);
          continue;
        }
        out.push(...(await load(file, [...ancestors, path])));
      }
    }
    return out;
  };

  const statements = await load('/etc/logrotate.conf', []);
  return { configFiles, statements };
}

async function collectAuditd(
  ctx: CollectContext,
): Promise<LoggingSection['auditd'] & { conf: AuditdConf | null }> {
  const installed = (await exists(ctx, '/sbin/auditd')) || (await exists(ctx, '/usr/sbin/auditd'));
  const wants = (await ctx.list('/etc/systemd/system/multi-user.target.wants')) ?? [];
  let enabled = wants.some((e) => e.name === 'auditd.service');
  for (const runlevel of ['/etc/rc2.d', '/etc/rc3.d', '/etc/rc5.d']) {
    if (enabled) break;
    enabled = ((await ctx.list(runlevel)) ?? []).some((e) => /^S\d*auditd$/.test(e.name));
  }
  const confPath = '/etc/audit/auditd.conf';
  const confText = await ctx.readText(confPath);
  const conf = confText === undefined ? null : parseAuditdConf(confText, confPath);

  const rulesFiles: string[] = [];
  let ruleCount = 0;
  const ruleDir = '/etc/audit/rules.d';
  const fragments = ((await ctx.list(ruleDir)) ?? []).filter(
    (e) => e.name.endsWith('.rules') && (e.type === 'file' || e.type === 'symlink'),
  );
  const candidates =
    fragments.length > 0 ? fragments.map((e) => `${ruleDir}/${e.name}`) : ['/etc/audit/audit.rules'];
  for (const path of candidates) {
    const text = await ctx.readText(path);
    if (text === undefined) continue;
    rulesFiles.push(path);
    ruleCount += countAuditRules(text);
  }
  return {
    installed,
    enabled,
    ruleCount,
    rulesFiles,
    maxLogFileMb: conf?.maxLogFileMb ?? null,
    numLogs: conf?.numLogs ?? null,
    maxLogFileAction: conf?.maxLogFileAction ?? null,
    where: conf ? conf.where : null,
    conf,
  };
}

export const loggingCollector = defineCollector({
  section: 'logging',
  version: 1,
  collect: async (ctx): Promise<LoggingSection> => {
    const rsyslog = await collectRsyslog(ctx);
    const journald = await collectJournald(ctx);
    const logrotate = await collectLogrotate(ctx);
    const { conf, ...auditd } = await collectAuditd(ctx);
    const auditLog =
      auditd.installed || conf
        ? {
            logFile: conf?.logFile ?? '/var/log/audit/audit.log',
            basis: auditRetentionBasis(conf),
            where: conf?.where ?? at('/etc/audit/auditd.conf'),
          }
        : null;
    const retention = buildRetention({
      destinations: rsyslog.destinations,
      blocks: resolveLogrotate(logrotate.statements),
      audit: auditLog,
    });
    return { rsyslog, journald, auditd, logrotate: { configFiles: logrotate.configFiles }, retention };
  },
});
