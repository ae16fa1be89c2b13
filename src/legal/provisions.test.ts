import { describe, expect, it } from 'vitest';
import { PROVISIONS, findProvision } from './provisions.ts';
import {
  REPORTED_MARKER,
  UNVERIFIED_MARKER,
  citation,
  factText,
  legalForFinding,
  penaltyText,
  provisionJson,
  renderProvision,
} from './render.ts';
import type { Provision } from './types.ts';

/** The ids checks cite today (the brief every check author works from). */
const REQUIRED = [
  'csl-11', 'csl-23', 'csl-24', 'csl-26', 'csl-27', 'csl-29', 'csl-42', 'csl-44', 'csl-48', 'csl-49', 'csl-61',
  'dsl-27', 'dsl-29', 'dsl-45',
  'pipl-28', 'pipl-51', 'pipl-57', 'pipl-66', 'pipl-69',
  'cl-253-1', 'cl-285', 'cl-286', 'cl-286-1', 'cl-287-1', 'cl-287-2', 'cl-303', 'cl-217', 'cl-225', 'cl-363',
  'ndsr-9', 'ndsr-11',
  'intlsec-5', 'intlsec-10', 'intlsec-20', 'intlsec-21', 'intlreg-6', 'intlreg-14',
  'iism-4', 'iism-14', 'iism-15', 'iism-16',
  'telecom-7', 'telecom-69', 'irm-4', 'cisr-14', 'copyright-53', 'copyright-54', 'mining2021',
]; // prettier-ignore

/** Source keys of shared/law/catalogue.md, "Sources actually read". */
const SOURCE_KEYS = new Set([
  'S-CSL', 'S-CSL25-DEC', 'S-CSL25-SUM', 'S-DSL', 'S-PIPL', 'S-CL', 'S-I2011', 'S-I2017', 'S-I2019', 'S-I2005G',
  'S-IP2025', 'S-XB2024', 'S-PG2022', 'S-CERT2025', 'S-IRM2025', 'S-GRADE2025', 'S-GB20986', 'S-GB43697', 'S-ISP',
  'S-BEIAN', 'S-TEL', 'S-TELCAT', 'S-INTLSEC', 'S-INTLREG', 'S-CISR', 'S-NDSR', 'S-CIIR', 'S-MLPS', 'S-MLPS-DRAFT',
  'S-AUCL', 'S-MINE', 'S-PBOC', 'S-COPY', 'S-OSS', 'S-GAME', 'S-AFZ', 'S-PSAL', 'S-AUDIT', 'S-PIO',
]); // prettier-ignore

const LANGS = ['zh', 'en'] as const;
const DATES = ['2025-06-01', '2026-11-23'];

/** Everything the product can print about a provision, on both sides of the CSL amendment. */
function everythingPrinted(p: Provision, lang: 'zh' | 'en'): string {
  return DATES.flatMap((d) => [
    renderProvision(p, lang, d),
    JSON.stringify(provisionJson(p, lang, d)),
    citation(p, undefined, lang, d),
    ...Object.keys(p.clauses ?? {}).map((c) => citation(p, c, lang, d)),
    // what a finding carries: statement, duty holders and penalty lines, for either party
    ...[undefined, ...Object.keys(p.clauses ?? {})].flatMap((clause) =>
      (['operator', 'intruder'] as const).map((party) =>
        JSON.stringify(legalForFinding({ provision: p.id, ...(clause ? { clause } : {}), party }, lang, d)),
      ),
    ),
  ]).join('\n');
}

const isoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

