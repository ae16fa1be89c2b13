import { defineCheck } from '../../../core/check.ts';
import { contentHits } from '../content-detections.ts';

export default defineCheck({
  id: 'content-gambling-found',
  category: 'gambling-content',
  severity: 'critical',
  needs: ['content'],
  legal: [
    { provision: 'cl-303', clause: '2', party: 'operator' },
    { provision: 'iism-15', clause: '7', party: 'operator' },
    { provision: 'iism-16' },
    { provision: 'csl-49' },
  ],
  title: { zh: '网站目录中有赌博网站页面', en: 'A web root serves gambling pages' },
  description: {
    zh: '对网站根目录下的 HTML、PHP/JSP/ASP 模板和前端脚本逐页打分:中英文赌博词汇(百家乐、真人视讯、投注、赔率、首存、返水、casino、odds 等)须来自多个方面(游戏、下注、资金)同时出现,再加上行动号召(立即投注、免费开户)和结构特征(赔率表、下注表单、开奖期号列表);新闻报道、警方通报、反赌宣传和用户协议中出现同样的词不会被当作赌博页面。接受投注的赌博网站可能构成开设赌场;互联网信息服务不得传播赌博信息,发现后应立即停止传输、保存记录并报告。',
    en: 'Scores each HTML page, PHP/JSP/ASP template and front-end script under the web roots: zh and en gambling terms (baccarat, live dealer, betting, odds, first-deposit bonus, rebates, casino, …) must come from several facets at once (games, bets, money), together with calls to action (bet now, open an account) and structure (odds tables, bet forms, draw lists); news reports, police notices, anti-gambling campaigns and user agreements that use the same words are not taken for gambling pages. A gambling site that takes bets may amount to running a casino; internet information services may not carry gambling content, and a provider that finds it must stop it, keep records and report.',
  },
  messages: {
    gambling: {
      zh: '{path} 疑似赌博网站页面(得分 {score}):{reasons}',
      en: '{path} looks like a gambling site page (score {score}): {reasons}',
    },
  },
  remediation: {
    zh: '① 先保全证据:`hegui capture --output /root/evidence.tar.gz`,`mkdir -p -m 700 /root/quarantine && cp -a {path} /root/quarantine/`,并保存该站点的访问日志;② 立即停止传输:`mv {path} /root/quarantine/`;若整个站点用于赌博,找出服务 {dir} 的站点配置(`grep -rl "{dir}" /etc/nginx /etc/apache2 /etc/httpd`),删除该配置后 `nginx -s reload`(或 `systemctl reload apache2`);③ 依《互联网信息服务管理办法》第十六条保存有关记录,并向公安机关和网信部门报告;④ 若页面不是你们放的,按入侵处置,检查上传、FTP 和后台登录日志。',
    en: '(1) Preserve evidence first: `hegui capture --output /root/evidence.tar.gz`, `mkdir -p -m 700 /root/quarantine && cp -a {path} /root/quarantine/`, and keep the site access logs; (2) stop serving it at once: `mv {path} /root/quarantine/`; if the whole site is for gambling, find the site configuration that serves {dir} (`grep -rl "{dir}" /etc/nginx /etc/apache2 /etc/httpd`), remove it and `nginx -s reload` (or `systemctl reload apache2`); (3) keep the relevant records and report to the police and the cyberspace authorities (Internet Information Services Measures Art. 16); (4) if nobody on your side put it there, handle it as an intrusion and check the upload, FTP and admin login logs.',
  },
  evaluate: ({ content }) =>
    contentHits(content, (d) => d.detector === 'pages' && d.rule === 'gambling', 'gambling'),
});
