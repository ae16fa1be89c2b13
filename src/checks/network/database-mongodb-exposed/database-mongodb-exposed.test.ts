import { checkTester } from '../../check-tester.ts';
import check from './database-mongodb-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-bind-all': ['exposed'],
  },
});
