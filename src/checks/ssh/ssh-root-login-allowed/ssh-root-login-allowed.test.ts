import { checkTester } from '../../check-tester.ts';
import check from './ssh-root-login-allowed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-permit-yes': ['rootLoginYes'],
    'fail-case-and-equals': ['rootLoginYes'],
    'fail-in-include': ['rootLoginYes'],
  },
});
