import type { AnyCheck } from '../../core/check.ts';
import accountsEmptyPasswordAllowed from './accounts-empty-password-allowed/accounts-empty-password-allowed.check.ts';
import accountsPasswdEmptyAllowed from './accounts-passwd-empty-allowed/accounts-passwd-empty-allowed.check.ts';
import accountsUid0Found from './accounts-uid0-found/accounts-uid0-found.check.ts';

export const accountsChecks: AnyCheck[] = [
  accountsEmptyPasswordAllowed,
  accountsPasswdEmptyAllowed,
  accountsUid0Found,
];
