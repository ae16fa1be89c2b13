/**
 * Precision and recall of the content detectors on a labelled corpus (labels.json + files/), per
 * category and split. Used by bench/precision.ts and by precision.test.ts. A corpus from elsewhere
 * works too: a folder with labels.json `{ files: [{ file, label, split?, hostPath? }] }` and the files
 * under files/ (or beside labels.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Detection, Detector, FileInfo } from '../../src/detectors/detector.ts';
import { hostedToolsDetector } from '../../src/detectors/pages/hosted-tools.detector.ts';
import { pagesDetector } from '../../src/detectors/pages/pages.detector.ts';
import { webshellDetector } from '../../src/detectors/webshell/webshell.detector.ts';

export const CATEGORIES = ['gambling', 'pornography', 'fraud', 'piracy', 'hacking-tool', 'webshell'] as const;
export type Category = (typeof CATEGORIES)[number];

export const DETECTORS: Detector[] = [webshellDetector, pagesDetector, hostedToolsDetector];

export interface CorpusEntry {
  file: string;
  label: string;
  split?: string;
  hostPath?: string;
  archetype?: string;
}

export interface Outcome {
  entry: CorpusEntry;
  predicted: Set<Category>;
  detections: Detection[];
}

export interface Score {
  category: Category;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function categoryOf(d: Detection): Category | undefined {
  if (d.detector === 'webshell') return 'webshell';
  if (d.detector === 'hosted-tools') return 'hacking-tool';
  if (d.detector === 'pages')
    return (CATEGORIES as readonly string[]).includes(d.rule) ? (d.rule as Category) : undefined;
  return undefined;
}

export function loadCorpus(dir: string): { entries: CorpusEntry[]; filesDir: string; webRoot: string } {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as {
    files: CorpusEntry[];
    webRoot?: string;
  };
  const filesDir = existsSync(path.join(dir, 'files')) ? path.join(dir, 'files') : dir;
  return { entries: labels.files, filesDir, webRoot: labels.webRoot ?? '/var/www/html' };
}

export function runOne(bytes: Buffer, hostPath: string, webRoot: string): Detection[] {
  const file: FileInfo = { path: hostPath, size: bytes.length, mode: 0o100644, uid: 0, mtimeMs: 0, webRoot };
  const head = bytes.subarray(0, 4096);
  const wanting = DETECTORS.filter((d) => d.wants(file, head));
  if (wanting.length === 0) return [];
  const text = bytes.toString('utf8');
  return wanting.flatMap((d) => d.scan(text, file, 1));
}

export function evaluate(dir: string): Outcome[] {
  const { entries, filesDir, webRoot } = loadCorpus(dir);
  return entries.map((entry) => {
    const bytes = readFileSync(path.join(filesDir, entry.file));
    const hostPath = entry.hostPath ?? `${webRoot}/${entry.file}`;
    const detections = runOne(bytes, hostPath, webRoot);
    const predicted = new Set(detections.map(categoryOf).filter((c): c is Category => c !== undefined));
    return { entry, predicted, detections };
  });
}

export function score(outcomes: readonly Outcome[]): Score[] {
  return CATEGORIES.map((category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const o of outcomes) {
      const is = o.entry.label === category;
      const said = o.predicted.has(category);
      if (is && said) tp += 1;
      else if (said) fp += 1;
      else if (is) fn += 1;
    }
    return {
      category,
      tp,
      fp,
      fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  });
}

export function table(title: string, scores: readonly Score[]): string {
  const rows = scores.map(
    (s) =>
      `${s.category.padEnd(13)} ${String(s.tp + s.fn).padStart(5)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${s.precision.toFixed(3)}   ${s.recall.toFixed(3)}`,
  );
  return [title, `category      files   tp   fp   fn   precision recall`, ...rows].join('\n');
}
