import { checkTester } from '../../check-tester.ts';
import check from './database-elasticsearch-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-http-and-transport': ['exposed', 'exposed'],
  },
});
