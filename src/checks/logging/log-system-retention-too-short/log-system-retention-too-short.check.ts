import { defineCheck } from '../../../core/check.ts';
import { retentionHits } from '../logging-facts.ts';

export default defineCheck({
  id: 'log-system-retention-too-short',
  category: 'log-retention-short',
  severity: 'medium',
  needs: ['logging'],
  legal: [{ provision: 'csl-23', clause: '3' }],
  title: { zh: '系统日志留存不足六个月', en: 'System logs are kept for less than six months' },
  description: {
    zh: '读取 rsyslog 配置(/etc/rsyslog.conf 及其包含的文件)找出系统日志(syslog、messages、kern.log 等接收内核和系统服务消息的文件),再按 logrotate 配置(/etc/logrotate.conf、/etc/logrotate.d)算出每个文件实际保留的天数:轮转周期 × rotate 份数,受 maxage 限制。只读取配置,不读取日志内容。网络运营者应记录网络运行状态和安全事件,网络日志留存不少于六个月;从未被轮转删除的日志不算不足。',
    en: 'Reads the rsyslog configuration (/etc/rsyslog.conf and the files it includes) to find the system logs (syslog, messages, kern.log and other files that receive kernel and system-service messages), then works out from the logrotate configuration (/etc/logrotate.conf, /etc/logrotate.d) how many days each is actually kept: rotation period × rotate count, capped by maxage. Only configuration is read, never the logs. Network operators must record network state and security events and keep network logs for at least six months; a log that is never rotated away is not counted as short.',
  },
  messages: {
    tooShort: {
      zh: '系统日志 {logs}:logrotate 设置仅保留约 {days} 天({basis} = {days} 天),法律要求至少 {required} 天。',
      en: '{logs} (system log): logrotate keeps about {days} days ({basis} = {days} days); the law requires at least {required} days.',
    },
    tooShortAtMost: {
      zh: '系统日志 {logs}:logrotate 设置最多保留 {days} 天({basis};maxsize 还可能使轮转提前),法律要求至少 {required} 天。',
      en: '{logs} (system log): logrotate keeps at most {days} days ({basis}; maxsize can rotate even sooner); the law requires at least {required} days.',
    },
  },
  remediation: {
    zh: '在 {config} 中 {logs} 所在的配置块里保留 `{period}` 并设置 `{change}`(周期 × rotate 至少 180 天:weekly 配 rotate 26,daily 配 rotate 180,monthly 配 rotate 6;maxage 不得小于 180;若设置了 maxsize,按日志量相应增加 rotate),然后用 `logrotate -d /etc/logrotate.conf` 检查。也可以把日志实时转发到保存不少于六个月的集中日志服务器。',
    en: 'In {config}, in the block for {logs}, keep `{period}` and set `{change}` (period × rotate must reach 180 days: weekly with rotate 26, daily with rotate 180, monthly with rotate 6; maxage must not be below 180; with maxsize, raise rotate for the log volume), then check with `logrotate -d /etc/logrotate.conf`. Alternatively forward the logs in real time to a central log server that keeps them for at least six months.',
  },
  evaluate: ({ logging }) => retentionHits(logging, 'system'),
});
