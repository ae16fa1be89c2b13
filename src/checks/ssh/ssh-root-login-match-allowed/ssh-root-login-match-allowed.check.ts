import { defineCheck } from '../../../core/check.ts';
import { blockSetting, isYes, positionData, settingWhere, sshdJudgeable } from '../sshd-facts.ts';

export default defineCheck({
  id: 'ssh-root-login-match-allowed',
  category: 'ssh-root-login',
  severity: 'high',
  needs: ['sshd'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  title: {
    zh: 'SSH 的 Match 块允许 root 用口令登录',
    en: 'An SSH Match block lets root log in with a password',
  },
  description: {
    zh: '读取 /etc/ssh/sshd_config 及其 Include 的文件中的每个 Match 块。Match 块里的 PermitRootLogin yes 会对符合条件(用户、来源地址等)的连接覆盖全局设置,全局设置再严格也会被绕开,而且容易在审查时被忽略。',
    en: 'Reads every Match block in /etc/ssh/sshd_config and the files it Includes. PermitRootLogin yes inside a Match block overrides the global setting for the connections it matches (user, source address, …), so a strict global setting is bypassed — and the exception is easy to miss in a review.',
  },
  messages: {
    matchRootLoginYes: {
      zh: '{path} 第 {line} 行:Match {criteria} 块中设置 PermitRootLogin yes,符合条件的连接可以用口令登录 root。',
      en: '{path} line {line}: the block Match {criteria} sets PermitRootLogin yes, so matching connections can log in as root with a password.',
    },
  },
  remediation: {
    zh: '把 {path} 第 {line} 行(Match {criteria} 块内)改为 `PermitRootLogin prohibit-password`(或删除该行,沿用全局设置),然后执行 `sshd -t && systemctl reload ssh`(RHEL/CentOS 上服务名为 sshd)。',
    en: 'Change line {line} of {path} (in the block Match {criteria}) to `PermitRootLogin prohibit-password` (or delete it so the global setting applies), then run `sshd -t && systemctl reload ssh` (the service is sshd on RHEL/CentOS).',
  },
  evaluate: ({ sshd }) => {
    if (!sshdJudgeable(sshd)) return [];
    return sshd.matches.flatMap((block) => {
      const setting = blockSetting(block, 'permitrootlogin');
      if (!setting || !isYes(setting.value)) return [];
      const where = settingWhere(setting);
      return [
        {
          messageId: 'matchRootLoginYes' as const,
          data: { ...positionData(where), criteria: block.criteria },
          where: [where, { ...block.where }],
        },
      ];
    });
  },
});
