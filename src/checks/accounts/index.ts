import type { AnyCheck } from '../../core/check.ts';
import accountsUid0Found from './accounts-uid0-found/accounts-uid0-found.check.ts';

export const accountsChecks: AnyCheck[] = [accountsUid0Found];
