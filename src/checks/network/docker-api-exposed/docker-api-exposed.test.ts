import { checkTester } from '../../check-tester.ts';
import check from './docker-api-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-plain-tcp': ['exposed'],
  },
});
