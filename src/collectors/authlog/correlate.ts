/**
 * Correlation of auth events into verdicts, the way Wazuh's frequency rules decide them: a rule fires
 * when `frequency` matching events (the current one included) fall within `timeframe` seconds, counted per
 * source address where the rule says `same_source_ip`; after firing it stays quiet for `ignore` seconds.
 * Single-line verdicts (2502, 5404) have frequency 1. Rules are data; the correlator is pure and
 * incremental (events are pushed in log order, memory is `frequency` points per key).
 *
 * One deliberate difference: Wazuh's ignore period belongs to the rule (one alert per minute for the whole
 * host); here it belongs to the rule *and key*, so every brute-forcing source gets its own verdict.
 */
import type { FileLine } from '../../core/evidence.ts';
import type { AuthEventClass, Verdict, VerdictPoint, VerdictRule } from './authlog.types.ts';

export interface CorrelationRule {
  rule: VerdictRule;
  /** Our words for what a firing means. */
  meaning: string;
  /** Event classes the rule counts (Wazuh's if_matched_sid, as our classes). */
  classes: readonly AuthEventClass[];
  /** Programs whose events count (absent: any). */
  programs?: readonly string[];
  frequency: number;
  /** Seconds. Wazuh's default when a rule names none is 360. */
  timeframe: number;
  ignore: number;
  /** What the count is kept per: the source address, the account, either, or nothing. */
  key: 'source' | 'user' | 'source-or-user' | 'none';
}

const SSHD = ['sshd'] as const;

export const CORRELATION_RULES: readonly CorrelationRule[] = [
  {
    rule: '5712',
    meaning:
      'sshd brute force with non-existent accounts: 8 invalid-user events from one source within 120 s',
    classes: ['invalid-user'],
    programs: SSHD,
    frequency: 8,
    timeframe: 120,
    ignore: 60,
    key: 'source',
  },
  {
    rule: '5763',
    meaning: 'sshd brute force on existing accounts: 8 failed passwords from one source within 120 s',
    classes: ['failed-password'],
    programs: SSHD,
    frequency: 8,
    timeframe: 120,
    ignore: 60,
    key: 'source',
  },
  {
    rule: '5720',
    meaning: 'sshd: 8 other authentication failures from one source within 360 s (Wazuh default timeframe)',
    classes: ['failed-auth-other'],
    programs: SSHD,
    frequency: 8,
    timeframe: 360,
    ignore: 0,
    key: 'source',
  },
  {
    rule: '5719',
    meaning: 'sshd: 8 logins refused by AllowUsers/DenyUsers within 120 s, from any sources',
    classes: ['denied-user'],
    programs: SSHD,
    frequency: 8,
    timeframe: 120,
    ignore: 60,
    key: 'none',
  },
  {
    rule: '2502',
    meaning: 'PAM: one session missed the password more than once',
    classes: ['auth-failures-repeated'],
    frequency: 1,
    timeframe: 0,
    ignore: 0,
    key: 'source-or-user',
  },
  {
    rule: '5404',
    meaning: 'sudo: three or more wrong passwords in one invocation',
    classes: ['sudo-incorrect-password-attempts'],
    frequency: 1,
    timeframe: 0,
    ignore: 0,
    key: 'user',
  },
  {
    rule: 'btmp',
    meaning: 'btmp: 8 failed-login records from one host within 120 s (the 5763 rule applied to btmp)',
    classes: ['failed-password'],
    programs: ['btmp'],
    frequency: 8,
    timeframe: 120,
    ignore: 60,
    key: 'source',
  },
];

/** The rules whose verdict names one brute-forcing source address. */
export const SOURCE_BRUTE_FORCE_RULES: readonly VerdictRule[] = ['5712', '5763', '5720', 'btmp'];

export interface CorrelationInput {
  class: AuthEventClass;
  program: string;
  epoch: number;
  time: string;
  ip?: string;
  user?: string;
  where: FileLine;
}

interface KeyState {
  /** The last `frequency` points, a ring: `next` is where the following point goes (the oldest once full). */
  ring: VerdictPoint[];
  next: number;
  lastFired: number | null;
  verdict: Verdict | null;
  events: number;
}

export interface Correlator {
  /** Feed one event; returns the rules that fired on it. */
  push(event: CorrelationInput): VerdictRule[];
  /** Every verdict so far, sorted by rule, first firing, key. */
  verdicts(): Verdict[];
}

function keyOf(
  rule: CorrelationRule,
  e: CorrelationInput,
): { key: string; source?: string; user?: string } | null {
  switch (rule.key) {
    case 'none':
      return { key: '' };
    case 'source':
      return e.ip === undefined || e.ip === '' ? null : { key: e.ip, source: e.ip };
    case 'user':
      return e.user === undefined ? null : { key: e.user, user: e.user };
    case 'source-or-user':
      if (e.ip !== undefined && e.ip !== '')
        return { key: `ip:${e.ip}`, source: e.ip, ...(e.user ? { user: e.user } : {}) };
      return e.user === undefined ? null : { key: `user:${e.user}`, user: e.user };
  }
}

export function createCorrelator(rules: readonly CorrelationRule[] = CORRELATION_RULES): Correlator {
  const byClass = new Map<AuthEventClass, CorrelationRule[]>();
  for (const rule of rules)
    for (const cls of rule.classes) byClass.set(cls, [...(byClass.get(cls) ?? []), rule]);
  const states = new Map<CorrelationRule, Map<string, KeyState>>(rules.map((r) => [r, new Map()]));
  const done: Verdict[] = [];

  return {
    push(e) {
      const fired: VerdictRule[] = [];
      for (const rule of byClass.get(e.class) ?? []) {
        if (rule.programs && !rule.programs.includes(e.program)) continue;
        const k = keyOf(rule, e);
        if (!k) continue;
        const perKey = states.get(rule)!;
        let state = perKey.get(k.key);
        if (!state) {
          state = { ring: [], next: 0, lastFired: null, verdict: null, events: 0 };
          perKey.set(k.key, state);
        }
        state.events++;
        const point: VerdictPoint = { time: e.time, epoch: e.epoch, where: e.where };
        if (state.ring.length < rule.frequency) state.ring.push(point);
        else state.ring[state.next] = point;
        state.next = (state.next + 1) % rule.frequency;
        if (state.verdict) state.verdict.events = state.events;
        if (state.ring.length < rule.frequency) continue;
        const start = state.ring[state.next]!;
        if (e.epoch - start.epoch > rule.timeframe) continue;
        if (state.lastFired !== null && rule.ignore > 0 && e.epoch - state.lastFired < rule.ignore) continue;
        state.lastFired = e.epoch;
        fired.push(rule.rule);
        if (!state.verdict) {
          state.verdict = {
            rule: rule.rule,
            ...(k.source !== undefined ? { source: k.source } : {}),
            ...(k.user !== undefined ? { user: k.user } : {}),
            firings: 1,
            events: state.events,
            first: point,
            windowStart: start,
            last: point,
          };
          done.push(state.verdict);
        } else {
          state.verdict.firings++;
          state.verdict.last = point;
        }
      }
      return fired;
    },
    verdicts() {
      const order = new Map(rules.map((r, i) => [r.rule, i]));
      return [...done].sort(
        (a, b) =>
          (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) ||
          a.first.epoch - b.first.epoch ||
          (a.source ?? '').localeCompare(b.source ?? '') ||
          (a.user ?? '').localeCompare(b.user ?? ''),
      );
    },
  };
}
