import { checkTester } from '../../check-tester.ts';
import check from './mining-config-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-xmrig-config-in-tmp': ['config'],
    'fail-cron-miner-command': ['command'],
    'fail-cpuminer-config': ['config'],
    'fail-browser-miner-page': ['browser'],
    'fail-stratum-url-in-unit': ['reference'],
  },
});
