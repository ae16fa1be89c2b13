import type { AnyCheck } from '../../core/check.ts';
import licenceCopyleftInProprietaryFound from './licence-copyleft-in-proprietary-found/licence-copyleft-in-proprietary-found.check.ts';
import licenceNetworkCopyleftFound from './licence-network-copyleft-found/licence-network-copyleft-found.check.ts';

export const licencesChecks: AnyCheck[] = [licenceCopyleftInProprietaryFound, licenceNetworkCopyleftFound];
