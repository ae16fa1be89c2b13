import { defineCheck } from '../../../core/check.ts';
import { tierHits } from '../inventory-hits.ts';

export default defineCheck({
  id: 'pii-plaintext-volume-found',
  category: 'plaintext-personal-data',
  severity: 'high',
  needs: ['pii'],
  legal: [
    { provision: 'pipl-51', clause: '3' },
    { provision: 'cl-253-1', clause: '1', party: 'operator' },
    { provision: 'cl-253-1', clause: '3', party: 'intruder' },
  ],
  title: {
    zh: '明文个人信息的数量可能达到刑事案件的数量标准',
    en: 'The volume of plaintext personal data may meet criminal thresholds',
  },
  description: {
    zh: '把个人信息清单中的明文数量与两高2017年个人信息刑事案件解释第五条的数量标准对照:行踪轨迹、征信、财产信息(含银行卡)50条,健康生理、交易等信息500条,其他个人信息(含身份证号)5000条,以及按比例合计。单纯存储不构成犯罪;只有在出售、提供或被窃取、非法获取时,这些数量才可能达到"情节严重"的标准。数据越多,泄露或被窃的后果越重。',
    en: 'Sets the plaintext volumes of the personal-data inventory against the item thresholds of the 2017 two-courts interpretation, Art. 5: 50 items of whereabouts, credit or property data (bank cards included), 500 of health, physiological or transaction data, 5,000 of other personal information (ID numbers included), and proportional combinations. Storage alone is not an offence; only if the data is sold, provided, stolen or otherwise unlawfully obtained could these volumes meet the "serious circumstances" threshold. The more data, the graver a leak or theft.',
  },
  messages: {
    volume: {
      zh: '明文个人信息({kinds})共 {count} 条:如被出售、提供或窃取、非法获取,数量可能达到两高2017年解释第五条"情节严重"的 {threshold} 条标准(由司法机关认定);单纯存储本身不是犯罪。主要位置:{locations}',
      en: '{count} items of plaintext personal information ({kinds}): if sold, provided, stolen or otherwise unlawfully obtained, the volume may meet the serious threshold of {threshold} items of the 2017 interpretation, Art. 5 (for a court to decide); storage alone is not an offence. Main places: {locations}',
    },
    volumeTenfold: {
      zh: '明文个人信息({kinds})共 {count} 条:如被出售、提供或窃取、非法获取,数量可能达到两高2017年解释第五条"情节特别严重"的 {threshold} 条标准(由司法机关认定);单纯存储本身不是犯罪。主要位置:{locations}',
      en: '{count} items of plaintext personal information ({kinds}): if sold, provided, stolen or otherwise unlawfully obtained, the volume may meet the especially serious threshold of {threshold} items of the 2017 interpretation, Art. 5 (for a court to decide); storage alone is not an offence. Main places: {locations}',
    },
    combined: {
      zh: '明文个人信息({kinds})按比例合计为各数量标准的 {count} 倍:如被出售、提供或窃取、非法获取,可能达到两高2017年解释第五条按比例折算的"情节严重"标准(由司法机关认定)。主要位置:{locations}',
      en: 'Plaintext personal information ({kinds}) adds up to {count} times the thresholds in proportion: if sold, provided, stolen or otherwise unlawfully obtained, it may meet the proportional serious threshold of the 2017 interpretation, Art. 5 (for a court to decide). Main places: {locations}',
    },
  },
  remediation: {
    zh: '减少明文数据的数量和副本:删除过期导出和备份中的明文文件(`find / -xdev \\( -name "*.csv" -o -name "*.sql" -o -name "*.sql.gz" \\) -mtime +30 -path "*backup*"` 先核对再删除),对必须保留的数据去标识化(`hegui redact {path} --output {path}.redacted --mode pseudonymise --key-file /root/redact.key`)或加密;限制可访问这些数据的账户并记录访问日志;向外提供个人信息前须有合法依据和个人同意。',
    en: 'Cut the amount and the copies of plaintext data: delete stale plaintext exports and backups (list them first with `find / -xdev \\( -name "*.csv" -o -name "*.sql" -o -name "*.sql.gz" \\) -mtime +30 -path "*backup*"`), de-identify (`hegui redact {path} --output {path}.redacted --mode pseudonymise --key-file /root/redact.key`) or encrypt what must be kept; limit the accounts that can read it and log access; never pass personal information to others without a legal basis and the people’s consent.',
  },
  evaluate: ({ pii }) => tierHits(pii),
});
