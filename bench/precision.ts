/**
 * Precision and recall of the content detectors (webshell, page classifiers, hosted tools) per category,
 * on the labelled corpus: `node bench/precision.ts [--corpus DIR] [--split train|test|fresh|all] [--json]`.
 *
 * DIR defaults to test/corpus (labels.json + files/); another corpus in the same layout works too (see
 * test/corpus/README.md). Without --split every split of the corpus is printed, then all together.
 * Targets (issue 3): precision ≥ 0.95 and recall ≥ 0.9 per category; the held-out splits are asserted
 * by test/corpus/precision.test.ts.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, score, table } from '../test/corpus/evaluate.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    split: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const dir = path.resolve(values.corpus ?? path.join(import.meta.dirname, '../test/corpus'));
const started = process.hrtime.bigint();
const outcomes = evaluate(dir);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const splits = values.split
  ? [values.split]
  : [...new Set(outcomes.map((o) => o.entry.split ?? 'all')), 'all'];
const results = splits.map((split) => {
  const chosen = split === 'all' ? outcomes : outcomes.filter((o) => (o.entry.split ?? 'all') === split);
  return { split, files: chosen.length, scores: score(chosen) };
});

if (values.json) {
  console.log(JSON.stringify({ corpus: dir, files: outcomes.length, ms: Math.round(ms), results }, null, 2));
} else {
  console.log(
    `content detectors: precision / recall on ${path.relative(process.cwd(), dir) || dir} (${outcomes.length} files, ${ms.toFixed(0)} ms)`,
  );
  for (const r of results) console.log(`\n${table(`split: ${r.split} (${r.files} files)`, r.scores)}`);
  const misses = outcomes.filter(
    (o) =>
      (o.entry.label !== 'benign' && !o.predicted.has(o.entry.label as never)) ||
      [...o.predicted].some((c) => c !== o.entry.label),
  );
  if (misses.length > 0) {
    console.log('\nmisclassified:');
    for (const o of misses)
      console.log(
        `  ${o.entry.file} (${o.entry.label}${o.entry.split ? `, ${o.entry.split}` : ''}) → ${[...o.predicted].join(', ') || 'nothing'}`,
      );
  }
}
