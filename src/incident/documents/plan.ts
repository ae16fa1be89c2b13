/**
 * An emergency response plan (应急预案, CSL Art. 27; PIPL Art. 51(5) when personal information is held)
 * drafted from what the scan saw of the host: listening services, processes and accounts the findings
 * name, how long logs are kept; what the scan cannot know (backups, people, phone numbers) is left blank.
 * Reporting chains and deadlines come from the clocks module's rules, so the plan and `incident status`
 * never disagree; drills list the incident's recorded drills.
 */
import { findCheck } from '../../checks/index.ts';
import type { Report } from '../../core/finding.ts';
import { findProvision } from '../../legal/provisions.ts';
import { clocks as clocksOf, personalInfoInvolved } from '../clocks.ts';
import { OPERATOR_KINDS, type Clock, type Incident, type OperatorKind } from '../model.ts';
import { cite, clockDutyCell, fmtTime, operatorLabel } from './common.ts';
import type { Block, Doc, Lang } from './doc.ts';
import { gradingNotes } from './report.ts';
import type { DocumentInput } from './types.ts';

interface Inventory {
  listening: string[];
  processes: string[];
  accounts: string[];
  logs: { status: 'short' | 'ok' | 'unknown'; detail: string[] };
}

function titleIn(f: Report['findings'][number], lang: Lang): string {
  return findCheck(f.checkId)?.title[lang] ?? f.title;
}

/** What the report shows of the host; only what a finding or check names. */
export function inventoryFromReport(report: Report | undefined, lang: Lang): Inventory {
  const listening = new Set<string>();
  const processes = new Set<string>();
  const accounts = new Set<string>();
  const logsShort: string[] = [];
  for (const f of report?.findings ?? []) {
    for (const w of f.where) {
      if ('socket' in w && !w.socket.includes('->')) listening.add(w.socket);
      if ('command' in w) processes.add(`${w.pid} ${w.command}`);
      if (
        'path' in w &&
        (w.path === '/etc/passwd' || w.path === '/etc/shadow') &&
        f.category !== 'log-retention-short'
      )
        accounts.add(`${titleIn(f, lang)} (${w.path}${w.line === undefined ? '' : `:${w.line}`})`);
    }
    if (f.category === 'log-retention-short') logsShort.push(titleIn(f, lang));
  }
  const logChecks = (report?.checks ?? []).filter((c) => c.checkId.startsWith('log-'));
  const logs: Inventory['logs'] =
    logsShort.length > 0
      ? { status: 'short', detail: logsShort }
      : logChecks.length > 0 && logChecks.every((c) => c.outcome === 'pass')
        ? {
            status: 'ok',
            detail: [
              lang === 'zh'
                ? '日志留存检查均通过(不少于六个月)'
                : 'log-retention checks passed (six months or more)',
            ],
          }
        : { status: 'unknown', detail: [] };
  return { listening: [...listening].sort(), processes: [...processes], accounts: [...accounts], logs };
}

/** Hours from detection to each fixed deadline, per operator kind, from the clocks module. */
function chain(incident: Incident, kind: OperatorKind, lang: Lang): Clock[] {
  const probe: Incident = {
    ...incident,
    operator: kind,
    grade: '较大',
    crimeSuspected: true,
    reports: [],
  };
  return clocksOf(probe, new Date(Date.parse(incident.detectedAt)), undefined, lang);
}

function hours(clock: Clock, detectedAt: string, lang: Lang): string {
  if (clock.deadline === undefined)
    return lang === 'zh' ? '立即(无固定时限)' : 'without delay (no fixed hour)';
  const h = (Date.parse(clock.deadline) - Date.parse(detectedAt)) / 3_600_000;
  return lang === 'zh' ? `发现后 ${h} 小时内` : `within ${h} hour${h === 1 ? '' : 's'} of detection`;
}

