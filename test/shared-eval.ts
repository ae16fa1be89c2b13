/**
 * Where the peer projects' evaluation data lives (`shared/eval`, never copied into this repository):
 * $HEGUI_SHARED_DIR, else `../shared` beside the checkout, else /work/shared (the layout of our machines,
 * where CI may clone the repository somewhere else). A test that needs it fails clearly when it is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');

export function sharedEval(...parts: string[]): string {
  const candidates = [process.env.HEGUI_SHARED_DIR, path.join(repo, '../shared'), '/work/shared'].filter(
    (c): c is string => c !== undefined && c !== '',
  );
  const base = candidates.find((c) => existsSync(path.join(c, 'eval')));
  if (base === undefined)
    throw new Error(`shared/eval not found (tried ${candidates.join(', ')}); set HEGUI_SHARED_DIR`);
  return path.join(base, 'eval', ...parts);
}
