/**
 * Many literals matched at once, with the semantics of a JavaScript alternation `a|b|c` run with `g`
 * (leftmost match; at one position the first listed literal that fits wins; matches do not overlap),
 * optionally with `(?<![a-z0-9])…(?![a-z0-9])` word edges. Candidates are indexed by their first
 * character, so one pass looks at each position once and compares only the few literals that start
 * with its character: V8's backtracking alternation tried all of them (hundreds of CJK terms) at every
 * position, which made it the hottest code of a content scan.
 */

const isAlnum = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

export class LiteralMatcher {
  /** Candidates by their first two characters (one-character literals join every list of their first). */
  private readonly byPair = new Map<number, string[]>();
  /** One-character literals by their character, for positions whose pair has no list. */
  private readonly single = new Map<number, string[]>();
  /** Bit per UTF-16 code unit: does any literal start with it? */
  private readonly starts = new Uint8Array(65536);
  private readonly words: boolean;

  /**
   * `literals` in priority order (the order of the alternation); `words`: a match may not touch an
   * ASCII lower-case letter or digit on either side (the text is expected lower-cased).
   */
  constructor(literals: readonly string[], words = false) {
    this.words = words;
    const pairs = new Map<number, { l: string; k: number }[]>();
    const singles = new Map<number, { l: string; k: number }[]>();
    literals.forEach((l, k) => {
      if (l === '') return;
      const c = l.charCodeAt(0);
      this.starts[c] = 1;
      const into = l.length === 1 ? singles : pairs;
      const key = l.length === 1 ? c : c * 65536 + l.charCodeAt(1);
      const list = into.get(key);
      if (list) list.push({ l, k });
      else into.set(key, [{ l, k }]);
    });
    for (const [key, list] of pairs) {
      const merged = [...list, ...(singles.get(Math.floor(key / 65536)) ?? [])].sort((a, b) => a.k - b.k);
      this.byPair.set(
        key,
        merged.map((e) => e.l),
      );
    }
    for (const [c, list] of singles)
      this.single.set(
        c,
        list.map((e) => e.l),
      );
  }

  /** Count of each literal found, in the alternation's match order. */
  countInto(text: string, counts: Map<string, number>): void {
    const n = text.length;
    const starts = this.starts;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (starts[c] === 0 || (this.words && i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      const candidates =
        (i + 1 < n ? this.byPair.get(c * 65536 + text.charCodeAt(i + 1)) : undefined) ?? this.single.get(c);
      let hit: string | undefined;
      if (candidates) {
        for (const l of candidates) {
          if (!text.startsWith(l, i)) continue;
          if (this.words && i + l.length < n && isAlnum(text.charCodeAt(i + l.length))) continue;
          hit = l;
          break;
        }
      }
      if (hit === undefined) {
        i++;
        continue;
      }
      counts.set(hit, (counts.get(hit) ?? 0) + 1);
      i += hit.length;
    }
  }
}
