import { defineCheck, type Hit } from '../../../core/check.ts';
import type { Where } from '../../../core/evidence.ts';
import { bruteForceSources, displayTime } from '../authlog-verdicts.ts';

const TOP = 5;

export default defineCheck({
  id: 'authlog-brute-force-found',
  category: 'brute-force',
  severity: 'medium',
  needs: ['authlog'],
  tolerates: ['authlog.wtmp', 'authlog.lastlog', 'authlog.history'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'csl-27' }],
  title: { zh: '认证日志显示 SSH 暴力破解', en: 'The auth logs show SSH brute-force attempts' },
  description: {
    zh: '读取 /var/log/auth.log 与 /var/log/secure(含轮转和 gzip 压缩的旧日志)以及 /var/log/btmp,按 Wazuh 的判定规则关联失败登录:同一来源 120 秒内 8 次密码失败(5763)或 8 次不存在用户的尝试(5712)、360 秒内 8 次其他方式的失败(5720)、btmp 中同一主机 120 秒内 8 条失败记录,以及 120 秒内 8 次被 AllowUsers/DenyUsers 拒绝的登录(5719)。暴力破解说明服务器正暴露在入侵尝试之下;网络运营者应采取防范网络攻击和入侵的技术措施,并按应急预案处置。单个会话内的几次输错(PAM 2502、sudo 5404)记录在证据中,不单独构成本项发现。',
    en: 'Reads /var/log/auth.log and /var/log/secure (with rotated and gzipped copies) and /var/log/btmp, and correlates failed logins as Wazuh does: 8 failed passwords (5763) or 8 attempts on non-existent accounts (5712) from one source within 120 s, 8 other failures within 360 s (5720), 8 btmp records from one host within 120 s, and 8 logins refused by AllowUsers/DenyUsers within 120 s (5719). Brute force means the server is under intrusion attempts; operators must have technical measures against attacks and intrusion and handle them under their incident plan. A few mistyped passwords in one session (PAM 2502, sudo 5404) are kept as evidence but do not make this finding on their own.',
  },
  messages: {
    sshBruteForce: {
      zh: '{sources} 个来源对 SSH 进行了暴力破解(共 {failures} 条失败记录,最早判定于 {first}),最多的是:{top}。',
      en: '{sources} source(s) brute-forced SSH ({failures} failure records in all, first detected at {first}); the busiest: {top}.',
    },
    deniedUsers: {
      zh: '120 秒内有 8 次以上被 AllowUsers/DenyUsers 拒绝的登录(共 {events} 次,最早于 {first}),说明有人在批量尝试账户名。',
      en: 'At least 8 logins refused by AllowUsers/DenyUsers within 120 s ({events} in all, first at {first}): someone is trying account names in bulk.',
    },
  },
  remediation: {
    zh: '在 /etc/ssh/sshd_config 中设置 `PasswordAuthentication no`、`PermitRootLogin prohibit-password`、`MaxAuthTries 3`,执行 `sshd -t && systemctl reload ssh`(RHEL 为 sshd);安装 fail2ban 并启用 sshd jail(`apt install fail2ban` 或 `dnf install fail2ban`),或在防火墙上封禁上述来源;同时确认这些来源没有登录成功(见 authlog-brute-force-compromise-found)。',
    en: 'In /etc/ssh/sshd_config set `PasswordAuthentication no`, `PermitRootLogin prohibit-password` and `MaxAuthTries 3`, then run `sshd -t && systemctl reload ssh` (sshd on RHEL); install fail2ban with its sshd jail (`apt install fail2ban` or `dnf install fail2ban`) or block the listed sources at the firewall; and confirm none of them logged in (see authlog-brute-force-compromise-found).',
  },
  evaluate: ({ authlog }) => {
    const hits: Hit<'sshBruteForce' | 'deniedUsers'>[] = [];
    const rows = bruteForceSources(authlog);
    if (rows.length > 0) {
      const top = rows.slice(0, TOP);
      const first = rows.reduce((a, b) => (b.first.first.epoch < a.first.first.epoch ? b : a)).first.first;
      hits.push({
        messageId: 'sshBruteForce',
        data: {
          sources: rows.length,
          failures: rows.reduce((n, r) => n + r.failures, 0),
          first: displayTime(first.time),
          top: top.map((r) => `${r.ip} (${r.failures})`).join(', '),
        },
        where: top.map((r): Where => r.first.first.where),
      });
    }
    const denied = authlog.verdicts.find((v) => v.rule === '5719');
    if (denied) {
      hits.push({
        messageId: 'deniedUsers',
        data: { events: denied.events, first: displayTime(denied.first.time) },
        where: [denied.first.where],
      });
    }
    return hits;
  },
});
