/**
 * The liability analysis of an incident (issue 5 item 5; catalogue §9 rows 12–16, 25–27, §4). Pure: the
 * incident, the scan report it came from and the clocks in, one point per duty or conduct out.
 *
 * - The operator: each duty is met or missed only where the evidence shows it (a failed or passed check,
 *   a clock, a drill, the user's own statement); otherwise it is unknown, never guessed.
 * - The intruder, and an insider when the user marks one: conduct that "may meet the threshold of" an
 *   offence, with the thresholds the catalogue verifies, for a court to decide; never "is a crime".
 *
 * Citations, statements and penalty lines come from src/legal/render.ts, so a V-2ND penalty reads as
 * reported and an UNVERIFIED one is never printed as fact, exactly as in the scan report.
 */
import { findCheck } from '../checks/index.ts';
import type { Category, Report } from '../core/finding.ts';
import { findProvision } from '../legal/provisions.ts';
import { citation, legalStatement, liabilityFor, penaltiesOn } from '../legal/render.ts';
import type { Liability, Text } from '../legal/types.ts';
import { clocks, personalInfoInvolved } from './clocks.ts';
import type { Clock, Incident, IncidentFinding, LiabilityPoint } from './model.ts';

export type Lang = 'zh' | 'en';

interface Ref {
  id: string;
  clause?: string;
}

/** What the evidence says about a duty the checks assess. */
interface Evidence {
  status: LiabilityPoint['status'];
  basis: string;
}

function join(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '；' : '; ');
}

function titleOf(checkId: string, fallback: string, lang: Lang): string {
  return findCheck(checkId)?.title[lang] ?? fallback;
}

function uniqueTitles(findings: readonly IncidentFinding[], lang: Lang): string[] {
  return [...new Set(findings.map((f) => titleOf(f.checkId, f.title, lang)))];
}

/**
 * Missed when a finding of these categories is on record; met only when the report shows every check of
 * these categories ran and passed; unknown otherwise (no report, not assessed, errors).
 */
/**
 * Passing plaintext-PI checks show the data the scan saw is protected; when the scan saw no personal
 * data at all, they say nothing about where the incident's personal information lives.
 */
function piSafeguards(incident: Incident, report: Report | undefined, lang: Lang): Evidence {
  const evidence = fromChecks(
    cat('plaintext-personal-data', 'plaintext-sensitive-personal-data'),
    incident,
    report,
    lang,
  );
  const seen = report?.inventory?.rows.length ?? 0;
  if (evidence.status !== 'met' || seen > 0) return evidence;
  return {
    status: 'unknown',
    basis:
      lang === 'zh'
        ? '扫描未发现任何个人信息，无法判断事件涉及的个人信息所在之处是否已加密或去标识化'
        : 'The scan found no personal data at all, so it cannot tell whether the place holding the personal information involved is encrypted or de-identified',
  };
}

function fromChecks(
  categories: ReadonlySet<Category>,
  incident: Incident,
  report: Report | undefined,
  lang: Lang,
): Evidence {
  const zh = lang === 'zh';
  const failed = incident.findings.filter((f) => categories.has(f.category));
  if (failed.length > 0) {
    return {
      status: 'missed',
      basis: `${zh ? '扫描发现：' : 'The scan found: '}${join(uniqueTitles(failed, lang), lang)}`,
    };
  }
  const results = (report?.checks ?? []).filter((c) => {
    const check = findCheck(c.checkId);
    return check !== undefined && categories.has(check.category);
  });
  if (results.length === 0) {
    return {
      status: 'unknown',
      basis: zh ? '扫描未评估此项(无相应检查结果)' : 'Not assessed by the scan (no result for these checks)',
    };
  }
  const notPassed = results.filter((c) => c.outcome !== 'pass');
  if (notPassed.length > 0) {
    return {
      status: 'unknown',
      basis: zh
        ? `部分检查未能评估：${notPassed.map((c) => c.checkId).join('、')}`
        : `Some checks could not be assessed: ${notPassed.map((c) => c.checkId).join(', ')}`,
    };
  }
  return {
    status: 'met',
    basis: zh
      ? `扫描的 ${results.length} 项相关检查均通过：${results.map((c) => c.checkId).join('、')}`
      : `All ${results.length} related checks passed: ${results.map((c) => c.checkId).join(', ')}`,
  };
}

