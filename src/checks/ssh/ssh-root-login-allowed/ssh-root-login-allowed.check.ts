import { defineCheck } from '../../../core/check.ts';
import { effectiveValue, effectiveWhere, isYes, positionData, sshdJudgeable } from '../sshd-facts.ts';

export default defineCheck({
  id: 'ssh-root-login-allowed',
  category: 'ssh-root-login',
  severity: 'high',
  needs: ['sshd'],
  legal: [{ provision: 'csl-23', clause: '2' }, { provision: 'ndsr-9' }],
  title: { zh: 'SSH 允许 root 用口令直接登录', en: 'SSH lets root log in directly with a password' },
  description: {
    zh: '读取 /etc/ssh/sshd_config 及其 Include 的文件,按 sshd 的规则(首个取值生效)求出 PermitRootLogin 的全局生效值。取值为 yes 时,任何人都可以对 root 账户直接猜口令,一旦猜中即获得整台服务器;且多人共用 root 无法追溯到具体的人。据公开解读,等级保护第三级要求对远程管理进行身份鉴别和访问控制。',
    en: 'Reads /etc/ssh/sshd_config and the files it Includes and works out the effective global PermitRootLogin the way sshd does (first value wins). With yes, anyone can guess passwords for root directly and one good guess gives them the whole server; a shared root login also cannot be traced to a person. Reportedly, MLPS level 3 requires authentication and access control for remote administration.',
  },
  messages: {
    rootLoginYes: {
      zh: '{path} 第 {line} 行设置 PermitRootLogin yes,root 可以用口令通过 SSH 登录。',
      en: '{path} line {line} sets PermitRootLogin yes: root can log in over SSH with a password.',
    },
  },
  remediation: {
    zh: '先确认有一个可用 sudo 的普通账户能用密钥登录,再把 {path} 第 {line} 行改为 `PermitRootLogin prohibit-password`(或 `PermitRootLogin no`),然后执行 `sshd -t && systemctl reload ssh`(RHEL/CentOS 上服务名为 sshd)。',
    en: 'First make sure an ordinary sudo-capable account can log in with a key, then change line {line} of {path} to `PermitRootLogin prohibit-password` (or `PermitRootLogin no`) and run `sshd -t && systemctl reload ssh` (the service is sshd on RHEL/CentOS).',
  },
  evaluate: ({ sshd }) => {
    if (!sshdJudgeable(sshd) || !isYes(effectiveValue(sshd, 'permitrootlogin'))) return [];
    const where = effectiveWhere(sshd, 'permitrootlogin');
    return [{ messageId: 'rootLoginYes', data: positionData(where), where: [where] }];
  },
});
