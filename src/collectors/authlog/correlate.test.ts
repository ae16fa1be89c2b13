import { describe, expect, it } from 'vitest';
import type { AuthEventClass } from './authlog.types.ts';
import { createCorrelator, type CorrelationInput } from './correlate.ts';

const T0 = 1_780_000_000;

function ev(
  cls: AuthEventClass,
  dt: number,
  ip?: string,
  extra: Partial<CorrelationInput> = {},
): CorrelationInput {
  return {
    class: cls,
    program: 'sshd',
    epoch: T0 + dt,
    time: new Date((T0 + dt) * 1000).toISOString(),
    ...(ip === undefined ? {} : { ip }),
    where: { path: '/var/log/auth.log', line: dt + 1 },
    ...extra,
  };
}

function run(events: CorrelationInput[]) {
  const c = createCorrelator();
  const fired = events.map((e) => c.push(e));
  return { fired, verdicts: c.verdicts() };
}

describe('correlator', () => {
  it('5763 fires on the 8th failed password from one source within 120 s, not on the 7th', () => {
    const seven = Array.from({ length: 7 }, (_, i) => ev('failed-password', i * 10, '198.51.100.4'));
    expect(run(seven).verdicts).toEqual([]);
    const eight = [...seven, ev('failed-password', 70, '198.51.100.4')];
    const { fired, verdicts } = run(eight);
    expect(fired.at(-1)).toEqual(['5763']);
    expect(verdicts).toEqual([
      {
        rule: '5763',
        source: '198.51.100.4',
        firings: 1,
        events: 8,
        first: { time: eight[7]!.time, epoch: T0 + 70, where: { path: '/var/log/auth.log', line: 71 } },
        windowStart: { time: eight[0]!.time, epoch: T0, where: { path: '/var/log/auth.log', line: 1 } },
        last: { time: eight[7]!.time, epoch: T0 + 70, where: { path: '/var/log/auth.log', line: 71 } },
      },
    ]);
  });

  it('counts the window inclusively (120 s apart still counts) and not beyond', () => {
    const inside = Array.from({ length: 8 }, (_, i) => ev('failed-password', i === 7 ? 120 : i, '192.0.2.1'));
    expect(run(inside).verdicts.map((v) => v.rule)).toEqual(['5763']);
    const outside = Array.from({ length: 8 }, (_, i) =>
      ev('failed-password', i === 7 ? 121 : i, '192.0.2.1'),
    );
    expect(run(outside).verdicts).toEqual([]);
  });

  it('keeps the count per source for same-source rules', () => {
    const mixed = Array.from({ length: 8 }, (_, i) =>
      ev('invalid-user', i, i % 2 === 0 ? '192.0.2.1' : '192.0.2.2'),
    );
    expect(run(mixed).verdicts).toEqual([]);
    const one = Array.from({ length: 8 }, (_, i) => ev('invalid-user', i, '192.0.2.1'));
    expect(run(one).verdicts.map((v) => [v.rule, v.source])).toEqual([['5712', '192.0.2.1']]);
  });

  it('5719 counts refused users from any source', () => {
    const mixed = Array.from({ length: 8 }, (_, i) =>
      ev('denied-user', i, i % 2 === 0 ? '192.0.2.1' : '192.0.2.2'),
    );
    const { verdicts } = run(mixed);
    expect(verdicts.map((v) => [v.rule, v.source])).toEqual([['5719', undefined]]);
  });

  it('5720 uses the 360 s default window and counts only other-method failures', () => {
    const slow = Array.from({ length: 8 }, (_, i) => ev('failed-auth-other', i * 50, '192.0.2.9'));
    expect(run(slow).verdicts.map((v) => v.rule)).toEqual(['5720']);
    const tooSlow = Array.from({ length: 8 }, (_, i) => ev('failed-auth-other', i * 52, '192.0.2.9'));
    expect(run(tooSlow).verdicts).toEqual([]);
    const passwords = Array.from({ length: 8 }, (_, i) => ev('failed-password', i * 50, '192.0.2.9'));
    expect(run(passwords).verdicts).toEqual([]);
  });

  it('stays quiet for the ignore period after firing, then fires again', () => {
    const burst = Array.from({ length: 30 }, (_, i) => ev('failed-password', i * 5, '192.0.2.1'));
    const { fired, verdicts } = run(burst);
    const at = fired.flatMap((f, i) => (f.length > 0 ? [i * 5] : []));
    expect(at).toEqual([35, 95]);
    expect(verdicts[0]).toMatchObject({ firings: 2, events: 30, last: { epoch: T0 + 95 } });
  });

  it('ignores events from other programs and events without an address for same-source rules', () => {
    const noIp = Array.from({ length: 8 }, (_, i) => ev('failed-password', i));
    const otherProgram = Array.from({ length: 8 }, (_, i) =>
      ev('failed-password', i, '192.0.2.1', { program: 'vsftpd' }),
    );
    expect(run([...noIp, ...otherProgram]).verdicts).toEqual([]);
  });

  it('2502 and 5404 are one-line verdicts, keyed by source or account', () => {
    const { verdicts } = run([
      ev('auth-failures-repeated', 0, '192.0.2.1', { user: 'root' }),
      ev('auth-failures-repeated', 1, undefined, { user: 'ann' }),
      ev('sudo-incorrect-password-attempts', 2, undefined, { program: 'sudo', user: 'ann' }),
      ev('sudo-incorrect-password-attempts', 3, undefined, { program: 'sudo', user: 'ann' }),
    ]);
    expect(verdicts.map((v) => [v.rule, v.source, v.user, v.firings])).toEqual([
      ['2502', '192.0.2.1', 'root', 1],
      ['2502', undefined, 'ann', 1],
      ['5404', undefined, 'ann', 2],
    ]);
  });

  it('btmp bursts use their own rule', () => {
    const btmp = Array.from({ length: 8 }, (_, i) =>
      ev('failed-password', i, '192.0.2.1', { program: 'btmp' }),
    );
    expect(run(btmp).verdicts.map((v) => v.rule)).toEqual(['btmp']);
  });
});
