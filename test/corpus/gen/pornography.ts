/**
 * Adult sites as a classifier sees them: listings, age gates, membership pages. Titles and
 * descriptions are deliberately generic; nothing here describes any act.
 */
import { list, paragraphs, renderPage } from './html.ts';
import type { Rng } from './rng.ts';
import type { Archetype } from './types.ts';

function duration(rng: Rng): string {
  return `${rng.int(3, 59)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

function cards(rng: Rng, n: number, titles: readonly string[], style: 'video' | 'm3u8' | 'img'): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = rng.int(10000, 99999);
    const t = `${rng.pick(titles)} ${id}`;
    if (style === 'video')
      out.push(
        `<div class="video-item"><a href="/v/${id}.html"><img src="/thumb/${id}.jpg" alt="${t}"><span class="duration">${duration(rng)}</span></a><p>${t}</p></div>`,
      );
    else if (style === 'm3u8')
      out.push(
        `<li class="thumb"><a href="/play/${id}" data-src="https://cdn${rng.int(1, 9)}.example/hls/${id}/index.m3u8">${t}</a><em>${duration(rng)}</em></li>`,
      );
    else
      out.push(
        `<div class="item"><img src="/p/${id}.jpg" alt="${t}"><span>${rng.int(1, 999)}k views</span> <span>${duration(rng)}</span></div>`,
      );
  }
  return out.join('\n');
}

const ZH_TITLES = [
  '国产精选',
  '日韩无码',
  '欧美高清',
  '热门推荐',
  '今日更新',
  '福利视频',
  '独家上传',
  '成人影片',
];
const EN_TITLES = [
  'Hot amateur video',
  'HD adult video',
  'Trending now',
  'Most viewed',
  'New upload',
  'Premium scene',
];

const tubeZh: Archetype = {
  id: 'adult-tube-zh',
  label: 'pornography',
  heldOut: false,
  count: 8,
  make(rng) {
    const site = `${rng.pick(['夜色', '午夜', '蜜桃', '樱桃', '红杏', '杏吧', '色中色', '成人'])}${rng.pick(['影院', '视频', 'TV', '社区', '网'])}`;
    const sections = [
      `<div class="notice">${rng.pick(['本站仅适合18岁以上成年人浏览', '未满18岁请立即离开', '成人内容，请确认已满18周岁'])}</div>`,
      `<h2>${rng.pick(['最新上传', '热门视频', '今日推荐'])}</h2>\n${cards(rng, rng.int(10, 18), ZH_TITLES, rng.pick(['video', 'm3u8'] as const))}`,
      paragraphs(
        rng.some(
          [
            '每日更新上千部成人视频，高清无码在线观看',
            '开通VIP会员无限观看',
            '国产自拍、日韩AV、欧美成人一网打尽',
            '福利视频免费看，无需注册',
          ],
          2,
        ),
      ),
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${site} - ${rng.pick(['成人视频在线观看', '免费AV在线', '高清成人影院'])}`,
        keywords: `${site},成人视频,AV在线,无码`,
        nav: ['首页', '国产', '日韩', '欧美', '动漫', '排行榜', 'VIP'],
        sections,
        footer: `${site} 永久地址发布页 | 请收藏本站`,
      }),
    };
  },
};

