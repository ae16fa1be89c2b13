/** Attack tools offered for download: tool pages, stresser shops, exploit sales, packed kits. */
import { crc32 } from 'node:zlib';
import { list, paragraphs, renderPage } from './html.ts';
import type { Archetype } from './types.ts';

/** A stored (uncompressed) zip of small placeholder files; the names are what matter. */
export function zip(entries: { name: string; text: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = Buffer.from(e.text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const toolPage: Archetype = {
  id: 'tool-download-zh',
  label: 'hacking-tool',
  heldOut: false,
  count: 7,
  make(rng) {
    const tools = rng.some(
      [
        'XX远控 v3.2 免杀版',
        '抓鸡工具包',
        '3389批量爆破器',
        'SQL注入利用工具',
        '一键提权工具合集',
        'CC攻击器',
        '免杀木马生成器',
        'Webshell批量管理',
        '过狗一句话生成器',
        'QQ盗号木马',
      ],
      5,
    );
    const sections = [
      `<h1>${rng.pick(['黑客工具下载', '渗透工具包', '远控免杀专区'])}</h1>`,
      list(
        rng,
        tools.map(
          (t) =>
            `<a href="/soft/${rng.word(6)}.rar">${t}</a> ${rng.pick(['免杀360', '过主流杀软', '亲测可用', '内部版本'])}`,
        ),
      ),
      paragraphs(
        rng.some(
          ['所有工具均已做免杀处理', '需要定制请联系QQ', '会员可下载全部工具', '配套教程：如何批量抓肉鸡'],
          2,
        ),
      ),
      `<a href="/vip.html">${rng.pick(['立即下载', '开通会员', '免费下载'])}</a>`,
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['黑客', '暗夜', '红客', '幽灵'])}${rng.pick(['联盟', '基地', '工具站'])} - 免杀远控下载`,
        nav: ['首页', '远控', '免杀', '提权', '教程', 'VIP'],
        sections,
        footer: '仅供安全研究',
      }),
    };
  },
};

const stresser: Archetype = {
  id: 'ddos-stresser-en',
  label: 'hacking-tool',
  heldOut: true,
  count: 6,
  make(rng) {
    const plans = [
      ['Starter', 9.99, 60],
      ['Pro', 29.99, 300],
      ['Enterprise', 99, 3600],
    ].map(
      ([n, p, s]) =>
        `<tr><td>${n}</td><td>$${p}/month</td><td>${s}s attack time</td><td>${rng.int(1, 20)} concurrents</td></tr>`,
    );
    const sections = [
      `<h1>${rng.pick(['The Strongest IP Stresser', 'Best Booter 2025', 'DDoS for hire'])}</h1><p>${rng.pick(['Layer 4 and Layer 7 methods, bypass Cloudflare', 'Take any server offline', '300 Gbps of attack power'])}</p>`,
      `<table>${plans.join('')}</table>`,
      list(
        rng,
        rng.some(
          [
            'UDP flood',
            'TCP SYN',
            'HTTP flood bypass',
            'DNS amplification',
            'NTP amplification',
            'OVH bypass',
          ],
          4,
        ),
      ),
      `<a href="/register">${rng.pick(['Buy now', 'Purchase plan', 'Get started'])}</a> · pay with BTC · Telegram support`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['Nightmare', 'Kraken', 'Titan', 'Zeus'])} Stresser - booter`,
        nav: ['Home', 'Plans', 'Methods', 'API', 'Login'],
        sections,
        footer: 'stresser · booter · botnet',
      }),
    };
  },
};

const shellKit: Archetype = {
  id: 'webshell-kit-page',
  label: 'hacking-tool',
  heldOut: false,
  count: 6,
  make(rng) {
    const sections = [
      `<h1>${rng.pick(['Webshell大全', '大马小马合集', '过狗一句话木马'])}</h1>`,
      list(
        rng,
        rng
          .some(
            [
              'PHP大马 免杀版',
              'ASP小马',
              'JSP大马',
              '冰蝎 最新版',
              '哥斯拉 免杀版',
              '中国菜刀 原版',
              '蚁剑 插件包',
            ],
            5,
          )
          .map((t) => `<a href="/down/${rng.word(5)}.zip">${t}</a>`),
      ),
      paragraphs([rng.pick(['过D盾、安全狗、云锁', '一键getshell配套工具', '提供免杀定制服务'])]),
      `<a href="/down/all.zip">${rng.pick(['打包下载', '点击下载', '免费下载'])}</a>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['Webshell', '大马', '木马'])}下载 - 免杀过狗`,
        nav: ['首页', 'PHP', 'ASP', 'JSP', '工具'],
        sections,
        footer: '工具仅供学习',
      }),
    };
  },
};

