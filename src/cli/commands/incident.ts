/**
 * `hegui incident …` (issue 5; CONTRACT §5): open an incident from a scan report, keep its timeline in
 * the local store, show its statutory clocks, record reports, drills and closing, and print the
 * containment checklist, the liability analysis and the documents.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { verifyCapture } from '../../capture/verify.ts';
import { HeguiError } from '../../core/errors.ts';
import { maskSecrets } from '../../core/mask.ts';
import type { Report } from '../../core/finding.ts';
import { containmentChecklist } from '../../incident/checklist.ts';
import { clockNotes, clocks } from '../../incident/clocks.ts';
import { DOCUMENT_KINDS, renderDocument, type DocumentKind } from '../../incident/documents/index.ts';
import { parseInventory } from '../../pii/inventory.ts';
import {
  incidentFromReport,
  parseReport,
  personalInfoFromInventory,
  type PersonalInfo,
} from '../../incident/from-report.ts';
import { gradingCriteriaText } from '../../incident/grading.ts';
import { liability } from '../../incident/liability.ts';
import {
  CLOCK_DUTIES,
  GRADES,
  OPERATOR_KINDS,
  type CaptureSummary,
  type Clock,
  type ClockDuty,
  type Grade,
  type Incident,
  type OperatorKind,
  type TimelineEntry,
} from '../../incident/model.ts';
import { IncidentStore, newId, type IncidentPatch } from '../../incident/store.ts';
import { DEFAULT_TZ, checkZone, formatInZone, parseIsoTime } from '../../incident/time.ts';
import { findProvision } from '../../legal/provisions.ts';
import { citation } from '../../legal/render.ts';
import { dataDir, openStore } from '../../storage/db.ts';
import { defineCommand, type CommandFlags } from '../command.ts';
import { emit, type Io } from '../io.ts';
import type { Options } from '../options.ts';

type Lang = 'zh' | 'en';

const SUBCOMMANDS = [
  'open',
  'list',
  'show',
  'status',
  'update',
  'close',
  'checklist',
  'liability',
  'document',
  'drill',
  'drills',
] as const;
type Sub = (typeof SUBCOMMANDS)[number];

const FORMATS = ['text', 'json', 'md', 'html', 'pdf'] as const;

interface Ctx {
  args: string[];
  options: Readonly<Options>;
  io: Io;
  flags: CommandFlags;
  lang: Lang;
  tz: string;
  store: IncidentStore;
  now: Date;
}

const str = (flags: CommandFlags, name: string): string | undefined => {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
};
const list = (flags: CommandFlags, name: string): string[] => {
  const v = flags[name];
  if (v === undefined || typeof v === 'boolean') return [];
  return (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
};
const bool = (flags: CommandFlags, name: string): boolean | undefined => {
  const v = flags[name];
  return typeof v === 'boolean' ? v : undefined;
};
const tr = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

function usage(message: string): HeguiError {
  return new HeguiError('HEGUI_E_USAGE', message);
}

function format(ctx: Ctx, allowed: readonly (typeof FORMATS)[number][]): (typeof FORMATS)[number] {
  const f = (str(ctx.flags, 'format') ?? 'text') as (typeof FORMATS)[number];
  if (!allowed.includes(f))
    throw usage(`incident ${ctx.args[0] ?? ''}: --format must be one of ${allowed.join(', ')}`);
  return f;
}

function idArg(ctx: Ctx): string {
  const id = ctx.args[1];
  if (id === undefined)
    throw usage(`incident ${ctx.args[0] ?? ''} needs an incident id (see \`hegui incident list\`)`);
  return id;
}

/** A time the user gives: valid ISO 8601 and not after now. */
function pastTime(ctx: Ctx, text: string, what: string): Date {
  const t = parseIsoTime(text, ctx.tz, what);
  if (t.getTime() > ctx.now.getTime()) {
    throw new HeguiError(
      'HEGUI_E_TIME_IN_FUTURE',
      `${what} ${text} is after now (${formatInZone(ctx.now, ctx.tz)})`,
    );
  }
  return t;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// ---------- open ----------

/** Reports and inventories larger than this are refused rather than read into memory. */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** A file's text, or the given coded error naming it (ENOENT, EACCES, a directory, too large). */
async function readText(
  file: string,
  code: 'HEGUI_E_REPORT_UNREADABLE' | 'HEGUI_E_INVENTORY_UNREADABLE',
  what: string,
): Promise<string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new HeguiError(code, `${what} ${file} is not a regular file`);
    if (info.size > MAX_INPUT_BYTES)
      throw new HeguiError(code, `${what} ${file} is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}`);
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof HeguiError) throw error;
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new HeguiError(code, `cannot read ${what} ${file}: ${why}`, { cause: error });
  }
}

