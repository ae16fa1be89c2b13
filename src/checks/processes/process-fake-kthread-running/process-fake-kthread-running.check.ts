import { defineCheck, type Hit } from '../../../core/check.ts';
import type { ProcessInfo } from '../../../collectors/processes/processes.types.ts';
import { isUserSpace, processWhere } from '../process-facts.ts';

/** "[kworker/0:1]": the way ps prints a kernel thread, which has no command line of its own. */
const BRACKETED = /^\[[^\]]+\]$/;
/** Celery names its workers "[celeryd: …]"; that is a known, benign title. */
const BENIGN = /^\[celery/i;

function bracketedName(p: ProcessInfo): string | undefined {
  const argv0 = (p.cmdline[0] ?? '').trim();
  for (const shown of [argv0, p.name.trim()]) {
    if (BRACKETED.test(shown) && !BENIGN.test(shown)) return shown;
  }
  return undefined;
}

export default defineCheck({
  id: 'process-fake-kthread-running',
  category: 'suspicious-process',
  severity: 'high',
  needs: ['processes'],
  tolerates: ['processes.cwd'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '有用户进程伪装成内核线程', en: 'A user process disguises itself as a kernel thread' },
  description: {
    zh: '读取每个进程的名称、命令行和 /proc/<pid>/exe,找出名称或 argv[0] 带方括号(如 “[kworker/0:1]”,即 ps 显示内核线程的样子)却是普通用户态程序的进程。真正的内核线程没有命令行也没有程序文件;挖矿程序和后门常用这种伪装躲过管理员的目光。',
    en: 'Reads every process’s name, command line and /proc/<pid>/exe for user-space programs whose name or argv[0] is bracketed like "[kworker/0:1]" — the way ps shows a kernel thread. Real kernel threads have neither a command line nor a program file; miners and backdoors use this disguise to slip past an administrator’s eye.',
  },
  messages: {
    fakeKthread: {
      zh: '进程 PID {pid}(用户 {user})自称 {shown},看似内核线程,实际运行的是程序 {exe}。',
      en: 'Process pid {pid} (user {user}) calls itself {shown}, like a kernel thread, but runs the program {exe}.',
    },
    fakeKthreadNoExe: {
      zh: '进程 PID {pid}(用户 {user})自称 {shown},看似内核线程,却有命令行(内核线程没有);其程序文件无法读取。',
      en: 'Process pid {pid} (user {user}) calls itself {shown}, like a kernel thread, yet has a command line, which kernel threads never have; its program file could not be read.',
    },
  },
  remediation: {
    zh: '用 `ls -l /proc/{pid}/exe`、`cat /proc/{pid}/cmdline | tr "\\0" " "` 和 `ls -l /proc/{pid}/cwd` 查看它实际运行的程序。真正的内核线程的父进程是 kthreadd(PID 2)。确认是伪装后,先保全证据(hegui capture;`cp /proc/{pid}/exe /root/evidence-{pid}`),再 `kill -9 {pid}`,删除其程序文件并排查持久化方式。',
    en: 'See what it really runs: `ls -l /proc/{pid}/exe`, `cat /proc/{pid}/cmdline | tr "\\0" " "`, `ls -l /proc/{pid}/cwd`. A real kernel thread is a child of kthreadd (pid 2). Once the disguise is confirmed, preserve evidence (hegui capture; `cp /proc/{pid}/exe /root/evidence-{pid}`), then `kill -9 {pid}`, delete its program file and look for how it persists.',
  },
  evaluate: ({ processes }) =>
    processes.processes.filter(isUserSpace).flatMap((p): Hit<'fakeKthread' | 'fakeKthreadNoExe'>[] => {
      const shown = bracketedName(p);
      if (shown === undefined) return [];
      const data = { pid: p.pid, name: p.name, user: p.user ?? String(p.uid), shown };
      return [
        p.exe === null
          ? { messageId: 'fakeKthreadNoExe', data, where: [processWhere(p)] }
          : { messageId: 'fakeKthread', data: { ...data, exe: p.exe }, where: [processWhere(p)] },
      ];
    }),
});
