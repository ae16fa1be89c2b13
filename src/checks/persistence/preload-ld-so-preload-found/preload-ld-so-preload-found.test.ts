import { checkTester } from '../../check-tester.ts';
import check from './preload-ld-so-preload-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-one-library': ['preloaded'],
    'fail-two-libraries': ['preloaded', 'preloaded'],
  },
});
