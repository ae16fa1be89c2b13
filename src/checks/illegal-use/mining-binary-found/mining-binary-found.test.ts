import { checkTester } from '../../check-tester.ts';
import check from './mining-binary-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: { 'fail-renamed-xmrig-in-tmp': ['binary'], 'fail-miner-under-opt': ['binary'] },
});
