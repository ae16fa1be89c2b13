/**
 * Legitimate pages: the false-positive controls. Many use the same nouns as the positive pages —
 * crackdown news, anti-fraud notices, user agreements, lottery results, wallets, licensed video,
 * open-source downloads, security research — because that is where a naive matcher fails.
 */
import { list, paragraphs, renderPage } from './html.ts';
import type { Rng } from './rng.ts';
import type { Archetype } from './types.ts';

const CITIES = ['杭州', '深圳', '成都', '温州', '南宁', '昆明', '济南', '合肥', '福州', '长沙'];
const date = (rng: Rng) => `20${rng.int(22, 25)}年${rng.int(1, 12)}月${rng.int(1, 28)}日`;
const newsFooter = (rng: Rng) =>
  rng.pick(['责任编辑：王磊', '来源：新华网', '（记者 张华 通讯员 李明）', '本文来源：人民网']);

function news(rng: Rng, title: string, paras: string[], site: string): string {
  return renderPage(rng, {
    lang: 'zh-CN',
    title: `${title}_${site}`,
    nav: ['首页', '要闻', '社会', '法治', '财经', '评论'],
    sections: [
      `<article><h1>${title}</h1><p class="meta">${date(rng)} ${rng.pick(['09:12', '14:30', '18:05'])} 来源：${site}</p>\n${paragraphs(paras)}\n<p>${newsFooter(rng)}</p></article>`,
    ],
    footer: `${site} 版权所有 京ICP备${rng.int(10000000, 99999999)}号`,
  });
}

const gamblingNews: Archetype = {
  id: 'news-gambling-crackdown',
  label: 'benign',
  heldOut: false,
  count: 9,
  make(rng) {
    const city = rng.pick(CITIES);
    const paras = rng.some(
      [
        `近日，${city}警方成功破获一起特大跨境网络赌博案，抓获犯罪嫌疑人${rng.int(12, 90)}名，涉案资金${rng.int(2, 90)}亿元。`,
        `经查，该团伙在境外架设赌博网站，以“真人视讯”“百家乐”“体育投注”等为噱头，通过发展代理、首存优惠等方式招揽参赌人员。`,
        `参赌人员通过充值、提现在平台下注，平台通过操控赔率牟取暴利，不少群众因此倾家荡产。`,
        `目前，犯罪嫌疑人已被依法刑事拘留，案件正在进一步侦办中。`,
        `警方提醒：网络赌博“十赌九骗”，所谓的高额返水、彩金都是诱饵，请广大群众远离赌博，发现涉赌线索及时举报。`,
        `据办案民警介绍，该赌博网站的服务器架设在境外，资金通过多层银行卡和USDT转移。`,
        `此次专项行动共捣毁窝点${rng.int(3, 20)}个，冻结涉案账户${rng.int(100, 900)}个。`,
      ],
      rng.int(4, 6),
    );
    return {
      ext: rng.pick(['html', 'shtml']),
      content: news(
        rng,
        `${city}警方破获特大网络赌博案 涉案金额${rng.int(2, 90)}亿元`,
        paras,
        rng.pick(['新华网', '人民网', `${city}日报`, '法治日报']),
      ),
    };
  },
};

const pornNews: Archetype = {
  id: 'news-porn-crackdown',
  label: 'benign',
  heldOut: true,
  count: 7,
  make(rng) {
    const city = rng.pick(CITIES);
    const paras = rng.some(
      [
        `记者从${city}市“扫黄打非”办公室获悉，${date(rng)}以来，全市共查处传播淫秽色情信息案件${rng.int(10, 80)}起。`,
        `警方破获一起利用网站传播淫秽视频牟利案，该网站以“成人视频”“VIP会员”为名吸引用户付费观看。`,
        `犯罪嫌疑人通过境外服务器搭建色情网站，非法获利${rng.int(30, 900)}万元，目前已被依法刑事拘留。`,
        `“扫黄打非”部门提醒，网络淫秽色情信息严重危害青少年身心健康，欢迎群众积极举报。`,
        `下一步，将持续开展“净网”专项行动，严厉打击网上淫秽色情信息。`,
      ],
      rng.int(3, 5),
    );
    return {
      ext: 'html',
      content: news(
        rng,
        `${city}“扫黄打非”：查处一批网络淫秽色情案件`,
        paras,
        rng.pick(['人民网', `${city}新闻网`, '光明网']),
      ),
    };
  },
};

