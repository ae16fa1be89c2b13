import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  LASTLOG_SIZE,
  UTMP_SIZE,
  addressOf,
  lastlogRecord,
  parseLastlog,
  parseUtmp,
  utmpRecord,
} from './utmp.ts';

describe('parseUtmp', () => {
  it('reads user, boot and dead records with their record numbers, skipping empty slots', () => {
    const bytes = Buffer.concat([
      utmpRecord({ type: 2, user: 'reboot', tty: '~', host: '6.1.0-18-amd64', sec: 1_780_000_000 }),
      Buffer.alloc(UTMP_SIZE),
      utmpRecord({
        type: 7,
        pid: 4242,
        user: 'root',
        tty: 'pts/0',
        id: 'ts/0',
        host: '45.9.148.10',
        sec: 1_780_000_100,
        ipv4: '45.9.148.10',
      }),
      utmpRecord({ type: 8, pid: 4242, tty: 'pts/0', sec: 1_780_000_900 }),
    ]);
    const { records, truncatedBytes } = parseUtmp(bytes, '/var/log/wtmp');
    expect(truncatedBytes).toBe(0);
    expect(records).toEqual([
      {
        type: 'boot',
        user: 'reboot',
        tty: '~',
        host: '6.1.0-18-amd64',
        pid: 0,
        time: '2026-05-28T20:26:40.000Z',
        epoch: 1_780_000_000,
        where: { path: '/var/log/wtmp', line: 1 },
      },
      {
        type: 'user',
        user: 'root',
        tty: 'pts/0',
        host: '45.9.148.10',
        pid: 4242,
        time: '2026-05-28T20:28:20.000Z',
        epoch: 1_780_000_100,
        where: { path: '/var/log/wtmp', line: 3 },
      },
      {
        type: 'dead',
        user: '',
        tty: 'pts/0',
        host: '',
        pid: 4242,
        time: '2026-05-28T20:41:40.000Z',
        epoch: 1_780_000_900,
        where: { path: '/var/log/wtmp', line: 4 },
      },
    ]);
  });

  it('reports a truncated last record and never reads it', () => {
    const whole = utmpRecord({
      type: 6,
      user: 'admin',
      tty: 'ssh:notty',
      host: '198.51.100.2',
      sec: 1_780_000_000,
    });
    const bytes = Buffer.concat([whole, whole.subarray(0, 100)]);
    const { records, truncatedBytes } = parseUtmp(bytes, '/var/log/btmp');
    expect(records).toHaveLength(1);
    expect(truncatedBytes).toBe(100);
  });

  it('takes the address from ut_addr_v6 when ut_host is empty, and decodes GBK names', () => {
    const r = utmpRecord({ type: 7, tty: 'pts/3', sec: 1, ipv4: '192.0.2.33' });
    iconv.encode('管理员', 'gbk').copy(r, 44);
    const [rec] = parseUtmp(r, '/var/log/wtmp').records;
    expect(rec).toMatchObject({ user: '管理员', host: '192.0.2.33' });
  });

  it('does not crash on random bytes', () => {
    const noise = Buffer.alloc(UTMP_SIZE * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251;
    expect(() => parseUtmp(noise, '/var/log/wtmp')).not.toThrow();
  });
});

describe('addressOf', () => {
  it.each([
    [[], ''],
    [[192, 0, 2, 7], '192.0.2.7'],
    [[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5], '2001:db8::5'],
    [[0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1], 'fe80::1:0:0:1'],
  ])('%j → %s', (bytes, want) => {
    const b = Buffer.alloc(16);
    Buffer.from(bytes).copy(b);
    expect(addressOf(b)).toBe(want);
  });
});

describe('parseLastlog', () => {
  it('indexes records by uid and skips uids that never logged in', () => {
    const bytes = Buffer.concat([
      lastlogRecord({ sec: 1_780_000_100, tty: 'pts/0', host: '45.9.148.10' }),
      lastlogRecord({ sec: 0 }),
      Buffer.alloc(LASTLOG_SIZE * 998),
      lastlogRecord({ sec: 1_779_000_000, tty: 'pts/1', host: '10.0.0.5' }),
    ]);
    const { entries, truncatedBytes } = parseLastlog(bytes, '/var/log/lastlog');
    expect(truncatedBytes).toBe(0);
    expect(entries.map((e) => [e.uid, e.tty, e.host, e.where.line])).toEqual([
      [0, 'pts/0', '45.9.148.10', 1],
      [1000, 'pts/1', '10.0.0.5', 1001],
    ]);
  });

  it('reports a truncated record', () => {
    const bytes = Buffer.concat([lastlogRecord({ sec: 5 }), Buffer.alloc(10)]);
    expect(parseLastlog(bytes, '/var/log/lastlog').truncatedBytes).toBe(10);
  });
});
