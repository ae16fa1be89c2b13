import { describe, expect, it } from 'vitest';
import type { FileInfo } from '../detector.ts';
import { classifyPage, pageText, structureOf } from './pages.classify.ts';
import { scanPage, wantsPage } from './pages.detector.ts';

const file = (path: string, webRoot: string | null = '/var/www/html'): FileInfo => ({
  path,
  size: 5000,
  mode: 0o100644,
  uid: 33,
  mtimeMs: 0,
  webRoot,
});
const html = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title><style>body{font-family:"Microsoft YaHei"}</style></head><body>\n${body}\n</body></html>`;
const detected = (page: string) =>
  classifyPage(page)
    .categories.filter((c) => c.detected)
    .map((c) => c.category);

describe('page text', () => {
  it('keeps visible text and readable attributes, decodes entities and escapes, folds traditional characters, drops styles', () => {
    const t = pageText(
      `<style>.x{font:Microsoft}</style><p title="首存優惠">百家樂&nbsp;&#25237;&#x6ce8;</p><script>var s="\\u771f\\u4eba";</script>`,
    );
    expect(t).toContain('百家乐');
    expect(t).toContain('首存优惠');
    expect(t).toContain('投注');
    expect(t).toContain('真人');
    expect(t).not.toContain('microsoft');
  });

  it('counts the structure of the trade', () => {
    const s = structureOf(
      `<form action="https://evil.example/post.php"><input type="password" name="pwd"><input name="cardno"><input name="cvv"></form>` +
        `<a href="magnet:?xt=urn:btih:${'a'.repeat(40)}">m</a><td class="odds">1.85</td><a href="/x.rar">d</a> 提取码：ab12 第01集 第02集`,
    );
    expect(s).toMatchObject({
      forms: 1,
      passwordInputs: 1,
      externalAction: true,
      magnets: 1,
      archiveLinks: 1,
      extractCodes: 1,
      episodes: 2,
      oddsNumbers: 1,
    });
    expect(s.sensitiveFields).toBe(2);
  });
});

describe('page classification: offers are found', () => {
  it.each([
    [
      'gambling',
      html(
        '金沙娱乐城官方网站',
        '<h1>新会员首存100%优惠</h1><ul><li>真人百家乐</li><li>龙虎斗</li><li>电子老虎机</li></ul><p>每日返水1.5%，USDT存款秒到，提款3分钟到账</p><a class="btn">立即注册</a><a>免费开户</a>',
      ),
    ],
    [
      'gambling',
      html(
        'Lucky Casino',
        '<h1>Welcome Bonus 200% + 100 Free Spins</h1><ul><li>Live Baccarat</li><li>Roulette</li><li>Blackjack</li></ul><p>Sportsbook with the best odds. Deposit with crypto, instant withdrawal.</p><a>Join Now</a>',
      ),
    ],
    [
      'pornography',
      html(
        '成人影院 - 免费AV在线',
        `<p>本站仅适合18岁以上成年人浏览</p>${'<div class="video-item"><span class="duration">12:34</span><p>日韩无码 1</p></div>'.repeat(10)}<p>国产自拍、日韩AV、欧美成人</p>`,
      ),
    ],
    [
      'fraud',
      html(
        '中国工商银行身份验证',
        '<div>您的账户存在异常交易，已被临时冻结，请于24小时内完成身份验证。</div><form action="https://verify-x.top.example/post.php"><input name="idcard"><input name="cardno"><input type="password" name="pwd"><input name="smscode"><button>立即验证</button></form>',
      ),
    ],
    [
      'fraud',
      html(
        '最高人民检察院 案件查询',
        '<h2>通缉令</h2><p>当事人涉嫌洗钱案，现依法进行资金清查，请将资金转入安全账户。</p><form><input name="sfz"><input name="bankcard"><input type="password" name="paypwd"></form>',
      ),
    ],
    [
      'piracy',
      html(
        '繁花全集在线观看 - 天堂影院',
        `<h1>繁花免费在线观看</h1><p>更新至30集 国语中字 1080P</p>${Array.from({ length: 20 }, (_, i) => `<a href="/p/${i}">第${i + 1}集</a>`).join('')}<p>最新电影 抢先版 免费观看 无需注册</p>`,
      ),
    ],
    [
      'piracy',
      html(
        'Photoshop 2025 破解版下载',
        '<h1>Photoshop 2025 中文破解版</h1><p>附注册机，永久激活</p><a href="/down/ps.rar">立即下载</a> <a href="https://pan.baidu.com/s/1abc">百度网盘</a> 提取码：x7k2',
      ),
    ],
    [
      'hacking-tool',
      html(
        '黑客联盟 - 免杀远控下载',
        '<ul><li><a href="/s/a.rar">远控 v3 免杀版</a></li><li><a href="/s/b.rar">抓鸡工具包</a></li><li><a href="/s/c.rar">一键提权工具</a></li></ul><p>所有工具均已免杀，联系QQ购买</p><a>立即下载</a>',
      ),
    ],
  ])('%s', (category, page) => {
    expect(detected(page)).toContain(category);
  });
});

