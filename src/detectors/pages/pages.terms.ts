/**
 * Page-classifier vocabulary as data: zh and en terms with weights, grouped into facets. A category
 * needs terms from several facets (co-occurrence), and context terms — crackdown news, anti-fraud
 * notices, legal pages, security research, licensed services — pull a page's score down, because a page
 * that talks *about* gambling or fraud uses the same nouns as one that offers it, but not the same verbs.
 *
 * Terms are matched on lower-cased text with traditional characters folded to simplified ones; Latin
 * terms match whole words only. Weights: 2 = specific to the category, 1 = typical, 0.5 = weak alone.
 */
export const PAGE_CATEGORIES = ['gambling', 'pornography', 'fraud', 'piracy', 'hacking-tool'] as const;
export type PageCategory = (typeof PAGE_CATEGORIES)[number];

/** Facets a page must show at least one of, and how many facets it needs, per category. */
export const CATEGORY_RULES: Record<PageCategory, { core: readonly string[]; minFacets: number }> = {
  gambling: { core: ['game', 'bet'], minFacets: 2 },
  pornography: { core: ['content'], minFacets: 1 },
  fraud: { core: ['authority', 'urgency', 'scam', 'secret'], minFacets: 2 },
  piracy: { core: ['video', 'download', 'crack', 'book'], minFacets: 2 },
  'hacking-tool': { core: ['tool'], minFacets: 2 },
};

export interface Term {
  t: string;
  w: number;
  /** The facet the term belongs to; 'cta' terms are calls to action (the page offers, not reports). */
  f: string;
}

function terms(facet: string, weight: number, list: string): Term[] {
  return list
    .split('|')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '')
    .map((t) => ({ t, w: weight, f: facet }));
}

