import { checkTester } from '../../check-tester.ts';
import check from './database-mysql-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-any-address': ['exposed', 'exposed'],
    'fail-unknown-owner': ['exposedUnknownProcess'],
    'fail-nonstandard-port-by-name': ['exposed'],
  },
});
