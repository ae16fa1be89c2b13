import type { AnyCheck } from '../../core/check.ts';
import sshEmptyPasswordsAllowed from './ssh-empty-passwords-allowed/ssh-empty-passwords-allowed.check.ts';
import sshKbdinteractiveAllowed from './ssh-kbdinteractive-allowed/ssh-kbdinteractive-allowed.check.ts';
import sshPasswordAuthAllowed from './ssh-password-auth-allowed/ssh-password-auth-allowed.check.ts';
import sshRootLoginAllowed from './ssh-root-login-allowed/ssh-root-login-allowed.check.ts';
import sshRootLoginMatchAllowed from './ssh-root-login-match-allowed/ssh-root-login-match-allowed.check.ts';

export const sshChecks: AnyCheck[] = [
  sshEmptyPasswordsAllowed,
  sshKbdinteractiveAllowed,
  sshPasswordAuthAllowed,
  sshRootLoginAllowed,
  sshRootLoginMatchAllowed,
];
