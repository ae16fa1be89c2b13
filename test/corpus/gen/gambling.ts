/** Gambling sites: casino lobbies, sportsbooks, private lotteries, agent pages, member centres. */
import { list, paragraphs, renderPage } from './html.ts';
import type { Rng } from './rng.ts';
import type { Archetype } from './types.ts';

const BRANDS = [
  '金沙',
  '永利',
  '新葡京',
  '威尼斯人',
  '银河',
  '太阳城',
  '皇冠',
  '博天堂',
  '鸿运',
  '大发',
  '凯发',
  '乐鱼',
  '开云',
  '九游',
  '星空',
  '华体会',
  '亚博',
  '必威',
  '沙巴',
  '金宝博',
  '利来',
  '尊龙',
];
const SUFFIX = ['娱乐', '娱乐城', '国际', '体育', '棋牌', '游戏', '官网'];
const GAMES = [
  '真人百家乐',
  '龙虎斗',
  '抢庄牛牛',
  '21点',
  '电子老虎机',
  '捕鱼达人',
  '体育赛事',
  '电竞竞猜',
  '彩票大厅',
  '骰宝',
  '轮盘',
  '德州扑克',
  '炸金花',
  '二八杠',
  '真人视讯',
  '极速赛车',
  '幸运飞艇',
];
const PAY = ['USDT', '银行卡', '支付宝', '微信', '云闪付', '数字人民币'];
const CTA = [
  '立即注册',
  '免费开户',
  '立即游戏',
  '马上体验',
  '立即加入',
  '立即投注',
  '进入游戏',
  '领取彩金',
  '注册送88',
];

function brand(rng: Rng): string {
  return rng.pick(BRANDS) + rng.pick(SUFFIX);
}

function footer(rng: Rng, b: string): string {
  return rng.pick([
    `Copyright © 20${rng.int(18, 25)} ${b} 版权所有 | 菲律宾PAGCOR监管认证`,
    `${b} | 7×24小时在线客服 | 本站受英属维尔京群岛博彩委员会监管`,
    `© ${b} All rights reserved · 合作伙伴 · 代理加盟 · 联系我们`,
    `${b} 亚洲领先的线上娱乐平台 | 建议使用Chrome浏览器访问`,
  ]);
}

const lobby: Archetype = {
  id: 'casino-lobby-zh',
  label: 'gambling',
  heldOut: false,
  count: 8,
  make(rng) {
    const b = brand(rng);
    const games = rng.some(GAMES, rng.int(5, 9));
    const pct = rng.pick([50, 100, 120, 150, 200]);
    const sections = [
      `<div class="banner"><h1>${b}</h1><p>${rng.pick(['新会员首存', '首次存款', '首充'])}${pct}%${rng.pick(['优惠', '彩金', '红利'])}，最高可得${rng.int(5, 50) * 100}元</p><a class="btn" href="/reg">${rng.pick(CTA)}</a></div>`,
      `<h2>${rng.pick(['热门游戏', '游戏大厅', '精选游戏'])}</h2>` +
        list(
          rng,
          games.map((g) => `<a href="/game/${rng.word(5)}">${g}</a>`),
        ),
      paragraphs(
        rng.some(
          [
            `每日返水最高${rng.pick(['1.2', '1.5', '2.0'])}%，无上限，次日自动派发`,
            `支持${rng.some(PAY, 3).join('、')}存款，${rng.int(1, 5)}分钟极速到账`,
            `提款${rng.pick(['秒到账', '3分钟到账', '无需审核'])}，每日不限次数`,
            `专业荷官现场发牌，高清直播全程可查`,
            `${rng.int(50, 500)}万会员共同的选择，信誉平台大额无忧`,
            `天天洗码，周周有红利，月月送体验金`,
            `推荐好友注册存款即可获得${rng.int(10, 88)}元奖励`,
          ],
          rng.int(3, 6),
        ),
      ),
      `<div class="actions"><a href="/register" class="btn-red">${rng.pick(CTA)}</a> <a href="/login">登录</a> <a href="/kefu">在线客服</a></div>`,
    ];
    return {
      ext: rng.pick(['html', 'html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${b}${rng.pick(['官方网站', '官网入口', '-亚洲信誉第一', '登录'])}`,
        keywords: `${b},${games.slice(0, 3).join(',')}`,
        nav: [
          '首页',
          ...rng.some(['真人视讯', '体育', '电子', '彩票', '棋牌', '捕鱼', '优惠活动', 'VIP'], 5),
        ],
        sections: rng.shuffle(sections),
        footer: footer(rng, b),
      }),
    };
  },
};

