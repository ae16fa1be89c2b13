/**
 * A whole scan of a server tree full of traps: it must finish, record gaps, and never turn an
 * unreadable piece of evidence into a pass.
 */
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/index.ts';
import { collect, evaluate } from '../src/core/scan.ts';
import type { Report } from '../src/core/finding.ts';

let work: string;
let root: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'hegui-bad-'));
  root = path.join(work, 'root');
  await cp('test/hosts/hardened/root', root, { recursive: true, verbatimSymlinks: true });
  // binary garbage where sshd expects text
  await writeFile(
    path.join(root, 'etc/ssh/sshd_config.d/99-garbage.conf'),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff, 0, 0x50]),
  );
  // a symlink loop among cron files; FIFOs planted where a file is read by name and in a cron directory
  // (cron itself skips non-regular files there, so that one is no evidence and no gap — but must not hang)
  await symlink('loop-b', path.join(root, 'etc/cron.d/loop-a'));
  await symlink('loop-a', path.join(root, 'etc/cron.d/loop-b'));
  execFileSync('mkfifo', [path.join(root, 'etc/cron.d/fifo')]);
  execFileSync('mkfifo', [path.join(root, 'etc/ld.so.preload')]);
  // links that try to leave the root, to a config outside it that would show up in the evidence if followed
  await writeFile(path.join(work, 'outside.conf'), '/var/log/marker-outside.log {\n  daily\n  rotate 1\n}\n');
  await symlink(path.join(work, 'outside.conf'), path.join(root, 'etc/logrotate.d/escape'));
  await symlink(
    '../../../../../../../../../../..' + path.join(work, 'outside.conf'),
    path.join(root, 'etc/logrotate.d/escape-rel'),
  );
  // a 1 GiB log (sparse) and a 20 MiB logrotate include that is too large to be a config
  await mkdir(path.join(root, 'var/log'), { recursive: true });
  await writeFile(path.join(root, 'var/log/syslog'), '');
  await truncate(path.join(root, 'var/log/syslog'), 1024 ** 3);
  await writeFile(path.join(root, 'etc/logrotate.d/huge'), '');
  await truncate(path.join(root, 'etc/logrotate.d/huge'), 20 * 1024 ** 2);
  // very deep nesting under a home directory
  let deep = path.join(root, 'home/ops');
  for (let i = 0; i < 200; i++) deep = path.join(deep, 'd');
  await mkdir(deep, { recursive: true });
  // a truncated /proc/net/tcp: the last line is cut mid-field
  await writeFile(
    path.join(root, 'proc/net/tcp'),
    '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n' +
      '   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 31001 1 0000000000000000 100 0 0 10 0\n' +
      '   1: 00000000:0CEA 0000',
  );
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function outcome(report: Report, id: string): string | undefined {
  return report.checks.find((c) => c.checkId === id)?.outcome;
}

describe('a scan of a hostile tree', () => {
  it('finishes without a crash, records the traps as gaps, and never passes what it could not read', async () => {
    const bundle = await collect({ root });
    const report = evaluate(bundle, CHECKS, { lang: 'en' });
    const reasons = new Set(bundle.gaps.map((g) => `${g.path} ${g.reason}`));
    expect(reasons).toContain('/etc/ssh/sshd_config.d/99-garbage.conf binary');
    expect([...reasons].some((r) => r.startsWith('/etc/cron.d/loop-') && r.endsWith('symlink-loop'))).toBe(
      true,
    );
    expect(reasons).toContain('/etc/ld.so.preload not-a-file');
    expect(reasons).toContain('/etc/logrotate.d/huge too-large');
    expect([...reasons].some((r) => r.startsWith('/proc/net/tcp') && r.endsWith('truncated'))).toBe(true);
    expect(report.checks.filter((c) => c.outcome === 'error')).toEqual([]);
    // sshd evidence is incomplete: no sshd check may pass
    for (const c of report.checks.filter((c) => c.checkId.startsWith('ssh-')))
      expect(c.outcome, c.checkId).not.toBe('pass');
    for (const c of report.checks.filter((c) => c.checkId.startsWith('cron-')))
      expect(c.outcome, c.checkId).not.toBe('pass');
    for (const c of report.checks.filter((c) => c.checkId.startsWith('log-')))
      expect(c.outcome, c.checkId).not.toBe('pass');
    expect(outcome(report, 'preload-ld-so-preload-found')).toBe('not-assessed');
    // the escaping links were resolved inside the root, where no such file exists: nothing leaked in
    expect(JSON.stringify(bundle)).not.toContain('marker-outside');
  });

  it('turns unreadable files and directories into not-assessed, never pass (as an unprivileged user)', async () => {
    await rm(path.join(root, 'etc/ssh/sshd_config.d/99-garbage.conf'));
    await chmod(path.join(root, 'etc/ssh'), 0o700);
    await chmod(path.join(root, 'etc/shadow'), 0o600);
    await chmod(work, 0o755);
    const cli = path.resolve('src/cli/main.ts');
    const args = [cli, 'scan', '--root', root, '--format', 'json', '--lang', 'en'];
    const command = process.getuid?.() === 0 ? 'setpriv' : process.execPath;
    const argv =
      process.getuid?.() === 0
        ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args]
        : args;
    const report = JSON.parse(
      execFileSync(command, argv, { encoding: 'utf8', cwd: process.cwd() }),
    ) as Report;
    const gaps = report.gaps.map((g) => `${g.path} ${g.reason}`);
    expect(gaps).toContain('/etc/shadow permission-denied');
    expect(gaps.some((g) => g.startsWith('/etc/ssh') && g.endsWith('permission-denied'))).toBe(true);
    expect(outcome(report, 'accounts-empty-password-allowed')).toBe('not-assessed');
    expect(outcome(report, 'ssh-root-login-allowed')).toBe('not-assessed');
    expect(outcome(report, 'ssh-password-auth-allowed')).toBe('not-assessed');
  });
});
