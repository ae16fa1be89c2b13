import { defineCheck } from '../../../core/check.ts';
import { contentHits } from '../content-detections.ts';

export default defineCheck({
  id: 'content-fraud-found',
  category: 'fraud-content',
  severity: 'critical',
  needs: ['content'],
  legal: [
    { provision: 'cl-287-1', clause: '1', party: 'operator' },
    { provision: 'csl-48', party: 'operator' },
  ],
  title: { zh: '网站目录中有钓鱼或诈骗页面', en: 'A web root serves phishing or fraud pages' },
  description: {
    zh: '对网站根目录下的页面打分:冒充银行、政府或公检法(通缉令、资金清查、安全账户)、催促话术(账户冻结、24 小时内验证、积分清零)、刷单返利和虚假投资话术,以及收集银行卡号、CVV、身份证号、短信验证码、银行卡密码或钱包助记词的表单,表单提交到其他主机或把数据发往聊天机器人/Webhook 时加重。反诈宣传、银行自己的安全提示和正常登录页不会被当作诈骗页面。设立用于诈骗的网站、为实施诈骗发布信息被法律禁止,情节严重的可能触及刑事责任。',
    en: 'Scores pages under the web roots: impersonation of banks, government or police (arrest warrants, asset checks, "safe accounts"), pressure lines (account frozen, verify within 24 hours, points about to expire), fake-order rebate and fake investment pitches, and forms that collect card numbers, CVV, ID numbers, SMS codes, card PINs or wallet recovery phrases — weighted up when the form posts to another host or sends the data to a chat bot or webhook. Anti-fraud notices, a bank\'s own security tips and ordinary login pages are not taken for fraud. Setting up websites for fraud, or publishing information to commit fraud, is prohibited and may carry criminal liability in serious cases.',
  },
  messages: {
    fraud: {
      zh: '{path} 疑似钓鱼或诈骗页面(得分 {score}):{reasons}',
      en: '{path} looks like a phishing or fraud page (score {score}): {reasons}',
    },
  },
  remediation: {
    zh: '① 先保全证据,不要删除:`hegui capture --output /root/evidence.tar.gz`,`mkdir -p -m 700 /root/quarantine && cp -a {dir} /root/quarantine/`(钓鱼工具包常把收集到的数据写在同目录的文本或日志中,这些是受害人信息,也是证据);② 立即下线:`mv {path} /root/quarantine/`,并找出服务 {dir} 的站点配置(`grep -rl "{dir}" /etc/nginx /etc/apache2 /etc/httpd`)停用后 `nginx -s reload`;③ 通知被冒充的机构,并向公安机关(96110/110)和网信部门报告,保存访问日志;④ 若不是你们放的,按入侵处置,查上传和登录日志。',
    en: '(1) Preserve evidence, do not delete: `hegui capture --output /root/evidence.tar.gz`, `mkdir -p -m 700 /root/quarantine && cp -a {dir} /root/quarantine/` (phishing kits often write the data they collect to text or log files in the same folder: that is victims\' data and evidence); (2) take it offline at once: `mv {path} /root/quarantine/`, and disable the site configuration that serves {dir} (`grep -rl "{dir}" /etc/nginx /etc/apache2 /etc/httpd`), then `nginx -s reload`; (3) notify the impersonated organisation and report to the police (96110/110) and the cyberspace authorities, keeping the access logs; (4) if nobody on your side put it there, handle it as an intrusion and check the upload and login logs.',
  },
  evaluate: ({ content }) =>
    contentHits(content, (d) => d.detector === 'pages' && d.rule === 'fraud', 'fraud'),
});
