import { checkTester } from '../../check-tester.ts';
import check from './licence-copyleft-in-proprietary-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-private-portal': ['found'] },
});
