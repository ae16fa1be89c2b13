/**
 * The auth-log line classifier: one syslog line (RFC 3164 "Mar  4 13:34:59 host prog[pid]: msg", or an
 * RFC 3339 stamp as newer rsyslog writes it) from sshd, PAM, su, sudo or the shadow tools → a typed
 * event, or null for a line that says nothing about authentication or accounts. Pure; the patterns are our
 * own, written from what each program logs.
 */
import type { FileLine } from '../../core/evidence.ts';
import type { AuthEvent, AuthEventClass } from './authlog.types.ts';
import { MONTHS, isoOf, stampToMs, type Stamp, type YearRef, type Zone } from './time.ts';

export interface SyslogLine {
  stamp: Stamp;
  host: string;
  /** Base name, sshd-session/sshd-auth folded into sshd. */
  program: string;
  pid?: number;
  /** Old PAM style "su(pam_unix)[123]:" names the module in the program field. */
  pamModule?: string;
  message: string;
}

/** What a message says; the header supplies time, host and program. */
export type MessageFacts = Omit<AuthEvent, 'time' | 'epoch' | 'host' | 'program' | 'where' | 'text' | 'pid'>;

const RFC3164 =
  /^(?:(\d{4}) +)?([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))? +(\S+) +(.*)$/s;
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})? +(\S+) +(.*)$/s;
const PROGRAM = /^([^\s:[\]()]+)(?:\(([^)\s]*)\))?(?:\[(\d+)\])?: ?(.*)$/s;
const SOLARIS_ID = /^\[ID \d+ [\w.]+\] /;

function fraction(digits: string | undefined): number {
  return digits === undefined ? 0 : Math.floor(Number(`0.${digits}`) * 1000);
}

function offsetOf(z: string | undefined): number | null {
  if (z === undefined) return null;
  if (z === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z)!;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function programName(raw: string): string {
  const base = raw.slice(raw.lastIndexOf('/') + 1);
  return base === 'sshd-session' || base === 'sshd-auth' ? 'sshd' : base;
}

/** Split a syslog line into stamp, host, program and message; null when it is not one. */
export function parseSyslogLine(text: string): SyslogLine | null {
  let stamp: Stamp;
  let host: string;
  let rest: string;
  let m = RFC3339.exec(text);
  if (m) {
    stamp = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6]),
      ms: fraction(m[7]),
      offsetMinutes: offsetOf(m[8]),
    };
    host = m[9]!;
    rest = m[10]!;
  } else {
    m = RFC3164.exec(text);
    if (!m) return null;
    const month = MONTHS[m[2]!];
    if (month === undefined) return null;
    stamp = {
      year: m[1] === undefined ? null : Number(m[1]),
      month,
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6]),
      ms: fraction(m[7]),
      offsetMinutes: null,
    };
    host = m[8]!;
    rest = m[9]!;
  }
  if (
    stamp.month < 1 ||
    stamp.month > 12 ||
    stamp.day < 1 ||
    stamp.day > 31 ||
    stamp.hour > 23 ||
    stamp.minute > 59
  )
    return null;
  const p = PROGRAM.exec(rest);
  if (!p) return null;
  const line: SyslogLine = {
    stamp,
    host,
    program: programName(p[1]!),
    message: p[4]!.replace(SOLARIS_ID, ''),
  };
  if (p[2]) line.pamModule = p[2];
  if (p[3] !== undefined) line.pid = Number(p[3]);
  return line;
}

// ---------------------------------------------------------------------------------------------
// Messages

const SSHD_PROGRAMS = new Set(['sshd', 'dropbear']);
const ACCOUNT_PROGRAMS = new Set([
  'useradd',
  'usermod',
  'userdel',
  'groupadd',
  'groupdel',
  'groupmod',
  'passwd',
  'chpasswd',
  'chage',
  'gpasswd',
  'newusers',
  'adduser',
  'deluser',
]);

type Facts = MessageFacts | null;

