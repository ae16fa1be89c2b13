import { checkTester } from '../../check-tester.ts';
import check from './pii-sensitive-plaintext-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-bank-cards': ['sensitive'],
    'fail-children': ['minors', 'minors'],
  },
});