const antiFraud: Archetype = {
  id: 'anti-fraud-notice',
  label: 'benign',
  heldOut: false,
  count: 9,
  make(rng) {
    const items = rng.some(
      [
        '冒充公检法诈骗：骗子自称公安、检察院工作人员，称您涉嫌洗钱，要求将资金转入所谓“安全账户”。公检法机关从来没有“安全账户”！',
        '刷单返利诈骗：以“日赚几百”“垫付返佣”为诱饵，先小额返利，再以连单、卡单为由骗取大额本金。刷单本身就是违法行为。',
        '虚假投资理财诈骗：所谓“导师带单”“稳赚不赔”“内幕消息”都是骗局，高收益平台提现时会被各种理由拒绝。',
        '冒充客服退款诈骗：骗子冒充电商客服，称商品有问题需退款，诱导您提供银行卡号、验证码。',
        'ETC认证诈骗：收到“ETC卡已失效，请点击链接认证”的短信，切勿点击，这是钓鱼网站。',
        '积分兑换诈骗：“积分即将清零可兑换现金”的短信链接是钓鱼网站，会盗取银行卡号和密码。',
        '任何要求提供短信验证码、银行卡密码的都是诈骗。',
      ],
      rng.int(3, 6),
    );
    const sections = [
      `<h1>${rng.pick(['反诈提醒', '防骗指南', '国家反诈中心提醒您'])}</h1>`,
      list(rng, items, true),
      `<p>${rng.pick(['如遇可疑情况，请立即拨打96110或110报警。', '下载“国家反诈中心”APP，守护您的钱袋子。', '不听、不信、不转账，谨防电信网络诈骗。'])}</p>`,
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['反诈宣传', '防范电信网络诈骗', '警惕新型诈骗'])} - ${rng.pick(CITIES)}市公安局`,
        nav: ['首页', '警务公开', '反诈专栏', '办事指南'],
        sections,
        footer: `${rng.pick(CITIES)}市公安局 版权所有`,
      }),
    };
  },
};

const userAgreement: Archetype = {
  id: 'user-agreement',
  label: 'benign',
  heldOut: false,
  count: 8,
  make(rng) {
    const name = `${rng.pick(['云', '悦', '易', '快', '米'])}${rng.pick(['享', '聊', '视', '商', '学'])}${rng.pick(['平台', 'APP', '社区'])}`;
    const rules = rng.some(
      [
        '发布、传播含有淫秽、色情、赌博、暴力、凶杀、恐怖或者教唆犯罪的信息；',
        '利用本平台从事网络赌博、诈骗、传销等违法犯罪活动，或为网络赌博、诈骗提供充值、提现、推广等帮助；',
        '上传、分享盗版影视、破解软件、注册机等侵犯他人著作权的内容；',
        '传播木马、病毒、远控工具、Webshell等恶意程序，或提供入侵他人计算机信息系统的工具；',
        '发布虚假中奖、刷单返利、投资理财等欺诈信息；',
        '冒充国家机关、金融机构工作人员；',
      ],
      rng.int(3, 6),
    );
    const sections = [
      `<h1>${name}${rng.pick(['用户服务协议', '用户协议', '社区规范'])}</h1>`,
      `<p>在使用本平台服务前，请您仔细阅读本协议。您使用本服务即视为同意本协议。</p><h2>第${rng.pick(['五', '六', '七'])}条 用户行为规范</h2><p>用户不得利用本平台从事下列行为：</p>`,
      list(rng, rules, true),
      '<p>如用户违反上述约定，本平台有权立即删除相关内容、封禁账号，并向有关主管部门报告；涉嫌犯罪的，依法移送司法机关处理。</p>',
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${name}用户协议`,
        nav: ['首页', '帮助中心', '隐私政策', '用户协议'],
        sections,
        footer: `${name} 版权所有`,
      }),
    };
  },
};

const lotteryNews: Archetype = {
  id: 'lottery-official-news',
  label: 'benign',
  heldOut: false,
  count: 8,
  make(rng) {
    const game = rng.pick(['双色球', '大乐透', '福彩3D', '七乐彩', '排列三']);
    const issue = `20${rng.int(23, 25)}${String(rng.int(1, 150)).padStart(3, '0')}`;
    const paras = rng.some(
      [
        `${date(rng)}晚，中国福利彩票${game}第${issue}期开奖，红球号码为${Array.from({ length: 6 }, () => String(rng.int(1, 33)).padStart(2, '0')).join(' ')}，蓝球号码为${String(rng.int(1, 16)).padStart(2, '0')}。`,
        `本期全国销售额为${rng.int(3, 5)}.${rng.int(10, 99)}亿元，一等奖中出${rng.int(3, 20)}注，单注奖金${rng.int(5, 10)}00万元。`,
        `本期投注总额中，筹集公益金${rng.int(1, 2)}.${rng.int(10, 99)}亿元，用于社会福利和公益事业。`,
        `计奖后，奖池金额为${rng.int(10, 30)}.${rng.int(10, 99)}亿元。`,
        `福彩中心提醒广大彩民理性购彩，量力而行。`,
        `本期中奖彩票的兑奖期限为60天，请中奖者及时到指定地点兑奖。`,
      ],
      rng.int(3, 5),
    );
    return {
      ext: 'html',
      content: news(
        rng,
        `${game}第${issue}期开奖公告`,
        paras,
        rng.pick(['中国福彩网', '中国体彩网', '新华网彩票频道']),
      ),
    };
  },
};