/** The user's own statement about a duty, when the evidence is silent. */
function attested(evidence: Evidence, incident: Incident, key: string, lang: Lang): Evidence {
  const said = incident.attestations[key];
  if (said === undefined) return evidence;
  const zh = lang === 'zh';
  if (evidence.status === 'unknown') {
    return {
      status: said ? 'met' : 'missed',
      basis: zh
        ? `运营者声明${said ? '已' : '未'}履行(attestation ${key})；${evidence.basis}`
        : `The operator states it was ${said ? '' : 'not '}done (attestation ${key}); ${evidence.basis}`,
    };
  }
  if ((evidence.status === 'met') !== said) {
    return {
      ...evidence,
      basis: zh
        ? `${evidence.basis}；运营者的声明(${key})与扫描证据不一致，以证据为准`
        : `${evidence.basis}; the operator's statement (${key}) disagrees with the evidence, which prevails`,
    };
  }
  return evidence;
}

function statementsFor(
  refs: readonly Ref[],
  party: 'operator' | 'intruder',
  lang: Lang,
  date: string,
): { statements: string[]; penalties: string[]; exposure: Liability[] } {
  const statements: string[] = [];
  const penalties: string[] = [];
  const exposure = new Set<Liability>();
  for (const ref of refs) {
    const p = findProvision(ref.id);
    if (p === undefined) continue; // the provisions test keeps this from happening
    const liability = liabilityFor(p, ref.clause);
    for (const l of liability) exposure.add(l);
    statements.push(legalStatement(citation(p, ref.clause, lang, date), party, liability, lang));
    // provisions that share a penalty article (csl-23, csl-27, csl-61) print it once
    for (const line of penaltiesOn(p, lang, date)) if (!penalties.includes(line)) penalties.push(line);
  }
  return { statements, penalties, exposure: [...exposure] };
}

function point(
  party: LiabilityPoint['party'],
  key: string,
  duty: Text,
  evidence: Evidence,
  refs: readonly Ref[],
  lang: Lang,
  date: string,
): LiabilityPoint {
  const { statements, penalties, exposure } = statementsFor(
    refs,
    party === 'operator' ? 'operator' : 'intruder',
    lang,
    date,
  );
  return {
    party,
    key,
    duty: duty[lang],
    status: evidence.status,
    basis: evidence.basis,
    provisions: [...new Set(refs.map((r) => r.id))],
    exposure,
    statements,
    penalties,
  };
}

const cat = (...c: Category[]): ReadonlySet<Category> => new Set(c);

const CLOCK_DUTY_TEXT: Record<Clock['duty'], Text> = {
  'irm-report': {
    zh: '按时报告网络安全事件(较大及以上)',
    en: 'Report the incident in time (relatively major or worse)',
  },
  'pipl-notify': {
    zh: '个人信息安全事件：立即补救并通知部门和个人',
    en: 'Personal-information incident: remedy at once, notify the regulator and the people affected',
  },
  'police-report': { zh: '涉嫌犯罪的向公安机关报告', en: 'Report a suspected crime to the police' },
  'cisr-police-24h': {
    zh: '计算机信息系统案件24小时内报告公安机关',
    en: 'Report a computer-system case to the police within 24 hours',
  },
  'intlsec-police-24h': {
    zh: '发现入侵、破坏：保留原始记录并24小时内报告公安机关',
    en: 'Intrusion or damage found: keep the original records, report to the police within 24 hours',
  },
};

