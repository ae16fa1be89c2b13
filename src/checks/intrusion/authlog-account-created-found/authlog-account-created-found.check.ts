import { defineCheck, type Hit } from '../../../core/check.ts';
import { displayTime } from '../authlog-verdicts.ts';

export default defineCheck({
  id: 'authlog-account-created-found',
  category: 'rogue-root-account',
  severity: 'critical',
  needs: ['authlog'],
  tolerates: ['authlog.wtmp', 'authlog.btmp', 'authlog.lastlog', 'authlog.history'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: {
    zh: '认证日志显示创建了 UID 为 0 的账户',
    en: 'The auth logs show an account created with UID 0',
  },
  description: {
    zh: '读取认证日志(auth.log、secure,含轮转和压缩的旧日志)中 useradd 与 usermod 的记录,找出以 UID 0 新建的账户(useradd -o -u 0)或被改成 UID 0 的账户(usermod -o -u 0)。root 以外的 UID 0 账户拥有完整的超级用户权限,是入侵者留后门的常见手法;即使该账户此后已从 /etc/passwd 删除,日志也说明曾经发生过。其他新建账户只作为证据记录,不构成本项发现。',
    en: 'Reads useradd and usermod records in the auth logs (auth.log, secure, with rotated and compressed copies) for accounts created with UID 0 (useradd -o -u 0) or changed to UID 0 (usermod -o -u 0). An account other than root with UID 0 has full superuser power and is a common intruder backdoor; even if it has since been removed from /etc/passwd, the log shows it existed. Other new accounts are kept as evidence and do not make this finding.',
  },
  messages: {
    uid0Created: {
      zh: '{time} 新建了 UID 为 0 的账户 {name}(主目录 {home},shell {shell})。',
      en: 'Account {name} was created with UID 0 at {time} (home {home}, shell {shell}).',
    },
    uid0Assigned: {
      zh: '{time} 账户 {name} 的 UID 从 {from} 改为 0。',
      en: 'Account {name} had its UID changed from {from} to 0 at {time}.',
    },
  },
  remediation: {
    zh: '确认 {name} 是否经授权;若不是,按入侵处置:先保全证据(hegui capture),再执行 `usermod -L {name}` 锁定、`userdel {name}` 删除(若 UID 仍为 0,先编辑 /etc/passwd 核对,勿误删 root),并检查 {time} 前后的登录记录、authorized_keys 与计划任务。',
    en: 'Confirm whether {name} is authorised; if not, treat it as an intrusion: preserve evidence (hegui capture), then `usermod -L {name}` to lock and `userdel {name}` to remove it (with UID 0 still set, check /etc/passwd by hand so root is not touched), and review logins, authorized_keys and scheduled tasks around {time}.',
  },
  evaluate: ({ authlog }) =>
    authlog.events.flatMap((e): Hit<'uid0Created' | 'uid0Assigned'>[] => {
      if (e.user === undefined || e.user === 'root') return [];
      if (e.class === 'user-added' && e.uid === 0)
        return [
          {
            messageId: 'uid0Created',
            data: { name: e.user, time: displayTime(e.time), home: e.home ?? '?', shell: e.shell ?? '?' },
            where: [e.where],
          },
        ];
      if (e.class === 'user-modified' && e.change === 'uid' && e.uid === 0)
        return [
          {
            messageId: 'uid0Assigned',
            data: { name: e.user, time: displayTime(e.time), from: e.from ?? '?' },
            where: [e.where],
          },
        ];
      return [];
    }),
});
