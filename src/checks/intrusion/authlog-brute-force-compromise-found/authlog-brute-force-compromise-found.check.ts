import { defineCheck, type Hit } from '../../../core/check.ts';
import { bruteForceSources, displayTime } from '../authlog-verdicts.ts';

export default defineCheck({
  id: 'authlog-brute-force-compromise-found',
  category: 'brute-force-compromise',
  severity: 'critical',
  needs: ['authlog'],
  tolerates: ['authlog.lastlog', 'authlog.history'],
  legal: [
    { provision: 'csl-27' },
    { provision: 'csl-23', clause: '2' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: {
    zh: '暴力破解的来源随后登录成功',
    en: 'A source that brute-forced SSH then logged in',
  },
  description: {
    zh: '把认证日志(auth.log、secure,含轮转和压缩的旧日志)和 btmp 中的暴力破解判定(Wazuh 5712、5763、5720 规则,同一来源 120/360 秒内 8 次失败)与之后的成功登录(sshd 的 Accepted 记录,以及 wtmp 中的会话)对照:同一地址先暴力破解、后登录成功,表明口令很可能已被猜中、服务器已被他人控制。网络运营者须按应急预案处置入侵;入侵者的行为可能达到非法控制计算机信息系统罪的追诉标准。主机时区未知时,wtmp 会话只与 btmp 判定比较先后。',
    en: 'Matches brute-force verdicts in the auth logs (auth.log, secure, with rotated and compressed copies) and btmp (Wazuh rules 5712, 5763, 5720: 8 failures from one source within 120/360 s) against later successful logins (sshd "Accepted" lines and wtmp sessions): an address that brute-forced the host and afterwards logged in has most likely guessed a password, and the server is probably controlled by someone else. Operators must handle the intrusion under their incident plan; the intruder’s conduct may meet the threshold of illegally controlling a computer system. When the host time zone is unknown, wtmp sessions are only compared with btmp verdicts.',
  },
  messages: {
    loginAfterBruteForce: {
      zh: '{ip} 先暴力破解 SSH({failures} 条失败记录,判定于 {bruteForceAt}),随后于 {loginAt} 以 {method} 方式登录账户 {user} 成功。',
      en: '{ip} brute-forced SSH ({failures} failure records, detected at {bruteForceAt}) and then logged in as {user} by {method} at {loginAt}.',
    },
    sessionAfterBruteForce: {
      zh: '{ip} 先暴力破解 SSH({failures} 条失败记录,判定于 {bruteForceAt}),wtmp 记录其随后于 {loginAt} 以账户 {user} 在 {tty} 上登录。',
      en: '{ip} brute-forced SSH ({failures} failure records, detected at {bruteForceAt}); wtmp records a session as {user} on {tty} from it at {loginAt}.',
    },
  },
  remediation: {
    zh: '按入侵事件处置:先保全证据(`hegui capture --output evidence.tar.gz`),隔离主机;重置 {user} 及所有特权账户的口令,检查并清理 ~/.ssh/authorized_keys、计划任务、新建账户与 {loginAt} 之后改动的文件;在 /etc/ssh/sshd_config 设置 `PasswordAuthentication no` 后 `systemctl reload ssh`,在防火墙封禁 {ip};按应急预案上报(`hegui incident open --from report.json`)。',
    en: 'Handle it as an intrusion: preserve evidence first (`hegui capture --output evidence.tar.gz`) and isolate the host; reset the password of {user} and every privileged account, review ~/.ssh/authorized_keys, scheduled tasks, new accounts and files changed after {loginAt}; set `PasswordAuthentication no` in /etc/ssh/sshd_config and `systemctl reload ssh`; block {ip} at the firewall; report it under your incident plan (`hegui incident open --from report.json`).',
  },
  evaluate: ({ authlog }) => {
    const hits: Hit<'loginAfterBruteForce' | 'sessionAfterBruteForce'>[] = [];
    const sources = new Map(authlog.sources.map((s) => [s.ip, s]));
    for (const row of bruteForceSources(authlog)) {
      const source = sources.get(row.ip);
      if (!source) continue;
      const since = row.first.first;
      const base = { ip: row.ip, failures: row.failures, bruteForceAt: displayTime(since.time) };
      const login = source.accepted.find((a) => a.epoch >= since.epoch);
      if (login) {
        hits.push({
          messageId: 'loginAfterBruteForce',
          data: {
            ...base,
            user: login.user ?? '?',
            method: login.method ?? '?',
            loginAt: displayTime(login.time),
          },
          where: [login.where, since.where],
        });
        continue;
      }
      // wtmp holds UTC times; log times are comparable with them only when the host zone is known.
      const comparable = authlog.timezone !== null || row.first.rule === 'btmp';
      const session = comparable ? source.sessions.find((r) => r.epoch >= since.epoch) : undefined;
      if (session) {
        hits.push({
          messageId: 'sessionAfterBruteForce',
          data: { ...base, user: session.user, tty: session.tty, loginAt: displayTime(session.time) },
          where: [session.where, since.where],
        });
      }
    }
    return hits;
  },
});
