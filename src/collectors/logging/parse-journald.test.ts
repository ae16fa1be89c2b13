import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journaldFacts, mergeJournald, parseJournaldConf, parseTimespan } from './parse-journald.ts';

const MAIN = '/etc/systemd/journald.conf';
const DROP = '/etc/systemd/journald.conf.d/50-retention.conf';

describe('parseTimespan', () => {
  const day = 86400;
  it.each<[string, number | null]>([
    ['180d', 180 * day],
    ['6month', 6 * 2629800],
    ['6months', 6 * 2629800],
    ['6M', 6 * 2629800],
    ['6m', 360],
    ['1y', 31557600],
    ['2w', 14 * day],
    ['1y 2w', 31557600 + 14 * day],
    ['1y2w', 31557600 + 14 * day],
    ['1.5h', 5400],
    ['3600', 3600],
    ['0', 0],
    ['100ms', 0.1],
    ['infinity', Infinity],
    ['', null],
    ['six months', null],
    ['5 fortnights', null],
    ['d', null],
  ])('%s', (text, seconds) => {
    const got = parseTimespan(text);
    if (seconds === null || !Number.isFinite(seconds)) expect(got).toBe(seconds);
    else expect(got).toBeCloseTo(seconds, 6);
  });
});

describe('parseJournaldConf', () => {
  it('reads only the [Journal] section, skips comments, keeps lines', () => {
    const text =
      '# 日志配置\n[Journal]\n#Storage=auto\nStorage=persistent\n; comment\nMaxRetentionSec=6month\n[Other]\nStorage=volatile\n';
    expect(parseJournaldConf(text, MAIN)).toEqual([
      { key: 'Storage', value: 'persistent', where: { path: MAIN, line: 4 } },
      { key: 'MaxRetentionSec', value: '6month', where: { path: MAIN, line: 6 } },
    ]);
  });
});

describe('mergeJournald + journaldFacts', () => {
  const facts = (files: [string, string][], dir = false) =>
    journaldFacts(mergeJournald(files.map(([t, p]) => parseJournaldConf(t, p))), dir);

  it('Debian default (everything commented out) with /var/log/journal: persistent, bounded by size', () => {
    const f = facts([['[Journal]\n#Storage=auto\n#MaxRetentionSec=\n', MAIN]], true);
    expect(f).toMatchObject({
      storage: 'auto',
      effectiveStorage: 'persistent',
      days: null,
      maxRetentionSec: null,
      where: null,
    });
    expect(f.basis).toContain('bounded by size');
    expect(f.basis).toContain('10% of the file system');
  });

  it('auto without /var/log/journal is volatile', () => {
    expect(facts([['[Journal]\n', MAIN]], false)).toMatchObject({
      storage: 'auto',
      effectiveStorage: 'volatile',
      days: null,
    });
  });

  it('a drop-in overrides the main file, with the line of the drop-in', () => {
    const f = facts(
      [
        ['[Journal]\nStorage=volatile\nMaxRetentionSec=1month\n', MAIN],
        ['[Journal]\nStorage=persistent\nMaxRetentionSec=2week\n', DROP],
      ],
      false,
    );
    expect(f).toMatchObject({
      storage: 'persistent',
      effectiveStorage: 'persistent',
      days: 14,
      where: { path: DROP, line: 2 },
      retentionWhere: { path: DROP, line: 3 },
    });
    expect(f.basis).toBe(
      'MaxRetentionSec=2week; also bounded by size (SystemMaxUse default: 10% of the file system, at most 4G)',
    );
  });

  it('an empty assignment in a later file resets to the default', () => {
    const f = facts(
      [
        ['[Journal]\nMaxRetentionSec=1week\n', MAIN],
        ['[Journal]\nMaxRetentionSec=\n', DROP],
      ],
      true,
    );
    expect(f).toMatchObject({ maxRetentionSec: null, days: null, retentionWhere: null });
  });

  it.each<[string, number | null, number | null]>([
    ['MaxRetentionSec=6month', 182.6, 6 * 2629800],
    ['MaxRetentionSec=180d', 180, 180 * 86400],
    ['MaxRetentionSec=1y', 365.2, 31557600],
    ['MaxRetentionSec=0', null, 0],
    ['MaxRetentionSec=banana', null, null],
  ])('%s', (line, days, seconds) => {
    const f = facts([[`[Journal]\nStorage=persistent\n${line}\nSystemMaxUse=2G\n`, MAIN]]);
    expect(f.days).toBe(days);
    expect(f.maxRetentionSec).toBe(seconds);
    expect(f.systemMaxUse).toBe('2G');
  });

  it('Storage=none keeps nothing', () => {
    expect(facts([['[Journal]\nStorage=none\n', MAIN]], true)).toMatchObject({
      effectiveStorage: 'none',
      days: null,
    });
  });
});

describe('journald parsers (fuzz)', () => {
  it('parseTimespan never throws and is never negative', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.stringMatching(/^[0-9. ]{0,6}[a-zA-Z]{0,6}( [0-9]{1,3}[dwyMmhs])?$/),
        ),
        (t) => {
          const s = parseTimespan(t);
          if (s !== null) expect(s).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parseJournaldConf never throws and journaldFacts always gives a basis', () => {
    const piece = fc.constantFrom(
      '[Journal]',
      '[X]',
      'Storage=persistent',
      'Storage=',
      'MaxRetentionSec=1w',
      'MaxRetentionSec=x',
      '#',
      '\\',
      '=',
      'SystemMaxUse=1G',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(piece, { maxLength: 30 }).map((a) => a.join('\n')),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (t, dir) => {
        const f = journaldFacts(mergeJournald([parseJournaldConf(t, MAIN)]), dir);
        expect(f.basis.length).toBeGreaterThan(0);
        if (f.days !== null) expect(f.effectiveStorage).toBe('persistent');
      }),
      { numRuns: 400 },
    );
  });
});
