import { checkTester } from '../../check-tester.ts';
import check from './database-memcached-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-tcp-and-udp': ['exposed', 'exposed'],
    'fail-udp-only-open-in-firewall': ['exposed'],
  },
});
