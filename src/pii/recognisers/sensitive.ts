/**
 * Which kinds are sensitive personal information (PIPL Art. 28; catalogue §3 and §7), and minors.
 *
 * The statutory list (biometrics, religious belief, specific identity, medical health, financial
 * accounts, whereabouts, children under 14) is V-TEXT. Whether a national ID number — and by the same
 * reasoning a passport or travel-permit number — is sensitive is not stated in the PIPL; the catalogue
 * marks it UNVERIFIED (standards are commonly cited as treating it as sensitive). That status is
 * modelled, never asserted: such kinds get `status: 'UNVERIFIED'` and no group.
 */
import type { PiiKind, SensitiveGroup } from '../types.ts';

export type Sensitivity =
  | { status: 'V-TEXT'; group: SensitiveGroup }
  | { status: 'UNVERIFIED'; group?: undefined; note: { zh: string; en: string } };

const IDENTITY_DOCUMENT_NOTE = {
  zh: '个人信息保护法未明确证件号码是否属于敏感个人信息；国家标准常被引用为将其视为敏感信息（未核实）',
  en: 'The PIPL does not say whether identity-document numbers are sensitive; national standards are commonly cited as treating them so (unverified)',
};

/** Kind → sensitivity, as data. Kinds not listed are personal information but not sensitive. */
export const SENSITIVITY: Readonly<Partial<Record<PiiKind, Sensitivity>>> = {
  'bank-card': { status: 'V-TEXT', group: 'financial-account' },
  whereabouts: { status: 'V-TEXT', group: 'whereabouts' },
  health: { status: 'V-TEXT', group: 'health' },
  biometric: { status: 'V-TEXT', group: 'biometric' },
  religion: { status: 'V-TEXT', group: 'religion' },
  'cn-id': { status: 'UNVERIFIED', note: IDENTITY_DOCUMENT_NOTE },
  passport: { status: 'UNVERIFIED', note: IDENTITY_DOCUMENT_NOTE },
  'hk-macau-permit': { status: 'UNVERIFIED', note: IDENTITY_DOCUMENT_NOTE },
  'taiwan-permit': { status: 'UNVERIFIED', note: IDENTITY_DOCUMENT_NOTE },
};

export function sensitivityOf(kind: PiiKind): Sensitivity | undefined {
  return SENSITIVITY[kind];
}

/** The Art. 28 group of a kind when the catalogue verifies it as sensitive (V-TEXT); never for ID numbers. */
export function sensitiveGroup(kind: PiiKind): SensitiveGroup | undefined {
  const s = SENSITIVITY[kind];
  return s?.status === 'V-TEXT' ? s.group : undefined;
}

/** The age below which any data of the person is sensitive (PIPL Art. 28: 不满十四周岁). */
export const MINOR_AGE = 14;

/**
 * Is a person born on `birthDate` (YYYY-MM-DD) under 14 on `now`'s date (UTC)? A person turns 14 on
 * their 14th birthday (a 29 February birthday: on 1 March of a common year). Unparseable dates: false.
 */
export function isMinor(birthDate: string, now: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (m === null) return false;
  const today = now.toISOString().slice(0, 10);
  if (birthDate > today) return false;
  const fourteenth = `${String(Number(m[1]) + MINOR_AGE)}-${m[2]!}-${m[3]!}`;
  return today < fourteenth;
}
