import { checkTester } from '../../check-tester.ts';
import check from './ssh-empty-passwords-allowed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-global-yes': ['global'],
    'fail-match-yes': ['match'],
    'fail-both': ['global', 'match'],
  },
});
