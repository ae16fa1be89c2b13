import { checkTester } from '../../check-tester.ts';
import check from './content-gambling-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-casino-lobby': ['gambling'], 'fail-sportsbook': ['gambling'] },
});
