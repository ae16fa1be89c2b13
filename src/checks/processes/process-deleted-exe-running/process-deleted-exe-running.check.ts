import { defineCheck, type Hit } from '../../../core/check.ts';
import type { ProcessInfo } from '../../../collectors/processes/processes.types.ts';
import { isUserSpace, processWhere } from '../process-facts.ts';

type Kind = 'memfd' | 'deletedReplaced' | 'deletedGone' | 'deleted';

function kind(p: ProcessInfo & { exe: string }): Kind {
  if (p.exe.startsWith('/memfd:')) return 'memfd';
  if (p.exeReplaced === true) return 'deletedReplaced';
  if (p.exeReplaced === false) return 'deletedGone';
  return 'deleted';
}

export default defineCheck({
  id: 'process-deleted-exe-running',
  category: 'suspicious-process',
  severity: 'medium',
  needs: ['processes'],
  tolerates: ['processes.cwd'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '有进程运行的程序文件已被删除', en: 'A process runs a program whose file was deleted' },
  description: {
    zh: '读取 /proc/<pid>/exe:链接目标带 “(deleted)” 表示程序启动后其文件被删除,或程序只存在于内存(memfd)。恶意程序常在启动后删除自身以躲避查杀;软件包升级后未重启的服务也会留下同样的痕迹,因此本检查同时查看原路径上是否又有了新文件,并在消息中说明如何区分。',
    en: 'Reads /proc/<pid>/exe: a target ending in "(deleted)" means the program file was removed after it started, or the program lives only in memory (memfd). Malware deletes itself after starting to evade scanners; a service not restarted after a package upgrade leaves the same trace, so the check also looks whether a new file exists at the old path and says how to tell the two apart.',
  },
  messages: {
    deletedReplaced: {
      zh: '进程 {name}(PID {pid},用户 {user})运行的是 {path} 的旧副本,该文件已被删除,原路径上现有新文件。软件包升级后未重启的服务正是如此:用 `sha256sum /proc/{pid}/exe {path}` 比较,并用 `dpkg -S {path}`(或 `rpm -qf {path}`)确认路径属于软件包。',
      en: 'Process {name} (pid {pid}, user {user}) runs an earlier, deleted copy of {path}; a new file exists at that path. A service not restarted after a package upgrade looks exactly like this: compare with `sha256sum /proc/{pid}/exe {path}` and check the path belongs to a package with `dpkg -S {path}` (or `rpm -qf {path}`).',
    },
    deletedGone: {
      zh: '进程 {name}(PID {pid},用户 {user})运行的程序 {path} 已从磁盘删除且未被替换。恶意程序常在启动后删除自身;卸载正在运行的软件也会如此,请用 `ps -o lstart= -p {pid}` 与软件包日志(/var/log/dpkg.log、/var/log/yum.log)比对时间。',
      en: 'Process {name} (pid {pid}, user {user}) runs {path}, which has been deleted from disk and not replaced. Malware deletes itself after starting; uninstalling software while it runs does the same — compare `ps -o lstart= -p {pid}` with the package logs (/var/log/dpkg.log, /var/log/yum.log).',
    },
    deleted: {
      zh: '进程 {name}(PID {pid},用户 {user})运行的程序 {path} 已被删除(无法确认原路径上是否有新文件)。软件包升级后未重启的服务也会如此:用 `sha256sum /proc/{pid}/exe {path}` 比较两者。',
      en: 'Process {name} (pid {pid}, user {user}) runs {path}, which has been deleted (whether a new file exists at that path could not be checked). A service not restarted after a package upgrade looks the same: compare with `sha256sum /proc/{pid}/exe {path}`.',
    },
    memfd: {
      zh: '进程 {name}(PID {pid},用户 {user})运行的程序只存在于内存中({path}),磁盘上没有文件。无文件恶意程序以此方式加载;部分容器运行时和沙箱(如 runc)也会这样做,请核对其父进程和命令行。',
      en: 'Process {name} (pid {pid}, user {user}) runs a program that exists only in memory ({path}), with no file on disk. Fileless malware loads itself this way; some container runtimes and sandboxes (runc, for one) do too — check its parent process and command line.',
    },
  },
  remediation: {
    zh: '若是软件包升级所致:重启相应服务(`systemctl restart <服务>`;`needrestart` 或 `checkrestart` 可列出需要重启的服务),本项即消除。若无人能说明该程序:先保留副本供分析(`cp /proc/{pid}/exe /root/evidence-{pid}`,已删除的文件仍可从这里复制),保全证据(hegui capture),再 `kill -9 {pid}`,并排查它是如何启动和持久化的。',
    en: 'If a package upgrade caused it, restart the service (`systemctl restart <unit>`; `needrestart` or `checkrestart` lists the services that need it) and the finding clears. If nobody can account for the program, keep a copy for analysis (`cp /proc/{pid}/exe /root/evidence-{pid}` — the deleted file can still be copied from there), preserve evidence (hegui capture), then `kill -9 {pid}` and find out how it was started and how it persists.',
  },
  evaluate: ({ processes }) =>
    processes.processes.filter(isUserSpace).flatMap((p): Hit<Kind>[] => {
      if (!p.exeDeleted || p.exe === null) return [];
      const exe = p.exe;
      return [
        {
          messageId: kind({ ...p, exe }),
          data: { pid: p.pid, name: p.name, user: p.user ?? String(p.uid), path: exe },
          where: [processWhere(p)],
        },
      ];
    }),
});
