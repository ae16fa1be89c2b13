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
  private readonly byFirst = new Map<number, string[]>();
  /** Bit per UTF-16 code unit: does any literal start with it? */
  private readonly starts = new Uint8Array(65536);

  /**
   * `literals` in priority order (the order of the alternation); `words`: a match may not touch an
   * ASCII lower-case letter or digit on either side (the text is expected lower-cased).
   */
  private readonly words: boolean;

  constructor(literals: readonly string[], words = false) {
    this.words = words;
    for (const l of literals) {
      if (l === '') continue;
      const c = l.charCodeAt(0);
      this.starts[c] = 1;
      const list = this.byFirst.get(c);
      if (list) list.push(l);
      else this.byFirst.set(c, [l]);
    }
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
      let hit: string | undefined;
      for (const l of this.byFirst.get(c)!) {
        if (!text.startsWith(l, i)) continue;
        if (this.words && i + l.length < n && isAlnum(text.charCodeAt(i + l.length))) continue;
        hit = l;
        break;
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
