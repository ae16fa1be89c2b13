/**
 * 国家发展改革委等部门关于整治虚拟货币"挖矿"活动的通知 (发改运行〔2021〕1283号, 2021-09-24) — a notice
 * without articles (S-MINE). Catalogue §8g, V-OFF.
 */
import type { Provision } from '../types.ts';

export const MINING2021_PROVISIONS: Provision[] = [
  {
    id: 'mining2021',
    law: 'mining2021',
    title: {
      zh: '国家发展改革委等部门关于整治虚拟货币“挖矿”活动的通知',
      en: 'Notice of the NDRC and Other Departments on Rectifying Virtual-Currency "Mining" Activities',
    },
    shortTitle: {
      zh: '关于整治虚拟货币“挖矿”活动的通知',
      en: 'NDRC Notice on Rectifying Virtual-Currency "Mining"',
    },
    document: { zh: '发改运行〔2021〕1283号', en: 'Fagai Yunxing [2021] No. 1283' },
    numbering: [],
    clauseUnit: 'paragraph',
    effective: '2021-09-24',
    heading: {
      zh: '整治虚拟货币“挖矿”：禁止新增、有序退出，数据中心不得用于挖矿',
      en: 'Crypto-mining: no new projects, phase out the rest, no mining in data centres',
    },
    summary: {
      zh: '通知把虚拟货币“挖矿”定性为高耗能、低贡献的活动：严禁新增挖矿项目，有序退出存量项目；把挖矿与区块链、大数据、云计算等产业区分开，数据中心不得用于挖矿；挖矿列入产业结构调整目录的淘汰类，在正式列入前即按淘汰类对待，不得投资。',
      en: 'The notice treats crypto-mining as a high-energy, low-value activity: no new mining projects, existing ones phased out; mining is kept apart from blockchain, big data and cloud computing, and data centres must not be used for it; mining goes into the "eliminated" category of the Industrial Structure Adjustment Catalogue and is treated as eliminated (no investment) even before the listing.',
    },
    duties: ['anyone', 'data-centre'],
    liability: ['administrative'],
    penalties: [
      {
        under: { zh: '通知的执行方式', en: 'how the notice is enforced' },
        status: 'V-OFF',
        text: {
          zh: '通知是政策文件，通过用能价格、电信和数据中心监管、能耗考核以及国有单位的管理规则等方式执行。',
          en: 'the notice is a policy instrument, enforced through energy pricing, telecom and data-centre supervision, energy-consumption accounting and rules for state-owned units.',
        },
      },
      {
        under: {
          zh: '省级配套措施(例：四川 川发改价格规〔2022〕186号)',
          en: 'provincial follow-up (e.g. Sichuan, Chuan Fagai Jiage Gui [2022] No. 186)',
        },
        status: 'V-OFF',
        text: {
          zh: '对挖矿用电按每千瓦时加价2元收取惩罚性电价，直至停止挖矿(仅核实了一个省)。',
          en: 'a punitive electricity surcharge of RMB 2 per kWh on mining consumption until mining stops (checked for one province only).',
        },
      },
      {
        under: { zh: '对在自有服务器上挖矿的固定罚款', en: 'a fixed fine for mining on one’s own server' },
        status: 'UNVERIFIED',
        text: { zh: '存在针对挖矿本身的法定罚款数额。', en: 'A statutory fine amount for mining as such.' },
      },
    ],
    notes: [
      {
        status: 'V-OFF',
        source: 'S-PBOC',
        text: {
          zh: '人民银行等部门银发〔2021〕237号通知认定虚拟货币相关业务活动属于非法金融活动；服务器同时服务于虚拟货币交易的，另见该通知。',
          en: 'the PBoC notice Yinfa [2021] No. 237 treats virtual-currency business activities as illegal financial activity; if the server also serves trading, see that notice.',
        },
      },
    ],
    status: 'V-OFF',
    source: 'S-MINE',
    related: ['cl-285'],
  },
];
