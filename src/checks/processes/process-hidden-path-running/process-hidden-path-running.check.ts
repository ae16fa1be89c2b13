import { defineCheck } from '../../../core/check.ts';
import { argv0Path, hiddenComponent, isUserSpace, processWhere } from '../process-facts.ts';

/**
 * Dot-directories where developer tools install their own runtimes (version managers, editor servers).
 * A program under one of them is the tool's, not a hidden drop; anything else hidden is reported.
 */
export const TOOL_DIRS: readonly string[] = [
  '.vscode-server',
  '.vscode-server-insiders',
  '.cursor-server',
  '.windsurf-server',
  '.nvm',
  '.volta',
  '.fnm',
  '.bun',
  '.deno',
  '.pyenv',
  '.rbenv',
  '.rustup',
  '.cargo',
  '.sdkman',
  '.jenv',
  '.goenv',
];

export default defineCheck({
  id: 'process-hidden-path-running',
  category: 'suspicious-process',
  severity: 'high',
  needs: ['processes'],
  tolerates: ['processes.cwd'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '有进程从隐藏目录或隐藏文件运行', en: 'A process runs from a hidden directory or file' },
  description: {
    zh: '读取 /proc/<pid>/exe(读不到时看以绝对路径给出的 argv[0]),找出程序位于以 “.” 开头的隐藏目录或本身是隐藏文件的进程,例如 /tmp/.X25-unix/.x、~/.cache/.s/kd。入侵者借此让程序在 ls 中不可见;nvm、VS Code Server 等开发工具自带的运行环境除外。',
    en: 'Reads /proc/<pid>/exe (or argv[0] when given as an absolute path and the exe link cannot be read) for programs inside a dot-directory or named with a leading dot, such as /tmp/.X25-unix/.x or ~/.cache/.s/kd. Intruders use this to keep programs out of a plain ls; runtimes that developer tools install for themselves (nvm, VS Code Server, …) are left out.',
  },
  messages: {
    hiddenExe: {
      zh: '进程 {name}(PID {pid},用户 {user})运行的程序 {path} 位于隐藏位置({hidden})。',
      en: 'Process {name} (pid {pid}, user {user}) runs {path}, which lies in a hidden location ({hidden}).',
    },
  },
  remediation: {
    zh: '查看该隐藏目录的内容与时间(`ls -la {path}` 及其上级目录)和进程来源(`ps -o ppid=,lstart= -p {pid}`)。若无人能说明其用途,先保全证据(hegui capture;`cp /proc/{pid}/exe /root/evidence-{pid}`),再 `kill -9 {pid}`,删除 {hidden} 目录,并排查 cron、systemd 单元、~/.bashrc 和 authorized_keys 中的持久化项。',
    en: 'Look at the hidden directory and its timestamps (`ls -la` on {path} and its parent) and at where the process came from (`ps -o ppid=,lstart= -p {pid}`). If nobody can account for it, preserve evidence first (hegui capture; `cp /proc/{pid}/exe /root/evidence-{pid}`), then `kill -9 {pid}`, remove the {hidden} directory, and look for persistence in cron, systemd units, ~/.bashrc and authorized_keys.',
  },
  evaluate: ({ processes }) =>
    processes.processes.filter(isUserSpace).flatMap((p) => {
      const path = p.exe ?? argv0Path(p);
      if (path === null || path.startsWith('/memfd:')) return [];
      const hidden = hiddenComponent(path);
      if (hidden === null || TOOL_DIRS.includes(hidden)) return [];
      return [
        {
          messageId: 'hiddenExe',
          data: { pid: p.pid, name: p.name, user: p.user ?? String(p.uid), path, hidden },
          where: [processWhere(p)],
        },
      ];
    }),
});
