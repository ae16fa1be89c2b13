import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/collector.ts';
import type { Gap } from '../../core/evidence.ts';
import { openRoot, type HostRoot } from '../../host/root.ts';
import { processesCollector } from './processes.collector.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/mixed/root');

async function run(dir: string, wrap: (root: HostRoot) => HostRoot = (r) => r) {
  const gaps: Gap[] = [];
  const section = await processesCollector.collect(
    createContext('processes', wrap(await openRoot(dir)), undefined, gaps),
  );
  return { section, gaps };
}

describe('processes collector', () => {
  it('reads every process of a fixture /proc, skipping vanished ones', async () => {
    const { section, gaps } = await run(fixture);
    expect(section.uptimeSeconds).toBe(1000);
    // 6000 has no status (it exited mid-read): skipped without a gap; 6001 has a garbage stat: skipped with one.
    expect(section.processes.map((p) => p.pid)).toEqual([1, 2, 35, 700, 4242, 4250, 5000]);
    expect(gaps).toEqual([
      { section: 'processes', path: '/proc/6001/stat', reason: 'read-error', detail: 'unparsable' },
    ]);

    const byPid = new Map(section.processes.map((p) => [p.pid, p]));
    expect(byPid.get(1)).toEqual({
      pid: 1,
      ppid: 0,
      name: 'systemd',
      cmdline: ['/sbin/init'],
      exe: '/usr/lib/systemd/systemd',
      exeDeleted: false,
      exeReplaced: null,
      cwd: '/srv/fixture-root',
      uid: 0,
      user: 'root',
      state: 'S',
      cpuSeconds: 8,
      startedAfterBootSeconds: 0.01,
      cpuShare: 0.008,
      kernelThread: false,
    });
    // kthreadd by its PF_KTHREAD flag, a kworker by "no cmdline, no exe, child of kthreadd"
    expect(byPid.get(2)).toMatchObject({ kernelThread: true, exe: null, cwd: null, cmdline: [] });
    expect(byPid.get(35)).toMatchObject({ kernelThread: true, name: 'kworker/0:1-events', exe: null });
    expect(byPid.get(700)).toMatchObject({
      user: 'mysql',
      uid: 101,
      kernelThread: false,
      cwd: '/srv/mysql-data',
    });
  });

  it('parses a comm with parentheses, strips " (deleted)", and computes the CPU share', async () => {
    const { section } = await run(fixture);
    const miner = section.processes.find((p) => p.pid === 4242)!;
    expect(miner).toMatchObject({
      name: 'x) S 1 (y',
      cmdline: ['/var/tmp/.s/kdevtmpfsi', '--donate-level', '0'],
      exe: '/var/tmp/.s/kdevtmpfsi',
      exeDeleted: true,
      // the deleted file is not there any more
      exeReplaced: false,
      user: 'www-data',
      cpuSeconds: 850,
      startedAfterBootSeconds: 100,
      // 850 s of CPU over 900 s of life
      cpuShare: 0.9444,
    });
  });

  it('tells a deleted exe whose path exists again (upgrade) from one that is gone, and leaves unknown users null', async () => {
    const { section } = await run(fixture);
    const byPid = new Map(section.processes.map((p) => [p.pid, p]));
    expect(byPid.get(4250)).toMatchObject({ exe: '/usr/sbin/nginx', exeDeleted: true, exeReplaced: true });
    expect(byPid.get(5000)).toMatchObject({ uid: 1234, user: null });
  });

  it('records a permission-denied exe or cwd as a gap for that field and keeps the process', async () => {
    const denied = {
      ok: false as const,
      missing: false as const,
      reason: 'permission-denied' as const,
      detail: 'EACCES',
    };
    const { section, gaps } = await run(fixture, (real) => ({
      dir: real.dir,
      live: false,
      readText: (p, o) => real.readText(p, o),
      readBytes: (p, o) => real.readBytes(p, o),
      list: (p) => real.list(p),
      stat: (p) => real.stat(p),
      readLink: (p) =>
        p === '/proc/700/exe' || p === '/proc/700/cwd' ? Promise.resolve(denied) : real.readLink(p),
    }));
    expect(section.processes.find((p) => p.pid === 700)).toMatchObject({
      name: 'mariadbd',
      exe: null,
      cwd: null,
      user: 'mysql',
    });
    expect(gaps.filter((g) => g.reason === 'permission-denied').map((g) => g.path)).toEqual([
      '/proc/700/exe',
      '/proc/700/cwd',
    ]);
  });

  it('a root without /proc yields no processes, no uptime and no gap', async () => {
    const { section, gaps } = await run(path.join(fixture, 'etc'));
    expect(section).toEqual({ processes: [], uptimeSeconds: null });
    expect(gaps).toEqual([]);
  });
});
