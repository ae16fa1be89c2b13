import { checkTester } from '../../check-tester.ts';
import check from './process-miner-running.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-xmrig-by-name': ['miner'],
    'fail-renamed-copy-with-pool-args': ['miner'],
    'fail-campaign-name-with-support': ['miner'],
  },
});
