import { checkTester } from '../../check-tester.ts';
import check from './preload-ld-preload-env-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-environment-and-systemd': ['envPreload', 'envPreload'],
    'fail-profile-d-export': ['envPreload'],
  },
});
