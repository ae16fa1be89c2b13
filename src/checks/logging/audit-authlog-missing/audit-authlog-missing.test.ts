import { checkTester } from '../../check-tester.ts';
import check from './audit-authlog-missing.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-auto-without-journal-dir': ['autoWithoutJournalDir'],
    'fail-nothing': ['nothing'],
    'fail-rsyslog-without-auth': ['storageNone'],
    'fail-volatile': ['volatile'],
  },
});
