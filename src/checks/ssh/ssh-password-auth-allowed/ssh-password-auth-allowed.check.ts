import { defineCheck, type Hit } from '../../../core/check.ts';
import {
  blockMethods,
  blockSetting,
  effectiveValue,
  effectiveWhere,
  isDefault,
  isYes,
  methodAllowed,
  positionData,
  settingWhere,
  sshdJudgeable,
} from '../sshd-facts.ts';

type Kind = 'explicit' | 'default' | 'match';

export default defineCheck({
  id: 'ssh-password-auth-allowed',
  category: 'ssh-password-auth',
  severity: 'medium',
  needs: ['sshd'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  title: { zh: 'SSH 接受口令登录', en: 'SSH accepts password logins' },
  description: {
    zh: '读取 /etc/ssh/sshd_config 及其 Include 的文件,求出 PasswordAuthentication 的全局生效值(未设置时 OpenSSH 默认为 yes),并检查 Match 块中的设置和 AuthenticationMethods。接受口令的 SSH 服务会不断遭到暴力破解,弱口令一旦被猜中即失陷;据公开解读,等级保护第三级要求远程管理采用更强的身份鉴别(如密钥、双因素)。',
    en: 'Reads /etc/ssh/sshd_config and the files it Includes for the effective global PasswordAuthentication (OpenSSH defaults to yes when it is not set), Match-block overrides and AuthenticationMethods. An SSH server that accepts passwords is brute-forced constantly and falls to the first weak password; reportedly, MLPS level 3 asks for stronger authentication (keys, two factors) for remote administration.',
  },
  messages: {
    explicit: {
      zh: '{path} 第 {line} 行设置 PasswordAuthentication yes,SSH 接受口令登录。',
      en: '{path} line {line} sets PasswordAuthentication yes: SSH accepts passwords.',
    },
    default: {
      zh: '{path} 未设置 PasswordAuthentication,OpenSSH 默认值为 yes,SSH 接受口令登录。',
      en: '{path} does not set PasswordAuthentication, and the OpenSSH default is yes: SSH accepts passwords.',
    },
    match: {
      zh: '{path} 第 {line} 行:Match {criteria} 块中设置 PasswordAuthentication yes,符合条件的连接可以用口令登录。',
      en: '{path} line {line}: the block Match {criteria} sets PasswordAuthentication yes, so matching connections can log in with a password.',
    },
  },
  remediation: {
    zh: '先确认所有管理员都能用密钥登录(`ssh -o PasswordAuthentication=no 用户@主机`),再让 sshd 读到的第一条 PasswordAuthentication 为 `PasswordAuthentication no`:修改 {where}(若未给出行号,说明当前是默认值,应在该文件开头、任何 Include 和 Match 之前新增这一行),然后执行 `sshd -t && systemctl reload ssh`(RHEL/CentOS 上服务名为 sshd)。',
    en: 'First make sure every administrator can log in with a key (`ssh -o PasswordAuthentication=no user@host`), then make the first PasswordAuthentication line sshd reads say `PasswordAuthentication no`: edit {where} (when no line is given the default applies, so add the line near the top of that file, before any Include or Match), and run `sshd -t && systemctl reload ssh` (the service is sshd on RHEL/CentOS).',
  },
  evaluate: ({ sshd }) => {
    if (!sshdJudgeable(sshd)) return [];
    const hits: Hit<Kind>[] = [];
    const globalYes = isYes(effectiveValue(sshd, 'passwordauthentication'));
    if (globalYes && methodAllowed(effectiveValue(sshd, 'authenticationmethods'), 'password')) {
      const where = effectiveWhere(sshd, 'passwordauthentication');
      hits.push({
        messageId: isDefault(sshd, 'passwordauthentication') ? 'default' : 'explicit',
        data: positionData(where),
        where: [where],
      });
    }
    // A Match block that re-enables passwords matters when the global setting is off.
    if (!globalYes) {
      for (const block of sshd.matches) {
        const setting = blockSetting(block, 'passwordauthentication');
        if (!setting || !isYes(setting.value) || !methodAllowed(blockMethods(sshd, block), 'password'))
          continue;
        const where = settingWhere(setting);
        hits.push({
          messageId: 'match',
          data: { ...positionData(where), criteria: block.criteria },
          where: [where, { ...block.where }],
        });
      }
    }
    return hits;
  },
});
