import { checkTester } from '../../check-tester.ts';
import check from './cron-encoded-payload-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-cron-d-base64-bash': ['encoded'],
    'fail-python-and-xxd': ['encoded', 'encoded'],
  },
});
