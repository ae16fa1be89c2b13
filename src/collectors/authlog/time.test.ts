import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferYear, isoOf, stampToMs, zoneFromName, zoneFromTzif, zoneLabel } from './time.ts';

describe('isoOf', () => {
  it('formats like Date#toISOString for any instant in years 0–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(isoOf(ms, true)).toBe(new Date(ms).toISOString());
        expect(isoOf(ms, false)).toBe(new Date(ms).toISOString().slice(0, -1));
      }),
    );
  });

  it('gives "" for an impossible instant', () => {
    expect(isoOf(Number.NaN, true)).toBe('');
  });
});

describe('zones', () => {
  it('reads a zone from a /etc/localtime link target or /etc/timezone text', () => {
    expect(zoneFromName('../usr/share/zoneinfo/Asia/Shanghai')).toEqual({ iana: 'Asia/Shanghai' });
    expect(zoneFromName('/usr/share/zoneinfo/posix/Europe/Berlin')).toEqual({ iana: 'Europe/Berlin' });
    expect(zoneFromName('Etc/UTC\n')).toEqual({ iana: 'Etc/UTC' });
    expect(zoneFromName('Not/AZone')).toBeNull();
    expect(zoneFromName('../x; rm -rf /')).toBeNull();
  });

  it('reads a fixed zone from a TZif footer, not one with daylight saving', () => {
    const tzif = (footer: string) =>
      Buffer.concat([Buffer.from('TZif2'), Buffer.alloc(40), Buffer.from(`\n${footer}\n`)]);
    expect(zoneFromTzif(tzif('CST-8'))).toEqual({ fixedMinutes: 480 });
    expect(zoneFromTzif(tzif('<+0530>-5:30'))).toEqual({ fixedMinutes: 330 });
    expect(zoneFromTzif(tzif('EST5EDT,M3.2.0,M11.1.0'))).toBeNull();
    expect(zoneFromTzif(Buffer.from('not a zone file\n'))).toBeNull();
    expect(zoneLabel({ fixedMinutes: 330 })).toBe('UTC+05:30');
    expect(zoneLabel({ fixedMinutes: -300 })).toBe('UTC-05:00');
  });

  it('converts across a daylight-saving change', () => {
    const stamp = {
      year: 2026,
      month: 3,
      day: 29,
      hour: 3,
      minute: 30,
      second: 0,
      ms: 0,
      offsetMinutes: null,
    };
    // Europe/Paris moves to UTC+2 at 02:00 on 29 March 2026.
    expect(
      new Date(stampToMs(stamp, { year: 2026, month: 3 }, { iana: 'Europe/Paris' }).ms).toISOString(),
    ).toBe('2026-03-29T01:30:00.000Z');
  });

  it('infers the year from the reference month', () => {
    expect(inferYear(12, { year: 2026, month: 1 })).toBe(2025);
    expect(inferYear(1, { year: 2026, month: 1 })).toBe(2026);
  });
});
