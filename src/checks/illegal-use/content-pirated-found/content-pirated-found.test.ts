import { checkTester } from '../../check-tester.ts';
import check from './content-pirated-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-free-movies': ['piracy'], 'fail-cracked-software': ['piracy'] },
});
