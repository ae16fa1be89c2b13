import { checkTester } from '../../check-tester.ts';
import check from './proxy-tunnel-client-running.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-frpc-running': ['tunnelRunning'],
    'fail-npc-command-line': ['tunnelRunningUnlisted'],
    'fail-frpc-enabled-at-rest': ['tunnelEnabled'],
  },
});
