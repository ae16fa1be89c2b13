import { defineCheck } from '../../../core/check.ts';
import { signalHits } from '../task-hits.ts';

export default defineCheck({
  id: 'cron-reverse-shell-found',
  category: 'malicious-cron',
  severity: 'critical',
  needs: ['scheduled'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '计划任务定时建立反弹 shell', en: 'A scheduled task opens a reverse shell' },
  description: {
    zh: '读取各类计划任务(crontab、cron.d、用户 crontab、周期脚本、at 作业、systemd 定时器),找出把 shell 接到网络连接上的命令:bash -i >& /dev/tcp/…、sh -i 配合 /dev/udp、nc/ncat -e、socat exec:、mkfifo 加 nc 的管道、python/perl/php/ruby 套接字加 shell 的单行代码。这样的任务让外部的人定时拿到本机的命令行,即本机已被他人控制。仅探测端口的 /dev/tcp 用法(没有 shell 接入)不会触发。',
    en: "Reads every kind of scheduled task (crontab, cron.d, user crontabs, periodic scripts, at jobs, systemd timers) for commands that wire a shell to a network connection: bash -i >& /dev/tcp/…, sh -i with /dev/udp, nc/ncat -e, socat exec:, a mkfifo and nc pipeline, python/perl/php/ruby one-liners joining a socket to a shell. Such a task hands a command line on this host to someone outside at every run: the host is under someone else's control. A /dev/tcp port probe with no shell attached does not trigger it.",
  },
  messages: {
    reverseShell: {
      zh: '{location} 的计划任务(用户 {user},周期 {schedule})会建立反弹 shell({detail}):{command}',
      en: 'The scheduled task at {location} (user {user}, schedule {schedule}) opens a reverse shell ({detail}): {command}',
    },
  },
  remediation: {
    zh: '按入侵处置:先保全证据(运行 hegui capture,另存 {path} 的副本,记录命令中的远端地址与端口),再移除该任务:{removalZh}。随后结束已建立的连接和进程,在防火墙上封禁该地址,更换本机所有口令与密钥,查明入侵途径;依法需要报告的,按事件报告要求上报。',
    en: 'Treat it as an intrusion: preserve evidence first (run hegui capture, keep a copy of {path}, note the remote address and port in the command), then remove the task: {removalEn}. Then kill the open connections and processes, block the address at the firewall, change every password and key on the host, find how the intruder got in, and report the incident where the reporting rules require it.',
  },
  evaluate: ({ scheduled }) => signalHits(scheduled.tasks, 'reverseShell', 'reverseShell'),
});
