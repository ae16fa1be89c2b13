import type { AnyCheck } from '../../core/check.ts';

export const intrusionChecks: AnyCheck[] = [];
