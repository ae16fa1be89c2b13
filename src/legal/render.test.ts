import { describe, expect, it } from 'vitest';
import { findProvision } from './provisions.ts';
import {
  REPORTED_MARKER,
  UNVERIFIED_MARKER,
  articleLabel,
  citation,
  legalForFinding,
  legalStatement,
  liabilityLabel,
  numberingAt,
  penaltiesOn,
  penaltyText,
  renderProvision,
  toChineseNumeral,
} from './render.ts';
import type { Provision } from './types.ts';

function provision(id: string): Provision {
  const p = findProvision(id);
  if (!p) throw new Error(`missing ${id}`);
  return p;
}

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [23, '二十三'],
    [59, '五十九'],
    [61, '六十一'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [217, '二百一十七'],
    [253, '二百五十三'],
    [285, '二百八十五'],
    [303, '三百零三'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2024, '二千零二十四'],
  ])('%i → %s', (n, expected) => {
    expect(toChineseNumeral(n)).toBe(expected);
  });

  it.each([0, -1, 1.5, 10000, Number.NaN])('refuses %s', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});

describe('articleLabel', () => {
  it.each([
    ['23', '第二十三条', 'Art. 23'],
    ['253-1', '第二百五十三条之一', 'Art. 253-1'],
    ['287-2', '第二百八十七条之二', 'Art. 287-2'],
    ['10', '第十条', 'Art. 10'],
  ])('%s', (article, zh, en) => {
    expect(articleLabel(article, 'zh')).toBe(zh);
    expect(articleLabel(article, 'en')).toBe(en);
  });
});

describe('citation', () => {
  const csl23 = provision('csl-23');

  it('prints the 2016 number for a scan before 2026 and no former number', () => {
    expect(citation(csl23, undefined, 'zh', '2025-06-01')).toBe('《网络安全法》第二十一条');
    expect(citation(csl23, '3', 'zh', '2025-06-01')).toBe('《网络安全法》第二十一条第三项');
    expect(citation(csl23, '3', 'en', '2025-06-01')).toBe('Cybersecurity Law Art. 21(3)');
  });

  it('prints the 2026 number with the former one from 2026-01-01', () => {
    expect(citation(csl23, undefined, 'zh', '2026-11-23')).toBe('《网络安全法》第二十三条(原第二十一条)');
    expect(citation(csl23, '3', 'zh', '2026-11-23')).toBe('《网络安全法》第二十三条第三项(原第二十一条)');
    expect(citation(csl23, '3', 'en', '2026-11-23')).toBe('Cybersecurity Law Art. 23(3) (formerly Art. 21)');
  });

  it('switches exactly at midnight of 2026-01-01 and accepts full timestamps', () => {
    expect(citation(csl23, undefined, 'zh', '2025-12-31')).toBe('《网络安全法》第二十一条');
    expect(citation(csl23, undefined, 'zh', '2026-01-01')).toBe('《网络安全法》第二十三条(原第二十一条)');
    expect(citation(csl23, undefined, 'en', '2025-12-31T23:59:59.999Z')).toBe('Cybersecurity Law Art. 21');
    expect(citation(csl23, undefined, 'en', '2026-11-23T10:00:00.000Z')).toBe(
      'Cybersecurity Law Art. 23 (formerly Art. 21)',
    );
  });

  it('renders Criminal Law paragraphs as 款 and 之一 articles', () => {
    expect(citation(provision('cl-285'), '2', 'zh', '2026-11-23')).toBe('《刑法》第二百八十五条第二款');
    expect(citation(provision('cl-285'), '2', 'en', '2026-11-23')).toBe('Criminal Law Art. 285 para. 2');
    expect(citation(provision('cl-253-1'), undefined, 'zh', '2026-11-23')).toBe('《刑法》第二百五十三条之一');
    expect(citation(provision('cl-286-1'), '4', 'zh', '2026-11-23')).toBe('《刑法》第二百八十六条之一第四项');
    expect(citation(provision('cl-285'), '2.3', 'zh', '2026-11-23')).toBe(
      '《刑法》第二百八十五条第二款第三项',
    );
    expect(citation(provision('cl-285'), '2.3', 'en', '2026-11-23')).toBe('Criminal Law Art. 285 para. 2(3)');
  });

  it('renders a notice without articles by its document number', () => {
    const mining = provision('mining2021');
    expect(citation(mining, undefined, 'zh', '2026-11-23')).toBe(
      '《关于整治虚拟货币“挖矿”活动的通知》(发改运行〔2021〕1283号)',
    );
    expect(citation(mining, undefined, 'en', '2026-11-23')).toContain('(Fagai Yunxing [2021] No. 1283)');
  });

  it('says when a provision was not yet in force on the scan date', () => {
    expect(citation(provision('irm-4'), undefined, 'zh', '2025-06-01')).toBe(
      '《国家网络安全事件报告管理办法》第四条(自2025-11-01起施行)',
    );
    expect(citation(provision('irm-4'), undefined, 'en', '2025-11-01')).toBe(
      'Cybersecurity Incident Reporting Measures Art. 4',
    );
  });

  it('uses the oldest number before the first one started and the newest after all ended', () => {
    const p: Provision = {
      ...csl23,
      numbering: [
        { article: '30', from: '2030-01-01' },
        { article: '23', from: '2026-01-01', until: '2029-12-31' },
        { article: '21', from: '2017-06-01', until: '2025-12-31' },
      ],
    };
    expect(numberingAt(p, '2010-01-01').current?.article).toBe('21');
    expect(citation(p, undefined, 'en', '2031-01-01')).toBe(
      'Cybersecurity Law Art. 30 (formerly Art. 23, Art. 21)',
    );
    expect(citation(p, undefined, 'en', '2027-01-01')).toBe('Cybersecurity Law Art. 23 (formerly Art. 21)');
  });
});

