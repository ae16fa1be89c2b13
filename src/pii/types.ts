/**
 * The shared vocabulary of personal-information work (issue 4): recognisers find values, sources
 * feed them text and columns, the inventory counts them. Recognisers are pure and table-tested.
 */

/** Kinds of personal information hegui recognises. */
export const PII_KINDS = [
  'cn-id', // 居民身份证号 (GB 11643, 18 digits, or the legacy 15)
  'uscc', // 统一社会信用代码 (GB 32100) — an organisation's id; personal only for 个体工商户
  'mobile', // 手机号
  'landline', // 固定电话 with area code
  'bank-card', // 银行卡号 (Luhn + BIN)
  'email',
  'passport', // 护照
  'hk-macau-permit', // 港澳居民来往内地通行证 / 往来港澳通行证
  'taiwan-permit', // 台湾居民来往大陆通行证
  'licence-plate', // 车牌
  'ip-address', // only in personal contexts
  'name', // 姓名 — from labels, headers and keys only
  'address', // 地址 / 住址
  'birth-date',
  'health', // 病历, 诊断 …
  'biometric', // 人脸, 指纹 …
  'whereabouts', // 行踪轨迹: GPS tracks, check-ins
  'religion',
  'password', // a person's password (not a service secret)
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** PIPL Art. 28 groups a kind falls in when it is sensitive (catalogue §7). */
export type SensitiveGroup =
  'financial-account' | 'whereabouts' | 'health' | 'biometric' | 'religion' | 'specific-identity' | 'minor'; // any data of a person under 14

export interface PiiMatch {
  kind: PiiKind;
  /** The value as found (unmasked; output layers mask it). */
  value: string;
  /** Offsets in the text the recogniser was given. */
  start: number;
  end: number;
  /** 0..1: validated structure and context words raise it; look-alike context lowers it. */
  confidence: number;
  /** A stable key for counting distinct people (normalised id number or phone), when the kind has one. */
  personKey?: string;
  /** For a cn-id: the birth date it encodes (YYYY-MM-DD), from which minors are derived. */
  birthDate?: string;
}

export interface Recogniser {
  kind: PiiKind;
  /** Find candidates in free text; only validated values are returned. */
  find(text: string): PiiMatch[];
  /** Is this whole value (a column cell, a JSON string) a valid value of the kind? */
  validate(value: string): boolean;
}

/** What a labelled field (CSV header, JSON key, SQL column, `姓名：` label) is about. */
export interface FieldClass {
  kind: PiiKind;
  /** The label that decided it, for the finding's reasons. */
  label: string;
}
