import { defineCheck, type Hit } from '../../../core/check.ts';
import type { Where } from '../../../core/evidence.ts';
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
  id: 'ssh-kbdinteractive-allowed',
  category: 'ssh-password-auth',
  severity: 'medium',
  needs: ['sshd'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  title: {
    zh: 'SSH 通过 PAM 键盘交互方式接受口令',
    en: 'SSH accepts passwords through PAM keyboard-interactive',
  },
  description: {
    zh: '读取 /etc/ssh/sshd_config 及其 Include 的文件,检查 KbdInteractiveAuthentication(旧名 ChallengeResponseAuthentication,OpenSSH 默认 yes)与 UsePAM。两者同时为 yes 时,PAM 会通过"键盘交互"方式向客户端索要口令,即使 PasswordAuthentication no,服务器仍然接受口令登录,暴力破解照样有效。',
    en: 'Reads /etc/ssh/sshd_config and the files it Includes for KbdInteractiveAuthentication (formerly ChallengeResponseAuthentication; OpenSSH default yes) and UsePAM. When both are yes, PAM asks the client for the password through keyboard-interactive, so the server still accepts passwords — and brute force still works — even with PasswordAuthentication no.',
  },
  messages: {
    explicit: {
      zh: '{path} 第 {line} 行设置 KbdInteractiveAuthentication yes,且 UsePAM 为 yes:SSH 通过 PAM 接受口令。',
      en: '{path} line {line} sets KbdInteractiveAuthentication yes and UsePAM is yes: SSH accepts passwords through PAM.',
    },
    default: {
      zh: '{path} 未设置 KbdInteractiveAuthentication(OpenSSH 默认 yes),且 UsePAM 为 yes:SSH 通过 PAM 接受口令。',
      en: '{path} does not set KbdInteractiveAuthentication (OpenSSH default yes) and UsePAM is yes: SSH accepts passwords through PAM.',
    },
    match: {
      zh: '{path} 第 {line} 行:Match {criteria} 块中设置 KbdInteractiveAuthentication yes,且 UsePAM 为 yes:符合条件的连接可以通过 PAM 用口令登录。',
      en: '{path} line {line}: the block Match {criteria} sets KbdInteractiveAuthentication yes and UsePAM is yes, so matching connections can log in with a password through PAM.',
    },
  },
  remediation: {
    zh: '让 sshd 读到的第一条 KbdInteractiveAuthentication 为 `KbdInteractiveAuthentication no`(旧版 OpenSSH 用 `ChallengeResponseAuthentication no`):修改 {where}(若未给出行号,说明当前是默认值,应在该文件开头、任何 Include 和 Match 之前新增这一行),然后执行 `sshd -t && systemctl reload ssh`(RHEL/CentOS 上服务名为 sshd)。若确需 PAM 的双因素模块,用 `AuthenticationMethods publickey,keyboard-interactive` 要求先通过密钥。',
    en: 'Make the first KbdInteractiveAuthentication line sshd reads say `KbdInteractiveAuthentication no` (older OpenSSH: `ChallengeResponseAuthentication no`): edit {where} (when no line is given the default applies, so add the line near the top of that file, before any Include or Match), then run `sshd -t && systemctl reload ssh` (the service is sshd on RHEL/CentOS). If a PAM second-factor module is needed, require a key first with `AuthenticationMethods publickey,keyboard-interactive`.',
  },
  evaluate: ({ sshd }) => {
    if (!sshdJudgeable(sshd) || !isYes(effectiveValue(sshd, 'usepam'))) return [];
    const pamWhere = effectiveWhere(sshd, 'usepam');
    const hits: Hit<Kind>[] = [];
    const key = 'kbdinteractiveauthentication';
    const globalYes = isYes(effectiveValue(sshd, key));
    if (globalYes && methodAllowed(effectiveValue(sshd, 'authenticationmethods'), 'keyboard-interactive')) {
      const where = effectiveWhere(sshd, key);
      hits.push({
        messageId: isDefault(sshd, key) ? 'default' : 'explicit',
        data: positionData(where),
        where: [where, pamWhere],
      });
    }
    if (!globalYes) {
      for (const block of sshd.matches) {
        const setting = blockSetting(block, key);
        if (
          !setting ||
          !isYes(setting.value) ||
          !methodAllowed(blockMethods(sshd, block), 'keyboard-interactive')
        )
          continue;
        const where: Where = settingWhere(setting);
        hits.push({
          messageId: 'match',
          data: { ...positionData(where), criteria: block.criteria },
          where: [where, { ...block.where }, pamWhere],
        });
      }
    }
    return hits;
  },
});
