/**
 * authlog: authentication and account evidence — auth logs (auth.log*, secure*, rotated and gzipped),
 * login records (btmp, wtmp, lastlog) and shell histories — classified line by line, correlated into
 * Wazuh-style verdicts, and kept bounded: counts for everything, full events only for what checks use.
 *
 * Size policy (bounded streaming): a plain log is read whole up to 64 MiB (the HostRoot seam has no
 * ranged read), a .gz up to 16 MiB compressed and decompressed as a stream up to 128 MiB; all logs
 * together up to 1 GiB, newest first. Anything past a cap is a `too-large` gap, never a silent pass;
 * lines are processed as they stream, so memory stays near one file's bytes.
 */
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { DirEntry } from '../../host/root.ts';
import { parsePasswd } from '../accounts/parse-passwd.ts';
import type {
  AuthEvent,
  AuthEventClass,
  AuthLogFile,
  AuthLogGapField,
  AuthLogSection,
  HistoryFile,
  HistoryHit,
  LastLogin,
  LoginRecord,
  SourceSummary,
  Verdict,
} from './authlog.types.ts';
import { classifyLine } from './classify.ts';
import { SOURCE_BRUTE_FORCE_RULES, createCorrelator, type Correlator } from './correlate.ts';
import { historySignals, parseHistory } from './history.ts';
import { createLineSplitter, gunzipChunks } from './lines.ts';
import { zoneFromName, zoneFromTzif, zoneLabel, zoneOffsetMinutes, type YearRef, type Zone } from './time.ts';
import { parseLastlog, parseUtmp } from './utmp.ts';

export const LIMITS = {
  plainBytes: 64 * 1024 * 1024,
  gzInputBytes: 16 * 1024 * 1024,
  gzOutputBytes: 128 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
  filesPerFamily: 30,
  utmpBytes: 64 * 1024 * 1024,
  historyBytes: 8 * 1024 * 1024,
  accountEvents: 2000,
  otherEvents: 1000,
  sourcesWithoutLogin: 1000,
  sourcesTotal: 5000,
  verdicts: 5000,
  loginsLatest: 500,
  loginsFromSources: 1000,
  acceptedPerSource: 10,
  sessionsPerSource: 20,
  lastlogEntries: 5000,
};

const LOG_NAME = /^(auth\.log|secure)(?:\.(\d+)|-(\d{8,10}))?(\.gz|\.xz|\.bz2|\.zst)?$/;
const UTMP_NAME = /^(wtmp|btmp)(?:\.(\d+)|-(\d{8,10}))?(\.gz)?$/;
const HISTORY_NAMES = ['.bash_history', '.zsh_history', '.sh_history', '.ash_history', '.history'];

const ACCOUNT_CLASSES = new Set<AuthEventClass>([
  'user-added',
  'user-add-failed',
  'user-modified',
  'user-deleted',
  'group-added',
  'group-deleted',
  'password-changed',
]);
const OTHER_KEPT = new Set<AuthEventClass>([
  'su-failure',
  'sudo-failure',
  'sudo-incorrect-password-attempts',
  'sudo-unauthorized',
]);
const SOURCE_FAILURES = new Set<AuthEventClass>([
  'failed-password',
  'failed-auth-other',
  'invalid-user',
  'denied-user',
]);

interface Rotated {
  name: string;
  family: string;
  /** Larger = newer. */
  age: number;
  ext: string;
}

/** Rotated files of one family, newest first: base file, .1, .2(.gz) …, or dateext -YYYYMMDD. */
export function rotatedFiles(entries: readonly DirEntry[], pattern: RegExp): Rotated[] {
  const out: Rotated[] = [];
  for (const e of entries) {
    if (e.type === 'dir') continue;
    const m = pattern.exec(e.name);
    if (!m) continue;
    const age =
      m[2] !== undefined
        ? -Number(m[2])
        : m[3] !== undefined
          ? -1e12 + Number(m[3].slice(0, 8))
          : Number.MAX_SAFE_INTEGER;
    out.push({ name: e.name, family: m[1]!, age, ext: m[4] ?? '' });
  }
  return out.sort(
    (a, b) => a.family.localeCompare(b.family) || b.age - a.age || a.name.localeCompare(b.name),
  );
}

async function hostZone(ctx: CollectContext): Promise<Zone> {
  const link = await ctx.root.readLink('/etc/localtime');
  if (link.ok) {
    const zone = zoneFromName(link.target);
    if (zone) return zone;
  }
  const text = await ctx.root.readText('/etc/timezone', { maxBytes: 4096 });
  if (text.ok) {
    const zone = zoneFromName(text.text);
    if (zone) return zone;
  }
  const tzif = await ctx.root.readBytes('/etc/localtime', { maxBytes: 1024 * 1024, allowBinary: true });
  return tzif.ok ? zoneFromTzif(tzif.bytes) : null;
}

