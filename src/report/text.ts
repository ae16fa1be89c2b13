/**
 * The terminal report: Chinese by default, English with report.lang 'en'. ANSI colour only when asked.
 * Every string that came off the host goes through safeLine, so a process name or cron line cannot
 * drive the terminal or forge report lines.
 */
import type { Finding, Report } from '../core/finding.ts';
import { formatWhere } from '../core/where.ts';
import {
  INTRUSION_LABEL,
  OUTCOME_LABEL,
  SEVERITY_LABEL,
  gapReasonLabel,
  labels,
  liabilityPhrase,
  type Lang,
} from './labels.ts';
import { buildView, safeLine, safeLines, type ReportView } from './model.ts';
import { inventoryLines } from '../pii/inventory.ts';

export interface TextOptions {
  color: boolean;
}

type Paint = (codes: string, s: string) => string;

const SEVERITY_SGR = { critical: '1;31', high: '31', medium: '33', low: '36', info: '2' } as const;
const RULE = 72;

/** Terminal columns taken by s: East Asian wide and fullwidth characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Label column followed by one or more value lines, continuation lines aligned under the first. */
function field(indent: string, label: string, width: number, values: string[], paint: Paint): string[] {
  const head = `${indent}${paint('2', pad(label, width))}  `;
  const cont = `${indent}${' '.repeat(width)}  `;
  return values.map((v, i) => `${i === 0 ? head : cont}${v}`);
}

function heading(title: string, paint: Paint, codes = '1'): string {
  const text = `== ${title} `;
  return paint(codes, text + '='.repeat(Math.max(3, RULE - displayWidth(text))));
}

function banner(report: Report, view: ReportView, paint: Paint): string[] {
  const t = labels(view.lang);
  const sep = view.lang === 'en' ? ', ' : '、';
  const kinds = view.intrusion.map((c) => INTRUSION_LABEL[c][view.lang]).join(sep);
  const bar = paint('1;97;41', '!'.repeat(RULE));
  const lines = [
    paint('1;31', t.intrusionTitle),
    t.intrusionBody(kinds),
    ...t.intrusionSteps.map((s, i) => `${i + 1}. ${s}`),
    ...t.intrusionCommands(safeLine(report.host.root)).map((c) => `   ${c}`),
  ];
  return [bar, ...lines.map((l) => `${paint('1;31', '!!')} ${l}`), bar, ''];
}

function header(report: Report, view: ReportView, paint: Paint): string[] {
  const t = labels(view.lang);
  const rows: [string, string][] = [
    [t.host, safeLine(report.host.hostname ?? t.unknown)],
    [t.os, safeLine(report.host.os ?? t.unknown)],
    [t.root, safeLine(report.host.root)],
    [t.time, `${report.startedAt} – ${report.finishedAt}`],
    [
      t.summary,
      [
        ...(['critical', 'high', 'medium', 'low', 'info'] as const).map(
          (s) => `${SEVERITY_LABEL[s][view.lang]} ${report.summary[s]}`,
        ),
        `${OUTCOME_LABEL['not-assessed'][view.lang]} ${report.summary.notAssessed}`,
      ].join(' · '),
    ],
  ];
  const width = Math.max(...rows.map(([l]) => displayWidth(l)));
  return [paint('1', t.reportTitle), ...rows.flatMap(([l, v]) => field('  ', l, width, [v], paint)), ''];
}

function findingLines(f: Finding, n: number, lang: Lang, paint: Paint): string[] {
  const t = labels(lang);
  const sep = lang === 'en' ? ' - ' : ' —— ';
  const width = Math.max(displayWidth(t.location), displayWidth(t.legal), displayWidth(t.remediation));
  const legal =
    f.legal.length === 0
      ? [t.noLegal]
      : f.legal.map((l) => {
          // Criminal exposure is always a threshold, whoever it concerns: print the statement that says so.
          if (l.party === 'intruder' || l.liability.includes('criminal')) return safeLine(l.statement);
          const kinds = l.liability.map((k) => liabilityPhrase(k, lang)).join(lang === 'en' ? ', ' : '、');
          return kinds ? `${safeLine(l.citation)}${sep}${kinds}` : safeLine(l.citation);
        });
  return [
    `${paint(SEVERITY_SGR[f.severity], `[${n}]`)} ${paint('1', safeLine(f.title))}  ${paint('2', `(${safeLine(f.checkId)})`)}`,
    `    ${safeLine(f.message)}`,
    ...(f.where.length > 0
      ? field(
          '    ',
          t.location,
          width,
          f.where.map((w) => safeLine(formatWhere(w))),
          paint,
        )
      : []),
    ...field('    ', t.legal, width, legal, paint),
    ...field('    ', t.remediation, width, safeLines(f.remediation), paint),
    '',
  ];
}

