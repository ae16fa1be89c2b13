import { defineCheck } from '../../../core/check.ts';
import { MINING_LEGAL, miningByPath, placeSeverity } from '../mining-evidence.ts';

/** Marker families an ELF file must show (across its chunks) to count as a miner program. */
const MIN_FAMILIES = 2;

export default defineCheck({
  id: 'mining-binary-found',
  category: 'mining',
  severity: 'high',
  needs: ['content'],
  legal: MINING_LEGAL,
  title: {
    zh: '服务器上存有加密货币挖矿程序文件',
    en: 'A crypto-mining program file is stored on the server',
  },
  description: {
    zh: '内容扫描检查扫描范围内的每个 ELF 可执行文件(64 MiB 以内)中的字符串,分四类标记:挖矿程序品牌(xmrig、cpuminer、xmr-stak 等)、stratum 矿池协议(stratum+tcp、mining.subscribe)、挖矿算法(RandomX、CryptoNight、KawPow、Ethash)、捐赠矿池(donate-level、donate.v2.xmrig.com);同一文件出现两类及以上即判定为挖矿程序,改名的副本(kdevtmpfsi、kthreaddk 之类)同样能识别。程序即使尚未运行,也说明有人准备在此挖矿;位于临时或隐藏目录时为严重。',
    en: 'The content scan reads the strings of every ELF executable (up to 64 MiB) it covers, in four marker families: miner brands (xmrig, cpuminer, xmr-stak, …), the stratum pool protocol (stratum+tcp, mining.subscribe), mining algorithms (RandomX, CryptoNight, KawPow, Ethash) and donation pools (donate-level, donate.v2.xmrig.com). A file showing two families or more is a miner, renamed copies (kdevtmpfsi, kthreaddk and the like) included. Even when it is not running, someone has prepared to mine here; in a temporary or hidden directory it is critical.',
  },
  messages: {
    binary: {
      zh: '{path} 是挖矿程序(ELF 可执行文件):{markers}。',
      en: '{path} is a crypto-miner program (ELF executable): {markers}.',
    },
  },
  remediation: {
    zh: '先保全证据(hegui capture;`sha256sum {path}`;`cp -p {path} /root/evidence/`),再查看是否有进程在运行它(`ls -l /proc/*/exe 2>/dev/null | grep "{path}"`),停止后删除 {path},并清除启动它的 cron、systemd 单元与 rc 脚本。若是本单位部署:按发改运行〔2021〕1283号,数据中心不得从事虚拟货币挖矿。若无人知情,按入侵事件处置并上报。',
    en: 'Preserve evidence first (hegui capture; `sha256sum {path}`; `cp -p {path} /root/evidence/`), check whether a process runs it (`ls -l /proc/*/exe 2>/dev/null | grep "{path}"`), stop it, delete {path}, and remove the cron jobs, systemd units and rc scripts that start it. If your organisation put it there: under the NDRC notice 发改运行〔2021〕1283号 data centres must not host crypto-mining. If nobody knows about it, handle and report it as an intrusion.',
  },
  evaluate: ({ content }) =>
    [...miningByPath(content.detections, ['miner-binary'])].flatMap(([path, found]) => {
      const markers = new Map<string, string>();
      for (const d of found) {
        for (const reason of d.reasons) {
          const family = reason.slice(0, reason.indexOf(':'));
          if (family !== '' && !markers.has(family)) markers.set(family, reason);
        }
      }
      if (markers.size < MIN_FAMILIES) return [];
      return [
        {
          messageId: 'binary',
          severity: placeSeverity(path),
          data: { path, markers: [...markers.values()].join(', ') },
          where: [{ path }],
        },
      ];
    }),
});
