import { checkTester } from '../../check-tester.ts';
import check from './firewall-ipv6-policy-missing.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-live-iptables-only': ['ipv6Open'],
    'fail-rules-v4-only': ['ipv6Open'],
  },
});
