import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileInfo } from '../detector.ts';
import { MINING_KEYWORDS, commandWords, miningDetector, shellSegments } from './mining.detector.ts';
import { sharedEval } from '../../../test/shared-eval.ts';

const XMRIG_EVAL = sharedEval('xmrig/config.json');
const XMR = '4A' + 'Bc9'.repeat(31); // a Monero-shaped address (synthetic)

function file(p: string, extra: Partial<FileInfo> = {}): FileInfo {
  return { path: p, size: 1000, mode: 0o100644, uid: 0, mtimeMs: 0, webRoot: null, ...extra };
}

function scan(p: string, text: string, extra: Partial<FileInfo> = {}) {
  const found = miningDetector.scan(text, file(p, extra), 1);
  // The engine skips text without a keyword: every text that yields a detection must hold one.
  if (found.length > 0)
    expect(
      MINING_KEYWORDS.some((k) => text.includes(k)),
      `no keyword in: ${text.slice(0, 80)}`,
    ).toBe(true);
  return found;
}

const rules = (p: string, text: string) => scan(p, text).map((d) => d.rule);

describe('mining detector: xmrig configuration', () => {
  it("recognises xmrig's own default config.json (read from ../shared/eval, never copied)", () => {
    const text = readFileSync(XMRIG_EVAL, 'utf8');
    const found = scan('/tmp/.x/config.json', text);
    expect(found.map((d) => d.rule)).toEqual(['xmrig-config']);
    const d = found[0]!;
    expect(d.line).toBe(text.split('\n').findIndex((l) => l.includes('"pools"')) + 1);
    expect(d.reasons.join(' ')).toContain('donate.v2.xmrig.com:3333');
    expect(d.reasons).toContain('"donate-level"');
    expect(d.reasons).toContain('"randomx"');
  });

  it('masks the wallet of a config', () => {
    const text = `{"donate-level": 1, "pools": [{"url": "pool.supportxmr.com:443", "user": "${XMR}"}]}`;
    const [d] = scan('/root/c.json', text);
    expect(d?.rule).toBe('xmrig-config');
    expect(JSON.stringify(d)).not.toContain(XMR);
    expect(d?.reasons.some((r) => r.startsWith('wallet monero 4ABc9B…'))).toBe(true);
  });

  it('does not take another program’s "pools" for a miner', () => {
    expect(
      rules('/opt/app/db.json', '{"pools": [{"url": "postgres://db:5432/x", "user": "app"}], "cpu": 2}'),
    ).toEqual([]);
  });

  it('recognises a cpuminer config by its stratum url and login', () => {
    expect(
      rules(
        '/opt/m/cpuminer-conf.json',
        '{"url": "stratum+tcp://203.0.113.9:3333", "user": "w", "pass": "x", "algo": "scrypt"}',
      ),
    ).toEqual(['miner-config']);
  });
});

describe('mining detector: commands in scripts', () => {
  it.each([
    [
      'cron, renamed miner with pool and wallet',
      `* * * * * root /var/tmp/.x/sysupd -o pool.supportxmr.com:3333 -u ${XMR} -p x`,
    ],
    [
      'systemd ExecStart with xmrig and a stratum url',
      'ExecStart=/opt/x/xmrig --url=stratum+tcp://45.9.148.1:3333 --donate-level=1',
    ],
    [
      'nohup in a shell script',
      `cd /tmp; nohup ./kdevtmpfsi -a rx/0 -o 198.51.100.3:14444 -u ${XMR} >/dev/null 2>&1 &`,
    ],
    [
      'minerd with IP pool and wallet',
      `minerd -a cryptonight -o stratum+tcp://198.51.100.4:5555 -u ${XMR} -p x`,
    ],
  ])('%s', (_name, line) => {
    const found = scan('/etc/cron.d/job', `# header\n${line}\n`);
    expect(found.map((d) => d.rule)).toContain('miner-command');
    expect(found.find((d) => d.rule === 'miner-command')?.line).toBe(2);
    expect(JSON.stringify(found)).not.toContain(XMR);
  });

  it.each([
    ['killing rival miners', '*/5 * * * * root pkill -f xmrig; pkill -f kinsing'],
    ['a comment naming a family', '# Kinsing drops kdevtmpfsi (see the report)'],
    ['an echo of the word', 'echo "xmrig removed"'],
    ['a connection pool', 'pool = Pool(size=10, host="db.internal", port=5432)'],
  ])('no detection for %s', (_name, line) => {
    expect(rules('/etc/cron.d/x', line)).toEqual([]);
  });

  it('splits shell segments and drops wrappers', () => {
    expect(shellSegments(`a 'b c' "d;e"; f | g`)).toEqual([['a', 'b c', 'd;e'], ['f'], ['g']]);
    expect(commandWords(['nohup', 'nice', '-n', '19', 'FOO=1', './x', '-o', 'h:1'])).toEqual([
      './x',
      '-o',
      'h:1',
    ]);
    expect(commandWords(['ExecStart=/usr/bin/x', '--y'])).toEqual(['/usr/bin/x', '--y']);
  });
});

