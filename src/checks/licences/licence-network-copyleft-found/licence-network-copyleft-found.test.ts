import { checkTester } from '../../check-tester.ts';
import check from './licence-network-copyleft-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-agpl-components': ['components'],
    'fail-agpl-app': ['app'],
  },
});
