import { describe, expect, it } from 'vitest';
import type { ProcessInfo } from '../../../collectors/processes/processes.types.ts';
import { isMiner, minerScore, minerSignals } from './miner-rules.ts';

const WALLET =
  '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';

function proc(over: Partial<ProcessInfo>): ProcessInfo {
  return {
    pid: 100,
    ppid: 1,
    name: 'app',
    cmdline: ['/usr/bin/app'],
    exe: '/usr/bin/app',
    exeDeleted: false,
    exeReplaced: null,
    cwd: '/',
    uid: 0,
    user: 'root',
    state: 'S',
    cpuSeconds: 1,
    startedAfterBootSeconds: 10,
    cpuShare: 0.01,
    kernelThread: false,
    ...over,
  };
}

describe('minerSignals / isMiner', () => {
  it.each<[string, Partial<ProcessInfo>, boolean, string[]]>([
    [
      'xmrig by exe name',
      { name: 'xmrig', exe: '/opt/xmrig-6.21.0/xmrig', cmdline: ['./xmrig'] },
      true,
      ['miner-program'],
    ],
    [
      'xmrig-notls renamed comm',
      { name: 'kworker', exe: '/usr/local/bin/xmrig-notls', cmdline: ['kworker'] },
      true,
      ['miner-program'],
    ],
    [
      'kdevtmpfsi (Kinsing)',
      { name: 'kdevtmpfsi', exe: '/tmp/kdevtmpfsi', cmdline: ['/tmp/kdevtmpfsi'] },
      true,
      ['miner-malware', 'suspicious-location'],
    ],
    [
      'kthreaddk imitation',
      { name: 'kthreaddk', exe: '/usr/bin/kthreaddk', cmdline: ['kthreaddk'] },
      true,
      ['miner-malware'],
    ],
    [
      'real-looking kthreadd name is not a miner name',
      { name: 'kthreadd', exe: '/usr/bin/kthreadd', cmdline: ['kthreadd'] },
      false,
      [],
    ],
    [
      'renamed copy with a stratum URL',
      {
        name: 'php-fpm',
        exe: '/usr/sbin/php-fpm8',
        cmdline: ['php-fpm', '-o', 'stratum+tcp://45.9.148.10:3333', '-u', WALLET, '-p', 'x'],
      },
      true,
      ['stratum-url', 'pool-and-wallet'],
    ],
    [
      'stratum+ssl in argv[0] title',
      { name: 'x', cmdline: ['x --url=stratum+ssl://pool.example.net:443 -k'] },
      true,
      ['stratum-url'],
    ],
    [
      '--donate-level alone is not enough',
      { name: 'svc', cmdline: ['svc', '--donate-level', '1'] },
      false,
      ['donate-level'],
    ],
    [
      '--donate-level plus miner flags',
      { name: 'svc', cmdline: ['svc', '--donate-level=1', '--cpu-priority', '3', '--randomx-1gb-pages'] },
      true,
      ['donate-level', 'miner-flags'],
    ],
    [
      'known pool domain plus wallet',
      { name: 'svc', cmdline: ['svc', '-o', 'gulf.moneroocean.stream:10128', '-u', WALLET] },
      true,
      ['pool-domain', 'pool-and-wallet'],
    ],
    [
      '-a rx/0 plus --coin, no pool: 2 only',
      { name: 'svc', cmdline: ['svc', '-a', 'rx/0', '--coin', 'monero'] },
      false,
      ['miner-flags'],
    ],
    [
      '-a with a non-mining value does not count',
      { name: 'ffmpeg', cmdline: ['ffmpeg', '-a', 'aac', '--algo=sha1'] },
      false,
      [],
    ],
    [
      'campaign name alone',
      { name: 'sysupdate', exe: '/usr/sbin/sysupdate', cmdline: ['/usr/sbin/sysupdate'] },
      false,
      ['campaign-name'],
    ],
    [
      'campaign name + high CPU + /tmp',
      { name: 'sysupdate', exe: '/tmp/sysupdate', cmdline: ['/tmp/sysupdate'], cpuShare: 0.97 },
      true,
      ['campaign-name', 'high-cpu', 'suspicious-location'],
    ],
    [
      'high CPU + /tmp + deleted: supporting signals only',
      { name: 'build', exe: '/tmp/.cc/build', exeDeleted: true, cpuShare: 1.9 },
      false,
      ['high-cpu', 'suspicious-location'],
    ],
    [
      'curl -o file -u user:pass',
      {
        name: 'curl',
        exe: '/usr/bin/curl',
        cmdline: ['curl', '-o', 'out.tgz', '-u', 'deploy:s3cret', 'https://x.example.com:8443/a'],
      },
      false,
      [],
    ],
    [
      'a Monero wallet anywhere plus a stratum URL',
      { name: 'a', cmdline: ['a', WALLET, 'stratum+tcp://1.2.3.4:80'] },
      true,
      ['stratum-url', 'wallet'],
    ],
    [
      '"miner" as a word in an unrelated path does not count',
      { name: 'java', exe: '/opt/dataminer/bin/java', cmdline: ['java', '-jar', 'miner-report.jar'] },
      false,
      [],
    ],
    [
      'pool domain must be a host suffix, not any substring',
      { name: 'app', cmdline: ['app', '--doc=notsupportxmr.community'] },
      false,
      [],
    ],
  ])('%s', (_label, over, miner, ids) => {
    const signals = minerSignals(proc(over));
    expect(signals.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(isMiner(signals)).toBe(miner);
  });

  it('scores the compromised-host miner with every signal', () => {
    const p = proc({
      name: 'kdevtmpfsi',
      exe: '/var/tmp/.s/.x/kdevtmpfsi',
      exeDeleted: true,
      cmdline: [
        '/var/tmp/.s/.x/kdevtmpfsi',
        '--donate-level',
        '0',
        '-o',
        'stratum+tcp://pool.supportxmr.com:3333',
        '-u',
        WALLET,
      ],
      cpuShare: 0.93,
    });
    const signals = minerSignals(p);
    expect(signals.map((s) => s.label)).toEqual([
      'name=kdevtmpfsi',
      'stratum+tcp://pool.supportxmr.com:3333',
      'pool=supportxmr.com',
      '--donate-level',
      '-o pool.supportxmr.com:3333 -u <wallet>',
      'cpu=0.93',
      'exe-deleted',
    ]);
    expect(minerScore(signals)).toBe(14);
  });
});