const wallet: Archetype = {
  id: 'ecommerce-wallet',
  label: 'benign',
  heldOut: false,
  count: 7,
  make(rng) {
    const shop = `${rng.pick(['优', '淘', '品', '鲜'])}${rng.pick(['选', '购', '果', '生活'])}${rng.pick(['商城', '网', '优品'])}`;
    const sections = [
      `<h2>我的钱包</h2><p>账户余额：¥${rng.int(10, 9000)}.${rng.int(10, 99)} <a href="/wallet/recharge">充值</a> <a href="/wallet/withdraw">提现</a></p>`,
      list(rng, ['我的订单', '待付款', '待发货', '待收货', '退换货', '优惠券', '收货地址', '账户安全']),
      paragraphs(
        rng.some(
          [
            '提现将在1-3个工作日内到账，不收取手续费',
            '充值金额可用于购买商城商品',
            '新人专享优惠券满99减20，全场包邮',
            '会员积分可抵扣订单金额',
          ],
          3,
        ),
      ),
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${shop} - 我的账户`,
        nav: ['首页', '分类', '购物车', '我的订单', '个人中心'],
        sections,
        footer: `${shop} | 正品保障 | 7天无理由退换货`,
      }),
    };
  },
};

const product: Archetype = {
  id: 'ecommerce-product',
  label: 'benign',
  heldOut: true,
  count: 7,
  make(rng) {
    const item = rng.pick([
      '无线蓝牙耳机',
      '不锈钢保温杯',
      '纯棉四件套',
      '智能手表',
      '机械键盘',
      '空气炸锅',
      '儿童绘本套装',
    ]);
    const sections = [
      `<h1>${item}</h1><p class="price">¥${rng.int(39, 999)}.00 <del>¥${rng.int(1000, 1999)}.00</del></p><button class="add-cart">加入购物车</button> <button>立即购买</button>`,
      paragraphs(
        rng.some(
          [
            '限时优惠：满299减50，叠加店铺优惠券',
            '顺丰包邮，48小时内发货',
            '支持7天无理由退换货',
            `已售${rng.int(100, 90000)}件，好评率98%`,
            '赠送运费险',
          ],
          3,
        ),
      ),
      `<h3>商品评价</h3>` +
        list(
          rng,
          rng.some(['质量很好，物流很快', '性价比高，推荐购买', '包装精美，送人合适', '和描述一致'], 3),
        ),
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${item}【行情 价格 评价 图片】- ${rng.pick(['京东', '天猫', '苏宁'])}风格商城`,
        nav: ['首页', '家电', '数码', '家居', '购物车'],
        sections,
        footer: '正品行货 全国联保',
      }),
    };
  },
};

const licensedVideo: Archetype = {
  id: 'licensed-video',
  label: 'benign',
  heldOut: false,
  count: 8,
  make(rng) {
    const show = rng.pick(['繁花', '狂飙', '庆余年第二季', '三体', '长相思', '漫长的季节', '去有风的地方']);
    const eps = Array.from(
      { length: rng.int(8, 20) },
      (_, i) =>
        `<a href="/v/${rng.word(10)}.html" class="ep">${i + 1}${rng.chance(0.3) ? '<i>VIP</i>' : ''}</a>`,
    );
    const sections = [
      `<h1>${show}</h1><p>${rng.pick(['独播', '正版授权', '全网独播'])} | 更新至${rng.int(10, 30)}集 | 会员抢先看</p>`,
      `<div class="episodes">${eps.join('')}</div>`,
      paragraphs(
        rng.some(
          [
            '开通会员可免广告、抢先看全集',
            '本剧由版权方正版授权播出',
            '高清1080P需登录观看',
            '购买单集点播券即可观看超前点播',
          ],
          2,
        ),
      ),
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${show}-高清正版视频在线观看-${rng.pick(['悦视频', '光影TV', '星河视频'])}`,
        nav: ['首页', '电视剧', '电影', '综艺', '动漫', '会员'],
        sections,
        footer: `信息网络传播视听节目许可证：${rng.int(1000000, 9999999)}号 | 广播电视节目制作经营许可证 | 版权所有`,
      }),
    };
  },
};

const ossDownload: Archetype = {
  id: 'open-source-download',
  label: 'benign',
  heldOut: false,
  count: 7,
  make(rng) {
    const p = rng.pick([
      'LibreOffice',
      'GIMP',
      'Inkscape',
      'VLC media player',
      'Blender',
      'Krita',
      'Audacity',
      'KeePassXC',
    ]);
    const v = `${rng.int(1, 24)}.${rng.int(0, 9)}.${rng.int(0, 9)}`;
    const sections = [
      `<h1>Download ${p} ${v}</h1><p>${p} is free and open source software, released under the ${rng.pick(['GPL-3.0', 'MPL-2.0', 'GPL-2.0'])} license.</p>`,
      list(rng, [
        `<a href="/dl/${p.toLowerCase().replace(/\s/g, '-')}-${v}-x64.msi">Windows installer (64-bit)</a>`,
        `<a href="/dl/${p.toLowerCase().replace(/\s/g, '-')}-${v}.dmg">macOS (Apple Silicon)</a>`,
        `<a href="/dl/${p.toLowerCase().replace(/\s/g, '-')}-${v}.tar.xz">Source code</a>`,
      ]),
      `<p>SHA256 checksums and GPG signatures are available on the release page. Mirrors: ${rng.pick(['Tsinghua', 'USTC', 'Aliyun'])} open source mirror.</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `Download ${p} | Official site`,
        nav: ['Home', 'Download', 'Docs', 'Community', 'Donate'],
        sections,
        footer: `${p} is a free software project.`,
      }),
    };
  },
};

