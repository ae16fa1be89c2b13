/**
 * Context words: a label just before a value (身份证号：, "phone":, order_no=) raises or lowers the
 * confidence that the value is what its shape suggests. The nearest label wins.
 */
import type { PiiKind } from '../types.ts';

/** How far before a value labels are looked for, in characters. */
export const CONTEXT_WINDOW = 40;

export const RAISE: Partial<Record<PiiKind, RegExp>> = {
  'cn-id': /身份证|证件号|公民身份|id[ _-]?card|id[ _-]?(?:no|num)|identity|sfz|sfzh|证件/g,
  uscc: /信用代码|社会信用|uscc|credit[ _-]?code|营业执照|税号|纳税人识别号/g,
  mobile: /手机|电话|联系方式|联系人|mobile|phone|tel|cell|contact|sms|短信/g,
  landline: /电话|座机|固话|传真|办公|tel|phone|fax|landline/g,
  'bank-card': /银行卡|卡号|账号|帐号|借记卡|信用卡|开户|(?<!id[ _-]?)card|account|acct|pan/g,
  passport: /护照|passport/g,
  'hk-macau-permit': /港澳|回乡证|通行证|hk|macau|macao|permit/g,
  'taiwan-permit': /台胞|台湾|通行证|mtp|taiwan|permit/g,
  'licence-plate': /车牌|号牌|车辆|plate|vehicle/g,
  email: /邮箱|邮件|mail/g,
  'ip-address': /ip|addr/g,
};

/**
 * Labels of identifiers that are not about a person: order numbers, tracking ids, timestamps, devices.
 * English words must start a word (border, shanghai are not labels); short ones must also end one; words
 * that are also table names (t_order, products) count only as an id label (order_no, orderId, order:).
 */
export const LOWER =
  /订单|单号|运单|快递|物流|流水|交易号|时间戳|序列号|批次|发票|商品|工单|(?<![a-z])(?:order|transaction|trade|product|ticket|batch|invoice|trace|request)(?:[ _-]?(?:no|id|num|number|code|sn|ref)|["']?\s*[:=#])|(?<![a-z])(?:tracking|waybill|timestamp|serial|imei|imsi|meid|iccid|uuid|guid|hash)|(?<![a-z])(?:ts|sn|sku|txn|md5|sha(?:1|256|512)?)(?![a-z])/g;

export type ContextVerdict = 'raise' | 'lower' | 'none';

/** Per kind, one regex with the raising words in group 1 and the lowering words in group 2. */
const COMBINED = new Map<PiiKind, RegExp>();

function combined(kind: PiiKind): RegExp {
  let re = COMBINED.get(kind);
  if (re === undefined) {
    const raise = RAISE[kind];
    re = new RegExp(`(${raise === undefined ? '[^\\s\\S]' : raise.source})|(${LOWER.source})`, 'gi');
    COMBINED.set(kind, re);
  }
  return re;
}

/** The window of text before `start`, not reaching back past the start of its line. */
function windowBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - CONTEXT_WINDOW), start);
  const nl = window.lastIndexOf('\n');
  return nl < 0 ? window : window.slice(nl + 1);
}

/** The verdict of the nearest label before `start` on its line (one regex pass over a short window). */
export function contextBefore(text: string, start: number, kind: PiiKind): ContextVerdict {
  const window = windowBefore(text, start);
  const re = combined(kind);
  re.lastIndex = 0;
  let verdict: ContextVerdict = 'none';
  for (let m = re.exec(window); m !== null; m = re.exec(window))
    verdict = m[1] !== undefined ? 'raise' : 'lower';
  return verdict;
}

/** Confidence after context: a raising label lifts it to at least 0.9, a lowering one takes `penalty` off. */
export function adjust(base: number, verdict: ContextVerdict, penalty = 0.5): number {
  if (verdict === 'raise') return Math.min(0.99, Math.max(0.9, base + 0.1));
  if (verdict === 'lower') return Math.max(0.05, base - penalty);
  return base;
}

/** Is there any raising word for `kind` in the window before `start`? (A cheap pre-check.) */
export function raiseBefore(text: string, start: number, kind: PiiKind): boolean {
  const raise = RAISE[kind];
  if (raise === undefined) return false;
  raise.lastIndex = 0;
  return raise.test(windowBefore(text, start).toLowerCase());
}
