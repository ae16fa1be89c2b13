import type { PiiInventory } from '../../pii/inventory.ts';

/**
 * The pii section: the personal-data inventory of the data files the scan walked (src/pii/inventory.ts
 * documents the shape). Databases are not read by a scan; `hegui pii inventory --db URL` reads them.
 */
export type PiiSection = PiiInventory & {
  /** The mode that ran ('off': not collected, the section is empty and carries a gap). */
  mode: 'quick' | 'full' | 'off';
  /** The trees walked (host paths). */
  roots: string[];
};
