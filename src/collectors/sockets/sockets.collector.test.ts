import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/collector.ts';
import type { Gap } from '../../core/evidence.ts';
import { openRoot, type HostRoot } from '../../host/root.ts';
import { socketsCollector } from './sockets.collector.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/mixed/root');

async function run(wrap: (root: HostRoot) => HostRoot = (r) => r) {
  const gaps: Gap[] = [];
  const section = await socketsCollector.collect(
    createContext('sockets', wrap(await openRoot(fixture)), undefined, gaps),
  );
  return { section, gaps };
}

describe('sockets collector', () => {
  it('reads the four tables, finds each owner through /proc/<pid>/fd, and sorts', async () => {
    const { section } = await run();
    expect(
      section.sockets.map((s) => [
        s.proto,
        `${s.localAddress}:${s.localPort}`,
        `${s.remoteAddress}:${s.remotePort}`,
        s.state,
        s.inode,
        s.pid,
        s.process,
      ]),
    ).toEqual([
      ['tcp', '0.0.0.0:3306', '0.0.0.0:0', 'LISTEN', 100, 700, 'mariadbd'],
      ['tcp', '10.0.0.2:3306', '10.0.0.5:50000', 'ESTABLISHED', 102, 700, 'mariadbd'],
      // no comm file: the name comes from status
      ['tcp', '127.0.0.1:5432', '0.0.0.0:0', 'LISTEN', 101, 800, 'postgres'],
      // TIME_WAIT sockets have inode 0 and no owner
      ['tcp', '127.0.0.1:5432', '127.0.0.1:60024', 'TIME_WAIT', 0, null, null],
      // shared by 733 and 734: the lowest pid is reported
      ['tcp6', ':::6379', ':::0', 'LISTEN', 103, 733, 'redis-server'],
      // no process holds it in this tree: owner unknown
      ['udp', '0.0.0.0:11211', '0.0.0.0:0', 'UNCONN', 104, null, null],
      ['udp6', ':::11211', ':::0', 'UNCONN', 105, null, null],
    ]);
    expect(section.sockets[0]).toEqual({
      proto: 'tcp',
      localAddress: '0.0.0.0',
      localPort: 3306,
      remoteAddress: '0.0.0.0',
      remotePort: 0,
      state: 'LISTEN',
      inode: 100,
      uid: 101,
      pid: 700,
      process: 'mariadbd',
    });
  });

  it('records the cut last line of a truncated table as a truncated gap', async () => {
    const { gaps } = await run();
    expect(gaps).toEqual([
      { section: 'sockets', path: '/proc/net/udp6', reason: 'truncated', detail: 'line 3 ends mid-entry' },
    ]);
  });

  it('records a gap when unreadable fd directories leave sockets without a known owner', async () => {
    const denied = {
      ok: false as const,
      missing: false as const,
      reason: 'permission-denied' as const,
      detail: 'EACCES',
    };
    const { section, gaps } = await run((real) => ({
      dir: real.dir,
      live: false,
      readText: (p, o) => real.readText(p, o),
      readBytes: (p, o) => real.readBytes(p, o),
      list: (p) => (p === '/proc/700/fd' ? Promise.resolve(denied) : real.list(p)),
      stat: (p) => real.stat(p),
      readLink: (p) => (p.startsWith('/proc/733/fd/') ? Promise.resolve(denied) : real.readLink(p)),
    }));
    expect(section.sockets.find((s) => s.inode === 100)?.pid).toBeNull();
    // 733 could not be read, 734 holds the same socket and could
    expect(section.sockets.find((s) => s.inode === 103)).toMatchObject({ pid: 734, process: 'redis-child' });
    expect(gaps.filter((g) => g.reason === 'permission-denied')).toEqual([
      {
        section: 'sockets',
        path: '/proc/[pid]/fd',
        reason: 'permission-denied',
        detail: 'open files of 2 process(es) unreadable, so some sockets have no known owner (pid 700, 733)',
        field: 'owner',
      },
    ]);
  });
});