const tubeEn: Archetype = {
  id: 'adult-tube-en',
  label: 'pornography',
  heldOut: false,
  count: 8,
  make(rng) {
    const site = `${rng.pick(['Hot', 'XXX', 'Red', 'Naughty', 'Velvet', 'Spicy'])}${rng.pick(['Tube', 'Flix', 'Hub', 'Videos', 'Cams'])}`;
    const sections = [
      `<h1>${rng.pick(['Free Porn Videos', 'Free XXX Videos', 'Free Adult Videos in HD'])}</h1>`,
      cards(rng, rng.int(10, 20), EN_TITLES, rng.pick(['video', 'img'] as const)),
      list(
        rng,
        rng.some(['Amateur', 'MILF', 'Hentai', 'Lesbian', 'Teen (18+)', 'Compilation', 'POV', 'Cosplay'], 6),
      ),
      `<p>${rng.pick(['All models were 18 years of age or older at the time of filming.', 'This site contains sexually explicit material. Adults only.', '18 U.S.C. 2257 Record-Keeping Requirements Compliance Statement'])}</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `${site} - ${rng.pick(['Free Porn Tube', 'Best XXX videos', 'Free sex videos'])}`,
        nav: ['Home', 'Categories', 'Pornstars', 'Top Rated', 'Live Cams', 'Upload'],
        sections,
        footer: `© ${site} · DMCA · 2257 · Terms`,
      }),
    };
  },
};

const ageGate: Archetype = {
  id: 'adult-age-gate',
  label: 'pornography',
  heldOut: true,
  count: 7,
  make(rng) {
    const zh = rng.chance(0.5);
    const sections = zh
      ? [
          `<div class="age-modal"><h2>${rng.pick(['成人内容警告', '年龄确认'])}</h2><p>本网站包含成人色情内容，仅限年满18周岁的成年人访问。</p><a href="/home" class="enter">我已满18岁，进入</a> <a href="https://www.baidu.com" class="leave">离开</a></div>`,
          `<p>${rng.pick(['每日更新日韩无码AV、国产自拍', '海量成人影片免费看', '18禁动漫、写真、视频'])}</p>`,
        ]
      : [
          `<div class="age-gate"><h2>${rng.pick(['Adults Only', 'Age Verification', 'Warning: Adult Content'])}</h2><p>This website contains nudity and sexually explicit material. You must be 18 or older to enter.</p><button>I am 18 or older - Enter</button> <button>Leave</button></div>`,
          `<p>${rng.pick(['Thousands of free XXX videos updated daily', 'Exclusive adult content from top creators', 'Free porn in HD and 4K'])}</p>`,
        ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: zh ? 'zh-CN' : 'en',
        title: zh
          ? `${rng.pick(['深夜', '成人', '福利'])}影院 - 18禁`
          : `${rng.pick(['Private', 'Secret', 'Adult'])} Zone - 18+`,
        nav: zh ? ['首页', '视频', '图片', '小说'] : ['Home', 'Videos', 'Photos'],
        sections,
        footer: zh ? '本站内容均来自互联网' : '18+ | 2257 | DMCA',
      }),
    };
  },
};

const liveCams: Archetype = {
  id: 'live-cams-en',
  label: 'pornography',
  heldOut: true,
  count: 6,
  make(rng) {
    const rooms = Array.from(
      { length: rng.int(8, 14) },
      () =>
        `<div class="room"><img src="/cam/${rng.int(1000, 9999)}.jpg" alt="live"><span>${rng.pick(['Anna', 'Mia', 'Lily', 'Sofia', 'Kim', 'Luna'])}${rng.int(1, 99)}</span> <span>${rng.int(100, 9000)} watching</span></div>`,
    );
    const sections = [
      `<h1>${rng.pick(['Live Sex Cams', 'Free Adult Webcams', 'Cam Girls Online Now'])}</h1><p>${rng.pick(['Join free and chat with naked cam models', 'Watch live nude shows, tip with tokens', 'Private adult shows 24/7'])}</p>`,
      rooms.join('\n'),
      `<a class="btn" href="/join">${rng.pick(['Join Free', 'Sign Up Free', 'Buy Tokens'])}</a>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['Cam', 'Live', 'Strip'])}${rng.pick(['Soda', 'Club', 'Stars'])} - Live Adult Cams`,
        nav: ['Girls', 'Couples', 'Guys', 'Trans', 'Tokens'],
        sections,
        footer: 'All performers are 18+. Adults only.',
      }),
    };
  },
};

const vip: Archetype = {
  id: 'adult-vip-zh',
  label: 'pornography',
  heldOut: false,
  count: 7,
  make(rng) {
    const plans = [
      ['月卡', 30],
      ['季卡', 68],
      ['年卡', 198],
      ['永久', 398],
    ].map(
      ([n, p]) =>
        `<tr><td>${n}</td><td>${p}元</td><td>${rng.pick(['无限观看', '全站视频', '下载无限制'])}</td></tr>`,
    );
    const sections = [
      `<h1>${rng.pick(['开通VIP', 'VIP会员中心', '升级会员'])}</h1><p>${rng.pick(['解锁全部成人视频', '海量AV高清无码无限看', '福利姬、网红、国产自拍独家资源'])}</p>`,
      `<table>${plans.join('')}</table>`,
      list(
        rng,
        rng.some(['支付宝、微信扫码支付', '开通后自动到账', '会员专区每日更新', '客服Telegram在线'], 3),
      ),
    ];
    return {
      ext: 'php',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['91', '69', '88', '52'])}${rng.pick(['福利', '成人', '视频'])} - VIP会员`,
        nav: ['首页', '视频', '会员', '充值'],
        sections,
        footer: '成人内容，未满18岁禁止访问',
      }),
    };
  },
};

