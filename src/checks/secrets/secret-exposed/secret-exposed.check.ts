import { defineCheck } from '../../../core/check.ts';
import { EXPOSED_SCORE, SECRETS_DETECTOR_ID } from '../../../detectors/secrets/secrets.detector.ts';
import { contentHits } from '../../illegal-use/content-detections.ts';

/**
 * A credential in plaintext that more than its owner can read: under a web root, world-readable or
 * group-readable (the secrets detector scores that). The catalogue maps no provision to credentials
 * as such; the duties it does list for protective technical measures are cited: CSL Art. 21 item 2
 * (new 23) and the 网数条例 Art. 9 measures (encryption, access control, authentication).
 */
export default defineCheck({
  id: 'secret-exposed',
  category: 'secret-exposed',
  severity: 'high',
  needs: ['content'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  title: {
    zh: '访问密钥、私钥或密码以明文存放且他人可读',
    en: 'A key, token or password is stored in plaintext where others can read it',
  },
  description: {
    zh: '在网站目录、/opt、/home、/root、/srv 和临时目录的文本文件中查找云访问密钥(阿里云 LTAI、腾讯云 AKID、华为云、百度智能云、AWS、Azure、GCP)、代码托管和支付平台令牌、私钥(PEM/OpenSSH/PuTTY/PGP)、连接字符串和配置文件中的密码,排除占位符、变量引用、示例和文档,以及已加密或已哈希的值。文件位于网站目录、所有用户可读或组可读时报告。hegui 从不向签发方验证密钥,以免把数据发送出去。明文凭据被他人读取后可用于入侵服务器和云资源;网络运营者应采取防范入侵的技术措施,数据处理者应采取加密、访问控制和身份认证等措施。',
    en: 'Looks in text files under the web roots, /opt, /home, /root, /srv and the temporary directories for cloud access keys (Alibaba LTAI, Tencent AKID, Huawei Cloud, Baidu AI Cloud, AWS, Azure, GCP), code-hosting and payment tokens, private keys (PEM, OpenSSH, PuTTY, PGP) and passwords in connection strings and configuration files, leaving out placeholders, variable references, examples, documentation and values that are encrypted or hashed. It reports a file under a web root, readable by every user or by its group. hegui never checks a key with its issuer, so nothing is sent off the host. A plaintext credential others can read opens the server and the cloud account to intrusion; network operators must have anti-intrusion measures, and data handlers must use encryption, access control and authentication.',
  },
  messages: {
    found: {
      zh: '{path} 中有明文凭据 {excerpt}({rule}):{reasons}',
      en: '{path} holds a plaintext credential {excerpt} ({rule}): {reasons}',
    },
  },
  remediation: {
    zh: '① 到签发方(云控制台、代码托管平台、数据库)吊销或轮换该密钥或密码,并查看其近期的使用记录;② 从文件中删除明文,改用密钥管理服务或只有服务账号可读的环境文件(例如 systemd 的 `LoadCredential=` 或 `EnvironmentFile=`);③ 收紧权限:`chmod 600 {path}`,需要时 `chown` 给运行服务的账号;④ 网站目录中的 .env、备份和私钥移出网站根目录 {dir},或在 Web 服务器中禁止访问(nginx:`location ~ /\\.(?!well-known) { deny all; }`)。',
    en: '(1) Revoke or rotate the key or password at its issuer (cloud console, code host, database) and review its recent use; (2) remove the plaintext from the file and use a secret store or an environment file only the service account can read (e.g. systemd `LoadCredential=` or `EnvironmentFile=`); (3) tighten the permissions: `chmod 600 {path}`, and `chown` it to the service account where needed; (4) move .env files, backups and private keys out of the web root {dir}, or deny access to them in the web server (nginx: `location ~ /\\.(?!well-known) { deny all; }`).',
  },
  evaluate: ({ content }) =>
    contentHits(
      content,
      (d) => d.detector === SECRETS_DETECTOR_ID && (d.score ?? 0) >= EXPOSED_SCORE,
      'found',
    ),
});
