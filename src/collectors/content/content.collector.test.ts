import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../core/collector.ts';
import type { Gap } from '../../core/evidence.ts';
import { collect } from '../../core/scan.ts';
import { openRoot } from '../../host/root.ts';
import type { ContentOptions } from '../../walk/options.ts';
import { discoverWebRoots, expandGlob } from '../../walk/discover.ts';
import { collectContent } from './content.collector.ts';

let dir: string;
const CMD =
  'nohup /data/sites/shop/.cache/x -o pool.supportxmr.com:3333 --donate-level 1 -u 4AB' + 'c'.repeat(93);

async function put(p: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
  await writeFile(path.join(dir, p), text);
}

async function run(content: ContentOptions = {}) {
  const root = await openRoot(dir);
  const gaps: Gap[] = [];
  const section = await collectContent(
    createContext('content', root, undefined, gaps, { threads: 0, ...content }),
  );
  return { section, gaps };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hegui-content-'));
  await put(
    'etc/nginx/nginx.conf',
    'http {\n  include conf.d/*.conf;\n  include /etc/nginx/sites-enabled/*;\n}\n',
  );
  await put('etc/nginx/conf.d/shop.conf', 'server {\n  listen 80;\n  root /data/sites/shop/public;\n}\n');
  await put(
    'etc/nginx/sites-enabled/blog',
    'server { root /data/blog; location /f { alias /data/files/; } }\n',
  );
  await put('etc/nginx/sites-enabled/.hidden', 'server { root /data/hidden-ignored; }\n');
  await put('etc/apache2/apache2.conf', 'IncludeOptional sites-enabled/*.conf\n');
  await put(
    'etc/apache2/sites-enabled/000.conf',
    '<VirtualHost *:80>\n DocumentRoot /var/www/html\n</VirtualHost>\n',
  );
  await put('etc/caddy/Caddyfile', 'site.example {\n  root * /srv/caddy-site\n}\n');
  await put(
    'etc/php/8.2/fpm/pool.d/www.conf',
    '[www]\nchdir = /data/fpm-app\nphp_admin_value[open_basedir] = /data/fpm-app:/tmp\n',
  );
  await put('data/sites/shop/public/index.php', '<?php echo "shop";\n');
  await put('data/sites/shop/run.sh', `#!/bin/sh\n${CMD}\n`);
  await put('data/blog/notes.txt', 'nothing\n');
  await put('tmp/.x/start.sh', `${CMD}\n`);
  await put('home/u/miner.sh', `${CMD}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('web root discovery', () => {
  it('follows nginx, Apache, Caddy and PHP-FPM configs and their include globs (skipping dotfiles)', async () => {
    const root = await openRoot(dir);
    const gaps: Gap[] = [];
    const d = await discoverWebRoots(createContext('content', root, undefined, gaps));
    expect(d.webRoots.map((r) => [r.dir, r.server, r.path, r.line])).toEqual([
      ['/data/blog', 'nginx', '/etc/nginx/sites-enabled/blog', 1],
      ['/data/files', 'nginx', '/etc/nginx/sites-enabled/blog', 1],
      ['/data/fpm-app', 'php-fpm', '/etc/php/8.2/fpm/pool.d/www.conf', 2],
      ['/data/sites/shop/public', 'nginx', '/etc/nginx/conf.d/shop.conf', 3],
      ['/srv/caddy-site', 'caddy', '/etc/caddy/Caddyfile', 2],
      ['/var/www/html', 'apache', '/etc/apache2/sites-enabled/000.conf', 2],
    ]);
    expect(gaps).toEqual([]);
    expect(await expandGlob(createContext('content', root, undefined, gaps), '/etc/nginx/*/*.conf')).toEqual([
      '/etc/nginx/conf.d/shop.conf',
    ]);
  });

  it('records an include cycle only once (no endless loop)', async () => {
    await put('etc/nginx/conf.d/loop.conf', 'include /etc/nginx/conf.d/loop.conf;\n');
    const root = await openRoot(dir);
    const d = await discoverWebRoots(createContext('content', root, undefined, []));
    expect(d.configs.filter((c) => c.endsWith('loop.conf'))).toEqual(['/etc/nginx/conf.d/loop.conf']);
    await rm(path.join(dir, 'etc/nginx/conf.d/loop.conf'));
  });
});

describe('content collector', () => {
  it('walks the configured web roots (even outside the usual places) and the temp dirs in quick mode', async () => {
    const { section, gaps } = await run({ mode: 'quick' });
    expect(gaps).toEqual([]);
    expect(section.stats.mode).toBe('quick');
    expect(section.stats.roots).toEqual(
      expect.arrayContaining(['/data/sites/shop/public', '/data/blog', '/tmp']),
    );
    expect(section.stats.roots).not.toContain('/home');
    expect(section.stats.webRoots).toContain('/data/sites/shop/public');
    expect(section.webRootRefs?.length).toBe(6);
    expect(section.detections.map((d) => [d.path, d.rule])).toEqual([['/tmp/.x/start.sh', 'miner-command']]);
  });

  it('adds /home, /root, /opt and /srv in full mode, and the default on a directory root is full', async () => {
    const full = await run({ mode: 'full' });
    expect(full.section.detections.map((d) => d.path)).toEqual(['/home/u/miner.sh', '/tmp/.x/start.sh']);
    const auto = await run({});
    expect(auto.section.stats.mode).toBe('full');
    expect(auto.section.detections).toEqual(full.section.detections);
  });

  it('--include scans only matching files from their fixed directories; --exclude skips', async () => {
    const inc = await run({ include: ['/data/**/*.sh'] });
    expect(inc.section.stats.roots).toEqual(['/data']);
    expect(inc.section.detections.map((d) => d.path)).toEqual(['/data/sites/shop/run.sh']);
    const ex = await run({ mode: 'full', exclude: ['/home/**', '.x'] });
    expect(ex.section.detections).toEqual([]);
  });

  it('mode off: no walk, one gap so content checks cannot pass', async () => {
    const { section, gaps } = await run({ mode: 'off' });
    expect(section.stats.files).toBe(0);
    expect(gaps).toEqual([
      { section: 'content', path: '/', reason: 'truncated', detail: 'content scan disabled (--content off)' },
    ]);
  });

  it('records an unreadable config as a gap of the section (as an unprivileged reader it would be EACCES)', async () => {
    // Through collect(): a binary nginx.conf is a recorded gap, and the scan goes on.
    await put('etc/nginx/nginx.conf', 'http {\0\0 }');
    const bundle = await collect({ root: dir, sections: ['content'], content: { threads: 0 } });
    expect(bundle.gaps).toEqual([
      expect.objectContaining({ section: 'content', path: '/etc/nginx/nginx.conf', reason: 'binary' }),
    ]);
    expect(bundle.sections.content?.detections.length).toBeGreaterThan(0);
    await put(
      'etc/nginx/nginx.conf',
      'http {\n  include conf.d/*.conf;\n  include /etc/nginx/sites-enabled/*;\n}\n',
    );
    await chmod(dir, 0o755);
  });
});
