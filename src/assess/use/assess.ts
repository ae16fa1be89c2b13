/**
 * `assess use` as a pure function: answers (and optionally what a scan found) → a verdict per activity
 * with the rules that fired, the general duties, and the cross-border route when data goes abroad.
 */
import type { Fact, LegalRef, Text } from '../../legal/types.ts';
import { crossBorderRoute, type CrossBorderResult } from '../cross-border/route.ts';
import { ROUTE_LABELS } from '../cross-border/render.ts';
import type { Activity, AnswerKey, Answers } from './model.ts';
import { RULES, type Rule } from './rules.ts';
import { applyScan, type ScanContradiction, type ScanFacts } from './scan.ts';

export const VERDICTS = ['allowed', 'allowed-with-duties', 'not-allowed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Item {
  rule: string;
  /** prohibited: not allowed; met / unmet: a duty the answers show kept or not; applies: a duty to keep. */
  status: 'prohibited' | 'unmet' | 'met' | 'applies';
  title: Text;
  explain: Text;
  todo: readonly Text[];
  legal: readonly LegalRef[];
  notes: readonly Fact[];
  scenarios: readonly number[];
  /** Answers the duty depends on that were not given (it is then reported as applying). */
  unanswered: AnswerKey[];
}

export interface ActivityResult {
  activity: Activity;
  /** answers: the user chose it; scan: only the scan report shows it. */
  source: 'answers' | 'scan';
  verdict: Verdict;
  items: Item[];
}

export interface UseResult {
  verdict: Verdict;
  activities: ActivityResult[];
  general: Item[];
  crossBorder?: CrossBorderResult;
  scanContradictions: ScanContradiction[];
  answers: Answers;
  /** The keys answered (by the user or settled by the scan); absent: every key (the questionnaire). */
  answered?: AnswerKey[];
}

function item(rule: Rule, a: Answers, given: ReadonlySet<AnswerKey> | undefined): Item {
  const unanswered = given === undefined ? [] : (rule.reads ?? []).filter((k) => !given.has(k));
  const met = unanswered.length > 0 ? undefined : rule.met?.(a);
  const status: Item['status'] =
    rule.kind === 'prohibited' ? 'prohibited' : met === undefined ? 'applies' : met ? 'met' : 'unmet';
  return {
    rule: rule.id,
    status,
    unanswered,
    title: rule.title,
    explain: rule.explain,
    todo: rule.todo,
    legal: rule.legal,
    notes: rule.notes ?? [],
    scenarios: rule.scenarios,
  };
}

function verdictOf(items: readonly Item[]): Verdict {
  if (items.some((i) => i.status === 'prohibited')) return 'not-allowed';
  return items.length > 0 ? 'allowed-with-duties' : 'allowed';
}

function crossBorderItem(route: CrossBorderResult): Item {
  return {
    rule: 'cross-border',
    // whether the contract, certification or assessment is in place is not asked: it applies
    status: 'applies',
    title: {
      zh: `数据出境：${ROUTE_LABELS[route.route].zh}`,
      en: `Transfers abroad: ${ROUTE_LABELS[route.route].en}`,
    },
    explain: {
      zh: route.reasons.map((r) => r.text.zh).join(''),
      en: route.reasons.map((r) => r.text.en).join(' '),
    },
    todo: [
      ...route.duties.map((d) => d.text),
      {
        zh: '豁免情形(合同必需、人力资源、紧急情况、自贸区负面清单等)用 hegui assess cross-border --exemption 评估',
        en: 'Assess exemptions (contract necessity, HR, emergencies, free-trade-zone lists) with hegui assess cross-border --exemption',
      },
    ],
    legal: [...route.reasons.flatMap((r) => r.legal), ...route.duties.flatMap((d) => d.legal)],
    notes: route.notes,
    scenarios: [18],
    unanswered: [],
  };
}

/**
 * `given`: the keys the user answered (absent: all, as in the questionnaire); `scan`: what a scan report
 * found, which overrides the answers it contradicts and counts as answered.
 */
export function assessUse(
  answers: Answers,
  { given: givenKeys, scan }: { given?: ReadonlySet<AnswerKey>; scan?: ScanFacts } = {},
): UseResult {
  const scanned = scan ? applyScan(answers, scan) : undefined;
  const a = scanned?.answers ?? answers;
  const given =
    givenKeys === undefined
      ? undefined
      : new Set([...givenKeys, ...(scanned?.contradictions.flatMap((c) => c.keys) ?? [])]);
  const general = RULES.filter((r) => r.activities === undefined && r.applies(a)).map((r) =>
    item(r, a, given),
  );
  let crossBorder: CrossBorderResult | undefined;
  if (a.recipientsAbroad) {
    crossBorder = crossBorderRoute({
      personal: a.abroadPersonal,
      sensitive: a.abroadSensitive,
      importantData: a.importantData,
      ciio: a.ciio,
      exemptions: [],
    });
    general.push(crossBorderItem(crossBorder));
  }
  const generalVerdict = verdictOf(general);
  const activities = a.activities.map((activity): ActivityResult => {
    const items = RULES.filter((r) => r.activities?.includes(activity) === true && r.applies(a)).map((r) =>
      item(r, a, given),
    );
    const own = verdictOf(items);
    const verdict = VERDICTS[Math.max(VERDICTS.indexOf(own), VERDICTS.indexOf(generalVerdict))]!;
    return {
      activity,
      source: scanned?.added.includes(activity) === true ? 'scan' : 'answers',
      verdict,
      items,
    };
  });
  const verdict =
    VERDICTS[
      Math.max(...activities.map((x) => VERDICTS.indexOf(x.verdict)), VERDICTS.indexOf(generalVerdict))
    ]!;
  return {
    verdict,
    activities,
    general,
    ...(crossBorder ? { crossBorder } : {}),
    scanContradictions: scanned?.contradictions ?? [],
    answers: a,
    ...(given ? { answered: [...given] } : {}),
  };
}
