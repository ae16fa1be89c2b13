import { checkTester } from '../../check-tester.ts';
import check from './firewall-input-policy-weak.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-firewalld-trusted': ['acceptByDefault'],
    'fail-iptables-accept': ['acceptByDefault'],
    'fail-ufw-accept': ['acceptByDefault', 'acceptByDefault'],
  },
});
