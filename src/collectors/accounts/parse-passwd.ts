/**
 * /etc/passwd, /etc/shadow and /etc/group parsers. Pure: text + host path → facts with lines.
 * Malformed lines are skipped, never fatal. Password hashes are reduced to a status and a scheme here,
 * so no hash ever leaves this file.
 */
import { at, numberedLines } from '../../core/collector.ts';
import type { GroupEntry, HashScheme, ShadowEntry, UserAccount } from './accounts.types.ts';

/** Shells that give no interactive session (basename match). An empty shell field means /bin/sh. */
const NO_LOGIN_SHELLS = new Set(['nologin', 'false', 'sync', 'halt', 'shutdown']);

export function isLoginShell(shell: string): boolean {
  const s = shell.trim();
  if (s === '') return true;
  if (s === '/dev/null') return false;
  const base = s.slice(s.lastIndexOf('/') + 1);
  return !NO_LOGIN_SHELLS.has(base);
}

/** A decimal id as glibc accepts it; undefined for anything else. */
function parseId(field: string | undefined): number | undefined {
  if (field === undefined || !/^\d{1,10}$/.test(field)) return undefined;
  const n = Number(field);
  return n <= 0xffffffff ? n : undefined;
}

function passwdKind(field: string): UserAccount['passwdField'] {
  if (field === '') return 'empty';
  if (field === 'x' || field.startsWith('##')) return 'shadow';
  if (field.startsWith('!') || field.startsWith('*')) return 'locked';
  return 'inline-hash';
}

/** Skip blank lines, comments and NIS compat entries ("+", "-"). */
function skipLine(t: string): boolean {
  return t.trim() === '' || t.startsWith('#') || t.startsWith('+') || t.startsWith('-');
}

export function parsePasswd(text: string, path: string): UserAccount[] {
  const users: UserAccount[] = [];
  for (const { line, text: t } of numberedLines(text)) {
    if (skipLine(t)) continue;
    const f = t.split(':');
    if (f.length < 7) continue;
    const name = f[0]!;
    const uid = parseId(f[2]);
    const gid = parseId(f[3]);
    if (name === '' || /\s/.test(name) || uid === undefined || gid === undefined) continue;
    // glibc reads the shell up to the end of the line, so extra colons belong to it.
    const shell = f.slice(6).join(':');
    users.push({
      name,
      uid,
      gid,
      gecos: f[4]!,
      home: f[5]!,
      shell,
      loginShell: isLoginShell(shell),
      passwdField: passwdKind(f[1]!),
      where: at(path, line),
    });
  }
  return users;
}

/** The crypt(5) scheme of a hash, or undefined when the value is not a crypt hash at all. */
export function hashScheme(value: string): HashScheme | undefined {
  const m = /^\$([^$]+)\$/.exec(value);
  if (m) {
    switch (m[1]) {
      case '1':
        return 'md5';
      case '5':
        return 'sha256';
      case '6':
        return 'sha512';
      case 'y':
        return 'yescrypt';
      case 'gy':
        return 'gost-yescrypt';
      case '2a':
      case '2b':
      case '2x':
      case '2y':
        return 'bcrypt';
      case '7':
        return 'scrypt';
      default:
        return 'unknown';
    }
  }
  if (/^[./0-9A-Za-z]{13}$/.test(value) || /^_[./0-9A-Za-z]{19}$/.test(value)) return 'des';
  return undefined;
}

function shadowStatus(field: string): { status: ShadowEntry['status']; scheme: HashScheme | null } {
  if (field === '') return { status: 'empty', scheme: null };
  if (field.startsWith('!'))
    return { status: 'locked', scheme: hashScheme(field.replace(/^!+/, '')) ?? null };
  if (field.startsWith('*')) return { status: 'no-login', scheme: null };
  const scheme = hashScheme(field);
  return scheme === undefined ? { status: 'no-login', scheme: null } : { status: 'hash', scheme };
}

function optionalNumber(field: string | undefined): number | null {
  if (field === undefined || !/^-?\d{1,9}$/.test(field)) return null;
  const n = Number(field);
  return n < 0 ? null : n;
}

/** Fields after the password may be missing (glibc accepts truncated lines); they become null. */
export function parseShadow(text: string, path: string): ShadowEntry[] {
  const entries: ShadowEntry[] = [];
  for (const { line, text: t } of numberedLines(text)) {
    if (skipLine(t)) continue;
    const f = t.split(':');
    if (f.length < 2 || f[0] === '' || /\s/.test(f[0]!)) continue;
    entries.push({
      name: f[0]!,
      ...shadowStatus(f[1]!),
      lastChange: optionalNumber(f[2]),
      minDays: optionalNumber(f[3]),
      maxDays: optionalNumber(f[4]),
      warnDays: optionalNumber(f[5]),
      inactiveDays: optionalNumber(f[6]),
      expireDate: optionalNumber(f[7]),
      where: at(path, line),
    });
  }
  return entries;
}

export function parseGroup(text: string, path: string): GroupEntry[] {
  const groups: GroupEntry[] = [];
  for (const { line, text: t } of numberedLines(text)) {
    if (skipLine(t)) continue;
    const f = t.split(':');
    if (f.length < 3 || f[0] === '' || /\s/.test(f[0]!)) continue;
    const gid = parseId(f[2]);
    if (gid === undefined) continue;
    const members = (f[3] ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter((m) => m !== '');
    groups.push({ name: f[0]!, gid, members, where: at(path, line) });
  }
  return groups;
}