function table(rows: string[][], indent: string): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) =>
    (indent + r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!))).join('  ')).trimEnd(),
  );
}

export function renderText(report: Report, options: TextOptions): string {
  const paint: Paint = options.color ? (codes, s) => `\x1b[${codes}m${s}\x1b[0m` : (_codes, s) => s;
  const view = buildView(report);
  const { lang } = view;
  const t = labels(lang);
  const out: string[] = [];

  if (view.intrusion.length > 0) out.push(...banner(report, view, paint));
  out.push(...header(report, view, paint));

  out.push(heading(`${t.findings} (${report.findings.length})`, paint), '');
  if (view.groups.length === 0) out.push(`  ${t.noFindings}`, '');
  let n = 0;
  for (const group of view.groups) {
    out.push(
      heading(
        `${SEVERITY_LABEL[group.severity][lang]} (${group.findings.length})`,
        paint,
        SEVERITY_SGR[group.severity],
      ),
      '',
    );
    for (const f of group.findings) out.push(...findingLines(f, ++n, lang, paint));
  }

  out.push(heading(`${t.notAssessedTitle} (${view.notAssessed.length})`, paint), '');
  if (view.notAssessed.length === 0) out.push(`  ${t.notAssessedNone}`);
  else
    out.push(
      ...table(
        view.notAssessed.map((c) => [
          safeLine(c.checkId),
          OUTCOME_LABEL[c.outcome][lang],
          safeLine(c.reason ?? ''),
        ]),
        '  ',
      ),
    );
  out.push('');

  const inventory = report.inventory;
  if (inventory !== undefined && inventory.totals.records > 0) {
    const { records, people } = inventory.totals;
    const title =
      lang === 'zh'
        ? `个人信息清单(明文 ${String(records)} 条,约 ${String(people)} 人)`
        : `Personal-data inventory (${String(records)} plaintext records, about ${String(people)} people)`;
    out.push(heading(title, paint), '');
    out.push(
      ...table(
        inventoryLines(inventory, lang).map((r) => r.map(safeLine)),
        '  ',
      ),
      '',
    );
  }

  out.push(heading(`${t.gapsTitle} (${report.gaps.length})`, paint), '');
  if (report.gaps.length === 0) out.push(`  ${t.gapsNone}`);
  else
    out.push(
      ...table(
        report.gaps.map((g) => [
          safeLine(g.path),
          safeLine(gapReasonLabel(g.reason, lang)),
          `[${safeLine(g.section)}]`,
          g.detail ? safeLine(g.detail) : '',
        ]),
        '  ',
      ),
    );
  out.push('');

  out.push(heading(t.exposureTitle, paint), '');
  if (view.byLaw.length === 0 && view.byLiability.length === 0) out.push(`  ${t.noExposure}`, '');
  if (view.byLaw.length > 0) {
    out.push(`  ${paint('1', t.byLaw)}`);
    out.push(
      ...table(
        view.byLaw.map((l) => [
          lang === 'zh' ? `《${l.name}》` : l.name,
          t.findingCount(l.count),
          l.provisions.join(', '),
        ]),
        '    ',
      ),
      '',
    );
  }
  if (view.byLiability.length > 0) {
    out.push(`  ${paint('1', t.byLiability)}`);
    out.push(
      ...table(
        view.byLiability.map((l) => [liabilityPhrase(l.liability, lang), t.findingCount(l.count)]),
        '    ',
      ),
      '',
    );
  }
  if (view.intruderExposure > 0) out.push(`  ${safeLine(t.intruderExposure(view.intruderExposure))}`, '');
  if (view.penalties.length > 0) {
    out.push(`  ${paint('1', t.penaltiesTitle)}`);
    for (const p of view.penalties) {
      out.push(`    ${paint('1', safeLine(p.citation))}`);
      if (p.holders.length > 0)
        out.push(`      ${t.dutyHolders}: ${safeLine(p.holders.join(lang === 'zh' ? '、' : ', '))}`);
      for (const line of p.penalties) out.push(`      - ${safeLine(line)}`);
    }
    out.push('');
  }
  const totals = (['pass', 'fail', 'not-assessed', 'error'] as const)
    .map((o) => `${OUTCOME_LABEL[o][lang]} ${view.totals[o]}`)
    .join(' · ');
  out.push(`  ${paint('1', t.checksTotal)}  ${totals}`, '');
  out.push(paint('2', t.generatedBy(report.tool.version)));
  return `${out.join('\n')}\n`;
}
