import { checkTester } from '../../check-tester.ts';
import check from './log-web-retention-too-short.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-debian-nginx': ['tooShort'], 'fail-httpd-inherits-defaults': ['tooShort'] },
});
