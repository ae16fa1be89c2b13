import type { AnyCheck } from '../../core/check.ts';
import secretExposed from './secret-exposed/secret-exposed.check.ts';

export const secretsChecks: AnyCheck[] = [secretExposed];