export function buildPlan(input: DocumentInput, lang: Lang, now: Date): Doc {
  const { incident, report } = input;
  const zh = lang === 'zh';
  const day = now.toISOString();
  const inv = inventoryFromReport(report, lang);
  const pi = personalInfoInvolved(incident);
  const irm = findProvision('irm-4');
  const basis = ['csl-27', 'irm-4', 'dsl-29', 'ndsr-11', ...(pi ? ['pipl-51', 'pipl-57'] : [])];
  const systems = incident.affectedSystems.join(zh ? '、' : ', ');

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: zh ? '一、总则' : '1. General' },
    {
      kind: 'para',
      text: zh
        ? `本预案适用于 ${systems} 发生的网络安全事件，规定事件发生时的组织、分级、报告、处置和演练。`
        : `This plan covers cybersecurity incidents on ${systems}: who does what, grading, reporting, handling and drills.`,
    },
    { kind: 'list', items: basis.map((id) => cite(id, lang, day)) },
    { kind: 'heading', level: 1, text: zh ? '二、组织和职责' : '2. Roles' },
    {
      kind: 'table',
      head: zh ? ['角色', '职责', '姓名', '电话(24小时)'] : ['Role', 'Duties', 'Name', 'Telephone (24 h)'],
      rows: [
        [
          zh ? '应急负责人' : 'Incident lead',
          zh
            ? '启动预案、确定事件级别、批准对外报告'
            : 'activates the plan, decides the grade, approves reports',
          undefined,
          undefined,
        ],
        [
          zh ? '技术处置' : 'Technical responder',
          zh ? '固定证据、隔离和清除、恢复系统' : 'preserves evidence, contains and cleans, restores',
          undefined,
          undefined,
        ],
        [
          zh ? '报告联络人' : 'Reporting contact',
          zh ? '按时限向网信、公安等部门报告' : 'reports to the CAC, the police and others in time',
          undefined,
          undefined,
        ],
        ...(pi
          ? [
              [
                zh ? '个人信息保护负责人' : 'PI protection officer',
                zh
                  ? '评估个人信息影响，通知部门和个人'
                  : 'assesses the PI impact, notifies regulator and individuals',
                undefined,
                undefined,
              ],
            ]
          : []),
        [zh ? '法务' : 'Legal', zh ? '审核报告和通知' : 'reviews reports and notices', undefined, undefined],
      ],
    },
    { kind: 'heading', level: 1, text: zh ? '三、资产和日志' : '3. Assets and logs' },
    {
      kind: 'fields',
      rows: [
        {
          label: zh ? '主机' : 'Host',
          value: `${incident.host.hostname}${report?.host.os ? ` (${report.host.os})` : ''}`,
        },
        {
          label: zh ? '对外监听的服务(检查所见)' : 'Listening services (as seen)',
          value: inv.listening.join(zh ? '；' : '; '),
        },
        {
          label: zh ? '需关注的进程(检查所见)' : 'Processes to watch (as seen)',
          value: inv.processes.join(zh ? '；' : '; '),
        },
        {
          label: zh ? '需复核的账户(检查所见)' : 'Accounts to review (as seen)',
          value: inv.accounts.join(zh ? '；' : '; '),
        },
        { label: zh ? '完整的服务和账户清单' : 'Full list of services and accounts', value: undefined },
        {
          label: zh ? '日志留存' : 'Log retention',
          value:
            inv.logs.status === 'unknown'
              ? undefined
              : `${inv.logs.status === 'short' ? (zh ? '不足六个月：' : 'under six months: ') : ''}${inv.logs.detail.join(zh ? '；' : '; ')}`,
        },
        {
          label: zh
            ? '备份(内容、频率、异地保存、恢复测试)'
            : 'Backups (what, how often, off-site, restore tested)',
          value: undefined,
        },
      ],
    },
    { kind: 'heading', level: 1, text: zh ? '四、事件分级' : '4. Grading' },
    {
      kind: 'para',
      text: zh
        ? '事件分为特别重大、重大、较大、一般四级，由应急负责人按网信部门的分级指南确定；较大及以上须在时限内报告。'
        : 'Incidents are graded especially major, major, relatively major or general by the incident lead under the CAC grading guide; relatively major or worse must be reported within the deadlines.',
    },
    ...gradingNotes(irm?.notes, incident, lang),
    { kind: 'heading', level: 1, text: zh ? '五、报告对象和时限' : '5. Whom to report to, and by when' },
    {
      kind: 'para',
      text: zh
        ? `本单位类型：${operatorLabel(incident.operator, lang)}。较大及以上事件、涉嫌犯罪或涉及个人信息时的报告链如下(时限由 hegui 时钟规则给出)：`
        : `This organisation: ${operatorLabel(incident.operator, lang)}. The reporting chain for a relatively major or worse incident, a suspected crime or personal information (deadlines from hegui's clock rules):`,
    },
    {
      kind: 'table',
      head: zh ? ['义务', '接收方', '时限', '依据'] : ['Duty', 'Recipient', 'Deadline', 'Basis'],
      rows: chain(incident, incident.operator, lang).map((c) => [
        clockDutyCell(c, lang),
        c.recipient,
        hours(c, incident.detectedAt, lang),
        cite(c.provision, lang, day, c.clause),
      ]),
    },
    {
      kind: 'para',
      text: zh
        ? '其他类型运营者的网络安全事件报告时限：'
        : 'The incident-report deadline for the other kinds of operator:',
    },
    {
      kind: 'list',
      items: OPERATOR_KINDS.filter((k) => k !== incident.operator).flatMap((k) =>
        chain(incident, k, lang)
          .filter((c) => c.duty === 'irm-report')
          .map((c) =>
            zh
              ? `${operatorLabel(k, lang)}：${c.recipient}，${hours(c, incident.detectedAt, lang)}`
              : `${operatorLabel(k, lang)}: ${c.recipient}, ${hours(c, incident.detectedAt, lang)}`,
          ),
      ),
    },
    { kind: 'heading', level: 1, text: zh ? '六、处置流程' : '6. Handling' },
    {
      kind: 'list',
      ordered: true,
      items: zh
        ? [
            '发现和研判：记录发现时间，运行 hegui scan，确定事件级别(hegui incident open)。',
            '固定证据：在清除前运行 hegui capture 只读固定证据，保留原始日志记录。',
            '报告：按第五部分的时限报告，并用 hegui incident status 跟踪时限。',
            '遏制和清除：按 hegui 给出的处置清单逐项执行并记录。',
            '通知：涉及个人信息的，立即通知部门和受影响的个人。',
            '恢复：从可信备份恢复，修复入侵途径，重新扫描确认。',
            '总结：复盘原因，修订本预案。',
          ]
        : [
            'Detect and assess: record the detection time, run hegui scan, decide the grade (hegui incident open).',
            'Preserve evidence: run hegui capture (read-only) before cleaning up; keep the original logs.',
            'Report: within the deadlines of section 5; track them with hegui incident status.',
            'Contain and clean: work through hegui’s containment checklist, recording each step.',
            'Notify: where personal information is involved, notify the regulator and the people affected at once.',
            'Recover: restore from trusted backups, close the way in, scan again.',
            'Review: find the root cause and revise this plan.',
          ],
    },
    { kind: 'heading', level: 1, text: zh ? '七、演练' : '7. Drills' },
  ];
  if (incident.drills.length > 0) {
    blocks.push({
      kind: 'table',
      head: zh ? ['时间', '场景', '参加人员', '记录'] : ['When', 'Scenario', 'Participants', 'Notes'],
      rows: incident.drills.map((d) => [
        fmtTime(d.at, lang),
        d.scenario,
        d.participants.join(zh ? '、' : ', '),
        d.notes,
      ]),
    });
  } else {
    blocks.push({
      kind: 'para',
      text: zh
        ? '尚无演练记录(用 hegui incident drill 记录演练)。'
        : 'No drill on record yet (record one with hegui incident drill).',
    });
  }
  blocks.push({ kind: 'fields', rows: [{ label: zh ? '下次演练时间' : 'Next drill', value: undefined }] });
  return {
    lang,
    title: zh ? '网络安全事件应急预案' : 'Cybersecurity Incident Response Plan',
    subtitle: zh
      ? `hegui 根据 ${incident.host.hostname} 的检查结果起草；【待填写】处请补全后由负责人批准。`
      : `Drafted by hegui from the examination of ${incident.host.hostname}; fill every [TO BE FILLED] and have it approved.`,
    blocks,
  };
}
