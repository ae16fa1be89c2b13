import { checkTester } from '../../check-tester.ts';
import check from './cron-download-exec-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-cron-d-curl-sh': ['downloadExec'],
    'fail-systemd-timer': ['downloadExec'],
    'fail-user-crontab-and-at-job': ['downloadExec', 'downloadExec'],
  },
});
