import { defineCheck } from '../../../core/check.ts';
import { retentionHits } from '../logging-facts.ts';

export default defineCheck({
  id: 'log-security-retention-too-short',
  category: 'log-retention-short',
  severity: 'high',
  needs: ['logging'],
  legal: [{ provision: 'csl-23', clause: '3' }],
  title: {
    zh: '认证(安全)日志留存不足六个月',
    en: 'Authentication (security) logs are kept for less than six months',
  },
  description: {
    zh: '读取 rsyslog 配置找出记录登录与提权等认证事件的日志(auth.log、secure,以及接收 auth/authpriv 消息的文件),再按 logrotate 配置算出实际保留天数:轮转周期 × rotate 份数,受 maxage 限制。只读取配置,不读取日志内容。认证日志是追查入侵的首要证据;网络运营者应记录安全事件,网络日志留存不少于六个月。从未被轮转删除的日志不算不足。',
    en: 'Reads the rsyslog configuration to find the logs of logins, privilege changes and other authentication events (auth.log, secure, and any file receiving auth/authpriv messages), then works out from the logrotate configuration how many days each is actually kept: rotation period × rotate count, capped by maxage. Only configuration is read, never the logs. The authentication log is the first evidence in any intrusion investigation; network operators must record security events and keep network logs for at least six months. A log that is never rotated away is not counted as short.',
  },
  messages: {
    tooShort: {
      zh: '认证日志 {logs}:logrotate 设置仅保留约 {days} 天({basis} = {days} 天),法律要求至少 {required} 天。',
      en: '{logs} (authentication log): logrotate keeps about {days} days ({basis} = {days} days); the law requires at least {required} days.',
    },
    tooShortAtMost: {
      zh: '认证日志 {logs}:logrotate 设置最多保留 {days} 天({basis};maxsize 还可能使轮转提前),法律要求至少 {required} 天。',
      en: '{logs} (authentication log): logrotate keeps at most {days} days ({basis}; maxsize can rotate even sooner); the law requires at least {required} days.',
    },
  },
  remediation: {
    zh: '在 {config} 中 {logs} 所在的配置块里保留 `{period}` 并设置 `{change}`(周期 × rotate 至少 180 天:weekly 配 rotate 26,daily 配 rotate 180,monthly 配 rotate 6;maxage 不得小于 180),然后用 `logrotate -d /etc/logrotate.conf` 检查。认证日志最好同时实时转发到集中日志服务器,防止入侵者在本机删除。',
    en: 'In {config}, in the block for {logs}, keep `{period}` and set `{change}` (period × rotate must reach 180 days: weekly with rotate 26, daily with rotate 180, monthly with rotate 6; maxage must not be below 180), then check with `logrotate -d /etc/logrotate.conf`. Also forward authentication logs in real time to a central log server, so that an intruder cannot erase them on this host.',
  },
  evaluate: ({ logging }) => retentionHits(logging, 'security'),
});
