import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import type { Io } from './io.ts';
import type { Report } from '../core/finding.ts';

const parse = (text: string) => JSON.parse(text) as Report;

const host = 'test/hosts/compromised/root';
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'hegui-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: { LANG: 'C.UTF-8', ...env },
    clock: () => new Date('2026-11-23T10:00:00.000Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('hegui CLI', () => {
  it("parses a command's own options only for that command, and gives each command its help", async () => {
    const help = await run(['collect', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: hegui collect/);
    // A flag no command declares is refused before any work starts.
    const r = await run(['scan', '--no-such-flag', '--root', host]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_USAGE: .*no-such-flag/);
  });

  it('rejects an unknown command with a coded usage error and status 2', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_USAGE: unknown command "frobnicate"/);
  });

  it('rejects an unknown flag', async () => {
    const r = await run(['scan', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_USAGE:/);
  });

  it('reports a root that does not exist', async () => {
    const r = await run(['scan', '--root', '/no/such/image']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^HEGUI_E_ROOT_NOT_FOUND: \/no\/such\/image does not exist\n/);
  });

  it('reports a root that is a file', async () => {
    const file = path.join(tmp, 'a-file');
    await writeFile(file, 'x');
    const r = await run(['scan', '--root', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_ROOT_NOT_DIR:/);
  });

  it('reports an unreadable, a non-JSON and a future-schema bundle', async () => {
    expect((await run(['scan', '--bundle', path.join(tmp, 'missing.json')])).stderr).toMatch(
      /^HEGUI_E_BUNDLE_UNREADABLE:/,
    );
    await writeFile(path.join(tmp, 'garbage.json'), '\u0000\u0001not json');
    expect((await run(['scan', '--bundle', path.join(tmp, 'garbage.json')])).stderr).toMatch(
      /^HEGUI_E_BUNDLE_UNREADABLE:/,
    );
    await writeFile(
      path.join(tmp, 'future.json'),
      JSON.stringify({ schemaVersion: 99, sections: {}, gaps: [] }),
    );
    const r = await run(['scan', '--bundle', path.join(tmp, 'future.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_BUNDLE_SCHEMA:/);
  });

  it('collect once, evaluate later: the bundle gives the same report as the scan', async () => {
    const bundle = path.join(tmp, 'bundle.json');
    expect((await run(['collect', '--root', host, '--output', bundle, '--quiet'])).code).toBe(0);
    const direct = await run(['scan', '--root', host, '--format', 'json']);
    const fromBundle = await run(['scan', '--bundle', bundle, '--format', 'json']);
    expect(direct.code).toBe(0);
    expect(parse(fromBundle.stdout)).toEqual(parse(direct.stdout));
    expect(parse(direct.stdout).findings.length).toBeGreaterThan(0);
  });

  it('--fail-on sets exit status 1 only when a finding reaches the threshold', async () => {
    expect((await run(['scan', '--root', host, '--format', 'json'])).code).toBe(0);
    expect((await run(['scan', '--root', host, '--format', 'json', '--fail-on', 'critical'])).code).toBe(1);
    const hardened = await run([
      'scan',
      '--root',
      'test/hosts/hardened/root',
      '--format',
      'json',
      '--fail-on',
      'medium',
    ]);
    expect(hardened.code).toBe(0);
  });

  it('reads options from HEGUI_* variables and a config file; flags win', async () => {
    const env = await run(['scan', '--root', host], { HEGUI_FORMAT: 'json', HEGUI_LANG: 'en' });
    expect(parse(env.stdout).lang).toBe('en');
    const config = path.join(tmp, 'hegui.config.json');
    await writeFile(config, JSON.stringify({ format: 'json', lang: 'en' }));
    const flagWins = await run(['scan', '--root', host, '--config', config, '--lang', 'zh']);
    expect(parse(flagWins.stdout).lang).toBe('zh');
  });

  it('rejects a broken config file and bad option values with coded errors', async () => {
    const config = path.join(tmp, 'bad.json');
    await writeFile(config, JSON.stringify({ colour: true }));
    expect((await run(['scan', '--config', config])).stderr).toMatch(
      /^HEGUI_E_CONFIG: unknown config key "colour"/,
    );
    expect((await run(['scan', '--format', 'pdf'])).stderr).toMatch(
      /^HEGUI_E_USAGE: --format must be one of/,
    );
    expect((await run(['scan'], { HEGUI_QUIET: 'maybe' })).stderr).toMatch(/^HEGUI_E_CONFIG:/);
  });

  it('writes the report to --output', async () => {
    const out = path.join(tmp, 'report.json');
    expect((await run(['scan', '--root', host, '--format', 'json', '--output', out])).stdout).toBe('');
    expect(parse(await readFile(out, 'utf8')).schemaVersion).toBe(1);
  });

  it('explains a check and refuses an unknown one', async () => {
    const r = await run(['checks', 'explain', 'accounts-uid0-found', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('accounts-uid0-found');
    expect(r.stdout).toContain('Cybersecurity Law');
    const bad = await run(['checks', 'explain', 'no-such-check']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^HEGUI_E_UNKNOWN_CHECK:/);
  });
});
