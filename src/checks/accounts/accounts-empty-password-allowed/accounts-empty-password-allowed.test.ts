import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, runCheck } from '../../../core/scan.ts';
import { checkTester } from '../../check-tester.ts';
import check from './accounts-empty-password-allowed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-empty-shadow': ['emptyShadow'],
    'fail-two-accounts': ['emptyShadow', 'emptyShadow'],
  },
});

describe('accounts-empty-password-allowed on damaged evidence', () => {
  it('names the account, its shell (empty field = /bin/sh) and both lines', async () => {
    const bundle = await collect({
      root: path.join(import.meta.dirname, 'fixtures', 'fail-two-accounts', 'root'),
      sections: check.needs,
    });
    expect(runCheck(check, bundle).hits).toEqual([
      {
        messageId: 'emptyShadow',
        data: { name: 'test', uid: 1001, shell: '/bin/sh' },
        where: [
          { path: '/etc/shadow', line: 4 },
          { path: '/etc/passwd', line: 4 },
        ],
      },
      {
        messageId: 'emptyShadow',
        data: { name: 'kiosk', uid: 1002, shell: '/usr/bin/zsh' },
        where: [
          { path: '/etc/shadow', line: 5 },
          { path: '/etc/passwd', line: 5 },
        ],
      },
    ]);
  });

  it('is not assessed (and does not crash) when /etc/shadow is binary garbage', async () => {
    const bundle = await collect({
      root: path.join(import.meta.dirname, 'fixtures', 'gap-binary-shadow', 'root'),
      sections: check.needs,
    });
    expect(bundle.gaps.map((g) => [g.path, g.reason])).toEqual([['/etc/shadow', 'binary']]);
    const { result, hits } = runCheck(check, bundle);
    expect(hits).toEqual([]);
    expect(result.outcome).toBe('not-assessed');
  });
});
