import { defineCheck } from '../../../core/check.ts';
import { contentHits } from '../content-detections.ts';

export default defineCheck({
  id: 'content-pirated-found',
  category: 'pirated-content',
  severity: 'high',
  needs: ['content'],
  legal: [
    { provision: 'copyright-53', clause: '1', party: 'operator' },
    { provision: 'copyright-54' },
    { provision: 'cl-217', party: 'operator' },
  ],
  title: {
    zh: '网站目录中有盗版影视、软件或图书页面',
    en: 'A web root serves pirated films, software or books',
  },
  description: {
    zh: '对网站根目录下的页面打分:免费在线观看/全集/抢先版等盗版影视词汇、磁力链接、ed2k、种子和网盘提取码列表、大量剧集链接,破解版/注册机/激活码/nulled 软件下载页,以及全本 TXT、付费专辑免费下载等;有正版授权、视听节目许可证的视频站、开源软件下载页和 Linux 镜像种子页不会被当作盗版。未经许可通过信息网络向公众传播作品承担民事责任,损害公共利益的受行政处罚,以营利为目的且情节严重的可能触及刑事责任。',
    en: 'Scores pages under the web roots: pirate video wording (free full episodes online, cam copies, …), magnet, ed2k, torrent and cloud-drive link lists with extraction codes, long episode lists, cracked-software pages (crack, keygen, activation codes, nulled) and full-text novel or paid-album downloads; licensed video sites with broadcasting permits, open-source download pages and Linux ISO torrents are not taken for piracy. Making works available online without permission carries civil liability, administrative penalties where the public interest is harmed, and may carry criminal liability when done for profit in serious cases.',
  },
  messages: {
    piracy: {
      zh: '{path} 疑似提供盗版内容(得分 {score}):{reasons}',
      en: '{path} looks like it offers pirated content (score {score}): {reasons}',
    },
  },
  remediation: {
    zh: '① 保全证据:`hegui capture --output /root/evidence.tar.gz`,`mkdir -p -m 700 /root/quarantine && cp -a {path} /root/quarantine/`;② 核对是否取得权利人授权;没有授权的,下线页面 `mv {path} /root/quarantine/`,并删除 {dir} 中被它链接的视频、软件安装包和种子文件;若整个站点为盗版站,找出服务 {dir} 的站点配置(`grep -rl "{dir}" /etc/nginx /etc/apache2 /etc/httpd`)删除后 `nginx -s reload`;③ 若内容由用户上传,按通知—删除规则处理并保留处理记录;④ 若不是你们放的,按入侵处置。',
    en: '(1) Preserve evidence: `hegui capture --output /root/evidence.tar.gz`, `mkdir -p -m 700 /root/quarantine && cp -a {path} /root/quarantine/`; (2) check whether you hold the right holders\' permission; if not, take the page offline with `mv {path} /root/quarantine/` and remove the videos, installers and torrent files it links to in {dir}; if the whole site is a pirate site, find the site configuration that serves {dir} (`grep -rl "{dir}" /etc/nginx /etc/apache2 /etc/httpd`), remove it and `nginx -s reload`; (3) if users uploaded the content, follow notice-and-takedown and keep a record of what you removed; (4) if nobody on your side put it there, handle it as an intrusion.',
  },
  evaluate: ({ content }) =>
    contentHits(content, (d) => d.detector === 'pages' && d.rule === 'piracy', 'piracy'),
});
