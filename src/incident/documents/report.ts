/**
 * The incident report (网络安全事件报告). The catalogue marks the exact report-content items of the
 * final 2025 Measures UNVERIFIED, so the fields are the ones the catalogue does support (unit, time,
 * affected systems, category and grade, impact, measures, cause, personal information, contact), filled
 * from the record; what the record does not hold prints as a blank to fill.
 */
import { findCheck } from '../../checks/index.ts';
import { findProvision } from '../../legal/provisions.ts';
import { factText } from '../../legal/render.ts';
import type { Fact } from '../../legal/types.ts';
import type { Incident, IncidentFinding } from '../model.ts';
import {
  cite,
  clockHead,
  clockRows,
  findingHead,
  findingRows,
  fmtTime,
  gradeLabel,
  operatorLabel,
  severityLabel,
} from './common.ts';
import type { Block, Doc, Lang } from './doc.ts';
import type { DocumentInput } from './types.ts';

/** The check's title in the document language (the report may have been scanned in the other one). */
export function findingTitle(f: IncidentFinding, lang: Lang): string {
  return findCheck(f.checkId)?.title[lang] ?? f.title;
}

/** Categories that show someone else acted on the host (the intrusion indications). */
export const INTRUSION_CATEGORIES: ReadonlySet<string> = new Set([
  'rogue-root-account',
  'malicious-cron',
  'preload-hijack',
  'suspicious-process',
  'mining',
  'webshell',
  'brute-force-compromise',
  'rootkit',
  'ddos-tool',
]);

export function intrusionFindings(findings: readonly IncidentFinding[]): IncidentFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!INTRUSION_CATEGORIES.has(f.category) || seen.has(f.checkId)) return false;
    seen.add(f.checkId);
    return true;
  });
}

/** The irm-4 notes on grading, as their status allows; the 一般 note only when that grade was chosen. */
export function gradingNotes(notes: readonly Fact[] | undefined, incident: Incident, lang: Lang): Block[] {
  return (notes ?? [])
    .filter((n) => n.source !== 'S-GRADE2025' || incident.grade === '一般')
    .map((n) => ({ kind: 'note', text: factText(n, lang) }));
}

export function personalInfoBlock(input: DocumentInput, lang: Lang): Block {
  const pi = input.incident.personalInfo;
  if (pi === undefined)
    return {
      kind: 'fields',
      rows: [
        {
          label: lang === 'zh' ? '是否涉及个人信息' : 'Personal information involved',
          value: undefined,
        },
      ],
    };
  if (pi.length === 0)
    return {
      kind: 'para',
      text:
        lang === 'zh'
          ? '事件记录未列出涉及的个人信息。'
          : 'The incident record lists no personal information involved.',
    };
  return {
    kind: 'table',
    head:
      lang === 'zh'
        ? ['种类', '条数', '涉及人数', '敏感个人信息', '位置']
        : ['Kind', 'Records', 'People', 'Sensitive', 'Where'],
    rows: pi.map((p) => [
      p.kind,
      String(p.records),
      p.people === undefined ? undefined : String(p.people),
      lang === 'zh' ? (p.sensitive ? '是' : '否') : p.sensitive ? 'yes' : 'no',
      p.where,
    ]),
  };
}

