/** The explicit check registry (DESIGN §9.3), kept honest by checks.catalogue.test.ts. */
import type { AnyCheck } from '../core/check.ts';
import { accountsChecks } from './accounts/index.ts';
import { illegalUseChecks } from './illegal-use/index.ts';
import { intrusionChecks } from './intrusion/index.ts';
import { licencesChecks } from './licences/index.ts';
import { loggingChecks } from './logging/index.ts';
import { networkChecks } from './network/index.ts';
import { persistenceChecks } from './persistence/index.ts';
import { personalDataChecks } from './personal-data/index.ts';
import { processesChecks } from './processes/index.ts';
import { secretsChecks } from './secrets/index.ts';
import { sshChecks } from './ssh/index.ts';

export const CHECKS: readonly AnyCheck[] = [
  ...accountsChecks,
  ...sshChecks,
  ...networkChecks,
  ...loggingChecks,
  ...persistenceChecks,
  ...processesChecks,
  ...intrusionChecks,
  ...illegalUseChecks,
  ...licencesChecks,
  ...secretsChecks,
  ...personalDataChecks,
].sort((a, b) => a.id.localeCompare(b.id));

export function findCheck(id: string): AnyCheck | undefined {
  return CHECKS.find((c) => c.id === id);
}
