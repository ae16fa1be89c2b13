import { describe, expect, it } from 'vitest';
import { findProvision } from '../../legal/provisions.ts';
import { ACTIVITIES, ACTIVITY_LABELS, PI_KINDS, PI_KIND_LABELS } from './model.ts';
import { QUESTIONS } from './questions.ts';
import { RULES } from './rules.ts';

describe('assess use rules (data)', () => {
  it('cite only provisions of the legal catalogue, with clauses it knows', () => {
    for (const rule of RULES)
      for (const ref of rule.legal) {
        const p = findProvision(ref.provision);
        expect(p, `${rule.id} → ${ref.provision}`).toBeDefined();
        if (ref.clause !== undefined && p?.clauses !== undefined) expect(Object.keys(p.clauses), `${rule.id} → ${ref.provision}(${ref.clause})`).toContain(ref.clause);
      }
  }); // prettier-ignore

  it('cover every row of catalogue §9 (the cross-border row through assess cross-border)', () => {
    const covered = new Set([...RULES.flatMap((r) => r.scenarios), 18]);
    for (let row = 1; row <= 35; row++) expect(covered.has(row), `row ${row}`).toBe(true);
  });

  it('have unique ids, a title and an explanation in both languages, and a duty key they read for "met"', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      for (const text of [r.title, r.explain, ...r.todo]) expect(text.zh.length * text.en.length, r.id).toBeGreaterThan(0);
      if (r.met) expect(r.reads?.length, `${r.id} names the answers it reads`).toBeGreaterThan(0);
      if (r.kind === 'prohibited') expect('met' in r, r.id).toBe(false);
    }
  }); // prettier-ignore

  it('never state criminal liability as a fact, only as a threshold that may be met', () => {
    const all = RULES.flatMap((r) => [r.title, r.explain, ...r.todo]);
    for (const t of all) {
      expect(t.zh).not.toMatch(/构成[^，。；]{0,12}罪|是犯罪|属于犯罪/);
      expect(t.en).not.toMatch(/\bis a crime\b|\bcommits? the offence\b|\bis guilty\b/i);
    }
    // every rule citing the Criminal Law says "may meet the threshold" in both languages
    for (const r of RULES.filter((x) => x.legal.some((l) => l.provision.startsWith('cl-')))) {
      expect(r.explain.zh, r.id).toMatch(/可能达到|入罪标准/);
      expect(r.explain.en, r.id).toMatch(/may (also )?meet the threshold/);
    }
  });

  it('ask one question per answer key, each label present', () => {
    expect(new Set(QUESTIONS.map((q) => q.key)).size).toBe(QUESTIONS.length);
    for (const a of ACTIVITIES) expect(ACTIVITY_LABELS[a].zh).not.toBe('');
    for (const k of PI_KINDS) expect(PI_KIND_LABELS[k].en).not.toBe('');
  });
});
