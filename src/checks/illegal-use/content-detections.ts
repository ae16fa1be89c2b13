/**
 * Shared by the content checks (webshell-found, content-*-found): the detections of one detector/rule
 * from the content section, one hit per file, with the data their messages and remediations use.
 */
import type { Hit } from '../../core/check.ts';
import type { ContentSection } from '../../collectors/content/content.types.ts';
import type { Detection } from '../../detectors/detector.ts';

export type DetectionFilter = (d: Detection) => boolean;

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** One hit per file (the strongest detection of the file), sorted by path. */
export function contentHits<M extends string>(
  content: ContentSection,
  filter: DetectionFilter,
  messageId: M,
): Hit<M>[] {
  const best = new Map<string, Detection>();
  for (const d of content.detections) {
    if (!filter(d)) continue;
    const prior = best.get(d.path);
    if (!prior || (d.score ?? 0) > (prior.score ?? 0)) best.set(d.path, d);
  }
  return [...best.values()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((d) => ({
      messageId,
      data: {
        path: d.path,
        dir: dirOf(d.path),
        file: d.path.slice(d.path.lastIndexOf('/') + 1),
        rule: d.rule,
        score: d.score === undefined ? '-' : d.score.toFixed(2),
        reasons: d.reasons.join('; '),
        excerpt: d.excerpt ?? '',
      },
      where: [d.line === undefined ? { path: d.path } : { path: d.path, line: d.line }],
    }));
}