export function buildReport(input: DocumentInput, lang: Lang, now: Date): Doc {
  const { incident, clocks, checklist, report } = input;
  const zh = lang === 'zh';
  const day = now.toISOString();
  const r = incident.reporter ?? {};
  const counts = new Map<string, number>();
  for (const f of incident.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const irm = findProvision('irm-4');
  const intrusion = intrusionFindings(incident.findings);
  const actions = incident.timeline.filter((t) => t.kind !== 'detected' && t.kind !== 'opened');

  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: zh ? '一、报告单位和联系人' : '1. Reporting organisation and contact',
    },
    {
      kind: 'fields',
      rows: [
        { label: zh ? '报告单位' : 'Organisation', value: r.unit },
        { label: zh ? '运营者类型' : 'Operator kind', value: operatorLabel(incident.operator, lang) },
        { label: zh ? '联系人' : 'Contact person', value: r.person },
        { label: zh ? '联系电话' : 'Telephone', value: r.phone },
        { label: zh ? '电子邮箱' : 'E-mail', value: r.email },
        { label: zh ? '报告时间' : 'Time of this report', value: fmtTime(day, lang) },
      ],
    },
    { kind: 'heading', level: 1, text: zh ? '二、事件时间' : '2. Times' },
    {
      kind: 'fields',
      rows: [
        { label: zh ? '事件编号' : 'Incident id', value: incident.id },
        { label: zh ? '事件名称' : 'Title', value: incident.title },
        { label: zh ? '发现时间' : 'Detected at', value: fmtTime(incident.detectedAt, lang) },
        { label: zh ? '事件发生(首次入侵)时间' : 'Occurred (first intrusion) at', value: undefined },
        { label: zh ? '立案时间' : 'Recorded at', value: fmtTime(incident.createdAt, lang) },
        {
          label: zh ? '扫描时间' : 'Scanned at',
          value: fmtTime(incident.host.scannedAt ?? report?.finishedAt, lang),
        },
      ],
    },
    { kind: 'heading', level: 1, text: zh ? '三、受影响的系统' : '3. Affected systems' },
    {
      kind: 'fields',
      rows: [
        { label: zh ? '主机名' : 'Host name', value: incident.host.hostname },
        { label: zh ? '操作系统' : 'Operating system', value: report?.host.os ?? undefined },
        {
          label: zh ? '受影响系统' : 'Affected systems',
          value: incident.affectedSystems.join(zh ? '、' : ', '),
        },
        { label: zh ? '系统用途和承载业务' : 'Purpose and services carried', value: undefined },
        { label: zh ? '等级保护级别' : 'MLPS level', value: undefined },
      ],
    },
    { kind: 'heading', level: 1, text: zh ? '四、事件分类和分级' : '4. Category and grade' },
    {
      kind: 'fields',
      rows: [
        {
          label: zh ? '事件类别(GB/T 20986-2023)' : 'Category (GB/T 20986-2023)',
          value: incident.eventCategory && `${incident.eventCategory.code} ${incident.eventCategory.name}`,
        },
        {
          label: zh ? '事件级别(由运营者确定)' : 'Grade (chosen by the operator)',
          value: gradeLabel(incident.grade, lang),
        },
      ],
    },
    ...gradingNotes(irm?.notes, incident, lang),
    { kind: 'heading', level: 1, text: zh ? '五、事件影响' : '5. Impact' },
    {
      kind: 'fields',
      rows: [
        {
          label: zh ? '扫描发现' : 'Scan findings',
          value: (['critical', 'high', 'medium', 'low', 'info'] as const)
            .filter((s) => counts.has(s))
            .map((s) => `${severityLabel(s, lang)} ${counts.get(s)}`)
            .join(zh ? '，' : ', '),
        },
        { label: zh ? '业务中断情况' : 'Service disruption', value: undefined },
        { label: zh ? '受影响用户数' : 'Users affected', value: undefined },
        { label: zh ? '直接经济损失' : 'Direct economic loss', value: undefined },
        { label: zh ? '数据泄露、篡改或丢失' : 'Data leaked, altered or lost', value: undefined },
      ],
    },
    { kind: 'heading', level: 1, text: zh ? '六、事件原因(初步)' : '6. Cause (preliminary)' },
    {
      kind: 'para',
      text: zh
        ? '扫描发现下列入侵迹象；确切的入侵途径和原因需经调查确认。'
        : 'The scan found the signs of intrusion below; the exact way in and the cause need investigation.',
    },
    { kind: 'list', items: intrusion.map((f) => findingTitle(f, lang)) },
    { kind: 'fields', rows: [{ label: zh ? '经调查确认的原因' : 'Cause as established', value: undefined }] },
    { kind: 'heading', level: 1, text: zh ? '七、已采取和拟采取的措施' : '7. Measures taken and planned' },
    ...(actions.length > 0
      ? [
          {
            kind: 'table',
            head: zh ? ['时间', '类型', '内容'] : ['Time', 'Kind', 'What'],
            rows: actions.map((t) => [fmtTime(t.at, lang), t.kind, t.text]),
          } satisfies Block,
        ]
      : [
          {
            kind: 'fields',
            rows: [{ label: zh ? '已采取的措施' : 'Measures taken', value: undefined }],
          } satisfies Block,
        ]),
    {
      kind: 'para',
      text: zh
        ? `处置清单(hegui 不执行任何命令；是否已执行须由运营者确认)：共 ${checklist.length} 项。`
        : `Containment checklist (hegui runs none of these; the operator confirms what was done): ${checklist.length} item(s).`,
    },
    ...checklist.flatMap((c, i): Block[] => [
      { kind: 'heading', level: 2, text: `${i + 1}. ${c.kind}: ${c.target}` },
      { kind: 'list', items: c.why.split(/\r?\n/) },
      { kind: 'code', text: c.command },
      {
        kind: 'fields',
        rows: [{ label: zh ? '是否已执行(时间、执行人)' : 'Done (when, by whom)', value: undefined }],
      },
    ]),
    { kind: 'heading', level: 1, text: zh ? '八、涉及的个人信息' : '8. Personal information involved' },
    personalInfoBlock(input, lang),
    { kind: 'heading', level: 1, text: zh ? '九、报告和通知时限' : '9. Reporting and notice deadlines' },
    { kind: 'table', head: clockHead(lang), rows: clockRows(clocks, lang, day) },
    ...(incident.reports.length > 0
      ? [
          {
            kind: 'list',
            items: incident.reports.map(
              (m) => `${fmtTime(m.at, lang)} — ${m.duty}${m.to === undefined ? '' : ` → ${m.to}`}`,
            ),
          } satisfies Block,
        ]
      : []),
    { kind: 'heading', level: 1, text: zh ? '十、扫描发现明细' : '10. Findings in detail' },
    { kind: 'table', head: findingHead(lang), rows: findingRows(incident, lang, findingTitle) },
    { kind: 'heading', level: 1, text: zh ? '十一、依据' : '11. Legal basis' },
    {
      kind: 'list',
      items: ['irm-4', 'csl-27', 'dsl-29'].map((id) => {
        const p = findProvision(id);
        return p === undefined ? id : `${cite(id, lang, day)}${zh ? '：' : ': '}${p.summary[lang]}`;
      }),
    },
    {
      kind: 'note',
      text: zh
        ? '《国家网络安全事件报告管理办法》终稿规定的报告内容项目和后续报告、复盘时限未经核实；本报告的栏目按目录已核实的义务编排，提交前请按接收部门的要求核对。'
        : 'The report-content items, follow-up reports and review deadline of the final Measures are unverified; this report’s fields follow the duties the catalogue verifies. Check them against what the receiving authority asks for before filing.',
    },
  ];
  return {
    lang,
    title: zh ? '网络安全事件报告' : 'Cybersecurity Incident Report',
    subtitle: zh
      ? `hegui 根据事件记录 ${incident.id} 生成；标注【待填写】的内容请补全后再提交。本文件不构成法律意见。`
      : `Generated by hegui from incident ${incident.id}; fill every [TO BE FILLED] before filing. Not legal advice.`,
    blocks,
  };
}
