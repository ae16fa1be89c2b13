import { checkTester } from '../../check-tester.ts';
import check from './cron-hidden-path-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-crontab-and-cron-d': ['hiddenPath', 'hiddenPath'],
    'fail-user-crontab': ['hiddenPath', 'hiddenPath'],
  },
});
