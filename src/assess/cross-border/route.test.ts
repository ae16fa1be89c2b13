import { describe, expect, it } from 'vitest';
import { HeguiError } from '../../core/errors.ts';
import { findProvision } from '../../legal/provisions.ts';
import { crossBorderRoute, type CrossBorderInput, type Exemption, type Route } from './route.ts';

const base: CrossBorderInput = {
  personal: 0,
  sensitive: 0,
  importantData: false,
  ciio: false,
  exemptions: [],
};
const SA: Route = 'security-assessment';
const SCC: Route = 'standard-contract-or-certification';
const EX: Route = 'exempt';

/** Every tier boundary of catalogue §5a: just below, at, just above (the catalogue's "≥" is inclusive). */
const TABLE: [string, Partial<CrossBorderInput>, Route, string[]][] = [
  // non-sensitive, 100,000 (Art. 5(4) exempt below; Art. 8 from 100,000)
  ['nothing abroad', {}, EX, []],
  ['1 person, non-sensitive', { personal: 1 }, EX, ['xborder-5#4']],
  ['99,999 non-sensitive', { personal: 99_999 }, EX, ['xborder-5#4']],
  ['100,000 non-sensitive', { personal: 100_000 }, SCC, ['xborder-8', 'pipl-38']],
  ['100,001 non-sensitive', { personal: 100_001 }, SCC, ['xborder-8']],
  // non-sensitive, 1,000,000 (Art. 7(2) from 1,000,000)
  ['999,999 non-sensitive', { personal: 999_999 }, SCC, ['xborder-8']],
  ['1,000,000 non-sensitive', { personal: 1_000_000 }, SA, ['xborder-7#2', 'pipl-40']],
  ['1,000,001 non-sensitive', { personal: 1_000_001 }, SA, ['xborder-7#2']],
  // sensitive: any → Art. 8; 10,000 → Art. 7(2)
  ['1 sensitive', { sensitive: 1 }, SCC, ['xborder-8', 'xborder-5#4']],
  ['1 sensitive beside 99,999 non-sensitive', { personal: 99_999, sensitive: 1 }, SCC, ['xborder-8']],
  ['9,999 sensitive', { sensitive: 9_999 }, SCC, ['xborder-8']],
  ['10,000 sensitive', { sensitive: 10_000 }, SA, ['xborder-7#2']],
  ['10,001 sensitive', { sensitive: 10_001 }, SA, ['xborder-7#2']],
  ['9,999 sensitive and 999,999 non-sensitive', { personal: 999_999, sensitive: 9_999 }, SCC, ['xborder-8']],
  // important data and CII
  ['important data alone', { importantData: true }, SA, ['ndsr-37', 'dsl-46']],
  ['important data beside 10 people', { personal: 10, importantData: true }, SA, ['ndsr-37', 'xborder-5#4']],
  ['CIIO, 1 person', { ciio: true, personal: 1 }, SA, ['xborder-7#1', 'pipl-40', 'csl-39']],
  ['CIIO, 1 sensitive', { ciio: true, sensitive: 1 }, SA, ['xborder-7#1']],
  ['CIIO, nothing abroad', { ciio: true }, EX, []],
  ['CIIO, important data', { ciio: true, importantData: true }, SA, ['ndsr-37', 'xborder-7#1']],
  // exemptions (S-XB2024 Arts. 3, 4, 5(1)–(3), 6)
  ...(['contract', 'hr', 'emergency'] as const).map(
    (e, i): [string, Partial<CrossBorderInput>, Route, string[]] => [
      `${e} exemption over every tier`,
      { personal: 5_000_000, sensitive: 50_000, exemptions: [e] },
      EX,
      [`xborder-5#${i + 1}`],
    ],
  ),
  ['contract exemption, CIIO', { ciio: true, personal: 10, exemptions: ['contract'] }, EX, ['xborder-5#1']],
  ['foreign-origin exemption', { personal: 2_000_000, exemptions: ['foreign-origin'] }, EX, ['xborder-4']],
  ['free-trade zone, PI and important data', { personal: 2_000_000, importantData: true, exemptions: ['ftz'] }, EX, ['xborder-6']],
  ['no-pi business data', { exemptions: ['no-pi'] }, EX, ['xborder-3']],
  // an exemption for the PI does not cover important data
  ['contract exemption with important data', { personal: 10, importantData: true, exemptions: ['contract'] }, SA, ['xborder-5#1', 'ndsr-37']],
  ['foreign-origin with important data', { personal: 10, importantData: true, exemptions: ['foreign-origin'] }, SA, ['ndsr-37']],
]; // prettier-ignore

