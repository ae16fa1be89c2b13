import { checkTester } from '../../check-tester.ts';
import check from './secret-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-env-in-web-root': ['found'],
    'fail-world-readable-aws': ['found'],
    'fail-private-key-in-opt': ['found'],
  },
});
