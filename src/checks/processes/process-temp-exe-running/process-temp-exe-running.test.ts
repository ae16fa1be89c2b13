import { checkTester } from '../../check-tester.ts';
import check from './process-temp-exe-running.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-exe-in-dev-shm': ['exeInTemp'],
    'fail-argv0-and-script': ['argv0InTemp', 'scriptInTemp'],
  },
});
