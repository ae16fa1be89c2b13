/**
 * What a scan report says the server actually does (CONTRACT §2, §3 categories), read next to what the
 * user says: activities the findings imply, answers they contradict. Pure: takes the parsed JSON.
 */
import { HeguiError } from '../../core/errors.ts';
import type { Text } from '../../legal/types.ts';
import { ACTIVITY_LABELS, SENSITIVE_KINDS, type Activity, type AnswerKey, type Answers } from './model.ts';

/** Finding categories that mean an activity is running on the server. */
export const CATEGORY_ACTIVITY: Readonly<Record<string, Activity>> = {
  mining: 'mining',
  'proxy-service': 'proxy-vpn',
  'gambling-content': 'gambling',
  'pornography-content': 'adult-content',
  'fraud-content': 'phishing',
  'pirated-content': 'pirated-content',
  'hacking-tool-hosted': 'hacking-tools',
  'ddos-tool': 'ddos-service',
};

/** Finding categories that settle an answer (the scan's worse state wins). */
const CATEGORY_FACTS: Readonly<Record<string, Partial<Answers>>> = {
  'log-retention-short': { logRetentionDays: 0 },
  'audit-logging-missing': { auditLogging: false },
  'firewall-missing': { firewall: false },
  'ssh-password-auth': { adminLogin: 'password' },
  'ssh-root-login': { adminLogin: 'password' },
  'plaintext-personal-data': { piEncrypted: false },
  'plaintext-sensitive-personal-data': { piEncrypted: false },
  webshell: { incident: 'suspected' },
  rootkit: { incident: 'suspected' },
  'brute-force-compromise': { incident: 'suspected' },
  'malicious-cron': { incident: 'suspected' },
  'preload-hijack': { incident: 'suspected' },
  'rogue-root-account': { incident: 'suspected' },
  // open-source licence findings (issue 6 item 4)
  'license-violation': { openSource: 'not-compliant' },
};

export interface ScanFacts {
  /** Finding categories present, with one message each as an example. */
  categories: Map<string, string>;
}

export interface ScanContradiction {
  category: string;
  keys: AnswerKey[];
  text: Text;
}

/** The categories of a scan report's findings; anything not shaped like a report is a coded error. */
export function scanFacts(json: unknown, file: string): ScanFacts {
  const report = json as { schemaVersion?: unknown; findings?: unknown } | null;
  if (typeof report !== 'object' || report === null || !Array.isArray(report.findings))
    throw new HeguiError(
      'HEGUI_E_ASSESS_FILE',
      `${file} is not a hegui scan report (JSON with "findings"); write one with \`hegui scan --format json\``,
    );
  const categories = new Map<string, string>();
  for (const f of report.findings as unknown[]) {
    const cat = (f as { category?: unknown } | null)?.category;
    const title = (f as { title?: unknown } | null)?.title;
    if (typeof cat === 'string' && !categories.has(cat))
      categories.set(cat, typeof title === 'string' ? title : cat);
  }
  return { categories };
}

const WORSE_INCIDENT = { none: 0, suspected: 1, confirmed: 2 } as const;

/**
 * The answers as the scan corrects them, the activities it adds, and every point where it contradicts
 * the user. Each contradiction gives both readings; the assessment covers both.
 */
export function applyScan(
  answers: Answers,
  scan: ScanFacts,
): { answers: Answers; added: Activity[]; contradictions: ScanContradiction[] } {
  const out: Answers = { ...answers, activities: [...answers.activities] };
  const added: Activity[] = [];
  const contradictions: ScanContradiction[] = [];
  for (const [category, example] of scan.categories) {
    const activity = CATEGORY_ACTIVITY[category];
    if (activity !== undefined && !out.activities.includes(activity)) {
      out.activities.push(activity);
      added.push(activity);
      if (WORSE_INCIDENT[out.incident] < 1) out.incident = 'suspected';
      const label = ACTIVITY_LABELS[activity];
      contradictions.push({
        category,
        keys: ['activities'],
        text: {
          zh: `扫描发现“${example}”(${category})，但回答中没有“${label.zh}”。如果是你们在运行，按该活动评估；如果无人安装，则可能是入侵，须按安全事件处置和报告。两种情况下面都已评估。`,
          en: `The scan found "${example}" (${category}), but the answers do not list "${label.en}". If you run it, it is assessed as that activity; if nobody on your team installed it, it may be an intrusion to handle and report as an incident. Both are assessed below.`,
        },
      });
    }
    const facts = CATEGORY_FACTS[category];
    if (facts === undefined) continue;
    for (const [key, value] of Object.entries(facts) as [AnswerKey, Answers[AnswerKey]][]) {
      const said = answers[key]; // what the user said, not what an earlier finding already changed
      const worse =
        key === 'incident'
          ? WORSE_INCIDENT[value as Answers['incident']] > WORSE_INCIDENT[said as Answers['incident']]
          : key === 'logRetentionDays'
            ? (said as number) >= 180
            : said !== value;
      if (!worse) continue;
      (out as unknown as Record<string, unknown>)[key] = key === 'logRetentionDays' ? 0 : value;
      contradictions.push({
        category,
        keys: [key],
        text: {
          zh: `回答 ${key} = ${JSON.stringify(said)}，但扫描发现“${example}”(${category})；以扫描结果为准评估。`,
          en: `The answers say ${key} = ${JSON.stringify(said)}, but the scan found "${example}" (${category}); assessed on the scan's evidence.`,
        },
      });
    }
    if (
      category === 'plaintext-sensitive-personal-data' &&
      out.personalData.length > 0 &&
      !out.personalData.some((k) => SENSITIVE_KINDS.includes(k))
    ) {
      contradictions.push({
        category,
        keys: ['personalData'],
        text: {
          zh: `回答中没有敏感个人信息，但扫描发现“${example}”；请核实后重新评估。`,
          en: `The answers list no sensitive personal information, but the scan found "${example}"; check and assess again.`,
        },
      });
    }
    if (
      (category === 'plaintext-personal-data' || category === 'plaintext-sensitive-personal-data') &&
      out.personalData.length === 0
    ) {
      contradictions.push({
        category,
        keys: ['personalData'],
        text: {
          zh: `回答没有个人信息，但扫描发现“${example}”；请用 hegui pii inventory 核实人数后重新评估。`,
          en: `The answers list no personal information, but the scan found "${example}"; count it with hegui pii inventory and assess again.`,
        },
      });
    }
  }
  return { answers: out, added, contradictions };
}