describe('page classification: the controls stay clean', () => {
  it.each([
    [
      'crackdown news',
      html(
        '警方破获特大网络赌博案',
        '<article><p>近日，警方破获一起跨境网络赌博案，抓获犯罪嫌疑人30名，涉案资金2亿元。该赌博网站以真人视讯、百家乐、体育投注为噱头，通过首存优惠、返水招揽参赌人员充值下注。</p><p>警方提醒：远离赌博，发现线索及时举报。</p><p>记者 张华</p></article>',
      ),
    ],
    [
      'anti-fraud notice',
      html(
        '反诈提醒',
        '<ol><li>冒充公检法诈骗：骗子称您涉嫌洗钱，要求转入安全账户。</li><li>刷单返利诈骗：垫付返佣、日赚几百都是骗局。</li><li>任何要求提供短信验证码、银行卡密码的都是诈骗。</li></ol><p>请拨打96110。</p>',
      ),
    ],
    [
      'user agreement',
      html(
        '用户协议',
        '<p>用户不得利用本平台从事网络赌博、诈骗，不得发布淫秽色情信息，不得上传盗版影视、破解软件、注册机，不得传播远控木马。违反本协议的，本平台有权封禁账号。</p>',
      ),
    ],
    [
      'lottery results',
      html(
        '双色球开奖公告',
        '<article><p>中国福利彩票双色球第2025050期开奖，本期全国销售额3.5亿元，一等奖中出5注。本期投注总额中筹集公益金1.2亿元。</p><p>福彩中心提醒理性购彩。</p></article>',
      ),
    ],
    [
      'wallet page',
      html(
        '我的钱包',
        '<p>账户余额：¥120.00 <a>充值</a> <a>提现</a></p><ul><li>我的订单</li><li>优惠券</li><li>收货地址</li></ul><p>提现1-3个工作日到账</p>',
      ),
    ],
    [
      'legit bank login',
      html(
        '个人网上银行',
        '<form action="/ebank/login"><input name="loginName" placeholder="卡号"><input type="password" name="password"><input name="captcha" placeholder="验证码"><button>登录</button></form><p>本行不会通过短信链接要求您输入密码。</p>',
      ),
    ],
    [
      'licensed video',
      html(
        '繁花-高清正版视频',
        `<p>独播 | 正版授权 | 会员抢先看</p>${Array.from({ length: 12 }, (_, i) => `<a>${i + 1}</a>`).join('')}<footer>信息网络传播视听节目许可证</footer>`,
      ),
    ],
    [
      'security blog',
      html(
        '冰蝎4.0流量特征分析',
        '<article><p>本文从防守方视角分析冰蝎、哥斯拉Webshell的流量特征，给出检测规则与修复建议。攻击者常用菜刀、蚁剑连接一句话木马。应急响应中我们在上传目录发现了木马。</p></article>',
      ),
    ],
    [
      'sex education',
      html(
        '青春期性教育',
        '<p>青春期是身体快速发展的阶段，家长应进行科学的性教育，常见避孕方式请在医生指导下使用。</p>',
      ),
    ],
    [
      'adult education',
      html('成人高考报名指南', '<p>成人高考每年10月举行，成人教育学历国家承认。在线观看课程视频。</p>'),
    ],
  ])('%s', (_name, page) => {
    expect(detected(page)).toEqual([]);
  });
});

describe("page classification: attack names in defenders' pages", () => {
  it('a DDoS-for-hire page is a hacking-tool offer; a DDoS-protection vendor and load-balancer docs are not', () => {
    const stresser = html(
      'BootHub - stress testing',
      '<ul><li>UDP flood and DNS amplification up to 300 Gbps</li><li>Boot time up to 3600 seconds</li><li>2 concurrent attacks</li></ul><p>Plans from $20 per month. Pay with bitcoin.</p>',
    );
    const vendor = html(
      'ShieldNet DDoS Protection',
      '<p>Always-on protection: we absorb layer 4 and layer 7 attacks, UDP flood and DNS amplification up to 3 Tbps.</p><ul><li>Plans from $20 per month</li><li>API access</li></ul>',
    );
    const docs = html(
      'Load balancer docs',
      '<p>Works at layer 4 (TCP/UDP) and layer 7 (HTTP), up to 40 Gbps. Health checks and logs in the console. Plans billed per month.</p>',
    );
    expect(detected(stresser)).toEqual(['hacking-tool']);
    expect(detected(vendor)).toEqual([]);
    expect(detected(docs)).toEqual([]);
  });
});

describe('pages detector', () => {
  it('wants web pages under web roots (or web trees) only', () => {
    expect(wantsPage(file('/var/www/html/index.html'), Buffer.from(''))).toBe(true);
    expect(wantsPage(file('/srv/site/a.php', null), Buffer.from(''))).toBe(true);
    expect(wantsPage(file('/home/u/notes.html', null), Buffer.from(''))).toBe(false);
    expect(wantsPage(file('/var/www/html/static/js/jquery.min.js'), Buffer.from(''))).toBe(false);
    expect(wantsPage(file('/var/www/html/page'), Buffer.from('<!DOCTYPE html><html>'))).toBe(true);
  });

  it('names the page, the category, its line and the reasons', () => {
    const page = html(
      '欢迎光临',
      '\n\n<h1>金沙娱乐城 首存优惠</h1>\n<p>真人百家乐 龙虎斗 电子老虎机</p>\n<p>返水1.5%，彩金天天送，立即投注</p>\n<a>立即注册</a>',
    );
    const [d] = scanPage(page, file('/var/www/html/index.html'), 1);
    expect(d).toMatchObject({
      detector: 'pages',
      rule: 'gambling',
      path: '/var/www/html/index.html',
      excerpt: '欢迎光临',
    });
    expect(d?.line).toBeGreaterThan(1);
    expect(d?.reasons.join(' ')).toContain('百家乐');
  });
});

describe('hostile pages', () => {
  it.each([
    ['unclosed tags', '<a '.repeat(350_000)],
    ['unclosed comments', '<!-- x '.repeat(150_000)],
    ['unclosed styles', '<style>'.repeat(150_000)],
    ['unclosed forms and inputs', '<form action="x <input name="cardno '.repeat(30_000)],
  ])('%s: finishes quickly', (_name, page) => {
    const started = performance.now();
    classifyPage(page);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
