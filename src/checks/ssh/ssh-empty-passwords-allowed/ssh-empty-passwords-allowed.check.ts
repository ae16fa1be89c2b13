import { defineCheck, type Hit } from '../../../core/check.ts';
import {
  blockSetting,
  effectiveValue,
  effectiveWhere,
  isYes,
  positionData,
  settingWhere,
  sshdJudgeable,
} from '../sshd-facts.ts';

export default defineCheck({
  id: 'ssh-empty-passwords-allowed',
  category: 'empty-password',
  severity: 'high',
  needs: ['sshd'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  title: { zh: 'SSH 允许空口令账户登录', en: 'SSH lets accounts with an empty password log in' },
  description: {
    zh: '读取 /etc/ssh/sshd_config 及其 Include 的文件,检查全局生效的以及各 Match 块中的 PermitEmptyPasswords。取值为 yes 时,任何口令为空的账户都能不经任何鉴别通过网络登录;OpenSSH 默认值为 no。',
    en: 'Reads /etc/ssh/sshd_config and the files it Includes for PermitEmptyPasswords, globally and in every Match block. With yes, any account whose password is empty can log in over the network with no authentication at all; the OpenSSH default is no.',
  },
  messages: {
    global: {
      zh: '{path} 第 {line} 行设置 PermitEmptyPasswords yes,空口令账户可以通过 SSH 直接登录。',
      en: '{path} line {line} sets PermitEmptyPasswords yes: accounts with an empty password can log in over SSH.',
    },
    match: {
      zh: '{path} 第 {line} 行:Match {criteria} 块中设置 PermitEmptyPasswords yes,符合条件的连接可以用空口令登录。',
      en: '{path} line {line}: the block Match {criteria} sets PermitEmptyPasswords yes, so matching connections can log in with an empty password.',
    },
  },
  remediation: {
    zh: '把 {path} 第 {line} 行改为 `PermitEmptyPasswords no`,然后执行 `sshd -t && systemctl reload ssh`(RHEL/CentOS 上服务名为 sshd);并用 `awk -F: \'$2==""\' /etc/shadow` 找出空口令账户,逐个 `passwd -l 账户名` 锁定。',
    en: 'Change line {line} of {path} to `PermitEmptyPasswords no` and run `sshd -t && systemctl reload ssh` (the service is sshd on RHEL/CentOS); then list accounts with an empty password with `awk -F: \'$2==""\' /etc/shadow` and lock each with `passwd -l NAME`.',
  },
  evaluate: ({ sshd }) => {
    if (!sshdJudgeable(sshd)) return [];
    const hits: Hit<'global' | 'match'>[] = [];
    if (isYes(effectiveValue(sshd, 'permitemptypasswords'))) {
      const where = effectiveWhere(sshd, 'permitemptypasswords');
      hits.push({ messageId: 'global', data: positionData(where), where: [where] });
    }
    for (const block of sshd.matches) {
      const setting = blockSetting(block, 'permitemptypasswords');
      if (!setting || !isYes(setting.value)) continue;
      const where = settingWhere(setting);
      hits.push({
        messageId: 'match',
        data: { ...positionData(where), criteria: block.criteria },
        where: [where, { ...block.where }],
      });
    }
    return hits;
  },
});
