import { checkTester } from '../../check-tester.ts';
import check from './rootkit-out-of-tree-module-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-unknown-module': ['notInTree'],
    'fail-taint-unexplained': ['taintUnexplained'],
  },
});
