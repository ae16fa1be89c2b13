import { defineCheck } from '../../../core/check.ts';
import { authRecords } from '../logging-facts.ts';

export default defineCheck({
  id: 'audit-authlog-missing',
  category: 'audit-logging-missing',
  severity: 'high',
  needs: ['logging'],
  legal: [{ provision: 'csl-23', clause: '3' }],
  title: { zh: '认证事件没有任何持久记录', en: 'Authentication events are not recorded anywhere persistent' },
  description: {
    zh: '读取 rsyslog 配置(是否把 auth/authpriv 消息写入文件或转发到日志服务器)和 journald 配置(Storage=,以及 Storage=auto 时 /var/log/journal 是否存在)。两者都没有时,登录、sudo 提权等认证事件只存在内存中,重启即丢失,事后无法追查入侵。网络运营者应采取监测、记录网络运行状态和安全事件的技术措施,网络日志留存不少于六个月。',
    en: 'Reads the rsyslog configuration (are auth/authpriv messages written to a file or forwarded to a log server?) and the journald configuration (Storage=, and for Storage=auto whether /var/log/journal exists). When neither keeps them, logins, sudo and other authentication events live only in memory and are lost at reboot, so an intrusion cannot be traced afterwards. Network operators must monitor and record network state and security events and keep network logs for at least six months.',
  },
  messages: {
    volatile: {
      zh: 'rsyslog 没有记录认证消息,journald 设置为 Storage=volatile:认证事件只在内存中,重启后丢失。',
      en: 'rsyslog records no authentication messages and journald has Storage=volatile: authentication events are kept in memory only and lost at reboot.',
    },
    autoWithoutJournalDir: {
      zh: 'rsyslog 没有记录认证消息,journald 为 Storage=auto 但 /var/log/journal 不存在:认证事件只在内存中,重启后丢失。',
      en: 'rsyslog records no authentication messages and journald has Storage=auto without /var/log/journal: authentication events are kept in memory only and lost at reboot.',
    },
    storageNone: {
      zh: 'rsyslog 没有记录认证消息,journald 设置为 Storage=none:认证事件不被保存。',
      en: 'rsyslog records no authentication messages and journald has Storage=none: authentication events are not kept at all.',
    },
    nothing: {
      zh: '既没有 rsyslog 的认证日志,也没有 journald:本机认证事件没有任何记录。',
      en: 'There is neither an rsyslog authentication log nor journald: authentication events on this host are not recorded at all.',
    },
  },
  remediation: {
    zh: '让 journald 持久化:`mkdir -p /var/log/journal && systemd-tmpfiles --create --prefix /var/log/journal`,在 /etc/systemd/journald.conf 的 [Journal] 段设置 `Storage=persistent` 和 `MaxRetentionSec=6month`,再执行 `systemctl restart systemd-journald`。或安装 rsyslog(`apt-get install rsyslog` / `dnf install rsyslog`),其默认配置把 `auth,authpriv.*` 写入 /var/log/auth.log(/var/log/secure),并在 /etc/logrotate.d/rsyslog 中设置 `weekly` 与 `rotate 26`。',
    en: 'Make the journal persistent: `mkdir -p /var/log/journal && systemd-tmpfiles --create --prefix /var/log/journal`, set `Storage=persistent` and `MaxRetentionSec=6month` in the [Journal] section of /etc/systemd/journald.conf, then `systemctl restart systemd-journald`. Or install rsyslog (`apt-get install rsyslog` / `dnf install rsyslog`), whose default configuration writes `auth,authpriv.*` to /var/log/auth.log (/var/log/secure), and set `weekly` with `rotate 26` in /etc/logrotate.d/rsyslog.',
  },
  evaluate: ({ logging }) => {
    const { rsyslog, journal } = authRecords(logging);
    if (rsyslog || journal) return [];
    const { journald } = logging;
    if (!journald.installed) {
      return [
        {
          messageId: 'nothing',
          where: [{ path: logging.rsyslog.installed ? '/etc/rsyslog.conf' : '/etc/systemd/journald.conf' }],
        },
      ];
    }
    const where = [journald.where ?? { path: journald.configFiles[0] ?? '/etc/systemd/journald.conf' }];
    const messageId =
      journald.storage === 'none'
        ? 'storageNone'
        : journald.storage === 'auto'
          ? 'autoWithoutJournalDir'
          : 'volatile';
    return [{ messageId, where }];
  },
});