export const CATEGORY_TERMS: Record<PageCategory, Term[]> = {
  gambling: [
    ...terms(
      'game',
      1,
      'horse racing|racing|real money|cash games|tournaments|bingo|keno|craps|live casino|table games',
    ),
    ...terms(
      'bet',
      2,
      'place bet|free bets|in-play|each-way|my bets|buy-in|rakeback|accumulator|moneyline|point spread',
    ),
    ...terms('bet', 1, 'bet|bets|betting|punters'),
    ...terms('money', 1, 'cashier|payout'),
    ...terms(
      'game',
      2,
      '百家乐|真人视讯|真人娱乐|真人荷官|荷官|老虎机|电子游艺|龙虎斗|骰宝|轮盘|炸金花|抢庄牛牛|二八杠|时时彩|分分彩|北京赛车|pk10|幸运飞艇|六合彩|香港六合|特码|快三|极速赛车|娱乐城|博彩|赌场|线上赌场|体育博彩|casino|baccarat|roulette|blackjack|sportsbook|live dealer|slot machines|online casino',
    ),
    ...terms(
      'game',
      1,
      '棋牌|德州扑克|捕鱼|电竞竞猜|体育投注|皇冠体育|葡京|威尼斯人|金沙|永利|彩票|购彩|开奖|slots|poker|jackpot|sports betting|esports betting',
    ),
    ...terms(
      'bet',
      2,
      '投注|下注|赔率|盘口|让球|大小球|串关|滚球|注单|派彩|倍投|返点|跟单|betting odds|place a bet|place your bet|bet slip|betslip|parlay|wager',
    ),
    ...terms('bet', 1, '走势图|期号|中奖|赢钱|odds|handicap|over/under|payout|stake'),
    ...terms(
      'money',
      2,
      '首存|彩金|返水|洗码|体验金|存款优惠|首充|出款|入款|welcome bonus|free spins|deposit bonus|cashback',
    ),
    ...terms(
      'money',
      1,
      '充值|提现|存款|取款|优惠|红利|代理加盟|佣金|usdt|deposit|withdrawal|withdraw|bonus|rebate',
    ),
    ...terms('money', 2, '代理后台|合营计划|下级会员|额度转换|上分|下分'),
    ...terms('bet', 2, '有效投注|投注记录|输赢'),
    ...terms(
      'cta',
      2,
      '立即投注|立即下注|马上投注|手机投注|免费开户|注册送|立即开户|进入游戏|开始游戏|bet now|join now|claim bonus|deposit now|play now|claim your bonus',
    ),
    ...terms('cta', 1, '立即注册|立即充值|在线客服|下载app|7x24|24小时客服|sign up now|register now'),
  ],
  pornography: [
    ...terms(
      'content',
      2,
      '成人视频|成人影片|成人电影|成人影院|成人网站|成人动漫|黄色网站|黄色视频|黄片|三级片|情色|av在线|日韩av|欧美av|国产av|无码|有码|av女优|女优|18禁|福利姬|偷拍|自慰|性爱|做爱|裸聊|约炮|一夜情|援交|porn|porno|pornhub|xxx|sex videos|sex video|adult videos|adult movies|hentai|milf|nsfw|cam girls|camgirls|nude videos|erotic videos|xvideos|onlyfans leaks',
    ),
    ...terms(
      'content',
      2,
      '色情内容|成人内容|露骨|sexually explicit|explicit content|adult content|nudity|xxx videos',
    ),
    ...terms(
      'content',
      1,
      '福利视频|午夜|激情|性感美女|丝袜|巨乳|美乳|色情|淫|av|福利|sexy|nude|naked|erotic|adult|hardcore',
    ),
    ...terms(
      'media',
      1,
      '在线观看|免费观看|高清|视频|影片|时长|最新上传|热门|分类|播放|videos|watch|hd|trending|most viewed|categories',
    ),
    // Live-cam and escort trade: shows sold by the minute or by tip, private rooms, meetings.
    ...terms(
      'content',
      2,
      '脱衣|脱衣秀|私密直播|私密房|私密房间|大尺度|裸体直播|色情直播|一对一裸聊|同城约|上门服务|live sex|sex cam|sex cams|sex chat|nude show|nude shows|strip show|strips live|naked in private|private show|private shows',
    ),
    ...terms('media', 1, '主播|美女主播|直播间|打赏|钻石|webcam|cam models|live cams|tokens|tip'),
    ...terms(
      'cta',
      2,
      '年满18|已满18|未满18|18岁以上|18岁以下请离开|成年人|进入本站|enter if you are 18|i am over 18|i am 18|adults only|age verification|18+',
    ),
    ...terms('cta', 1, '立即观看|免费观看|开通vip|vip会员|会员专区|watch now|join free|premium'),
  ],
  fraud: [
    ...terms(
      'urgency',
      2,
      'within 48 hours|within 72 hours|within 12 hours|today only|limited time|avoid arrest|to avoid suspension|eligible to receive|you are eligible',
    ),
    ...terms(
      'authority',
      2,
      'arrest warrant|outstanding warrant|warrant has been issued|money laundering|settlement fee|interpol|tax refund notification',
    ),
    ...terms(
      'scam',
      2,
      'gift cards|gift card code|receive double|double back|doubled amount|giveaway|send to address|send btc|send eth',
    ),
    ...terms(
      'secret',
      2,
      '银行卡密码|atm pin|card pin|recovery phrase|seed phrase|secret phrase|secret recovery phrase|助记词|钱包私钥|private key|12-word|24-word|卡内余额',
    ),
    ...terms(
      'scam',
      2,
      '理赔退款|办理理赔|双倍赔偿|退款到账|质量问题|解冻金|无抵押|秒批|不看征信|放款|下款|征信修复|注销校园贷|恭喜您中奖|领取奖金|领取补贴|补贴申领|申领补贴|validate your wallet|synchronise your wallet|synchronize your wallet|wallet validation|claim your airdrop|you have won|claim your prize',
    ),
    ...terms('scam', 1, '理赔|退款|补贴|贷款|airdrop|wallet'),
    ...terms('cta', 2, '确认退款|立即申领|立即申请|claim now|validate'),
    ...terms(
      'authority',
      2,
      '最高人民检察院|最高人民法院|公安部|通缉令|逮捕令|冻结令|资金清查|清查资金|安全账户|国家安全账户|涉嫌洗钱|洗钱案|案件编号|网上通缉|司法冻结|财产冻结|ministry of public security',
    ),
    ...terms(
      'authority',
      1,
      '检察院|公安局|法院|案件查询|案件|涉嫌|配合调查|刑事案件|irs|tax refund|customs',
    ),
    ...terms(
      'brand',
      1,
      '工商银行|建设银行|农业银行|中国银行|招商银行|交通银行|邮政储蓄|网上银行|手机银行|支付宝|微信支付|银联|中国移动|积分兑换|etc认证|etc禁用|etc卡|交管12123|国家税务总局|退税|医保|社保|paypal|apple id|icloud|microsoft|office 365|outlook|netflix|amazon|chase|wells fargo|bank of america|hsbc|citibank|dhl|fedex|usps',
    ),
    ...terms(
      'urgency',
      2,
      '账户已冻结|账户冻结|已被冻结|即将冻结|将被冻结|停用|已失效|即将过期|逾期未|24小时内|立即验证|身份验证失败|异常登录|异常交易|account suspended|account has been suspended|account locked|unusual activity|unusual sign-in|verify your account|confirm your identity|within 24 hours|update your payment|your account will be|limited access',
    ),
    ...terms(
      'urgency',
      2,
      '即将清零|积分清零|兑换现金|过期作废|待领取|逾期|密码即将过期|邮箱容量已满|mailbox is full|mailbox is almost full|storage is full|password expires|password will expire|payment failed|payment declined|package is on hold',
    ),
    ...terms('urgency', 1, '验证|认证|核实|解冻|安全验证|升级|verify|confirm|suspended|expired|locked'),
    ...terms(
      'money',
      1,
      '充值|提现|入金|出金|本金|日收益|收益率|理财|usdt|保证金|手续费|deposit|withdraw|returns',
    ),
    ...terms(
      'harvest',
      2,
      '交易密码|支付密码|取款密码|银行卡号|卡号|cvv|cvc|安全码|有效期|身份证号|预留手机号|短信验证码|动态验证码|card number|security code|expiration date|social security|ssn|online banking password|enter your password',
    ),
    ...terms('harvest', 1, '密码|验证码|手机号|姓名|password|pin|otp|login|sign in|登录'),
    ...terms(
      'scam',
      2,
      '刷单|刷单返利|做任务返佣|垫付|返利|日赚|稳赚不赔|带单|内幕消息|保本高收益|保本保息|高额回报|翻倍|抢单|派单|本金返还|点赞赚钱|轻松日入|兼职刷单|fake order|guaranteed returns|guaranteed profit|double your money|doubled in 24|investment plan|risk-free returns',
    ),
    ...terms('scam', 1, '佣金|兼职|日结|高收益|投资|导师|赚钱|earn|profit|crypto investment'),
    ...terms(
      'cta',
      2,
      '立即验证|提交验证|立即解冻|确认提交|马上领取|领取退税|立即兑换|立即投资|立即领取|马上赚钱|verify now|confirm now|unlock account|restore access|claim refund|invest now',
    ),
    ...terms('cta', 1, '提交|确认|下一步|submit|continue|next'),
  ],
  piracy: [
    ...terms(
      'video',
      2,
      'iptv|m3u playlist|m3u|live channels|premium channels|all ppv|firestick|sky sports|bein|dazn|xtream codes|xtream|ppv|vod library|android box|kodi',
    ),
    // Reselling access to others' streams or software: trials, activation, reseller panels.
    ...terms(
      'resale',
      1,
      'reseller|reseller panel|resellers|instant activation|free trial|24-hour trial|anti-freeze|activation code|代理|包月|包年|免费试用|激活码',
    ),
    ...terms(
      'book',
      2,
      '汉化组|最新话|在线漫画|漫画免费|免费在线阅读|无水印|生肉|熟肉|manga raw|read manga free|scanlation',
    ),
    ...terms(
      'video',
      2,
      'free streams|free live stream|watch live free|live streams free|pay-per-view free|no subscription|streams hd|无修|番剧|学习版|解压即玩|免steam|mod apk|premium unlocked|unlocked premium',
    ),
    ...terms('video', 1, 'streams|live stream|新番|apk'),
    ...terms(
      'video',
      2,
      '免费在线观看|在线观看完整版|高清在线观看|全集在线观看|免费观看全集|抢先版|枪版|tc版|hd中字|中字|国语中字|蓝光原盘|1080p|4k高清|电影天堂|影院|免费电影|最新电影|电视剧全集|美剧|韩剧|日剧|泰剧|更新至|全集|完结|watch free|free movies|watch online free|full movie|full episodes|123movies|fmovies|putlocker',
    ),
    ...terms(
      'video',
      1,
      '在线观看|高清|电影|电视剧|综艺|动漫|剧集|第一集|集数|播放|国语|粤语|movies|tv shows|episode|season|hd|stream',
    ),
    ...terms(
      'download',
      2,
      '磁力链接|磁力下载|种子下载|bt下载|bt种子|迅雷下载|网盘下载|百度网盘|阿里云盘|夸克网盘|蓝奏云|115网盘|提取码|下载地址|高速下载|ed2k|magnet|torrent|torrents|direct download|download link|mega link',
    ),
    ...terms('download', 1, '下载|网盘|资源|download|mirror'),
    ...terms(
      'crack',
      2,
      '破解版|注册机|激活码|序列号|破解补丁|免激活|永久激活|绿色破解|去广告版|学习版|特别版|免费激活|keygen|crack|cracked|serial key|license key|product key|activator|nulled|warez|full version free|patch only|pre-activated|kmspico',
    ),
    ...terms('crack', 1, '绿色版|免安装|完整版|永久免费|full version|portable|unlocked|premium free'),
    ...terms(
      'book',
      2,
      '全本txt|txt下载|全文免费阅读|免费小说下载|无损音乐下载|付费歌曲免费|付费专辑|epub下载|mobi下载|free ebook download|pdf free download|mp3 download|flac download',
    ),
    ...terms('book', 1, '小说|全文阅读|最新章节|无损|电子书|ebook|pdf|epub|mp3|flac|album'),
    ...terms(
      'free',
      1,
      '免费|无需注册|无广告|无需会员|不用会员|永久免费|免费在线观看|免费观看全集|免费电影|免费下载|free|no sign up|no registration|no ads|watch free|free movies|watch online free|free download',
    ),
    ...terms('cta', 2, '立即播放|马上观看|点击下载|立即下载|免费下载|watch now|download now|free download'),
    ...terms('cta', 1, '播放|观看|play'),
  ],
  'hacking-tool': [
    ...terms(
      'tool',
      2,
      'ransomware affiliate|raas|leak site|negotiation panel|sqli dumper|sql injection tool|mass sql injection|dorks|dork searcher|combo list|combolist|dumper|exploiter|mass scanner|account checker|brute forcer',
    ),
    ...terms(
      'tool',
      2,
      'phishing kit|phishing kits|scam page|scampage|scam pages|drainer|wallet drainer|fully undetected|antibot|true login|spam tools|smtp cracker|cc checker|carding|bulletproof hosting|钓鱼页面|钓鱼源码|洗料|料子',
    ),
    // Carding markets: stolen cards and logs, and the tools to check and cash them.
    ...terms(
      'tool',
      2,
      'fullz|bank logs|stealer logs|cc shop|cvv shop|dumps shop|bin checker|bin lookup|valid rate|track 1/2|track1|track2|dumps with pin|sniffed cards|carding tutorial|cashout method|cash out method|cards with cvv',
    ),
    ...terms('tool', 1, 'dumps|cvv|checker|bins|drops'),
    // DDoS for hire ("stressers", "booters"): attack time and concurrency sold by plan. Attack names
    // (floods, amplification, layer 4/7) are weak alone: protection vendors and load balancers use them.
    ...terms(
      'tool',
      2,
      'ip stresser|ddos for hire|ddos-for-hire|boot time|attack time|concurrent attacks|attack methods|offline in seconds|cloudflare bypass|ddos-guard bypass|压测平台|打流量|攻击时长|并发攻击',
    ),
    ...terms('tool', 1, 'udp flood|syn flood|tcp-syn|http flood|dns amplification|concurrents|ddos'),
    ...terms(
      'offer',
      1,
      'bitcoin|btc|monero|xmr|ltc|usdt|escrow|replacement|plans|reseller|api access|/mo|per month',
    ),
    ...terms('offer', 2, 'lifetime updates'),
    ...terms('offer', 1, 'shop|buy'),
    ...terms(
      'tool',
      2,
      '远控|远控木马|远程控制木马|木马生成器|抓鸡|肉鸡|免杀|过狗|过waf|提权工具|提权|漏洞利用工具|一键getshell|getshell|webshell管理|菜刀|冰蝎|哥斯拉|蚁剑|大马|小马|一句话木马|撞库|社工库|爆破工具|批量爆破|ddos攻击器|cc攻击|压力测试平台|流量攻击|发包器|攻击器|盗号木马|键盘记录|勒索病毒生成|钓鱼模板|僵尸网络|rat|botnet|keylogger|stealer|crypter|fud|exploit kit|exploit pack|booter|stresser|ransomware builder|cobalt strike|cobaltstrike|metasploit|mimikatz|sqlmap|njrat|gh0st|darkcomet|asyncrat|quasar|hydra|0day exploit|private exploit|rce exploit',
    ),
    ...terms(
      'tool',
      1,
      '木马|后门|漏洞利用|exp|poc|0day|注入工具|扫描器|webshell|exploit|payload|backdoor|bypass|shellcode|brute force|dump',
    ),
    ...terms(
      'offer',
      2,
      '免费下载|下载地址|出售|售卖|价格|永久授权|包更新|卡密|联系qq|购买|代理价|月卡|年卡|buy now|lifetime license|price|purchase|for sale|download link|telegram',
    ),
    ...terms('offer', 1, '下载|download'),
    ...terms('cta', 2, '立即下载|点击下载|免费下载|立即购买|download now|buy now'),
  ],
};

