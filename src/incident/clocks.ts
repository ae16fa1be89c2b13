/**
 * The statutory clocks of an incident (issue 5 item 3), from catalogue §6a/§6c and §9 row 16. Pure: the
 * incident, "now" and a time zone in, one clock per duty that applies out. Deadlines are elapsed time
 * from detection (an hour is an hour across a DST change), printed with the zone's offset at the deadline.
 */
import type { Category } from '../core/finding.ts';
import type { Clock, ClockDuty, Grade, Incident, OperatorKind } from './model.ts';
import { DEFAULT_TZ, formatInZone, parseIsoTime } from './time.ts';

export type Lang = 'zh' | 'en';

interface Text {
  zh: string;
  en: string;
}

const HOUR = 3_600_000;

/** Grades that trigger irm-4 (catalogue §6a: 较大 or above). */
export const REPORTABLE_GRADES: readonly Grade[] = ['特别重大', '重大', '较大'];

/** irm-4 by operator kind: hours and recipient (catalogue §6a, V-OFF). */
const IRM: Record<OperatorKind, { hours: number; recipient: Text }> = {
  cii: {
    hours: 1,
    recipient: {
      zh: '关键信息基础设施保护工作部门和公安机关',
      en: 'the CII protection department and the public security organ (police)',
    },
  },
  state: {
    hours: 2,
    recipient: { zh: '本部门网信工作机构', en: "the department's cyber-affairs unit" },
  },
  other: {
    hours: 4,
    recipient: {
      zh: '所在地省级网信部门',
      en: 'the provincial cyberspace administration (CAC) where you are located',
    },
  },
};

/** Findings that show an intrusion or damage to the system (intlsec-10 item 6: Arts. 4–7 conduct). */
export const INTRUSION_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'webshell',
  'rootkit',
  'brute-force-compromise',
  'rogue-root-account',
  'preload-hijack',
  'malicious-cron',
  'ddos-tool',
]);

const PI_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'plaintext-personal-data',
  'plaintext-sensitive-personal-data',
]);

interface Rule {
  duty: ClockDuty;
  provision: string;
  clause?: string;
  ruleStatus: NonNullable<Clock['ruleStatus']>;
  recipient: Text;
  hours?: number;
  basis: Text;
}

function irmRule(incident: Incident): Rule | undefined {
  if (!REPORTABLE_GRADES.includes(incident.grade)) return undefined;
  const { hours, recipient } = IRM[incident.operator];
  return {
    duty: 'irm-report',
    provision: 'irm-4',
    ruleStatus: 'V-OFF',
    recipient,
    hours,
    basis: {
      zh: `${incident.grade}事件(较大及以上)：自发现起不迟于${hours}小时报告`,
      en: `${incident.grade} incident (较大 or above): report no later than ${hours} hour${hours === 1 ? '' : 's'} after detection`,
    },
  };
}

/** Personal information is involved: the PI inventory lists some, or the findings show PI on the host. */
export function personalInfoInvolved(incident: Incident): boolean {
  return (
    (incident.personalInfo ?? []).some((p) => p.records > 0) ||
    incident.findings.some((f) => PI_CATEGORIES.has(f.category))
  );
}

export function intrusionShown(incident: Incident): boolean {
  return incident.findings.some((f) => INTRUSION_CATEGORIES.has(f.category));
}

function rules(incident: Incident): Rule[] {
  const out: Rule[] = [];
  const irm = irmRule(incident);
  if (irm) out.push(irm);
  if (personalInfoInvolved(incident)) {
    out.push({
      duty: 'pipl-notify',
      provision: 'pipl-57',
      ruleStatus: 'V-TEXT',
      recipient: {
        zh: '履行个人信息保护职责的部门和受影响的个人',
        en: 'the PI regulator and the affected individuals',
      },
      basis: {
        zh: '个人信息发生或可能发生泄露、篡改、丢失：立即补救并通知；法律未规定固定时限',
        en: 'personal information leaked, altered or lost (or may be): remedy at once and notify; the law sets no fixed hour',
      },
    });
  }
  if (incident.crimeSuspected) {
    out.push({
      duty: 'police-report',
      provision: 'irm-4',
      ruleStatus: 'V-2ND',
      recipient: { zh: '公安机关', en: 'the police' },
      basis: {
        zh: '据公开解读，涉嫌违法犯罪的事件还应向公安机关报告；未见固定时限',
        en: 'reportedly, a suspected crime must also be reported to the police; no fixed hour seen',
      },
    });
    out.push({
      duty: 'cisr-police-24h',
      provision: 'cisr-14',
      ruleStatus: 'V-TEXT',
      recipient: { zh: '当地县级以上公安机关', en: 'the local police (county level or above)' },
      hours: 24,
      basis: {
        zh: '计算机信息系统中发生的案件：使用单位24小时内报告',
        en: 'a case in a computer information system: the using organisation reports within 24 hours',
      },
    });
  }
  if (intrusionShown(incident)) {
    out.push({
      duty: 'intlsec-police-24h',
      provision: 'intlsec-10',
      clause: '6',
      ruleStatus: 'V-TEXT',
      recipient: { zh: '当地公安机关', en: 'the local police' },
      hours: 24,
      basis: {
        zh: '使用国际联网的法人和其他组织发现入侵、破坏等情形：保留原始记录，24小时内报告',
        en: 'a legal person or other organisation using international networking that finds intrusion or damage: keep the original records, report within 24 hours',
      },
    });
  }
  return out;
}

