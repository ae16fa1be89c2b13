/**
 * A check: metadata as data plus a pure `evaluate` over the sections it declares (DESIGN §3; ESLint's
 * rule `meta` + `create` is the model). `defineCheck` is an identity function whose const generics make
 * a wrong messageId, or reading a section not declared in `needs`, a compile error.
 */
import type { Category, Severity } from './finding.ts';
import type { SectionName, Sections, Where } from './evidence.ts';
import type { LegalRef, Text } from '../legal/types.ts';

export type HitData = Record<string, string | number>;

export interface Hit<M extends string = string> {
  messageId: M;
  data?: HitData;
  where: Where[];
  /**
   * This hit's severity when it differs from the check's (a miner configuration is critical in a
   * temporary or hidden directory, high elsewhere). Absent: the check's severity.
   */
  severity?: Severity;
}

export interface Check<N extends SectionName = SectionName, M extends string = string> {
  /** <area>-<subject>-<problem>; problem from a closed list (see PROBLEM_WORDS). */
  id: string;
  category: Category;
  severity: Severity;
  needs: readonly N[];
  /**
   * Fields of the needed sections this check does not use ("sockets.owner"): a gap that leaves only such a
   * field unknown (Gap.field) does not make the check not-assessed.
   */
  tolerates?: readonly `${N}.${string}`[];
  legal: readonly LegalRef[];
  title: Text;
  /** What the check reads and why it matters: shown by `hegui checks explain`. */
  description: Text;
  messages: Record<M, Text>;
  /** The exact fix; may use {placeholders} from the hit data. */
  remediation: Text;
  evaluate: (evidence: Pick<Sections, N>) => Hit<NoInfer<M>>[];
}

export const PROBLEM_WORDS = [
  'missing',
  'disabled',
  'allowed',
  'exposed',
  'weak',
  'too-short',
  'found',
  'running',
] as const;

export function defineCheck<const N extends SectionName, const M extends string>(
  check: Check<N, M>,
): Check<N, M> {
  return check;
}

/** Type-erased form used by the registry and engine. */
export type AnyCheck = Check;

/** Fill {name} placeholders; unknown names are left as written so a missing datum is visible. */
export function interpolate(template: string, data: HitData | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
}
