import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoot, type HostRoot } from '../host/root.ts';
import { pathFilter } from './glob.ts';
import { distinctRoots, walk, type WalkEvent, type WalkOptions } from './walk.ts';

let dir: string;
let root: HostRoot;

async function events(
  options: Partial<WalkOptions> & { roots: string[] },
  r: HostRoot = root,
): Promise<WalkEvent[]> {
  const out: WalkEvent[] = [];
  for await (const e of walk(r, { maxFiles: 1000, maxDepth: 32, ...options })) out.push(e);
  return out;
}

const files = (es: WalkEvent[]) => es.filter((e) => e.kind === 'file').map((e) => e.path);
const gaps = (es: WalkEvent[]) => es.filter((e) => e.kind === 'gap');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hegui-walk-'));
  const put = async (p: string, text = 'x\n') => {
    await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
    await writeFile(path.join(dir, p), text);
  };
  await put('srv/www/index.php');
  await put('srv/www/b/z.txt');
  await put('srv/www/a/y.txt');
  await put('srv/www/.git/objects/ab/cdef');
  await put('srv/www/.git/config');
  await put('srv/www/node_modules/pkg/index.js');
  await put('proc/1/cmdline');
  await put('sys/kernel/x');
  await put('dev/sda');
  await put('dev/shm/miner.json');
  await put('dev/.udev-x/kworker.sh');
  await put('dev/pts/0');
  await put('outside/secret');
  await symlink('/outside', path.join(dir, 'srv/www/dirlink'));
  await symlink('/outside/secret', path.join(dir, 'srv/www/filelink'));
  execFileSync('mkfifo', [path.join(dir, 'srv/www/fifo')]);
  root = await openRoot(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('walk', () => {
  it('yields plain files in sorted depth-first order, never following links or opening special files', async () => {
    expect(files(await events({ roots: ['/srv/www'] }))).toEqual([
      '/srv/www/index.php',
      '/srv/www/.git/config',
      '/srv/www/a/y.txt',
      '/srv/www/b/z.txt',
      '/srv/www/node_modules/pkg/index.js',
    ]);
  });

  it('never enters /proc, /sys or the virtual trees of /dev (but /dev/shm and hidden dirs) even when walking /', async () => {
    const all = files(await events({ roots: ['/'] }));
    expect(all.filter((p) => /^\/(proc|sys|dev)\//.test(p))).toEqual([
      '/dev/sda',
      '/dev/.udev-x/kworker.sh',
      '/dev/shm/miner.json',
    ]);
    expect(all).toContain('/outside/secret');
  });

  it('removes nested roots and skips missing ones silently', async () => {
    expect(distinctRoots(['/srv/www/a', '/srv', '/srv/', '/tmp/../srv/x', '/var'])).toEqual(['/srv', '/var']);
    const es = await events({ roots: ['/srv/www', '/srv/www/a', '/nope'] });
    expect(files(es).filter((p) => p === '/srv/www/a/y.txt')).toHaveLength(1);
    expect(gaps(es)).toEqual([]);
  });

  it('applies --exclude to files and directories, and --include to files', async () => {
    const ex = files(await events({ roots: ['/srv'], exclude: pathFilter(['node_modules', '*.txt']) }));
    expect(ex).toEqual(['/srv/www/index.php', '/srv/www/.git/config']);
    const inc = files(await events({ roots: ['/srv'], include: pathFilter(['/srv/**/*.txt']) }));
    expect(inc).toEqual(['/srv/www/a/y.txt', '/srv/www/b/z.txt']);
  });

  it('cuts very deep nesting at maxDepth with one gap, and still yields what is above', async () => {
    let p = 'deep';
    for (let i = 0; i < 60; i++) p += `/d${i}`;
    await mkdir(path.join(dir, p), { recursive: true });
    await writeFile(path.join(dir, 'deep/d0/top.txt'), 'x');
    await writeFile(path.join(dir, p, 'bottom.txt'), 'x');
    const es = await events({ roots: ['/deep'], maxDepth: 20 });
    expect(files(es)).toEqual(['/deep/d0/top.txt']);
    const g = gaps(es);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ reason: 'truncated' });
    expect(g[0]!.path.split('/').length - 1).toBe(21); // /deep + 20 levels
  });

  it('stops at the file limit with one gap (a tree of 20,000 small files, limit 5,000)', async () => {
    // A million files take minutes to create, too slow for the unit suite: bench/walk-million.ts builds
    // 1.1 million on tmpfs and measures the walk (every file yielded) and the engine at the default limit.
    const many = path.join(dir, 'many');
    for (let d = 0; d < 100; d++) {
      await mkdir(path.join(many, `d${String(d).padStart(3, '0')}`), { recursive: true });
      await Promise.all(
        Array.from({ length: 200 }, (_, f) =>
          writeFile(path.join(many, `d${String(d).padStart(3, '0')}`, `f${f}`), ''),
        ),
      );
    }
    const started = performance.now();
    const es = await events({ roots: ['/many'], maxFiles: 5000 });
    expect(files(es)).toHaveLength(5000);
    expect(gaps(es)).toEqual([
      expect.objectContaining({
        kind: 'gap',
        reason: 'truncated',
        detail: expect.stringContaining('file limit of 5000') as unknown as string,
      }),
    ]);
    expect(files(es)[0]).toBe('/many/d000/f0');
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 120_000);

  it('records an unreadable directory as a gap and goes on (as an unprivileged user)', async () => {
    await mkdir(path.join(dir, 'locked/inner'), { recursive: true });
    await writeFile(path.join(dir, 'locked/inner/f'), 'x');
    await writeFile(path.join(dir, 'locked/open.txt'), 'x');
    await chmod(path.join(dir, 'locked/inner'), 0o700);
    await chmod(dir, 0o755);
    if (process.getuid?.() === 0) {
      // root ignores modes: drop to nobody in a child so the kernel really says EACCES.
      const script = `import { openRoot } from ${JSON.stringify(path.resolve('src/host/root.ts'))};
        import { walk } from ${JSON.stringify(path.resolve('src/walk/walk.ts'))};
        const r = await openRoot(${JSON.stringify(dir)});
        const out = [];
        for await (const e of walk(r, { roots: ['/locked'], maxFiles: 100, maxDepth: 8 })) out.push(e);
        console.log(JSON.stringify(out));`;
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
        { encoding: 'utf8' },
      );
      const es = JSON.parse(out) as WalkEvent[];
      expect(files(es)).toEqual(['/locked/open.txt']);
      expect(gaps(es)).toEqual([
        expect.objectContaining({ path: '/locked/inner', reason: 'permission-denied' }),
      ]);
    } else {
      const es = await events({ roots: ['/locked'] });
      expect(gaps(es)).toEqual([
        expect.objectContaining({ path: '/locked/inner', reason: 'permission-denied' }),
      ]);
    }
  });
});
