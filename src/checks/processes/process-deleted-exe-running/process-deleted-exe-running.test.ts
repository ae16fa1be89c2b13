import { checkTester } from '../../check-tester.ts';
import check from './process-deleted-exe-running.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-deleted-and-gone': ['deletedGone'],
    'fail-upgraded-not-restarted': ['deletedReplaced'],
    'fail-memfd': ['memfd'],
    'fail-deleted-unknown': ['deleted'],
  },
});
