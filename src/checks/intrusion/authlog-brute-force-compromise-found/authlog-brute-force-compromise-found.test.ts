import { checkTester } from '../../check-tester.ts';
import check from './authlog-brute-force-compromise-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-password-login-after': ['loginAfterBruteForce'],
    'fail-across-rotation': ['loginAfterBruteForce'],
    'fail-wtmp-session': ['sessionAfterBruteForce'],
  },
});
