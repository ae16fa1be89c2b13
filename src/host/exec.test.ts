import { describe, expect, it } from 'vitest';
import { ALLOWED_COMMANDS, liveExec, recordedExec, type AllowedCommand } from './exec.ts';

describe('HostExec', () => {
  it('allows only read-only firewall listings, with fixed arguments', () => {
    expect(Object.keys(ALLOWED_COMMANDS).sort()).toEqual([
      'ip6tables-save',
      'iptables-save',
      'nft list ruleset',
    ]);
    for (const [program, args] of Object.values(ALLOWED_COMMANDS)) {
      expect(program).toMatch(/^[a-z0-9-]+$/);
      for (const a of args) expect(a).toMatch(/^[a-z]+$/);
    }
  });

  it('refuses anything outside the allowlist, even through a cast', async () => {
    const outcome = await liveExec().run('rm -rf /tmp/x' as AllowedCommand);
    expect(outcome).toMatchObject({ ok: false, notInstalled: false, reason: 'command-failed' });
  });

  it('reports a program that is not installed as a fact', async () => {
    // Whatever this machine has, a recording without the command means "not installed".
    expect(await recordedExec({}).run('nft list ruleset')).toEqual({ ok: false, notInstalled: true });
  });

  it('replays recorded outputs', async () => {
    const exec = recordedExec({ 'iptables-save': '*filter\n:INPUT DROP [0:0]\nCOMMIT\n' });
    expect(await exec.run('iptables-save')).toEqual({
      ok: true,
      stdout: '*filter\n:INPUT DROP [0:0]\nCOMMIT\n',
    });
  });
});
