/**
 * Which cross-border transfer route applies (catalogue §5a, S-XB2024 Arts. 3–8, S-CERT2025, S-NDSR
 * Art. 37), as a pure function of the volumes and the operator's answers. Rules as data: each route
 * decision names its reason and the provisions behind it; nothing here reads files or the clock.
 *
 * Counting (V-OFF): individuals, cumulated since 1 January of the current year. Tiers as the catalogue
 * words them: security assessment at ≥1,000,000 people's non-sensitive PI or ≥10,000 people's sensitive
 * PI; standard contract or certification at 100,000 – <1,000,000 non-sensitive or 1 – <10,000 sensitive;
 * exempt below 100,000 non-sensitive with no sensitive PI (Art. 5(4), non-CIIOs only).
 */
import { HeguiError } from '../../core/errors.ts';
import type { Fact, LegalRef, Text } from '../../legal/types.ts';

export const ROUTES = ['exempt', 'standard-contract-or-certification', 'security-assessment'] as const;
export type Route = (typeof ROUTES)[number];

/** Exemptions the catalogue verifies (S-XB2024 Arts. 3, 4, 5(1)–(3), 6; V-OFF). */
export const EXEMPTIONS = ['contract', 'hr', 'emergency', 'foreign-origin', 'ftz', 'no-pi'] as const;
export type Exemption = (typeof EXEMPTIONS)[number];

export const EXEMPTION_LABELS: Record<Exemption, Text> = {
  contract: {
    zh: '订立、履行个人作为一方当事人的合同所必需',
    en: 'necessary for a contract to which the individual is a party',
  },
  hr: { zh: '依法实施跨境人力资源管理所必需', en: 'necessary for lawful cross-border HR management' },
  emergency: {
    zh: '紧急情况下保护自然人生命健康和财产安全所必需',
    en: 'necessary in an emergency to protect life, health or property',
  },
  'foreign-origin': {
    zh: '境外收集、境内处理后回传，未引入境内个人信息或重要数据',
    en: 'collected abroad, processed in China and sent back, with no Chinese personal information or important data added',
  },
  ftz: {
    zh: '自由贸易试验区内处理者，出境数据不在该区负面清单内',
    en: 'a handler in a pilot free-trade zone exporting data not on its negative list',
  },
  'no-pi': {
    zh: '贸易、运输、学术合作、跨国生产营销中的数据，不含个人信息和重要数据',
    en: 'trade, transport, academic or multinational business data with no personal information and no important data',
  },
};

/** Tier boundaries, as the catalogue words them (S-XB2024 Arts. 5(4), 7, 8). */
export const TIERS = {
  /** non-sensitive PI: from this many people, the standard contract or certification */
  personalContract: 100_000,
  /** non-sensitive PI: from this many people, a security assessment */
  personalAssessment: 1_000_000,
  /** sensitive PI: from this many people, a security assessment (any fewer: contract or certification) */
  sensitiveAssessment: 10_000,
} as const;

/** No more people exist than this; a larger count is a typo, not a volume. */
export const MAX_PEOPLE = 8_300_000_000;

export interface CrossBorderInput {
  /** Individuals whose non-sensitive personal information went abroad since 1 January of this year. */
  personal: number;
  /** Individuals whose sensitive personal information went abroad since 1 January of this year. */
  sensitive: number;
  importantData: boolean;
  ciio: boolean;
  exemptions: readonly Exemption[];
}

export interface Reason {
  code: string;
  text: Text;
  legal: LegalRef[];
}

export interface CrossBorderResult {
  route: Route;
  /** The route of the personal information alone and of the important data alone (null: none goes abroad). */
  parts: { personalInformation: Route | null; importantData: Route | null };
  reasons: Reason[];
  /** Duties that apply whatever the route (PIPL prerequisites). */
  duties: Reason[];
  notes: Fact[];
  /** Where the route changes next as the year's count grows (absent: already at the top, or exempt by basis). */
  next?: { route: Route; personal?: number; sensitive?: number };
}

const RANK: Record<Route, number> = {
  exempt: 0,
  'standard-contract-or-certification': 1,
  'security-assessment': 2,
};

function stricter(a: Route | null, b: Route | null): Route | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

function checkCount(name: string, n: number): void {
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0) {
    throw new HeguiError(
      'HEGUI_E_ASSESS_INPUT',
      `--${name} must be a whole number of people, 0 or more (got ${String(n)})`,
    );
  }
  if (n > MAX_PEOPLE) {
    throw new HeguiError(
      'HEGUI_E_ASSESS_INPUT',
      `--${name} ${n} is more people than there are; count individuals, not records`,
    );
  }
}

const n = (x: number) => x.toLocaleString('en-US');

