/**
 * The legal catalogue: an explicit list of every provision, one data file per law (DESIGN §6, §9.3).
 * Ids follow CONTRACT §4: `<law>-<article>` in the numbering in force today, 之一 → -1.
 */
import { CIIR_PROVISIONS } from './provisions/ciir.ts';
import { CISR_PROVISIONS } from './provisions/cisr.ts';
import { CL_PROVISIONS } from './provisions/cl.ts';
import { COPYRIGHT_PROVISIONS } from './provisions/copyright.ts';
import { CSL_PROVISIONS } from './provisions/csl.ts';
import { DSL_PROVISIONS } from './provisions/dsl.ts';
import { IISM_PROVISIONS } from './provisions/iism.ts';
import { INTLREG_PROVISIONS } from './provisions/intlreg.ts';
import { INTLSEC_PROVISIONS } from './provisions/intlsec.ts';
import { IRM_PROVISIONS } from './provisions/irm.ts';
import { MINING2021_PROVISIONS } from './provisions/mining2021.ts';
import { NDSR_PROVISIONS } from './provisions/ndsr.ts';
import { PIPL_PROVISIONS } from './provisions/pipl.ts';
import { TELECOM_PROVISIONS } from './provisions/telecom.ts';
import { XBORDER_PROVISIONS } from './provisions/xborder.ts';
import type { Provision } from './types.ts';

export const PROVISIONS: readonly Provision[] = [
  ...CSL_PROVISIONS,
  ...DSL_PROVISIONS,
  ...PIPL_PROVISIONS,
  ...CL_PROVISIONS,
  ...NDSR_PROVISIONS,
  ...CIIR_PROVISIONS,
  ...IRM_PROVISIONS,
  ...CISR_PROVISIONS,
  ...INTLSEC_PROVISIONS,
  ...INTLREG_PROVISIONS,
  ...IISM_PROVISIONS,
  ...TELECOM_PROVISIONS,
  ...XBORDER_PROVISIONS,
  ...COPYRIGHT_PROVISIONS,
  ...MINING2021_PROVISIONS,
];

const BY_ID = new Map(PROVISIONS.map((p) => [p.id, p]));

export function findProvision(id: string): Provision | undefined {
  return BY_ID.get(id);
}
