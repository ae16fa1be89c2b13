import { checkTester } from '../../check-tester.ts';
import check from './database-postgresql-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-listen-all': ['exposed'],
  },
});
