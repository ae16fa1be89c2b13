import type { FileLine } from '../../core/evidence.ts';

/**
 * What one auth-log line says, as far as intrusion evidence goes. The names follow the event, not a
 * product's rule numbers; `wazuh-map.ts` states which Wazuh rule each class answers.
 */
export const AUTH_EVENT_CLASSES = [
  /** sshd/dropbear accepted a login (any method: password, publickey, keyboard-interactive, …). */
  'accepted',
  /** sshd: a password or keyboard-interactive attempt for an existing account failed. */
  'failed-password',
  /** sshd: another failed attempt for an existing account (method none/publickey/hostbased, "PAM: Authentication failure"). */
  'failed-auth-other',
  /** A login attempt for an account that does not exist (sshd "invalid user", PAM "user unknown"). */
  'invalid-user',
  /** sshd refused an account by AllowUsers/DenyUsers/AllowGroups/DenyGroups. */
  'denied-user',
  /** sshd: one connection used up MaxAuthTries. */
  'max-auth-tries',
  /** PAM: authentication failure (any service: sshd, su, sudo, login, vsftpd, …). */
  'auth-failure',
  /** PAM: "N more authentication failures" — one session failed several times. */
  'auth-failures-repeated',
  /** sshd refused a key because of file ownership or modes. */
  'auth-refused',
  /** The client went away before authenticating (closed, reset, timeout, too many failures). */
  'disconnect-preauth',
  /** A connection that never spoke SSH (scanner, banner grabber). */
  'ssh-probe',
  'session-opened',
  'session-closed',
  /** A login session could not be created (pam_systemd). */
  'session-failed',
  'su-success',
  'su-failure',
  'sudo-command',
  /** sudo: one or two wrong passwords, a password required, or another refusal. */
  'sudo-failure',
  /** sudo: three or more wrong passwords in one invocation. */
  'sudo-incorrect-password-attempts',
  /** sudo: the user may not run the command (not in sudoers, not allowed on this host). */
  'sudo-unauthorized',
  'user-added',
  'user-add-failed',
  'user-modified',
  'user-deleted',
  'group-added',
  'group-deleted',
  'password-changed',
] as const;
export type AuthEventClass = (typeof AUTH_EVENT_CLASSES)[number];

export interface AuthEvent {
  class: AuthEventClass;
  /**
   * ISO 8601. UTC ("…Z") when the line carried an offset or the host's time zone is known; otherwise the
   * host's wall-clock time without an offset.
   */
  time: string;
  /** Seconds since the epoch (wall clock read as UTC when the zone is unknown): for ordering and windows. */
  epoch: number;
  /** The host name in the line. */
  host: string;
  /** The program that logged it ("sshd", "sudo", "useradd", …; "sshd-session" is folded into "sshd"). */
  program: string;
  pid?: number;
  /** The account the event is about (the one logging in, running sudo, being created …). */
  user?: string;
  /** Remote address (sshd "from", PAM rhost); may be a host name when sshd resolves names. */
  ip?: string;
  port?: number;
  /** Authentication method: password, publickey, keyboard-interactive/pam, none, … */
  method?: string;
  /** PAM service (sshd, su, sudo, login, passwd, …). */
  service?: string;
  /** sudo's "N incorrect password attempts", PAM's "N more authentication failures". */
  attempts?: number;
  /** su's target account, sudo's run-as account. */
  target?: string;
  /** sudo: the command run. */
  command?: string;
  /** useradd/usermod: numeric ids and paths of the account. */
  uid?: number;
  gid?: number;
  home?: string;
  shell?: string;
  /** usermod/userdel/gpasswd/chage: what changed ("uid", "shell", "group-add", "lock", …) and how. */
  change?: string;
  from?: string;
  to?: string;
  group?: string;
  /** Who did it: PAM "by", passwd "changed by", su's caller. */
  by?: string;
  /** A key fingerprint or other detail sshd printed after an accepted login. */
  detail?: string;
  where: FileLine;
  /** The line as logged, cut at 300 characters. */
  text: string;
}

/** One auth log file read (plain or gzipped). */
export interface AuthLogFile {
  path: string;
  compressed: boolean;
  /** Lines read (decompressed). */
  lines: number;
  /** Lines that became an event. */
  events: number;
  /** Lines that were not valid UTF-8 and were decoded as GB18030. */
  gb18030Lines: number;
  /** Lines holding NUL bytes (a crash leaves NUL runs in a log); NULs are dropped. */
  nulLines: number;
  /** Lines longer than the per-line cap, cut. */
  overlongLines: number;
  /** The year given to lines without one (from the file's mtime; a later month rolls back a year). */
  yearFrom: number | null;
  /** The file is a symlink to this target (e.g. "/dev/null": logging switched off). */
  linkTarget?: string;
}

