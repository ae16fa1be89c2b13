import { checkTester } from '../../check-tester.ts';
import check from './process-fake-kthread-running.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-bracketed-argv0': ['fakeKthread'],
    'fail-bracketed-name-exe-unreadable': ['fakeKthreadNoExe'],
  },
});