const secBlog: Archetype = {
  id: 'security-blog-webshell',
  label: 'benign',
  heldOut: false,
  count: 8,
  make(rng) {
    const topic = rng.pick([
      '冰蝎4.0流量特征分析',
      '哥斯拉Webshell的检测思路',
      '一次应急响应：从一句话木马到内网横向',
      '常见PHP Webshell免杀手法与防御',
      'Log4j2漏洞复现与修复建议',
      'China Chopper流量解密与溯源',
    ]);
    const paras = rng.some(
      [
        '本文从防守方视角，分析该工具的通信流量特征，并给出检测规则与加固建议。',
        '攻击者通常先利用文件上传漏洞上传一句话木马，再使用菜刀、蚁剑等管理工具连接。',
        '冰蝎使用AES加密通信，密钥为连接密码MD5的前16位，默认情况下请求体为Base64编码。',
        '在应急响应中，我们通过Web日志定位到异常的POST请求，并在上传目录中发现了伪装成图片的Webshell。',
        '修复建议：及时升级补丁，禁止上传目录执行脚本，部署WAF和主机安全产品，定期查杀Webshell。',
        '检测思路包括静态特征匹配、动态沙箱执行和流量特征分析三类。',
        'IOC：可疑文件哈希与回连地址已在文末给出，供蓝队参考。',
      ],
      rng.int(4, 6),
    );
    const code = rng.chance(0.6)
      ? `<pre><code>&lt;?php @eval($_POST['cmd']);?&gt;</code></pre>`
      : `<pre>POST /upload/x.php HTTP/1.1\nContent-Type: application/octet-stream</pre>`;
    return {
      ext: rng.pick(['html', 'html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${topic} - ${rng.pick(['安全客', 'FreeBuf风格博客', '某某安全实验室'])}`,
        nav: ['首页', '漏洞分析', '应急响应', '威胁情报', '关于'],
        sections: [`<article><h1>${topic}</h1>${paragraphs(paras)}${code}</article>`],
        footer: '本文仅用于安全研究与防御',
      }),
    };
  },
};

const secVendor: Archetype = {
  id: 'security-vendor',
  label: 'benign',
  heldOut: true,
  count: 6,
  make(rng) {
    const sections = [
      `<h1>${rng.pick(['主机安全', '云WAF', 'Webshell查杀', '态势感知'])}</h1><p>${rng.pick(['实时检测Webshell、木马、后门和挖矿程序', '防御SQL注入、XSS、CC攻击和DDoS攻击', '一键查杀远控木马与勒索病毒'])}</p>`,
      list(
        rng,
        rng.some(
          [
            '基于行为的木马检测',
            '暴力破解防护',
            '漏洞扫描与补丁管理',
            '等保合规',
            '入侵检测与应急响应',
            '7×24小时安全专家服务',
          ],
          4,
        ),
      ),
      `<a href="/trial">免费试用</a> <a href="/download/agent.tar.gz">下载客户端</a>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['安盾', '云锁风格', '天眼'])}${rng.pick(['主机安全', '安全平台'])} - 官网`,
        nav: ['产品', '解决方案', '客户案例', '下载', '关于我们'],
        sections,
        footer: '等保三级认证 | ISO27001',
      }),
    };
  },
};

