import { describe, expect, it } from 'vitest';
import type { ProcessInfo } from '../../collectors/processes/processes.types.ts';
import {
  MAX_COMMAND_CHARS,
  argv0Path,
  hiddenComponent,
  interpretedScript,
  isUserSpace,
  processWhere,
  tempDirOf,
} from './process-facts.ts';

function proc(over: Partial<ProcessInfo>): ProcessInfo {
  return {
    pid: 7,
    ppid: 1,
    name: 'app',
    cmdline: [],
    exe: null,
    exeDeleted: false,
    exeReplaced: null,
    cwd: null,
    uid: 0,
    user: 'root',
    state: 'S',
    cpuSeconds: 0,
    startedAfterBootSeconds: 0,
    cpuShare: null,
    kernelThread: false,
    ...over,
  };
}

describe('process facts', () => {
  it.each([
    ['/tmp/x', '/tmp'],
    ['/tmp', '/tmp'],
    ['/var/tmp/.s/k', '/var/tmp'],
    ['/dev/shm/a', '/dev/shm'],
    ['/run/shm/a', '/run/shm'],
    ['/tmpfoo/x', null],
    ['/usr/tmp/x', null],
    ['/home/u/tmp/x', null],
  ])('tempDirOf(%s) = %s', (path, dir) => {
    expect(tempDirOf(path)).toBe(dir);
  });

  it.each([
    ['/tmp/.X25-unix/.x/kd', '.X25-unix'],
    ['/usr/lib/.sysd', '.sysd'],
    ['/usr/bin/python3', null],
    ['/opt/a/./b', null],
    ['/opt/a/../b', null],
  ])('hiddenComponent(%s) = %s', (path, hidden) => {
    expect(hiddenComponent(path)).toBe(hidden);
  });

  it.each<[string[], string | null]>([
    [['/var/tmp/updater --daemon'], '/var/tmp/updater'],
    [['./kd'], null],
    [['nginx: master process /usr/sbin/nginx'], null],
    [[], null],
  ])('argv0Path(%j) = %s', (cmdline, expected) => {
    expect(argv0Path(proc({ cmdline }))).toBe(expected);
  });

  it.each<[string | null, string[], string | null]>([
    ['/usr/bin/bash', ['bash', '-x', '/tmp/run.sh', 'start'], '/tmp/run.sh'],
    ['/usr/bin/dash', ['sh', '-c', '/tmp/x'], null],
    ['/usr/bin/python3.11', ['python3', '-u', '/srv/app.py'], '/srv/app.py'],
    ['/usr/bin/python3.11', ['python3', 'relative.py'], null],
    ['/usr/sbin/nginx', ['nginx', '/tmp/x'], null],
    [null, ['/bin/sh', '/tmp/a.sh'], '/tmp/a.sh'],
  ])('interpretedScript(%s, %j) = %s', (exe, cmdline, expected) => {
    expect(interpretedScript(proc({ exe, cmdline }))).toBe(expected);
  });

  it('tells user-space processes from kernel threads and bare zombies', () => {
    expect(isUserSpace(proc({ exe: '/usr/bin/x' }))).toBe(true);
    expect(isUserSpace(proc({ cmdline: ['x'] }))).toBe(true);
    expect(isUserSpace(proc({}))).toBe(false);
    expect(isUserSpace(proc({ kernelThread: true, cmdline: [] }))).toBe(false);
  });

  it('points at a process by pid and command line, or by its bracketed name without one', () => {
    expect(processWhere(proc({ cmdline: ['/usr/bin/x', '-d'] }))).toEqual({
      pid: 7,
      command: '/usr/bin/x -d',
    });
    expect(processWhere(proc({ name: 'kworker/0:1' }))).toEqual({ pid: 7, command: '[kworker/0:1]' });
    const long = processWhere(proc({ cmdline: ['/usr/bin/x', '--env', 'y'.repeat(1000)] }));
    expect('command' in long && long.command.length).toBe(MAX_COMMAND_CHARS);
    expect('command' in long && long.command.endsWith('…')).toBe(true);
  });
});
