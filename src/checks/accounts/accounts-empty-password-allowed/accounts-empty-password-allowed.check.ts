import { defineCheck } from '../../../core/check.ts';

export default defineCheck({
  id: 'accounts-empty-password-allowed',
  category: 'empty-password',
  severity: 'high',
  needs: ['accounts'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  title: { zh: '有可登录账户的口令为空', en: 'A login account has an empty password' },
  description: {
    zh: '读取 /etc/passwd 和 /etc/shadow,找出使用影子口令("x")、拥有可登录 shell、而 /etc/shadow 中口令字段为空的账户。这样的账户不需要任何口令即可在控制台登录、被 su 切换,若 sshd 设置了 PermitEmptyPasswords yes 还可远程登录;身份鉴别形同虚设。只报告口令字段确实为空的账户,已锁定("!"、"*")的不算。',
    en: 'Reads /etc/passwd and /etc/shadow for accounts that use the shadow password ("x"), have a login shell, and whose /etc/shadow password field is empty. Such an account logs in on the console and through su with no password at all, and over SSH too when sshd has PermitEmptyPasswords yes — authentication is switched off for it. Only truly empty fields count; locked ones ("!", "*") do not.',
  },
  messages: {
    emptyShadow: {
      zh: '账户 {name}(UID {uid},shell {shell})在 /etc/shadow 中的口令为空,不需口令即可登录。',
      en: 'Account {name} (uid {uid}, shell {shell}) has an empty password in /etc/shadow and can log in without one.',
    },
  },
  remediation: {
    zh: '执行 `passwd -l {name}`(或 `usermod -L {name}`)立即锁定该账户;确需使用的,用 `passwd {name}` 设置强口令;不再需要的,用 `usermod -s /usr/sbin/nologin {name}` 收回登录 shell 或删除账户。并确认 /etc/ssh/sshd_config 中为 `PermitEmptyPasswords no`。',
    en: 'Lock the account now with `passwd -l {name}` (or `usermod -L {name}`); if it is needed, set a strong password with `passwd {name}`; if not, remove its login shell with `usermod -s /usr/sbin/nologin {name}` or delete it. Also make sure /etc/ssh/sshd_config has `PermitEmptyPasswords no`.',
  },
  evaluate: ({ accounts }) => {
    const shadow = new Map(accounts.shadow.map((s) => [s.name, s] as const));
    return accounts.users.flatMap((u) => {
      const entry = shadow.get(u.name);
      // pam_unix consults /etc/shadow only when the passwd field says so ("x").
      if (u.passwdField !== 'shadow' || !u.loginShell || entry?.status !== 'empty') return [];
      return [
        {
          messageId: 'emptyShadow' as const,
          data: { name: u.name, uid: u.uid, shell: u.shell === '' ? '/bin/sh' : u.shell },
          where: [{ ...entry.where }, { ...u.where }],
        },
      ];
    });
  },
});
