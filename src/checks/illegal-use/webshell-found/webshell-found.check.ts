import { defineCheck } from '../../../core/check.ts';
import { contentHits } from '../content-detections.ts';

export default defineCheck({
  id: 'webshell-found',
  category: 'webshell',
  severity: 'critical',
  needs: ['content'],
  legal: [
    { provision: 'csl-27' },
    { provision: 'csl-23', clause: '2' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '网站目录中有 Webshell 后门', en: 'A webshell backdoor sits in a web root' },
  description: {
    zh: '扫描网站根目录及常见目录下的 PHP、JSP、ASP/ASPX 脚本、上传目录中的图片和 .htaccess/.user.ini,按多项特征打分:对请求参数执行代码或命令(eval/assert/变量函数/Runtime.exec/Execute)、多层编码混淆(base64→gzinflate→rot13、chr 拼接、十六进制转义、长编码串)、已知家族的结构特征(中国菜刀、冰蝎、哥斯拉、蚁剑)以及伪装成图片的脚本。Webshell 让他人可以远程控制服务器,说明服务器已被入侵;网络运营者应采取防范入侵的技术措施,并按预案处置安全事件。',
    en: 'Scans PHP, JSP and ASP/ASPX scripts under the web roots and common directories, images in upload folders and .htaccess/.user.ini files, and scores several signals: code or command execution on request input (eval/assert/variable functions/Runtime.exec/Execute), layered obfuscation (base64→gzinflate→rot13, chr() concatenation, hex escapes, long encoded blobs), the structure of known families (China Chopper, Behinder, Godzilla, AntSword) and scripts disguised as images. A webshell lets others control the server remotely and means it has been broken into; operators must have anti-intrusion measures and handle incidents under their response plan.',
  },
  messages: {
    found: {
      zh: '{path} 疑似 Webshell 后门(家族:{rule},得分 {score}):{reasons}',
      en: '{path} looks like a webshell backdoor (family: {rule}, score {score}): {reasons}',
    },
  },
  remediation: {
    zh: '按入侵处置,不要执行或在浏览器中打开该文件:① 保全证据:`hegui capture --output /root/evidence.tar.gz`,再 `mkdir -p -m 700 /root/quarantine && sha256sum {path} > /root/quarantine/{file}.sha256`;② 下线后门:`mv {path} /root/quarantine/ && chmod 000 /root/quarantine/{file}`;③ 从访问日志找出使用者和上传途径:`grep -F "{file}" /var/log/nginx/access.log* /var/log/apache2/access.log* /var/log/httpd/access_log*`,检查同目录 {dir} 中同期新增的文件;④ 修补上传或代码漏洞,禁止上传目录执行脚本(nginx:`location ~* /uploads/.*\\.(php|jsp|aspx?)$ { deny all; }`),更换网站后台、数据库和服务器口令;⑤ 按网络安全事件应急预案处置,达到报告标准的向主管部门报告。',
    en: 'Treat it as an intrusion, and never run the file or open it in a browser: (1) preserve evidence: `hegui capture --output /root/evidence.tar.gz`, then `mkdir -p -m 700 /root/quarantine && sha256sum {path} > /root/quarantine/{file}.sha256`; (2) take the backdoor offline: `mv {path} /root/quarantine/ && chmod 000 /root/quarantine/{file}`; (3) find who used it and how it was uploaded: `grep -F "{file}" /var/log/nginx/access.log* /var/log/apache2/access.log* /var/log/httpd/access_log*`, and check files added to {dir} around the same time; (4) fix the upload or code flaw, forbid script execution in upload folders (nginx: `location ~* /uploads/.*\\.(php|jsp|aspx?)$ { deny all; }`), and change the site admin, database and server passwords; (5) handle it under your incident response plan and report it where the reporting thresholds are met.',
  },
  evaluate: ({ content }) => contentHits(content, (d) => d.detector === 'webshell', 'found'),
});
