import { checkTester } from '../../check-tester.ts';
import check from './process-hidden-path-running.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-hidden-dir-in-tmp': ['hiddenExe'],
    'fail-hidden-file-unreadable-exe': ['hiddenExe'],
  },
});
