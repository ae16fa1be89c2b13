import { defineCheck } from '../../../core/check.ts';
import { retentionHits } from '../logging-facts.ts';

export default defineCheck({
  id: 'log-web-retention-too-short',
  category: 'log-retention-short',
  severity: 'medium',
  needs: ['logging'],
  legal: [{ provision: 'csl-23', clause: '3' }],
  title: {
    zh: 'Web 服务器访问/错误日志留存不足六个月',
    en: 'Web server access and error logs are kept for less than six months',
  },
  description: {
    zh: '读取 logrotate 配置(/etc/logrotate.conf、/etc/logrotate.d)中 nginx、Apache(apache2/httpd)等 Web 服务器日志的配置块,算出实际保留天数:轮转周期 × rotate 份数,受 maxage 限制。Debian 自带的 nginx 配置为 daily × rotate 14,只保留 14 天。访问日志记录了谁在何时访问了什么,是网络日志的主体;网络日志留存不少于六个月。只读取配置,不读取日志内容。',
    en: 'Reads the logrotate blocks (/etc/logrotate.conf, /etc/logrotate.d) for nginx, Apache (apache2/httpd) and other web server logs and works out how many days they are actually kept: rotation period × rotate count, capped by maxage. Debian ships nginx with daily × rotate 14, i.e. 14 days. Access logs record who reached what and when, the core of network logs, which must be kept for at least six months. Only configuration is read, never the logs.',
  },
  messages: {
    tooShort: {
      zh: 'Web 日志 {logs}:logrotate 设置仅保留约 {days} 天({basis} = {days} 天),法律要求至少 {required} 天。',
      en: '{logs} (web log): logrotate keeps about {days} days ({basis} = {days} days); the law requires at least {required} days.',
    },
    tooShortAtMost: {
      zh: 'Web 日志 {logs}:logrotate 设置最多保留 {days} 天({basis};maxsize 还可能使轮转提前),法律要求至少 {required} 天。',
      en: '{logs} (web log): logrotate keeps at most {days} days ({basis}; maxsize can rotate even sooner); the law requires at least {required} days.',
    },
  },
  remediation: {
    zh: '在 {config} 中 {logs} 的配置块里保留 `{period}` 并设置 `{change}`(例如 daily 配 rotate 180,并保留 compress 以节省空间;maxage 不得小于 180),然后用 `logrotate -d {config}` 检查。访问量大的站点可改为把访问日志实时发送到保存不少于六个月的集中日志平台。',
    en: 'In {config}, in the block for {logs}, keep `{period}` and set `{change}` (for example daily with rotate 180, keeping compress to save space; maxage must not be below 180), then check with `logrotate -d {config}`. Busy sites can instead ship access logs in real time to a central log platform that keeps them for at least six months.',
  },
  evaluate: ({ logging }) => retentionHits(logging, 'web'),
});