const exploitShop: Archetype = {
  id: 'exploit-shop-en',
  label: 'hacking-tool',
  heldOut: true,
  count: 5,
  make(rng) {
    const items = rng
      .some(
        [
          'WordPress plugin RCE exploit',
          'Fortinet VPN 0day exploit',
          'Exchange ProxyShell exploit pack',
          'Android RAT with FUD crypter',
          'Stealer builder + panel',
          'Ransomware builder',
        ],
        4,
      )
      .map(
        (x) =>
          `<tr><td>${x}</td><td>$${rng.int(200, 9000)}</td><td><a href="/buy/${rng.word(6)}">Buy now</a></td></tr>`,
      );
    const sections = [
      `<h1>${rng.pick(['Private Exploits', 'Exploit Market', '0day Shop'])}</h1><p>${rng.pick(['Private exploits for sale, escrow accepted', 'FUD payloads, lifetime updates', 'Contact us on Telegram'])}</p>`,
      `<table>${items.join('')}</table>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['Zero', 'Dark', 'Black'])}${rng.pick(['Market', 'Exploits', 'Shop'])} - private exploits`,
        nav: ['Exploits', 'RATs', 'Crypters', 'Contact'],
        sections,
        footer: 'Payment: BTC / XMR',
      }),
    };
  },
};

const KITS: { file: string; entries: string[] }[] = [
  {
    file: 'mimikatz_trunk',
    entries: ['x64/mimikatz.exe', 'x64/mimilib.dll', 'Win32/mimikatz.exe', 'README.md'],
  },
  {
    file: 'sqlmap-master',
    entries: ['sqlmap-master/sqlmap.py', 'sqlmap-master/sqlmapapi.py', 'sqlmap-master/README.md'],
  },
  {
    file: 'tools',
    entries: [
      'tools/Behinder/Behinder.jar',
      'tools/Godzilla/godzilla.jar',
      'tools/AntSword/antSword.exe',
      'tools/readme.txt',
    ],
  },
  {
    file: 'cs4.9-cracked',
    entries: ['cobaltstrike/cobaltstrike.jar', 'cobaltstrike/teamserver.sh', 'cobaltstrike/readme.txt'],
  },
  {
    file: 'rat_pack',
    entries: ['njRAT/njRAT.exe', 'AsyncRAT/AsyncRAT.exe', 'Quasar-RAT/Quasar.exe', 'readme.txt'],
  },
  { file: 'potato', entries: ['JuicyPotato.exe', 'PrintSpoofer64.exe', 'SweetPotato.exe', 'usage.txt'] },
  { file: 'ddos', entries: ['LOIC/LOIC.exe', 'slowloris/slowloris.py', 'xerxes/xerxes.c', 'readme.md'] },
  { file: 'tunnel', entries: ['Neo-reGeorg/neoreg.py', 'ew/ew_for_Win.exe', 'readme.txt'] },
];

const kitArchive: Archetype = {
  id: 'tool-archive',
  label: 'hacking-tool',
  heldOut: false,
  count: 8,
  make(rng, i) {
    const kit = KITS[i % KITS.length]!;
    const name = rng.chance(0.5)
      ? kit.file
      : `${rng.pick(['download', 'soft', 'file'])}_${rng.int(100, 999)}`;
    return {
      ext: 'zip',
      name,
      dir: 'down',
      content: zip(
        kit.entries.map((e) => ({ name: e, text: `placeholder for the corpus (${e}); not the real tool\n` })),
      ),
    };
  },
};

export const HACKING: Archetype[] = [toolPage, stresser, shellKit, exploitShop, kitArchive];
