import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, normaliseHostPath, openRoot, type HostRoot } from './root.ts';

let dir: string;
let outside: string;
let root: HostRoot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hegui-root-'));
  outside = await mkdtemp(path.join(tmpdir(), 'hegui-outside-'));
  await writeFile(path.join(outside, 'secret'), 'outside the root\n');
  await mkdir(path.join(dir, 'etc/ssh'), { recursive: true });
  await writeFile(path.join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
  await writeFile(path.join(dir, 'etc/ssh/sshd_config'), 'PermitRootLogin no\n');
  // An absolute link inside the image points at the image's own /etc/passwd, not this machine's.
  await symlink('/etc/passwd', path.join(dir, 'etc/passwd-link'));
  await symlink('../../../../../../../../etc/passwd', path.join(dir, 'etc/dotdot-link'));
  await symlink(path.join(outside, 'secret'), path.join(dir, 'etc/escape'));
  await symlink('loop-b', path.join(dir, 'etc/loop-a'));
  await symlink('loop-a', path.join(dir, 'etc/loop-b'));
  await symlink('/etc', path.join(dir, 'etc-dir-link'));
  await writeFile(
    path.join(dir, 'etc/binary.conf'),
    Buffer.from([0x50, 0x6f, 0x72, 0x74, 0x00, 0xff, 0xfe, 0x00, 0x01]),
  );
  await writeFile(path.join(dir, 'etc/gbk.conf'), iconv.encode('# 管理员配置\nPort 22\n', 'gbk'));
  await mkdir(path.join(dir, 'var/log'), { recursive: true });
  // A 1 GiB log that costs no disk: a sparse file.
  await writeFile(path.join(dir, 'var/log/huge.log'), '');
  await truncate(path.join(dir, 'var/log/huge.log'), 1024 ** 3);
  execFileSync('mkfifo', [path.join(dir, 'etc/fifo.conf')]);
  root = await openRoot(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('normaliseHostPath', () => {
  it.each([
    ['/etc/passwd', '/etc/passwd'],
    ['etc/passwd', '/etc/passwd'],
    ['/../../etc/./passwd', '/etc/passwd'],
    ['/a/b/../../../c', '/c'],
    ['//etc//ssh/', '/etc/ssh'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseHostPath(input)).toBe(expected);
  });
});

describe('HostRoot under a directory', () => {
  it('reads a host path under the root', async () => {
    const r = await root.readText('/etc/ssh/sshd_config');
    expect(r).toMatchObject({ ok: true, text: 'PermitRootLogin no\n', encoding: 'utf-8' });
  });

  it('clamps .. at the root instead of escaping it', async () => {
    const r = await root.readText('/../../../../etc/passwd');
    expect(r.ok && r.text).toBe('root:x:0:0:root:/root:/bin/bash\n');
  });

  it('re-roots absolute symlink targets inside the image', async () => {
    const r = await root.readText('/etc/passwd-link');
    expect(r.ok && r.text).toContain('root:x:0:0');
  });

  it('re-roots relative links that climb with ..', async () => {
    const r = await root.readText('/etc/dotdot-link');
    expect(r.ok && r.text).toContain('root:x:0:0');
  });

  it('never follows a link out of the root', async () => {
    const r = await root.readText('/etc/escape');
    // The absolute target is looked up under the root, where it does not exist.
    expect(r).toEqual({ ok: false, missing: true });
  });

  it('follows a directory link re-rooted', async () => {
    const r = await root.readText('/etc-dir-link/ssh/sshd_config');
    expect(r.ok && r.text).toBe('PermitRootLogin no\n');
  });

  it('records a symlink loop as a gap, not a hang or crash', async () => {
    const r = await root.readText('/etc/loop-a');
    expect(r).toMatchObject({ ok: false, missing: false, reason: 'symlink-loop' });
  });

  it('treats a missing file as a fact, not a gap', async () => {
    expect(await root.readText('/etc/shadow')).toEqual({ ok: false, missing: true });
    expect(await root.list('/no/such/dir')).toEqual({ ok: false, missing: true });
  });

  it('refuses binary garbage in a text file', async () => {
    expect(await root.readText('/etc/binary.conf')).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('decodes GBK-encoded text', async () => {
    const r = await root.readText('/etc/gbk.conf');
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(r.ok && r.text).toBe('# 管理员配置\nPort 22\n');
  });

  it('refuses a 1 GiB file without reading it', async () => {
    const started = performance.now();
    const r = await root.readText('/var/log/huge.log');
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    // Refused from its size: far less than the time needed to read 1 GiB.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not block on a FIFO planted as a config file', async () => {
    expect(await root.readText('/etc/fifo.conf')).toMatchObject({ ok: false, reason: 'not-a-file' });
  });

  it('refuses to read a directory as a file', async () => {
    expect(await root.readText('/etc')).toMatchObject({ ok: false, reason: 'not-a-file' });
  });

  it('lists directories sorted with entry types', async () => {
    const r = await root.list('/etc');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const names = r.entries.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    expect(r.entries.find((e) => e.name === 'ssh')?.type).toBe('dir');
    expect(r.entries.find((e) => e.name === 'passwd-link')?.type).toBe('symlink');
  });

  it('reads a link target raw, without following it', async () => {
    expect(await root.readLink('/etc/passwd-link')).toEqual({ ok: true, target: '/etc/passwd' });
    expect(await root.readLink('/etc/passwd')).toMatchObject({ ok: false, reason: 'not-a-file' });
  });

  it('maps permission errors to permission-denied gaps', async () => {
    const locked = path.join(dir, 'locked');
    await mkdir(locked, { mode: 0o000 });
    await writeFile(path.join(dir, 'unreadable.conf'), 'x', { mode: 0o000 });
    if (process.getuid?.() === 0) {
      await chmod(dir, 0o755); // mkdtemp makes 0700: let the unprivileged child reach the two test entries
      // root bypasses file modes; drop to nobody in a child so the kernel really says EACCES.
      const script = `import { openRoot } from ${JSON.stringify(path.resolve('src/host/root.ts'))};
        const r = await openRoot(${JSON.stringify(dir)});
        console.log(JSON.stringify([await r.readText('/unreadable.conf'), await r.list('/locked')]));`;
      const out = execFileSync(
        'setpriv',
        [
          '--reuid=65534',
          '--regid=65534',
          '--clear-groups',
          process.execPath,
          '--input-type=module',
          '-e',
          script,
        ],
        {
          encoding: 'utf8',
        },
      );
      const [file, list] = JSON.parse(out) as [{ reason: string }, { reason: string }];
      expect(file.reason).toBe('permission-denied');
      expect(list.reason).toBe('permission-denied');
    } else {
      expect(await root.readText('/unreadable.conf')).toMatchObject({ reason: 'permission-denied' });
      expect(await root.list('/locked')).toMatchObject({ reason: 'permission-denied' });
    }
  });
});

describe('decodeText', () => {
  it('keeps valid UTF-8 as UTF-8', () => {
    expect(decodeText(Buffer.from('网络安全法', 'utf8'))).toEqual({ text: '网络安全法', encoding: 'utf-8' });
  });
  it('falls back to GB18030 for invalid UTF-8', () => {
    expect(decodeText(iconv.encode('网络安全法', 'gb18030'))).toEqual({
      text: '网络安全法',
      encoding: 'gb18030',
    });
  });
});

describe('HostRoot on the live root', () => {
  it('is live only for /', async () => {
    expect((await openRoot('/')).live).toBe(true);
    expect(root.live).toBe(false);
  });

  it('follows ordinary symlinks on the live root', async () => {
    const live = await openRoot('/');
    const link = path.join(dir, 'etc/passwd-live-link');
    await symlink(path.join(dir, 'etc/passwd'), link);
    const r = await live.readText(link);
    expect(r.ok && r.text).toContain('root:x:0:0');
  });
});
