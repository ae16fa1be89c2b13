import { checkTester } from '../../check-tester.ts';
import check from './authlog-account-created-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-uid0-useradd': ['uid0Created'],
    'fail-uid-changed-to-0': ['uid0Assigned'],
    'fail-uid0-in-rotated-gz': ['uid0Created'],
  },
});