async function readReport(file: string): Promise<Report> {
  return parseReport(await readText(file, 'HEGUI_E_REPORT_UNREADABLE', 'report'), file);
}

/** --event-category CODE[:NAME] (GB/T 20986-2023, the user's choice), or undefined without it. */
function eventCategory(ctx: Ctx): Incident['eventCategory'] {
  const text = str(ctx.flags, 'event-category');
  if (text === undefined) return undefined;
  const [code = '', ...rest] = text.split(/[:：]/);
  if (code.trim() === '')
    throw usage('--event-category takes CODE[:NAME], the GB/T 20986-2023 category you chose');
  return { code: code.trim(), name: rest.join(':').trim() };
}

const REPORTER_KEYS = ['unit', 'person', 'phone', 'email', 'address'] as const;

/** --reporter KEY=VALUE (repeatable): who reports and how to reach them, for the documents. */
function reporter(ctx: Ctx): Incident['reporter'] {
  const v = ctx.flags.reporter;
  const items = v === undefined || typeof v === 'boolean' ? [] : Array.isArray(v) ? v : [v];
  if (items.length === 0) return undefined;
  const out: NonNullable<Incident['reporter']> = {};
  for (const item of items) {
    const i = item.indexOf('=');
    const key = item.slice(0, Math.max(i, 0)) as (typeof REPORTER_KEYS)[number];
    const value = item.slice(i + 1).trim();
    if (i < 0 || !REPORTER_KEYS.includes(key) || value === '')
      throw usage(`--reporter takes KEY=VALUE with KEY one of ${REPORTER_KEYS.join(', ')}, not "${item}"`);
    out[key] = value;
  }
  return out;
}

/** The PI rows of the inventory --pi names, or undefined without --pi. */
async function readPi(ctx: Ctx): Promise<PersonalInfo | undefined> {
  const file = str(ctx.flags, 'pi');
  if (file === undefined) return undefined;
  const text = await readText(file, 'HEGUI_E_INVENTORY_UNREADABLE', 'PI inventory');
  return personalInfoFromInventory(parseInventory(text, file));
}

async function open(ctx: Ctx): Promise<number> {
  const f = format(ctx, ['text', 'json']);
  const from = str(ctx.flags, 'from');
  const detected = str(ctx.flags, 'detected-at');
  const grade = str(ctx.flags, 'grade') as Grade | undefined;
  const operator = str(ctx.flags, 'operator') as OperatorKind | undefined;
  if (from === undefined)
    throw usage('incident open needs --from REPORT.json (from `hegui scan --format json`)');
  if (detected === undefined)
    throw usage('incident open needs --detected-at ISO8601 (when the incident was detected)');
  if (grade === undefined)
    throw usage(`incident open needs --grade (${GRADES.join('|')}); hegui never grades for you`);
  if (operator === undefined) throw usage(`incident open needs --operator (${OPERATOR_KINDS.join('|')})`);
  const detectedAt = pastTime(ctx, detected, 'detection time');
  const report = await readReport(from);
  const personalInfo = await readPi(ctx);
  const title = str(ctx.flags, 'title');
  const incident = incidentFromReport(report, {
    id: newId('inc'),
    detectedAt: formatInZone(detectedAt, ctx.tz),
    grade,
    operator,
    now: ctx.now,
    tz: ctx.tz,
    crimeSuspected: bool(ctx.flags, 'crime-suspected') ?? false,
    affectedSystems: list(ctx.flags, 'affected'),
    ...(title === undefined ? {} : { title }),
    ...(personalInfo === undefined ? {} : { personalInfo }),
  });
  if (bool(ctx.flags, 'insider') === true) incident.insider = { suspected: true };
  const category = eventCategory(ctx);
  if (category !== undefined) incident.eventCategory = category;
  const who = reporter(ctx);
  if (who !== undefined) incident.reporter = who;
  await ctx.store.create(incident, report);
  const criteria = gradingCriteriaText(grade, ctx.lang).join('\n');
  if (f === 'json') {
    await emit(ctx.io, ctx.options.output, json({ id: incident.id }));
    // The criteria still reach the user, off the machine-readable stream.
    if (!ctx.options.quiet) ctx.io.stderr(`${criteria}\n`);
    return 0;
  }
  const lines = [
    tr(ctx.lang, `已立案：${incident.id}  ${incident.title}`, `Opened ${incident.id}: ${incident.title}`),
    '',
    criteria,
    '',
    ...statusLines(ctx, incident),
  ];
  await emit(ctx.io, ctx.options.output, lines.join('\n'));
  return 0;
}

// ---------- status ----------