describe('crossBorderRoute', () => {
  it.each(TABLE)('%s', (_name, partial, route, cited) => {
    const result = crossBorderRoute({ ...base, ...partial });
    expect(result.route).toBe(route);
    const refs = result.reasons
      .flatMap((r) => r.legal)
      .map((l) => l.provision + (l.clause ? `#${l.clause}` : ''));
    for (const c of cited) expect(refs).toContain(c);
    // every cited id exists in the legal catalogue
    for (const l of result.reasons.flatMap((r) => r.legal))
      expect(findProvision(l.provision), l.provision).toBeDefined();
    if (route === EX && (partial.personal ?? 0) + (partial.sensitive ?? 0) === 0)
      expect(result.duties).toEqual([]);
  });

  it('asks for separate consent and a PIA whenever personal information goes abroad, exempt or not', () => {
    for (const input of [
      { personal: 1 },
      { personal: 5, exemptions: ['contract'] as Exemption[] },
      { sensitive: 20_000 },
    ]) {
      const duties = crossBorderRoute({ ...base, ...input }).duties.flatMap((d) =>
        d.legal.map((l) => l.provision),
      );
      expect(duties).toEqual(['pipl-39', 'pipl-55']);
    }
  });

  it('says where the route changes next as the year count grows', () => {
    expect(crossBorderRoute({ ...base, personal: 50_000 }).next).toEqual({ route: SCC, personal: 100_000, sensitive: 1 });
    expect(crossBorderRoute({ ...base, personal: 500_000 }).next).toMatchObject({ route: SA, personal: 1_000_000 });
    expect(crossBorderRoute({ ...base, personal: 2_000_000 }).next).toBeUndefined();
    expect(crossBorderRoute({ ...base, personal: 2_000_000, exemptions: ['hr'] }).next).toBeUndefined();
  }); // prettier-ignore

  it('prints the standard-contract filing deadline only as unverified', () => {
    const notes = crossBorderRoute({ ...base, personal: 200_000 }).notes;
    const filing = notes.find((n) => n.about?.en.includes('filed'));
    expect(filing?.status).toBe('UNVERIFIED');
  });

  it.each([
    ['negative', { personal: -1 }],
    ['fractional', { sensitive: 1.5 }],
    ['not a number', { personal: Number.NaN }],
    ['infinite', { personal: Number.POSITIVE_INFINITY }],
    ['more people than exist', { personal: 9_000_000_000 }],
  ])('refuses a %s volume with a coded error', (_n, partial) => {
    expect(() => crossBorderRoute({ ...base, ...partial })).toThrow(
      expect.objectContaining({ code: 'HEGUI_E_ASSESS_INPUT' }) as HeguiError,
    );
  });

  it('refuses the no-PI exemption next to personal information or important data', () => {
    for (const partial of [{ personal: 3 }, { sensitive: 1 }, { importantData: true }]) {
      expect(() => crossBorderRoute({ ...base, ...partial, exemptions: ['no-pi'] })).toThrow(
        expect.objectContaining({ code: 'HEGUI_E_ASSESS_CONTRADICTION' }) as HeguiError,
      );
    }
  });

  it('refuses an exemption the catalogue does not list', () => {
    expect(() => crossBorderRoute({ ...base, exemptions: ['tourism' as Exemption] })).toThrow(
      /unknown exemption/,
    );
  });
});
