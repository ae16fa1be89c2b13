/**
 * The HTML report: one self-contained file (inline CSS, no scripts, nothing fetched; a CSP that forbids
 * every load but inline style) with the content of the text report. Every string is HTML-escaped after
 * safeLine, since findings carry attacker-controlled text (cron lines, process names, file names).
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

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Untrusted text → one safe, escaped line. */
function h(s: string): string {
  return escapeHtml(safeLine(s));
}

const CSS = `
:root { --fg: #1d2330; --muted: #5b6475; --line: #d9dde5; --bg: #ffffff; --panel: #f6f7f9;
  --critical: #a4161a; --high: #d9480f; --medium: #b08800; --low: #1971c2; --info: #5b6475; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.6; font-size: 15px;
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 26px; margin: 0 0 12px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 17px; margin: 24px 0 10px; }
h4 { font-size: 16px; margin: 0; display: inline; }
code, pre, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
  "Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono", monospace; font-size: 13px; }
code { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 1px 5px;
  overflow-wrap: anywhere; }
pre { background: #1d2330; color: #f6f7f9; padding: 10px 12px; border-radius: 6px; white-space: pre-wrap;
  overflow-wrap: anywhere; margin: 8px 0 0; }
a { color: inherit; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 16px; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-left: 6px solid var(--c, var(--line)); border-radius: 6px;
  padding: 6px 12px; min-width: 96px; background: var(--panel); }
.counts b { display: block; font-size: 22px; line-height: 1.2; }
.c-critical { --c: var(--critical); } .c-high { --c: var(--high); } .c-medium { --c: var(--medium); }
.c-low { --c: var(--low); } .c-info { --c: var(--info); } .c-na { --c: #868e96; }
nav ol { display: flex; flex-wrap: wrap; gap: 2px 20px; margin: 0; padding: 0; list-style: none; }
.intrusion { border: 3px solid var(--critical); background: #fff0f0; border-radius: 8px; padding: 14px 18px;
  margin: 0 0 24px; }
.intrusion h2 { color: var(--critical); border: 0; margin: 0 0 6px; padding: 0; font-size: 21px; }
.intrusion ol { margin: 8px 0 0; padding-left: 22px; }
.sev-title { color: var(--c); }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--c); border-radius: 6px;
  padding: 12px 16px; margin: 0 0 14px; background: #fff; break-inside: avoid; page-break-inside: avoid; }
.finding > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 10px; margin-bottom: 6px; }
.badge { color: #fff; background: var(--c); border-radius: 4px; padding: 0 8px; font-size: 13px; font-weight: 600; }
.check { color: var(--muted); }
.message { margin: 4px 0 10px; overflow-wrap: anywhere; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 0; }
.finding dt { color: var(--muted); font-weight: 600; }
.finding dd { margin: 0; min-width: 0; }
.finding ul { margin: 0; padding: 0; list-style: none; }
.finding li + li { margin-top: 3px; }
.liab { display: inline-block; border: 1px solid currentColor; border-radius: 10px; padding: 0 7px; margin-left: 6px;
  font-size: 12px; line-height: 1.5; }
.liab-administrative { color: #1864ab; } .liab-civil { color: #2b8a3e; } .liab-criminal { color: var(--critical); }
.remediation { background: #f1f8f3; border-radius: 4px; padding: 6px 10px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 5px 10px 5px 0; }
th { color: var(--muted); font-weight: 600; }
td { overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.compact { width: auto; min-width: 50%; }
.none { color: var(--muted); }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  pre { background: #fff; color: #000; border: 1px solid #999; }
  tr { break-inside: avoid; }
}
`;

function sevVar(sev: string): string {
  return `c-${sev}`;
}

function banner(report: Report, view: ReportView): string {
  const t = labels(view.lang);
  const sep = view.lang === 'en' ? ', ' : '、';
  const kinds = view.intrusion.map((c) => INTRUSION_LABEL[c][view.lang]).join(sep);
  return `<section class="intrusion" role="alert" id="intrusion">
<h2>${escapeHtml(t.intrusionTitle)}</h2>
<p>${escapeHtml(t.intrusionBody(kinds))}</p>
<ol>${t.intrusionSteps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>
<pre>${t.intrusionCommands(safeLine(report.host.root)).map(escapeHtml).join('\n')}</pre>
</section>`;
}

