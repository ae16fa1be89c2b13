import { describe, expect, it } from 'vitest';
import { fixedDir, parseApache, parseCaddy, parseNginx, parsePhpFpm } from './web-roots.ts';

describe('fixedDir', () => {
  it.each([
    ['/var/www/html', '/var/www/html'],
    ['/var/www/$host/public', '/var/www'],
    ['/srv/{http.request.host}', '/srv'],
    ['/srv/sites/../shop/', '/srv/shop'],
    ['$document_root', undefined],
    ['relative/path', undefined],
    ['/', undefined],
  ])('%s → %s', (raw, dir) => expect(fixedDir(raw)).toBe(dir));
});

describe('parseNginx', () => {
  it('finds root and alias in any block, and include globs, with lines', () => {
    const text = [
      'user www-data;',
      'http {',
      '  include /etc/nginx/conf.d/*.conf;',
      '  include sites-enabled/*;',
      '  server {',
      '    listen 80;',
      '    root /var/www/html; # the site',
      '    location /static/ { alias "/srv/static files/"; }',
      '    location /u { root /data/$host; }',
      '    # root /commented/out;',
      '  }',
      '}',
    ].join('\n');
    const parsed = parseNginx(text, '/etc/nginx/nginx.conf');
    expect(parsed.roots.map((r) => [r.dir, r.directive, r.line])).toEqual([
      ['/var/www/html', 'root', 7],
      ['/srv/static files', 'alias', 8],
      ['/data', 'root', 9],
    ]);
    expect(parsed.includes.map((i) => [i.pattern, i.line])).toEqual([
      ['/etc/nginx/conf.d/*.conf', 3],
      ['sites-enabled/*', 4],
    ]);
  });

  it('handles directives split over lines and ignores a root with several arguments', () => {
    const parsed = parseNginx('server {\n  root\n    /srv/a\n  ;\n  root /x /y;\n}', '/f');
    expect(parsed.roots.map((r) => [r.dir, r.line])).toEqual([['/srv/a', 2]]);
  });
});

describe('parseApache', () => {
  it('finds DocumentRoot, Alias targets, includes and ServerRoot', () => {
    const text = [
      'ServerRoot "/etc/httpd"',
      'Include conf.modules.d/*.conf',
      'IncludeOptional sites-enabled/*.conf',
      '<VirtualHost *:80>',
      '  DocumentRoot "/var/www/example"',
      '  Alias /media /srv/media',
      '  ScriptAlias /cgi-bin/ "/usr/lib/cgi-bin/"',
      '  AliasMatch "^/u/(.*)" "/home/$1/public_html"',
      '  documentroot /srv/lower',
      '  # DocumentRoot /nope',
      '  DocumentRoot \\',
      '    /srv/continued',
      '</VirtualHost>',
    ].join('\n');
    const parsed = parseApache(text, '/etc/httpd/conf/httpd.conf');
    expect(parsed.serverRoot).toBe('/etc/httpd');
    expect(parsed.roots.map((r) => [r.dir, r.line])).toEqual([
      ['/var/www/example', 5],
      ['/srv/media', 6],
      ['/usr/lib/cgi-bin', 7],
      ['/home', 8],
      ['/srv/lower', 9],
      ['/srv/continued', 11],
    ]);
    expect(parsed.includes.map((i) => [i.pattern, i.optional])).toEqual([
      ['conf.modules.d/*.conf', false],
      ['sites-enabled/*.conf', true],
    ]);
  });
});

describe('parseCaddy', () => {
  it('finds root with and without a matcher, and file imports (not snippet imports)', () => {
    const text = [
      'example.com {',
      '  root * /srv/example',
      '  root /api/* /srv/api',
      '  file_server {',
      '    root /srv/files',
      '  }',
      '  import common',
      '  # root * /nope',
      '}',
      'import sites/*.caddy',
    ].join('\n');
    const parsed = parseCaddy(text, '/etc/caddy/Caddyfile');
    expect(parsed.roots.map((r) => [r.dir, r.line])).toEqual([
      ['/srv/example', 2],
      ['/srv/api', 3],
      ['/srv/files', 5],
    ]);
    expect(parsed.includes.map((i) => i.pattern)).toEqual(['sites/*.caddy']);
  });
});

describe('parsePhpFpm', () => {
  it('finds chdir and open_basedir entries but not the system directories PHP may touch', () => {
    const text = [
      '[www]',
      '; chdir = /commented',
      'chdir = /var/www/app',
      'php_admin_value[open_basedir] = /var/www/app:/tmp/:/usr/share/php:/srv/uploads',
      'php_value[open_basedir] = "/home/site/public"',
      'include=/etc/php/8.2/fpm/pool.d/*.conf',
    ].join('\n');
    const parsed = parsePhpFpm(text, '/etc/php/8.2/fpm/pool.d/www.conf');
    expect(parsed.roots.map((r) => [r.dir, r.line])).toEqual([
      ['/var/www/app', 3],
      ['/var/www/app', 4],
      ['/srv/uploads', 4],
      ['/home/site/public', 5],
    ]);
    expect(parsed.includes.map((i) => i.pattern)).toEqual(['/etc/php/8.2/fpm/pool.d/*.conf']);
  });
});
