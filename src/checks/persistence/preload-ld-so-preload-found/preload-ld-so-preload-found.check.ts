import { defineCheck } from '../../../core/check.ts';

export default defineCheck({
  id: 'preload-ld-so-preload-found',
  category: 'preload-hijack',
  severity: 'critical',
  needs: ['preload'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
    { provision: 'cl-286', clause: '2', party: 'intruder' },
  ],
  title: {
    zh: '/etc/ld.so.preload 向所有进程注入动态库',
    en: '/etc/ld.so.preload injects a library into every process',
  },
  description: {
    zh: '读取 /etc/ld.so.preload。其中列出的每个库都会被动态链接器装入本机每一个动态链接的程序(包括 sshd、ps、ls),这是用户态 rootkit 隐藏进程与文件、窃取口令的典型手法;正常系统中该文件不存在或为空。注意:若注入库已在运行,它可能对本机上的读取隐藏自身,对可疑主机应从救援系统挂载磁盘后用 hegui scan --root 再查。',
    en: 'Reads /etc/ld.so.preload. Every library listed there is loaded by the dynamic linker into every dynamically linked program on the host (sshd, ps and ls included): the classic user-space rootkit technique for hiding processes and files and stealing passwords. On a normal system the file is absent or empty. A loaded library may hide itself from reads on the running host, so check a suspect host again from a rescue system with hegui scan --root on its mounted disk.',
  },
  messages: {
    preloaded: {
      zh: '/etc/ld.so.preload 第 {line} 行把 {library} 注入本机每一个动态链接的进程。',
      en: 'Line {line} of /etc/ld.so.preload injects {library} into every dynamically linked process on the host.',
    },
  },
  remediation: {
    zh: '先保全证据:运行 hegui capture,再 `cp -a /etc/ld.so.preload /root/ld.so.preload.evidence` 并保留 {library} 的副本和哈希。用 `dpkg -S {library}`(RPM 系统用 `rpm -qf {library}`)确认它是否属于已安装的软件包;不属于任何正规软件包的,执行 `: > /etc/ld.so.preload` 清空该文件,删除该库文件,重启受影响的服务或主机,并按入侵处置查明来源。',
    en: 'Preserve evidence first: run hegui capture, then `cp -a /etc/ld.so.preload /root/ld.so.preload.evidence` and keep a copy of {library} with its hash. Check whether an installed package owns it with `dpkg -S {library}` (`rpm -qf {library}` on RPM systems); if no legitimate package does, empty the file with `: > /etc/ld.so.preload`, delete the library, restart the affected services or the host, and handle it as an intrusion.',
  },
  evaluate: ({ preload }) =>
    preload.ldSoPreload.map((p) => ({
      messageId: 'preloaded',
      data: { library: p.library, line: p.where.line ?? 0 },
      where: [p.where],
    })),
});
