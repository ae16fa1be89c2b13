/**
 * Writes the compromised fixture host's auth evidence (used once to build the tree; the output is committed):
 * /var/log/auth.log.2.gz — an SSH brute force from 45.9.148.10 (Wazuh 5712 and 5763 both fire);
 * /var/log/auth.log      — root logs in by password from the same address, then creates the UID 0 account;
 * /var/log/wtmp          — the record of that root session.
 * Stamps are RFC 3339 with an offset, as rsyslog writes them on newer Debian, so the report does not depend
 * on the files' mtimes. Synthetic lines in our own words.
 * usage: node test/hosts/make-authlog.ts test/hosts/compromised/root
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { utmpRecord } from '../../src/collectors/authlog/utmp.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: make-authlog.ts ROOT');
const ATTACKER = '45.9.148.10';
const HOST = 'web-01';

const stamp = (day: number, h: number, m: number, s: number, micro = 0) =>
  `2026-11-${String(day).padStart(2, '0')}T${[h, m, s].map((n) => String(n).padStart(2, '0')).join(':')}.${String(micro).padStart(6, '0')}+08:00`;

// Ten tries at names that do not exist, then twelve passwords for root, a few seconds apart.
const brute: string[] = [
  `${stamp(8, 3, 11, 58, 120044)} ${HOST} sshd[20311]: Server listening on 0.0.0.0 port 22.`,
];
const names = ['admin', 'oracle', 'ubuntu', 'pi', 'git', 'postgres', 'test1', 'user', 'ftpuser', 'guest'];
names.forEach((name, i) => {
  const pid = 21000 + i;
  brute.push(`${stamp(8, 3, 12, 3 * i, 4100 + i)} ${HOST} sshd[${pid}]: Invalid user ${name} from ${ATTACKER} port ${51200 + i}`);
  brute.push(
    `${stamp(8, 3, 12, 3 * i + 1, 9300 + i)} ${HOST} sshd[${pid}]: Connection closed by invalid user ${name} ${ATTACKER} port ${51200 + i} [preauth]`,
  );
});
for (let i = 0; i < 12; i++) {
  const pid = 21100 + i;
  const t = 40 + 4 * i;
  brute.push(
    `${stamp(8, 3, 12 + Math.floor(t / 60), t % 60, 5000 + i)} ${HOST} sshd[${pid}]: Failed password for root from ${ATTACKER} port ${51300 + i} ssh2`,
  );
}
brute.push(
  `${stamp(8, 3, 13, 40, 777)} ${HOST} sshd[21111]: PAM 5 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=${ATTACKER}  user=root`,
);

// Thirteen days later the same address gets in.
const login = [
  `${stamp(21, 2, 47, 9, 311020)} ${HOST} sshd[30412]: Accepted password for root from ${ATTACKER} port 40822 ssh2`,
  `${stamp(21, 2, 47, 9, 320551)} ${HOST} sshd[30412]: pam_unix(sshd:session): session opened for user root(uid=0) by (uid=0)`,
  `${stamp(21, 2, 49, 30, 104420)} ${HOST} useradd[30466]: new user: name=sysupdate, UID=0, GID=0, home=/var/tmp/.s, shell=/bin/bash, from=/dev/pts/0`,
  `${stamp(21, 2, 58, 2, 880310)} ${HOST} sshd[30412]: pam_unix(sshd:session): session closed for user root`,
  `${stamp(21, 9, 5, 0, 1200)} ${HOST} sshd[30601]: Accepted publickey for deploy from 10.20.0.8 port 50100 ssh2: ED25519 SHA256:q1w2e3r4t5y6u7i8o9p0`,
];

const log = path.join(root, 'var/log');
mkdirSync(log, { recursive: true });
writeFileSync(path.join(log, 'auth.log.2.gz'), gzipSync(`${brute.join('\n')}\n`));
writeFileSync(path.join(log, 'auth.log'), `${login.join('\n')}\n`);
const sec = Date.UTC(2026, 10, 20, 18, 47, 9); // 2026-11-21 02:47:09 +08:00
writeFileSync(
  path.join(log, 'wtmp'),
  Buffer.concat([
    utmpRecord({ type: 2, user: 'reboot', tty: '~', id: '~~', host: '6.1.0-27-amd64', sec: Date.UTC(2026, 9, 30, 1) / 1000 }),
    utmpRecord({ type: 7, pid: 30412, user: 'root', tty: 'pts/0', id: 'ts/0', host: ATTACKER, sec: sec / 1000, ipv4: ATTACKER }),
    utmpRecord({ type: 8, pid: 30412, tty: 'pts/0', id: 'ts/0', sec: sec / 1000 + 653 }),
  ]),
);
