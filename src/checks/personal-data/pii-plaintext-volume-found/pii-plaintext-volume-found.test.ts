import { checkTester } from '../../check-tester.ts';
import check from './pii-plaintext-volume-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-fifty-cards': ['volume'],
  },
});
