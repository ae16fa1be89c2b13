import { defineCheck } from '../../../core/check.ts';
import { argv0Path, isUserSpace, processWhere } from '../process-facts.ts';
import { isMiner, minerScore, minerSignals } from './miner-rules.ts';

export default defineCheck({
  id: 'process-miner-running',
  category: 'mining',
  severity: 'critical',
  needs: ['processes'],
  tolerates: ['processes.cwd'],
  legal: [
    { provision: 'mining2021' },
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '服务器上运行着加密货币挖矿程序', en: 'A crypto-currency miner is running on the server' },
  description: {
    zh: '读取每个进程的程序路径、名称、命令行与 CPU 占用,按多项信号打分识别挖矿程序:已知挖矿程序名及其改名副本、矿池地址(stratum+tcp://)、--donate-level、矿池加钱包参数、挖矿专用参数,以及从临时或隐藏目录运行、长期占满 CPU 等辅助信号;单一弱信号不会触发。数据中心不得用于虚拟货币挖矿;无人安装的挖矿程序则说明服务器已被入侵控制。',
    en: 'Reads every process’s program path, name, command line and CPU use and scores several signals: known miner program names and renamed copies, pool URLs (stratum+tcp://), --donate-level, pool-plus-wallet arguments, miner-only options, and — as support only — running from a temporary or hidden place or keeping a CPU busy. No single weak signal is enough. Data centres must not be used for crypto-mining, and a miner that nobody installed means the server has been taken over.',
  },
  messages: {
    miner: {
      zh: '进程 {name}(PID {pid},用户 {user},程序 {program})很可能是挖矿程序,评分 {score}:{signals}。',
      en: 'Process {name} (pid {pid}, user {user}, program {program}) is very likely a crypto-miner, score {score}: {signals}.',
    },
  },
  remediation: {
    zh: '若是本单位自行部署的挖矿程序:按国家发展改革委等部门的通知(发改运行〔2021〕1283号),数据中心不得从事挖矿,应停止并卸载。若无人知情,按入侵处置:先保全证据(hegui capture;`cp /proc/{pid}/exe /root/evidence-{pid}`;`cat /proc/{pid}/cmdline | tr "\\0" " "`),再 `kill -STOP {pid}` 后 `kill -9 {pid}`,删除程序文件 {program},并排查其重新启动的途径(crontab -l、/etc/cron*、systemd 单元、~/.bashrc、authorized_keys)以及入侵入口(对外开放的 Redis、弱口令 SSH、未修补的 Web 应用);修复后按事件处置预案上报。',
    en: 'If your organisation runs this miner on purpose: under the NDRC notice on crypto-mining (发改运行〔2021〕1283号) data centres must not host mining — stop and remove it. If nobody knows about it, treat it as an intrusion: preserve evidence first (hegui capture; `cp /proc/{pid}/exe /root/evidence-{pid}`; `cat /proc/{pid}/cmdline | tr "\\0" " "`), then `kill -STOP {pid}` followed by `kill -9 {pid}`, delete {program}, and find how it restarts (crontab -l, /etc/cron*, systemd units, ~/.bashrc, authorized_keys) and how the intruder got in (an exposed Redis, SSH passwords, an unpatched web application); report it under your incident response plan.',
  },
  evaluate: ({ processes }) =>
    processes.processes.filter(isUserSpace).flatMap((p) => {
      const signals = minerSignals(p);
      if (!isMiner(signals)) return [];
      return [
        {
          messageId: 'miner',
          data: {
            pid: p.pid,
            name: p.name,
            user: p.user ?? String(p.uid),
            program: p.exe ?? argv0Path(p) ?? p.name,
            score: minerScore(signals),
            signals: signals.map((s) => s.label).join(', '),
          },
          where: [processWhere(p)],
        },
      ];
    }),
});
