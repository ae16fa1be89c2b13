import { defineCheck, type Hit } from '../../../core/check.ts';
import type { ProcessInfo } from '../../../collectors/processes/processes.types.ts';
import { argv0Path, interpretedScript, isUserSpace, processWhere, tempDirOf } from '../process-facts.ts';

type Kind = 'exeInTemp' | 'argv0InTemp' | 'scriptInTemp';

function find(p: ProcessInfo): { kind: Kind; path: string } | undefined {
  if (p.exe !== null && tempDirOf(p.exe)) return { kind: 'exeInTemp', path: p.exe };
  const argv0 = argv0Path(p);
  if (argv0 !== null && tempDirOf(argv0)) return { kind: 'argv0InTemp', path: argv0 };
  const script = interpretedScript(p);
  if (script !== null && tempDirOf(script)) return { kind: 'scriptInTemp', path: script };
  return undefined;
}

export default defineCheck({
  id: 'process-temp-exe-running',
  category: 'suspicious-process',
  severity: 'high',
  needs: ['processes'],
  tolerates: ['processes.cwd'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '有进程从临时目录运行', en: 'A process runs from a temporary directory' },
  description: {
    zh: '读取 /proc/<pid>/exe 和命令行,找出程序(或其启动路径、其运行的脚本)位于 /tmp、/var/tmp、/dev/shm 的进程。这些目录人人可写,正规安装的软件不会从这里常驻运行;挖矿程序、后门和僵尸网络程序却常被投放在这里。网络运营者应采取防范入侵的技术措施,并对安全事件进行处置。',
    en: 'Reads /proc/<pid>/exe and the command line for processes whose program — or the path they were started as, or the script they run — lies in /tmp, /var/tmp or /dev/shm. Anyone can write there and installed software does not run from there, but miners, backdoors and bots are routinely dropped there. Operators must take technical measures against intrusion and handle security incidents.',
  },
  messages: {
    exeInTemp: {
      zh: '进程 {name}(PID {pid},用户 {user})运行的程序位于临时目录 {dir}:{path}。',
      en: 'Process {name} (pid {pid}, user {user}) runs a program from the temporary directory {dir}: {path}.',
    },
    argv0InTemp: {
      zh: '进程 {name}(PID {pid},用户 {user})以临时目录 {dir} 下的路径启动:{path}。',
      en: 'Process {name} (pid {pid}, user {user}) was started as {path}, under the temporary directory {dir}.',
    },
    scriptInTemp: {
      zh: '进程 {name}(PID {pid},用户 {user})正在运行临时目录 {dir} 下的脚本:{path}。',
      en: 'Process {name} (pid {pid}, user {user}) runs the script {path} from the temporary directory {dir}.',
    },
  },
  remediation: {
    zh: '查明来源:`ls -l /proc/{pid}/exe /proc/{pid}/cwd`、`ps -o ppid=,lstart= -p {pid}`、`ss -tnp | grep "pid={pid},"`。若无人能说明其用途,先保全证据(hegui capture;`cp /proc/{pid}/exe /root/evidence-{pid}`),再 `kill -9 {pid}` 并删除 {path},排查其持久化方式(cron、systemd 单元、~/.bashrc、authorized_keys)。为防再犯,在 /etc/fstab 中以 `nodev,nosuid,noexec` 挂载 /tmp、/var/tmp 和 /dev/shm。',
    en: 'Find out where it came from: `ls -l /proc/{pid}/exe /proc/{pid}/cwd`, `ps -o ppid=,lstart= -p {pid}`, `ss -tnp | grep "pid={pid},"`. If nobody can account for it, preserve evidence first (hegui capture; `cp /proc/{pid}/exe /root/evidence-{pid}`), then `kill -9 {pid}`, delete {path}, and look for how it persists (cron, systemd units, ~/.bashrc, authorized_keys). To keep it from recurring, mount /tmp, /var/tmp and /dev/shm with `nodev,nosuid,noexec` in /etc/fstab.',
  },
  evaluate: ({ processes }) =>
    processes.processes.filter(isUserSpace).flatMap((p): Hit<Kind>[] => {
      const found = find(p);
      if (!found) return [];
      return [
        {
          messageId: found.kind,
          data: {
            pid: p.pid,
            name: p.name,
            user: p.user ?? String(p.uid),
            path: found.path,
            dir: tempDirOf(found.path)!,
          },
          where: [processWhere(p)],
        },
      ];
    }),
});
