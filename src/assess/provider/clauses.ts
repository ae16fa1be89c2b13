/**
 * The clauses an operator should find in a cloud or hosting agreement (issue 6 item 5), as data: what
 * each is for, the patterns that recognise it in zh and en, and the provisions that make it matter.
 * The review quotes the paragraph that matched, or says the clause is missing; it never judges
 * whether a clause is good enough — that is a lawyer's reading.
 */
import type { LegalRef, Text } from '../../legal/types.ts';

export interface ClauseRule {
  id: string;
  title: Text;
  /** Why the clause matters to the operator (own words). */
  why: Text;
  /** Any one matching a paragraph finds the clause. */
  patterns: readonly RegExp[];
  legal: readonly LegalRef[];
}

export const CLAUSES: readonly ClauseRule[] = [
  {
    id: 'storage-location',
    title: { zh: '数据存储地点', en: 'Where data is stored' },
    why: {
      zh: '关键信息基础设施运营者和处理个人信息达到规定数量的处理者，应将境内收集的个人信息存储在境内；协议应写明数据存放的地域或区域。',
      en: 'CII operators and handlers above the CAC volume threshold must keep personal information collected in China inside China; the agreement should say in which region data is kept.',
    },
    patterns: [
      /(数据|信息|内容).{0,12}(存储|存放|保存|部署).{0,24}(境内|中国大陆|中华人民共和国境内|地域|区域|地区|机房)/,
      /(境内|中国大陆|大陆地区).{0,12}(存储|存放|保存)/,
      /(data|content|information).{0,60}\b(stored|store|kept|hosted|located|resides?)\b.{0,40}\b(in|within|inside)\b.{0,30}\b(china|mainland|prc|region|the selected region|data cent(er|re))/i,
      /\bdata (residency|localisation|localization|location)\b/i,
    ],
    legal: [{ provision: 'pipl-40' }],
  },
  {
    id: 'content-review',
    title: { zh: '内容审核与违法信息处置机制', en: 'Content review and handling of illegal information' },
    why: {
      zh: '网络运营者须管理用户发布的信息，发现违法信息应停止传输、消除、保存记录并报告；协议应写明双方在内容安全上的分工。',
      en: 'Network operators must manage what users publish and, on finding illegal information, stop it, remove it, keep records and report; the agreement should set out who does what for content security.',
    },
    patterns: [
      /内容(审核|审查|安全|管理)|违法(和|或)?不良信息|违法违规(信息|内容)|(发现|处置|删除).{0,10}违法信息|禁止(发布|传播|存储).{0,20}(信息|内容)/,
      /\bcontent (review|moderation|security|screening)\b|\b(illegal|prohibited|unlawful) (content|information)\b/i,
    ],
    legal: [{ provision: 'csl-49' }, { provision: 'iism-16' }],
  },
  {
    id: 'violation-handling',
    title: { zh: '违规处理', en: 'Handling of violations' },
    why: {
      zh: '协议应写明客户违规(如挖矿、代理、违法内容)时服务商可采取的措施和程序，例如通知、限期整改、暂停或终止服务，以免业务被突然中断。',
      en: 'The agreement should say what the provider may do when the customer breaks the rules (mining, proxies, illegal content) and how: notice, a deadline to fix, suspension or termination, so the business is not cut off without warning.',
    },
    patterns: [
      /(违规|违约|违反).{0,20}(处理|处置|责任|措施)|(暂停|中止|终止|停止).{0,8}(提供)?服务|(封禁|关停|冻结).{0,10}(账号|账户|实例|服务)/,
      /\b(suspend|suspension|terminate|termination)\b.{0,40}\b(service|services|account)\b|\bacceptable use\b|\bbreach of (this|the) (agreement|terms)\b/i,
    ],
    legal: [],
  },
  {
    id: 'deletion-at-end',
    title: { zh: '合同终止时的数据删除或返还', en: 'Deleting or returning data when the contract ends' },
    why: {
      zh: '停止提供服务或保存期限届满时，个人信息应当删除；协议应写明终止后数据的返还、迁移和删除方式与期限。',
      en: 'Personal information must be deleted when the service stops or the retention period ends; the agreement should say how and when data is returned, migrated and deleted after termination.',
    },
    patterns: [
      /(合同|协议|服务).{0,12}(终止|到期|结束|解除).{0,60}(删除|销毁|返还|迁移|清除)/,
      /(删除|销毁|返还|清除).{0,30}(数据|信息).{0,30}(终止|到期|结束|解除)/,
      /\b(termination|expiry|expiration|end) of (this|the) (agreement|contract|service)\b.{0,120}\b(delete|deletion|return|destroy|erase)/i,
      /\b(delete|deletion|return|destroy|erase)\b.{0,80}\b(upon|after|following|on) (the )?(termination|expiry|expiration)\b/i,
    ],
    legal: [{ provision: 'pipl-47' }],
  },
  {
    id: 'incident-notification',
    title: { zh: '安全事件通知', en: 'Incident notification' },
    why: {
      zh: '发生个人信息泄露等安全事件时，处理者须立即补救并通知监管部门和个人；服务商一方发现事件时应及时告知客户，客户才能按时履行报告和通知义务。',
      en: 'After a leak or other incident the handler must remediate at once and notify the regulator and the people affected; the provider must tell the customer promptly when it finds one, or the customer cannot meet its own reporting and notice duties.',
    },
    patterns: [
      /(安全事件|数据泄露|信息泄露|泄漏).{0,30}(通知|告知|报告)|(通知|告知).{0,20}(安全事件|泄露|泄漏)/,
      /\b(notify|notification|inform|informing)\b.{0,80}\b(incident|breach|leak)\b|\b(incident|breach)\b.{0,80}\b(notify|notification|inform)\b/i,
    ],
    legal: [{ provision: 'pipl-57' }, { provision: 'ndsr-11' }],
  },
  {
    id: 'subcontracting',
    title: { zh: '转委托与分包', en: 'Subcontracting' },
    why: {
      zh: '委托他人处理个人信息或重要数据时，应约定处理目的、方式、范围和安全义务并监督对方；协议应写明服务商能否再委托第三方，以及须经客户同意。',
      en: 'When others process personal information or important data for you, you must agree the purpose, manner, scope and security duties and oversee them; the agreement should say whether the provider may pass the work on to third parties, and only with your consent.',
    },
    patterns: [
      /转委托|再委托|分包|(委托|聘请).{0,10}第三方|第三方(服务商|处理者|供应商)/,
      /\bsub-?contract(ing|ors?)?\b|\bsub-?processors?\b|\bthird[- ]party (processors?|service providers?|vendors?)\b/i,
    ],
    legal: [{ provision: 'ndsr-12' }],
  },
];
