import { checkTester } from '../../check-tester.ts';
import check from './ssh-root-login-match-allowed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-match-yes': ['matchRootLoginYes'],
    'fail-match-in-dropin': ['matchRootLoginYes', 'matchRootLoginYes'],
  },
});
