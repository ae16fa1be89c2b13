import { createHash } from 'node:crypto';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import type { Io } from '../cli/io.ts';
import { collect } from '../core/scan.ts';
import { VERSION } from '../core/version.ts';
import { openRoot, type HostRoot } from '../host/root.ts';
import { readArchive, writeArchive } from './archive.ts';
import { createCapture } from './capture.ts';
import { appendCustody } from './custody.ts';
import { digestLine, type Manifest } from './manifest.ts';
import { verifyCapture } from './verify.ts';

const host = 'test/hosts/compromised/root';
const NOW = new Date('2026-11-23T10:00:00.000Z');
let tmp: string;
let fixture: string;

async function run(args: string[], clock: Date = NOW) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: { LANG: 'C.UTF-8', USER: 'tester' },
    clock: () => clock,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

type Entry = { name: string; data: Buffer };

async function entries(file: string): Promise<Entry[]> {
  const out: Entry[] = [];
  await readArchive(file, (e) => {
    out.push({ name: e.name, data: e.data });
  });
  return out;
}

async function rewrite(src: string, name: string, edit: (es: Entry[]) => Entry[]): Promise<string> {
  const dst = path.join(tmp, name);
  const w = writeArchive(dst, false);
  for (const e of edit(await entries(src))) await w.add(e.name, e.data);
  await w.finish();
  return dst;
}

/** A copy with the text of one entry edited; with `redigest`, manifest.sha256 is made to match again. */
function editEntry(src: string, out: string, name: string, edit: (text: string) => string, redigest = false) {
  return rewrite(src, out, (es) => {
    const data = Buffer.from(edit(get(es, name).data.toString()));
    return es.map((e) =>
      e.name === name
        ? { name, data }
        : redigest && e.name === 'manifest.sha256'
          ? { name: e.name, data: digestLine(sha(data)) }
          : e,
    );
  });
}

