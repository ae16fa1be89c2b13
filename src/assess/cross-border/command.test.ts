import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PiiInventory } from '../../pii/inventory.ts';
import { runHegui } from '../testing.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'hegui-xb-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const run = (args: string[]) => runHegui(args);

interface Out {
  route: string;
  reasons: string[];
  legal: { provision: string; clause?: string }[];
  countedSince: string;
  input: { personal: number; sensitive: number; source: string };
  notes: { text: string; status: string }[];
}

describe('hegui assess cross-border', () => {
  it('prints the CONTRACT §5 JSON shape', async () => {
    const r = await run([
      'assess',
      'cross-border',
      '--personal',
      '120000',
      '--sensitive',
      '0',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.route).toBe('standard-contract-or-certification');
    expect(out.reasons.length).toBeGreaterThan(0);
    expect(out.reasons.every((x) => typeof x === 'string')).toBe(true);
    expect(out.legal.map((l) => l.provision)).toEqual(['xborder-8', 'pipl-38']);
    expect(out.countedSince).toBe('2026-01-01');
  });

  it('takes --important-data and --ciio, and several exemptions', async () => {
    const sa = await run(['assess', 'cross-border', '--personal', '0', '--sensitive', '0', '--important-data', '--format', 'json']);
    expect((JSON.parse(sa.stdout) as Out).route).toBe('security-assessment');
    const ex = await run(['assess', 'cross-border', '--personal', '3000000', '--sensitive', '5', '--ciio', '--exemption', 'hr', '--exemption', 'contract', '--format', 'json']);
    const out = JSON.parse(ex.stdout) as Out;
    expect(out.route).toBe('exempt');
    expect(out.legal.map((l) => `${l.provision}#${l.clause}`)).toEqual(['xborder-5#2', 'xborder-5#1']);
  }); // prettier-ignore

  it.each([
    [['--personal', 'lots', '--sensitive', '0'], 'HEGUI_E_ASSESS_INPUT'],
    [['--personal=-4', '--sensitive', '0'], 'HEGUI_E_ASSESS_INPUT'],
    [['--personal', '1.5', '--sensitive', '0'], 'HEGUI_E_ASSESS_INPUT'],
    [['--personal', '100'], 'HEGUI_E_USAGE'],
    [['--personal', '1', '--sensitive', '0', '--exemption', 'tourism'], 'HEGUI_E_USAGE'],
    [['--personal', '1', '--sensitive', '0', '--format', 'csv'], 'HEGUI_E_USAGE'],
    [
      ['--personal', '0', '--sensitive', '0', '--exemption', 'no-pi', '--important-data'],
      'HEGUI_E_ASSESS_CONTRADICTION',
    ],
  ])('%j → %s', async (args, code) => {
    const r = await run(['assess', 'cross-border', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`${code}:`)).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('reads the volumes from a PI inventory, saying how it counted', async () => {
    const file = path.join(tmp, 'inv.json');
    // typed, so that a change of the inventory's shape breaks this test at compile time
    const inventory: PiiInventory = {
      version: 1,
      scannedAt: '2026-11-23T00:00:00.000Z',
      rows: [],
      totals: { records: 0, protectedRecords: 0, people: 150_000, peopleEstimated: true, sensitivePeople: 12, minors: 0, byKind: {} },
      tiers: [],
      protectedFiles: [],
      sources: [],
      gaps: [{ path: '/srv/x', reason: 'permission-denied', detail: '' }],
    }; // prettier-ignore
    await writeFile(file, JSON.stringify(inventory));
    const r = await run([
      'assess',
      'cross-border',
      '--from-inventory',
      file,
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.input).toMatchObject({ personal: 150_000, sensitive: 12, source: `inventory:${file}` });
    expect(out.route).toBe('standard-contract-or-certification');
    expect(out.notes.map((n) => n.text).join('\n')).toMatch(/estimates[\s\S]*1 locations? it could not read/);
  });

  it('refuses a file that is not an inventory, an unreadable one, and volumes given twice', async () => {
    const bad = path.join(tmp, 'bad.json');
    await writeFile(bad, '{"version": 1, "totals": {"people": -3}}');
    const notJson = path.join(tmp, 'gbk.json');
    await writeFile(notJson, Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x00, 0xff]));
    const locked = path.join(tmp, 'locked.json');
    await writeFile(locked, '{}');
    await chmod(locked, 0o000);
    for (const f of [bad, notJson, path.join(tmp, 'missing.json')]) {
      const r = await run(['assess', 'cross-border', '--from-inventory', f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^HEGUI_E_ASSESS_FILE: /);
    }
    const twice = await run(['assess', 'cross-border', '--from-inventory', bad, '--personal', '3']);
    expect(twice.stderr).toMatch(/^HEGUI_E_ASSESS_CONTRADICTION: /);
    if (process.getuid?.() !== 0) {
      const r = await run(['assess', 'cross-border', '--from-inventory', locked]);
      expect(r.stderr).toMatch(/^HEGUI_E_ASSESS_FILE: cannot read/);
    }
  });

  it('writes text in both languages and a self-contained HTML page', async () => {
    const zh = await run([
      'assess',
      'cross-border',
      '--personal',
      '99999',
      '--sensitive',
      '0',
      '--lang',
      'zh',
    ]);
    expect(zh.stdout).toContain('免于评估、标准合同和认证');
    expect(zh.stdout).toContain('《促进和规范数据跨境流动规定》第五条第四项');
    expect(zh.stdout).toContain('100,000');
    const en = await run(['assess', 'cross-border', '--personal', '0', '--sensitive', '1', '--lang', 'en']);
    expect(en.stdout).toMatch(/standard contract/);
    expect(en.stdout).toMatch(/filed: unverified — not stated as fact/);
    const html = await run([
      'assess',
      'cross-border',
      '--personal',
      '0',
      '--sensitive',
      '10000',
      '--format',
      'html',
    ]);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain("default-src 'none'");
    expect(html.stdout).not.toMatch(/<script|https?:\/\//);
  });
});
