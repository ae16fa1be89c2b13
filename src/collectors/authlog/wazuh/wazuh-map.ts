/**
 * Which Wazuh rules concern authentication or accounts, and the event class (or correlation verdict) of
 * ours that answers each. Decided from the rule meanings in ../shared/eval/wazuh-ruleset-tests/RULES.md:
 * a rule is in scope when it reports a login attempt, its outcome, a login session, a change of identity
 * (su, sudo) or a change to accounts. Rules about the transport (connection errors, ciphers, packets),
 * DNS, configuration or other subsystems are out of scope; for their lines we only require that we do
 * not invent an authentication event.
 */
import type { AuthEventClass, VerdictRule } from '../authlog.types.ts';

/** Single-line rules in scope → the class our classifier must give the line. */
export const WAZUH_RULE_CLASS: Readonly<Record<string, AuthEventClass>> = {
  // sshd
  '5710': 'invalid-user',
  '5716': 'failed-auth-other',
  '5718': 'denied-user',
  '5754': 'session-failed',
  '5755': 'auth-refused',
  '5758': 'max-auth-tries',
  '5760': 'failed-password',
  '5722': 'disconnect-preauth',
  '5761': 'session-closed',
  '5762': 'disconnect-preauth',
  // PAM
  '5501': 'session-opened',
  '5502': 'session-closed',
  '5503': 'auth-failure',
  '5504': 'invalid-user',
  '2502': 'auth-failures-repeated',
  // su
  '5301': 'su-failure',
  '5302': 'su-failure',
  '5305': 'su-success',
  // sudo
  '5401': 'sudo-failure',
  '5403': 'sudo-command',
  '5404': 'sudo-incorrect-password-attempts',
  '5405': 'sudo-unauthorized',
  // accounts (syslog.ini carries it only as a `fail` line)
  '5905': 'user-add-failed',
};

/**
 * Rules that are verdicts over a sequence: the class every line of the sequence must have, and the
 * verdict our correlator must reach on the sequence. 2502 and 5404 are one-line verdicts.
 */
export const WAZUH_VERDICT: Readonly<Record<string, { member: AuthEventClass; verdict: VerdictRule }>> = {
  '5712': { member: 'invalid-user', verdict: '5712' },
  '5763': { member: 'failed-password', verdict: '5763' },
  '5720': { member: 'failed-auth-other', verdict: '5720' },
  '5719': { member: 'denied-user', verdict: '5719' },
  '2502': { member: 'auth-failures-repeated', verdict: '2502' },
  '5404': { member: 'sudo-incorrect-password-attempts', verdict: '5404' },
};

/** Rules out of scope, with the reason. */
export const WAZUH_OUT_OF_SCOPE: Readonly<Record<string, string>> = {
  '5701': 'protocol probe (bad version string): a scan, not a login attempt; we class it ssh-probe',
  '5702': 'reverse DNS lookup failure: name resolution, not authentication',
  '5706': 'connection without an SSH banner: a scan, not a login attempt; we class it ssh-probe',
  '5739': 'sshd configuration error (AuthorizedKeysCommand missing)',
  '5740': 'transport: connection reset by peer',
  '5741': 'port forwarding: channel connection refused',
  '5742': 'port forwarding: channel connection timed out',
  '5743': 'port forwarding: no route to host',
  '5744': 'port forwarding: direct-tcpip refused',
  '5745': 'transport: socket not connected',
  '5746': 'transport: get_remote_port failed',
  '5747': 'key exchange: bad DH value',
  '5748': 'transport: corrupted MAC',
  '5749': 'transport: bad packet length',
  '5752': 'key exchange: no common method',
  '5753': 'key exchange: no common cipher',
  '5756': 'subsystem request failed (after login)',
  '5757': 'DNS name does not map back to the address',
  '2941': 'firewall (iptables) message',
  '2944': 'kernel graphics driver message',
  '2945': 'rsyslog rate limiting',
};

/** Classes that are authentication or account events (what an out-of-scope line must not become). */
export const NON_AUTH_CLASSES: readonly AuthEventClass[] = ['ssh-probe'];
