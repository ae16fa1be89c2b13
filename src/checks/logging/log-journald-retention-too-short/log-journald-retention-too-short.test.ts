import { checkTester } from '../../check-tester.ts';
import check from './log-journald-retention-too-short.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-dropin-two-weeks': ['tooShort'], 'fail-journal-only-one-month': ['tooShort'] },
});