/**
 * Context terms. A page that reports, warns, regulates or researches uses these; a page that sells
 * rarely does. `for` limits a group to some categories (all when absent).
 */
export const CONTEXT_TERMS: { group: string; w: number; for?: readonly PageCategory[]; list: string }[] = [
  {
    group: 'news',
    w: 1,
    list: '记者|报道|据悉|新华社|央视|新华网|人民网|日电|通讯员|发布会|通报|获悉|近日|日前|责任编辑|来源：|reporter|reported|according to|press release',
  },
  {
    group: 'enforcement',
    w: 1.2,
    for: ['gambling', 'pornography', 'piracy', 'hacking-tool'],
    list: '警方|公安机关|民警|破获|抓获|捣毁|犯罪嫌疑人|涉案|刑事拘留|依法|判处|判决|查处|打击|专项行动|侦破|一审|有期徒刑|police|arrested|crackdown|charged|sentenced|seized|prosecutors',
  },
  {
    group: 'enforcement-fraud',
    w: 1,
    for: ['fraud'],
    list: '破获|抓获|犯罪嫌疑人|刑事拘留|判处|有期徒刑|侦破|arrested|sentenced|prosecutors',
  },
  {
    group: 'warning',
    w: 1.2,
    list: '提醒|警惕|谨防|切勿|请勿|千万不要|不要轻信|不要向任何人|不会索要|不会要求|从不索要|远离|危害|防范|举报|识别|揭秘|套路|案例|上当|受骗|beware|warning|avoid|protect yourself|how to spot|how to avoid|report it|red flags|will never ask|never ask|do not share',
  },
  {
    group: 'anti-fraud',
    w: 2,
    for: ['fraud'],
    list: '反诈|防骗|骗子|骗局|诈骗|电诈|96110|国家反诈中心|反诈中心|scam alert|is a scam|scammers|fraudsters',
  },
  {
    group: 'vice',
    w: 1.2,
    for: ['gambling'],
    list: '赌博|网赌|网络赌博|赌博网站|涉赌|赌资|聚众赌博|开设赌场|gambling addiction|illegal gambling',
  },
  {
    group: 'vice',
    w: 1.2,
    for: ['pornography'],
    list: '淫秽|淫秽色情|涉黄|扫黄|扫黄打非|传播淫秽|obscene|illegal pornography',
  },
  {
    group: 'vice',
    w: 1.2,
    for: ['piracy'],
    list: '盗版|侵权|侵犯著作权|打击盗版|剑网行动|piracy|pirated|copyright infringement',
  },
  {
    group: 'vice',
    w: 1.2,
    for: ['hacking-tool'],
    list: '非法入侵|黑客攻击事件|网络攻击事件|制作木马|提供侵入|cybercrime',
  },
  {
    group: 'legal',
    w: 1.2,
    list: '用户协议|服务协议|服务条款|使用条款|隐私政策|不得|禁止|严禁|违反|法律法规|本协议|免责声明|本平台|terms of service|terms of use|prohibited|you agree|shall not|you may not|acceptable use',
  },
  {
    group: 'research',
    w: 1.2,
    for: ['hacking-tool'],
    list: '拦截|杀毒|安全软件|病毒库|主动防御|防火墙|antivirus|anti-malware|protection|remove malware|security software|分析|检测|防护|防御|修复|补丁|加固|应急响应|复现|原理|安全建议|溯源|研究|漏洞公告|安全通告|查杀|流量特征|特征分析|缓解|mitigation|detection|detect|patch|advisory|analysis|defend|incident response|indicators of compromise|ioc|blue team|write-up|writeup',
  },
  {
    group: 'licensed',
    w: 1.2,
    for: ['piracy'],
    list: '正版|独播|独家|正版授权|版权方|许可证|视听节目许可证|信息网络传播视听节目许可证|会员专享|付费观看|购买正版|官方正版|官方下载|开源|开源协议|gpl|mit license|apache license|licensed|official site|official download|open source|sha256|checksum|subscription',
  },
  {
    group: 'lottery-official',
    w: 1.2,
    for: ['gambling'],
    list: '福彩中心|体彩中心|福利彩票发行|体育彩票管理|公益金|开奖公告|销售额|中国福利彩票|中国体育彩票|理性购彩|公益|responsible gambling|gamble responsibly',
  },
  {
    group: 'filtering',
    w: 1.2,
    for: ['pornography', 'gambling'],
    list: '家长控制|家长监护|青少年模式|绿色上网|过滤|拦截|屏蔽|parental control|parental controls|content filter|web filter|filter|block|blocks|blocking|blocker|screen time|safe search|safesearch|family safety|protect your kids|keep kids safe',
  },
  {
    group: 'health-education',
    w: 1.2,
    for: ['pornography'],
    list: '性教育|青春期|生理卫生|避孕|性健康|医生|医院|科普|成人教育|成人高考|继续教育|学历|sex education|sexual health|contraception|clinic',
  },
  {
    group: 'commerce',
    w: 0.8,
    for: ['gambling', 'fraud', 'piracy'],
    list: '购物车|加入购物车|订单|商品|包邮|配送|发货|退换货|收货地址|售后|shopping cart|add to cart|shipping|checkout|order total',
  },
];