function duration(ms: number, lang: Lang): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts =
    lang === 'zh'
      ? [d ? `${d} 天` : '', h ? `${h} 小时` : '', `${m} 分`]
      : [d ? `${d} d` : '', h ? `${h} h` : '', `${m} min`];
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * The citation of a clock's rule. A rule known only from commentary (V-2ND) names the instrument, not an
 * article: the article it sits in was not read.
 */
function citeOf(c: Clock, lang: Lang, date: string): string {
  const p = findProvision(c.provision);
  if (p === undefined) return c.provision;
  if (c.ruleStatus === 'V-2ND') return lang === 'zh' ? `《${p.shortTitle.zh}》` : p.shortTitle.en;
  return citation(p, c.clause, lang, date);
}

function clockLine(c: Clock, lang: Lang, date: string): string[] {
  const state: Record<Clock['state'], string> = {
    running: tr(lang, '计时中', 'running'),
    overdue: tr(lang, '已超时', 'OVERDUE'),
    met: tr(lang, '已履行', 'met'),
    'met-late': tr(lang, '已履行(逾期)', 'met late'),
    'no-fixed-deadline': tr(lang, '无固定时限', 'no fixed deadline'),
  };
  let when: string;
  if (c.deadline === undefined) {
    when = tr(lang, '立即/及时履行(法律未规定固定时刻)', 'without delay (no fixed hour in the law)');
  } else {
    when = `${tr(lang, '截止', 'due')} ${c.deadline}`;
    if (c.remainingMs !== undefined) {
      when +=
        c.remainingMs >= 0
          ? tr(lang, `，剩余 ${duration(c.remainingMs, lang)}`, `, ${duration(c.remainingMs, lang)} left`)
          : tr(
              lang,
              `，已超时 ${duration(c.remainingMs, lang)}`,
              `, overdue by ${duration(c.remainingMs, lang)}`,
            );
    }
  }
  if (c.reportedAt !== undefined)
    when += tr(lang, `；已于 ${c.reportedAt} 报告`, `; reported ${c.reportedAt}`);
  return [
    `[${state[c.state]}] ${c.duty} → ${c.recipient}`,
    `    ${when}`,
    `    ${tr(lang, '依据', 'basis')}: ${citeOf(c, lang, date)}${c.basis === undefined ? '' : ` — ${c.basis}`}`,
  ];
}

function statusLines(ctx: Ctx, incident: Incident): string[] {
  const cs = clocks(incident, ctx.now, ctx.tz, ctx.lang);
  const date = parseIsoTime(incident.detectedAt, ctx.tz).toISOString();
  const lines = [
    tr(
      ctx.lang,
      `${incident.id}  定级 ${incident.grade}  发现于 ${incident.detectedAt}  现在 ${formatInZone(ctx.now, ctx.tz)}`,
      `${incident.id}  grade ${incident.grade}  detected ${incident.detectedAt}  now ${formatInZone(ctx.now, ctx.tz)}`,
    ),
  ];
  if (cs.length === 0) lines.push(tr(ctx.lang, '没有适用的法定时钟。', 'No statutory clock applies.'));
  for (const c of cs) lines.push(...clockLine(c, ctx.lang, date));
  const notes = clockNotes(incident, ctx.lang);
  if (notes.length > 0) lines.push('', ...notes.map((n) => `* ${n}`));
  return lines;
}

async function status(ctx: Ctx): Promise<number> {
  const f = format(ctx, ['text', 'json']);
  const incident = await ctx.store.get(idArg(ctx));
  if (f === 'json') {
    const cs = clocks(incident, ctx.now, ctx.tz, ctx.lang);
    const out = {
      id: incident.id,
      grade: incident.grade,
      detectedAt: incident.detectedAt,
      clocks: cs.map((c) => ({
        duty: c.duty,
        recipient: c.recipient,
        ...(c.deadline === undefined ? {} : { deadline: c.deadline }),
        provision: c.provision,
        ...(c.clause === undefined ? {} : { clause: c.clause }),
        state: c.state,
        ...(c.remainingMs === undefined ? {} : { remainingMs: c.remainingMs }),
        ...(c.reportedAt === undefined ? {} : { reportedAt: c.reportedAt }),
        ...(c.ruleStatus === undefined ? {} : { ruleStatus: c.ruleStatus }),
        ...(c.basis === undefined ? {} : { basis: c.basis }),
      })),
      status: incident.status,
      now: formatInZone(ctx.now, ctx.tz),
      notes: clockNotes(incident, ctx.lang),
    };
    await emit(ctx.io, ctx.options.output, json(out));
    return 0;
  }
  await emit(ctx.io, ctx.options.output, statusLines(ctx, incident).join('\n'));
  return 0;
}

// ---------- list / show ----------

