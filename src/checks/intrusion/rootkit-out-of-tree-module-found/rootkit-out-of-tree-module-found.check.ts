import { defineCheck, type Hit } from '../../../core/check.ts';
import { OUT_OF_TREE_ALLOWED, knownModule } from '../../../collectors/rootkit/known-modules.ts';
import {
  TAINT_OUT_OF_TREE,
  TAINT_UNSIGNED,
  taintLetters,
} from '../../../collectors/rootkit/parse-rootkit.ts';
import { rootkitResponse } from '../rootkit-response.ts';

type MessageId = 'notInTree' | 'taintUnexplained';

export default defineCheck({
  id: 'rootkit-out-of-tree-module-found',
  category: 'rootkit',
  severity: 'medium',
  needs: ['rootkit'],
  tolerates: ['rootkit.files', 'rootkit.binaries'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: {
    zh: '加载了来源不明的内核模块(不在本机内核模块目录中)',
    en: 'A kernel module of unknown origin is loaded (not in the kernel’s module tree)',
  },
  description: {
    zh: '读取 /proc/modules,找出在 /lib/modules/<运行中的内核版本> 下没有对应模块文件的已加载模块(从别处用 insmod 加载,内核 rootkit 常这样做),少数常见的树外模块(NVIDIA、VirtualBox、VMware、ZFS、Falco)除外;并读取 /proc/sys/kernel/tainted:若内核因加载树外(O)或未签名(E)模块而被标记,但当前可见的模块中没有一个带这些标记,则说明这样的模块曾被加载后卸载,或正在隐藏。这是较弱的迹象:自行编译的驱动和厂商驱动也会如此,需要人工确认来源;已知 rootkit 模块名由 rootkit-kernel-module-found 报告。',
    en: 'Reads /proc/modules for loaded modules that have no module file under /lib/modules/<running release> (loaded from elsewhere with insmod, as kernel rootkits are), leaving out a few common out-of-tree modules (NVIDIA, VirtualBox, VMware, ZFS, Falco); and reads /proc/sys/kernel/tainted: when the kernel is marked for an out-of-tree (O) or unsigned (E) module but no visible module carries that mark, such a module was loaded and later unloaded, or is hiding. This is a weaker sign: self-built and vendor drivers do the same, so a person has to confirm where the module came from; known rootkit module names are reported by rootkit-kernel-module-found.',
  },
  messages: {
    notInTree: {
      zh: '已加载的模块 {name} 在 /lib/modules/{release} 中没有对应的模块文件(标记:{flags}),来源不明。',
      en: 'Loaded module {name} has no module file under /lib/modules/{release} (flags: {flags}); its origin is unknown.',
    },
    taintUnexplained: {
      zh: '内核污染值为 {value}({letters}),表明曾加载树外或未签名模块,但当前可见的模块中没有一个带此标记:该模块已被卸载或正在隐藏。',
      en: 'The kernel taint value is {value} ({letters}): an out-of-tree or unsigned module was loaded, yet no visible module carries the mark, so it was unloaded or is hiding.',
    },
  },
  remediation: {
    zh:
      '先查明来源:`cat /proc/modules`、`modinfo {name}`、`ls -la /sys/module/{name}`、`dkms status`、`dpkg -S {name}.ko`(RPM 系统用 `rpm -qf`)、`dmesg | grep -i -e "out-of-tree" -e "module verification failed"`(显示最先污染内核的模块)。若能确认是自己安装的厂商或自编译驱动,把它记入资产清单即可。若无人能说明来源,按内核 rootkit 处置:' +
      rootkitResponse({ zh: '用上面的命令核对', en: 'use the commands above' }).zh,
    en:
      'Find out where it came from first: `cat /proc/modules`, `modinfo {name}`, `ls -la /sys/module/{name}`, `dkms status`, `dpkg -S {name}.ko` (`rpm -qf` on RPM systems), `dmesg | grep -i -e "out-of-tree" -e "module verification failed"` (names the module that first tainted the kernel). If it is a vendor or self-built driver you installed, record it in the asset inventory. If nobody can account for it, handle it as a kernel rootkit: ' +
      rootkitResponse({ zh: '用上面的命令核对', en: 'use the commands above' }).en,
  },
  evaluate: ({ rootkit }) => {
    const { loaded, taint, release } = rootkit.modules;
    const hits: Hit<MessageId>[] = [];
    for (const m of loaded) {
      if (m.inTree !== false || OUT_OF_TREE_ALLOWED.includes(m.name) || knownModule(m.name)) continue;
      hits.push({
        messageId: 'notInTree',
        data: { name: m.name, release: release ?? '', flags: m.taint || '-' },
        where: [m.where],
      });
    }
    if (taint) {
      const unexplained: string[] = [];
      if ((taint.value & TAINT_OUT_OF_TREE) !== 0 && !loaded.some((m) => m.taint.includes('O')))
        unexplained.push('O');
      if ((taint.value & TAINT_UNSIGNED) !== 0 && !loaded.some((m) => m.taint.includes('E')))
        unexplained.push('E');
      if (unexplained.length > 0)
        hits.push({
          messageId: 'taintUnexplained',
          data: { value: taint.value, letters: taintLetters(taint.value), name: '<module>' },
          where: [taint.where],
        });
    }
    return hits;
  },
});
