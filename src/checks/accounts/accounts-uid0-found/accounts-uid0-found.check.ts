import { defineCheck } from '../../../core/check.ts';

export default defineCheck({
  id: 'accounts-uid0-found',
  category: 'rogue-root-account',
  severity: 'critical',
  needs: ['accounts'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '存在 root 以外的 UID 0 账户', en: 'An account other than root has UID 0' },
  description: {
    zh: '读取 /etc/passwd,找出除 root 外用户 ID 为 0 的账户。这类账户拥有完整的超级用户权限,是入侵者常用的后门;网络运营者应防范入侵并处置安全事件。',
    en: 'Reads /etc/passwd for accounts other than root with user ID 0. Such an account has full superuser power and is a common intruder backdoor; operators must prevent intrusion and handle incidents.',
  },
  messages: {
    uid0: {
      zh: '账户 {name} 的 UID 为 0,拥有与 root 相同的权限。',
      en: 'Account {name} has UID 0 and therefore the same power as root.',
    },
  },
  remediation: {
    zh: '确认 {name} 是否为授权账户;若不是,按入侵处置:先保全证据(hegui capture),再执行 `usermod -L {name}` 锁定并 `userdel {name}` 删除,检查其创建时间前后的登录日志。',
    en: 'Confirm whether {name} is authorised; if not, treat it as an intrusion: preserve evidence (hegui capture), then `usermod -L {name}` to lock and `userdel {name}` to remove it, and review login logs around its creation.',
  },
  evaluate: ({ accounts }) =>
    accounts.users
      .filter((u) => u.uid === 0 && u.name !== 'root')
      .map((u) => ({ messageId: 'uid0', data: { name: u.name }, where: [u.where] })),
});
