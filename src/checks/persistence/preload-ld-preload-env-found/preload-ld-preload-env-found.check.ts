import { defineCheck } from '../../../core/check.ts';

export default defineCheck({
  id: 'preload-ld-preload-env-found',
  category: 'preload-hijack',
  severity: 'high',
  needs: ['preload'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
    { provision: 'cl-286', clause: '2', party: 'intruder' },
  ],
  title: { zh: '全局设置了 LD_PRELOAD 环境变量', en: 'LD_PRELOAD is set globally' },
  description: {
    zh: '读取 /etc/environment、/etc/security/pam_env.conf、/etc/profile、/etc/profile.d/*.sh、/etc/bash.bashrc、/etc/bashrc、/etc/zsh/zshenv、/etc/zshenv,以及 systemd 的 DefaultEnvironment=(/etc/systemd/system.conf 和 system.conf.d),找出非空的 LD_PRELOAD 赋值(含 export、引号写法)。全局 LD_PRELOAD 会把指定的库注入每个登录会话或每个服务进程,与 /etc/ld.so.preload 一样可被用来劫持程序、隐藏木马。',
    en: "Reads /etc/environment, /etc/security/pam_env.conf, /etc/profile, /etc/profile.d/*.sh, /etc/bash.bashrc, /etc/bashrc, /etc/zsh/zshenv, /etc/zshenv and systemd's DefaultEnvironment= (/etc/systemd/system.conf and system.conf.d) for non-empty LD_PRELOAD assignments (export and quoted forms included). A global LD_PRELOAD injects its libraries into every login session or every service, which, like /etc/ld.so.preload, can hijack programs and hide malware.",
  },
  messages: {
    envPreload: {
      zh: '{location} 全局设置 LD_PRELOAD={value},每个会话或服务都会被注入该库。',
      en: '{location} sets LD_PRELOAD={value} globally, injecting it into every session or service.',
    },
  },
  remediation: {
    zh: '先保全证据:运行 hegui capture,保留 {path} 和所列库文件的副本与哈希。用 `dpkg -S <库路径>`(RPM 系统用 `rpm -qf`)确认库是否属于正规软件包;若不是,删除 {location} 处的 LD_PRELOAD 设置(systemd 的设置改完后执行 `systemctl daemon-reexec`),删除该库文件,重新登录或重启受影响的服务,并按入侵处置查明来源。',
    en: "Preserve evidence first: run hegui capture and keep copies of {path} and of the listed libraries with their hashes. Check with `dpkg -S <library>` (`rpm -qf` on RPM systems) whether a legitimate package owns each library; if not, delete the LD_PRELOAD setting at {location} (run `systemctl daemon-reexec` after changing systemd's), delete the library, log in again or restart the affected services, and handle it as an intrusion.",
  },
  evaluate: ({ preload }) =>
    preload.ldPreloadEnv.map((p) => ({
      messageId: 'envPreload',
      data: {
        value: p.value,
        path: p.where.path,
        location: p.where.line === undefined ? p.where.path : `${p.where.path}:${p.where.line}`,
      },
      where: [p.where],
    })),
});