describe('legalForFinding', () => {
  it('returns the provision, clause, liability, citation, party, statement, holders and penalties for the scan date', () => {
    expect(legalForFinding({ provision: 'csl-23', clause: '3' }, 'zh', '2026-11-23')).toEqual({
      provision: 'csl-23',
      clause: '3',
      liability: ['administrative'],
      citation: '《网络安全法》第二十三条第三项(原第二十一条)',
      party: 'operator',
      statement: '《网络安全法》第二十三条第三项(原第二十一条)：行政责任',
      holders: ['网络运营者'],
      // conduct on 2026-11-23: the 2026 tiers only, each as its status allows
      penalties: [
        expect.stringMatching(/^\[2026-01-01 起的行为\] 第六十一条第一款：责令改正/),
        expect.stringMatching(/^据公开解读，\[2026-01-01 起的行为\] 第六十一条\(加重情形\)：/),
        expect.stringMatching(/^据公开解读，\[2026-01-01 起的行为\] 第六十一条\(特别严重情形\)：/),
        `[2026-01-01 起的行为] 第六十一条加重档次对非关键信息基础设施运营者的适用：${UNVERIFIED_MARKER.zh}`,
      ],
    });
    expect(
      legalForFinding({ provision: 'cl-285', clause: '2', party: 'intruder' }, 'en', '2026-11-23'),
    ).toEqual({
      provision: 'cl-285',
      clause: '2',
      liability: ['criminal'],
      citation: 'Criminal Law Art. 285 para. 2',
      party: 'intruder',
      statement:
        "If someone broke in to do this, the intruder's conduct may meet the threshold of Criminal Law Art. 285 para. 2 (for a court to decide)",
      holders: ['the intruder'],
      penalties: provision('cl-285').penalties.map((p) => penaltyText(p, 'en')),
    });
    expect(legalForFinding({ provision: 'pipl-69' }, 'en', '2026-11-23')).toEqual({
      provision: 'pipl-69',
      liability: ['civil'],
      citation: 'Personal Information Protection Law Art. 69',
      party: 'operator',
      statement: 'Personal Information Protection Law Art. 69: civil',
      holders: ['personal information handlers'],
      penalties: [expect.stringMatching(/^Art\. 69: /)],
    });
  });

  it('lists the penalties for conduct on the scan date, the 2016 figures before 2026', () => {
    const before = legalForFinding({ provision: 'csl-23', clause: '2' }, 'en', '2025-06-01');
    expect(before.citation).toBe('Cybersecurity Law Art. 21(2)');
    expect(before.penalties).toEqual([
      expect.stringMatching(/^\[conduct up to 2025-12-31\] 2016 text Art\. 59 para\. 1: /),
    ]);
    const after = legalForFinding({ provision: 'csl-23', clause: '2' }, 'en', '2026-11-23');
    expect(after.penalties).toHaveLength(4);
    for (const line of after.penalties) expect(line).not.toContain('2016 text');
  });

  it('keeps the operator the default party, and gives an intruder citation no duty holders of its own', () => {
    expect(legalForFinding({ provision: 'csl-61' }, 'zh', '2026-11-23')).toMatchObject({
      party: 'operator',
      holders: ['网络运营者', '关键信息基础设施运营者'],
    });
    const intruder = legalForFinding(
      { provision: 'cl-286', clause: '2', party: 'intruder' },
      'zh',
      '2026-11-23',
    );
    expect(intruder.party).toBe('intruder');
    expect(intruder.holders).toEqual(['入侵者']);
    expect(intruder.statement).toBe(
      '如系他人入侵所为，入侵者的行为可能达到《刑法》第二百八十六条第二款规定的入罪标准(由司法机关认定)',
    );
  });

  it('narrows liability to the cited clause when the catalogue says so', () => {
    expect(legalForFinding({ provision: 'dsl-45', clause: '1' }, 'zh', '2026-11-23').liability).toEqual([
      'administrative',
    ]);
    expect(legalForFinding({ provision: 'dsl-45', clause: '2' }, 'zh', '2026-11-23').liability).toEqual([
      'administrative',
      'criminal',
    ]);
    expect(legalForFinding({ provision: 'dsl-45' }, 'zh', '2026-11-23').liability).toEqual([
      'administrative',
      'criminal',
    ]);
  });

  it('does not hand out the catalogue array itself', () => {
    const legal = legalForFinding({ provision: 'csl-29' }, 'zh', '2026-11-23');
    legal.liability.push('civil');
    expect(provision('csl-29').liability).toEqual(['administrative', 'criminal']);
  });

  it('marks an id that is not in the catalogue instead of crashing a scan', () => {
    expect(legalForFinding({ provision: 'csl-999' }, 'en', '2026-11-23')).toEqual({
      provision: 'csl-999',
      liability: [],
      citation: 'csl-999 (not in the catalogue)',
      party: 'operator',
      statement: 'csl-999 (not in the catalogue)',
      holders: [],
      penalties: [],
    });
    expect(legalForFinding({ provision: 'cl-999', party: 'intruder' }, 'zh', '2026-11-23')).toEqual({
      provision: 'cl-999',
      liability: [],
      citation: 'cl-999 (未收录)',
      party: 'intruder',
      statement: 'cl-999 (未收录)',
      holders: [],
      penalties: [],
    });
  });
});

