import { checkTester } from '../../check-tester.ts';
import check from './audit-auditd-missing.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-no-rules': ['noRules'],
    'fail-not-enabled': ['notEnabled'],
    'fail-not-installed': ['notInstalled'],
  },
});