const TEAMS = [
  '曼城',
  '阿森纳',
  '利物浦',
  '切尔西',
  '皇马',
  '巴萨',
  '拜仁',
  '多特蒙德',
  '国米',
  'AC米兰',
  '尤文',
  '巴黎',
  '湖人',
  '勇士',
  '凯尔特人',
  '热火',
];
function odds(rng: Rng): string {
  return (1 + rng.next() * 3).toFixed(2);
}
const sportsbook: Archetype = {
  id: 'sportsbook-odds-zh',
  label: 'gambling',
  heldOut: false,
  count: 7,
  make(rng) {
    const b = brand(rng);
    const rows: string[] = [];
    for (let i = 0; i < rng.int(5, 10); i++) {
      const [h, a] = rng.some(TEAMS, 2);
      rows.push(
        `<tr><td>${rng.int(10, 23)}:${rng.pick(['00', '30', '45'])}</td><td>${h} vs ${a}</td><td class="odds">${odds(rng)}</td><td class="odds">${odds(rng)}</td><td class="odds">${odds(rng)}</td><td>${rng.pick(['-0.5', '+0.5', '-1', '0/0.5'])}</td></tr>`,
      );
    }
    const sections = [
      `<h2>${rng.pick(['今日赛事', '滚球', '早盘', '热门赛事'])}</h2><table class="${rng.pick(['match-table', 'tb'])}"><tr><th>时间</th><th>对阵</th><th>主胜</th><th>平</th><th>客胜</th><th>让球</th></tr>${rows.join('\n')}</table>`,
      `<div class="${rng.pick(['betslip', 'bet-slip'])}"><h3>${rng.pick(['投注单', '注单'])}</h3><input type="number" name="${rng.pick(['stake', 'bet_amount', 'money'])}" placeholder="${rng.pick(['输入金额', '投注金额'])}"><button class="bet-btn">${rng.pick(['确认投注', '立即投注', '下注'])}</button></div>`,
      paragraphs(
        rng.some(
          [
            '支持串关、滚球、让球、大小球等多种玩法',
            '赛前赛中均可下注，赔率实时更新',
            `单注最高${rng.int(10, 100)}万`,
            '全场欧洲盘，返水0.8%',
            '体育首存送168',
          ],
          3,
        ),
      ),
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${b}体育 - ${rng.pick(['足球', '篮球', '赛事'])}投注`,
        nav: ['体育', '滚球', '早盘', '串关', '投注记录', '存款'],
        sections,
        footer: footer(rng, b),
      }),
    };
  },
};

const LOTTO = [
  '重庆时时彩',
  '北京赛车PK10',
  '幸运飞艇',
  '江苏快三',
  '腾讯分分彩',
  '香港六合彩',
  '极速时时彩',
  '11选5',
];
const privateLottery: Archetype = {
  id: 'private-lottery',
  label: 'gambling',
  heldOut: true,
  count: 7,
  make(rng) {
    const name = `${rng.pick(['彩神', '大发', '盈彩', '500万', '凤凰', '优彩', '聚彩'])}${rng.pick(['彩票', '彩', '娱乐'])}`;
    const game = rng.pick(LOTTO);
    const draws: string[] = [];
    const base = `2025${rng.pick(['03', '06', '09', '11'])}${rng.int(10, 28)}`;
    for (let i = 0; i < rng.int(6, 12); i++)
      draws.push(
        `<tr><td>${base}-${String(rng.int(1, 120)).padStart(3, '0')}期</td><td>${Array.from({ length: 5 }, () => rng.int(0, 9)).join(',')}</td><td>${rng.pick(['大', '小'])}${rng.pick(['单', '双'])}</td></tr>`,
      );
    const sections = [
      `<h1>${game}</h1><p>${rng.pick(['距离下期开奖', '本期截止'])}：<b>0${rng.int(0, 4)}:${rng.int(10, 59)}</b></p>`,
      `<table class="draw">${draws.join('\n')}</table>`,
      `<form class="bet-panel"><select name="play_type"><option>定位胆</option><option>大小单双</option><option>前三直选</option></select><input name="bet_money" placeholder="每注金额"><input name="multiple" value="1">倍 <button>${rng.pick(['确认下注', '马上投注', '投注'])}</button></form>`,
      paragraphs(
        rng.some(
          [
            '官方开奖，公平公正',
            `返点最高${rng.pick(['1.9', '2.0', '1.95'])}%`,
            '倍投计划免费看，跟单稳赚',
            '走势图、遗漏分析一应俱全',
            '充值秒到，提现5分钟到账',
          ],
          3,
        ),
      ),
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${name} - ${game}`,
        nav: ['购彩大厅', '开奖结果', '走势图', '充值', '提现', '代理'],
        sections,
        footer: `${name} | 购彩有风险`,
      }),
    };
  },
};