async function listCmd(ctx: Ctx): Promise<number> {
  const f = format(ctx, ['text', 'json']);
  const rows = await ctx.store.list();
  if (f === 'json') {
    await emit(ctx.io, ctx.options.output, json(rows));
    return 0;
  }
  if (rows.length === 0) {
    await emit(ctx.io, ctx.options.output, tr(ctx.lang, '没有事件记录。', 'No incidents recorded.'));
    return 0;
  }
  const lines = rows.map((r) => `${r.id}  ${r.status.padEnd(6)}  ${r.grade}\t${r.detectedAt}  ${r.title}`);
  await emit(ctx.io, ctx.options.output, lines.join('\n'));
  return 0;
}

async function show(ctx: Ctx): Promise<number> {
  const f = format(ctx, ['text', 'json']);
  const incident = await ctx.store.get(idArg(ctx));
  if (f === 'json') {
    await emit(ctx.io, ctx.options.output, json(incident));
    return 0;
  }
  const l = ctx.lang;
  const op: Record<OperatorKind, string> = {
    cii: tr(l, '关键信息基础设施运营者', 'CII operator'),
    state: tr(l, '中央和国家机关及其下属单位', 'central or state body'),
    other: tr(l, '其他网络运营者', 'other network operator'),
  };
  const lines = [
    `${incident.id}  ${incident.title}`,
    `${tr(l, '状态', 'status')}: ${incident.status}${incident.closedAt ? ` (${incident.closedAt})` : ''}`,
    `${tr(l, '定级', 'grade')}: ${incident.grade}   ${tr(l, '运营者', 'operator')}: ${op[incident.operator]}`,
    `${tr(l, '发现时间', 'detected')}: ${incident.detectedAt}   ${tr(l, '立案', 'opened')}: ${incident.createdAt}`,
    `${tr(l, '主机', 'host')}: ${incident.host.hostname}   ${tr(l, '受影响系统', 'affected systems')}: ${incident.affectedSystems.join(', ')}`,
    `${tr(l, '涉嫌犯罪', 'crime suspected')}: ${incident.crimeSuspected ? tr(l, '是(用户标记)', 'yes (marked by the user)') : tr(l, '未标记', 'not marked')}` +
      (incident.insider?.suspected ? `   ${tr(l, '怀疑内部人员', 'insider suspected')}` : ''),
  ];
  if (incident.reporter !== undefined) {
    const r = incident.reporter;
    const parts = REPORTER_KEYS.filter((k) => r[k] !== undefined).map((k) => `${k}=${r[k] ?? ''}`);
    const text = parts.join('  ');
    lines.push(`${tr(l, '报告人', 'reporter')}: ${ctx.options.showSecrets ? text : maskSecrets(text)}`);
  }
  if (incident.eventCategory !== undefined)
    lines.push(
      `${tr(l, '事件分类(GB/T 20986-2023)', 'category (GB/T 20986-2023)')}: ${incident.eventCategory.code} ${incident.eventCategory.name}`.trimEnd(),
    );
  if (incident.personalInfo !== undefined && incident.personalInfo.length > 0) {
    lines.push(tr(l, '涉及的个人信息:', 'Personal information involved:'));
    for (const p of incident.personalInfo)
      lines.push(
        `  - ${p.kind}${p.sensitive ? tr(l, '(敏感)', ' (sensitive)') : ''}: ${p.records} ${tr(l, '条', 'records')}${p.people === undefined ? '' : tr(l, `，${p.people} 人`, `, ${p.people} people`)} — ${p.where}`,
      );
  }
  lines.push(
    tr(l, `关联发现(${incident.findings.length}):`, `Linked findings (${incident.findings.length}):`),
  );
  for (const fd of incident.findings)
    lines.push(
      `  - [${fd.severity}] ${fd.checkId}: ${fd.title}${fd.evidence.length ? ` (${fd.evidence.join('; ')})` : ''}`,
    );
  lines.push(tr(l, '时间线:', 'Timeline:'));
  for (const e of incident.timeline) lines.push(`  ${e.at}  ${e.kind.padEnd(9)} ${e.text}`);
  if (incident.reports.length > 0) {
    lines.push(tr(l, '已作报告:', 'Reports made:'));
    for (const r of incident.reports) lines.push(`  ${r.at}  ${r.duty}${r.to ? ` → ${r.to}` : ''}`);
  }
  lines.push('', ...statusLines(ctx, incident));
  await emit(ctx.io, ctx.options.output, lines.join('\n'));
  return 0;
}

// ---------- update / close ----------

function attestations(ctx: Ctx): Record<string, boolean> | undefined {
  const items = list(ctx.flags, 'attest');
  if (items.length === 0) return undefined;
  const out: Record<string, boolean> = {};
  for (const item of items) {
    const m = /^([a-z0-9][a-z0-9-]*)=(yes|no|true|false)$/.exec(item);
    if (m === null) throw usage(`--attest takes KEY=yes|no (e.g. response-plan=yes), not "${item}"`);
    out[m[1]!] = m[2] === 'yes' || m[2] === 'true';
  }
  return out;
}

