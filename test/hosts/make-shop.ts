/**
 * Writes the `shop-leak` fixture host (used once; the output is committed): a small web shop whose
 * operator left a plaintext member export in the public web root, cloud keys and a database password
 * in readable files, and AGPL/GPL code inside a proprietary application. Every value is synthetic:
 * ID numbers, cards and phones pass their checksums but belong to nobody.
 *
 * usage: node test/hosts/make-shop.ts test/hosts/shop-leak/root
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeCard, makeCnId, makeMobile, prng } from '../../src/pii/recognisers/synthetic.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: node test/hosts/make-shop.ts DIR');
const put = (p: string, text: string) => {
  const file = path.join(root, p);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const rand = prng(20261123);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

put('etc/hostname', 'shop-01\n');
put('etc/os-release', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n');
put('etc/passwd', 'root:x:0:0:root:/root:/bin/bash\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n');
put('etc/nginx/nginx.conf', 'events {}\nhttp {\n  include /etc/nginx/sites-enabled/*;\n}\n');
put('etc/nginx/sites-enabled/shop', 'server {\n  listen 80;\n  server_name shop.example.cn;\n  root /srv/shop/public;\n  index index.php;\n}\n');

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const given = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军'];
const cities = ['北京市朝阳区', '上海市浦东新区', '广州市天河区', '成都市武侯区', '杭州市西湖区'];
const regions = ['110105', '310115', '440106', '510107', '330106'];
const lines = ['会员编号,姓名,身份证号,手机号,银行卡号,收货地址'];
for (let i = 0; i < 60; i++) {
  // Two members are children under 14 on the fixture clock (2026-11-23).
  const year = i < 2 ? 2015 : 1960 + Math.floor(rand() * 45);
  const birth = `${String(year)}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const seq = String(100 + Math.floor(rand() * 900));
  lines.push(
    [
      `M${String(10000 + i)}`,
      pick(surnames) + pick(given),
      makeCnId(pick(regions), birth, seq),
      makeMobile(pick(['138', '139', '186', '159', '177']), rand),
      makeCard('622202', 19, rand),
      `${pick(cities)}某某路${String(1 + Math.floor(rand() * 300))}号`,
    ].join(','),
  );
}
put('srv/shop/public/backup/members-2026.csv', `${lines.join('\n')}\n`);
put('srv/shop/public/index.php', "<?php\nrequire __DIR__ . '/../app/bootstrap.php';\n");
// The same export, encrypted, is protected: not a finding.
put('var/backups/members-2026.csv.gpg', '-----BEGIN PGP MESSAGE-----\n\nhQEMA7z2Xy1n3FakeAQf/b3N5bnRoZXRpYyBjaXBoZXJ0ZXh0IGZvciBhIHRlc3Q=\n=Ab12\n-----END PGP MESSAGE-----\n');

const key = 'LTAI5t' + 'Fq7Xw2RkZbQ9Nh3dLm';
const secret = 'pQ3' + 'vN8sLx2Kw7RtYb5ZcH1mJd9FgUa4E';
put(
  'srv/shop/.env',
  `APP_ENV=production\nALIBABA_CLOUD_ACCESS_KEY_ID=${key}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${secret}\nDB_HOST=127.0.0.1\nDB_PASSWORD=Sh0p!Db#2026x\n`,
);
put('srv/shop/public/config.php.bak', "<?php\n$dsn = 'mysql://shop:Sh0p!Db#2026x@127.0.0.1:3306/shop';\n");

put(
  'srv/shop/package.json',
  `${JSON.stringify({ name: 'shop', private: true, dependencies: { 'chart-gpl': '^3.1.0', 'mall-core': '^2.0.0', vue: '^3.4.0' } }, null, 2)}\n`,
);
put(
  'srv/shop/package-lock.json',
  `${JSON.stringify(
    {
      name: 'shop',
      lockfileVersion: 3,
      packages: {
        '': { name: 'shop' },
        'node_modules/chart-gpl': { version: '3.1.4', license: 'GPL-3.0-only' },
        'node_modules/mall-core': { version: '2.0.7', license: 'AGPL-3.0-or-later' },
        'node_modules/vue': { version: '3.4.21', license: 'MIT' },
        'node_modules/mulan-icons': { version: '1.0.2', license: 'MulanPSL-2.0' },
      },
    },
    null,
    2,
  )}\n`,
);
