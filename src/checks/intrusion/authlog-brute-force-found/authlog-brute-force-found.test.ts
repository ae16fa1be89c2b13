import { checkTester } from '../../check-tester.ts';
import check from './authlog-brute-force-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-password-guessing': ['sshBruteForce'],
    'fail-invalid-users-secure': ['sshBruteForce'],
    'fail-denied-users': ['deniedUsers'],
  },
});