describe('legal catalogue', () => {
  it('holds every id that checks cite', () => {
    for (const id of REQUIRED) expect(findProvision(id), id).toBeDefined();
  });

  it('has unique ids', () => {
    expect(new Set(PROVISIONS.map((p) => p.id)).size).toBe(PROVISIONS.length);
  });

  it.each(PROVISIONS.map((p) => [p.id, p] as const))(
    '%s: id is <law>-<article in force today> (CONTRACT §4)',
    (id, p) => {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-\d+(-\d+)?)?$/);
      if (p.numbering.length === 0) {
        expect(id).toBe(p.law);
        expect(p.document, 'an instrument without articles is cited by its document number').toBeDefined();
        return;
      }
      const open = p.numbering.filter((n) => n.until === undefined);
      expect(open, 'exactly one number is in force today').toHaveLength(1);
      expect(id).toBe(`${p.law}-${open[0]!.article}`);
      expect(p.numbering[0], 'newest first').toBe(open[0]);
      for (const n of p.numbering) {
        expect(n.article).toMatch(/^\d+(-\d+)?$/);
        if (n.from !== undefined) expect(isoDate(n.from)).toBe(true);
        if (n.until !== undefined) expect(isoDate(n.until)).toBe(true);
      }
      for (let i = 1; i < p.numbering.length; i++) {
        const newer = p.numbering[i - 1]!;
        const older = p.numbering[i]!;
        expect(older.until! < newer.from!, 'periods do not overlap').toBe(true);
      }
    },
  );

  it('renumbers the CSL only within the confirmed +2 shift (old 19…59 → new 21…61, from 2026-01-01)', () => {
    const csl = PROVISIONS.filter((p) => p.law === 'csl');
    expect(csl.length).toBeGreaterThan(0);
    for (const p of csl) {
      expect(p.numbering, p.id).toHaveLength(2);
      const [now, before] = p.numbering;
      expect(now).toEqual({ article: now!.article, from: '2026-01-01' });
      expect(before).toEqual({ article: before!.article, from: '2017-06-01', until: '2025-12-31' });
      const n = Number(now!.article);
      const o = Number(before!.article);
      expect(o <= 59, `${p.id}: numbers after old Art. 59 are not confirmed`).toBe(true);
      expect(n).toBe(o < 3 ? o : o <= 18 ? o + 1 : o + 2);
    }
  });

  it('gives each CSL penalty the period of conduct it applies to, with the 2016 figures for conduct before 2026', () => {
    for (const p of PROVISIONS.filter((q) => q.law === 'csl')) {
      if (p.id === 'csl-11') continue; // a general duty without a penalty of its own
      for (const pen of p.penalties) expect(pen.conduct, `${p.id}: ${pen.under.en}`).toBeDefined();
      const before = p.penalties.filter((pen) => pen.conduct?.until === '2025-12-31');
      expect(before.length, p.id).toBeGreaterThan(0);
      expect(before.every((pen) => pen.status === 'V-TEXT')).toBe(true);
      expect(
        p.penalties.some((pen) => pen.conduct?.from === '2026-01-01'),
        p.id,
      ).toBe(true);
    }
  });

  it('keeps the csl-23 penalty tiers at the catalogue statuses', () => {
    const p = findProvision('csl-23')!;
    const art61 = p.penalties.find((pen) => pen.under.en === 'Art. 61 para. 1')!;
    expect(art61.status).toBe('V-OFF');
    expect(art61.text.zh).toMatch(/1万元至5万元[\s\S]*5万元至50万元[\s\S]*1万元至10万元/);
    const tier200 = p.penalties.find((pen) => pen.text.zh.includes('50万元至200万元'))!;
    expect(tier200.status).toBe('V-2ND');
    const old59 = p.penalties.find((pen) => pen.under.en === '2016 text Art. 59 para. 1')!;
    expect(old59.status).toBe('V-TEXT');
    expect(old59.text.en).toContain('RMB 10,000–100,000');
  });

  it.each(PROVISIONS.map((p) => [p.id, p] as const))('%s: well-formed data', (_id, p) => {
    expect(isoDate(p.effective), 'effective').toBe(true);
    if (p.amended) expect(isoDate(p.amended.adopted) && isoDate(p.amended.effective)).toBe(true);
    expect(SOURCE_KEYS.has(p.source), p.source).toBe(true);
    for (const f of [...p.penalties, ...(p.notes ?? [])])
      if (f.source) expect(SOURCE_KEYS.has(f.source), f.source).toBe(true);
    for (const t of [p.title, p.shortTitle, p.heading, p.summary]) {
      expect(t.zh.length).toBeGreaterThan(0);
      expect(t.en.length).toBeGreaterThan(0);
      expect(t.zh, 'zh text is Chinese').toMatch(/[\u4e00-\u9fff]/);
      expect(t.en, 'en text is not Chinese').not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(p.duties.length).toBeGreaterThan(0);
    expect(p.liability.length).toBeGreaterThan(0);
    for (const key of Object.keys(p.clauses ?? {})) expect(key).toMatch(/^\d+(\.\d+)?$/);
    for (const r of p.related ?? []) {
      expect(findProvision(r), `${p.id} → ${r}`).toBeDefined();
      expect(r).not.toBe(p.id);
    }
    for (const pen of p.penalties) expect(pen.under.zh.length * pen.under.en.length).toBeGreaterThan(0);
    for (const n of p.notes ?? [])
      if (n.status === 'UNVERIFIED') expect(n.about, 'an unverified note names its topic').toBeDefined();
  });

  describe.each(LANGS)('rendered in %s', (lang) => {
    it('never prints an UNVERIFIED fact, for every provision', () => {
      let unverified = 0;
      for (const p of PROVISIONS) {
        const printed = everythingPrinted(p, lang);
        for (const f of [...p.penalties, ...(p.notes ?? [])].filter((x) => x.status === 'UNVERIFIED')) {
          unverified++;
          expect(printed, p.id).not.toContain(f.text.zh);
          expect(printed, p.id).not.toContain(f.text.en);
        }
        for (const pen of p.penalties.filter((x) => x.status === 'UNVERIFIED')) {
          expect(penaltyText(pen, lang).endsWith(UNVERIFIED_MARKER[lang])).toBe(true);
        }
      }
      expect(unverified, 'the catalogue has unverified facts to hide').toBeGreaterThan(5);
    });

    it('always marks V-2ND facts as reported, and only those', () => {
      let reported = 0;
      for (const p of PROVISIONS) {
        const page = renderProvision(p, lang, '2026-11-23');
        for (const pen of p.penalties) {
          const line = penaltyText(pen, lang);
          expect(line.startsWith(REPORTED_MARKER[lang]), `${p.id}: ${pen.under.en}`).toBe(
            pen.status === 'V-2ND',
          );
          expect(page).toContain(`  - ${line} [${pen.status}]`);
          if (pen.status === 'V-2ND') reported++;
        }
        for (const n of p.notes ?? []) {
          expect(factText(n, lang).startsWith(REPORTED_MARKER[lang])).toBe(n.status === 'V-2ND');
        }
      }
      expect(reported).toBeGreaterThan(3);
    });

    it('never states that anyone committed a crime', () => {
      const forbidden =
        lang === 'zh'
          ? /构成犯罪|构成[^，。；]{0,12}罪(?!名)|已经?构成|属于犯罪|是犯罪|系犯罪|犯有|有罪/
          : /\bis a crime\b|\bconstitutes? (a|an|the) (crime|offen[cs]e)\b|\bcommitted (a|an|the) (crime|offen[cs]e)\b|\bguilty\b|\bis criminal\b/i;
      for (const p of PROVISIONS) expect(everythingPrinted(p, lang), p.id).not.toMatch(forbidden);
    });

    it('phrases every Criminal Law provision as conduct that may meet a threshold', () => {
      const hedge = lang === 'zh' ? '可能达到' : 'may meet';
      const criminal = PROVISIONS.filter((p) => p.law === 'cl');
      expect(criminal.length).toBeGreaterThanOrEqual(10);
      for (const p of criminal) {
        expect(p.liability).toEqual(['criminal']);
        expect(p.summary[lang], p.id).toContain(hedge);
        for (const pen of p.penalties.filter((x) => x.status !== 'UNVERIFIED'))
          expect(pen.text[lang], `${p.id}: ${pen.under.en}`).toContain(hedge);
      }
    });

    it('hedges criminal exposure wherever a non-criminal provision mentions it', () => {
      for (const p of PROVISIONS.filter((q) => q.law !== 'cl' && q.liability.includes('criminal'))) {
        const mentions = [p.summary, ...p.penalties.map((x) => x.text)].map((t) => t[lang]);
        const hedged = mentions.some((t) => t.includes(lang === 'zh' ? '可能达到' : 'may meet'));
        expect(hedged, p.id).toBe(true);
      }
    });
  });
});