describe('legalStatement', () => {
  const cl285 = { zh: '《刑法》第二百八十五条第二款', en: 'Criminal Law Art. 285 para. 2' };

  it('phrases an intruder citation as conduct that may meet the threshold, for a court to decide', () => {
    expect(legalStatement(cl285.zh, 'intruder', ['criminal'], 'zh')).toBe(
      '如系他人入侵所为，入侵者的行为可能达到《刑法》第二百八十五条第二款规定的入罪标准(由司法机关认定)',
    );
    expect(legalStatement(cl285.en, 'intruder', ['criminal'], 'en')).toBe(
      "If someone broke in to do this, the intruder's conduct may meet the threshold of Criminal Law Art. 285 para. 2 (for a court to decide)",
    );
  });

  it.each(['zh', 'en'] as const)(
    "never puts an intruder citation as the operator's criminal liability (%s)",
    (lang) => {
      const s = legalStatement(cl285[lang], 'intruder', ['criminal'], lang);
      expect(s).not.toContain('刑事责任');
      expect(s).not.toMatch(/criminal liability|: criminal\b|operator|运营者/);
      expect(s).toContain(lang === 'zh' ? '可能达到' : 'may meet the threshold');
      expect(s).toContain(lang === 'zh' ? '入侵者' : 'the intruder');
      // the same citation for the operator does carry the liability label
      expect(legalStatement(cl285[lang], 'operator', ['criminal'], lang)).toContain(
        liabilityLabel('criminal', lang),
      );
    },
  );

  it('writes the zh sentence with ASCII parentheses like the citations', () => {
    const s = legalStatement(cl285.zh, 'intruder', ['criminal'], 'zh');
    expect(s).not.toMatch(/[（）]/);
    expect(s.endsWith('(由司法机关认定)')).toBe(true);
  });

  it("names the operator's liability types after the citation, or the citation alone without any", () => {
    expect(
      legalStatement('《数据安全法》第四十五条第二款', 'operator', ['administrative', 'criminal'], 'zh'),
    ).toBe('《数据安全法》第四十五条第二款：行政责任、如达到入罪标准可能承担刑事责任(由司法机关认定)');
    expect(
      legalStatement('Data Security Law Art. 45 para. 2', 'operator', ['administrative', 'criminal'], 'en'),
    ).toBe(
      'Data Security Law Art. 45 para. 2: administrative, criminal liability if the threshold is met (for a court to decide)',
    );
    expect(legalStatement('x', 'operator', [], 'en')).toBe('x');
  });
});

