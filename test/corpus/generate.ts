/**
 * Generates the labelled corpus under test/corpus/files and test/corpus/labels.json, deterministically
 * (same output on every run). Run: `node test/corpus/generate.ts`. See test/corpus/README.md.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BLIND } from './gen/blind.ts';
import { CONTROLS } from './gen/controls.ts';
import { FRAUD } from './gen/fraud.ts';
import { FRESH } from './gen/fresh.ts';
import { GAMBLING } from './gen/gambling.ts';
import { HELDOUT2_PAGES } from './gen/heldout2-pages.ts';
import { HELDOUT2_PHP } from './gen/heldout2-php.ts';
import { HACKING } from './gen/hacking.ts';
import { LEGIT_PHP } from './gen/php.ts';
import { PIRACY } from './gen/piracy.ts';
import { PORNOGRAPHY } from './gen/pornography.ts';
import { hash, Rng } from './gen/rng.ts';
import type { Archetype, Label } from './gen/types.ts';
import { WEBSHELLS } from './gen/webshells.ts';

export interface LabelEntry {
  /** Path under test/corpus/files. */
  file: string;
  label: Label;
  split: 'train' | 'test' | 'fresh' | 'blind' | 'heldout2';
  archetype: string;
  /** The path the file stands for on a scanned host (the detectors see this path, never `file`). */
  hostPath: string;
}

export const ARCHETYPES: { folder: string; list: Archetype[] }[] = [
  { folder: 'gambling', list: GAMBLING },
  { folder: 'pornography', list: PORNOGRAPHY },
  { folder: 'fraud', list: FRAUD },
  { folder: 'piracy', list: PIRACY },
  { folder: 'hacking-tool', list: HACKING },
  { folder: 'benign-page', list: CONTROLS },
  { folder: 'webshell', list: WEBSHELLS },
  { folder: 'benign-php', list: LEGIT_PHP },
  { folder: 'fresh', list: FRESH },
  { folder: 'blind', list: BLIND },
  { folder: 'heldout2', list: [...HELDOUT2_PAGES, ...HELDOUT2_PHP] },
];

/** Share of the samples of a non-held-out archetype that also goes to the test split. */
const TEST_SHARE = 25;

function hostName(ext: string, name: string | undefined, seed: number): string {
  if (ext === 'htaccess.txt') return '.htaccess';
  if (ext === 'user.ini.txt') return '.user.ini';
  return `${name ?? `p${seed % 100000}`}.${ext}`;
}

export function generate(root: string): LabelEntry[] {
  const filesDir = path.join(root, 'files');
  rmSync(filesDir, { recursive: true, force: true });
  const entries: LabelEntry[] = [];
  for (const { folder, list } of ARCHETYPES) {
    for (const a of list) {
      for (let i = 0; i < a.count; i++) {
        const key = `${a.id}:${i}`;
        const rng = new Rng(hash(key));
        const sample = a.make(rng, i);
        const file = `${folder}/${a.id}-${i + 1}.${sample.ext}`;
        const seed = hash(`${key}:host`);
        const dir = sample.dir ?? `site${hash(a.id) % 37}`;
        const hostPath = `/var/www/html/${dir}/${hostName(sample.ext, sample.name, seed)}`;
        const split = a.id.startsWith('h2-')
          ? 'heldout2'
          : a.id.startsWith('fresh-')
            ? 'fresh'
            : a.id.startsWith('blind-')
              ? 'blind'
              : a.heldOut || hash(`${key}:split`) % 100 < TEST_SHARE
                ? 'test'
                : 'train';
        mkdirSync(path.join(filesDir, folder), { recursive: true });
        writeFileSync(
          path.join(filesDir, file),
          typeof sample.content === 'string' ? Buffer.from(sample.content, 'utf8') : sample.content,
        );
        entries.push({ file, label: a.label, split, archetype: a.id, hostPath });
      }
    }
  }
  entries.sort((x, y) => x.file.localeCompare(y.file));
  writeFileSync(
    path.join(root, 'labels.json'),
    `${JSON.stringify({ version: 1, webRoot: '/var/www/html', files: entries }, null, 1)}\n`,
  );
  return entries;
}

if (import.meta.main) {
  const entries = generate(import.meta.dirname);
  const by = new Map<string, number>();
  for (const e of entries) by.set(`${e.label}/${e.split}`, (by.get(`${e.label}/${e.split}`) ?? 0) + 1);
  console.log(`${entries.length} files`);
  for (const [k, n] of [...by.entries()].sort()) console.log(`  ${k}: ${n}`);
}