const company: Archetype = {
  id: 'company-home',
  label: 'benign',
  heldOut: false,
  count: 7,
  make(rng) {
    const c = `${rng.pick(CITIES)}${rng.pick(['华信', '瑞丰', '博远', '中科', '恒通'])}${rng.pick(['科技', '机械', '贸易', '环保'])}有限公司`;
    const sections = [
      `<h1>${c}</h1><p>${rng.pick(['专注工业自动化二十年', '为客户提供一站式软件开发服务', '国家高新技术企业'])}</p>`,
      list(rng, rng.some(['产品中心', '解决方案', '成功案例', '新闻动态', '人才招聘', '联系我们'], 5)),
      paragraphs(
        rng.some(
          [
            '公司成立于2008年，拥有员工300余人',
            '产品远销欧美、东南亚等30多个国家和地区',
            '诚聘销售经理、Java工程师',
            '地址：高新区科技园A座',
          ],
          3,
        ),
      ),
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${c}-官网`,
        nav: ['首页', '关于我们', '产品中心', '新闻', '联系'],
        sections,
        footer: `${c} 浙ICP备${rng.int(10000000, 99999999)}号`,
      }),
    };
  },
};

const techBlog: Archetype = {
  id: 'tech-blog',
  label: 'benign',
  heldOut: false,
  count: 7,
  make(rng) {
    const t = rng.pick([
      'Nginx反向代理配置详解',
      'Vue3组合式API实践',
      'MySQL索引优化总结',
      'Docker多阶段构建',
      'Go并发模式',
      'Rust所有权入门',
    ]);
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${t} - 技术博客`,
        nav: ['首页', '归档', '标签', '关于'],
        sections: [
          `<article><h1>${t}</h1>${paragraphs(rng.some(['本文记录一次线上问题的排查过程。', '首先安装依赖并初始化项目。', '注意生产环境需要开启缓存。', '完整代码已上传到GitHub。', '下载地址见文末，欢迎star。', '评论区欢迎交流。'], 4))}<pre><code>server { listen 80; location / { proxy_pass http://127.0.0.1:8080; } }</code></pre></article>`,
        ],
        footer: 'Powered by Hexo',
      }),
    };
  },
};

const sportsNews: Archetype = {
  id: 'sports-news',
  label: 'benign',
  heldOut: true,
  count: 7,
  make(rng) {
    const rows = Array.from(
      { length: rng.int(5, 9) },
      () =>
        `<tr><td>${rng.pick(['曼城', '阿森纳', '利物浦', '切尔西', '热刺'])}</td><td>${rng.int(10, 30)}</td><td>${rng.int(5, 20)}</td><td>${rng.int(20, 70)}</td></tr>`,
    );
    const sections = [
      `<h1>${rng.pick(['英超第', '中超第', '西甲第'])}${rng.int(5, 30)}轮综述</h1>${paragraphs(rng.some(['主队凭借下半场的两粒进球逆转取胜。', '本轮过后，积分榜前四竞争更加激烈。', '赛前博彩公司普遍看好客队，但比赛结果爆冷。', '主教练赛后表示球队状态正在回升。'], 3))}`,
      `<table><tr><th>球队</th><th>胜</th><th>负</th><th>积分</th></tr>${rows.join('')}</table>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: '体育新闻 - 足球',
        nav: ['首页', '足球', '篮球', '综合', '视频'],
        sections,
        footer: '体育频道',
      }),
    };
  },
};

const casualGame: Archetype = {
  id: 'casual-card-game',
  label: 'benign',
  heldOut: true,
  count: 6,
  make(rng) {
    const sections = [
      `<h1>${rng.pick(['欢乐', '快乐', '指尖'])}斗地主</h1><p>经典休闲棋牌游戏，与好友一起开黑。本游戏不涉及任何现金交易，游戏内道具不可兑换现金。</p>`,
      list(rng, ['经典模式', '癞子模式', '比赛场', '好友房', '每日任务领欢乐豆']),
      `<p>适龄提示：本游戏适合12岁以上用户。健康游戏忠告：抵制不良游戏，拒绝盗版游戏。</p><a href="/download/game.apk">下载游戏</a>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: '休闲棋牌游戏官网',
        nav: ['首页', '游戏介绍', '新闻', '客服'],
        sections,
        footer: '网络游戏出版物号 ISBN 978-7-xxxx 著作权人：某某网络科技有限公司',
      }),
    };
  },
};