function fact(cls: AuthEventClass, fields: Partial<MessageFacts> = {}): MessageFacts {
  const out: MessageFacts = { class: cls };
  for (const k in fields) {
    const v = fields[k as keyof MessageFacts];
    if (v !== undefined && v !== '') (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

const port = (s: string | undefined) => (s === undefined ? undefined : Number(s));

function isPasswordMethod(method: string): boolean {
  return method === 'password' || method.startsWith('keyboard-interactive');
}

/** PAM's "key=value key=value" tail (values may be empty). */
function pamFields(tail: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tail.matchAll(/(?<!\w)(\w+)=(\S*)/g)) out[m[1]!] = m[2]!;
  return out;
}

/** "bob(uid=1000)" → bob; "(uid=0)" → uid=0. */
function pamBy(by: string): string {
  const m = /^(\S*?)\(uid=(\d+)\)$/.exec(by.trim());
  if (!m) return by.trim();
  return m[1] === '' ? `uid=${m[2]}` : m[1]!;
}

/** The body of a PAM module message (after "pam_unix(svc:type): " or in an old-style "svc(pam_unix)" line). */
function pamMessage(service: string, body: string): Facts {
  let m = /^authentication failure; (.*)$/.exec(body);
  if (m) {
    const f = pamFields(m[1]!);
    return fact('auth-failure', { service, user: f.user, ip: f.rhost, by: f.ruser || f.logname });
  }
  m = /^(\d+) more authentication failures?; (.*)$/.exec(body);
  if (m) {
    const f = pamFields(m[2]!);
    return fact('auth-failures-repeated', { service, attempts: Number(m[1]), user: f.user, ip: f.rhost });
  }
  if (/^check pass; user unknown$/.test(body)) return fact('invalid-user', { service });
  m = /^session opened for user (\S+?)(?:\(uid=(\d+)\))?(?: by (.*))?$/.exec(body);
  if (m)
    return fact('session-opened', {
      service,
      user: m[1],
      uid: port(m[2]),
      by: m[3] ? pamBy(m[3]) : undefined,
    });
  m = /^session closed for user (\S+)/.exec(body);
  if (m) return fact('session-closed', { service, user: m[1] });
  m = /^password changed for (\S+)/.exec(body);
  if (m) return fact('password-changed', { service, user: m[1] });
  if (/^Failed to create session: /.test(body))
    return fact('session-failed', { service, detail: body.slice('Failed to create session: '.length) });
  return null;
}

/** "pam_unix(sshd:auth): …" anywhere; "PAM 2 more authentication failures; …" from sshd. */
function pamLine(message: string): Facts | undefined {
  let m = /^pam_[\w-]+\(([^:()]+):(\w+)\): (.*)$/s.exec(message);
  if (m) return pamMessage(m[1]!, m[3]!);
  m = /^PAM (\d+ more authentication failures?; .*)$/s.exec(message);
  if (m) return pamMessage('sshd', m[1]!);
  return undefined;
}

function sshdMessage(message: string): Facts {
  const preauth = message.endsWith(' [preauth]');
  const msg = preauth ? message.slice(0, -10) : message;
  let m: RegExpExecArray | null;

  m = /^Accepted (\S+) for (.*?) from (\S+) port (\d+)(?: ssh2)?(?:: (.*))?$/.exec(msg);
  if (m) return fact('accepted', { method: m[1], user: m[2], ip: m[3], port: port(m[4]), detail: m[5] });

  m = /^error: maximum authentication attempts exceeded for (invalid user )?(.*?) from (\S+) port (\d+)/.exec(
    msg,
  );
  if (m)
    return fact('max-auth-tries', {
      user: m[2],
      ip: m[3],
      port: port(m[4]),
      detail: m[1] ? 'invalid user' : undefined,
    });

  // Repeats of an attempt already logged with its address.
  if (/^input_userauth_request: invalid user /.test(msg)) return null;
  if (/^error: PAM: User not known to the underlying authentication module for illegal user /.test(msg))
    return null;

  m = /^(Failed|Postponed) (\S+) for (?:invalid|illegal) user (.*?) from (\S+) port (\d+)/.exec(msg);
  if (m) return fact('invalid-user', { method: m[2], user: m[3], ip: m[4], port: port(m[5]) });
  m = /^(?:Invalid|Illegal) user (.*) from (\S+?)(?: port (\d+))?$/.exec(msg);
  if (m) return fact('invalid-user', { user: m[1], ip: m[2], port: port(m[3]) });
  m =
    /^error: PAM: (?:unknown user|[Aa]uthentication (?:error|failure)) for illegal user (.*?) from (\S+)$/.exec(
      msg,
    );
  if (m) return fact('invalid-user', { method: 'pam', user: m[1], ip: m[2] });
  m =
    /^(?:Disconnected from|Disconnecting|Connection (?:closed|reset) by) (?:invalid|illegal) user (.*?) (\S+) port (\d+)/.exec(
      msg,
    );
  if (m) return fact('invalid-user', { user: m[1], ip: m[2], port: port(m[3]) });
  if (/\b(?:invalid|illegal) user\b/.test(msg)) {
    const user = /\b(?:invalid|illegal) user (\S*)/.exec(msg)?.[1];
    const ip = /\bfrom (\S+)/.exec(msg)?.[1];
    return fact('invalid-user', { user, ip });
  }

  m = /^Failed (\S+) for (.*?) from (\S+) port (\d+)/.exec(msg);
  if (m) {
    const cls = isPasswordMethod(m[1]!) ? 'failed-password' : 'failed-auth-other';
    return fact(cls, { method: m[1], user: m[2], ip: m[3], port: port(m[4]) });
  }
  m = /^error: PAM: authentication error for (.*?) from (\S+)$/.exec(msg);
  if (m) return fact('failed-password', { method: 'pam', user: m[1], ip: m[2] });
  m = /^error: PAM: Authentication failure for (.*?) from (\S+)$/.exec(msg);
  if (m) return fact('failed-auth-other', { method: 'pam', user: m[1], ip: m[2] });

  m = /^User (.*?) from (\S+) not allowed because (.*)$/.exec(msg);
  if (m) return fact('denied-user', { user: m[1], ip: m[2], detail: m[3] });

  m = /^Authentication refused: (.*)$/.exec(msg);
  if (m) return fact('auth-refused', { detail: m[1] });

  m = /^Disconnected from user (.*?) (\S+) port (\d+)$/.exec(msg);
  if (m && !preauth)
    return fact('session-closed', { service: 'sshd', user: m[1], ip: m[2], port: port(m[3]) });

  m =
    /^(?:Connection (?:closed|reset) by|Disconnected from|Disconnecting) (?:authenticating user (.*?) )?(\S+) port (\d+)(?:: (.*))?$/.exec(
      msg,
    );
  if (m && (preauth || m[1] !== undefined))
    return fact('disconnect-preauth', { user: m[1], ip: m[2], port: port(m[3]), detail: m[4] });
  m = /^Received disconnect from (\S+) port (\d+):\d+: ?(.*)$/.exec(msg);
  if (m && preauth) return fact('disconnect-preauth', { ip: m[1], port: port(m[2]), detail: m[3] });
  m = /^(?:fatal: )?Timeout before authentication for (?:connection from )?(\S+)(?: (?:port|to) (\S+))?/.exec(
    msg,
  );
  if (m) return fact('disconnect-preauth', { ip: m[1], detail: 'timeout before authentication' });

  m = /^Did not receive identification string from (\S+)(?: port (\d+))?/.exec(msg);
  if (m) return fact('ssh-probe', { ip: m[1], port: port(m[2]), detail: 'no identification string' });
  m = /^Bad protocol version identification '(.*)' from (\S+)(?: port (\d+))?/.exec(msg);
  if (m) return fact('ssh-probe', { ip: m[2], port: port(m[3]), detail: 'bad protocol identification' });
  m = /^banner exchange: Connection from (\S+) port (\d+): (.*)$/.exec(msg);
  if (m) return fact('ssh-probe', { ip: m[1], port: port(m[2]), detail: m[3] });

  // dropbear
  m = /^Bad (?:password|PAM password) attempt for '(.*)' from (\S+?):(\d+)$/.exec(msg);
  if (m) return fact('failed-password', { method: 'password', user: m[1], ip: m[2], port: port(m[3]) });
  m = /^Login attempt for nonexistent user (?:'(.*)' )?from (\S+?):(\d+)$/.exec(msg);
  if (m) return fact('invalid-user', { user: m[1], ip: m[2], port: port(m[3]) });
  m =
    /^(Password|Pubkey|PAM password) auth succeeded for '(.*?)'(?: with key (.*?))? from (\S+?):(\d+)$/.exec(
      msg,
    );
  if (m) {
    const method = m[1] === 'Pubkey' ? 'publickey' : 'password';
    return fact('accepted', { method, user: m[2], ip: m[4], port: port(m[5]), detail: m[3] });
  }
  return null;
}

function suMessage(message: string): Facts {
  let m = /^FAILED SU \(to (\S+)\) (\S+) on (\S+)/.exec(message);
  if (m) return fact('su-failure', { target: m[1], user: m[2], detail: m[3] });
  m = /^\(to (\S+)\) (\S+) on (\S+)/.exec(message);
  if (m) return fact('su-success', { target: m[1], user: m[2], detail: m[3] });
  m = /^failed: (\S+) changing from (\S+) to (\S+)/.exec(message);
  if (m) return fact('su-failure', { user: m[2], target: m[3], detail: m[1] });
  m = /^BAD SU (\S+) to (\S+)(?: on (\S+))?/.exec(message);
  if (m) return fact('su-failure', { user: m[1], target: m[2], detail: m[3] });
  m = /^FAILED su for (\S+) by (\S+)/.exec(message);
  if (m) return fact('su-failure', { target: m[1], user: m[2] });
  m = /^Successful su for (\S+) by (\S+)/.exec(message);
  if (m) return fact('su-success', { target: m[1], user: m[2] });
  m = /^([+-]) (\S+) (\S+?):(\S+)$/.exec(message);
  if (m) return fact(m[1] === '+' ? 'su-success' : 'su-failure', { user: m[3], target: m[4], detail: m[2] });
  m = /^(\S+) to (\S+) on (\S+)$/.exec(message);
  if (m) return fact('su-success', { user: m[1], target: m[2], detail: m[3] });
  return null;
}

const SUDO_REFUSED =
  /user NOT in sudoers|user NOT authorized on host|command not allowed|not allowed to (?:execute|run)/;

function sudoMessage(message: string): Facts {
  const m = /^\s*(\S+) : (.*)$/s.exec(message);
  if (!m) return null;
  const user = m[1]!;
  let rest = m[2]!;
  let command: string | undefined;
  const c = rest.indexOf('COMMAND=');
  if (c >= 0) {
    command = rest.slice(c + 8).trim();
    rest = rest.slice(0, c);
  }
  const parts = rest
    .split(' ; ')
    .map((s) => s.trim())
    .filter(Boolean);
  const fields: Record<string, string> = {};
  const notes: string[] = [];
  for (const part of parts) {
    const kv = /^([A-Z]+)=(.*)$/.exec(part);
    if (kv) fields[kv[1]!] = kv[2]!;
    else notes.push(part);
  }
  if (command === undefined && fields.TTY === undefined && notes.length === 0) return null;
  const base = { user, target: fields.USER, command, detail: fields.TTY ? `TTY=${fields.TTY}` : undefined };
  const note = notes.join('; ');
  if (note === '') return fact('sudo-command', base);
  const wrong = /(\d+) incorrect password attempts?/.exec(note);
  if (wrong) {
    const attempts = Number(wrong[1]);
    return fact(attempts >= 3 ? 'sudo-incorrect-password-attempts' : 'sudo-failure', { ...base, attempts });
  }
  if (SUDO_REFUSED.test(note)) return fact('sudo-unauthorized', { ...base, detail: note });
  return fact('sudo-failure', { ...base, detail: note });
}

function accountMessage(message: string): Facts {
  let m = /^new user: name=([^,]*), UID=(\d+), GID=(\d+), home=([^,]*), shell=([^,]*)(?:, from=(.*))?$/.exec(
    message,
  );
  if (m)
    return fact('user-added', {
      user: m[1],
      uid: Number(m[2]),
      gid: Number(m[3]),
      home: m[4],
      shell: m[5],
      detail: m[6],
    });
  m = /^(?:new group|group added to \/etc\/group): name=([^,]*), GID=(\d+)/.exec(message);
  if (m) return fact('group-added', { group: m[1], gid: Number(m[2]) });
  m = /^failed adding user '(.*)', data deleted/.exec(message);
  if (m) return fact('user-add-failed', { user: m[1] });
  m = /^add '(.*)' to group '(.*)'$/.exec(message);
  if (m) return fact('user-modified', { user: m[1], change: 'group-add', group: m[2] });
  m = /^user (\S+) added by (\S+) to group (\S+)$/.exec(message);
  if (m) return fact('user-modified', { user: m[1], by: m[2], change: 'group-add', group: m[3] });
  m = /^delete '(.*)' from group '(.*)'$/.exec(message);
  if (m) return fact('user-modified', { user: m[1], change: 'group-remove', group: m[2] });
  m = /^change user name '(.*)' to '(.*)'$/.exec(message);
  if (m) return fact('user-modified', { user: m[1], change: 'name', from: m[1], to: m[2] });
  m = /^change user '(.*?)' (\S+) from '(.*)' to '(.*)'$/.exec(message);
  if (m) {
    const field = m[2]!.toLowerCase();
    const out = fact('user-modified', { user: m[1], change: field, from: m[3], to: m[4] });
    if (field === 'uid' && /^\d+$/.test(m[4]!)) out.uid = Number(m[4]);
    return out;
  }
  m = /^(lock|unlock) user '(.*)' password$/.exec(message);
  if (m) return fact('user-modified', { user: m[2], change: m[1] });
  m = /^change user '(.*)' password$/.exec(message);
  if (m) return fact('password-changed', { user: m[1] });
  m = /^password for '(.*)' changed by '(.*)'$/.exec(message);
  if (m) return fact('password-changed', { user: m[1], by: m[2] });
  m = /^changed password expiry for (\S+)$/.exec(message);
  if (m) return fact('user-modified', { user: m[1], change: 'expiry' });
  m = /^delete user '(.*)'$/.exec(message);
  if (m) return fact('user-deleted', { user: m[1] });
  m = /^removed group '(.*)' owned by '(.*)'$/.exec(message);
  if (m) return fact('group-deleted', { group: m[1], user: m[2] });
  m = /^group '(.*)' removed(?: from \/etc\/group)?$/.exec(message);
  if (m) return fact('group-deleted', { group: m[1] });
  return null;
}

/** Classify one message by its program. */
export function classifyMessage(program: string, message: string, pamModule?: string): MessageFacts | null {
  if (pamModule !== undefined && pamModule.startsWith('pam_')) return pamMessage(program, message);
  const pam = pamLine(message);
  if (pam !== undefined) return pam;
  if (SSHD_PROGRAMS.has(program)) return sshdMessage(message);
  if (program === 'su') return suMessage(message);
  if (program === 'sudo') return sudoMessage(message);
  if (ACCOUNT_PROGRAMS.has(program)) return accountMessage(message);
  if (program === 'login') {
    const m = /^FAILED LOGIN .*? FOR '?(.*?)'?, (.*)$/.exec(message);
    if (m) {
      const from = /FROM '?([\d.:a-fA-F]+)'? /.exec(message)?.[1];
      return fact('auth-failure', { service: 'login', user: m[1], detail: m[2], ip: from });
    }
  }
  if (/\bREPEATED login failures\b/.test(message))
    return fact('auth-failures-repeated', { service: program });
  return null;
}

export interface ClassifyOptions {
  /** Year and month of the file's mtime, for stamps without a year. */
  ref: YearRef;
  zone?: Zone;
  where?: FileLine;
}

const MAX_TEXT = 300;

/** Classify one log line; null when it is not a syslog line or says nothing about auth or accounts. */
export function classifyLine(text: string, options: ClassifyOptions): AuthEvent | null {
  const line = parseSyslogLine(text);
  if (!line) return null;
  const facts = classifyMessage(line.program, line.message, line.pamModule);
  if (!facts) return null;
  const { ms, utc } = stampToMs(line.stamp, options.ref, options.zone ?? null);
  const event: AuthEvent = {
    ...facts,
    time: isoOf(ms, utc),
    epoch: Math.floor(ms / 1000),
    host: line.host,
    program: line.program,
    where: options.where ?? { path: '' },
    text: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text,
  };
  if (line.pid !== undefined) event.pid = line.pid;
  return event;
}
