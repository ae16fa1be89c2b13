/** Small pure helpers shared by the webshell and page detectors. */

/** A function from a character offset to its 1-based line number (binary search over line starts). */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** The line around `offset`, trimmed, with long literals shortened, capped at `max` characters. */
export function excerptAt(text: string, offset: number, max = 120): string {
  const start = text.lastIndexOf('\n', offset) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  let line = text.slice(Math.max(start, offset - 400), Math.min(end, offset + 400)).trim();
  // Shorten long tokens (payload blobs, keys) so an excerpt never carries a payload.
  line = line.replace(/[A-Za-z0-9+/=_\\-]{40,}/g, (m) => `${m.slice(0, 12)}…(${m.length})`);
  // Mask what looks like a literal password or key next to its name.
  line = line.replace(
    /((?:pass(?:word|wd)?|pwd|key|secret|token)\w*['"]?\s*[=:,]\s*['"])([^'"]{3,})(['"])/gi,
    '$1****$3',
  );
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Split a call's argument text at top-level commas (strings and brackets respected). */
export function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (quote) {
      current += c;
      if (c === '\\') {
        current += args[i + 1] ?? '';
        i += 1;
      } else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}