function clockEvidence(clock: Clock, lang: Lang): Evidence {
  const zh = lang === 'zh';
  const deadline = clock.deadline ?? (zh ? '无固定时限，应立即' : 'no fixed hour: without delay');
  switch (clock.state) {
    case 'met':
      return {
        status: 'met',
        basis: zh
          ? `已于 ${clock.reportedAt ?? '(时间未记录)'} 报告，时限 ${deadline}`
          : `Reported at ${clock.reportedAt ?? '(time not recorded)'}; deadline ${deadline}`,
      };
    case 'met-late':
      return {
        status: 'missed',
        basis: zh
          ? `于 ${clock.reportedAt ?? '(时间未记录)'} 报告，晚于时限 ${deadline}`
          : `Reported at ${clock.reportedAt ?? '(time not recorded)'}, after the deadline ${deadline}`,
      };
    case 'overdue':
      return {
        status: 'missed',
        basis: zh
          ? `时限 ${deadline} 已过，记录中没有报告`
          : `Deadline ${deadline} passed with no report on record`,
      };
    case 'running':
      return {
        status: 'unknown',
        basis: zh ? `尚无报告记录；时限 ${deadline}` : `No report on record yet; deadline ${deadline}`,
      };
    case 'no-fixed-deadline':
      return {
        status: 'unknown',
        basis: zh
          ? '没有固定时限(应立即)，尚无报告记录'
          : 'No fixed deadline (without delay); no report on record yet',
      };
  }
}

/** Provisions behind each clock, with the penalty article where the duty has its own. */
const CLOCK_REFS: Record<Clock['duty'], Ref[]> = {
  'irm-report': [{ id: 'irm-4' }, { id: 'csl-27' }],
  'pipl-notify': [{ id: 'pipl-57' }, { id: 'pipl-66' }],
  'police-report': [{ id: 'irm-4' }],
  'cisr-police-24h': [{ id: 'cisr-14' }],
  'intlsec-police-24h': [{ id: 'intlsec-10', clause: '6' }],
};

