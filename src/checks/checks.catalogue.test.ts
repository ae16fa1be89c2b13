/**
 * Keeps the check registry honest in both directions (DESIGN §3; ESLint's Makefile.js checkRuleFiles).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_WORDS } from '../core/check.ts';
import { CATEGORIES } from '../core/finding.ts';
import { findProvision } from '../legal/provisions.ts';
import { renderChecksDoc } from './docs.ts';
import { CHECKS } from './index.ts';

const here = import.meta.dirname;
const areas = readdirSync(here).filter((f) => statSync(path.join(here, f)).isDirectory());
const folders = areas.flatMap((area) =>
  readdirSync(path.join(here, area))
    .filter((f) => statSync(path.join(here, area, f)).isDirectory())
    .map((id) => ({ area, id, dir: path.join(here, area, id) })),
);

describe('check catalogue', () => {
  it('has at least 30 checks with unique ids', () => {
    expect(CHECKS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });

  it('registers every check folder, and every registered check has a folder', () => {
    expect(folders.map((f) => f.id).sort()).toEqual(CHECKS.map((c) => c.id).sort());
  });

  it.each(folders)('$id: folder holds the check, its test, and pass and fail fixtures', ({ id, dir }) => {
    expect(existsSync(path.join(dir, `${id}.check.ts`))).toBe(true);
    const test = path.join(dir, `${id}.test.ts`);
    expect(readFileSync(test, 'utf8')).toContain('checkTester(');
    const cases = readdirSync(path.join(dir, 'fixtures'));
    expect(cases.some((c) => c.startsWith('pass-'))).toBe(true);
    expect(cases.some((c) => c.startsWith('fail-'))).toBe(true);
    for (const c of cases) expect(existsSync(path.join(dir, 'fixtures', c, 'root')), `${c}/root`).toBe(true);
  });

  it.each(CHECKS.map((c) => ({ id: c.id, check: c })))(
    '$id: metadata is complete and valid',
    ({ id, check }) => {
      expect(id).toMatch(new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*-(${PROBLEM_WORDS.join('|')})$`));
      expect(CATEGORIES).toContain(check.category);
      expect(check.needs.length).toBeGreaterThan(0);
      expect(check.legal.length).toBeGreaterThan(0);
      for (const ref of check.legal) {
        const provision = findProvision(ref.provision);
        expect(provision, ref.provision).toBeDefined();
        // Criminal provisions must say whose conduct they describe: never the operator's by default.
        if (provision?.liability.includes('criminal'))
          expect(ref.party, `${ref.provision} needs a party`).toBeDefined();
      }
      for (const lang of ['zh', 'en'] as const) {
        expect(check.title[lang].length).toBeGreaterThan(0);
        expect(check.title[lang].length).toBeLessThan(80);
        expect(check.description[lang].length).toBeGreaterThan(20);
        expect(check.remediation[lang].length).toBeGreaterThan(10);
        for (const m of Object.values(check.messages)) expect(m[lang].length).toBeGreaterThan(0);
      }
      // zh text is Chinese and en text is not.
      expect(check.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(check.title.en).not.toMatch(/[\u4e00-\u9fff]/);
      // Every placeholder in a message appears in both languages.
      for (const m of Object.values(check.messages)) {
        const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
        expect(names(m.zh)).toEqual(names(m.en));
      }
    },
  );

  it('docs/checks.md is generated from the metadata without drift (run `npm run docs`)', () => {
    const file = path.join(here, '../../docs/checks.md');
    expect(readFileSync(file, 'utf8')).toBe(renderChecksDoc());
  });
});
