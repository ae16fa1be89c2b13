/** Pirated films, series, software, books and music offered to the public. */
import { list, paragraphs, renderPage } from './html.ts';
import type { Rng } from './rng.ts';
import type { Archetype } from './types.ts';

const FILMS = [
  '流浪地球3',
  '满江红',
  '热辣滚烫',
  '封神第二部',
  '孤注一掷',
  '长安三万里',
  '奥本海默',
  '沙丘2',
  '速度与激情11',
  '碟中谍8',
  '阿凡达3',
  '哪吒之魔童闹海',
];
const SERIES = [
  '繁花',
  '狂飙',
  '庆余年第二季',
  '三体',
  '长相思',
  '漫长的季节',
  '鱼你在一起',
  '墨雨云间',
  '黑暗荣耀',
  '最后生还者',
  '怪奇物语5',
];
const EN_FILMS = [
  'Oppenheimer',
  'Dune: Part Two',
  'Deadpool & Wolverine',
  'Inside Out 2',
  'Gladiator II',
  'Wicked',
  'Mission: Impossible',
  'The Batman',
];
const SOFT = [
  'Adobe Photoshop 2025',
  'AutoCAD 2024',
  'Microsoft Office 2021',
  'MATLAB R2024a',
  'Premiere Pro',
  'CorelDRAW',
  '3ds Max',
  'Windows 11 专业版',
  'SolidWorks 2024',
  'Final Cut Pro',
];

function episodes(rng: Rng, n: number): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `<a href="/play/${rng.int(1000, 9999)}-1-${i + 1}.html">第${String(i + 1).padStart(2, '0')}集</a>`,
  ).join(' ');
}

function magnet(rng: Rng): string {
  return `magnet:?xt=urn:btih:${rng.hex(40)}&dn=${rng.word(8)}`;
}

const movieSite: Archetype = {
  id: 'free-movie-site',
  label: 'piracy',
  heldOut: false,
  count: 8,
  make(rng) {
    const site = `${rng.pick(['天堂', '星辰', '人人', '饭团', '剧迷', '片库', '777', '新视觉'])}${rng.pick(['影院', '影视', '电影网', 'TV'])}`;
    const s = rng.pick(SERIES);
    const sections = [
      `<h1>${s}${rng.pick(['全集在线观看', '免费在线观看', 'HD中字'])}</h1><p>${rng.pick(['更新至', '已完结'])}${rng.int(20, 40)}集 | 国语中字 | ${rng.pick(['1080P', '4K高清', 'HD'])}</p>`,
      `<div class="playlist"><h3>${rng.pick(['播放源一', '高清线路', '极速云播'])}</h3>${episodes(rng, rng.int(12, 36))}</div>`,
      `<h2>${rng.pick(['最新电影', '热播电影'])}</h2>` +
        list(
          rng,
          rng
            .some(FILMS, 6)
            .map(
              (f) =>
                `<a href="/movie/${rng.int(100, 9999)}.html">${f} ${rng.pick(['HD中字', 'TC抢先版', '枪版', '1080P'])}</a>`,
            ),
        ),
      paragraphs([
        rng.pick([
          '本站所有影视资源免费在线观看，无需注册，无广告',
          '最新院线大片抢先看',
          '所有资源均来自网络采集',
        ]),
      ]),
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${s}全集在线观看 - ${site}`,
        keywords: `${s},${s}在线观看,${s}全集,免费电影`,
        nav: ['首页', '电影', '电视剧', '综艺', '动漫', '排行榜'],
        sections,
        footer: `${site} 免费在线观看最新电影电视剧`,
      }),
    };
  },
};

const btIndex: Archetype = {
  id: 'bt-index',
  label: 'piracy',
  heldOut: false,
  count: 7,
  make(rng) {
    const rows = Array.from({ length: rng.int(8, 15) }, () => {
      const f = rng.pick([...FILMS, ...EN_FILMS, ...SERIES]);
      return `<tr><td>${f}.${rng.pick(['2024', '2025'])}.${rng.pick(['1080p.WEB-DL', '2160p.BluRay', 'HDTC', 'WEBRip'])}.mkv</td><td>${rng.int(1, 30)}.${rng.int(1, 9)} GB</td><td>${rng.int(10, 9000)}</td><td><a href="${magnet(rng)}">磁力链接</a> <a href="/torrent/${rng.hex(16)}.torrent">种子下载</a></td></tr>`;
    });
    const sections = [
      `<h1>${rng.pick(['BT种子搜索', '磁力搜索', '最新种子'])}</h1><form action="/search"><input name="q" placeholder="搜索影片"></form>`,
      `<table class="torrents"><tr><th>名称</th><th>大小</th><th>做种</th><th>下载</th></tr>${rows.join('\n')}</table>`,
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['磁力猫', 'BT天堂', '种子搜', '磁力狗'])} - 磁力链接搜索引擎`,
        nav: ['首页', '电影', '剧集', '动漫', '游戏'],
        sections,
        footer: 'DHT网络实时采集',
      }),
    };
  },
};

