import { checkTester } from '../../check-tester.ts';
import check from './mining-pool-connection-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-strong-pool-port': ['connection'],
    'fail-miner-on-weak-port': ['minerConnection', 'minerConnection'],
  },
});
