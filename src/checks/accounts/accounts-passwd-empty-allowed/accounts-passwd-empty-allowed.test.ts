import { checkTester } from '../../check-tester.ts';
import check from './accounts-passwd-empty-allowed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-backdoor': ['emptyPasswd'],
    'fail-no-shell-field': ['emptyPasswd'],
  },
});
