import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, runCheck } from '../../core/scan.ts';
import type { LogRetention } from '../../collectors/logging/logging.types.ts';
import { LOGROTATE_DEFAULTS } from '../../collectors/logging/parse-logrotate.ts';
import { loggingChecks } from './index.ts';
import { retentionHits, rotationChange } from './logging-facts.ts';

const retention = (over: Partial<LogRetention['rotation'] & object>, days: number): LogRetention => ({
  log: '/var/log/auth.log',
  kind: 'security',
  days,
  atMost: false,
  basis: 'x',
  source: 'logrotate',
  rotation: { ...LOGROTATE_DEFAULTS, criterion: 'weekly', ...over },
  where: { path: '/etc/logrotate.d/rsyslog', line: 1 },
});

describe('rotationChange', () => {
  it.each<[Partial<LogRetention['rotation'] & object>, string, string]>([
    [{ rotate: 4 }, 'weekly', 'rotate 26'],
    [{ criterion: 'daily', rotate: 14 }, 'daily', 'rotate 180'],
    [{ criterion: 'monthly', rotate: 1 }, 'monthly', 'rotate 6'],
    [{ criterion: 'hourly', rotate: 24 }, 'hourly', 'rotate 4320'],
    [{ rotate: 52, maxage: 90 }, 'weekly', 'maxage 180'],
    [{ rotate: 4, maxage: 30 }, 'weekly', 'rotate 26 + maxage 180'],
    [{ rotate: -1, maxage: 60 }, 'weekly', 'maxage 180'],
  ])('%o', (over, period, change) => {
    expect(rotationChange(retention(over, 1))).toEqual({ period, change });
  });
});

describe('retentionHits', () => {
  it('groups logs of one block with one figure, ignores other kinds, null days and 180 or more', () => {
    const section = {
      retention: [
        retention({ rotate: 4 }, 28),
        { ...retention({ rotate: 4 }, 28), log: '/var/log/secure' },
        { ...retention({ rotate: 4 }, 28), log: '/var/log/syslog', kind: 'system' as const },
        { ...retention({ rotate: 26 }, 182), log: '/var/log/ok' },
        { ...retention({}, 0), log: '/var/log/never', days: null, basis: 'not rotated' },
      ],
    } as unknown as Parameters<typeof retentionHits>[0];
    const hits = retentionHits(section, 'security');
    expect(hits).toEqual([
      {
        messageId: 'tooShort',
        data: {
          logs: '/var/log/auth.log, /var/log/secure',
          days: 28,
          basis: 'x',
          required: 180,
          config: '/etc/logrotate.d/rsyslog',
          period: 'weekly',
          change: 'rotate 26',
        },
        where: [{ path: '/etc/logrotate.d/rsyslog', line: 1 }],
      },
    ]);
  });
});

describe('logging checks on unreadable configuration', () => {
  it('binary garbage in logrotate.conf leaves every logging check not assessed or failed, never passed', async () => {
    const root = path.join(import.meta.dirname, '../../collectors/logging/fixtures/binary-logrotate/root');
    const bundle = await collect({ root, sections: ['logging'] });
    expect(bundle.gaps.map((g) => g.reason)).toEqual(['binary']);
    for (const check of loggingChecks) {
      expect(runCheck(check, bundle).result.outcome, check.id).not.toBe('pass');
    }
    const security = loggingChecks.find((c) => c.id === 'log-security-retention-too-short')!;
    expect(runCheck(security, bundle).result).toMatchObject({
      outcome: 'not-assessed',
      reason: '/etc/logrotate.conf: binary',
    });
  });
});