function finding(f: Finding, n: number, lang: Lang): string {
  const t = labels(lang);
  const where =
    f.where.length > 0
      ? `<dt>${escapeHtml(t.location)}</dt><dd><ul class="where">${f.where
          .map((w) => `<li><code>${h(formatWhere(w))}</code></li>`)
          .join('')}</ul></dd>`
      : '';
  const legal =
    f.legal.length === 0
      ? `<span class="none">${escapeHtml(t.noLegal)}</span>`
      : `<ul class="legal">${f.legal
          .map((l) =>
            l.party === 'intruder'
              ? `<li class="intruder">${h(l.statement)}</li>`
              : l.liability.includes('criminal')
                ? `<li class="threshold">${h(l.statement)}</li>`
                : `<li>${h(l.citation)}${l.liability
                    .map((k) => `<span class="liab liab-${k}">${escapeHtml(liabilityPhrase(k, lang))}</span>`)
                    .join('')}</li>`,
          )
          .join('')}</ul>`;
  return `<article class="finding ${sevVar(f.severity)}" id="f${n}">
<header><span class="badge">${escapeHtml(SEVERITY_LABEL[f.severity][lang])}</span><h4>[${n}] ${h(f.title)}</h4><code class="check">${h(f.checkId)}</code></header>
<p class="message">${h(f.message)}</p>
<dl>${where}<dt>${escapeHtml(t.legal)}</dt><dd>${legal}</dd><dt>${escapeHtml(t.remediation)}</dt><dd class="remediation">${safeLines(
    f.remediation,
  )
    .map(escapeHtml)
    .join('<br>')}</dd></dl>
</article>`;
}

