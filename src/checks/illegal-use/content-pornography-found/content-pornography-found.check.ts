import { defineCheck } from '../../../core/check.ts';
import { contentHits } from '../content-detections.ts';

export default defineCheck({
  id: 'content-pornography-found',
  category: 'pornography-content',
  severity: 'high',
  needs: ['content'],
  legal: [
    { provision: 'cl-363', party: 'operator' },
    { provision: 'iism-15', clause: '7', party: 'operator' },
    { provision: 'iism-16' },
    { provision: 'csl-49' },
  ],
  title: { zh: '网站目录中有色情网站页面', en: 'A web root serves pornographic pages' },
  description: {
    zh: '对网站根目录下的页面、模板和前端脚本打分:中英文色情站点词汇(成人视频、无码、AV、18禁、porn、xxx 等)、年龄确认门、会员付费入口和大量视频缩略图/时长标签等结构特征;扫黄打非新闻、性教育和成人教育(成人高考)页面中的同类词语不会被当作色情页面。互联网信息服务不得传播淫秽色情信息,发现后应立即停止传输、保存记录并报告;以牟利为目的传播淫秽物品可能触及刑事责任。',
    en: 'Scores pages, templates and front-end scripts under the web roots: zh and en adult-site terms (adult videos, uncensored, AV, 18+, porn, xxx, …), age gates, paid membership entries and structure such as many video thumbnails with duration labels; news about crackdowns, sex-education and adult-education pages that use similar words are not taken for pornography. Internet information services may not carry obscene or pornographic content; a provider that finds it must stop it, keep records and report, and spreading obscene material for profit may carry criminal liability.',
  },
  messages: {
    pornography: {
      zh: '{path} 疑似色情网站页面(得分 {score}):{reasons}',
      en: '{path} looks like a pornographic site page (score {score}): {reasons}',
    },
  },
  remediation: {
    zh: '① 先保全证据:`hegui capture --output /root/evidence.tar.gz`,`mkdir -p -m 700 /root/quarantine && cp -a {path} /root/quarantine/`,并保存访问日志;② 立即停止传输:`mv {path} /root/quarantine/`,同时下线 {dir} 中被它引用的视频和图片;若整个站点为色情站点,找出服务 {dir} 的站点配置(`grep -rl "{dir}" /etc/nginx /etc/apache2 /etc/httpd`),删除后 `nginx -s reload`;③ 依《互联网信息服务管理办法》第十六条保存记录并向有关主管部门报告;④ 若不是你们放的,按入侵处置。',
    en: '(1) Preserve evidence first: `hegui capture --output /root/evidence.tar.gz`, `mkdir -p -m 700 /root/quarantine && cp -a {path} /root/quarantine/`, and keep the access logs; (2) stop serving it at once: `mv {path} /root/quarantine/`, and take the videos and images it links to in {dir} offline as well; if the whole site is pornographic, find the site configuration that serves {dir} (`grep -rl "{dir}" /etc/nginx /etc/apache2 /etc/httpd`), remove it and `nginx -s reload`; (3) keep the records and report to the authorities (Internet Information Services Measures Art. 16); (4) if nobody on your side put it there, handle it as an intrusion.',
  },
  evaluate: ({ content }) =>
    contentHits(content, (d) => d.detector === 'pages' && d.rule === 'pornography', 'pornography'),
});
