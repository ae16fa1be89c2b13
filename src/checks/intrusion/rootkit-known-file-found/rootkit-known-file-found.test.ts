import { checkTester } from '../../check-tester.ts';
import check from './rootkit-known-file-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-reptile': ['knownFile', 'knownFile'],
    'fail-libprocesshider-preloaded': ['knownFile', 'preloaded'],
    'fail-ebury-unowned': ['keyutilsUnowned'],
    'fail-ebury-size-rpm': ['keyutilsSize'],
    'fail-hidden-dots': ['hiddenName'],
    'fail-umbreon-style': ['knownFile'],
  },
});
