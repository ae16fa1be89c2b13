/**
 * Bank card numbers: 16–19 digits, a Luhn check, and an issuer range (BIN) that cards issued or used
 * in China start with: UnionPay 62 (and 60, 81 on newer cards), Visa 4, Mastercard 51–55 and
 * 2221–2720, JCB 3528–3589, Discover 6011/65, and the legacy domestic 955x debit ranges (ICBC 9558, ABC 9559, …).
 */

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export type CardNetwork = 'unionpay' | 'visa' | 'mastercard' | 'jcb' | 'discover' | 'domestic';

export function cardNetwork(digits: string): CardNetwork | undefined {
  const two = +digits.slice(0, 2);
  const four = +digits.slice(0, 4);
  if (two === 62 || two === 81) return 'unionpay';
  if (digits[0] === '4') return 'visa';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  if (four >= 3528 && four <= 3589) return 'jcb';
  if (four === 6011 || two === 65) return 'discover';
  if (two === 60) return 'unionpay';
  if (digits.startsWith('955')) return 'domestic';
  return undefined;
}

/** Is a digit string a valid card number (length, BIN, Luhn)? */
export function isBankCard(digits: string): boolean {
  if (digits.length < 16 || digits.length > 19 || !/^\d+$/.test(digits)) return false;
  return cardNetwork(digits) !== undefined && luhn(digits);
}

/** Normalise a whole value (spaces or hyphens between groups) to its digits, or undefined. */
export function parseBankCard(value: string): string | undefined {
  const v = value.trim();
  if (!/^\d[\d -]*\d$/.test(v)) return undefined;
  const d = v.replace(/[ -]/g, '');
  return isBankCard(d) ? d : undefined;
}
