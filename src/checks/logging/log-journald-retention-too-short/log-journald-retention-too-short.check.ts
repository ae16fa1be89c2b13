import { defineCheck } from '../../../core/check.ts';
import { authRecords, REQUIRED_DAYS } from '../logging-facts.ts';

export default defineCheck({
  id: 'log-journald-retention-too-short',
  category: 'log-retention-short',
  severity: 'medium',
  needs: ['logging'],
  legal: [{ provision: 'csl-23', clause: '3' }],
  title: {
    zh: 'journald 是唯一的认证记录且保留不足六个月',
    en: 'journald is the only record of logins and keeps it for under six months',
  },
  description: {
    zh: '读取 rsyslog 配置和 journald 配置(/etc/systemd/journald.conf 及 /etc、/run、/usr/lib 下的 journald.conf.d 片段,后者按文件名依次覆盖)。当 rsyslog 没有把 auth/authpriv 消息写入任何文件或日志服务器时,持久化的 journald 就是本机认证事件的唯一记录;若其 MaxRetentionSec 短于 180 天,日志会在法定期限前被删除。journald 未持久化(volatile)的情况由 audit-authlog-missing 报告。即使 MaxRetentionSec 足够长,journald 仍受磁盘占用上限(SystemMaxUse)约束,因此本检查从不据此断言已满足六个月。',
    en: 'Reads the rsyslog configuration and the journald configuration (/etc/systemd/journald.conf and journald.conf.d drop-ins under /etc, /run and /usr/lib, later file names overriding earlier ones). When rsyslog sends auth/authpriv messages to no file and no log server, a persistent journal is the only record of authentication events on the host; if its MaxRetentionSec is shorter than 180 days the logs are deleted before the legal minimum. A journal that is not persistent (volatile) is reported by audit-authlog-missing instead. Even with a long MaxRetentionSec the journal is also capped by disk use (SystemMaxUse), so this check never claims six months are met.',
  },
  messages: {
    tooShort: {
      zh: '本机认证事件只记录在 journald 中,而 {config} 中的 MaxRetentionSec 使日志最多保留约 {days} 天,法律要求至少 {required} 天。',
      en: 'Authentication events on this host are recorded only by journald, and MaxRetentionSec in {config} deletes them after at most about {days} days; the law requires at least {required} days.',
    },
  },
  remediation: {
    zh: '在 {config} 的 [Journal] 段设置 `MaxRetentionSec=6month`(或删除该行取消时间上限)并保留 `Storage=persistent`,同时确认 `SystemMaxUse=` 足以容纳六个月的日志,然后执行 `systemctl restart systemd-journald`。更稳妥的做法是安装 rsyslog(`apt-get install rsyslog` / `dnf install rsyslog`),把 `auth,authpriv.*` 写入 /var/log/auth.log(或 /var/log/secure)并按 logrotate 保留不少于 180 天。',
    en: 'In the [Journal] section of {config} set `MaxRetentionSec=6month` (or delete the line to remove the time limit) and keep `Storage=persistent`; make sure `SystemMaxUse=` leaves room for six months of logs, then run `systemctl restart systemd-journald`. More robust: install rsyslog (`apt-get install rsyslog` / `dnf install rsyslog`), write `auth,authpriv.*` to /var/log/auth.log (or /var/log/secure) and keep it for at least 180 days with logrotate.',
  },
  evaluate: ({ logging }) => {
    const { rsyslog, journal } = authRecords(logging);
    const { days, retentionWhere } = logging.journald;
    if (rsyslog || !journal || days === null || days >= REQUIRED_DAYS || retentionWhere === null) return [];
    return [
      {
        messageId: 'tooShort',
        data: { days, required: REQUIRED_DAYS, config: retentionWhere.path },
        where: [retentionWhere],
      },
    ];
  },
});