const crackSoft: Archetype = {
  id: 'cracked-software',
  label: 'piracy',
  heldOut: false,
  count: 8,
  make(rng) {
    const soft = rng.pick(SOFT);
    const sections = [
      `<h1>${soft} ${rng.pick(['破解版', '中文破解版', '绿色破解版', '免激活版'])}</h1><p>${rng.pick(['附注册机', '附激活码', '内置破解补丁', '永久激活'])}，${rng.pick(['亲测可用', '完美破解', '一键安装'])}</p>`,
      `<h3>安装教程</h3>` +
        list(
          rng,
          [
            '断开网络后运行安装程序',
            `用注册机生成序列号`,
            '将破解补丁复制到安装目录替换',
            '安装完成后即为永久激活',
          ],
          true,
        ),
      `<div class="download"><a href="/down/${rng.word(6)}.rar">${rng.pick(['立即下载', '本地下载', '高速下载'])}</a> <a href="https://pan.baidu.com/s/1${rng.word(20)}">百度网盘</a> 提取码：${rng.word(4)}</div>`,
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${soft}破解版下载_${soft}注册机 - ${rng.pick(['软件吧', '绿色软件站', '破解软件园', '亿破姐'])}`,
        nav: ['首页', '图形图像', '办公软件', '工业设计', '激活工具'],
        sections,
        footer: '本站资源仅供学习交流',
      }),
    };
  },
};

const novels: Archetype = {
  id: 'novel-txt',
  label: 'piracy',
  heldOut: true,
  count: 6,
  make(rng) {
    const book = rng.pick([
      '诡秘之主',
      '斗破苍穹',
      '大奉打更人',
      '凡人修仙传',
      '庆余年',
      '三体全集',
      '明朝那些事儿',
    ]);
    const chapters = Array.from(
      { length: rng.int(8, 14) },
      (_, i) =>
        `<a href="/${rng.int(1000, 9999)}/${i + 1}.html">第${i + 1}章 ${rng.pick(['夜', '雾', '归来', '序幕', '风起'])}</a>`,
    );
    const sections = [
      `<h1>${book}</h1><p>${rng.pick(['全本TXT下载', '全文免费阅读', 'VIP章节免费看'])} | ${rng.pick(['已完结', '连载中'])}</p>`,
      `<div class="chapters">${chapters.join('\n')}</div>`,
      `<div class="dl"><a href="/txt/${rng.int(100, 9999)}.txt">TXT下载</a> <a href="/epub/${rng.int(100, 9999)}.epub">EPUB下载</a></div>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${book}全本TXT下载_${book}最新章节免费阅读`,
        nav: ['首页', '玄幻', '都市', '历史', '排行', '全本'],
        sections,
        footer: '本站所有小说均来自网友上传',
      }),
    };
  },
};

const music: Archetype = {
  id: 'music-lossless',
  label: 'piracy',
  heldOut: true,
  count: 6,
  make(rng) {
    const albums = Array.from(
      { length: rng.int(6, 10) },
      () =>
        `<li>${rng.pick(['周杰伦', '林俊杰', '陈奕迅', 'Taylor Swift', '邓紫棋', '薛之谦'])} - ${rng.pick(['新专辑', '精选集', '演唱会'])} [${rng.pick(['FLAC', 'APE', 'WAV', 'DSD'])}] <a href="https://pan.baidu.com/s/1${rng.word(20)}">百度网盘</a> 提取码：${rng.word(4)}</li>`,
    );
    const sections = [
      `<h1>${rng.pick(['无损音乐下载', '付费专辑免费下载', 'Hi-Res无损'])}</h1><p>${rng.pick(['付费歌曲免费下载', '数字专辑整轨无损', '全网付费专辑资源'])}</p>`,
      `<ul>${albums.join('')}</ul>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['无损音乐', '音乐磁场', '乐享'])}网 - 无损音乐下载`,
        nav: ['华语', '欧美', '日韩', '古典', 'DSD'],
        sections,
        footer: '资源来自网络，仅供试听',
      }),
    };
  },
};

const moviesEn: Archetype = {
  id: 'free-movies-en',
  label: 'piracy',
  heldOut: false,
  count: 6,
  make(rng) {
    const items = rng
      .some(EN_FILMS, 6)
      .map(
        (f) =>
          `<div class="film"><a href="/watch/${rng.word(8)}">${f} (${rng.pick([2023, 2024, 2025])}) Full Movie</a> <span>HD</span> <a href="/dl/${rng.word(6)}">Download</a></div>`,
      );
    const sections = [
      `<h1>${rng.pick(['Watch Free Movies Online', 'Free Movies & TV Shows in HD', 'Stream Full Movies Free'])}</h1><p>${rng.pick(['No sign up, no ads', 'New releases added daily', 'Watch online free in 1080p'])}</p>`,
      items.join('\n'),
      `<p>${rng.pick(['Season 1 Episode 1 - Episode 10', 'All episodes available'])}</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['123', 'Flix', 'Putlocker', 'Soap2'])}${rng.pick(['Movies', 'HD', 'Day'])} - Watch Movies Online Free`,
        nav: ['Home', 'Movies', 'TV Shows', 'Top IMDb'],
        sections,
        footer: 'This site does not store any files on its server.',
      }),
    };
  },
};

const warez: Archetype = {
  id: 'nulled-warez-en',
  label: 'piracy',
  heldOut: true,
  count: 6,
  make(rng) {
    const items = rng
      .some(
        [
          'Avada Theme',
          'Elementor Pro',
          'WP Rocket',
          'Yoast SEO Premium',
          'Divi',
          'WPML',
          'Adobe Acrobat Pro',
          'Windows 11 Pro ISO',
        ],
        5,
      )
      .map(
        (p) =>
          `<li><a href="/download/${rng.word(7)}">${p} v${rng.int(1, 9)}.${rng.int(0, 9)} ${rng.pick(['Nulled', 'Cracked', 'Pre-activated', '+ Keygen'])}</a></li>`,
      );
    const sections = [
      `<h1>${rng.pick(['Nulled Scripts & Themes', 'Free Premium Plugins', 'Warez Downloads'])}</h1><p>${rng.pick(['All premium plugins free download', 'Full version free, license key included', 'Direct download links, mega and mediafire mirrors'])}</p>`,
      `<ul>${items.join('')}</ul>`,
      `<p>${rng.pick(['Use the included activator', 'Serial key in the readme', 'Crack only, no installer'])}</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['Null', 'Warez', 'Crack'])}${rng.pick(['Master', 'Zone', 'Hub'])} - Free Download`,
        nav: ['Themes', 'Plugins', 'Scripts', 'Software'],
        sections,
        footer: 'Files are shared by users.',
      }),
    };
  },
};

const panShare: Archetype = {
  id: 'cloud-drive-share',
  label: 'piracy',
  heldOut: false,
  count: 6,
  make(rng) {
    const items = rng
      .some([...SERIES, ...FILMS], 6)
      .map(
        (x) =>
          `<p>${x} ${rng.pick(['全集打包', '4K原盘', '1080P合集'])} 链接：https://pan.${rng.pick(['baidu.com/s/1', 'quark.cn/s/', 'baidu.com/s/1'])}${rng.word(18)} 提取码：${rng.word(4)}</p>`,
      );
    const sections = [
      `<h1>${rng.pick(['资源分享', '网盘资源', '影视资源合集'])}</h1>`,
      items.join('\n'),
      `<p>${rng.pick(['链接失效请留言补档', '资源收集自网络', '关注公众号获取更多资源'])}</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['盘搜', '资源库', '分享吧'])} - 百度网盘影视资源`,
        nav: ['电影', '剧集', '动漫', '纪录片'],
        sections,
        footer: '网盘资源分享',
      }),
    };
  },
};

