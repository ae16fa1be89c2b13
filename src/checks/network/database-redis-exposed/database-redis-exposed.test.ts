import { checkTester } from '../../check-tester.ts';
import check from './database-redis-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-bind-all': ['exposed'],
    'fail-ipv6-only-when-v4-filtered': ['exposed'],
  },
});
