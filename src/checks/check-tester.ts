/**
 * checkTester: runs a check over its fixture folders (ESLint's RuleTester is the model).
 * - every `fixtures/pass-*` case yields no hit and outcome pass;
 * - every `fixtures/fail-*` case yields exactly the listed message ids (order-insensitive);
 * - a gap in each needed section turns the first pass case into not-assessed, never pass.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyCheck, Check } from '../core/check.ts';
import type { SectionName } from '../core/evidence.ts';
import { fixtureExec } from '../core/fixtures.ts';
import { collect, runCheck } from '../core/scan.ts';

export interface CheckCases<M extends string> {
  /** Case folder name → expected message ids, e.g. { 'fail-permit-yes': ['rootLoginYes'] }. */
  fail: Record<string, M[]>;
}

export function checkTester<N extends SectionName, M extends string>(
  check: Check<N, M>,
  dir: string,
  cases: CheckCases<M>,
): void {
  const fixtures = path.join(dir, 'fixtures');
  const folders = readdirSync(fixtures).sort();
  const passCases = folders.filter((f) => f.startsWith('pass-'));
  const failCases = folders.filter((f) => f.startsWith('fail-'));
  const anyCheck = check as unknown as AnyCheck;

  const bundleOf = async (name: string) =>
    collect({
      root: path.join(fixtures, name, 'root'),
      exec: await fixtureExec(path.join(fixtures, name)),
      sections: check.needs,
    });

  describe(check.id, () => {
    it('has pass and fail cases, each listed', () => {
      expect(passCases.length).toBeGreaterThan(0);
      expect(failCases.length).toBeGreaterThan(0);
      expect(Object.keys(cases.fail).sort()).toEqual(failCases);
    });

    for (const name of passCases) {
      it(`${name}: passes`, async () => {
        const bundle = await bundleOf(name);
        const { result, hits } = runCheck(anyCheck, bundle);
        expect(hits).toEqual([]);
        expect(result.outcome, JSON.stringify(bundle.gaps)).toBe('pass');
      });
    }

    for (const name of failCases) {
      it(`${name}: fails with ${(cases.fail[name] ?? []).join(', ')}`, async () => {
        const bundle = await bundleOf(name);
        const { result, hits } = runCheck(anyCheck, bundle);
        expect(result.outcome, result.reason).toBe('fail');
        expect(hits.map((h) => h.messageId).sort()).toEqual([...(cases.fail[name] ?? [])].sort());
        for (const hit of hits) expect(hit.where.length).toBeGreaterThan(0);
      });
    }

    it('is not assessed when a section it needs has a gap', async () => {
      const first = passCases[0];
      if (!first) return;
      const bundle = await bundleOf(first);
      for (const section of check.needs) {
        const gapped = {
          ...bundle,
          gaps: [...bundle.gaps, { section, path: '/x', reason: 'permission-denied' as const }],
        };
        expect(runCheck(anyCheck, gapped).result.outcome).toBe('not-assessed');
      }
    });
  });
}
