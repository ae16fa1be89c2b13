import { checkTester } from '../../check-tester.ts';
import check from './accounts-uid0-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-second-uid0': ['uid0'], 'fail-padded-uid': ['uid0'] },
});