/** Every entry of a tree with its type, mode, mtime and content hash. */
async function treeState(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const p = path.join(dir, name);
    const info = await lstat(p);
    const content = info.isFile() ? sha(await readFile(p)) : info.isSymbolicLink() ? await readlink(p) : '';
    out.push(`${name} ${info.mode} ${info.mtimeMs} ${content}`);
  }
  return out;
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const get = (es: Entry[], name: string) => es.find((e) => e.name === name)!;
const manifestOf = async (file: string) =>
  JSON.parse(get(await entries(file), 'manifest.json').data.toString()) as Manifest;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'hegui-capture-'));
  fixture = path.join(tmp, 'fixture.tar.gz');
  const r = await run(['capture', '--root', host, '--output', fixture, '--by', 'Zhang San']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('capture of the compromised fixture server', () => {
  it('is accepted by verify', async () => {
    const r = await run(['capture', 'verify', fixture]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/result: intact/);
    // Evidence is as confidential as the host: only the owner may read the capture.
    expect((await lstat(fixture)).mode & 0o777).toBe(0o600);
  });

  it('records times in UTC and +08:00, host identity, tool version, caps and a hash for every item', async () => {
    const m = await manifestOf(fixture);
    expect(m.collectedAt).toEqual({
      utc: '2026-11-23T10:00:00.000Z',
      shanghai: '2026-11-23T18:00:00.000+08:00',
    });
    expect(m.host.hostname).toBe('web-01');
    expect(m.host.osRelease).toMatch(/Debian/);
    expect(m.tool.version).toBe(VERSION);
    expect(m.caps.perFileBytes).toBe(64 * 1024 * 1024);
    const es = await entries(fixture);
    for (const item of m.items) {
      const e = get(es, item.path);
      expect(sha(e.data), item.path).toBe(item.sha256);
      expect(e.data.length).toBe(item.size);
    }
    expect(m.totalBytes).toBe(m.items.reduce((n, i) => n + i.size, 0));
    // manifest.sha256 is the digest of manifest.json
    expect(get(es, 'manifest.sha256').data.toString()).toBe(
      `${sha(get(es, 'manifest.json').data)}  manifest.json\n`,
    );
  });

  it('holds the bundle, report, snapshots and the files the findings name, plus the standard set', async () => {
    const m = await manifestOf(fixture);
    const paths = m.items.map((i) => i.path);
    expect(paths.slice(0, 4)).toEqual([
      'bundle.json',
      'report.json',
      'snapshots/processes.json',
      'snapshots/sockets.json',
    ]);
    for (const p of [
      'files/etc/cron.d/php-sess',
      'files/var/spool/cron/crontabs/root',
      'files/etc/ld.so.preload',
      'files/etc/systemd/system/sys-update.service',
      'files/var/log/auth.log.2.gz',
      'files/usr/lib/x86_64-linux-gnu/libprocesshider.so',
    ])
      expect(m.items.find((i) => i.path === p)?.reason, p).toBe('finding');
    for (const p of [
      'files/etc/group',
      'files/root/.ssh/authorized_keys',
      'files/home/deploy/.ssh/authorized_keys',
      'files/var/log/wtmp',
    ])
      expect(m.items.find((i) => i.path === p)?.reason, p).toBe('standard');
    const report = JSON.parse(get(await entries(fixture), 'report.json').data.toString()) as {
      findings: { checkId: string }[];
    };
    expect(report.findings.map((f) => f.checkId)).toContain('process-miner-running');
    // The miner's /proc/PID/exe link points at a deleted file: a gap, not a silent omission.
    expect(m.gaps).toContainEqual({ source: '/proc/4242/exe', reason: 'missing', detail: 'no such file' });
  });

  it('copies /etc/shadow without password hashes and says so', async () => {
    const m = await manifestOf(fixture);
    const item = m.items.find((i) => i.source === '/etc/shadow')!;
    expect(item.transform).toBe('password-hashes-removed');
    const original = await readFile(path.join(host, 'etc/shadow'), 'utf8');
    const copied = get(await entries(fixture), 'files/etc/shadow').data.toString();
    expect(original).toMatch(/root:\$6\$[^:<]+:/);
    expect(copied).toMatch(/^root:\$6\$<hash-removed-by-hegui>:/m);
    expect(copied).not.toMatch(/\$6\$[^<:]/);
    // The empty password of "test" stays visible (it is a finding), as do the '*' markers.
    expect(copied).toMatch(/^test::/m);
    expect(copied).toMatch(/^daemon:\*:/m);
  });

  it('is byte-identical when the same state is captured at the same time', async () => {
    const again = path.join(tmp, 'again.tar.gz');
    expect((await run(['capture', '--root', host, '--output', again, '--by', 'Zhang San'])).code).toBe(0);
    expect(Buffer.compare(await readFile(again), await readFile(fixture))).toBe(0);
    // Later: only the time-bearing entries differ.
    const later = path.join(tmp, 'later.tar.gz');
    expect(
      (
        await run(
          ['capture', '--root', host, '--output', later, '--by', 'Zhang San'],
          new Date('2026-11-24T00:00:00Z'),
        )
      ).code,
    ).toBe(0);
    const [a, b] = [await entries(fixture), await entries(later)];
    const differing = a.filter((e, i) => Buffer.compare(e.data, b[i]!.data) !== 0).map((e) => e.name);
    expect(differing).toEqual([
      'bundle.json',
      'report.json',
      'manifest.json',
      'manifest.sha256',
      'custody.log',
    ]);
  });
});

describe('verify names what changed', () => {
  it('one byte of one item', async () => {
    const bad = await rewrite(fixture, 'byte.tar.gz', (es) =>
      es.map((e) => {
        if (e.name !== 'files/etc/passwd') return e;
        const data = Buffer.from(e.data);
        data[5] = data[5]! ^ 1;
        return { name: e.name, data };
      }),
    );
    const m = await manifestOf(fixture);
    const expected = m.items.find((i) => i.path === 'files/etc/passwd')!.sha256;
    const r = await run(['capture', 'verify', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`CHANGED files/etc/passwd: changed \\(expected ${expected}, actual [0-9a-f]{64}\\)`),
    );
    expect(r.stdout.match(/^(CHANGED|ADDED|REMOVED|MANIFEST|CUSTODY)/gm)).toHaveLength(1);
  });

  it('an added item', async () => {
    const bad = await rewrite(fixture, 'added.tar.gz', (es) => [
      ...es,
      { name: 'files/etc/evil', data: Buffer.from('x') },
    ]);
    const r = await run(['capture', 'verify', bad, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { intact: boolean; problems: { kind: string; path: string }[] };
    expect(out.intact).toBe(false);
    expect(out.problems).toEqual([
      { kind: 'added', path: 'files/etc/evil', actual: sha('x'), detail: 'added' },
    ]);
  });

  it('a removed item', async () => {
    const bad = await rewrite(fixture, 'removed.tar.gz', (es) =>
      es.filter((e) => e.name !== 'files/var/log/auth.log'),
    );
    const r = await run(['capture', 'verify', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/REMOVED files\/var\/log\/auth\.log: removed/);
  });

  it('an item duplicated under the same name', async () => {
    const bad = await rewrite(fixture, 'dup.tar.gz', (es) => [
      ...es,
      { name: 'files/etc/passwd', data: Buffer.from('root::0:0::/:/bin/sh\n') },
    ]);
    const r = await run(['capture', 'verify', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/DUPLICATE files\/etc\/passwd/);
  });

  it('a changed manifest', async () => {
    const bad = await editEntry(fixture, 'manifest.tar.gz', 'manifest.json', (t) =>
      t.replace('web-01', 'web-02'),
    );
    const r = await run(['capture', 'verify', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/MANIFEST-ALTERED manifest\.json: manifest altered/);
  });

  it('a manifest rewritten together with its digest (the custody chain no longer starts at it)', async () => {
    const bad = await editEntry(
      fixture,
      'manifest2.tar.gz',
      'manifest.json',
      (t) => t.replace('web-01', 'web-02'),
      true,
    );
    const r = await run(['capture', 'verify', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /CUSTODY-ALTERED custody\.log: line 1: first entry is not chained to this manifest/,
    );
  });

  it('a removed manifest', async () => {
    const bad = await rewrite(fixture, 'nomanifest.tar.gz', (es) =>
      es.filter((e) => e.name !== 'manifest.json'),
    );
    const r = await run(['capture', 'verify', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/REMOVED manifest\.json: manifest removed/);
  });

  it('a changed custody log', async () => {
    const bad = await editEntry(fixture, 'custody.tar.gz', 'custody.log', (t) =>
      t.replace('Zhang San', 'Li Si'),
    );
    const r = await run(['capture', 'verify', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/CUSTODY-ALTERED custody\.log: line 1: entry altered/);
  });

  it('a truncated archive, a non-gzip file and a missing file are coded errors (exit 2)', async () => {
    const cut = path.join(tmp, 'cut.tar.gz');
    const bytes = await readFile(fixture);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r1 = await run(['capture', 'verify', cut]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/^HEGUI_E_CAPTURE_CORRUPT: /);
    const plain = path.join(tmp, 'plain.tar.gz');
    await writeFile(plain, 'not a capture at all\n');
    expect((await run(['capture', 'verify', plain])).stderr).toMatch(/^HEGUI_E_CAPTURE_CORRUPT: /);
    const missing = await run(['capture', 'verify', path.join(tmp, 'nope.tar.gz')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^HEGUI_E_CAPTURE_NOT_FOUND: /);
    // Cut on a tar block boundary inside a valid gzip stream: still corrupt, never "intact".
    const es = await entries(fixture);
    const w = writeArchive(path.join(tmp, 'short.tar.gz'), false);
    for (const e of es.slice(0, 3)) await w.add(e.name, e.data);
    await w.finish();
    const raw = await readFile(path.join(tmp, 'short.tar.gz'));
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const tarBytes = gunzipSync(raw);
    await writeFile(path.join(tmp, 'short2.tar.gz'), gzipSync(tarBytes.subarray(0, 700)));
    const r2 = await run(['capture', 'verify', path.join(tmp, 'short2.tar.gz')]);
    expect(r2.code).toBe(2);
  });

  it('a manifest of a newer schema is a coded error when its digest vouches for it', async () => {
    const bad = await editEntry(
      fixture,
      'newer.tar.gz',
      'manifest.json',
      (t) => t.replace('"schemaVersion": 1', '"schemaVersion": 99'),
      true,
    );
    const r = await run(['capture', 'verify', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_CAPTURE_SCHEMA: .*99/);
  });
});

describe('chain of custody', () => {
  it('verify --record and export add chained entries and keep every item byte-identical', async () => {
    const file = path.join(tmp, 'custody-work.tar.gz');
    await writeFile(file, await readFile(fixture));
    const before = await entries(file);
    const plain = await run(['capture', 'verify', file]);
    expect(plain.code).toBe(0);
    expect(Buffer.compare(await readFile(file), await readFile(fixture))).toBe(0); // plain verify writes nothing

    const rec = await run(
      ['capture', 'verify', file, '--record', '--by', 'Li Si'],
      new Date('2026-11-23T11:00:00Z'),
    );
    expect(rec.code, rec.stdout).toBe(0);
    expect(rec.stdout).toMatch(/recorded: custody entry 2 \(verified by Li Si\)/);
    const dest = path.join(tmp, 'to-police.tar.gz');
    const exp = await run(
      ['capture', 'export', file, '--to', dest, '--by', 'Wang Wu'],
      new Date('2026-11-23T12:00:00Z'),
    );
    expect(exp.code, exp.stderr).toBe(0);
    expect(Buffer.compare(await readFile(dest), await readFile(file))).toBe(0);

    const after = await entries(file);
    for (const e of before.filter((x) => x.name !== 'custody.log'))
      expect(Buffer.compare(get(after, e.name).data, e.data), e.name).toBe(0);
    const log = get(after, 'custody.log')
      .data.toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log.map((e) => [e.seq, e.action, e.by, e.result ?? null])).toEqual([
      [1, 'created', 'Zhang San', null],
      [2, 'verified', 'Li Si', 'intact'],
      [3, 'exported', 'Wang Wu', 'intact'],
    ]);
    expect(log[2]!.to).toBe(dest);
    expect(log[1]!.atShanghai).toBe('2026-11-23T19:00:00.000+08:00');
    const v = await verifyCapture(dest);
    expect(v.intact).toBe(true);
    expect(v.custody.entries).toHaveLength(3);

    // Exporting onto an existing file is refused, and nothing is recorded for it.
    const again = await run(['capture', 'export', file, '--to', dest, '--by', 'Wang Wu']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^HEGUI_E_CAPTURE_EXISTS/);
    expect((await verifyCapture(file)).custody.entries).toHaveLength(3);

    // Dropping the middle entry breaks the chain at the next one.
    const lines = get(after, 'custody.log').data.toString().split('\n');
    const cut = await rewrite(file, 'custody-cut.tar.gz', (es) =>
      es.map((e) =>
        e.name === 'custody.log'
          ? { name: e.name, data: Buffer.from([lines[0], lines[2], ''].join('\n')) }
          : e,
      ),
    );
    const r = await run(['capture', 'verify', cut]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/line 2: chain broken/);
  });

  it('a recorded verify of an altered capture says so in the log', async () => {
    const bad = await rewrite(fixture, 'rec-bad.tar.gz', (es) =>
      es.filter((e) => e.name !== 'files/etc/group'),
    );
    const r = await run(['capture', 'verify', bad, '--record', '--by', 'auditor']);
    expect(r.code).toBe(1);
    const last = get(await entries(bad), 'custody.log')
      .data.toString()
      .trim()
      .split('\n')
      .at(-1)!;
    expect(JSON.parse(last)).toMatchObject({
      action: 'verified',
      result: 'altered',
      detail: 'files/etc/group: removed',
    });
  });

  it('appendCustody chains to the previous line', () => {
    const log1 = appendCustody('', { action: 'created', at: NOW, by: 'a', manifestSha256: 'm'.repeat(64) });
    const log2 = appendCustody(log1, {
      action: 'verified',
      at: NOW,
      by: 'b',
      manifestSha256: 'm'.repeat(64),
    });
    const [first, second] = log2.trim().split('\n');
    expect((JSON.parse(second!) as { prev: string }).prev).toBe(sha(first!));
    expect((JSON.parse(first!) as { prev: string }).prev).toBe('m'.repeat(64));
  });
});

describe('capture input and limits', () => {
  it('refuses a missing output directory and an existing output (unless --force)', async () => {
    const r = await run(['capture', '--root', host, '--output', path.join(tmp, 'no/such/dir/c.tar.gz')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^HEGUI_E_OUTPUT: output directory .* does not exist/);
    const existing = path.join(tmp, 'existing.tar.gz');
    await writeFile(existing, 'keep me');
    const r2 = await run(['capture', '--root', host, '--output', existing]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^HEGUI_E_CAPTURE_EXISTS/);
    expect(await readFile(existing, 'utf8')).toBe('keep me');
    const r3 = await run(['capture', '--root', host, '--output', existing, '--force']);
    expect(r3.code).toBe(0);
    expect((await verifyCapture(existing)).intact).toBe(true);
    const r4 = await run(['capture', '--root', host]);
    expect(r4.stderr).toMatch(/^HEGUI_E_USAGE: capture needs --output/);
    const r5 = await run([
      'capture',
      '--root',
      host,
      '--output',
      path.join(tmp, 'x.tar.gz'),
      '--max-file',
      'lots',
    ]);
    expect(r5.stderr).toMatch(/^HEGUI_E_USAGE: --max-file/);
  });

  it('cuts big files at the cap, stops at the total cap, and records unreadable files as gaps', async () => {
    const root = path.join(tmp, 'tree');
    await mkdir(path.join(root, 'etc/cron.d'), { recursive: true });
    await mkdir(path.join(root, 'var/log'), { recursive: true });
    await mkdir(path.join(root, 'etc/sudoers')); // a directory where a file should be
    await writeFile(path.join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    await writeFile(path.join(root, 'etc/shadow'), 'root:$y$j9T$abc$def:20000:0:99999:7:::\n');
    await writeFile(path.join(root, 'var/log/auth.log'), 'x'.repeat(3000));
    await writeFile(path.join(root, 'var/log/syslog'), 'y'.repeat(3000));
    await writeFile(path.join(root, 'etc/cron.d/job'), '* * * * * root true\n');
    await symlink('loop-b', path.join(root, 'etc/crontab')); // etc/crontab → loop-b → etc/crontab
    await symlink('crontab', path.join(root, 'etc/loop-b'));
    await chmod(path.join(root, 'etc/passwd'), 0o644);
    const bundle = await collect({ root, clock: () => NOW, sections: ['host', 'accounts'] });
    const hostRoot = await openRoot(root);
    // A root that refuses one file, as a permission error would (tests run as root, which reads anything).
    const refusing: HostRoot = {
      ...hostRoot,
      dir: hostRoot.dir,
      live: hostRoot.live,
      readText: (p, o) => hostRoot.readText(p, o),
      readBytes: (p, o) => hostRoot.readBytes(p, o),
      list: (p) => hostRoot.list(p),
      readLink: (p) => hostRoot.readLink(p),
      stat: (p) => hostRoot.stat(p),
      openRead: (p, o) =>
        p === '/etc/cron.d/job'
          ? Promise.resolve({ ok: false, missing: false, reason: 'permission-denied', detail: 'EACCES' })
          : hostRoot.openRead!(p, o),
    };
    const before = await treeState(root);
    const base = {
      bundle,
      perFileBytes: 1024,
      lang: 'en' as const,
      by: 't',
      clock: () => NOW,
      hostRoot: refusing,
    };
    // First without a total cap, to learn how much the bundle, report and small files take.
    const first = await createCapture({ ...base, output: path.join(tmp, 'tree0.tar.gz'), totalBytes: 1e9 });
    const upToAuth = first.manifest.items
      .filter((i) => i.kind !== 'file' || i.source! <= '/var/log/auth.log')
      .reduce((n, i) => n + i.size, 0);
    const out = path.join(tmp, 'tree.tar.gz');
    const totalBytes = upToAuth + 100;
    const done = await createCapture({ ...base, output: out, totalBytes });
    const m = done.manifest;
    const auth = m.items.find((i) => i.source === '/var/log/auth.log')!;
    expect(auth).toMatchObject({ size: 1024, truncated: true, sourceSize: 3000 });
    expect(m.items.find((i) => i.source === '/etc/passwd')!.truncated).toBe(false);
    expect(m.gaps).toContainEqual({
      source: '/etc/cron.d/job',
      reason: 'permission-denied',
      detail: 'EACCES',
    });
    expect(m.gaps.find((g) => g.source === '/etc/sudoers')?.reason).toBe('not-a-file');
    expect(m.gaps.find((g) => g.source === '/etc/crontab')?.reason).toBe('symlink-loop');
    // The total cap cuts the next file short and says so.
    expect(m.items.find((i) => i.source === '/var/log/syslog')).toMatchObject({
      size: 100,
      truncated: true,
      sourceSize: 3000,
    });
    expect(m.gaps.find((g) => g.source === '/var/log/syslog')).toMatchObject({ reason: 'total-cap' });
    expect(m.totalBytes).toBe(totalBytes);
    expect(m.caps).toEqual({ perFileBytes: 1024, totalBytes });
    expect((await verifyCapture(out)).intact).toBe(true);
    expect(get(await entries(out), 'files/etc/shadow').data.toString()).toBe(
      'root:$y$<hash-removed-by-hegui>:20000:0:99999:7:::\n',
    );
    // Read-only: the captured tree is exactly as it was (contents, modes, times).
    expect(await treeState(root)).toEqual(before);
  });
});

describe('capture of this live machine', () => {
  it('is accepted by verify', async () => {
    const out = path.join(tmp, 'live.tar.gz');
    const r = await run(
      ['capture', '--output', out, '--max-file', '64k', '--max-total', '4M', '--quiet'],
      new Date(),
    );
    expect(r.code, r.stderr).toBe(0);
    const v = await run(['capture', 'verify', out]);
    expect(v.code, v.stdout).toBe(0);
    const m = await manifestOf(out);
    expect(m.live).toBe(true);
    expect(m.root).toBe('/');
    expect(m.items.every((i) => i.size <= 64 * 1024 || i.kind !== 'file')).toBe(true);
    expect(m.items.some((i) => i.source === '/etc/passwd')).toBe(true);
    // Truncation is recorded, not silent.
    for (const i of m.items.filter((x) => x.truncated)) expect(i.size).toBe(64 * 1024);
  }, 60_000);
});
