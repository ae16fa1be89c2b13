import { checkTester } from '../../check-tester.ts';
import check from './cron-temp-path-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-periodic-script': ['tempPath'],
    'fail-rhel-user-crontab': ['tempPath', 'tempPath'],
    'fail-timer-drop-in': ['tempPath'],
  },
});