const bankLogin: Archetype = {
  id: 'bank-login-legit',
  label: 'benign',
  heldOut: false,
  count: 7,
  make(rng) {
    const b = rng.pick(['中国工商银行', '招商银行', '浦发银行', '宁波银行']);
    const sections = [
      `<h2>个人网上银行登录</h2><form action="/ebank/login" method="post"><input name="loginName" placeholder="用户名/卡号/手机号"><input type="password" name="password" placeholder="登录密码"><input name="captcha" placeholder="验证码"><button>登录</button></form>`,
      `<p>${rng.pick(['安全提示：本行不会通过短信链接要求您输入密码，请认准官方网址。', '请勿向任何人透露短信验证码。', '首次登录请下载安全控件。'])}</p>`,
      list(rng, ['理财产品', '信用卡', '贷款', '外汇', '网点查询']),
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${b} - 个人网上银行`,
        nav: ['个人金融', '公司金融', '信用卡', '网点'],
        sections,
        footer: `${b} 版权所有 客服热线：95${rng.int(500, 599)}`,
      }),
    };
  },
};

const saasLogin: Archetype = {
  id: 'saas-login-en',
  label: 'benign',
  heldOut: true,
  count: 6,
  make(rng) {
    const app = rng.pick(['Acme CRM', 'TaskFlow', 'Notely', 'DataDesk', 'ShipIt']);
    const sections = [
      `<h1>Sign in to ${app}</h1><form action="/session" method="post"><input name="email" placeholder="Email"><input type="password" name="password" placeholder="Password"><button>Sign in</button></form>`,
      `<p><a href="/password/reset">Forgot your password?</a> · <a href="/signup">Create an account</a></p>`,
      `<p>Please verify your email address after signing up. We will never ask for your password by email.</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `${app} - Sign in`,
        nav: ['Product', 'Pricing', 'Docs'],
        sections,
        footer: `© ${app} Inc. Terms of Service · Privacy Policy`,
      }),
    };
  },
};

const sexEd: Archetype = {
  id: 'sex-education',
  label: 'benign',
  heldOut: false,
  count: 6,
  make(rng) {
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['青春期性教育', '科学避孕知识', '性健康科普'])} - 健康频道`,
        nav: ['首页', '科普', '问医生', '医院'],
        sections: [
          `<article>${paragraphs(rng.some(['青春期是身体和心理快速发展的阶段，家长应以科学的态度进行性教育。', '常见的避孕方式包括避孕套、短效口服避孕药等，请在医生指导下使用。', '如出现不适，应及时到正规医院就诊。', '学校应开设生理卫生课程，帮助学生建立正确的健康观念。', '性健康是整体健康的重要组成部分。'], 4))}</article>`,
        ],
        footer: '本文由三甲医院医生审核',
      }),
    };
  },
};

const adultEdu: Archetype = {
  id: 'adult-education',
  label: 'benign',
  heldOut: false,
  count: 6,
  make(rng) {
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${date(rng).slice(0, 5)}成人高考报名指南 - 继续教育学院`,
        nav: ['首页', '招生简章', '成人高考', '网络教育', '自学考试'],
        sections: [
          paragraphs(
            rng.some(
              [
                '成人高考每年10月举行，报名时间一般为8-9月。',
                '成人教育学历国家承认，学信网可查。',
                '专升本、高起专均可报考。',
                '在线观看课程视频，随时随地学习。',
                '免费领取历年真题下载。',
              ],
              4,
            ),
          ),
        ],
        footer: '某某大学继续教育学院',
      }),
    };
  },
};