function clockOf(rule: Rule, incident: Incident, detected: Date, now: Date, tz: string, lang: Lang): Clock {
  const made = incident.reports
    .filter((r) => r.duty === rule.duty)
    .map((r) => ({ r, at: parseIsoTime(r.at, tz, 'report time') }))
    .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  const clock: Clock = {
    duty: rule.duty,
    recipient: rule.recipient[lang],
    provision: rule.provision,
    ...(rule.clause === undefined ? {} : { clause: rule.clause }),
    state: 'no-fixed-deadline',
    ruleStatus: rule.ruleStatus,
    basis: rule.basis[lang],
  };
  if (made) clock.reportedAt = formatInZone(made.at, tz);
  if (rule.hours === undefined) {
    if (made) clock.state = 'met';
    return clock;
  }
  const deadline = detected.getTime() + rule.hours * HOUR;
  clock.deadline = formatInZone(new Date(deadline), tz);
  if (made) {
    clock.state = made.at.getTime() <= deadline ? 'met' : 'met-late';
  } else {
    clock.remainingMs = deadline - now.getTime();
    clock.state = clock.remainingMs < 0 ? 'overdue' : 'running';
  }
  return clock;
}

/** One clock per statutory duty that applies to the incident. */
export function clocks(incident: Incident, now: Date, tz: string = DEFAULT_TZ, lang: Lang = 'zh'): Clock[] {
  const detected = parseIsoTime(incident.detectedAt, tz, 'detection time');
  return rules(incident).map((rule) => clockOf(rule, incident, detected, now, tz, lang));
}

/** Why a clock is absent or what else applies, in the report language (catalogue §6a/§6b). */
export function clockNotes(incident: Incident, lang: Lang = 'zh'): string[] {
  const notes: Text[] = [];
  if (!REPORTABLE_GRADES.includes(incident.grade)) {
    notes.push({
      zh: '“一般”事件不适用《国家网络安全事件报告管理办法》第四条的报告时限，因此没有该时钟；但网络安全法第二十七条、数据安全法第二十九条、个人信息保护法第五十七条规定的处置和报告义务仍然适用。',
      en: 'A 一般 (general) incident is outside the reporting deadlines of Art. 4 of the Incident Reporting Measures, so there is no such clock; the handling and reporting duties of CSL Art. 27, DSL Art. 29 and PIPL Art. 57 still apply.',
    });
  } else if (incident.grade !== '较大' && incident.operator !== 'other') {
    notes.push({
      zh: '重大、特别重大事件由接报部门在更短时限内逐级上报(关键信息基础设施：保护工作部门30分钟内；中央和国家机关：网信工作机构1小时内)；这是接报部门的时限，不是运营者的。',
      en: 'For 重大 and 特别重大 incidents the receiving body passes the report up faster (CII: the protection department within 30 minutes; state bodies: the cyber-affairs unit within 1 hour); that deadline is theirs, not the operator’s.',
    });
  }
  if (!incident.crimeSuspected) {
    notes.push({
      zh: '未标记涉嫌犯罪：如认为涉嫌违法犯罪，用 `hegui incident update ID --crime-suspected` 标记，将增加向公安机关报告的时钟。',
      en: 'No crime marked as suspected: if you suspect one, run `hegui incident update ID --crime-suspected` to add the police-report clocks.',
    });
  }
  notes.push({
    zh: '时限自填写的发现时间起算；“立即”“及时”类义务没有固定时刻，应尽快履行。',
    en: 'Deadlines run from the detection time you gave; duties worded "at once" or "promptly" have no fixed hour and should be met as soon as possible.',
  });
  return notes.map((n) => n[lang]);
}
