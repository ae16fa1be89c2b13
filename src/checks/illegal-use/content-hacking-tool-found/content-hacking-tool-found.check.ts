import { defineCheck } from '../../../core/check.ts';
import { contentHits } from '../content-detections.ts';

export default defineCheck({
  id: 'content-hacking-tool-found',
  category: 'hacking-tool-hosted',
  severity: 'high',
  needs: ['content'],
  legal: [
    { provision: 'csl-29', party: 'operator' },
    { provision: 'cl-285', clause: '3', party: 'operator' },
  ],
  title: { zh: '网站目录中提供黑客工具下载', en: 'A web root offers hacking tools for download' },
  description: {
    zh: '在网站根目录下查找:名称或内含文件为已知入侵、远控、窃密、提权、隧道或 DDoS 工具的压缩包、可执行文件和脚本(mimikatz、Cobalt Strike、冰蝎/哥斯拉/蚁剑客户端、njRAT、LOIC 等),以及出售或提供远控免杀、抓鸡、压力测试(DDoS)、漏洞利用、钓鱼工具包的页面;安全研究文章、安全厂商产品页和培训课程不会被当作黑客工具页面。任何人不得提供专门用于侵入、非法控制计算机信息系统的程序和工具;据司法解释,提供此类工具达到一定次数即可能触及刑事责任。nmap、masscan 等两用扫描器不在此列,需人工判断。',
    en: 'Looks under the web roots for archives, executables and scripts whose names, or the names of the files packed in them, are those of known intrusion, remote-control, credential-theft, privilege-escalation, tunnelling or DDoS tools (mimikatz, Cobalt Strike, Behinder/Godzilla/AntSword clients, njRAT, LOIC, …), and for pages that sell or offer RATs, antivirus evasion, botnets, DDoS "stress testing", exploits or phishing kits; security research articles, security vendor pages and training courses are not taken for tool pages. No one may provide programs or tools made for intruding into or controlling computer systems; under the judicial interpretation, providing them a number of times may carry criminal liability. Dual-use scanners such as nmap and masscan are left out: they need a person\'s judgement.',
  },
  messages: {
    tool: {
      zh: '{path} 在网站目录中提供黑客工具(得分 {score}):{reasons}',
      en: '{path} offers hacking tools from a web root (score {score}): {reasons}',
    },
  },
  remediation: {
    zh: '① 保全证据:`hegui capture --output /root/evidence.tar.gz`,`mkdir -p -m 700 /root/quarantine && sha256sum {path} > /root/quarantine/{file}.sha256`;② 移出网站目录,停止对外提供:`mv {path} /root/quarantine/ && chmod 000 /root/quarantine/{file}`,并删除 {dir} 中指向它的下载页或链接;③ 从访问日志统计被下载的次数和来源:`grep -F "{file}" /var/log/nginx/access.log* /var/log/apache2/access.log*`,保存这些记录;④ 即使是授权的安全测试用途,也不应放在公开可下载的位置;若不是你们放的,按入侵处置。',
    en: '(1) Preserve evidence: `hegui capture --output /root/evidence.tar.gz`, `mkdir -p -m 700 /root/quarantine && sha256sum {path} > /root/quarantine/{file}.sha256`; (2) move it out of the web root so it is no longer offered: `mv {path} /root/quarantine/ && chmod 000 /root/quarantine/{file}`, and remove the download pages or links to it in {dir}; (3) count the downloads and who made them from the access logs: `grep -F "{file}" /var/log/nginx/access.log* /var/log/apache2/access.log*`, and keep those records; (4) even for authorised security testing, such tools do not belong where anyone can download them; if nobody on your side put it there, handle it as an intrusion.',
  },
  evaluate: ({ content }) =>
    contentHits(
      content,
      (d) => (d.detector === 'pages' && d.rule === 'hacking-tool') || d.detector === 'hosted-tools',
      'tool',
    ),
});