const agent: Archetype = {
  id: 'agent-recruitment',
  label: 'gambling',
  heldOut: false,
  count: 6,
  make(rng) {
    const b = brand(rng);
    const tiers = [1, 2, 3, 4, 5].map(
      (lv) =>
        `<tr><td>${lv}级</td><td>${lv * rng.int(3, 8)}万</td><td>${lv * 5}人</td><td>${25 + lv * 5}%</td></tr>`,
    );
    const sections = [
      `<h1>${rng.pick(['代理加盟', '合营计划', '招商代理'])}</h1><p>${rng.pick(['零投入，高回报', '躺着也能赚钱', '月入十万不是梦'])}，佣金${rng.pick(['日结', '周结', '月结'])}</p>`,
      `<table class="commission"><tr><th>等级</th><th>有效投注</th><th>活跃会员</th><th>佣金比例</th></tr>${tiers.join('')}</table>`,
      list(
        rng,
        rng.some(
          [
            '专属代理后台，数据实时查看',
            '推广链接一键生成',
            '下级会员存款、投注、输赢全程可查',
            '真人、体育、电子、棋牌全品类分成',
            '代理QQ群每日发放推广素材',
          ],
          4,
        ),
      ),
      `<a class="btn" href="/agent/apply">${rng.pick(['立即申请', '加入我们', '申请代理'])}</a>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${b} - 代理合作`,
        nav: ['首页', '真人', '体育', '棋牌', '代理', '客服'],
        sections,
        footer: footer(rng, b),
      }),
    };
  },
};