/** Traditional → simplified for the characters our terms use (folded before matching). */
export const TRAD_TO_SIMP: Record<string, string> = Object.fromEntries(
  '賠赔 樂乐 視视 訊讯 現现 優优 註注 體体 機机 連连 會会 員员 錢钱 線线 點点 擊击 費费 觀观 載载 電电 劇剧 碼码 無无 銀银 帳账 賬账 戶户 號号 證证 驗验 詐诈 騙骗 務务 網网 絡络 頁页 開开 為为 爲为 發发 貨货 幣币 盤盘 資资 寶宝 門门 極极 領领 禮礼 與与 從从 這这 個个 們们 時时 間间 當当 對对 種种 區区 專专 來来 後后 說说 話话 請请 輸输 贏赢 賽赛 場场 獎奖 帶带 單单 額额 紅红 藍蓝 華华 麗丽 貴贵 賓宾 廳厅 檔档 戲戏 遊游 紀纪 錄录 檢检 護护 裡里 裏里 麼么 級级 據据 報报 導导 規规 則则 條条 協协 議议 殺杀 軟软 權权 冊册 啟启 鑰钥 壓压 縮缩 鏈链 離离 莊庄 槓杠 飛飞 艇艇 賽赛 彩彩 碼码 聯联 誠诚 鬥斗 龍龙 虛虚 擬拟 幫帮 傳传 實实 歲岁 滿满 黃黄 愛爱 戀恋 熱热 門门 頻频 絲丝 襪袜 淫淫 學学 習习 補补 關关 閉闭 讀读 書书 樂乐 氣气 勝胜 負负 獲获 嫌嫌 疑疑 偵侦 擊击 處处 罰罚 協协 規规 違违 嚴严 禁禁 於于 儲储 値值 値值 溫温 馨馨'
    .split(/\s+/)
    .filter((p) => p.length === 2 && p[0] !== p[1])
    .map((p) => [p[0]!, p[1]!]),
);