function operatorPoints(
  incident: Incident,
  report: Report | undefined,
  clocks: readonly Clock[],
  lang: Lang,
  date: string,
): LiabilityPoint[] {
  const zh = lang === 'zh';
  const out: LiabilityPoint[] = [];
  const pi = personalInfoInvolved(incident);

  const logs = attested(
    fromChecks(cat('log-retention-short'), incident, report, lang),
    incident,
    'logs-6-months',
    lang,
  );
  out.push(
    point(
      'operator',
      'log-retention',
      { zh: '网络日志留存不少于六个月', en: 'Network logs kept for at least six months' },
      logs,
      [{ id: 'csl-23', clause: '3' }, { id: 'csl-61' }],
      lang,
      date,
    ),
  );
  out.push(
    point(
      'operator',
      'audit-logging',
      { zh: '监测、记录安全事件(安全审计)', en: 'Monitoring and recording security events (audit logging)' },
      attested(
        fromChecks(cat('audit-logging-missing'), incident, report, lang),
        incident,
        'audit-logging',
        lang,
      ),
      [{ id: 'csl-23', clause: '3' }],
      lang,
      date,
    ),
  );

  const drills = incident.drills;
  const plan: Evidence =
    drills.length > 0
      ? {
          status: 'met',
          basis: zh
            ? `记录了 ${drills.length} 次应急演练(最近一次 ${drills
                .map((d) => d.at)
                .sort()
                .at(-1)})`
            : `${drills.length} drill(s) on record (latest ${drills
                .map((d) => d.at)
                .sort()
                .at(-1)})`,
        }
      : {
          status: 'unknown',
          basis: zh
            ? '记录中没有应急预案或演练；请说明是否已制定(attestation response-plan)'
            : 'No response plan or drill on record; say whether one exists (attestation response-plan)',
        };
  out.push(
    point(
      'operator',
      'response-plan',
      { zh: '制定并启动网络安全事件应急预案', en: 'An incident response plan, activated' },
      attested(plan, incident, 'response-plan', lang),
      [{ id: 'csl-27' }, ...(pi ? [{ id: 'pipl-51', clause: '5' }] : [])],
      lang,
      date,
    ),
  );

  for (const clock of clocks) {
    out.push(
      point(
        'operator',
        `report:${clock.duty}`,
        CLOCK_DUTY_TEXT[clock.duty],
        clockEvidence(clock, lang),
        CLOCK_REFS[clock.duty],
        lang,
        date,
      ),
    );
  }

  out.push(
    point(
      'operator',
      'firewall',
      {
        zh: '防范网络攻击和侵入的技术措施(防火墙、暴露的服务)',
        en: 'Technical measures against attack and intrusion (firewall, exposed services)',
      },
      attested(
        fromChecks(cat('firewall-missing', 'database-exposed'), incident, report, lang),
        incident,
        'firewall',
        lang,
      ),
      [{ id: 'csl-23', clause: '2' }, { id: 'intlsec-10' }],
      lang,
      date,
    ),
  );
  out.push(
    point(
      'operator',
      'access-control',
      { zh: '身份鉴别和访问控制(SSH、口令)', en: 'Authentication and access control (SSH, passwords)' },
      attested(
        fromChecks(cat('ssh-root-login', 'ssh-password-auth', 'empty-password'), incident, report, lang),
        incident,
        'access-control',
        lang,
      ),
      [{ id: 'csl-23', clause: '2' }, { id: 'ndsr-9' }],
      lang,
      date,
    ),
  );
  out.push(
    point(
      'operator',
      'patching',
      { zh: '及时处置系统漏洞(补丁)', en: 'Dealing promptly with vulnerabilities (patching)' },
      attested(
        {
          status: 'unknown',
          basis: zh ? 'hegui 尚不评估补丁状态' : 'hegui does not assess patch levels yet',
        },
        incident,
        'patching',
        lang,
      ),
      [{ id: 'csl-27' }],
      lang,
      date,
    ),
  );

  if (pi) {
    out.push(
      point(
        'operator',
        'pi-security',
        {
          zh: '个人信息加密、去标识化等安全措施',
          en: 'Encryption, de-identification and other PI safeguards',
        },
        attested(piSafeguards(incident, report, lang), incident, 'pi-security', lang),
        [{ id: 'pipl-51', clause: '3' }, { id: 'pipl-66' }],
        lang,
        date,
      ),
    );
    out.push(
      point(
        'operator',
        'pi-civil',
        {
          zh: '个人信息权益受损的民事赔偿(过错推定)',
          en: 'Civil damages for harm to PI rights (presumed fault)',
        },
        {
          status: 'unknown',
          basis: zh
            ? '如造成损害，处理者须证明自己没有过错，否则承担赔偿责任；上文记录为“未履行”的义务不利于这一证明'
            : 'If harm is caused the handler pays unless it proves it was not at fault; duties shown missed above weigh against that',
        },
        [{ id: 'pipl-69' }],
        lang,
        date,
      ),
    );
  }

  // Catalogue §9 rows 10 and 12: the operator's own criminal exposure (Art. 286-1) needs a regulator's
  // written correction order that was refused; hegui holds no such order, so it is only ever a condition.
  if (logs.status === 'missed' || pi) {
    out.push(
      point(
        'operator',
        'cl-286-1',
        {
          zh: '拒不履行信息网络安全管理义务(仅在拒不执行监管部门书面责令改正时)',
          en: 'Refusing network-security management duties (only after a refused written correction order)',
        },
        {
          status: 'unknown',
          basis: zh
            ? '前提是监管部门已书面责令改正而拒不改正；事件记录中没有此类责令。及时改正上述未履行的义务可避免这一风险'
            : 'Requires a regulator’s written correction order that was refused; the record holds none. Correcting the missed duties above keeps it from arising',
        },
        [{ id: 'cl-286-1', clause: logs.status === 'missed' ? '4' : '2' }],
        lang,
        date,
      ),
    );
  }
  return out;
}

interface Conduct {
  ref: Ref;
  findings: IncidentFinding[];
}

