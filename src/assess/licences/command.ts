import { HeguiError } from '../../core/errors.ts';
import { emit } from '../../cli/io.ts';
import { csvDocument } from '../../report/csv.ts';
import type { LicencesSection } from '../../collectors/licences/licences.types.ts';
import { FAMILIES } from '../../licences/families.ts';
import { esc, htmlPage } from '../present.ts';
import type { Subcommand } from '../subcommands.ts';
import { assessLicences, type LicenceAssessment } from './licences.ts';
import type { Lang } from '../../legal/render.ts';

const T = {
  zh: {
    title: '开源许可证合规评估',
    roots: '检查的目录',
    projects: '应用',
    components: '运行依赖组件',
    obligations: '各类许可证的义务',
    conflicts: '发现的问题',
    none: '未发现许可证冲突。',
    served: '对外提供(网站目录)',
    own: '本身许可证',
    system: '系统软件包(Debian copyright 文件)',
    gaps: '未能评估的部分',
    legal: '相关法律规定',
    unknownOwn: '未声明',
  },
  en: {
    title: 'Open-source licence assessment',
    roots: 'Directories read',
    projects: 'Applications',
    components: 'runtime components',
    obligations: 'What each licence family asks',
    conflicts: 'Problems found',
    none: 'No licence conflict found.',
    served: 'served from web root',
    own: 'own licence',
    system: 'System packages (Debian copyright files)',
    gaps: 'Not assessed',
    legal: 'Provisions',
    unknownOwn: 'not declared',
  },
} as const;

const fam = (counts: Partial<Record<string, number>>) =>
  FAMILIES.filter((f) => (counts[f] ?? 0) > 0)
    .map((f) => `${f} ${String(counts[f])}`)
    .join(', ');

export function renderText(a: LicenceAssessment, lang: Lang): string {
  const t = T[lang];
  const lines = [
    t.title,
    '',
    `${t.roots}: ${a.roots.join(' ') || '-'}`,
    `${t.projects}: ${String(a.totals.projects)}; ${t.components}: ${String(a.totals.components)} (${fam(a.totals.byFamily) || '-'})`,
    '',
  ];
  for (const p of a.projects) {
    lines.push(`■ ${p.dir} [${p.ecosystem}] ${p.name ?? ''}`.trimEnd());
    lines.push(
      `  ${t.own}: ${p.licence ?? t.unknownOwn}${p.proprietary ? ' (proprietary)' : ''}${p.servedFrom ? `; ${t.served} ${p.servedFrom}` : ''}`,
    );
    lines.push(`  ${t.components}: ${String(p.components)} (${fam(p.byFamily) || '-'})`);
    for (const c of p.conflicts) {
      lines.push(`  ! ${c.text}`);
      for (const x of c.components.slice(0, 10)) lines.push(`      ${x}`);
      if (c.components.length > 10) lines.push(`      … +${String(c.components.length - 10)}`);
    }
  }
  if (a.projects.every((p) => p.conflicts.length === 0)) lines.push('', t.none);
  lines.push('', `${t.obligations}:`);
  for (const o of a.obligations) lines.push(`  - ${o.family} (${String(o.components)}): ${o.text}`);
  if (a.system) lines.push('', `${t.system}: ${String(a.system.packages)} (${fam(a.system.byFamily)})`);
  if (a.legal.length > 0) {
    lines.push('', `${t.legal}:`);
    for (const l of a.legal) lines.push(`  - ${l.statement}`);
  }
  if (a.gaps.length > 0) {
    lines.push('', `${t.gaps}:`);
    for (const g of a.gaps.slice(0, 50))
      lines.push(`  - ${g.path}: ${g.reason}${g.detail ? ` (${g.detail})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One row per component: the inventory a spreadsheet wants. */
export function renderCsv(section: LicencesSection): string {
  const rows = [['project', 'ecosystem', 'component', 'version', 'licence', 'family', 'dev', 'source']];
  for (const p of section.projects)
    for (const c of p.components)
      rows.push([
        p.dir,
        c.ecosystem,
        c.name,
        c.version ?? '',
        c.expression ?? c.declared ?? '',
        c.family,
        c.dev ? 'yes' : 'no',
        c.source,
      ]);
  for (const c of section.system ?? [])
    rows.push([
      '(system)',
      c.ecosystem,
      c.name,
      '',
      c.expression ?? c.declared ?? '',
      c.family,
      'no',
      c.source,
    ]);
  return csvDocument(rows);
}

export function renderHtml(a: LicenceAssessment, lang: Lang): string {
  const t = T[lang];
  const parts = [
    `<h1>${esc(t.title)}</h1>`,
    `<p class="muted">${esc(t.roots)}: ${esc(a.roots.join(' '))}</p>`,
  ];
  parts.push(`<h2>${esc(t.projects)}</h2>`);
  for (const p of a.projects) {
    parts.push(
      `<section class="activity"><h3>${esc(p.dir)} <span class="muted">[${esc(p.ecosystem)}]</span></h3>`,
    );
    parts.push(
      `<p>${esc(t.own)}: ${esc(p.licence ?? t.unknownOwn)}${p.servedFrom ? ` · ${esc(t.served)} ${esc(p.servedFrom)}` : ''} · ${esc(t.components)}: ${String(p.components)}</p>`,
    );
    for (const c of p.conflicts)
      parts.push(
        `<p class="warn">${esc(c.text)}</p><ul>${c.components.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`,
      );
    parts.push('</section>');
  }
  parts.push(
    `<h2>${esc(t.obligations)}</h2><ul>${a.obligations.map((o) => `<li><b>${esc(o.family)}</b> (${String(o.components)}): ${esc(o.text)}</li>`).join('')}</ul>`,
  );
  if (a.legal.length > 0)
    parts.push(
      `<h2>${esc(t.legal)}</h2><ul>${a.legal.map((l) => `<li>${esc(l.statement)}</li>`).join('')}</ul>`,
    );
  return htmlPage(t.title, lang, parts.join('\n'));
}

export const licencesSubcommand: Subcommand = {
  name: 'licences',
  usage: 'licences [--root DIR] [--path DIR …] [--system] [--format text|json|csv|html]',
  description: 'open-source licences of the applications on the server: inventory, duties, conflicts',
  options: {
    path: {
      type: 'string',
      multiple: true,
      description: 'licences: also inventory this directory (repeatable)',
    },
    system: {
      type: 'boolean',
      default: false,
      description: 'licences: add the Debian packages (/usr/share/doc/*/copyright)',
    },
    homes: { type: 'boolean', default: false, description: 'licences: also walk /home and /root' },
  },
  async run(positionals, options, io, flags) {
    if (positionals.length > 0)
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `assess licences takes no arguments (got "${positionals.join(' ')}")`,
      );
    const format = flags.format as string;
    if (!['text', 'json', 'csv', 'html'].includes(format))
      throw new HeguiError('HEGUI_E_USAGE', `assess licences writes text, json, csv or html, not ${format}`);
    const paths = (flags.path as string[] | undefined) ?? [];
    const { assessment, section } = await assessLicences(
      options.root ?? '/',
      { paths, system: flags.system === true, homes: flags.homes === true },
      io.clock(),
      options.lang,
    );
    const out =
      format === 'json'
        ? `${JSON.stringify(assessment, null, 2)}\n`
        : format === 'csv'
          ? renderCsv(section)
          : format === 'html'
            ? renderHtml(assessment, options.lang)
            : renderText(assessment, options.lang);
    await emit(io, options.output, out);
    return 0;
  },
};