const lingerie: Archetype = {
  id: 'lingerie-shop',
  label: 'benign',
  heldOut: true,
  count: 5,
  make(rng) {
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['蕾丝', '舒适', '轻奢'])}内衣旗舰店`,
        nav: ['文胸', '内裤', '睡衣', '家居服', '购物车'],
        sections: [
          list(rng, rng.some(['无钢圈文胸 舒适透气', '纯棉睡衣套装', '性感蕾丝睡裙', '运动内衣'], 3)),
          '<p>满199包邮，支持7天无理由退换货。</p><button>加入购物车</button>',
        ],
        footer: '正品保障',
      }),
    };
  },
};

const casinoBizEn: Archetype = {
  id: 'casino-business-news-en',
  label: 'benign',
  heldOut: false,
  count: 6,
  make(rng) {
    const paras = rng.some(
      [
        `Macau casino revenue rose ${rng.int(5, 30)}% in ${rng.pick(['March', 'July', 'October'])}, according to the Gaming Inspection and Coordination Bureau.`,
        'Analysts said baccarat tables in the mass market drove most of the growth.',
        'Police in the region arrested dozens of suspects linked to an illegal online gambling ring.',
        'Regulators have tightened rules on junket operators after a crackdown.',
        'Shares of casino operators rose in Hong Kong trading.',
        'The report warns about gambling addiction and calls for responsible gambling programs.',
      ],
      4,
    );
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: 'Macau gaming revenue climbs - Business News',
        nav: ['World', 'Business', 'Markets', 'Tech'],
        sections: [
          `<article><h1>Macau gaming revenue climbs</h1>${paragraphs(paras)}<p>Reporting by staff reporter; editing by the news desk.</p></article>`,
        ],
        footer: '© News Agency',
      }),
    };
  },
};

const phishAwareEn: Archetype = {
  id: 'phishing-awareness-en',
  label: 'benign',
  heldOut: true,
  count: 6,
  make(rng) {
    const tips = rng.some(
      [
        'Scammers send emails saying "your account has been suspended" or "verify your account within 24 hours".',
        'Never enter your password or card number on a page you reached from a link.',
        'Check the address bar: phishing pages use look-alike domains.',
        'Your bank will never ask for your full PIN or one-time code.',
        'Report phishing to your IT team and delete the message.',
        'Beware of fake parcel delivery fee messages.',
      ],
      4,
    );
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: 'How to spot a phishing email - IT Security',
        nav: ['Home', 'Security', 'Help desk'],
        sections: [
          `<h1>Phishing: how to spot it and avoid it</h1>`,
          list(rng, tips),
          '<p>Red flags: urgency, requests for credentials, mismatched links. If in doubt, report it.</p>',
        ],
        footer: 'University IT Services',
      }),
    };
  },
};

const movieReview: Archetype = {
  id: 'movie-review-blog',
  label: 'benign',
  heldOut: false,
  count: 6,
  make(rng) {
    const f = rng.pick(['流浪地球2', '奥本海默', '长安三万里', '沙丘2', '热辣滚烫']);
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `《${f}》影评：${rng.pick(['值得二刷', '视听盛宴', '略显冗长'])}`,
        nav: ['首页', '影评', '书评', '关于'],
        sections: [
          `<article>${paragraphs(rng.some([`《${f}》于${date(rng)}在全国院线上映。`, '影片的特效和配乐令人印象深刻。', '建议在IMAX影院观看。', '正版流媒体平台将在下月上线。', '预告片高清版可在官方微博观看。'], 4))}</article>`,
        ],
        footer: '个人博客',
      }),
    };
  },
};

const licensedNovel: Archetype = {
  id: 'licensed-novel',
  label: 'benign',
  heldOut: true,
  count: 6,
  make(rng) {
    const chapters = Array.from(
      { length: rng.int(6, 10) },
      (_, i) => `<a href="/chapter/${i + 1}">第${i + 1}章${i > 3 ? '<i>VIP</i>' : ''}</a>`,
    );
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['星河', '长夜', '归途'])}最新章节 - 正版小说阅读`,
        nav: ['书库', '排行', '作者专区', '充值'],
        sections: [
          `<div class="chapters">${chapters.join(' ')}</div>`,
          '<p>本书由作者授权本站独家发布，VIP章节需订阅阅读，支持正版。</p>',
        ],
        footer: '网络出版服务许可证 | 版权所有',
      }),
    };
  },
};

const linuxTorrent: Archetype = {
  id: 'linux-iso-torrent',
  label: 'benign',
  heldOut: false,
  count: 5,
  make(rng) {
    const d = rng.pick(['Ubuntu 24.04 LTS', 'Debian 12.6', 'Fedora 40', 'Linux Mint 22']);
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: `Download ${d}`,
        nav: ['Download', 'Docs', 'Community'],
        sections: [
          `<h1>${d}</h1><p>Download the ISO image directly or via BitTorrent.</p>`,
          list(rng, [
            `<a href="/releases/${rng.word(6)}.iso">Direct download (ISO)</a>`,
            `<a href="/releases/${rng.word(6)}.iso.torrent">BitTorrent (.torrent)</a>`,
            '<a href="/SHA256SUMS">SHA256SUMS</a>',
          ]),
          '<p>This is free and open source software. Verify the checksum after download.</p>',
        ],
        footer: 'Official site',
      }),
    };
  },
};

