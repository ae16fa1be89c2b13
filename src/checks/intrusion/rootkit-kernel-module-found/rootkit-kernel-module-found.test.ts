import { checkTester } from '../../check-tester.ts';
import check from './rootkit-kernel-module-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-diamorphine-loaded': ['knownLoaded'],
    'fail-hidden-module': ['hidden'],
    'fail-boot-load': ['knownOnDisk', 'knownOnDisk', 'knownOnDisk'],
  },
});