const ed2k: Archetype = {
  id: 'ed2k-list',
  label: 'piracy',
  heldOut: false,
  count: 5,
  make(rng) {
    const items = Array.from({ length: rng.int(6, 12) }, () => {
      const f = rng.pick([...FILMS, ...EN_FILMS]);
      return `<li><a href="ed2k://|file|${encodeURIComponent(f)}.${rng.pick(['HD1080P', 'BD720P'])}.${rng.pick(['国语中字', '中英双字'])}.mkv|${rng.int(1e9, 5e9)}|${rng.hex(32).toUpperCase()}|/">${f} 电驴下载</a></li>`;
    });
    const sections = [
      `<h1>${rng.pick(['电驴下载', 'ed2k资源', '迅雷下载'])}</h1>`,
      `<ul>${items.join('')}</ul>`,
      `<p>请使用迅雷或eMule下载</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['电影天堂', '飘花', '阳光'])} - 迅雷电影下载`,
        nav: ['最新电影', '经典影片', '国内电影', '欧美电影'],
        sections,
        footer: '迅雷下载',
      }),
    };
  },
};

export const PIRACY: Archetype[] = [
  movieSite,
  btIndex,
  crackSoft,
  novels,
  music,
  moviesEn,
  warez,
  panShare,
  ed2k,
];