/** The intruder's conduct: provisions the report cites with party 'intruder', with their findings. */
function intruderConduct(incident: Incident, report: Report | undefined): Conduct[] {
  const byKey = new Map<string, Conduct>();
  const add = (ref: Ref, f: IncidentFinding): void => {
    const key = `${ref.id}#${ref.clause ?? ''}`;
    const c = byKey.get(key) ?? { ref, findings: [] };
    if (!c.findings.some((x) => x.checkId === f.checkId)) c.findings.push(f);
    byKey.set(key, c);
  };
  if (report !== undefined) {
    for (const f of report.findings) {
      const inc = incident.findings.find((x) => x.checkId === f.checkId);
      if (inc === undefined) continue;
      for (const l of f.legal) {
        if (l.party === 'intruder')
          add(l.clause === undefined ? { id: l.provision } : { id: l.provision, clause: l.clause }, inc);
      }
    }
  } else {
    // Without the report the party is not recorded: the criminal provisions the findings cite.
    for (const f of incident.findings)
      for (const id of f.provisions) if (id === 'cl-285' || id === 'cl-286') add({ id }, f);
  }
  return [...byKey.values()].sort((a, b) => a.ref.id.localeCompare(b.ref.id));
}

const THRESHOLD_NOTE: Text = {
  zh: '是否达到入罪标准由司法机关认定，需结合受控系统总数、违法所得和经济损失(含恢复系统的费用)等事实。',
  en: 'Whether the threshold is met is for a court, on facts such as the total number of systems controlled, gains, and economic loss (which includes the cost of restoring systems).',
};

function intruderPoints(
  incident: Incident,
  report: Report | undefined,
  lang: Lang,
  date: string,
): LiabilityPoint[] {
  const zh = lang === 'zh';
  return intruderConduct(incident, report).map(({ ref, findings }) => {
    const p = findProvision(ref.id);
    const heading = p?.heading ?? { zh: ref.id, en: ref.id };
    return point(
      'intruder',
      ref.id,
      heading,
      {
        status: 'unknown',
        basis: `${zh ? '相关发现：' : 'Findings: '}${join(uniqueTitles(findings, lang), lang)}${zh ? '。' : '. '}${THRESHOLD_NOTE[lang]}`,
      },
      [ref],
      lang,
      date,
    );
  });
}

function insiderPoints(incident: Incident, lang: Lang, date: string): LiabilityPoint[] {
  if (incident.insider?.suspected !== true) return [];
  const zh = lang === 'zh';
  const refs: Ref[] = [{ id: 'cl-285', clause: '2' }, { id: 'cl-286' }];
  if (personalInfoInvolved(incident)) refs.push({ id: 'cl-253-1' });
  const note = incident.insider.note;
  return refs.map((ref) => {
    const p = findProvision(ref.id);
    const base = point(
      'insider',
      ref.id,
      p?.heading ?? { zh: ref.id, en: ref.id },
      {
        status: 'unknown',
        basis: zh
          ? `运营者标记了内部人员嫌疑${note ? `(${note})` : ''}；${THRESHOLD_NOTE.zh}`
          : `The operator marked an insider as suspected${note ? ` (${note})` : ''}; ${THRESHOLD_NOTE.en}`,
      },
      [ref],
      lang,
      date,
    );
    // The shared statement speaks of a break-in; an insider gets the same threshold wording, for them.
    const cited = p === undefined ? ref.id : citation(p, ref.clause, lang, date);
    base.statements = [
      zh
        ? `如经查实系内部人员所为，其行为可能达到${cited}规定的入罪标准(由司法机关认定)`
        : `If an insider did this, their conduct may meet the threshold of ${cited} (for a court to decide)`,
    ];
    return base;
  });
}

export interface LiabilityOptions {
  /** The incident's clocks as already computed; else computed here at `now`. */
  clocks?: readonly Clock[];
  /** "Now" for the clocks (a deadline passed without a report is a missed duty); default: detection time. */
  now?: Date;
  tz?: string;
}

/**
 * The liability analysis: operator duties (met / missed / unknown by the evidence), then the intruder's
 * and any insider's conduct.
 */
export function liability(
  incident: Incident,
  report: Report | undefined,
  lang: Lang,
  opts: LiabilityOptions = {},
): LiabilityPoint[] {
  const date = incident.detectedAt;
  const clockList =
    opts.clocks ?? clocks(incident, opts.now ?? new Date(Date.parse(incident.detectedAt)), opts.tz, lang);
  return [
    ...operatorPoints(incident, report, clockList, lang, date),
    ...intruderPoints(incident, report, lang, date),
    ...insiderPoints(incident, lang, date),
  ];
}
