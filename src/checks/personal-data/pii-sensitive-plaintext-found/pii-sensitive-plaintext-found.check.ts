import { defineCheck } from '../../../core/check.ts';
import { rowHits } from '../inventory-hits.ts';

export default defineCheck({
  id: 'pii-sensitive-plaintext-found',
  category: 'plaintext-sensitive-personal-data',
  severity: 'high',
  needs: ['pii'],
  legal: [{ provision: 'pipl-28' }, { provision: 'pipl-51', clause: '3' }],
  title: {
    zh: '服务器上有明文存储的敏感个人信息',
    en: 'Sensitive personal information is stored in plaintext',
  },
  description: {
    zh: '在个人信息清单中找出明文的敏感个人信息:银行卡号等金融账户、行踪轨迹、医疗健康、生物识别、宗教信仰,以及按身份证号中的出生日期(以扫描日为准)判定的不满十四周岁未成年人的信息。敏感个人信息只能在有特定目的、充分必要并采取严格保护措施时处理。身份证号本身是否属于敏感个人信息,法律未明确(未核实),此处不据此判定。',
    en: 'Finds plaintext sensitive personal information in the personal-data inventory: financial accounts such as bank cards, whereabouts, health, biometrics, religious belief, and any data of children under 14 (from the birth date in their ID number, on the scan date). Sensitive personal information may be handled only for a specific purpose, where truly necessary and under strict protection. Whether an ID number by itself is sensitive is not settled in the law (unverified) and is not used here.',
  },
  messages: {
    sensitive: {
      zh: '{location} 中有 {records} 条 {kind} 类个人信息明文,属于敏感个人信息({groups}),约 {people} 人',
      en: '{records} records of kind {kind} in plaintext at {location}: sensitive personal information ({groups}), about {people} people',
    },
    minors: {
      zh: '{location} 中有 {records} 条 {kind} 类个人信息明文(约 {people} 人),其中 {minors} 人不满十四周岁:其个人信息属于敏感个人信息',
      en: '{records} records of kind {kind} in plaintext at {location} (about {people} people), {minors} of them children under 14: their personal information is sensitive',
    },
  },
  remediation: {
    zh: '敏感个人信息须严格保护:① 确认确有必要保存,否则删除;② 必须保存的加密存放(数据库字段级加密或 `gpg --symmetric --cipher-algo AES256 {path} && shred -u {path}`),银行卡号只保留前六后四:`hegui redact {path} --output {path}.redacted --mode mask`;③ 收紧权限(`chmod 600 {path}`),移出网站目录和 /tmp;④ 处理前应做个人信息保护影响评估,涉及未成年人的须取得监护人同意。',
    en: 'Sensitive personal information needs strict protection: (1) confirm it really must be kept, otherwise delete it; (2) encrypt what must be kept (column-level database encryption, or `gpg --symmetric --cipher-algo AES256 {path} && shred -u {path}`), and keep only the first six and last four digits of card numbers: `hegui redact {path} --output {path}.redacted --mode mask`; (3) restrict access (`chmod 600 {path}`) and move it out of web roots and /tmp; (4) do a personal-information impact assessment, and for children get a guardian’s consent.',
  },
  // A row is sensitive as a whole when its kind is (bank cards); when only some of its people are
  // children, the finding says how many, rather than calling every record sensitive.
  evaluate: ({ pii }) => [
    ...rowHits(pii, (r) => r.sensitive.some((g) => g !== 'minor'), 'sensitive'),
    ...rowHits(pii, (r) => r.sensitive.length > 0 && r.sensitive.every((g) => g === 'minor'), 'minors'),
  ],
});
