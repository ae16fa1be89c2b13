import { describe, expect, it } from 'vitest';
import { cardNetwork, isBankCard, luhn, parseBankCard } from './bank-card.ts';
import { findAll } from './index.ts';
import { breakLast, makeCard, prng } from './synthetic.ts';

const rand = prng(42);

describe('bank cards', () => {
  it('Luhn on known test numbers', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(luhn('79927398713')).toBe(true);
  });

  const valid = [
    ['UnionPay 19', makeCard('622202', 19, rand), 'unionpay'],
    ['UnionPay 16', makeCard('625807', 16, rand), 'unionpay'],
    ['UnionPay 81', makeCard('8171', 16, rand), 'unionpay'],
    ['Visa', makeCard('436742', 16, rand), 'visa'],
    ['Mastercard', makeCard('5520', 16, rand), 'mastercard'],
    ['Mastercard 2-series', makeCard('2221', 16, rand), 'mastercard'],
    ['JCB', makeCard('3568', 16, rand), 'jcb'],
    ['domestic 955x', makeCard('9558', 19, rand), 'domestic'],
  ] as const;
  it.each(valid)('%s', (_n, card, network) => {
    expect(isBankCard(card)).toBe(true);
    expect(cardNetwork(card)).toBe(network);
    expect(isBankCard(breakLast(card, '0123456789'))).toBe(false);
    expect(findAll(`卡号 ${card}`).map((m) => m.kind)).toEqual(['bank-card']);
  });

  it.each([
    ['no known BIN (starts 1)', makeCard('1234', 16, rand)],
    ['no known BIN (starts 7)', makeCard('7000', 18, rand)],
    ['15 digits', makeCard('6222', 15, rand)],
    ['20 digits', makeCard('6222', 20, rand)],
    ['94 is not a card range', makeCard('9420', 19, rand)],
  ])('rejects %s', (_why, card) => expect(isBankCard(card)).toBe(false));

  it('grouped forms', () => {
    const card = makeCard('622848', 19, rand);
    const spaced = `${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12, 16)} ${card.slice(16)}`;
    const hyphen = spaced.replaceAll(' ', '-');
    expect(parseBankCard(spaced)).toBe(card);
    expect(findAll(`card: ${spaced}`).map((m) => m.value)).toEqual([spaced]);
    expect(findAll(`card: ${hyphen}`).map((m) => m.value)).toEqual([hyphen]);
    expect(findAll(`账号 ${card.slice(0, 6)} ${card.slice(6)}`).map((m) => m.kind)).toEqual(['bank-card']);
  });

  it('17- and 18-digit numbers outside UnionPay ranges need a card label; an id_card label is not one', () => {
    const visa18 = makeCard('4367', 18, rand);
    expect(findAll(`x ${visa18}`)).toEqual([]);
    expect(findAll(`id_card=${visa18}`)).toEqual([]);
    expect(findAll(`卡号 ${visa18}`).map((m) => m.kind)).toEqual(['bank-card']);
    const unionPay17 = makeCard('6227', 17, rand);
    expect(findAll(`x ${unionPay17}`).map((m) => m.kind)).toEqual(['bank-card']);
  });

  it('look-alikes: Luhn-valid order and transaction numbers with a label are dropped', () => {
    const card = makeCard('6228', 19, rand);
    expect(findAll(`订单号 ${card}`)).toEqual([]);
    expect(findAll(`txn_id=${card}`)).toEqual([]);
    expect(findAll(`X${card}`)).toEqual([]);
    expect(findAll(`${card}0`)).toEqual([]);
  });
});