async function update(ctx: Ctx): Promise<number> {
  const id = idArg(ctx);
  const before = await ctx.store.get(id);
  const l = ctx.lang;
  const at = formatInZone(ctx.now, ctx.tz);
  const patch: IncidentPatch = {};
  const entries: TimelineEntry[] = [];
  const grade = str(ctx.flags, 'grade') as Grade | undefined;
  if (grade !== undefined && grade !== before.grade) {
    patch.grade = grade;
    entries.push({
      at,
      kind: 'updated',
      text: tr(l, `定级由${before.grade}改为${grade}`, `Regraded from ${before.grade} to ${grade}`),
    });
  }
  const crime = bool(ctx.flags, 'crime-suspected');
  if (crime !== undefined && crime !== before.crimeSuspected) {
    patch.crimeSuspected = crime;
    entries.push({
      at,
      kind: 'updated',
      text: crime
        ? tr(l, '标记为涉嫌犯罪', 'Marked as a suspected crime')
        : tr(l, '取消涉嫌犯罪标记', 'Crime mark removed'),
    });
  }
  const insider = bool(ctx.flags, 'insider');
  if (insider !== undefined) {
    const note = str(ctx.flags, 'insider-note');
    patch.insider = { suspected: insider, ...(note === undefined ? {} : { note }) };
    entries.push({
      at,
      kind: 'updated',
      text: insider
        ? tr(l, '标记怀疑内部人员', 'Insider suspected')
        : tr(l, '取消内部人员标记', 'Insider mark removed'),
    });
  }
  const affected = list(ctx.flags, 'affected');
  if (affected.length > 0) {
    patch.affectedSystems = [...new Set([...before.affectedSystems, ...affected])];
    entries.push({
      at,
      kind: 'updated',
      text: tr(l, `新增受影响系统：${affected.join(', ')}`, `Affected systems added: ${affected.join(', ')}`),
    });
  }
  const who = reporter(ctx);
  if (who !== undefined) {
    patch.reporter = { ...before.reporter, ...who };
    entries.push({
      at,
      kind: 'updated',
      text: tr(
        l,
        `报告人信息更新：${Object.keys(who).join(', ')}`,
        `Reporter details updated: ${Object.keys(who).join(', ')}`,
      ),
    });
  }
  const category = eventCategory(ctx);
  if (category !== undefined) {
    patch.eventCategory = category;
    entries.push({
      at,
      kind: 'updated',
      text: tr(
        l,
        `事件分类(GB/T 20986-2023)：${category.code} ${category.name}`,
        `Category (GB/T 20986-2023): ${category.code} ${category.name}`,
      ),
    });
  }
  const pi = await readPi(ctx);
  if (pi !== undefined) {
    patch.personalInfo = pi;
    const records = pi.reduce((n, p) => n + p.records, 0);
    entries.push({
      at,
      kind: 'updated',
      text: tr(
        l,
        `个人信息清单：${pi.length} 处，${records} 条明文记录`,
        `PI inventory: ${pi.length} places, ${records} plaintext records`,
      ),
    });
  }
  const attest = attestations(ctx);
  if (attest !== undefined) {
    patch.attestations = attest;
    const said = Object.entries(attest)
      .map(([k, v]) => `${k}=${v ? 'yes' : 'no'}`)
      .join(', ');
    entries.push({ at, kind: 'updated', text: tr(l, `运营者声明：${said}`, `Operator states: ${said}`) });
  }
  const note = str(ctx.flags, 'note');
  if (note !== undefined) entries.push({ at, kind: 'note', text: note });
  const reported = str(ctx.flags, 'reported');
  const reportAtText = str(ctx.flags, 'at');
  if (reportAtText !== undefined && reported === undefined) throw usage('--at goes with --reported DUTY');
  if (Object.keys(patch).length > 0 || entries.length > 0) await ctx.store.update(id, patch, entries);
  if (reported !== undefined) {
    if (!CLOCK_DUTIES.includes(reported as ClockDuty))
      throw usage(`--reported must be one of ${CLOCK_DUTIES.join(', ')}, not "${reported}"`);
    const when = reportAtText === undefined ? ctx.now : pastTime(ctx, reportAtText, 'report time');
    const detected = parseIsoTime(before.detectedAt, ctx.tz);
    if (when.getTime() < detected.getTime())
      throw new HeguiError(
        'HEGUI_E_TIME_INVALID',
        `report time ${formatInZone(when, ctx.tz)} is before the detection time ${before.detectedAt}`,
      );
    const whenText = formatInZone(when, ctx.tz);
    const to = str(ctx.flags, 'to');
    await ctx.store.recordReport(
      id,
      { duty: reported as ClockDuty, at: whenText, ...(to === undefined ? {} : { to }) },
      {
        at: whenText,
        kind: reported === 'pipl-notify' ? 'notified' : 'reported',
        text: tr(
          l,
          `已履行 ${reported}${to ? `(报送 ${to})` : ''}`,
          `${reported} made${to ? ` (to ${to})` : ''}`,
        ),
      },
    );
  } else if (Object.keys(patch).length === 0 && entries.length === 0) {
    throw usage(
      'incident update: nothing to change (give --grade, --note, --reported DUTY [--at ISO], --crime-suspected, --insider, --affected, --attest, --pi, --event-category or --reporter)',
    );
  }
  const after = await ctx.store.get(id);
  if (format(ctx, ['text', 'json']) === 'json') {
    await emit(ctx.io, ctx.options.output, json({ id, updated: true }));
    return 0;
  }
  await emit(
    ctx.io,
    ctx.options.output,
    [tr(l, `已更新 ${id}`, `Updated ${id}`), '', ...statusLines(ctx, after)].join('\n'),
  );
  return 0;
}

