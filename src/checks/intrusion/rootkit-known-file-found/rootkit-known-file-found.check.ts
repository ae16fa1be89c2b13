import { defineCheck, type Hit } from '../../../core/check.ts';
import type { Where } from '../../../core/evidence.ts';
import type { RootkitFileSign } from '../../../collectors/rootkit/rootkit.types.ts';
import { ROOTKIT_LEGAL, rootkitResponse } from '../rootkit-response.ts';

type MessageId = 'knownFile' | 'hiddenName' | 'keyutilsUnowned' | 'keyutilsSize' | 'preloaded';

const MESSAGE: Record<RootkitFileSign['match'], MessageId> = {
  path: 'knownFile',
  name: 'knownFile',
  'hidden-name': 'hiddenName',
  'keyutils-unowned': 'keyutilsUnowned',
  'keyutils-size': 'keyutilsSize',
};

/** The same file seen through /lib and /usr/lib on a merged-/usr host. */
const sameFile = (a: string, b: string) =>
  a.replace(/^\/usr(?=\/(lib|bin|sbin)\b)/, '') === b.replace(/^\/usr(?=\/(lib|bin|sbin)\b)/, '');

export default defineCheck({
  id: 'rootkit-known-file-found',
  category: 'rootkit',
  severity: 'critical',
  needs: ['rootkit'],
  tolerates: ['rootkit.modules', 'rootkit.binaries'],
  legal: ROOTKIT_LEGAL,
  title: { zh: '发现已知 rootkit 的文件或目录', en: 'Files or directories of a known rootkit are present' },
  description: {
    zh: '逐一检查已知 Linux rootkit 及其工具包使用的路径(Reptile、Jynx/Jynx2、Azazel、BEURK、libprocesshider、Kinsing、perfctl、OrBit、TripleCross、XOR.DDoS 以及 t0rn、SuckIt 等老工具包),在系统库目录和 /etc 中查找已知库名,查找只由点和空格组成、伪装成 "." 或 ".." 的目录名,查找不属于 libkeyutils1 软件包的 libkeyutils 库(Ebury/Windigo SSH 后门),并把 /etc/ld.so.preload 中的库与该表对照以指出家族。对确切路径直接 stat,即使 rootkit 在目录列表中隐藏了它往往也能发现。这些痕迹表明主机已被入侵,运营者须依法采取防范入侵的技术措施并处置安全事件。运行中的内核 rootkit 可能对本机读取撒谎:对可疑主机请从救援系统挂载磁盘后用 hegui scan --root 再查。',
    en: 'Looks at the paths that well-known Linux rootkits and their kits use (Reptile, Jynx/Jynx2, Azazel, BEURK, libprocesshider, Kinsing, perfctl, OrBit, TripleCross, XOR.DDoS, and older kits such as t0rn and SuckIt), at known library names in the system library directories and /etc, at names made only of dots and blanks that pass for "." or ".." in a listing, and at libkeyutils libraries that the libkeyutils1 package does not own (the Ebury/Windigo SSH backdoor); libraries in /etc/ld.so.preload are matched against the same table to name the family. Exact paths are stat-ed directly, which often finds a file a rootkit hides from directory listings. Such traces mean the host was broken into; the operator must take technical measures against intrusion and handle the incident. A running kernel rootkit can lie to reads on the host itself: check a suspect host again from a rescue system with hegui scan --root on its mounted disk.',
  },
  messages: {
    knownFile: {
      zh: '{path} 存在:这是 {family} 的已知痕迹。',
      en: '{path} exists: a known trace of {family}.',
    },
    hiddenName: {
      zh: '{path} 的名称只由点和空格组成,在目录列表中伪装成 "." 或 "..",是工具包隐藏自身目录的老手法。',
      en: '{path} has a name made only of dots and blanks that passes for "." or ".." in a listing: an old way for a kit to hide its directory.',
    },
    keyutilsUnowned: {
      zh: '{path} 是一个不属于任何已安装 libkeyutils1 软件包的 libkeyutils 库,符合 Ebury/Windigo SSH 后门的特征。',
      en: '{path} is a libkeyutils library that no installed libkeyutils1 package owns, as the Ebury/Windigo SSH backdoor leaves one.',
    },
    keyutilsSize: {
      zh: '{path} 大小为 {size} 字节,明显大于正常构建的 libkeyutils(约 10–23 KB),符合 Ebury/Windigo SSH 后门替换该库的特征。',
      en: '{path} is {size} bytes, well above clean libkeyutils builds (about 10–23 KB), as when the Ebury/Windigo SSH backdoor replaces it.',
    },
    preloaded: {
      zh: '/etc/ld.so.preload 第 {line} 行把 {path} 注入每个进程,这是 {family} 使用的库名。',
      en: 'Line {line} of /etc/ld.so.preload injects {path} into every process: a library name {family} uses.',
    },
  },
  remediation: rootkitResponse({
    zh: '`ls -la {path}`、`stat {path}`、`sha256sum {path}`、`cat /etc/ld.so.preload`、`dpkg -S {path}`(RPM 系统用 `rpm -qf {path}`)、`debsums -c`',
    en: '`ls -la {path}`, `stat {path}`, `sha256sum {path}`, `cat /etc/ld.so.preload`, `dpkg -S {path}` (`rpm -qf {path}` on RPM systems), `debsums -c`',
  }),
  evaluate: ({ rootkit }) => {
    const preloadUsed = new Set<number>();
    const hits: Hit<MessageId>[] = rootkit.knownFiles.map((sign) => {
      const where: Where[] = [{ path: sign.path }];
      rootkit.preloaded.forEach((p, i) => {
        if (sameFile(p.library, sign.path)) {
          preloadUsed.add(i);
          where.push(p.where);
        }
      });
      return {
        messageId: MESSAGE[sign.match],
        data: { path: sign.path, family: sign.family, type: sign.type, size: sign.size ?? 0 },
        where,
      };
    });
    rootkit.preloaded.forEach((p, i) => {
      if (preloadUsed.has(i)) return;
      hits.push({
        messageId: 'preloaded',
        data: { path: p.library, family: p.family, line: p.where.line ?? 0 },
        where: [p.where],
      });
    });
    return hits;
  },
});
