import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, runCheck } from '../../../core/scan.ts';
import { checkTester } from '../../check-tester.ts';
import check from './ssh-password-auth-allowed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-explicit': ['explicit'],
    'fail-default': ['default'],
    'fail-methods-two-factor': ['explicit'],
    'fail-match': ['match'],
  },
});

const run = async (name: string) => {
  const bundle = await collect({
    root: path.join(import.meta.dirname, 'fixtures', name, 'root'),
    sections: check.needs,
  });
  return { bundle, ...runCheck(check, bundle) };
};

describe('ssh-password-auth-allowed on damaged evidence', () => {
  it('points the default at the main file without a line', async () => {
    const { hits } = await run('fail-default');
    expect(hits).toEqual([
      {
        messageId: 'default',
        data: { path: '/etc/ssh/sshd_config', line: '-', where: '/etc/ssh/sshd_config' },
        where: [{ path: '/etc/ssh/sshd_config' }],
      },
    ]);
  });

  it('is not assessed (and does not crash) when sshd_config is binary garbage', async () => {
    const { bundle, result, hits } = await run('gap-binary-config');
    expect(bundle.gaps.map((g) => g.reason)).toEqual(['binary']);
    expect(hits).toEqual([]);
    expect(result.outcome).toBe('not-assessed');
  });

  it('is not assessed when sshd_config includes itself', async () => {
    const { bundle, result } = await run('gap-include-cycle');
    expect(bundle.gaps.map((g) => [g.path, g.reason])).toEqual([['/etc/ssh/sshd_config', 'include-cycle']]);
    expect(result.outcome).toBe('not-assessed');
  });
});
