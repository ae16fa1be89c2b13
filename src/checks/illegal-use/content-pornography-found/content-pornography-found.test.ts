import { checkTester } from '../../check-tester.ts';
import check from './content-pornography-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-adult-tube': ['pornography'] },
});
