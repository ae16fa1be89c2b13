import { checkTester } from '../../check-tester.ts';
import check from './rootkit-binary-modified-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-ps-replaced': ['modified'],
    'fail-pam-unix-replaced': ['modified'],
  },
});
