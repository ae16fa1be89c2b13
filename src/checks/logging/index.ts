import type { AnyCheck } from '../../core/check.ts';
import auditAuditdMissing from './audit-auditd-missing/audit-auditd-missing.check.ts';
import auditAuthlogMissing from './audit-authlog-missing/audit-authlog-missing.check.ts';
import logJournaldRetentionTooShort from './log-journald-retention-too-short/log-journald-retention-too-short.check.ts';
import logSecurityRetentionTooShort from './log-security-retention-too-short/log-security-retention-too-short.check.ts';
import logSystemRetentionTooShort from './log-system-retention-too-short/log-system-retention-too-short.check.ts';
import logWebRetentionTooShort from './log-web-retention-too-short/log-web-retention-too-short.check.ts';

export const loggingChecks: AnyCheck[] = [
  auditAuditdMissing,
  auditAuthlogMissing,
  logJournaldRetentionTooShort,
  logSecurityRetentionTooShort,
  logSystemRetentionTooShort,
  logWebRetentionTooShort,
] as AnyCheck[];
