import { checkTester } from '../../check-tester.ts';
import check from './webshell-found.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-chopper': ['found'],
    'fail-image-upload': ['found'],
    'fail-behinder-jsp': ['found'],
    'fail-two-shells': ['found', 'found'],
  },
});
