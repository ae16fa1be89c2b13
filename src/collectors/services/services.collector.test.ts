import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';

const host = path.join(import.meta.dirname, 'fixtures/host/root');

async function services(root: string) {
  const bundle = await collect({ root, sections: ['services'] });
  return { units: bundle.sections.services!.units, gaps: bundle.gaps };
}

describe('services collector', () => {
  it('lists each unit once, /etc hiding /usr/lib, aliases folded, sorted', async () => {
    const { units, gaps } = await services(host);
    expect(gaps).toEqual([]);
    expect(units.map((u) => [u.name, u.path, u.source])).toEqual([
      ['agent.service', '/etc/systemd/system/agent.service', 'systemd'],
      ['getty@.service', '/lib/systemd/system/getty@.service', 'systemd'],
      ['legacy', '/etc/init.d/legacy', 'sysv'],
      ['old.service', '/etc/systemd/system/old.service', 'systemd'],
      ['tool.service', '/usr/local/lib/systemd/system/tool.service', 'systemd'],
      ['tool.timer', '/usr/lib/systemd/system/tool.timer', 'systemd'],
      ['web.service', '/usr/lib/systemd/system/web.service', 'systemd'],
    ]);
  });

  it('applies drop-ins: ExecStart= reset, User= reset, prefixes stripped, where is the drop-in line', async () => {
    const web = (await services(host)).units.find((u) => u.name === 'web.service')!;
    expect(web.execStart).toEqual([
      {
        command: '/opt/web/bin/web --fast',
        where: { path: '/etc/systemd/system/web.service.d/override.conf', line: 3 },
      },
    ]);
    expect(web.user).toBeNull();
    expect(web.dropIns).toEqual([
      '/etc/systemd/system/service.d/10-all.conf',
      '/etc/systemd/system/web.service.d/override.conf',
    ]);
    expect(web.exec).toEqual([
      {
        setting: 'ExecStartPre',
        command: '/usr/sbin/web -t',
        where: { path: '/usr/lib/systemd/system/web.service', line: 6 },
      },
      {
        setting: 'ExecStartPost',
        command: '/usr/bin/true',
        where: { path: '/etc/systemd/system/service.d/10-all.conf', line: 2 },
      },
      {
        setting: 'ExecReload',
        command: '/bin/kill -HUP $MAINPID',
        where: { path: '/usr/lib/systemd/system/web.service', line: 9 },
      },
    ]);
    expect(web.enabled).toBe(true);
    expect(web.wantedBy).toEqual(['multi-user.target']);
  });

  it('reads enablement from /etc/systemd/system/*.wants, templates through instances, masks win', async () => {
    const { units } = await services(host);
    const state = Object.fromEntries(units.map((u) => [u.name, [u.enabled, u.masked ?? false]]));
    expect(state).toEqual({
      'agent.service': [false, false],
      'getty@.service': [true, false],
      legacy: [true, false],
      'old.service': [false, true],
      'tool.service': [false, false],
      'tool.timer': [false, false],
      'web.service': [true, false],
    });
    const agent = units.find((u) => u.name === 'agent.service')!;
    expect(agent.execStart.map((e) => e.command)).toEqual(['/usr/local/bin/agent-local']);
    expect(agent.user).toBe('agent');
    expect(agent.wantedBy).toEqual(['multi-user.target', 'graphical.target']);
  });

  it('drops argv[0] of an @ command line', async () => {
    const tool = (await services(host)).units.find((u) => u.name === 'tool.service')!;
    expect(tool.execStart.map((e) => e.command)).toEqual(['/usr/local/bin/tool --once']);
  });

  it('SysV: S links in rc2-5.d are enabled services, K links are not', async () => {
    const legacy = (await services(host)).units.filter((u) => u.source === 'sysv');
    expect(legacy).toEqual([
      {
        name: 'legacy',
        path: '/etc/init.d/legacy',
        enabled: true,
        wantedBy: ['runlevel2.target', 'runlevel3.target'],
        execStart: [{ command: '/etc/init.d/legacy start', where: { path: '/etc/init.d/legacy' } }],
        user: null,
        source: 'sysv',
      },
    ]);
  });

  describe('gaps', () => {
    let dir = '';
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('an unreadable unit file is a gap of the section, and the other units still come through', async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'hegui-services-'));
      await mkdir(path.join(dir, 'etc/systemd/system'), { recursive: true });
      await writeFile(path.join(dir, 'etc/systemd/system/bad.service'), Buffer.from([0x5b, 0, 0x5d]));
      await writeFile(path.join(dir, 'etc/systemd/system/ok.service'), '[Service]\nExecStart=/bin/ok\n');
      const { units, gaps } = await services(dir);
      expect(gaps.map((g) => [g.section, g.path, g.reason])).toEqual([
        ['services', '/etc/systemd/system/bad.service', 'binary'],
      ]);
      expect(units.find((u) => u.name === 'ok.service')?.execStart.map((e) => e.command)).toEqual([
        '/bin/ok',
      ]);
    });

    it('a host without systemd or SysV yields no units and no gaps', async () => {
      const empty = await mkdtemp(path.join(tmpdir(), 'hegui-services-empty-'));
      try {
        expect(await services(empty)).toEqual({ units: [], gaps: [] });
      } finally {
        await rm(empty, { recursive: true, force: true });
      }
    });
  });
});