function yearRef(mtimeMs: number, zone: Zone): YearRef {
  let offset = 0;
  if (zone && 'fixedMinutes' in zone) offset = zone.fixedMinutes;
  else if (zone) offset = zoneOffsetMinutes(zone.iana, mtimeMs);
  const d = new Date(mtimeMs + offset * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

function newSource(ip: string): SourceSummary {
  return {
    ip,
    failures: 0,
    invalidUsers: 0,
    btmpFailures: 0,
    users: [],
    acceptedCount: 0,
    accepted: [],
    sessions: [],
  };
}

/** Keep the earliest and the latest `n` by time (a bounded list that still holds the last login). */
function keepEnds<T extends { epoch: number }>(list: T[], item: T, n: number): void {
  list.push(item);
  list.sort((a, b) => a.epoch - b.epoch);
  if (list.length > 2 * n) list.splice(n, 1);
}

class Evidence {
  readonly counts: Partial<Record<AuthEventClass, number>> = {};
  readonly accountEvents: AuthEvent[] = [];
  readonly otherEvents: AuthEvent[] = [];
  dropped = 0;
  readonly sources = new Map<string, SourceSummary>();
  readonly verdictEpoch = new Map<string, number>();
  readonly correlator: Correlator = createCorrelator();
  acceptedCount = 0;

  source(ip: string): SourceSummary {
    let s = this.sources.get(ip);
    if (!s) {
      s = newSource(ip);
      this.sources.set(ip, s);
    }
    return s;
  }

  correlate(e: {
    class: AuthEventClass;
    program: string;
    epoch: number;
    time: string;
    ip?: string;
    user?: string;
    where: FileLine;
  }): void {
    const fired = this.correlator.push(e);
    if (
      e.ip !== undefined &&
      fired.some((r) => SOURCE_BRUTE_FORCE_RULES.includes(r)) &&
      !this.verdictEpoch.has(e.ip)
    )
      this.verdictEpoch.set(e.ip, e.epoch);
  }

  add(event: AuthEvent): void {
    this.counts[event.class] = (this.counts[event.class] ?? 0) + 1;
    this.correlate(event);
    const point = { time: event.time, epoch: event.epoch, where: event.where };
    if (event.ip !== undefined && event.program === 'sshd' && SOURCE_FAILURES.has(event.class)) {
      const s = this.source(event.ip);
      s.failures++;
      if (event.class === 'invalid-user') s.invalidUsers++;
      s.firstFailure ??= point;
      s.lastFailure = point;
      if (event.user !== undefined && s.users.length < 5 && !s.users.includes(event.user))
        s.users.push(event.user);
    }
    if (event.class === 'accepted' && event.ip !== undefined) {
      this.acceptedCount++;
      const s = this.source(event.ip);
      s.acceptedCount++;
      keepEnds(s.accepted, event, LIMITS.acceptedPerSource);
    }
    if (ACCOUNT_CLASSES.has(event.class)) {
      // UID 0 changes are always kept: a check depends on seeing every one.
      if (this.accountEvents.length < LIMITS.accountEvents || event.uid === 0) this.accountEvents.push(event);
      else this.dropped++;
    } else if (OTHER_KEPT.has(event.class)) {
      if (this.otherEvents.length < LIMITS.otherEvents) this.otherEvents.push(event);
      else this.dropped++;
    }
  }
}

async function readLog(
  ctx: CollectContext,
  path: string,
  file: Rotated,
  zone: Zone,
  budget: { left: number },
  evidence: Evidence,
): Promise<AuthLogFile | null> {
  const summary: AuthLogFile = {
    path,
    compressed: file.ext !== '',
    lines: 0,
    events: 0,
    gb18030Lines: 0,
    nulLines: 0,
    overlongLines: 0,
    yearFrom: null,
  };
  const link = await ctx.root.readLink(path);
  if (link.ok) {
    summary.linkTarget = link.target;
    if (link.target === '/dev/null') return summary;
  }
  const info = await ctx.root.stat(path);
  if (!info.ok) {
    ctx.noteFailure(path, info);
    return null;
  }
  if (info.type !== 'file') {
    ctx.gap(path, 'not-a-file', info.type);
    return null;
  }
  if (file.ext !== '' && file.ext !== '.gz') {
    ctx.gap(path, 'read-error', `${file.ext.slice(1)}-compressed: not decoded`);
    return null;
  }
  const ref = yearRef(info.mtimeMs, zone);
  summary.yearFrom = ref.year;
  const splitter = createLineSplitter((text, line) => {
    const event = classifyLine(text, { ref, zone, where: { path, line } });
    if (!event) return;
    summary.events++;
    evidence.add(event);
  });
  if (file.ext === '') {
    const cap = Math.min(LIMITS.plainBytes, budget.left);
    const read = await ctx.root.readBytes(path, { maxBytes: cap, allowBinary: true });
    if (!read.ok) {
      ctx.noteFailure(path, read);
      return null;
    }
    budget.left -= Math.min(budget.left, read.bytes.length);
    splitter.push(read.bytes);
    splitter.end();
    return Object.assign(summary, splitter.stats);
  }
  const read = await ctx.root.readBytes(path, { maxBytes: LIMITS.gzInputBytes, allowBinary: true });
  if (!read.ok) {
    ctx.noteFailure(path, read);
    return null;
  }
  const result = await gunzipChunks(read.bytes, Math.min(LIMITS.gzOutputBytes, budget.left), (chunk) =>
    splitter.push(chunk),
  );
  budget.left -= Math.min(budget.left, result.bytes);
  if (result.status === 'too-large') ctx.gap(path, 'too-large', result.detail);
  else if (result.status === 'truncated')
    ctx.gap(path, 'truncated', `gzip stream ends early: ${result.detail ?? ''}`);
  else if (result.status === 'corrupt') ctx.gap(path, 'read-error', `not gzip: ${result.detail ?? ''}`);
  splitter.end();
  Object.assign(summary, splitter.stats);
  return summary;
}

async function readAuthLogs(
  ctx: CollectContext,
  entries: readonly DirEntry[],
  zone: Zone,
  evidence: Evidence,
): Promise<AuthLogFile[]> {
  const all = rotatedFiles(entries, LOG_NAME);
  // Choose newest first within the budget; read oldest first so windows see events in order.
  const chosen: Rotated[] = [];
  let planned = 0;
  const perFamily = new Map<string, number>();
  for (const file of all) {
    const path = `/var/log/${file.name}`;
    const n = (perFamily.get(file.family) ?? 0) + 1;
    perFamily.set(file.family, n);
    const info = await ctx.root.stat(path);
    const estimate = info.ok
      ? file.ext === ''
        ? info.size
        : Math.min(info.size * 10, LIMITS.gzOutputBytes)
      : 0;
    if (n > LIMITS.filesPerFamily || (planned > 0 && planned + estimate > LIMITS.totalBytes)) {
      ctx.gap(
        path,
        'too-large',
        `older than the auth logs read (budget ${LIMITS.totalBytes} bytes, ${LIMITS.filesPerFamily} files)`,
      );
      continue;
    }
    planned += estimate;
    chosen.push(file);
  }
  const budget = { left: LIMITS.totalBytes };
  const files: AuthLogFile[] = [];
  for (const file of chosen.reverse().sort((a, b) => a.family.localeCompare(b.family))) {
    const summary = await readLog(ctx, `/var/log/${file.name}`, file, zone, budget, evidence);
    if (summary) files.push(summary);
  }
  return files;
}

async function readRecordFile(
  ctx: CollectContext,
  path: string,
  gz: boolean,
  field: AuthLogGapField,
): Promise<Buffer | null> {
  const read = await ctx.root.readBytes(path, {
    maxBytes: gz ? LIMITS.gzInputBytes : LIMITS.utmpBytes,
    allowBinary: true,
  });
  if (!read.ok) {
    ctx.noteFailure(path, read, field);
    return null;
  }
  if (!gz) return read.bytes;
  const chunks: Buffer[] = [];
  const result = await gunzipChunks(read.bytes, LIMITS.utmpBytes, (c) => chunks.push(Buffer.from(c)));
  if (result.status === 'too-large') ctx.gap(path, 'too-large', result.detail, field);
  else if (result.status === 'truncated') ctx.gap(path, 'truncated', 'gzip stream ends early', field);
  else if (result.status === 'corrupt')
    ctx.gap(path, 'read-error', `not gzip: ${result.detail ?? ''}`, field);
  return Buffer.concat(chunks);
}

async function readLoginRecords(
  ctx: CollectContext,
  entries: readonly DirEntry[],
  evidence: Evidence,
): Promise<{ logins: LoginRecord[]; btmpRecords: number }> {
  const files = rotatedFiles(entries, UTMP_NAME).reverse();
  let btmpRecords = 0;
  const latest: LoginRecord[] = [];
  const fromSources: LoginRecord[] = [];
  // btmp first: its bursts add to the verdicts that wtmp sessions are judged against.
  for (const family of ['btmp', 'wtmp'] as const) {
    for (const file of files.filter((f) => f.family === family)) {
      const path = `/var/log/${file.name}`;
      const bytes = await readRecordFile(ctx, path, file.ext === '.gz', family);
      if (!bytes) continue;
      const { records, truncatedBytes } = parseUtmp(bytes, path);
      if (truncatedBytes > 0)
        ctx.gap(path, 'truncated', `${truncatedBytes} bytes after the last whole 384-byte record`, family);
      for (const r of records) {
        if (family === 'btmp') {
          btmpRecords++;
          if (r.host === '') continue;
          const s = evidence.source(r.host);
          s.btmpFailures++;
          const point = { time: r.time, epoch: r.epoch, where: r.where };
          s.firstFailure ??= point;
          if (!s.lastFailure || s.lastFailure.epoch <= r.epoch) s.lastFailure = point;
          evidence.correlate({
            class: 'failed-password',
            program: 'btmp',
            epoch: r.epoch,
            time: r.time,
            ip: r.host,
            user: r.user,
            where: r.where,
          });
          continue;
        }
        if (r.type !== 'user') continue;
        const source = r.host === '' ? undefined : evidence.sources.get(r.host);
        if (source && evidence.verdictEpoch.has(r.host)) {
          if (source.sessions.length < LIMITS.sessionsPerSource) source.sessions.push(r);
          if (fromSources.length < LIMITS.loginsFromSources) fromSources.push(r);
          continue;
        }
        latest.push(r);
        if (latest.length > LIMITS.loginsLatest) latest.shift();
      }
    }
  }
  const logins = [...fromSources, ...latest].sort(
    (a, b) => a.epoch - b.epoch || a.where.path.localeCompare(b.where.path),
  );
  return { logins, btmpRecords };
}

async function passwdAccounts(ctx: CollectContext): Promise<{ name: string; uid: number; home: string }[]> {
  const text = await ctx.root.readText('/etc/passwd');
  return text.ok ? parsePasswd(text.text, '/etc/passwd') : [];
}

async function readLastlog(
  ctx: CollectContext,
  accounts: { name: string; uid: number }[],
): Promise<LastLogin[]> {
  const path = '/var/log/lastlog';
  const read = await ctx.root.readBytes(path, { maxBytes: LIMITS.utmpBytes, allowBinary: true });
  if (!read.ok) {
    ctx.noteFailure(path, read, 'lastlog');
    return [];
  }
  const { entries, truncatedBytes } = parseLastlog(read.bytes, path);
  if (truncatedBytes > 0)
    ctx.gap(path, 'truncated', `${truncatedBytes} bytes after the last whole 292-byte record`, 'lastlog');
  const names = new Map<number, string>();
  for (const a of accounts) if (!names.has(a.uid)) names.set(a.uid, a.name);
  return entries.slice(0, LIMITS.lastlogEntries).map((e) => {
    const name = names.get(e.uid);
    return name === undefined ? e : { ...e, user: name };
  });
}

async function readHistories(
  ctx: CollectContext,
  accounts: { name: string; home: string }[],
): Promise<{ files: HistoryFile[]; hits: HistoryHit[] }> {
  const owners = new Map<string, string>();
  owners.set('/root', 'root');
  for (const a of accounts)
    if (a.home.startsWith('/') && a.home !== '/' && !owners.has(a.home)) owners.set(a.home, a.name);
  const homes = await ctx.root.list('/home');
  if (homes.ok)
    for (const e of homes.entries)
      if (e.type === 'dir' && !owners.has(`/home/${e.name}`)) owners.set(`/home/${e.name}`, e.name);
  const files: HistoryFile[] = [];
  const hits: HistoryHit[] = [];
  for (const [home, user] of [...owners].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (home === '/nonexistent' || home.startsWith('/proc') || home.startsWith('/dev')) continue;
    for (const name of HISTORY_NAMES) {
      const path = `${home.replace(/\/+$/, '')}/${name}`;
      const link = await ctx.root.readLink(path);
      if (link.ok && link.target === '/dev/null') {
        files.push({ path, user, lines: 0, linkTarget: link.target });
        hits.push({
          kind: 'history-wiping',
          user,
          detail: 'history file is a link to /dev/null',
          command: `${path} -> /dev/null`,
          where: { path },
        });
        continue;
      }
      const text = await ctx.readText(path, { maxBytes: LIMITS.historyBytes, field: 'history' });
      if (text === undefined) continue;
      const lines = parseHistory(text);
      const file: HistoryFile = { path, user, lines: lines.length };
      if (link.ok) file.linkTarget = link.target;
      files.push(file);
      hits.push(...historySignals(lines, path, user));
    }
  }
  return { files, hits };
}

function byTime(a: AuthEvent, b: AuthEvent): number {
  return (
    a.epoch - b.epoch || a.where.path.localeCompare(b.where.path) || (a.where.line ?? 0) - (b.where.line ?? 0)
  );
}

/**
 * Bound the verdicts: every verdict without a source, and every one whose source also logged in, is kept;
 * the others by number of events, up to the cap. Order stays the correlator's.
 */
function chooseVerdicts(
  evidence: Evidence,
  all: readonly Verdict[],
): { verdicts: Verdict[]; dropped: number } {
  if (all.length <= LIMITS.verdicts) return { verdicts: [...all], dropped: 0 };
  const loggedIn = (v: Verdict) => {
    const s = v.source === undefined ? undefined : evidence.sources.get(v.source);
    return s !== undefined && (s.acceptedCount > 0 || s.sessions.length > 0);
  };
  const must = all.filter((v) => v.source === undefined || loggedIn(v));
  const room = Math.max(0, LIMITS.verdicts - must.length);
  const rest = all
    .filter((v) => v.source !== undefined && !loggedIn(v))
    .sort((a, b) => b.events - a.events || a.first.epoch - b.first.epoch)
    .slice(0, room);
  const keep = new Set([...must, ...rest]);
  const verdicts = all.filter((v) => keep.has(v));
  return { verdicts, dropped: all.length - verdicts.length };
}

/**
 * Bound the sources: first those with a verdict that also logged in (the compromise candidates), then the
 * other brute-forcing ones, then those that logged in, up to one cap; the busiest of the rest up to another.
 */
function chooseSources(
  evidence: Evidence,
  verdicts: readonly Verdict[],
): { sources: SourceSummary[]; dropped: number } {
  const flagged = new Set(verdicts.map((v) => v.source).filter((s): s is string => s !== undefined));
  const all = [...evidence.sources.values()];
  const loggedIn = (s: SourceSummary) => s.acceptedCount > 0 || s.sessions.length > 0;
  const busiest = (a: SourceSummary, b: SourceSummary) =>
    b.failures + b.btmpFailures - (a.failures + a.btmpFailures) || a.ip.localeCompare(b.ip);
  const tier = (s: SourceSummary) => (flagged.has(s.ip) ? (loggedIn(s) ? 0 : 1) : loggedIn(s) ? 2 : 3);
  const important = all.filter((s) => tier(s) < 3).sort((a, b) => tier(a) - tier(b) || busiest(a, b));
  const rest = all.filter((s) => tier(s) === 3).sort(busiest);
  const kept = [...important.slice(0, LIMITS.sourcesTotal), ...rest.slice(0, LIMITS.sourcesWithoutLogin)];
  kept.sort((a, b) => a.ip.localeCompare(b.ip));
  return { sources: kept, dropped: all.length - kept.length };
}

export const authlogCollector = defineCollector({
  section: 'authlog',
  version: 1,
  collect: async (ctx): Promise<AuthLogSection> => {
    const zone = await hostZone(ctx);
    const evidence = new Evidence();
    const varLog = await ctx.list('/var/log');
    const entries = varLog ?? [];
    const files = await readAuthLogs(ctx, entries, zone, evidence);
    const { logins, btmpRecords } = await readLoginRecords(ctx, entries, evidence);
    const accounts = await passwdAccounts(ctx);
    const lastlog = await readLastlog(ctx, accounts);
    const history = await readHistories(ctx, accounts);
    const chosen = chooseVerdicts(evidence, evidence.correlator.verdicts());
    const { sources, dropped } = chooseSources(evidence, chosen.verdicts);
    const events = [...evidence.accountEvents, ...evidence.otherEvents].sort(byTime);
    return {
      timezone: zoneLabel(zone),
      files,
      counts: Object.fromEntries(Object.entries(evidence.counts).sort(([a], [b]) => a.localeCompare(b))),
      events,
      eventsDropped: evidence.dropped,
      verdicts: chosen.verdicts,
      verdictsDropped: chosen.dropped,
      sources,
      sourcesDropped: dropped,
      acceptedCount: evidence.acceptedCount,
      logins,
      btmpRecords,
      lastlog,
      history,
    };
  },
});
