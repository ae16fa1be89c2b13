import { checkTester } from '../../check-tester.ts';
import check from './content-fraud-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-fake-bank': ['fraud'], 'fail-fake-procuratorate': ['fraud'] },
});
