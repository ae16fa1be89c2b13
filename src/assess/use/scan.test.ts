import { describe, expect, it } from 'vitest';
import { DEFAULTS, type Answers } from './model.ts';
import { applyScan, scanFacts } from './scan.ts';

const report = (...categories: string[]) =>
  scanFacts(
    { findings: categories.map((category) => ({ category, title: `${category} example` })) },
    'r.json',
  );

const user: Answers = {
  ...DEFAULTS,
  activities: ['e-commerce'],
  commercial: true,
  icp: 'licence',
  personalData: ['contact'],
  people: 100,
  piEncrypted: true,
  firewall: true,
  adminLogin: 'key-and-mfa',
  openSource: 'compliant',
};

describe('applyScan', () => {
  it('leaves answers the scan agrees with alone', () => {
    const r = applyScan({ ...user, firewall: false }, report('firewall-missing'));
    expect(r.contradictions).toEqual([]);
    expect(r.added).toEqual([]);
  });

  it('lets the scan evidence win, once per category, naming the key', () => {
    const r = applyScan(user, report('firewall-missing', 'ssh-password-auth', 'plaintext-sensitive-personal-data', 'license-violation'));
    expect(r.answers).toMatchObject({ firewall: false, adminLogin: 'password', piEncrypted: false, openSource: 'not-compliant' });
    expect(r.contradictions.map((c) => `${c.category}:${c.keys.join(',')}`)).toEqual([
      'firewall-missing:firewall',
      'ssh-password-auth:adminLogin',
      'plaintext-sensitive-personal-data:piEncrypted',
      'plaintext-sensitive-personal-data:personalData',
      'license-violation:openSource',
    ]);
    expect(user.firewall, 'the input is not changed').toBe(true);
  }); // prettier-ignore

  it('adds an activity the user did not name, and treats it as a possible intrusion too', () => {
    const r = applyScan(user, report('proxy-service', 'secret-exposed', 'no-such-category'));
    expect(r.added).toEqual(['proxy-vpn']);
    expect(r.answers.activities).toEqual(['e-commerce', 'proxy-vpn']);
    expect(r.answers.incident).toBe('suspected');
    expect(r.contradictions).toHaveLength(1);
  });

  it('refuses something that is not a report', () => {
    for (const bad of [null, 3, 'x', { findings: 'no' }, []])
      expect(() => scanFacts(bad, 'r.json')).toThrow(
        expect.objectContaining({ code: 'HEGUI_E_ASSESS_FILE' }) as Error,
      );
  });
});
