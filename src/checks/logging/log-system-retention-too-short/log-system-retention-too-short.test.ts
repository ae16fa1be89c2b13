import { checkTester } from '../../check-tester.ts';
import check from './log-system-retention-too-short.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-debian-stock': ['tooShort'], 'fail-maxsize': ['tooShortAtMost'] },
});
