import { checkTester } from '../../check-tester.ts';
import check from './firewall-ufw-disabled.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-ufw-disabled': ['ufwDisabled'] },
});
