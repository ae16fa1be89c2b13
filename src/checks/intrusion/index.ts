import type { AnyCheck } from '../../core/check.ts';
import authlogAccountCreatedFound from './authlog-account-created-found/authlog-account-created-found.check.ts';
import authlogBruteForceCompromiseFound from './authlog-brute-force-compromise-found/authlog-brute-force-compromise-found.check.ts';
import authlogBruteForceFound from './authlog-brute-force-found/authlog-brute-force-found.check.ts';
import rootkitBinaryModifiedFound from './rootkit-binary-modified-found/rootkit-binary-modified-found.check.ts';
import rootkitKernelModuleFound from './rootkit-kernel-module-found/rootkit-kernel-module-found.check.ts';
import rootkitKnownFileFound from './rootkit-known-file-found/rootkit-known-file-found.check.ts';
import rootkitOutOfTreeModuleFound from './rootkit-out-of-tree-module-found/rootkit-out-of-tree-module-found.check.ts';

export const intrusionChecks: AnyCheck[] = [
  authlogAccountCreatedFound,
  authlogBruteForceCompromiseFound,
  authlogBruteForceFound,
  rootkitBinaryModifiedFound,
  rootkitKernelModuleFound,
  rootkitKnownFileFound,
  rootkitOutOfTreeModuleFound,
];
