import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedEval } from '../../../test/shared-eval.ts';
import { findAll, RECOGNISERS } from './index.ts';
import { breakLast, makeUscc, USCC_ALPHABET } from './synthetic.ts';
import { compactUscc, orgCodeCheckChar, parseUscc, usccCheckChar } from './uscc.ts';

const uscc = RECOGNISERS.find((r) => r.kind === 'uscc')!;
const validate = (v: string): boolean => uscc.validate(v);

describe('uscc validation (GB 32100)', () => {
  const valid = [
    makeUscc('91', '110105', 'MA01ABCD'),
    makeUscc('92', '440300', 'L1234567'),
    makeUscc('12', '310000', '42500001'),
    makeUscc('52', '320100', '50000123'),
    makeUscc('Y1', '510100', 'MA6CXYZ1'.replace('Z', 'Q')),
    makeUscc('N2', '330102', 'MA2H1234'),
  ];
  it.each(valid)('accepts %s', (code) => {
    expect(parseUscc(code)).toEqual({ orgCheckOk: true, individual: code.startsWith('92') });
    expect(validate(code.toLowerCase())).toBe(true);
  });

  it('the organisation-code check (GB 11714) is reported, not required', () => {
    const org = 'MA01ABCD';
    const wrongOrg = org + (orgCodeCheckChar(org) === '0' ? '1' : '0');
    const first17 = `91110105${wrongOrg}`;
    expect(parseUscc(first17 + usccCheckChar(first17))).toEqual({ orgCheckOk: false, individual: false });
  });

  const invalid = [
    ['wrong check character', breakLast(valid[0]!, USCC_ALPHABET)],
    ['unknown authority B', `B1${valid[0]!.slice(2)}`],
    [
      'type 4 under 工商 (9)',
      (() => {
        const b = `94110105MA01ABCD${orgCodeCheckChar('MA01ABCD')}`;
        return b + usccCheckChar(b);
      })(),
    ],
    [
      'letter in the region code',
      (() => {
        const b = `9111A105MA01ABCD${orgCodeCheckChar('MA01ABCD')}`;
        return b + usccCheckChar(b);
      })(),
    ],
    ['I, O, Z, S, V are not in the alphabet', '9111000060003IOZSV'],
    ['17 characters', valid[0]!.slice(1)],
    ...['000000', '983119', '200105', '990000'].map(
      (region) =>
        [
          `region ${region}: no such province`,
          (() => {
            const b = `91${region}MA01ABCD${orgCodeCheckChar('MA01ABCD')}`;
            return b + usccCheckChar(b);
          })(),
        ] as const,
    ),
  ] as const;
  it('accepts province-level (110000) and central (100000) registrations', () => {
    for (const region of ['110000', '100000', '440300']) {
      const b = `11${region}00001234${orgCodeCheckChar('00001234')}`;
      expect(parseUscc(b + usccCheckChar(b)), region).toBeDefined();
    }
  });

  it.each(invalid)('rejects %s', (_why, code) => {
    expect(parseUscc(code)).toBeUndefined();
    expect(findAll(`统一社会信用代码：${code}`)).toEqual([]);
  });

  it('compacts spaces and hyphens', () => {
    expect(compactUscc(' 91 110000-600037341l ')).toBe('91110000600037341L');
  });

  it('in text, written in groups', () => {
    const code = valid[0]!;
    const grouped = `${code.slice(0, 2)} ${code.slice(2, 8)} ${code.slice(8)}`;
    expect(findAll(`代码 ${grouped} 有效`).map((m) => m.value)).toEqual([grouped]);
    expect(findAll(`代码 ${breakLast(grouped, USCC_ALPHABET)}`)).toEqual([]);
    expect(findAll(`代码 ${grouped}0`)).toEqual([]);
  });

  it('in text: labelled, in JSON, not inside a longer run', () => {
    const code = valid[0]!;
    expect(findAll(`{"credit_code":"${code}"}`).map((m) => m.value)).toEqual([code]);
    expect(findAll(`X${code}`)).toEqual([]);
  });
});

/**
 * Done-means of issue 4: every valid code in shared/eval/stdnum (python-stdnum's doctest) is found and
 * validated, none of its invalid ones. Read in place, never copied into the repository.
 */
describe('shared/eval/stdnum: test_cn_uscc.doctest', () => {
  const text = readFileSync(sharedEval('stdnum', 'test_cn_uscc.doctest'), 'utf8');
  const lines = text.split('\n');
  const valid: string[] = [];
  const invalid: string[] = [];
  lines.forEach((line, i) => {
    const call = /^>>> uscc\.validate\('([^']*)'\)$/.exec(line);
    if (call !== null) (lines[i + 1]!.startsWith('Traceback') ? invalid : valid).push(call[1]!);
    const listed = /^\.\.\. ([0-9A-Z]{6,})$/.exec(line);
    if (listed !== null) valid.push(listed[1]!);
  });

  it('finds and validates every valid code, none of the invalid ones', () => {
    const document = valid.map((c, i) => (i % 2 ? `社会信用代码:${c}` : `{"uscc": "${c}"}`)).join('\n');
    const found = findAll(document).filter((m) => m.kind === 'uscc');
    const validated = valid.filter((c) => validate(c));
    const invalidFound = findAll(invalid.map((c) => `信用代码 ${c}`).join('\n'));
    const invalidValidated = invalid.filter((c) => validate(c));
    console.log(
      `stdnum uscc: ${String(valid.length)} valid: ` +
        `${String(validated.length)} validated, ${String(found.length)} found in text; ` +
        `${String(invalid.length)} invalid: ${String(invalidValidated.length)} validated, ${String(invalidFound.length)} found`,
    );
    expect(valid.length).toBeGreaterThanOrEqual(200);
    expect(invalid.length).toBeGreaterThanOrEqual(4);
    expect(validated).toEqual(valid);
    expect(found.map((m) => m.value)).toEqual(valid);
    expect(invalidValidated).toEqual([]);
    expect(invalidFound).toEqual([]);
  });
});
