import { checkTester } from '../../check-tester.ts';
import check from './log-security-retention-too-short.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-custom-file-daily': ['tooShort'],
    'fail-debian-stock': ['tooShort'],
    'fail-maxage-caps': ['tooShort'],
  },
});
