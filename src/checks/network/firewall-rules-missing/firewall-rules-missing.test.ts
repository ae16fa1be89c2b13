import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyCheck } from '../../../core/check.ts';
import { collect, runCheck } from '../../../core/scan.ts';
import { recordedExec } from '../../../host/exec.ts';
import { checkTester } from '../../check-tester.ts';
import check from './firewall-rules-missing.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-debian-default-nftables': ['noneEnabled'],
    'fail-live-empty': ['noneLoaded'],
    'fail-nftables-not-enabled': ['noneEnabled'],
    'fail-nothing': ['noneEnabled'],
  },
});

const fixtures = path.join(import.meta.dirname, 'fixtures');
const anyCheck = check as unknown as AnyCheck;

describe('firewall-rules-missing on partial evidence', () => {
  it('binary garbage in nftables.conf: a gap, so not assessed rather than failed', async () => {
    const bundle = await collect({
      root: path.join(fixtures, 'gap-binary-nftables', 'root'),
      exec: undefined,
      sections: ['firewall'],
    });
    expect(bundle.gaps.map((g) => [g.path, g.reason])).toEqual([['/etc/nftables.conf', 'binary']]);
    expect(runCheck(anyCheck, bundle).result.outcome).toBe('not-assessed');
  });

  it('live commands refused (not root): the kernel state is unknown, so not assessed', async () => {
    const failed = {
      ok: false,
      notInstalled: false,
      reason: 'command-failed',
      detail: 'Operation not permitted',
    } as const;
    const exec = recordedExec({
      'nft list ruleset': failed,
      'iptables-save': failed,
      'ip6tables-save': failed,
    });
    const bundle = await collect({
      root: path.join(fixtures, 'fail-nothing', 'root'),
      exec,
      sections: ['firewall'],
    });
    expect(runCheck(anyCheck, bundle).result.outcome).toBe('not-assessed');
  });

  it('a live scan where no firewall program is installed: nothing can be loaded', async () => {
    const bundle = await collect({
      root: path.join(fixtures, 'fail-nftables-not-enabled', 'root'),
      exec: recordedExec({}),
      sections: ['firewall'],
    });
    const { result, hits } = runCheck(anyCheck, bundle);
    expect(result.outcome).toBe('fail');
    expect(hits.map((h) => [h.messageId, h.data])).toEqual([
      ['noneInstalled', { configs: '/etc/nftables.conf:5' }],
    ]);
  });

  it('names the configs that are not loaded and where it looked', async () => {
    const bundle = await collect({
      root: path.join(fixtures, 'fail-live-empty', 'root'),
      exec: recordedExec({ 'nft list ruleset': '' }),
      sections: ['firewall'],
    });
    const [hit] = runCheck(anyCheck, bundle).hits;
    expect(hit?.data).toEqual({ configs: '/etc/nftables.conf:5' });
    expect(hit?.where).toEqual([{ path: 'exec:nft list ruleset' }, { path: '/etc/nftables.conf', line: 5 }]);
  });
});