describe('status rules on a synthetic provision', () => {
  const base = provision('csl-23');
  const p: Provision = {
    ...base,
    penalties: [
      { under: { zh: '甲', en: 'A' }, status: 'V-TEXT', text: { zh: 'TEXT-ZH', en: 'TEXT-EN' } },
      { under: { zh: '乙', en: 'B' }, status: 'V-OFF', text: { zh: 'OFF-ZH', en: 'OFF-EN' } },
      {
        under: { zh: '丙', en: 'C' },
        status: 'V-2ND',
        conduct: { from: '2026-01-01' },
        text: { zh: 'SECOND-ZH', en: 'SECOND-EN' },
      },
      { under: { zh: '丁', en: 'D' }, status: 'UNVERIFIED', text: { zh: 'SENTINEL-ZH', en: 'SENTINEL-EN' } },
    ],
    notes: [
      { status: 'UNVERIFIED', text: { zh: 'NOTE-SENTINEL-ZH', en: 'NOTE-SENTINEL-EN' } },
      { status: 'V-2ND', text: { zh: 'NOTE-SECOND-ZH', en: 'NOTE-SECOND-EN' } },
    ],
  };

  it('prints verified penalties as fact, reported ones with the marker first, unverified ones never', () => {
    expect(penaltyText(p.penalties[0]!, 'zh')).toBe('甲：TEXT-ZH');
    expect(penaltyText(p.penalties[1]!, 'en')).toBe('B: OFF-EN');
    expect(penaltyText(p.penalties[2]!, 'zh')).toBe('据公开解读，[2026-01-01 起的行为] 丙：SECOND-ZH');
    expect(penaltyText(p.penalties[2]!, 'en')).toBe('Reported: [conduct from 2026-01-01] C: SECOND-EN');
    expect(penaltyText(p.penalties[3]!, 'zh')).toBe(`丁：${UNVERIFIED_MARKER.zh}`);
    expect(penaltyText(p.penalties[3]!, 'en')).toBe(`D: ${UNVERIFIED_MARKER.en}`);
  });

  it('lists penalties for conduct on the scan date only, each as its status allows', () => {
    expect(penaltiesOn(p, 'en', '2025-12-31')).toEqual([
      'A: TEXT-EN',
      'B: OFF-EN',
      `D: ${UNVERIFIED_MARKER.en}`,
    ]);
    expect(penaltiesOn(p, 'zh', '2026-01-01')).toEqual([
      '甲：TEXT-ZH',
      '乙：OFF-ZH',
      '据公开解读，[2026-01-01 起的行为] 丙：SECOND-ZH',
      `丁：${UNVERIFIED_MARKER.zh}`,
    ]);
    const until: Provision = {
      ...p,
      penalties: [{ ...p.penalties[0]!, conduct: { until: '2025-12-31' } }, ...p.penalties.slice(1)],
    };
    expect(penaltiesOn(until, 'en', '2025-12-31')[0]).toBe('[conduct up to 2025-12-31] A: TEXT-EN');
    expect(penaltiesOn(until, 'en', '2026-01-01')).not.toContainEqual(expect.stringContaining('TEXT-EN'));
    for (const lang of ['zh', 'en'] as const)
      for (const date of ['2025-06-01', '2026-11-23'])
        expect(penaltiesOn(p, lang, date).join('\n')).not.toContain('SENTINEL');
  });

  it.each(['zh', 'en'] as const)('keeps unverified text out of the whole %s page', (lang) => {
    const page = renderProvision(p, lang, '2026-11-23');
    expect(page).not.toMatch(/SENTINEL/);
    expect(page).toContain(UNVERIFIED_MARKER[lang]);
    expect(page).toContain(`${REPORTED_MARKER[lang]}${lang === 'zh' ? '，' : ' '}NOTE-SECOND`);
  });
});

describe('operator-party criminal citations', () => {
  it('say "may meet the threshold", never that the conduct is a crime', () => {
    const zh = legalStatement('《刑法》第三百零三条第二款', 'operator', ['criminal'], 'zh');
    const en = legalStatement(
      'Criminal Law Art. 303 para. 2',
      'operator',
      ['administrative', 'criminal'],
      'en',
    );
    expect(zh).toBe('《刑法》第三百零三条第二款：如达到入罪标准可能承担刑事责任(由司法机关认定)');
    expect(en).toBe(
      'Criminal Law Art. 303 para. 2: administrative, criminal liability if the threshold is met (for a court to decide)',
    );
    expect(zh).not.toContain('构成犯罪');
  });

  it('keep a penalty that ends on the scan day when given a full timestamp', () => {
    const csl23 = findProvision('csl-23')!;
    expect(penaltiesOn(csl23, 'en', '2025-12-31T23:00:00.000Z')).toEqual(
      penaltiesOn(csl23, 'en', '2025-12-31'),
    );
  });
});
