/**
 * os-release(5): KEY=value lines, values optionally quoted with shell-like rules. Pure.
 */
import { numberedLines } from '../../core/collector.ts';

export interface OsReleaseEntry {
  value: string;
  line: number;
}

/** Unquote an os-release value: "…" with \" \\ \$ \` escapes, '…' literal, or a bare word. */
export function unquoteOsReleaseValue(raw: string): string | undefined {
  const v = raw.trim();
  if (v.length === 0) return '';
  const q = v[0];
  if (q === '"' || q === "'") {
    if (v.length < 2 || v[v.length - 1] !== q) return undefined;
    const inner = v.slice(1, -1);
    return q === '"' ? inner.replace(/\\([\\"$`])/g, '$1') : inner;
  }
  return v;
}

/** Parse os-release text into KEY → { value, line }; the first assignment of a key wins. Malformed lines are skipped. */
export function parseOsRelease(text: string): Map<string, OsReleaseEntry> {
  const out = new Map<string, OsReleaseEntry>();
  for (const { line, text: raw } of numberedLines(text)) {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(t);
    if (!m) continue;
    const value = unquoteOsReleaseValue(m[2]!);
    if (value === undefined || out.has(m[1]!)) continue;
    out.set(m[1]!, { value, line });
  }
  return out;
}
