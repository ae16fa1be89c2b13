import type { Rng } from './rng.ts';

export const LABELS = [
  'gambling',
  'pornography',
  'fraud',
  'piracy',
  'hacking-tool',
  'webshell',
  'benign',
] as const;
export type Label = (typeof LABELS)[number];

export interface Sample {
  /** File name extension without the dot ("html", "php", "jpg"). */
  ext: string;
  content: string | Buffer;
  /** Sub-folder under the archetype's folder (e.g. "uploads/2024/05" for a disguised image). */
  dir?: string;
  /** A file name without extension; defaults to the archetype id and number. */
  name?: string;
}

export interface Archetype {
  id: string;
  label: Label;
  /** Every sample of a held-out archetype goes to the test split: templates we never tuned on. */
  heldOut: boolean;
  count: number;
  make(rng: Rng, i: number): Sample;
}
