import { checkTester } from '../../check-tester.ts';
import check from './ssh-kbdinteractive-allowed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-explicit': ['explicit'],
    'fail-old-alias': ['explicit'],
    'fail-default': ['default'],
    'fail-match': ['match'],
  },
});