async function close(ctx: Ctx): Promise<number> {
  const id = idArg(ctx);
  const note = str(ctx.flags, 'note');
  const at = formatInZone(ctx.now, ctx.tz);
  const incident = await ctx.store.close(id, {
    at,
    kind: 'closed',
    text: note ?? tr(ctx.lang, '结案', 'Closed'),
  });
  const open = clocks(incident, ctx.now, ctx.tz, ctx.lang).filter(
    (c) => c.state === 'running' || c.state === 'overdue',
  );
  const lines = [tr(ctx.lang, `已结案 ${id}`, `Closed ${id}`)];
  if (open.length > 0)
    lines.push(
      tr(
        ctx.lang,
        `注意：仍有未记录履行的报告义务：${open.map((c) => c.duty).join(', ')}`,
        `Note: duties with no report recorded: ${open.map((c) => c.duty).join(', ')}`,
      ),
    );
  await emit(ctx.io, ctx.options.output, lines.join('\n'));
  return 0;
}

// ---------- derived: checklist, liability, document ----------

async function reportOf(ctx: Ctx, id: string): Promise<Report> {
  const report = await ctx.store.sourceReport(id);
  if (report === undefined)
    throw new HeguiError(
      'HEGUI_E_REPORT_UNREADABLE',
      `incident ${id} has no stored scan report to derive this from`,
    );
  return report;
}

async function checklist(ctx: Ctx): Promise<number> {
  const f = format(ctx, ['text', 'json']);
  const id = idArg(ctx);
  await ctx.store.get(id);
  const items = containmentChecklist(await reportOf(ctx, id), ctx.lang);
  if (f === 'json') {
    await emit(ctx.io, ctx.options.output, json(items));
    return 0;
  }
  const lines = [
    tr(
      ctx.lang,
      '处置清单(hegui 只打印命令，从不执行；先保全证据：hegui capture)',
      'Containment checklist (hegui prints these commands and never runs them; capture evidence first: hegui capture)',
    ),
  ];
  items.forEach((it, i) => {
    lines.push(
      `${i + 1}. [${it.kind}] ${it.target} — ${it.why}`,
      ...it.command.split('\n').map((c) => `     $ ${c}`),
    );
  });
  await emit(ctx.io, ctx.options.output, lines.join('\n'));
  return 0;
}

async function liabilityCmd(ctx: Ctx): Promise<number> {
  const f = format(ctx, ['text', 'json']);
  const id = idArg(ctx);
  const incident = await ctx.store.get(id);
  const report = await ctx.store.sourceReport(id);
  const points = liability(incident, report, ctx.lang, { now: ctx.now, tz: ctx.tz });
  if (f === 'json') {
    await emit(ctx.io, ctx.options.output, json(points));
    return 0;
  }
  const lines: string[] = [];
  for (const p of points) {
    lines.push(`[${p.party}] [${p.status}] ${p.duty}`, `    ${p.basis}`);
    for (const s of p.statements ?? []) lines.push(`    - ${s}`);
  }
  await emit(ctx.io, ctx.options.output, lines.join('\n'));
  return 0;
}

/** The items of an evidence capture for the police summary; only a capture that verifies intact. */
async function captureSummary(file: string): Promise<CaptureSummary> {
  const result = await verifyCapture(file);
  if (!result.intact || result.manifest === undefined) {
    const what = result.problems
      .slice(0, 3)
      .map((p) => `${p.path}: ${p.detail ?? p.kind}`)
      .join('; ');
    throw new HeguiError(
      'HEGUI_E_CAPTURE_CORRUPT',
      `${file} does not match its manifest (${what || 'no manifest'}); run \`hegui capture verify ${file}\``,
    );
  }
  return {
    file,
    collectedAt: result.manifest.collectedAt.shanghai,
    items: result.manifest.items.map((i) => ({ path: i.path, sha256: i.sha256, size: i.size })),
  };
}

