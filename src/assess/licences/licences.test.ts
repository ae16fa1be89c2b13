import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHegui } from '../testing.ts';
import type { LicenceAssessment } from './licences.ts';

const host = path.join(import.meta.dirname, 'testdata/host');

async function assess(...extra: string[]) {
  const r = await runHegui(['assess', 'licences', '--root', host, '--lang', 'en', ...extra]);
  return r;
}

describe('hegui assess licences', () => {
  it('inventories every ecosystem, judges conflicts, and records unparsable manifests as gaps', async () => {
    const r = await assess('--format', 'json', '--system');
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout) as LicenceAssessment;
    const app = a.projects.find((p) => p.dir === '/var/www/app')!;
    expect(app).toMatchObject({ proprietary: true, servedFrom: '/var/www', components: 4 });
    expect(app.conflicts.map((c) => c.kind).sort()).toEqual([
      'apache-with-gpl2-only',
      'copyleft-in-proprietary',
      'non-commercial',
      'unknown-licence',
    ]);
    expect(app.conflicts.find((c) => c.kind === 'copyleft-in-proprietary')!.components).toEqual([
      'gpl2-lib@2.0.0 (GPL-2.0-only)',
    ]);
    const venv = a.projects.find((p) => p.dir === '/srv/api/venv')!;
    expect(venv).toMatchObject({ ecosystem: 'pypi', servedFrom: null, byFamily: { 'strong-copyleft': 1 } });
    // /srv/api/requirements.txt names flask without a licence: unknown, not guessed.
    expect(a.projects.find((p) => p.dir === '/srv/api')!.byFamily).toEqual({ unknown: 1 });
    expect(a.system).toEqual({ packages: 1, byFamily: { 'weak-copyleft': 1 } });
    expect(a.gaps).toEqual([
      expect.objectContaining({ path: '/var/www/broken/package.json', reason: 'read-error' }),
    ]);
    expect(a.legal.map((l) => l.provision)).toEqual(['copyright-53', 'copyright-54']);
    expect(a.obligations.map((o) => o.family)).toContain('non-commercial');
  });

  it('covers every ecosystem, Mulan-licensed code, and a mixed-licence dependency tree', async () => {
    const a = JSON.parse((await assess('--format', 'json')).stdout) as LicenceAssessment;
    const by = new Map(a.projects.map((p) => [p.dir, p]));
    expect([...new Set(a.projects.map((p) => p.ecosystem))].sort()).toEqual([
      'cargo',
      'composer',
      'go',
      'maven',
      'npm',
      'pypi',
    ]);
    // Go: the module's own LICENSE file (AGPL) and vendored modules' licence files (Mulan PSL v2, BSD).
    expect(by.get('/srv/goapp')).toMatchObject({
      licence: 'AGPL-3.0-only',
      family: 'network-copyleft',
      byFamily: { permissive: 2, unknown: 1 },
    });
    // Cargo: the crate declares Mulan PSL v2; its registry dependency declares nothing hegui can read.
    expect(by.get('/opt/rusttool')).toMatchObject({
      licence: 'MulanPSL-2.0',
      family: 'permissive',
      byFamily: { unknown: 1 },
    });
    expect(by.get('/opt/javasvc')).toMatchObject({ ecosystem: 'maven', licence: 'Apache-2.0' });
    // Composer: a proprietary shop with an installed AGPL package in vendor/, served.
    expect(by.get('/var/www/shop')!.conflicts.map((c) => c.kind)).toEqual([
      'network-copyleft-served',
      'copyleft-in-proprietary',
    ]);
    // The mixed tree: the OR lets MIT apply, MPL/LGPL are weak copyleft, the dev-only jest is left out,
    // and Apache-2.0 beside GPL-2.0-only is the one conflict.
    const mixed = by.get('/var/www/mixed')!;
    expect(mixed.components).toBe(7);
    expect(mixed.byFamily).toEqual({ permissive: 4, 'weak-copyleft': 2, 'strong-copyleft': 1 });
    expect(mixed.conflicts.map((c) => c.kind)).toEqual(['apache-with-gpl2-only']);
  });

  it('writes one CSV row per component, spreadsheet-safe', async () => {
    const r = await assess('--format', 'csv');
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('project,ecosystem,component,version,licence,family,dev,source');
    expect(rows).toContain(
      '/var/www/app,npm,gpl2-lib,2.0.0,GPL-2.0-only,strong-copyleft,no,/var/www/app/package-lock.json',
    );
    // Header + app 4 + venv 1 + api 1 + goapp 3 + rusttool 1 + javasvc 1 + shop 1 + mixed 8 (jest too, marked dev).
    expect(rows).toHaveLength(1 + 4 + 1 + 1 + 3 + 1 + 1 + 1 + 8);
    expect(rows).toContain(
      '/var/www/mixed,npm,jest,29.7.0,MIT,permissive,yes,/var/www/mixed/package-lock.json',
    );
  });

  it('prints text and HTML with the problems and the duties', async () => {
    const text = await assess();
    expect(text.stdout).toContain('■ /var/www/app [npm] app');
    expect(text.stdout).toMatch(/FSF considers them incompatible/);
    expect(text.stdout).toMatch(/Not assessed:\n {2}- \/var\/www\/broken\/package\.json: read-error/);
    const html = await assess('--format', 'html');
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('gpl2-lib@2.0.0 (GPL-2.0-only)');
  });

  it('refuses a format it cannot write, arguments and a missing root, with coded errors', async () => {
    expect((await assess('--format', 'xlsx')).stderr).toMatch(/^HEGUI_E_USAGE: assess licences writes/);
    expect((await assess('extra')).code).toBe(2);
    const missing = await runHegui(['assess', 'licences', '--root', '/no/such/dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^HEGUI_E_ROOT_NOT_FOUND/);
  });
});
