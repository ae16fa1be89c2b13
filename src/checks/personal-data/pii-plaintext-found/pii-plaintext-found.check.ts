import { defineCheck } from '../../../core/check.ts';
import { rowHits } from '../inventory-hits.ts';

export default defineCheck({
  id: 'pii-plaintext-found',
  category: 'plaintext-personal-data',
  severity: 'medium',
  needs: ['pii'],
  legal: [{ provision: 'pipl-51', clause: '3' }],
  title: { zh: '服务器上有明文存储的个人信息', en: 'Personal information is stored in plaintext' },
  description: {
    zh: '在网站目录、应用和家目录、备份和临时目录中读取数据文件(CSV/TSV、JSON/NDJSON、SQL 导出、SQLite、日志及其 .gz),按列名、键名和校验规则识别身份证号、手机号、邮箱、姓名、地址等个人信息,区分明文与已脱敏、已哈希或已加密的数据,按位置和种类计数并按身份证号或手机号去重计人。个人信息处理者应采取加密、去标识化等安全技术措施。',
    en: 'Reads data files (CSV/TSV, JSON/NDJSON, SQL dumps, SQLite, logs, and their .gz) in the web roots, application and home directories, backup and temporary directories; finds ID numbers, phones, emails, names, addresses and other personal information by column names, keys and validation; tells plaintext from masked, hashed or encrypted values; counts by place and kind, and distinct people by ID number or phone. Personal-information handlers must use encryption, de-identification and similar technical safeguards.',
  },
  messages: {
    plaintext: {
      zh: '{location} 中有 {records} 条 {kind} 类个人信息明文(约 {people} 人)',
      en: '{records} records of kind {kind} in plaintext at {location} (about {people} people)',
    },
  },
  remediation: {
    zh: '不再需要的数据应删除;仍需保留的:① 去标识化或脱敏:`hegui redact {path} --output {path}.redacted --mode pseudonymise --key-file /root/redact.key`(核对后替换原文件);② 或加密存放:`gpg --symmetric --cipher-algo AES256 {path} && shred -u {path}`,数据库中的字段用应用层加密或数据库加密;③ 收紧权限:`chmod 600 {path}`,不要放在网站目录或 /tmp 下。',
    en: 'Delete data that is no longer needed; for data that must be kept: (1) de-identify or mask it: `hegui redact {path} --output {path}.redacted --mode pseudonymise --key-file /root/redact.key` (check it, then replace the original); (2) or encrypt it at rest: `gpg --symmetric --cipher-algo AES256 {path} && shred -u {path}`, and use application-level or database encryption for database columns; (3) restrict access: `chmod 600 {path}`, and keep it out of web roots and /tmp.',
  },
  evaluate: ({ pii }) => rowHits(pii, (r) => r.sensitive.length === 0, 'plaintext'),
});
