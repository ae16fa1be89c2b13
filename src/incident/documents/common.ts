/**
 * Labels and small formatters shared by the incident documents. Times print in Beijing time with the
 * UTC instant beside it, so a document reads the same wherever it is rendered.
 */
import { findProvision } from '../../legal/provisions.ts';
import { REPORTED_MARKER, citation } from '../../legal/render.ts';
import type { Clock, ClockDuty, Grade, Incident, IncidentFinding, OperatorKind } from '../model.ts';
import type { Block, Lang } from './doc.ts';

const SHANGHAI_OFFSET_MS = 8 * 3600_000; // no daylight saving in China since 1991

/** 2026-11-23 18:00:00 北京时间 (2026-11-23T10:00:00Z) */
export function fmtTime(iso: string | undefined, lang: Lang): string | undefined {
  if (iso === undefined) return undefined;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const local = new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
  const utc = new Date(t).toISOString().replace('.000Z', 'Z');
  return lang === 'zh' ? `${local} 北京时间 (${utc})` : `${local} Beijing time (${utc})`;
}

export const GRADE_EN: Record<Grade, string> = {
  特别重大: 'especially major (特别重大)',
  重大: 'major (重大)',
  较大: 'relatively major (较大)',
  一般: 'general (一般)',
};

export function gradeLabel(grade: Grade, lang: Lang): string {
  return lang === 'zh' ? grade : GRADE_EN[grade];
}

const OPERATOR: Record<OperatorKind, { zh: string; en: string }> = {
  cii: { zh: '关键信息基础设施运营者', en: 'critical information infrastructure operator' },
  state: { zh: '中央和国家机关及其下属单位', en: 'central or state organ, or one of its units' },
  other: { zh: '其他网络运营者', en: 'other network operator' },
};

export function operatorLabel(kind: OperatorKind, lang: Lang): string {
  return OPERATOR[kind][lang];
}

const DUTY: Record<ClockDuty, { zh: string; en: string }> = {
  'irm-report': { zh: '网络安全事件报告', en: 'Cybersecurity incident report' },
  'pipl-notify': { zh: '个人信息安全事件通知', en: 'Personal-information incident notice' },
  'police-report': { zh: '向公安机关报案', en: 'Report to the police' },
  'cisr-police-24h': {
    zh: '计算机信息系统案件报告公安机关',
    en: 'Report of a computer-system case to the police',
  },
  'intlsec-police-24h': {
    zh: '发现入侵、破坏情形报告公安机关',
    en: 'Report of intrusion or damage to the police',
  },
};

export function dutyLabel(duty: ClockDuty, lang: Lang): string {
  return DUTY[duty][lang];
}

const STATE: Record<Clock['state'], { zh: string; en: string }> = {
  running: { zh: '计时中', en: 'running' },
  overdue: { zh: '已超时', en: 'overdue' },
  met: { zh: '已按时完成', en: 'met on time' },
  'met-late': { zh: '已完成(超时)', en: 'met late' },
  'no-fixed-deadline': { zh: '无固定时限(应立即)', en: 'no fixed deadline (without delay)' },
};

export function clockStateLabel(state: Clock['state'], lang: Lang): string {
  return STATE[state][lang];
}

/** The citation of a provision id on a date, or the bare id when the catalogue lacks it. */
export function cite(id: string, lang: Lang, date: string, clause?: string): string {
  const p = findProvision(id);
  return p === undefined ? id : citation(p, clause, lang, date);
}

/** The duty of a clock; a rule the catalogue has only from commentary is printed as reported. */
export function clockDutyCell(c: Clock, lang: Lang): string {
  return c.ruleStatus === 'V-2ND'
    ? `${REPORTED_MARKER[lang]} ${dutyLabel(c.duty, lang)}`
    : dutyLabel(c.duty, lang);
}

export function clockRows(clocks: readonly Clock[], lang: Lang, date: string): (string | undefined)[][] {
  return clocks.map((c) => [
    // a rule the catalogue has only from commentary is printed as reported
    c.ruleStatus === 'V-2ND'
      ? `${REPORTED_MARKER[lang]} ${dutyLabel(c.duty, lang)}`
      : dutyLabel(c.duty, lang),
    c.recipient,
    c.deadline === undefined
      ? lang === 'zh'
        ? '无固定时限,应立即'
        : 'no fixed hour: without delay'
      : fmtTime(c.deadline, lang),
    clockStateLabel(c.state, lang),
    cite(c.provision, lang, date, c.clause),
  ]);
}

export function clockHead(lang: Lang): string[] {
  return lang === 'zh'
    ? ['义务', '接收方', '时限', '状态', '依据']
    : ['Duty', 'Recipient', 'Deadline', 'State', 'Basis'];
}

const SEVERITY: Record<IncidentFinding['severity'], { zh: string; en: string }> = {
  critical: { zh: '严重', en: 'critical' },
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
  info: { zh: '提示', en: 'info' },
};

export function severityLabel(s: IncidentFinding['severity'], lang: Lang): string {
  return SEVERITY[s][lang];
}

/** Findings grouped by check, evidence merged: one row per check id, in the record's order. */
export function findingRows(
  incident: Incident,
  lang: Lang,
  title: (f: IncidentFinding, lang: Lang) => string,
): string[][] {
  const byCheck = new Map<string, { f: IncidentFinding; evidence: string[] }>();
  for (const f of incident.findings) {
    const seen = byCheck.get(f.checkId);
    if (seen) {
      for (const e of f.evidence) if (!seen.evidence.includes(e)) seen.evidence.push(e);
    } else byCheck.set(f.checkId, { f, evidence: [...f.evidence] });
  }
  return [...byCheck.values()].map(({ f, evidence }) => [
    severityLabel(f.severity, lang),
    title(f, lang),
    evidence.join('; '),
    f.checkId,
  ]);
}

export function findingHead(lang: Lang): string[] {
  return lang === 'zh'
    ? ['等级', '发现', '证据位置', '检查项']
    : ['Severity', 'Finding', 'Evidence', 'Check'];
}

export function yesNo(v: boolean | undefined, lang: Lang): string | undefined {
  if (v === undefined) return undefined;
  return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
}

type ContactField = keyof NonNullable<Incident['reporter']>;

const CONTACT_LABELS: Record<ContactField, { zh: string; en: string }> = {
  unit: { zh: '单位', en: 'Organisation' },
  person: { zh: '联系人', en: 'Contact' },
  phone: { zh: '电话', en: 'Telephone' },
  email: { zh: '电子邮箱', en: 'E-mail' },
  address: { zh: '地址', en: 'Address' },
};

/** The reporter's contact rows in the given order; what the record lacks prints as a blank. */
export function contactBlock(incident: Incident, lang: Lang, fields: readonly ContactField[]): Block {
  const r = incident.reporter ?? {};
  return { kind: 'fields', rows: fields.map((f) => ({ label: CONTACT_LABELS[f][lang], value: r[f] })) };
}
