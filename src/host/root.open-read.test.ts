/** HostRoot.openRead: streaming reads with the same resolution rules as readBytes (additive API). */
import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoot, type HostRoot, type ReadHandle } from './root.ts';

let dir: string;
let outside: string;
let root: HostRoot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hegui-open-'));
  outside = await mkdtemp(path.join(tmpdir(), 'hegui-open-out-'));
  await writeFile(path.join(outside, 'secret'), 'outside\n');
  await mkdir(path.join(dir, 'd'));
  await writeFile(path.join(dir, 'd/a.txt'), 'x'.repeat(10_000));
  await symlink('/d/a.txt', path.join(dir, 'd/link'));
  await symlink(path.join(outside, 'secret'), path.join(dir, 'd/escape'));
  await writeFile(path.join(dir, 'd/sparse'), '');
  await truncate(path.join(dir, 'd/sparse'), 5 * 1024 ** 3);
  execFileSync('mkfifo', [path.join(dir, 'd/fifo')]);
  root = await openRoot(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function open(p: string, noFollow = false): Promise<ReadHandle> {
  const r = await root.openRead!(p, { noFollow });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.file;
}

describe('HostRoot.openRead', () => {
  it('streams a file in chunks and reports its fstat', async () => {
    const f = await open('/d/a.txt');
    expect(f.size).toBe(10_000);
    const sizes: number[] = [];
    for await (const c of f.chunks(4096)) sizes.push(c.length);
    await f.close();
    expect(sizes).toEqual([4096, 4096, 1808]);
  });

  it('reads ahead without overwriting a chunk the caller holds, and stops cleanly when the caller does', async () => {
    const content = Buffer.from(Array.from({ length: 10_000 }, (_, i) => 97 + (i % 26)));
    await writeFile(path.join(dir, 'd/abc.txt'), content);
    const f = await open('/d/abc.txt');
    const held: Buffer[] = [];
    for await (const c of f.chunks(1000)) held.push(c);
    expect(Buffer.concat(held).equals(content)).toBe(true);
    await f.close();
    // Leaving after the first chunk: the read already issued ends before close, without a rejection.
    const g = await open('/d/abc.txt');
    for await (const c of g.chunks(1000)) {
      expect(c.length).toBe(1000);
      break;
    }
    await g.close();
    const again = await open('/d/abc.txt');
    const first = await again.chunks(3000, 4500).next();
    expect(first.done ? -1 : first.value.length).toBe(3000);
    await again.close();
  });

  it('stops at the limit', async () => {
    const f = await open('/d/sparse');
    let total = 0;
    for await (const c of f.chunks(1 << 20, 3 << 20)) total += c.length;
    await f.close();
    expect(f.size).toBe(5 * 1024 ** 3);
    expect(total).toBe(3 << 20);
  });

  it('follows a link inside the root, and refuses it with noFollow', async () => {
    const f = await open('/d/link');
    expect(f.size).toBe(10_000);
    await f.close();
    expect(await root.openRead!('/d/link', { noFollow: true })).toMatchObject({
      ok: false,
      reason: 'symlink-loop',
    });
  });

  it('never leaves the root', async () => {
    expect(await root.openRead!('/d/escape')).toMatchObject({ ok: false, missing: true });
    expect(await root.openRead!('/../../d/a.txt')).toMatchObject({ ok: true });
  });

  it('refuses directories and FIFOs without hanging; a missing file is a fact', async () => {
    expect(await root.openRead!('/d')).toMatchObject({ ok: false, reason: 'not-a-file' });
    expect(await root.openRead!('/d/fifo')).toMatchObject({ ok: false, reason: 'not-a-file' });
    expect(await root.openRead!('/d/none')).toEqual({ ok: false, missing: true });
  });

  it('reads on when the file grows after it was opened, and restat sees the change', async () => {
    await writeFile(path.join(dir, 'd/grow'), 'abc');
    const f = await open('/d/grow');
    expect((await f.read(10)).toString()).toBe('abc');
    await appendFile(path.join(dir, 'd/grow'), 'def');
    expect((await f.read(10)).toString()).toBe('def');
    expect((await f.read(10)).length).toBe(0);
    expect((await f.restat()).size).toBe(6);
    await f.close();
  });
});