const appDownload: Archetype = {
  id: 'app-download',
  label: 'gambling',
  heldOut: false,
  count: 5,
  make(rng) {
    const b = brand(rng);
    const sections = [
      `<h1>${b} APP</h1><p>${rng.pick(['随时随地，想玩就玩', '掌上娱乐城', '手机投注更方便'])}</p>`,
      `<div class="dl"><a href="/download/${rng.word(6)}.apk">安卓下载</a> <a href="itms-services://?action=download-manifest&url=https://cdn.${rng.word(7)}.example/ios.plist">苹果下载</a><img src="/qr.png" alt="扫码下载"></div>`,
      list(
        rng,
        rng.some(
          [
            '真人视讯：百家乐、龙虎、牛牛',
            '体育投注：足球篮球网球全覆盖',
            '电子游艺：千款老虎机',
            '彩票：时时彩、快三、PK10',
            '新用户下载APP即送彩金18元',
            'APP专享存款优惠1%',
          ],
          4,
        ),
      ),
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${b}APP下载`,
        nav: ['首页', 'APP下载', '优惠', '客服'],
        sections,
        footer: footer(rng, b),
      }),
    };
  },
};

const casinoEn: Archetype = {
  id: 'casino-en',
  label: 'gambling',
  heldOut: true,
  count: 6,
  make(rng) {
    const b = `${rng.pick(['Royal', 'Lucky', 'Golden', 'Vegas', 'Jackpot', 'Spin', 'Ace'])} ${rng.pick(['Palace', 'Star', 'Casino', 'Bet', 'Win', 'Club'])}`;
    const sections = [
      `<h1>${rng.pick(['Welcome Bonus', 'New Player Offer', 'Join Today'])}: ${rng.pick([100, 150, 200, 300])}% up to $${rng.pick([500, 1000, 2000])} + ${rng.int(50, 200)} Free Spins</h1><a class="cta" href="/signup">${rng.pick(['Join Now', 'Claim Bonus', 'Play Now', 'Sign Up'])}</a>`,
      `<h2>${rng.pick(['Top Games', 'Popular Slots', 'Live Casino'])}</h2>` +
        list(
          rng,
          rng.some(
            [
              'Live Baccarat',
              'Lightning Roulette',
              'Blackjack VIP',
              'Mega Moolah slots',
              'Book of Dead',
              "Texas Hold'em Poker",
              'Crazy Time',
              'Sweet Bonanza',
            ],
            5,
          ),
        ),
      paragraphs(
        rng.some(
          [
            'Instant withdrawals in crypto',
            'Deposit with Visa, Skrill or USDT',
            'Weekly cashback on your losses',
            'Sportsbook with the best odds on football and NBA',
            'VIP rebate program for high rollers',
            'Place your bet on 30,000+ live events every month',
          ],
          3,
        ),
      ),
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `${b} | Online Casino & Sportsbook`,
        nav: ['Casino', 'Live Casino', 'Sports', 'Promotions', 'VIP', 'Deposit'],
        sections,
        footer: `© ${b}. 18+ only. Licensed by Curacao eGaming.`,
      }),
    };
  },
};

const casinoTw: Archetype = {
  id: 'casino-zh-tw',
  label: 'gambling',
  heldOut: true,
  count: 6,
  make(rng) {
    const b = `${rng.pick(['金富', '鑫寶', '富遊', '九州', '玩運彩', '財神'])}${rng.pick(['娛樂城', '娛樂', '線上娛樂'])}`;
    const sections = [
      `<h1>${b}</h1><p>${rng.pick(['首儲1000送1000', '新會員首存優惠100%', '註冊即送體驗金'])}</p><a href="/join">${rng.pick(['立即註冊', '免費加入', '馬上遊戲'])}</a>`,
      list(
        rng,
        rng.some(
          ['真人百家樂', '運彩投注', '電子老虎機', '捕魚機', '賓果賓果', '六合彩', '棋牌遊戲', '真人視訊'],
          5,
        ),
      ),
      paragraphs(
        rng.some(
          [
            '儲值快速到帳，出金三分鐘',
            '每日返水0.8%無上限',
            '線上客服24小時服務',
            '運彩賠率全台最高',
            '推薦好友送彩金',
          ],
          3,
        ),
      ),
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-TW',
        title: `${b} - 台灣線上娛樂城推薦`,
        nav: ['首頁', '真人', '體育', '電子', '彩票', '優惠'],
        sections,
        footer: `${b} © 版權所有`,
      }),
    };
  },
};

const memberCenter: Archetype = {
  id: 'member-center',
  label: 'gambling',
  heldOut: false,
  count: 6,
  make(rng) {
    const b = brand(rng);
    const wallets = rng
      .some(['真人视讯钱包', '体育钱包', '电子游艺钱包', '棋牌钱包', '彩票钱包'], 4)
      .map(
        (w) =>
          `<tr><td>${w}</td><td>${rng.int(0, 9999)}.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr>`,
      );
    const sections = [
      `<h2>会员中心</h2><p>账户余额：<b>${rng.int(100, 90000)}.00</b> 元 <a href="/deposit">充值</a> <a href="/withdraw">提现</a></p>`,
      `<table class="wallet"><tr><th>钱包</th><th>余额</th><th>额度转换</th></tr>${wallets.join('')}</table>`,
      list(rng, ['投注记录', '返水记录', '存款记录', '取款记录', `VIP等级：VIP${rng.int(1, 9)}`, '优惠申请']),
      `<form action="/withdraw.php" method="post"><input name="amount" placeholder="提现金额"><input type="password" name="paypwd" placeholder="取款密码"><button>提交</button></form>`,
    ];
    return {
      ext: 'php',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${b} - 会员中心`,
        nav: ['首页', '真人', '体育', '电子', '存款', '取款', '优惠'],
        sections,
        footer: footer(rng, b),
      }),
    };
  },
};