/** A Wazuh-style correlation verdict, aggregated per rule and source. */
export type VerdictRule = '5712' | '5763' | '5720' | '5719' | '2502' | '5404' | 'btmp';

export interface VerdictPoint {
  time: string;
  epoch: number;
  where: FileLine;
}

export interface Verdict {
  rule: VerdictRule;
  /** Remote address for per-source rules; absent for 5719 (counted over every source). */
  source?: string;
  /** The account for 5404 (sudo) and 2502 (PAM) verdicts. */
  user?: string;
  /** How many times the rule fired (after its ignore period). */
  firings: number;
  /** Matching events counted for this rule and key. */
  events: number;
  /** The event that made the rule fire first, and the first event of that window. */
  first: VerdictPoint;
  windowStart: VerdictPoint;
  last: VerdictPoint;
}

/** What one remote address did, over every log and btmp. */
export interface SourceSummary {
  ip: string;
  /** sshd failure lines: failed-password, failed-auth-other, invalid-user, denied-user. */
  failures: number;
  invalidUsers: number;
  /** Failed-login records in btmp. */
  btmpFailures: number;
  firstFailure?: VerdictPoint;
  lastFailure?: VerdictPoint;
  /** Up to 5 account names tried. */
  users: string[];
  acceptedCount: number;
  /** Accepted logins kept: the first ten, and the first ten after the source's first verdict. */
  accepted: AuthEvent[];
  /** wtmp sessions from this address (up to 20). */
  sessions: LoginRecord[];
}

/** A utmp record (wtmp/btmp). */
export interface LoginRecord {
  type: 'user' | 'login' | 'dead' | 'boot' | 'other';
  user: string;
  /** Terminal ("pts/0", "ssh:notty"). */
  tty: string;
  /** Remote host or address as recorded. */
  host: string;
  pid: number;
  time: string;
  epoch: number;
  /** `line` is the record number (1-based) in the file. */
  where: FileLine;
}

export interface LastLogin {
  uid: number;
  /** From /etc/passwd; absent when the uid has no account any more. */
  user?: string;
  tty: string;
  host: string;
  time: string;
  epoch: number;
  where: FileLine;
}

export type HistorySignalKind =
  | 'download-exec'
  | 'reverse-shell'
  | 'encoded-payload'
  | 'temp-exec'
  | 'history-wiping'
  | 'log-wiping'
  | 'chmod-temp';

export interface HistoryHit {
  kind: HistorySignalKind;
  /** The account whose history it is. */
  user: string;
  detail: string;
  /** The command line, cut at 240 characters. */
  command: string;
  /** From bash `#epoch` lines or zsh extended history, when present. */
  time?: string;
  where: FileLine;
  /** For a download run a few lines later: the line that downloaded it. */
  from?: FileLine;
}

export interface HistoryFile {
  path: string;
  user: string;
  lines: number;
  linkTarget?: string;
}

/**
 * Gap fields of this section (Gap.field): a failed read of one of these leaves only that part unknown.
 * A gap without a field is an auth log that could not be read completely.
 */
export type AuthLogGapField = 'wtmp' | 'btmp' | 'lastlog' | 'history';

export interface AuthLogSection {
  /** The host time zone used for logs without an offset; null when unknown (wall clock read as UTC). */
  timezone: string | null;
  /** Auth logs read, oldest first (auth.log*, secure*). */
  files: AuthLogFile[];
  /** Events per class over every log. */
  counts: Partial<Record<AuthEventClass, number>>;
  /**
   * Events kept in full, sorted by time: account changes and su/sudo failures and refusals (bounded, see
   * `eventsDropped`; an account given UID 0 is always kept). Logins are kept per source in `sources`.
   */
  events: AuthEvent[];
  eventsDropped: number;
  /**
   * Correlation verdicts (Wazuh rules 5712, 5763, 5720, 5719, 2502, 5404, and btmp bursts), sorted; bounded,
   * but a verdict whose source also logged in is always kept.
   */
  verdicts: Verdict[];
  verdictsDropped: number;
  /** Remote addresses: every one with a verdict or an accepted login, then the busiest (bounded). */
  sources: SourceSummary[];
  sourcesDropped: number;
  /** Accepted logins over all sources. */
  acceptedCount: number;
  /** wtmp user sessions kept: all from brute-forcing sources, then the latest (bounded). */
  logins: LoginRecord[];
  btmpRecords: number;
  lastlog: LastLogin[];
  history: { files: HistoryFile[]; hits: HistoryHit[] };
}