const seoSpam: Archetype = {
  id: 'adult-seo-spam',
  label: 'pornography',
  heldOut: false,
  count: 6,
  make(rng) {
    const kws = rng.some(
      [
        '成人视频',
        '黄色网站',
        'AV在线观看',
        '日韩无码',
        '国产自拍',
        '三级片',
        '成人电影',
        '免费黄片',
        '午夜福利',
      ],
      6,
    );
    const links = Array.from(
      { length: rng.int(15, 30) },
      () =>
        `<a href="/${rng.pick(['av', 'video', 'sp'])}/${rng.int(1000, 99999)}.html">${rng.pick(kws)}${rng.int(1, 999)}</a>`,
    );
    const sections = [
      `<h1>${kws.join(' ')}</h1>`,
      `<div class="tags">${links.join(' ')}</div>`,
      `<p>${kws.join('，')}，${rng.pick(['最新地址', '永久域名', '每日更新'])}</p>`,
    ];
    return {
      ext: rng.pick(['html', 'htm']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: kws.slice(0, 4).join('_'),
        keywords: kws.join(','),
        description: kws.join('，'),
        nav: kws.slice(0, 5),
        sections,
        footer: kws.slice(0, 3).join(' '),
      }),
    };
  },
};

const tw: Archetype = {
  id: 'adult-zh-tw',
  label: 'pornography',
  heldOut: true,
  count: 6,
  make(rng) {
    const sections = [
      `<h1>${rng.pick(['成人影片線上看', '無碼影片免費看', '18禁影音'])}</h1>`,
      cards(rng, rng.int(9, 14), ['無碼高清', '素人自拍', '日本AV', '成人動漫', '網紅福利'], 'video'),
      `<p>${rng.pick(['未滿18歲請勿進入', '本站為成人網站，請確認您已年滿18歲'])}</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-TW',
        title: `${rng.pick(['情色', '成人', '私密'])}${rng.pick(['影城', '論壇', '天堂'])}`,
        nav: ['首頁', '無碼', '有碼', '素人', '動漫'],
        sections,
        footer: '18禁 · 成人網站',
      }),
    };
  },
};

const hentai: Archetype = {
  id: 'adult-comics',
  label: 'pornography',
  heldOut: false,
  count: 6,
  make(rng) {
    const zh = rng.chance(0.5);
    const items = Array.from(
      { length: rng.int(10, 16) },
      () =>
        `<div class="comic"><img src="/c/${rng.int(100, 9999)}.webp"><a href="/comic/${rng.int(100, 9999)}">${zh ? rng.pick(['本子', '同人', '成人漫画', '里番']) : rng.pick(['Hentai manga', 'Doujin', 'Adult comic'])} ${rng.int(1, 500)}</a></div>`,
    );
    const sections = [
      zh
        ? `<h1>${rng.pick(['成人动漫', '18禁漫画', '里番在线'])}</h1><p>未满18岁请离开</p>`
        : `<h1>${rng.pick(['Free Hentai', 'Hentai Manga Online', 'NSFW Comics'])}</h1><p>18+ only</p>`,
      items.join('\n'),
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: zh ? 'zh-CN' : 'en',
        title: zh ? '成人漫画 - 18禁本子' : 'Hentai Haven - Free NSFW manga',
        nav: zh ? ['首页', '同人', '单行本', '里番'] : ['Latest', 'Popular', 'Tags'],
        sections,
        footer: zh ? '18禁' : '18+',
      }),
    };
  },
};

export const PORNOGRAPHY: Archetype[] = [tubeZh, tubeEn, ageGate, liveCams, vip, seoSpam, tw, hentai];
