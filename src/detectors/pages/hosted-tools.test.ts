import { describe, expect, it } from 'vitest';
import type { FileInfo } from '../detector.ts';
import { scanHostedTool, wantsHostedTool } from './hosted-tools.detector.ts';

const file = (path: string, webRoot: string | null = '/var/www/html'): FileInfo => ({
  path,
  size: 1000,
  mode: 0o100644,
  uid: 33,
  mtimeMs: 0,
  webRoot,
});
const zipText = (names: string[]) =>
  names.map((n) => `PK\x03\x04\x14\x00\x08\x00${n}x\x00\x01`).join('') +
  names.map((n) => `PK\x01\x02\x14${n}PK`).join('');

describe('hosted tools', () => {
  it('wants downloadable archives and scripts under web roots only', () => {
    expect(wantsHostedTool(file('/var/www/html/down/a.zip'))).toBe(true);
    expect(wantsHostedTool(file('/srv/files/a.tar.gz', null))).toBe(true);
    expect(wantsHostedTool(file('/root/tools/a.zip', null))).toBe(false);
    expect(wantsHostedTool(file('/var/www/html/index.html'))).toBe(false);
  });

  it.each([
    ['tool named by the file', '/var/www/html/down/mimikatz_trunk.zip', zipText(['readme.md'])],
    [
      'tools packed in a neutral archive',
      '/var/www/html/down/pack_12.zip',
      zipText(['tools/Behinder.jar', 'tools/godzilla.jar']),
    ],
    ['one RAT inside', '/var/www/html/f/x.zip', zipText(['njRAT/njRAT.exe'])],
    ['a flooder by name', '/var/www/html/slowloris.py', 'import socket'],
  ])('%s', (_name, path, text) => {
    const [d] = scanHostedTool(text, file(path), 1);
    expect(d).toMatchObject({ detector: 'hosted-tools', rule: 'hacking-tool', path });
    expect(d!.score).toBeGreaterThanOrEqual(0.6);
  });

  it('leaves ordinary downloads alone, and judges scripts by their name only', () => {
    expect(
      scanHostedTool(zipText(['src/app.py', 'README.md']), file('/var/www/html/release-1.2.zip'), 1),
    ).toEqual([]);
    expect(
      scanHostedTool(
        '# compare with sqlmap and mimikatz output\nprint(1)',
        file('/var/www/html/tools/report.py'),
        1,
      ),
    ).toEqual([]);
    expect(scanHostedTool(zipText(['nmap-7.94-setup.exe']), file('/var/www/html/nmap.zip'), 1)).toEqual([]);
  });

  it('counts the file name once, with the first chunk', () => {
    expect(scanHostedTool('later bytes', file('/var/www/html/mimikatz.zip'), 5000)).toEqual([]);
  });
});

describe('pattern sets given to the bench', () => {
  it('compile, use no lookbehind, and match what their detectors look for', async () => {
    const { webshellDetector } = await import('../webshell/webshell.detector.ts');
    const { pagesDetector } = await import('./pages.detector.ts');
    const { hostedToolsDetector } = await import('./hosted-tools.detector.ts');
    const samples: Record<string, string> = {
      webshell: `<?php @eval($_POST['x']);`,
      pages: '真人百家乐 立即投注',
      'hosted-tools': 'mimikatz_trunk.zip',
    };
    for (const d of [webshellDetector, pagesDetector, hostedToolsDetector]) {
      expect(d.patterns?.length, d.id).toBeGreaterThan(0);
      const res = d.patterns!.map((p) => {
        expect(p.regex, p.id).not.toMatch(/\(\?<[=!]/);
        return new RegExp(p.regex, `g${p.flags ?? ''}`);
      });
      expect(
        res.some((re) => re.test(samples[d.id]!)),
        d.id,
      ).toBe(true);
    }
  });
});