async function document(ctx: Ctx): Promise<number> {
  const id = idArg(ctx);
  const kind = str(ctx.flags, 'kind') as DocumentKind | undefined;
  if (kind === undefined || !DOCUMENT_KINDS.includes(kind))
    throw usage(`incident document needs --kind ${DOCUMENT_KINDS.join('|')}`);
  const f = str(ctx.flags, 'format') ?? 'md';
  if (f !== 'md' && f !== 'html' && f !== 'pdf')
    throw usage('incident document: --format must be md, html or pdf');
  if (f === 'pdf' && (ctx.options.output === undefined || ctx.options.output === '-'))
    throw usage('a PDF needs --output FILE.pdf');
  const captureFile = str(ctx.flags, 'capture');
  const incident = await ctx.store.get(id);
  const report = await ctx.store.sourceReport(id);
  const cs = clocks(incident, ctx.now, ctx.tz, ctx.lang);
  const input = {
    incident,
    clocks: cs,
    checklist: report === undefined ? [] : containmentChecklist(report, ctx.lang),
    liability: liability(incident, report, ctx.lang, { clocks: cs, now: ctx.now, tz: ctx.tz }),
    ...(report === undefined ? {} : { report }),
    ...(captureFile === undefined ? {} : { capture: await captureSummary(captureFile) }),
  };
  const out = await renderDocument(kind, input, { lang: ctx.lang, format: f, now: ctx.now });
  if (typeof out === 'string') {
    await emit(ctx.io, ctx.options.output, out);
    return 0;
  }
  const file = ctx.options.output!;
  try {
    await writeFile(file, out);
  } catch (error) {
    throw new HeguiError('HEGUI_E_OUTPUT', `cannot write ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return 0;
}

// ---------- drills ----------

async function drill(ctx: Ctx): Promise<number> {
  const atText = str(ctx.flags, 'at');
  const at = atText === undefined ? ctx.now : pastTime(ctx, atText, 'drill time');
  const notes = str(ctx.flags, 'notes');
  const d = {
    at: formatInZone(at, ctx.tz),
    scenario:
      str(ctx.flags, 'scenario') ?? tr(ctx.lang, '服务器入侵应急演练', 'server intrusion response drill'),
    participants: list(ctx.flags, 'participants'),
    ...(notes === undefined ? {} : { notes }),
  };
  const id = await ctx.store.recordDrill(d);
  if (format(ctx, ['text', 'json']) === 'json') {
    await emit(ctx.io, ctx.options.output, json({ id }));
    return 0;
  }
  await emit(
    ctx.io,
    ctx.options.output,
    tr(ctx.lang, `已记录演练 ${id}：${d.at} ${d.scenario}`, `Drill ${id} recorded: ${d.at} ${d.scenario}`),
  );
  return 0;
}

async function drills(ctx: Ctx): Promise<number> {
  const f = format(ctx, ['text', 'json']);
  const all = await ctx.store.drills();
  if (f === 'json') {
    await emit(ctx.io, ctx.options.output, json(all));
    return 0;
  }
  if (all.length === 0) {
    await emit(ctx.io, ctx.options.output, tr(ctx.lang, '没有演练记录。', 'No drills recorded.'));
    return 0;
  }
  const lines = all.map(
    (d) =>
      `${d.at}  ${d.scenario}${d.participants.length ? `  (${d.participants.join(', ')})` : ''}${d.notes ? ` — ${d.notes}` : ''}`,
  );
  await emit(ctx.io, ctx.options.output, lines.join('\n'));
  return 0;
}

const HANDLERS: Record<Sub, (ctx: Ctx) => Promise<number>> = {
  open,
  list: listCmd,
  show,
  status,
  update,
  close,
  checklist,
  liability: liabilityCmd,
  document,
  drill,
  drills,
};

export const incidentCommand = defineCommand({
  name: 'incident',
  usage: 'incident open|list|show|status|update|close|checklist|liability|document|drill|drills …',
  description: 'record an incident, its statutory clocks and documents',
  help: [
    'Sub-commands:',
    '  open --from REPORT.json --detected-at ISO8601 --grade 特别重大|重大|较大|一般 --operator cii|state|other',
    '       [--title T] [--crime-suspected] [--insider] [--affected SYSTEM ...] [--pi INVENTORY.json]',
    '       [--event-category CODE[:NAME]] [--reporter KEY=VALUE ...] [--format json]',
    '  list                      incidents, newest detection first',
    '  show ID                   the record: findings, PI, timeline, reports, clocks',
    '  status ID [--format json] each statutory clock with its deadline and the time left or overdue',
    '  update ID [--grade G] [--note TEXT] [--reported DUTY [--at ISO] [--to WHOM]] [--[no-]crime-suspected]',
    '            [--[no-]insider [--insider-note T]] [--affected SYSTEM] [--attest KEY=yes|no] [--pi INVENTORY.json]',
    `            DUTY: ${CLOCK_DUTIES.join(', ')}`,
    '  close ID [--note TEXT]',
    '  checklist ID              containment commands for the operator (printed, never run)',
    '  liability ID              operator duties met / missed, the intruder and any insider',
    '  document ID --kind report|notice|police|plan --format md|html|pdf [--output FILE] [--capture FILE.tar.gz]',
    '  drill [--scenario S] [--participants a,b] [--notes N] [--at ISO]   record a response drill',
    '  drills                    the drills recorded',
    'Times without an offset are read in --tz (default Asia/Shanghai); deadlines print with its offset.',
    'The store is a SQLite file in HEGUI_DATA_DIR (else $XDG_DATA_HOME/hegui or ~/.local/share/hegui), or --db postgres://…',
  ],
  options: {
    format: {
      type: 'string',
      choices: FORMATS,
      description: 'output format (text, json; document: md, html, pdf)',
    },
    from: { type: 'string', description: 'open: the JSON scan report the incident comes from' },
    'detected-at': { type: 'string', description: 'open: when the incident was detected (ISO 8601)' },
    grade: { type: 'string', choices: GRADES, description: 'the grade you chose (hegui never grades)' },
    operator: { type: 'string', choices: OPERATOR_KINDS, description: 'open: what kind of operator you are' },
    title: { type: 'string', description: 'open: a title for the incident' },
    reporter: {
      type: 'string',
      multiple: true,
      description:
        'open/update: who reports, KEY=VALUE with KEY unit|person|phone|email|address (repeatable)',
    },
    'event-category': {
      type: 'string',
      description: 'open/update: the GB/T 20986-2023 category you chose, CODE[:NAME]',
    },
    pi: {
      type: 'string',
      description: 'open/update: the PI inventory JSON (`hegui pii inventory --format json`) of the host',
    },
    'crime-suspected': {
      type: 'boolean',
      description: 'you suspect a crime (adds the police-report clocks)',
    },
    insider: { type: 'boolean', description: 'you suspect an insider' },
    'insider-note': { type: 'string', description: 'update: a note on the insider' },
    affected: { type: 'string', multiple: true, description: 'another affected system (repeatable)' },
    note: { type: 'string', description: 'update/close: a note for the timeline' },
    reported: { type: 'string', choices: CLOCK_DUTIES, description: 'update: the duty you have reported' },
    at: { type: 'string', description: 'update --reported / drill: when (ISO 8601; default now)' },
    to: { type: 'string', description: 'update --reported: to whom' },
    attest: {
      type: 'string',
      multiple: true,
      description: 'update: a duty you state met or not, KEY=yes|no',
    },
    kind: { type: 'string', choices: DOCUMENT_KINDS, description: 'document: which document' },
    capture: {
      type: 'string',
      description: 'document: an evidence capture (hegui capture) whose items the police summary lists',
    },
    scenario: { type: 'string', description: 'drill: what was exercised' },
    participants: { type: 'string', description: 'drill: who took part, comma-separated' },
    notes: { type: 'string', description: 'drill: notes' },
    tz: {
      type: 'string',
      description: 'time zone for deadlines (IANA name; default Asia/Shanghai, or HEGUI_TZ)',
    },
    db: { type: 'string', description: 'a postgres:// URL instead of the local SQLite file (or HEGUI_DB)' },
  },
  async run(positionals, options, io, flags) {
    const sub = positionals[0];
    if (sub === undefined || !(SUBCOMMANDS as readonly string[]).includes(sub))
      throw usage(
        `incident: ${sub === undefined ? 'a sub-command is needed' : `unknown sub-command "${sub}"`} (${SUBCOMMANDS.join(', ')})`,
      );
    const tz = str(flags, 'tz') ?? io.env.HEGUI_TZ ?? DEFAULT_TZ;
    checkZone(tz);
    const url = str(flags, 'db') ?? io.env.HEGUI_DB;
    const opened = await openStore({ ...(url === undefined ? {} : { url }), dataDir: dataDir(io.env) });
    try {
      const now = io.clock();
      const ctx: Ctx = {
        args: positionals,
        options,
        io,
        flags,
        lang: options.lang,
        tz,
        now,
        store: new IncidentStore(opened.db, io.clock),
      };
      return await HANDLERS[sub as Sub](ctx);
    } finally {
      await opened.close();
    }
  },
});
