import { defineCheck } from '../../../core/check.ts';

export default defineCheck({
  id: 'audit-auditd-missing',
  category: 'audit-logging-missing',
  severity: 'low',
  needs: ['logging'],
  legal: [{ provision: 'csl-23', clause: '3' }],
  title: { zh: '未启用 auditd 安全审计或没有审计规则', en: 'No auditd security auditing, or no audit rules' },
  description: {
    zh: '检查 auditd 是否安装(/sbin/auditd 或 /usr/sbin/auditd)、是否开机启用(/etc/systemd/system/multi-user.target.wants/auditd.service 或 SysV 启动链接,不调用 systemctl),以及 /etc/audit/rules.d/*.rules(没有时为 /etc/audit/audit.rules)中有多少条 -a/-w 规则。系统日志只记录程序自己愿意写的内容,auditd 能记录对账户文件的修改和以 root 身份执行的命令。法律要求记录安全事件并留存网络日志不少于六个月;据公开解读,等级保护第三级的"安全审计"要求审计覆盖每个用户并保护审计记录,因此本项为较低级别的提示。',
    en: 'Checks whether auditd is installed (/sbin/auditd or /usr/sbin/auditd), enabled at boot (/etc/systemd/system/multi-user.target.wants/auditd.service or a SysV start link; systemctl is never called), and how many -a/-w rules /etc/audit/rules.d/*.rules (or /etc/audit/audit.rules when there are none) holds. System logs hold only what programs choose to write; auditd records changes to account files and commands run as root. The law requires security events to be recorded and network logs kept for at least six months; reportedly, the MLPS level 3 "security audit" items require auditing that covers every user and protection of the audit records, so this is reported at a lower severity.',
  },
  messages: {
    notInstalled: {
      zh: '未安装 auditd:没有内核级安全审计记录。据公开解读,等级保护第三级要求启用覆盖每个用户的安全审计。',
      en: 'auditd is not installed: there is no kernel-level security audit trail. Reportedly, MLPS level 3 requires security auditing that covers every user.',
    },
    notEnabled: {
      zh: 'auditd 已安装但未设置开机启用:重启后不再记录审计事件。据公开解读,等级保护第三级要求审计过程不被中断。',
      en: 'auditd is installed but not enabled at boot: audit events stop being recorded after a reboot. Reportedly, MLPS level 3 requires that auditing is not interrupted.',
    },
    noRules: {
      zh: 'auditd 已启用但 {rules} 中没有任何审计规则(-a/-w):它不记录账户文件修改或特权命令。据公开解读,等级保护第三级要求审计覆盖重要的用户行为和安全事件。',
      en: 'auditd is enabled but {rules} holds no audit rules (-a/-w): it records no changes to account files and no privileged commands. Reportedly, MLPS level 3 requires auditing of important user actions and security events.',
    },
  },
  remediation: {
    zh: '安装并启用 auditd:`apt-get install auditd`(Debian/Ubuntu)或 `dnf install audit`(RHEL 系),然后 `systemctl enable --now auditd`。在 /etc/audit/rules.d/hegui.rules 中加入规则,例如 `-w /etc/passwd -p wa -k identity`、`-w /etc/shadow -p wa -k identity`、`-w /etc/sudoers -p wa -k privilege`、`-a always,exit -F arch=b64 -S execve -F euid=0 -k root-exec`,再执行 `augenrules --load`。在 /etc/audit/auditd.conf 中按磁盘容量调大 `num_logs` 与 `max_log_file`,或把审计日志转发到集中日志服务器,以便保留不少于六个月。',
    en: 'Install and enable auditd: `apt-get install auditd` (Debian/Ubuntu) or `dnf install audit` (RHEL family), then `systemctl enable --now auditd`. Add rules in /etc/audit/rules.d/hegui.rules, for example `-w /etc/passwd -p wa -k identity`, `-w /etc/shadow -p wa -k identity`, `-w /etc/sudoers -p wa -k privilege`, `-a always,exit -F arch=b64 -S execve -F euid=0 -k root-exec`, then run `augenrules --load`. Raise `num_logs` and `max_log_file` in /etc/audit/auditd.conf for the disk available, or forward audit logs to a central log server, so that they are kept for at least six months.',
  },
  evaluate: ({ logging }) => {
    const { auditd } = logging;
    if (!auditd.installed) return [{ messageId: 'notInstalled', where: [{ path: '/usr/sbin/auditd' }] }];
    if (!auditd.enabled)
      return [
        {
          messageId: 'notEnabled',
          where: [{ path: '/etc/systemd/system/multi-user.target.wants/auditd.service' }],
        },
      ];
    if (auditd.ruleCount === 0) {
      const rules = auditd.rulesFiles.length > 0 ? auditd.rulesFiles.join(', ') : '/etc/audit/rules.d';
      return [
        {
          messageId: 'noRules',
          data: { rules },
          where: [{ path: auditd.rulesFiles[0] ?? '/etc/audit/rules.d' }],
        },
      ];
    }
    return [];
  },
});