describe('mining detector: urls and pools', () => {
  it('reports a stratum URL and a known pool with a port in a config file', () => {
    expect(rules('/etc/app.env', 'TARGET=stratum+ssl://gulf.moneroocean.stream:20128\n')).toEqual([
      'stratum-url',
    ]);
    expect(rules('/etc/app.env', 'UPSTREAM=xmr-eu1.nanopool.org:14433\n')).toEqual(['pool-address']);
  });

  it('ignores documentation, pool names without a port, lists of pools, and prose', () => {
    expect(
      rules('/var/www/docs/guide.md', 'Use stratum+tcp://pool.supportxmr.com:3333 in your miner.'),
    ).toEqual([]);
    expect(rules('/etc/hosts.block', '0.0.0.0 pool.minexmr.com\n0.0.0.0 xmr-eu1.nanopool.org\n')).toEqual([]);
    const list = [
      'pool.supportxmr.com:3333',
      'xmr-eu1.nanopool.org:14444',
      'pool.minexmr.com:4444',
      'gulf.moneroocean.stream:10128',
      'xmr.2miners.com:2222',
    ];
    expect(rules('/opt/falco/rules.yaml', `items: [${list.map((x) => `"${x}"`).join(', ')}]\n`)).toEqual([]);
    expect(
      rules('/opt/x/notes.txt', 'pool URLs (stratum+tcp://), --donate-level and wallets are signals'),
    ).toEqual([]);
  });

  it('counts lines from firstLine for a later chunk', () => {
    const [d] = miningDetector.scan(
      'x\ny\nTARGET=stratum+tcp://203.0.113.1:3333\n',
      file('/etc/a.conf'),
      100,
    );
    expect(d?.line).toBe(102);
  });
});

describe('mining detector: browser miners and binaries', () => {
  it('finds an in-browser miner in a web page', () => {
    expect(
      rules('/var/www/index.html', '<script src="https://coinhive.com/lib/coinhive.min.js"></script>'),
    ).toEqual(['browser-miner']);
    expect(rules('/var/www/index.html', '<p>News: CoinHive shut down in 2019.</p>')).toEqual([]);
  });

  it('reports ELF marker families; text binaries are not wanted', () => {
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      Buffer.alloc(32),
      Buffer.from('XMRig/6.21\0stratum+tcp://\0RandomX\0'),
    ]);
    expect(miningDetector.wants(file('/tmp/k', { size: elf.length }), elf)).toBe(true);
    const [d] = miningDetector.scan(elf.toString('latin1'), file('/tmp/k', { binary: true }), 1);
    expect(d?.rule).toBe('miner-binary');
    expect(d?.reasons.map((r) => r.split(':')[0])).toEqual(['brand', 'stratum', 'algorithm']);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
    expect(miningDetector.wants(file('/tmp/a.png'), png)).toBe(false);
    expect(miningDetector.wants(file('/tmp/style.css'), Buffer.from('body{}'))).toBe(false);
    expect(miningDetector.wants(file('/tmp/huge.log', { size: 5 * 1024 ** 3 }), Buffer.from('text'))).toBe(
      false,
    );
  });
});
