import type { AnyCheck } from '../../core/check.ts';

export const loggingChecks: AnyCheck[] = [];
