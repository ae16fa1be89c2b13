import { checkTester } from '../../check-tester.ts';
import check from './pii-plaintext-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-csv-export': ['plaintext', 'plaintext'],
    'fail-sql-dump': ['plaintext'],
  },
});