function table(head: string[], rows: string[][], numeric: number[] = [], compact = false): string {
  const num = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  return `<table${compact ? ' class="compact"' : ''}><thead><tr>${head
    .map((c, i) => `<th${num(i)}>${escapeHtml(c)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

export function renderHtml(report: Report): string {
  const view = buildView(report);
  const { lang } = view;
  const t = labels(lang);
  const zh = lang === 'zh';
  const H = (zhText: string, enText: string) => escapeHtml(zh ? zhText : enText);
  const body: string[] = [];

  if (view.intrusion.length > 0) body.push(banner(report, view));

  const meta: [string, string][] = [
    [t.host, h(report.host.hostname ?? t.unknown)],
    [t.os, h(report.host.os ?? t.unknown)],
    [t.root, `<code>${h(report.host.root)}</code>`],
    [t.time, `${h(report.startedAt)} – ${h(report.finishedAt)}`],
  ];
  const counts = (['critical', 'high', 'medium', 'low', 'info'] as const).map(
    (s) => `<li class="${sevVar(s)}"><b>${report.summary[s]}</b>${escapeHtml(SEVERITY_LABEL[s][lang])}</li>`,
  );
  counts.push(
    `<li class="c-na"><b>${report.summary.notAssessed}</b>${escapeHtml(OUTCOME_LABEL['not-assessed'][lang])}</li>`,
  );
  body.push(`<header>
<h1>${escapeHtml(t.reportTitle)}</h1>
<dl class="meta">${meta.map(([l, v]) => `<dt>${escapeHtml(l)}</dt><dd>${v}</dd>`).join('')}</dl>
<ul class="counts" aria-label="${escapeHtml(t.summary)}">${counts.join('')}</ul>
</header>`);

  const toc = [
    ...(view.intrusion.length > 0 ? [[`#intrusion`, t.intrusionFinding] as const] : []),
    ['#findings', `${t.findings} (${report.findings.length})`] as const,
    ...view.groups.map(
      (g) => [`#sev-${g.severity}`, `${SEVERITY_LABEL[g.severity][lang]} (${g.findings.length})`] as const,
    ),
    ['#not-assessed', `${t.notAssessedTitle} (${view.notAssessed.length})`] as const,
    ['#gaps', `${t.gapsTitle} (${report.gaps.length})`] as const,
    ['#exposure', t.exposureTitle] as const,
  ];
  body.push(
    `<nav aria-label="${escapeHtml(t.contents)}"><ol>${toc
      .map(([href, text]) => `<li><a href="${href}">${escapeHtml(text)}</a></li>`)
      .join('')}</ol></nav>`,
  );

  const findings: string[] = [
    `<section id="findings"><h2>${escapeHtml(`${t.findings} (${report.findings.length})`)}</h2>`,
  ];
  if (view.groups.length === 0) findings.push(`<p class="none">${escapeHtml(t.noFindings)}</p>`);
  let n = 0;
  for (const g of view.groups) {
    findings.push(
      `<section class="${sevVar(g.severity)}" id="sev-${g.severity}"><h3 class="sev-title">${escapeHtml(
        `${SEVERITY_LABEL[g.severity][lang]} (${g.findings.length})`,
      )}</h3>`,
      ...g.findings.map((f) => finding(f, ++n, lang)),
      '</section>',
    );
  }
  findings.push('</section>');
  body.push(findings.join('\n'));

  body.push(
    `<section id="not-assessed"><h2>${escapeHtml(`${t.notAssessedTitle} (${view.notAssessed.length})`)}</h2>${
      view.notAssessed.length === 0
        ? `<p class="none">${escapeHtml(t.notAssessedNone)}</p>`
        : table(
            [H('检查', 'Check'), H('结果', 'Outcome'), H('原因', 'Reason')],
            view.notAssessed.map((c) => [
              `<code>${h(c.checkId)}</code>`,
              escapeHtml(OUTCOME_LABEL[c.outcome][lang]),
              h(c.reason ?? ''),
            ]),
          )
    }</section>`,
  );

  body.push(
    `<section id="gaps"><h2>${escapeHtml(`${t.gapsTitle} (${report.gaps.length})`)}</h2>${
      report.gaps.length === 0
        ? `<p class="none">${escapeHtml(t.gapsNone)}</p>`
        : table(
            [H('路径', 'Path'), H('原因', 'Reason'), H('证据部分', 'Section'), H('详情', 'Detail')],
            report.gaps.map((g) => [
              `<code>${h(g.path)}</code>`,
              h(gapReasonLabel(g.reason, lang)),
              h(g.section),
              h(g.detail ?? ''),
            ]),
          )
    }</section>`,
  );

  const exposure: string[] = [`<section id="exposure"><h2>${escapeHtml(t.exposureTitle)}</h2>`];
  if (view.byLaw.length === 0 && view.byLiability.length === 0)
    exposure.push(`<p class="none">${escapeHtml(t.noExposure)}</p>`);
  if (view.byLaw.length > 0)
    exposure.push(
      `<h3>${escapeHtml(t.byLaw)}</h3>`,
      table(
        [H('法律', 'Law'), H('发现数', 'Findings'), H('条款', 'Provisions')],
        view.byLaw.map((l) => [
          escapeHtml(zh ? `《${l.name}》` : l.name),
          String(l.count),
          l.provisions.map((p) => `<code>${h(p)}</code>`).join(' '),
        ]),
        [1],
      ),
    );
  if (view.byLiability.length > 0)
    exposure.push(
      `<h3>${escapeHtml(t.byLiability)}</h3>`,
      table(
        [H('责任类型', 'Liability'), H('发现数', 'Findings')],
        view.byLiability.map((l) => [
          `<span class="liab liab-${l.liability}">${escapeHtml(liabilityPhrase(l.liability, lang))}</span>`,
          String(l.count),
        ]),
        [1],
        true,
      ),
    );
  if (view.intruderExposure > 0)
    exposure.push(`<p class="intruder">${escapeHtml(t.intruderExposure(view.intruderExposure))}</p>`);
  if (view.penalties.length > 0)
    exposure.push(
      `<h3>${escapeHtml(t.penaltiesTitle)}</h3>`,
      `<dl class="penalties">${view.penalties
        .map(
          (p) =>
            `<dt>${h(p.citation)}</dt><dd>${p.holders.length > 0 ? `<p>${escapeHtml(t.dutyHolders)}: ${h(p.holders.join(lang === 'zh' ? '、' : ', '))}</p>` : ''}<ul>${p.penalties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></dd>`,
        )
        .join('')}</dl>`,
    );
  exposure.push(
    `<h3>${escapeHtml(t.checksTotal)}</h3>`,
    table(
      (['pass', 'fail', 'not-assessed', 'error'] as const).map((o) => OUTCOME_LABEL[o][lang]),
      [(['pass', 'fail', 'not-assessed', 'error'] as const).map((o) => String(view.totals[o]))],
      [0, 1, 2, 3],
      true,
    ),
    '</section>',
  );
  body.push(exposure.join('\n'));

  body.push(`<footer>${escapeHtml(t.generatedBy(report.tool.version))}</footer>`);

  const title = `${t.reportTitle} — ${safeLine(report.host.hostname ?? report.host.root)}`;
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hegui ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
