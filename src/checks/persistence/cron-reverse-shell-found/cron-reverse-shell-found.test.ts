import { checkTester } from '../../check-tester.ts';
import check from './cron-reverse-shell-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-dev-tcp-and-nc': ['reverseShell', 'reverseShell'],
    'fail-timer-socat': ['reverseShell'],
  },
});