const qipai: Archetype = {
  id: 'real-money-cards',
  label: 'gambling',
  heldOut: true,
  count: 5,
  make(rng) {
    const name = `${rng.pick(['开元', '乐游', '大唐', '天天', '博雅'])}棋牌`;
    const sections = [
      `<h1>${name}</h1><p>${rng.pick(['真金白银，上分下分秒到', '金币随时兑换现金', '玩牌就能赚钱'])}</p>`,
      list(
        rng,
        rng.some(['炸金花', '抢庄牛牛', '二八杠', '斗地主（现金场）', '百人牛牛', '龙虎斗', '红黑大战'], 5),
      ),
      paragraphs(
        rng.some(
          [
            '推广员拉新享受三级分佣',
            `最低充值${rng.int(10, 50)}元，提现无手续费`,
            '客服微信24小时上分',
            '每日签到送金币，输了返还10%',
          ],
          3,
        ),
      ),
      `<a href="/download/${rng.word(5)}.apk">下载游戏</a>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${name}官方下载`,
        nav: ['首页', '游戏', '推广', '客服'],
        sections,
        footer: name,
      }),
    };
  },
};

const esports: Archetype = {
  id: 'esports-betting',
  label: 'gambling',
  heldOut: false,
  count: 5,
  make(rng) {
    const rows = Array.from(
      { length: rng.int(4, 8) },
      () =>
        `<tr><td>${rng.pick(['LPL', 'LCK', 'TI', 'Major', 'KPL'])}</td><td>${rng.pick(['JDG', 'BLG', 'T1', 'GEN', 'NAVI', 'FaZe', 'AG', 'WB'])} vs ${rng.pick(['TES', 'WBG', 'HLE', 'G2', 'Spirit', 'Vitality', 'eStarPro'])}</td><td class="odds">${odds(rng)}</td><td class="odds">${odds(rng)}</td></tr>`,
    );
    const sections = [
      `<h1>${rng.pick(['电竞竞猜', '电竞投注', '电竞博彩'])}</h1><p>英雄联盟、DOTA2、CS2、王者荣耀全场次${rng.pick(['竞猜', '投注'])}</p>`,
      `<table>${rows.join('')}</table>`,
      `<div class="bet-box"><input name="bet_amount" placeholder="金额"><button>${rng.pick(['下注', '确认投注'])}</button></div>`,
      paragraphs(
        rng.some(['地图让分、一血、十杀多种玩法', '电竞首存送50%', '滚球实时赔率', '派彩秒到账'], 2),
      ),
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${brand(rng)}电竞`,
        nav: ['电竞', '体育', '真人', '充值'],
        sections,
        footer: '电竞竞猜平台',
      }),
    };
  },
};

export const GAMBLING: Archetype[] = [
  lobby,
  sportsbook,
  privateLottery,
  agent,
  appDownload,
  casinoEn,
  casinoTw,
  memberCenter,
  qipai,
  esports,
];
