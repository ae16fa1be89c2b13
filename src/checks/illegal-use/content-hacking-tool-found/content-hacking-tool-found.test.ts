import { checkTester } from '../../check-tester.ts';
import check from './content-hacking-tool-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-tool-page': ['tool'], 'fail-tool-archive': ['tool'] },
});
