import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';
import { collectWith, denyingRoot } from '../accounts/testing.ts';
import { expandKeysPath, sshkeysCollector } from './sshkeys.collector.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name, 'root');
const ED_FP = 'SHA256:WU6CCbQhAPjh2dFXTr1tb/r8gnDZtJpP/JeDa5m/eRc';
const RSA_FP = 'SHA256:RCJgperriq49PPrgJpOees8eLZj7k2s622D9uSKN+wg';
const EC_FP = 'SHA256:7efNwWo847VliG15VC7JNaQTDfTNY1Ml4RW4nIhjNwA';

describe('expandKeysPath', () => {
  const alice = { name: 'alice', uid: 1000, home: '/home/alice' };
  it.each([
    ['.ssh/authorized_keys', '/home/alice/.ssh/authorized_keys'],
    ['%h/.ssh/authorized_keys', '/home/alice/.ssh/authorized_keys'],
    ['/etc/ssh/keys/%u', '/etc/ssh/keys/alice'],
    ['/srv/keys/%U', '/srv/keys/1000'],
    ['/etc/100%%/%u', '/etc/100%/alice'],
    ['../../etc/x', '/etc/x'],
  ])('%s → %s', (pattern, expected) => {
    expect(expandKeysPath(pattern, alice)).toBe(expected);
  });

  it('refuses unknown tokens', () => {
    expect(expandKeysPath('/keys/%f', alice)).toBeUndefined();
    expect(expandKeysPath('/keys/%', alice)).toBeUndefined();
  });
});

describe('sshkeys collector', () => {
  it('reads the default paths for root and every account with a home, decoding GBK comments', async () => {
    const bundle = await collect({ root: fixture('default-paths'), sections: ['sshkeys'] });
    // carol's file is binary: a gap, never a crash.
    expect(bundle.gaps).toEqual([
      {
        section: 'sshkeys',
        path: '/home/carol/.ssh/authorized_keys',
        reason: 'binary',
        detail: 'NUL bytes in a text file',
      },
    ]);
    const files = bundle.sections.sshkeys!.files;
    expect(files.map((f) => [f.path, f.user, f.uid])).toEqual([
      ['/home/alice/.ssh/authorized_keys2', 'alice', 1000],
      ['/root/.ssh/authorized_keys', 'root', 0],
    ]);
    expect(files[0]!.keys).toEqual([
      {
        type: 'ecdsa-sha2-nistp256',
        fingerprint: EC_FP,
        comment: '管理员的密钥',
        options: '',
        optionNames: [],
        where: { path: '/home/alice/.ssh/authorized_keys2', line: 1 },
      },
    ]);
    expect(
      files[1]!.keys.map((k) => [k.type, k.fingerprint, k.comment, k.optionNames, k.where.line]),
    ).toEqual([
      ['ssh-ed25519', ED_FP, 'alice@laptop', [], 2],
      ['ssh-rsa', RSA_FP, 'deploy key 2024', ['from', 'command', 'no-pty'], 4],
    ]);
    expect(files[1]!.mode).not.toBeNull();
  });

  it('follows AuthorizedKeysFile from sshd_config, including Match blocks and %u/%U tokens', async () => {
    const bundle = await collect({ root: fixture('custom-paths'), sections: ['sshkeys'] });
    expect(bundle.gaps).toEqual([]);
    const files = bundle.sections.sshkeys!.files;
    expect(files.map((f) => [f.path, f.user, f.keys.map((k) => k.fingerprint)])).toEqual([
      ['/etc/ssh/authorized_keys/alice', 'alice', [ED_FP]],
      ['/home/alice/.ssh/backup_keys', 'alice', [EC_FP]],
      ['/srv/keys/1000', 'alice', [RSA_FP]],
    ]);
    // The default ~/.ssh/authorized_keys is not consulted when sshd_config names other paths.
    expect(files.some((f) => f.path === '/home/alice/.ssh/authorized_keys')).toBe(false);
  });

  it('records an unreadable authorized_keys (EACCES at the HostRoot seam) as a gap', async () => {
    const { section, gaps } = await collectWith(
      sshkeysCollector,
      await denyingRoot(fixture('default-paths'), ['/root/.ssh/authorized_keys']),
    );
    expect(gaps.map((g) => [g.path, g.reason])).toEqual([
      ['/root/.ssh/authorized_keys', 'permission-denied'],
      ['/home/carol/.ssh/authorized_keys', 'binary'],
    ]);
    expect(section.files.map((f) => f.path)).toEqual(['/home/alice/.ssh/authorized_keys2']);
  });
});
