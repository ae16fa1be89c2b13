/**
 * End-to-end golden reports: whole fixture servers scanned through the real pipeline (DESIGN §9.7).
 * Refresh deliberately with HEGUI_UPDATE_GOLDEN=1 npx vitest run test/hosts, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.ts';
import { fixtureExec } from '../../src/core/fixtures.ts';
import { collect, evaluate } from '../../src/core/scan.ts';
import { renderReport } from '../../src/report/index.ts';

const here = import.meta.dirname;
const hosts = readdirSync(here).filter((n) => existsSync(path.join(here, n, 'root')));
const update = process.env.HEGUI_UPDATE_GOLDEN === '1';
const at = new Date('2026-11-23T10:00:00.000Z');

async function scanHost(name: string, lang: 'zh' | 'en') {
  const dir = path.join(here, name);
  const root = path.relative(process.cwd(), path.join(dir, 'root'));
  const bundle = await collect({ root, exec: await fixtureExec(dir), clock: () => at });
  return { bundle, report: evaluate(bundle, CHECKS, { lang, startedAt: at.toISOString(), clock: () => at }) };
}

function golden(file: string, actual: string): void {
  // A missing golden is written once on a developer machine (then reviewed and committed); in CI it fails.
  if (update || (!existsSync(file) && process.env.CI !== 'true')) writeFileSync(file, actual);
  expect(existsSync(file), `${file} is missing: run HEGUI_UPDATE_GOLDEN=1 npx vitest run test/hosts`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe.each(hosts)('fixture host %s', (name) => {
  it('matches the golden JSON report (zh) and text report (en)', async () => {
    const { report } = await scanHost(name, 'zh');
    golden(path.join(here, name, 'report.golden.json'), renderReport(report, 'json', { color: false }));
    const en = await scanHost(name, 'en');
    golden(path.join(here, name, 'report.golden.txt'), renderReport(en.report, 'text', { color: false }));
  });

  it('reports host paths only, never the fixture directory', async () => {
    const { report, bundle } = await scanHost(name, 'en');
    const leaked = JSON.stringify({ findings: report.findings, gaps: report.gaps, sections: bundle.sections });
    expect(leaked).not.toContain('test/hosts');
    expect(leaked).not.toContain(here);
  });

  it('every check reaches a verdict (no errors)', async () => {
    const { report } = await scanHost(name, 'en');
    expect(report.checks.filter((c) => c.outcome === 'error')).toEqual([]);
  });
});

describe('what the fixture hosts must show', () => {
  it('the compromised server fails the intrusion and exposure checks', async () => {
    const { report } = await scanHost('compromised', 'en');
    const failed = new Set(report.findings.map((f) => f.category));
    for (const category of [
      'rogue-root-account',
      'empty-password',
      'ssh-root-login',
      'ssh-password-auth',
      'firewall-missing',
      'database-exposed',
      'log-retention-short',
      'malicious-cron',
      'preload-hijack',
      'suspicious-process',
      'mining',
      'brute-force',
      'brute-force-compromise',
      'rootkit',
      'proxy-service',
    ]) {
      expect(failed, category).toContain(category);
    }
  });

  it('the hardened server has no finding above low', async () => {
    const { report } = await scanHost('hardened', 'en');
    expect(report.findings.filter((f) => f.severity === 'critical' || f.severity === 'high' || f.severity === 'medium')).toEqual([]);
    expect(report.checks.filter((c) => c.outcome === 'not-assessed')).toEqual([]);
  });

  it('the shop-leak server shows its plaintext member export, exposed keys and licence conflicts, not its encrypted backup', async () => {
    const { report } = await scanHost('shop-leak', 'en');
    const by = (id: string) => report.findings.filter((f) => f.checkId === id);
    const sensitive = by('pii-sensitive-plaintext-found');
    expect(sensitive.map((f) => f.where[0] && 'path' in f.where[0] ? f.where[0].path : '').sort()).toEqual(
      ['姓名', '手机号', '收货地址', '身份证号', '银行卡号'].map((c) => `/srv/shop/public/backup/members-2026.csv#${c}`).sort(),
    );
    expect(sensitive.find((f) => f.message.includes('bank-card'))!.message).toMatch(/financial-account/);
    expect(sensitive.find((f) => f.message.includes('kind name'))!.message).toMatch(/2 of them children under 14/);
    expect(by('pii-plaintext-volume-found')).toHaveLength(1);
    expect(by('secret-exposed').map((f) => f.message)).toEqual([
      expect.stringMatching(/^\/srv\/shop\/\.env holds a plaintext credential LTAI\*{4}/),
      expect.stringMatching(/^\/srv\/shop\/public\/config\.php\.bak holds a plaintext credential \*{4}/),
    ]);
    expect(by('licence-copyleft-in-proprietary-found')[0]!.message).toMatch(/chart-gpl@3\.1\.4 \(GPL-3\.0-only\), mall-core@2\.0\.7/);
    expect(by('licence-network-copyleft-found')).toHaveLength(1);
    // The encrypted copy and the package manifests hold no plaintext personal data.
    const text = JSON.stringify(report.findings);
    expect(text).not.toContain('members-2026.csv.gpg');
    expect(text).not.toContain('package.json#name');
    // Secrets and IDs never leave the report unmasked.
    expect(text).not.toContain('Sh0p!Db#2026x');
    expect(text).not.toMatch(/LTAI5tFq7Xw2RkZbQ9Nh3dLm/);
  });
});

