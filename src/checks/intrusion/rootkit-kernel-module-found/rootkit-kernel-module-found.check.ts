import { defineCheck, type Hit } from '../../../core/check.ts';
import { knownModule } from '../../../collectors/rootkit/known-modules.ts';
import { ROOTKIT_LEGAL, rootkitResponse } from '../rootkit-response.ts';

type MessageId = 'knownLoaded' | 'hidden' | 'knownOnDisk';

export default defineCheck({
  id: 'rootkit-kernel-module-found',
  category: 'rootkit',
  severity: 'critical',
  needs: ['rootkit'],
  tolerates: ['rootkit.files', 'rootkit.binaries'],
  legal: ROOTKIT_LEGAL,
  title: { zh: '发现内核 rootkit 模块', en: 'A kernel rootkit module is loaded, hidden or set to load' },
  description: {
    zh: '读取 /proc/modules,与公开内核 rootkit 的模块名(Diamorphine、Reptile、Suterusu、Adore-ng、KoviD、Nuk3Gh0st 等)对照;对照 /sys/module 找出 sysfs 显示已加载、却从 /proc/modules 中消失的模块(模块把自己从内核模块链表摘除以隐藏);并在 /lib/modules 下的模块文件和 /etc/modules、modules-load.d 的开机加载列表中查找这些名字。内核 rootkit 掌握整个系统,能隐藏进程、文件和连接并提供后门,说明主机已被完全控制。注意:隐藏得更彻底的模块(同时删除 sysfs 条目)不会出现在这些读取中,对可疑主机请从救援系统挂载磁盘后用 hegui scan --root 再查。',
    en: "Reads /proc/modules and compares it with the module names of public kernel rootkits (Diamorphine, Reptile, Suterusu, Adore-ng, KoviD, Nuk3Gh0st and others); compares it with /sys/module to find modules sysfs shows as loaded but /proc/modules leaves out (a module unlinking itself from the kernel module list to hide); and looks for those names among module files under /lib/modules and in the boot-time load lists /etc/modules and modules-load.d. A kernel rootkit owns the whole system: it hides processes, files and connections and opens a backdoor, so the host is under someone else's control. A module that also removes its sysfs entry does not show in these reads: check a suspect host again from a rescue system with hegui scan --root on its mounted disk.",
  },
  messages: {
    knownLoaded: {
      zh: '内核已加载模块 {name}(/proc/modules),这是 {family} 内核 rootkit 的模块名。',
      en: 'The kernel has module {name} loaded (/proc/modules): the module name of the {family} kernel rootkit.',
    },
    hidden: {
      zh: '模块 {name} 在 /sys/module 中显示为已加载,却不在 /proc/modules 中:它把自己从模块列表中隐藏了。',
      en: 'Module {name} shows as loaded in /sys/module but is missing from /proc/modules: it has hidden itself from the module list.',
    },
    knownOnDisk: {
      zh: '{path} 会加载或包含模块 {name},这是 {family} 内核 rootkit 的模块名。',
      en: '{path} loads or holds module {name}: the module name of the {family} kernel rootkit.',
    },
  },
  remediation: rootkitResponse({
    zh: '`cat /proc/modules`、`lsmod`、`ls -la /sys/module/{name}`、`modinfo {name}`、`cat /proc/sys/kernel/tainted`、`dmesg | grep -i -e taint -e "module verification"`,并检查 /etc/modules、/etc/modules-load.d/ 与 /lib/modules/$(uname -r) 中的 {name};不要执行 `rmmod`,卸载内核 rootkit 可能使系统崩溃并销毁内存证据',
    en: '`cat /proc/modules`, `lsmod`, `ls -la /sys/module/{name}`, `modinfo {name}`, `cat /proc/sys/kernel/tainted`, `dmesg | grep -i -e taint -e "module verification"`, and look for {name} in /etc/modules, /etc/modules-load.d/ and /lib/modules/$(uname -r); do not run `rmmod`: unloading a kernel rootkit can crash the host and destroys the evidence in memory',
  }),
  evaluate: ({ rootkit }) => {
    const hits: Hit<MessageId>[] = [];
    for (const m of rootkit.modules.loaded) {
      const known = knownModule(m.name);
      if (known)
        hits.push({
          messageId: 'knownLoaded',
          data: { name: m.name, family: known.family },
          where: [m.where],
        });
    }
    for (const m of rootkit.modules.hidden)
      hits.push({ messageId: 'hidden', data: { name: m.name }, where: [m.where] });
    for (const m of rootkit.modules.onDisk) {
      const known = knownModule(m.name);
      hits.push({
        messageId: 'knownOnDisk',
        data: { name: m.name, family: known?.family ?? m.name, path: m.where.path },
        where: [m.where],
      });
    }
    return hits;
  },
});
