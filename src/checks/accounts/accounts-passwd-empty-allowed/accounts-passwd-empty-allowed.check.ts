import { defineCheck } from '../../../core/check.ts';

export default defineCheck({
  id: 'accounts-passwd-empty-allowed',
  category: 'empty-password',
  severity: 'high',
  needs: ['accounts'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  title: {
    zh: '/etc/passwd 中有账户口令字段为空',
    en: 'An account has an empty password field in /etc/passwd',
  },
  description: {
    zh: '读取 /etc/passwd,找出口令字段为空(而不是指向 /etc/shadow 的 "x")且拥有可登录 shell 的账户。系统此时不再查 /etc/shadow,该账户无需口令即可登录;正常系统不会出现这种行,它往往是手工改动或入侵者留下的后门。',
    en: 'Reads /etc/passwd for accounts with a login shell whose password field is empty instead of the "x" that points to /etc/shadow. The system then never looks at /etc/shadow and the account logs in with no password; a normal system has no such line, and it is often a hand edit or a backdoor left by an intruder.',
  },
  messages: {
    emptyPasswd: {
      zh: '账户 {name}(UID {uid},shell {shell})在 /etc/passwd 中的口令字段为空,不需口令即可登录。',
      en: 'Account {name} (uid {uid}, shell {shell}) has an empty password field in /etc/passwd and can log in without a password.',
    },
  },
  remediation: {
    zh: '先确认 {name} 是否为授权账户;若来历不明,按入侵处置,先保全证据(hegui capture)。然后执行 `pwconv`(把口令字段移入 /etc/shadow,passwd 中改为 x),再用 `passwd -l {name}`(或 `usermod -L {name}`)锁定,确需使用时用 `passwd {name}` 设置强口令。',
    en: 'First confirm whether {name} is authorised; if nobody can account for it, treat it as an intrusion and preserve evidence (hegui capture). Then run `pwconv` (moves the field into /etc/shadow and leaves x in /etc/passwd), lock the account with `passwd -l {name}` (or `usermod -L {name}`), and set a strong password with `passwd {name}` only if it is needed.',
  },
  evaluate: ({ accounts }) =>
    accounts.users
      .filter((u) => u.passwdField === 'empty' && u.loginShell)
      .map((u) => ({
        messageId: 'emptyPasswd' as const,
        data: { name: u.name, uid: u.uid, shell: u.shell === '' ? '/bin/sh' : u.shell },
        where: [{ ...u.where }],
      })),
});