function exemptionReason(e: Exemption): Reason {
  const item = { contract: '1', hr: '2', emergency: '3' } as const;
  const legal: LegalRef[] =
    e === 'contract' || e === 'hr' || e === 'emergency'
      ? [{ provision: 'xborder-5', clause: item[e] }]
      : e === 'foreign-origin'
        ? [{ provision: 'xborder-4' }]
        : e === 'ftz'
          ? [{ provision: 'xborder-6' }]
          : [{ provision: 'xborder-3' }];
  return {
    code: `exempt-${e}`,
    text: {
      zh: `豁免：${EXEMPTION_LABELS[e].zh}，免于申报安全评估、订立标准合同和个人信息保护认证。`,
      en: `Exempt: ${EXEMPTION_LABELS[e].en}; no security assessment, standard contract or certification is needed.`,
    },
    legal,
  };
}

/** The route for the volumes and answers; throws HEGUI_E_ASSESS_INPUT / _CONTRADICTION on bad input. */
export function crossBorderRoute(input: CrossBorderInput): CrossBorderResult {
  checkCount('personal', input.personal);
  checkCount('sensitive', input.sensitive);
  const ex = new Set(input.exemptions);
  for (const e of ex)
    if (!(EXEMPTIONS as readonly string[]).includes(e))
      throw new HeguiError('HEGUI_E_ASSESS_INPUT', `unknown exemption "${e}" (${EXEMPTIONS.join(', ')})`);

  const anyPi = input.personal > 0 || input.sensitive > 0;
  if (ex.has('no-pi') && (anyPi || input.importantData)) {
    throw new HeguiError(
      'HEGUI_E_ASSESS_CONTRADICTION',
      'the no-pi exemption covers data with no personal information and no important data, but the volumes or --important-data say otherwise',
    );
  }

  const reasons: Reason[] = [];
  const duties: Reason[] = [];
  const notes: Fact[] = [];
  let pi: Route | null = null;
  let important: Route | null = null;
  let next: CrossBorderResult['next'];

  // ---- personal information
  const piExemptions = [...ex].filter((e) => e !== 'no-pi');
  if (anyPi && piExemptions.length > 0) {
    pi = 'exempt';
    for (const e of piExemptions) reasons.push(exemptionReason(e));
    if (input.sensitive > 0 || input.ciio) {
      reasons.push({
        code: 'exemption-covers-only-its-basis',
        text: {
          zh: '该豁免只覆盖符合其条件的数据；不符合条件的个人信息(包括敏感个人信息)仍按数量适用评估、标准合同或认证。',
          en: 'The exemption covers only the transfers that meet its conditions; any other personal information (sensitive included) still follows the volume tiers.',
        },
        legal: [],
      });
    }
  } else if (anyPi && input.ciio) {
    pi = 'security-assessment';
    reasons.push({
      code: 'ciio',
      text: {
        zh: '关键信息基础设施运营者向境外提供个人信息，无论数量多少，均须申报数据出境安全评估。',
        en: 'A critical information infrastructure operator sending any personal information abroad needs a security assessment, whatever the number of people.',
      },
      legal: [{ provision: 'xborder-7', clause: '1' }, { provision: 'pipl-40' }, { provision: 'csl-39' }],
    });
  } else if (anyPi) {
    const overSensitive = input.sensitive >= TIERS.sensitiveAssessment;
    const overPersonal = input.personal >= TIERS.personalAssessment;
    if (overSensitive || overPersonal) {
      pi = 'security-assessment';
      if (overPersonal)
        reasons.push({
          code: 'personal-1m',
          text: {
            zh: `自当年1月1日起累计向境外提供${n(input.personal)}人的个人信息(不含敏感个人信息)，达到100万人以上，须申报安全评估。`,
            en: `${n(input.personal)} people's personal information (not sensitive) sent abroad since 1 January this year: 1,000,000 or more, so a security assessment is needed.`,
          },
          legal: [{ provision: 'xborder-7', clause: '2' }, { provision: 'pipl-40' }],
        });
      if (overSensitive)
        reasons.push({
          code: 'sensitive-10k',
          text: {
            zh: `自当年1月1日起累计向境外提供${n(input.sensitive)}人的敏感个人信息，达到1万人以上，须申报安全评估。`,
            en: `${n(input.sensitive)} people's sensitive personal information sent abroad since 1 January this year: 10,000 or more, so a security assessment is needed.`,
          },
          legal: [{ provision: 'xborder-7', clause: '2' }, { provision: 'pipl-40' }],
        });
    } else if (input.sensitive > 0 || input.personal >= TIERS.personalContract) {
      pi = 'standard-contract-or-certification';
      if (input.personal >= TIERS.personalContract)
        reasons.push({
          code: 'personal-100k',
          text: {
            zh: `自当年1月1日起累计向境外提供${n(input.personal)}人的个人信息(不含敏感个人信息)，在10万人以上、不满100万人之间，须订立个人信息出境标准合同或通过个人信息保护认证。`,
            en: `${n(input.personal)} people's personal information (not sensitive) sent abroad since 1 January this year: from 100,000 to under 1,000,000, so the standard contract or personal-information protection certification is needed.`,
          },
          legal: [{ provision: 'xborder-8' }, { provision: 'pipl-38' }],
        });
      if (input.sensitive > 0)
        reasons.push({
          code: 'sensitive-under-10k',
          text: {
            zh: `自当年1月1日起累计向境外提供${n(input.sensitive)}人的敏感个人信息，不满1万人；不满10万人的豁免不适用于敏感个人信息，须订立标准合同或通过认证。`,
            en: `${n(input.sensitive)} people's sensitive personal information sent abroad since 1 January this year: under 10,000. The under-100,000 exemption does not cover sensitive data, so the standard contract or certification is needed.`,
          },
          legal: [
            { provision: 'xborder-8' },
            { provision: 'xborder-5', clause: '4' },
            { provision: 'pipl-38' },
          ],
        });
      next = {
        route: 'security-assessment',
        personal: TIERS.personalAssessment,
        sensitive: TIERS.sensitiveAssessment,
      };
      notes.push(
        {
          status: 'V-OFF',
          source: 'S-CERT2025',
          text: {
            zh: '认证路径仅适用于非关键信息基础设施运营者、且不涉及重要数据的处理者；不得拆分数量规避安全评估；认证证书有效期3年。',
            en: 'Certification is open only to handlers that are not CIIOs and export no important data; splitting volumes to avoid an assessment is prohibited; a certificate is valid for 3 years.',
          },
        },
        {
          status: 'UNVERIFIED',
          about: { zh: '标准合同的备案机关和期限', en: 'where and by when the standard contract is filed' },
          text: { zh: '标准合同备案期限未确认。', en: 'The filing deadline was not confirmed.' },
        },
      );
    } else {
      pi = 'exempt';
      reasons.push({
        code: 'personal-under-100k',
        text: {
          zh: `自当年1月1日起累计向境外提供${n(input.personal)}人的个人信息(不含敏感个人信息)，不满10万人，且不涉及敏感个人信息：免于申报安全评估、订立标准合同和认证。`,
          en: `${n(input.personal)} people's personal information (not sensitive) sent abroad since 1 January this year: under 100,000 and no sensitive data, so no assessment, standard contract or certification is needed.`,
        },
        legal: [{ provision: 'xborder-5', clause: '4' }],
      });
      next = { route: 'standard-contract-or-certification', personal: TIERS.personalContract, sensitive: 1 };
    }
  }
  if (anyPi) {
    duties.push({
      code: 'pipl-notice-consent',
      text: {
        zh: '无论走哪条路径，出境前都须告知个人境外接收方等事项并取得单独同意。',
        en: 'Whatever the route, tell the individuals about the foreign recipient and the transfer and get their separate consent first.',
      },
      legal: [{ provision: 'pipl-39' }],
    });
    duties.push({
      code: 'pipl-pia',
      text: {
        zh: '向境外提供个人信息前须进行个人信息保护影响评估并记录。',
        en: 'Carry out and record a personal-information impact assessment before the transfer.',
      },
      legal: [{ provision: 'pipl-55', clause: '4' }],
    });
  }

  // ---- important data
  if (input.importantData) {
    if (ex.has('ftz')) {
      important = 'exempt';
      if (!reasons.some((r) => r.code === 'exempt-ftz')) reasons.push(exemptionReason('ftz'));
    } else {
      important = 'security-assessment';
      reasons.push({
        code: 'important-data',
        text: {
          zh: '向境外提供重要数据(有关部门已告知或公开发布为重要数据的数据)须申报数据出境安全评估；本条不设数量门槛。',
          en: 'Sending important data abroad (data the authorities have notified or published as important) needs a security assessment, whatever the volume.',
        },
        legal: [
          { provision: 'ndsr-37' },
          ...(input.ciio ? [{ provision: 'xborder-7', clause: '1' }, { provision: 'csl-39' }] : []),
          { provision: 'dsl-46' },
        ],
      });
    }
  }

  // ---- nothing regulated
  let route = stricter(pi, important);
  if (route === null) {
    route = 'exempt';
    reasons.push(
      ex.has('no-pi')
        ? exemptionReason('no-pi')
        : {
            code: 'nothing-regulated',
            text: {
              zh: '没有个人信息或重要数据出境：数据出境安全评估、标准合同和认证均不涉及。',
              en: 'No personal information and no important data go abroad: none of the assessment, standard contract or certification applies.',
            },
            legal: [],
          },
    );
  }
  if (route === 'security-assessment') {
    next = undefined;
    notes.push({
      status: 'V-OFF',
      source: 'S-XB2024',
      text: {
        zh: '安全评估结果有效期3年，自结果出具之日起算；可在期满前60个工作日内申请延期。',
        en: 'An assessment result is valid for 3 years from its date; an extension may be requested within 60 working days before it expires.',
      },
    });
  }
  if (pi === 'exempt' && piExemptions.length > 0) next = undefined;
  notes.push({
    status: 'V-OFF',
    source: 'S-XB2024',
    text: {
      zh: '人数按自然人计，自当年1月1日起累计；2022年的评估办法按上年1月1日起计算，两者不一致的以2024年规定为准。',
      en: 'Counts are of individuals, cumulated since 1 January of the current year; the 2022 Measures counted from 1 January of the previous year, and the 2024 Provisions prevail where they differ.',
    },
  });

  return {
    route,
    parts: { personalInformation: pi, importantData: important },
    reasons,
    duties,
    notes,
    ...(next ? { next } : {}),
  };
}