const ctfWriteup: Archetype = {
  id: 'ctf-writeup',
  label: 'benign',
  heldOut: true,
  count: 5,
  make(rng) {
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(['强网杯', '网鼎杯', 'HCTF'])} Web题 Writeup`,
        nav: ['首页', 'CTF', '笔记'],
        sections: [
          `<article>${paragraphs(rng.some(['题目给了一个文件上传点，过滤了php后缀。', '通过.htaccess让jpg按php解析，拿到flag。', '这道题的考点是反序列化漏洞利用。', '赛后复盘：修复方法是在服务端校验文件内容。', '附exp脚本，仅用于比赛环境。'], 4))}</article>`,
        ],
        footer: 'CTF学习笔记',
      }),
    };
  },
};

const tos: Archetype = {
  id: 'terms-en',
  label: 'benign',
  heldOut: false,
  count: 6,
  make(rng) {
    const items = rng.some(
      [
        'You may not use the service for illegal gambling, fraud or phishing.',
        'You shall not upload pirated content, cracked software or keygens.',
        'Pornographic or sexually explicit content is prohibited.',
        'You may not distribute malware, exploits, botnets or DDoS tools.',
        'You agree not to impersonate any bank or government agency.',
      ],
      4,
    );
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: 'Terms of Service',
        nav: ['Home', 'Terms', 'Privacy'],
        sections: [
          '<h1>Terms of Service</h1><h2>Acceptable Use</h2>',
          list(rng, items, true),
          '<p>Violations result in account termination and may be reported to law enforcement.</p>',
        ],
        footer: 'Legal',
      }),
    };
  },
};

const piracyNews: Archetype = {
  id: 'news-piracy-crackdown',
  label: 'benign',
  heldOut: true,
  count: 6,
  make(rng) {
    const paras = rng.some(
      [
        `国家版权局等四部门启动“剑网${date(rng).slice(0, 5)}”专项行动，重点打击短视频、网络直播、体育赛事盗版侵权。`,
        '警方破获一起盗版影视网站案，该网站提供热播剧“免费在线观看”和“全集下载”，非法获利数百万元。',
        '犯罪嫌疑人通过百度网盘分享盗版资源并收取会员费，涉嫌侵犯著作权罪。',
        '版权部门提醒，观看盗版影视不仅侵权，还可能遭遇木马病毒。',
        '目前，涉案网站已被关停。',
      ],
      4,
    );
    return { ext: 'html', content: news(rng, '“剑网行动”重拳打击网络盗版', paras, '中国新闻网') };
  },
};

const jobs: Archetype = {
  id: 'job-listing',
  label: 'benign',
  heldOut: false,
  count: 6,
  make(rng) {
    const jobsList = rng
      .some(['兼职家教（周末）', '超市理货员（日结）', '前端开发工程师', '客服专员', '外卖骑手'], 4)
      .map((j) => `<li>${j} ${rng.int(3, 20)}k/月</li>`);
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(CITIES)}招聘网 - 兼职全职`,
        nav: ['职位', '公司', '简历', '登录'],
        sections: [
          `<ul>${jobsList.join('')}</ul>`,
          '<p>求职提醒：凡是要求先交押金、垫付、刷单的招聘都是诈骗，请勿轻信。</p>',
        ],
        footer: '人力资源服务许可证',
      }),
    };
  },
};

const hospital: Archetype = {
  id: 'hospital',
  label: 'benign',
  heldOut: false,
  count: 5,
  make(rng) {
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${rng.pick(CITIES)}市第一人民医院`,
        nav: ['医院概况', '科室导航', '专家介绍', '预约挂号'],
        sections: [
          list(rng, [
            '门诊时间：8:00-17:00',
            '预约挂号请关注微信公众号',
            '医保患者请携带医保卡',
            '发热门诊24小时开放',
          ]),
          '<form action="/reg"><input name="name" placeholder="姓名"><input name="idcard" placeholder="身份证号"><input name="phone" placeholder="手机号"><button>预约</button></form>',
        ],
        footer: '医院版权所有',
      }),
    };
  },
};

const dashboard: Archetype = {
  id: 'admin-dashboard',
  label: 'benign',
  heldOut: false,
  count: 5,
  make(rng) {
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: '管理后台 - 仪表盘',
        nav: ['仪表盘', '用户管理', '订单管理', '系统设置', '退出'],
        sections: [
          `<table><tr><th>今日订单</th><td>${rng.int(10, 999)}</td></tr><tr><th>今日收入</th><td>${rng.int(1000, 99999)}.00</td></tr><tr><th>新增用户</th><td>${rng.int(1, 300)}</td></tr></table>`,
          list(rng, ['充值记录', '提现审核', '操作日志', '权限设置']),
        ],
        footer: 'Admin v2.3',
      }),
    };
  },
};

const fintechNews: Archetype = {
  id: 'crypto-news',
  label: 'benign',
  heldOut: true,
  count: 5,
  make(rng) {
    const paras = rng.some(
      [
        '比特币价格本周上涨5%，市场情绪回暖。',
        '监管部门重申，虚拟货币相关业务活动属于非法金融活动。',
        '专家提醒投资者警惕“高收益、保本”的虚拟货币投资骗局。',
        '多地警方通报利用USDT洗钱的案件。',
      ],
      3,
    );
    return { ext: 'html', content: news(rng, '虚拟货币市场周报', paras, '财经网') };
  },
};

export const CONTROLS: Archetype[] = [
  gamblingNews,
  pornNews,
  antiFraud,
  userAgreement,
  lotteryNews,
  wallet,
  product,
  licensedVideo,
  ossDownload,
  secBlog,
  secVendor,
  company,
  techBlog,
  sportsNews,
  casualGame,
  bankLogin,
  saasLogin,
  sexEd,
  adultEdu,
  lingerie,
  casinoBizEn,
  phishAwareEn,
  movieReview,
  licensedNovel,
  linuxTorrent,
  ctfWriteup,
  tos,
  piracyNews,
  jobs,
  hospital,
  dashboard,
  fintechNews,
];
